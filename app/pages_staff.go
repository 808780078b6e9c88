package app

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"haven/app/accounts"
	"haven/app/moderation"
	"haven/models"
)

// modPage is the moderators' overview of recent activity across forums.
func (s *Server) modPage(c *fiber.Ctx) error {
	s.markModeratorActive()
	posts, threads, err := s.store.RecentPosts(c.UserContext(), 50)
	if err != nil {
		return err
	}
	byID := make(map[uint]models.Thread, len(threads))
	for _, t := range threads {
		byID[t.ID] = t
	}
	type row struct {
		Post   postView
		Thread models.Thread
	}
	views := postViews(posts, nil)
	rows := make([]row, 0, len(posts))
	for i, p := range posts {
		rows = append(rows, row{Post: views[i], Thread: byID[p.ThreadID]})
	}
	kind, status := c.Query("kind"), c.Query("status")
	if _, err := s.moderation.Queue(c.UserContext(), currentUser(c), moderation.Filter{Kind: kind, Status: status}); err != nil {
		return err // validates the filter
	}
	forums, err := s.moderation.Scope(c.UserContext(), currentUser(c))
	if err != nil {
		return err
	}
	queue, err := s.store.OpenQueueEntries(c.UserContext(), kind, status, 100, forums...)
	if err != nil {
		return err
	}
	counts, err := s.store.QueueCounts(c.UserContext())
	if err != nil {
		return err
	}
	type queueRow struct {
		ID       uint
		Urgency  string
		Kind     string
		Age      time.Time
		Post     postView
		HasPost  bool
		ThreadID uint
		Title    string
		Forum    string
		Status   string
		Due      string
	}
	qrows := make([]queueRow, 0, len(queue))
	for _, q := range queue {
		r := queueRow{ID: q.Item.ID, Urgency: urgency(q.Item.Priority), Kind: q.Item.Kind, Age: q.Item.CreatedAt,
			Status: q.Item.Status, Due: s.slaLeft(q.Item)}
		if q.Post != nil {
			r.Post, r.HasPost = postViews([]models.Post{*q.Post}, nil)[0], true
		}
		if q.Thread != nil {
			r.ThreadID, r.Title = q.Thread.ID, q.Thread.Title
			if q.Thread.Forum != nil {
				r.Forum = q.Thread.Forum.Name
			}
		}
		qrows = append(qrows, r)
	}
	data := s.pageData(c, "Moderation")
	data["Queue"] = qrows
	data["Counts"] = counts
	data["Kind"], data["Status"] = kind, status
	data["Rows"] = rows
	return s.render(c, fiber.StatusOK, "mod", data)
}

// adminPage manages forums and roles.
func (s *Server) adminPage(c *fiber.Ctx) error {
	return s.adminFormPage(c, fiber.StatusOK, nil, fiber.Map{})
}

func (s *Server) adminFormPage(c *fiber.Ctx, status int, errs map[string]string, form fiber.Map) error {
	forums, err := s.store.ListForums(c.UserContext(), currentUser(c))
	if err != nil {
		return err
	}
	data := s.pageData(c, "Administration")
	data["Forums"] = forums
	data["Errors"] = errs
	data["Form"] = form
	data["Notice"] = c.Query("done")
	return s.render(c, status, "admin", data)
}

// adminSetRole changes a member's role by handle.
func (s *Server) adminSetRole(c *fiber.Ctx) error {
	handle, role := strings.TrimSpace(c.FormValue("handle")), models.Role(c.FormValue("role"))
	form := fiber.Map{"Handle": handle, "Role": string(role)}
	if !role.Valid() {
		return s.adminFormPage(c, fiber.StatusUnprocessableEntity, map[string]string{"role": "Choose a role."}, form)
	}
	u, err := s.store.UserByHandle(c.UserContext(), handle)
	if errors.Is(err, models.ErrNotFound) {
		return s.adminFormPage(c, fiber.StatusUnprocessableEntity, map[string]string{"handle": "No member has that handle."}, form)
	}
	if err != nil {
		return err
	}
	if u.ID == currentUser(c).ID && role != models.RoleAdmin {
		return s.adminFormPage(c, fiber.StatusUnprocessableEntity, map[string]string{"handle": "You cannot remove your own admin role."}, form)
	}
	actor := currentUser(c)
	err = s.store.InTx(c.UserContext(), func(tx *models.Store) error {
		if err := tx.SetUserRole(c.UserContext(), u.ID, role); err != nil {
			return err
		}
		return tx.AppendAudit(c.UserContext(), &models.AuditEntry{ActorID: &actor.ID, Action: "user.role",
			TargetType: "user", TargetID: &u.ID, Reason: "changed on /admin", BeforeValue: string(u.Role), AfterValue: string(role)})
	})
	if err != nil {
		return err
	}
	return c.Redirect("/admin?done=role", fiber.StatusSeeOther)
}

// adminCreateForum adds a forum.
func (s *Server) adminCreateForum(c *fiber.Ctx) error {
	f := &models.Forum{
		Slug:        strings.ToLower(strings.TrimSpace(c.FormValue("slug"))),
		Name:        strings.TrimSpace(c.FormValue("name")),
		Description: strings.TrimSpace(c.FormValue("description")),
		Visibility:  models.Visibility(c.FormValue("visibility")),
		Position:    1000,
	}
	form := fiber.Map{"Slug": f.Slug, "Name": f.Name, "Description": f.Description, "Visibility": string(f.Visibility)}
	errs := map[string]string{}
	if accounts.ValidateHandle(f.Slug) != nil || strings.ContainsAny(f.Slug, "_") {
		errs["slug"] = "Use 3 to 32 lowercase letters, digits and dashes."
	}
	if f.Name == "" || len(f.Name) > 100 {
		errs["name"] = "Give the forum a name of up to 100 characters."
	}
	if len(f.Description) > 500 {
		errs["description"] = "Keep the description under 500 characters."
	}
	if f.Visibility != models.VisibilityPublic && f.Visibility != models.VisibilityMembers {
		errs["visibility"] = "Choose who can read the forum."
	}
	if len(errs) == 0 {
		err := s.store.CreateForum(c.UserContext(), f)
		if fe, ferr := formErrors(err); ferr != nil {
			return ferr
		} else if fe != nil {
			errs = fe
		}
	}
	if len(errs) > 0 {
		return s.adminFormPage(c, fiber.StatusUnprocessableEntity, errs, form)
	}
	return c.Redirect("/admin?done=forum", fiber.StatusSeeOther)
}

// urgency names a queue priority for people.
func urgency(priority int) string {
	switch {
	case priority >= 100:
		return "Urgent: possible immediate danger"
	case priority >= 50:
		return "High: someone may be at risk"
	}
	return "Check-in"
}

// slaLeft says how long a crisis item has left before it escalates.
func (s *Server) slaLeft(it models.QueueItem) string {
	target, ok := s.cfg.SLA[it.Priority]
	if !ok || it.Kind != models.QueueCrisis || it.Status != models.StatusOpen {
		if it.Status == models.StatusEscalated {
			return "past its time to claim"
		}
		return ""
	}
	left := time.Until(it.CreatedAt.Add(target)).Round(time.Minute)
	if left <= 0 {
		return "past its time to claim"
	}
	return fmt.Sprintf("%d min left to claim", int(left.Minutes()))
}

// adminForumApproval sets how many first posts a forum holds for review.
func (s *Server) adminForumApproval(c *fiber.Ctx) error {
	f, err := s.store.ForumBySlug(c.UserContext(), c.FormValue("forum"))
	if err != nil {
		return err
	}
	n, err := strconv.Atoi(strings.TrimSpace(c.FormValue("posts")))
	if err != nil || n < 0 || n > 50 {
		return s.adminFormPage(c, fiber.StatusUnprocessableEntity, map[string]string{"posts": "Enter a number from 0 to 50."}, fiber.Map{})
	}
	me := currentUser(c)
	err = s.store.InTx(c.UserContext(), func(tx *models.Store) error {
		if err := tx.SetForumApproval(c.UserContext(), f.ID, n); err != nil {
			return err
		}
		return tx.AppendAudit(c.UserContext(), &models.AuditEntry{ActorID: &me.ID, Action: "forum.approval", TargetType: "forum",
			TargetID: &f.ID, Reason: "changed on /admin", BeforeValue: strconv.Itoa(f.ApprovalPosts), AfterValue: strconv.Itoa(n)})
	})
	if err != nil {
		return err
	}
	return c.Redirect("/admin?done=forum", fiber.StatusSeeOther)
}

// adminModeratorForums limits a moderator to some forums.
func (s *Server) adminModeratorForums(c *fiber.Ctx) error {
	u, err := s.store.UserByHandle(c.UserContext(), strings.TrimSpace(c.FormValue("handle")))
	if errors.Is(err, models.ErrNotFound) || err == nil && u.Role != models.RoleModerator {
		return s.adminFormPage(c, fiber.StatusUnprocessableEntity, map[string]string{"scope": "No moderator has that handle."}, fiber.Map{})
	}
	if err != nil {
		return err
	}
	var ids []uint
	args := c.Request().PostArgs()
	for _, v := range args.PeekMulti("forum") {
		id, err := strconv.ParseUint(string(v), 10, 32)
		if err != nil {
			return models.Invalid("forum", "Unknown forum.")
		}
		if _, err := s.store.ForumByID(c.UserContext(), uint(id)); err != nil {
			return models.Invalid("forum", "Unknown forum.")
		}
		ids = append(ids, uint(id))
	}
	me := currentUser(c)
	err = s.store.InTx(c.UserContext(), func(tx *models.Store) error {
		if err := tx.SetModeratorForums(c.UserContext(), u.ID, ids); err != nil {
			return err
		}
		return tx.AppendAudit(c.UserContext(), &models.AuditEntry{ActorID: &me.ID, Action: "user.moderator_forums", TargetType: "user",
			TargetID: &u.ID, Reason: "changed on /admin", AfterValue: fmt.Sprint(ids)})
	})
	if err != nil {
		return err
	}
	return c.Redirect("/admin?done=role", fiber.StatusSeeOther)
}
