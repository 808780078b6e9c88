package app

import (
	"errors"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"

	"haven/app/accounts"
	"haven/app/posting"
	"haven/app/resources"
	"haven/models"
)

// JSON shapes of the API (DESIGN.md "Interfaces").
type userJSON struct {
	ID     uint   `json:"id"`
	Handle string `json:"handle"`
	Role   string `json:"role"`
}

type authorJSON struct {
	Handle string `json:"handle"`
}

type forumJSON struct {
	ID          uint   `json:"id"`
	Slug        string `json:"slug"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Visibility  string `json:"visibility"`
}

type threadJSON struct {
	ID         uint       `json:"id"`
	ForumID    uint       `json:"forum_id"`
	Title      string     `json:"title"`
	Author     authorJSON `json:"author"`
	PostCount  int        `json:"post_count"`
	Locked     bool       `json:"locked"`
	CreatedAt  time.Time  `json:"created_at"`
	LastPostAt time.Time  `json:"last_post_at"`
}

type postJSON struct {
	ID        uint       `json:"id"`
	ThreadID  uint       `json:"thread_id"`
	ParentID  *uint      `json:"parent_id"`
	Depth     int        `json:"depth"`
	Author    authorJSON `json:"author"`
	HTML      string     `json:"html"`
	CreatedAt time.Time  `json:"created_at"`
	EditedAt  *time.Time `json:"edited_at"`
	Deleted   bool       `json:"deleted"`
}

type crisisJSON struct {
	Severity  string               `json:"severity"`
	Resources []resources.Resource `json:"resources"`
}

func toUser(u *models.User) userJSON {
	return userJSON{ID: u.ID, Handle: u.Handle, Role: string(u.Role)}
}

func toForum(f models.Forum) forumJSON {
	return forumJSON{ID: f.ID, Slug: f.Slug, Name: f.Name, Description: f.Description, Visibility: string(f.Visibility)}
}

func toThread(t *models.Thread) threadJSON {
	return threadJSON{ID: t.ID, ForumID: t.ForumID, Title: t.Title, Author: authorJSON{handleOf(t.Author)},
		PostCount: t.PostCount, Locked: t.Locked, CreatedAt: t.CreatedAt, LastPostAt: t.LastPostAt}
}

// toPost hides a deleted post's text and author but keeps its place.
func toPost(p *models.Post) postJSON {
	out := postJSON{ID: p.ID, ThreadID: p.ThreadID, ParentID: p.ParentID, Depth: p.Depth,
		CreatedAt: p.CreatedAt, EditedAt: p.EditedAt, Deleted: p.DeletedAt != nil}
	if !out.Deleted && p.HiddenAt == nil {
		out.Author = authorJSON{handleOf(p.Author)}
		out.HTML = p.HTML
	}
	return out
}

// crisisFor builds the crisis object for a write; resources are listed
// only when the text reached a tier that calls for them.
func crisisFor(c *fiber.Ctx, severity string) crisisJSON {
	out := crisisJSON{Severity: severity, Resources: []resources.Resource{}}
	if severity == "high" || severity == "critical" {
		out.Resources = resources.For(visitorRegion(c))
	}
	return out
}

func (s *Server) apiLogin401(c *fiber.Ctx) error {
	if currentUser(c) == nil {
		return models.ErrUnauthorized
	}
	return c.Next()
}

// parseJSON reads a JSON body into v, answering 400 when it is not JSON.
func parseJSON(c *fiber.Ctx, v any) error {
	if len(c.Body()) == 0 {
		return badRequest("The request body must be a JSON object.")
	}
	if err := c.BodyParser(v); err != nil {
		return badRequest("The request body must be a JSON object.")
	}
	return nil
}

func (s *Server) apiRegister(c *fiber.Ctx) error {
	var in accounts.Credentials
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	if !s.allow("register", c.IP(), s.cfg.RegisterPerHour, time.Hour) {
		return errTooMany
	}
	u, err := s.accounts.Register(c.UserContext(), in, models.RolePeer)
	if err != nil {
		return err
	}
	tok, err := s.store.CreateAPIToken(c.UserContext(), u.ID, s.cfg.TokenTTL)
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{"user": toUser(u), "token": tok})
}

func (s *Server) apiLogin(c *fiber.Ctx) error {
	var in accounts.Credentials
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	if !s.allow("login", c.IP(), s.cfg.LoginPerMinute, time.Minute) {
		return errTooMany
	}
	u, err := s.accounts.Authenticate(c.UserContext(), in)
	if errors.Is(err, accounts.ErrBadCredentials) {
		return c.Status(fiber.StatusUnauthorized).JSON(apiError{Error: apiErrorBody{Code: "bad_credentials", Message: "That handle and password do not match."}})
	}
	if err != nil {
		return err
	}
	tok, err := s.store.CreateAPIToken(c.UserContext(), u.ID, s.cfg.TokenTTL)
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"token": tok, "user": toUser(u)})
}

func (s *Server) apiForums(c *fiber.Ctx) error {
	forums, err := s.store.ListForums(c.UserContext(), currentUser(c))
	if err != nil {
		return err
	}
	out := make([]forumJSON, 0, len(forums))
	for _, f := range forums {
		out = append(out, toForum(f))
	}
	return c.JSON(fiber.Map{"forums": out})
}

// limit reads ?limit= within 1..100, defaulting to the page size.
func (s *Server) limit(c *fiber.Ctx) (int, error) {
	v := c.Query("limit")
	if v == "" {
		return s.cfg.PageSize, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > 100 {
		return 0, models.Invalid("limit", "limit must be a number from 1 to 100.")
	}
	return n, nil
}

func (s *Server) apiForumThreads(c *fiber.Ctx) error {
	f, err := s.readableForum(c)
	if err != nil {
		return err
	}
	limit, err := s.limit(c)
	if err != nil {
		return err
	}
	cur, err := models.DecodeThreadCursor(c.Query("cursor"))
	if err != nil {
		return err
	}
	threads, next, err := s.store.ListThreads(c.UserContext(), f.ID, cur, limit)
	if err != nil {
		return err
	}
	out := make([]threadJSON, 0, len(threads))
	for i := range threads {
		out = append(out, toThread(&threads[i]))
	}
	var nextCur *string
	if next != nil {
		v := next.Encode()
		nextCur = &v
	}
	return c.JSON(fiber.Map{"threads": out, "next_cursor": nextCur})
}

func (s *Server) apiThread(c *fiber.Ctx) error {
	t, err := s.readableThread(c)
	if err != nil {
		return err
	}
	limit, err := s.limit(c)
	if err != nil {
		return err
	}
	after, err := decodePathCursor(c.Query("cursor"))
	if err != nil {
		return err
	}
	posts, next, err := s.store.ThreadPosts(c.UserContext(), t.ID, after, limit)
	if err != nil {
		return err
	}
	out := make([]postJSON, 0, len(posts))
	for i := range posts {
		out = append(out, toPost(&posts[i]))
	}
	var nextCur *string
	if next != "" {
		v := encodePathCursor(next)
		nextCur = &v
	}
	return c.JSON(fiber.Map{"thread": toThread(t), "posts": out, "next_cursor": nextCur})
}

func (s *Server) apiCreateThread(c *fiber.Ctx) error {
	var in posting.NewThread
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	in.ForumSlug = c.Params("slug")
	u := currentUser(c)
	if !s.allow("post", userKey(u), s.cfg.PostsPerMinute, time.Minute) {
		return errTooMany
	}
	res, err := s.posting.CreateThread(c.UserContext(), u, in)
	if err != nil {
		return err
	}
	s.metrics.postsCreated.WithLabelValues("thread").Inc()
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{
		"thread": toThread(res.Thread), "post": toPost(res.Post), "crisis": crisisFor(c, res.Severity)})
}

func (s *Server) apiReply(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	var in posting.NewReply
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	in.ThreadID = id
	u := currentUser(c)
	if !s.allow("post", userKey(u), s.cfg.PostsPerMinute, time.Minute) {
		return errTooMany
	}
	res, err := s.posting.Reply(c.UserContext(), u, in)
	if err != nil {
		return err
	}
	s.metrics.postsCreated.WithLabelValues("reply").Inc()
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{"post": toPost(res.Post), "crisis": crisisFor(c, res.Severity)})
}

func (s *Server) apiEditPost(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	var in struct {
		Body string `json:"body"`
	}
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	p, err := s.posting.Edit(c.UserContext(), currentUser(c), id, in.Body)
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"post": toPost(p)})
}

func (s *Server) apiDeletePost(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	if _, err := s.posting.Delete(c.UserContext(), currentUser(c), id); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (s *Server) apiResources(c *fiber.Ctx) error {
	region := c.Query("region")
	if region == "" {
		region = visitorRegion(c)
	}
	if !resources.ValidCode(region) {
		return models.Invalid("region", "region must be a two-letter country code such as US or GB.")
	}
	return c.JSON(fiber.Map{"region": region, "resources": resources.For(region)})
}

func (s *Server) apiMe(c *fiber.Ctx) error {
	u := currentUser(c)
	return c.JSON(fiber.Map{"user": fiber.Map{"id": u.ID, "handle": u.Handle, "role": u.Role,
		"region": u.Region, "created_at": u.CreatedAt}})
}

// apiExport returns everything Haven stores about the caller.
func (s *Server) apiExport(c *fiber.Ctx) error {
	d, err := s.store.ExportUser(c.UserContext(), currentUser(c).ID)
	if err != nil {
		return err
	}
	type threadOut struct {
		ID        uint      `json:"id"`
		ForumID   uint      `json:"forum_id"`
		Title     string    `json:"title"`
		CreatedAt time.Time `json:"created_at"`
	}
	type postOut struct {
		ID        uint       `json:"id"`
		ThreadID  uint       `json:"thread_id"`
		ParentID  *uint      `json:"parent_id"`
		Body      string     `json:"body"`
		CreatedAt time.Time  `json:"created_at"`
		EditedAt  *time.Time `json:"edited_at"`
		DeletedAt *time.Time `json:"deleted_at"`
	}
	threads := make([]threadOut, 0, len(d.Threads))
	for _, t := range d.Threads {
		threads = append(threads, threadOut{t.ID, t.ForumID, t.Title, t.CreatedAt})
	}
	posts := make([]postOut, 0, len(d.Posts))
	for _, p := range d.Posts {
		posts = append(posts, postOut{p.ID, p.ThreadID, p.ParentID, p.Body, p.CreatedAt, p.EditedAt, p.DeletedAt})
	}
	reports := make([]fiber.Map, 0, len(d.Reports))
	for _, r := range d.Reports {
		reports = append(reports, fiber.Map{"post_id": r.PostID, "reason": r.Reason, "note": r.Note, "created_at": r.CreatedAt})
	}
	notes := make([]fiber.Map, 0, len(d.Notifications))
	for _, n := range d.Notifications {
		notes = append(notes, fiber.Map{"kind": n.Kind, "body": n.Body, "created_at": n.CreatedAt})
	}
	return c.JSON(fiber.Map{
		"exported_at": time.Now().UTC(),
		"user": fiber.Map{"id": d.User.ID, "handle": d.User.Handle, "role": d.User.Role,
			"region": d.User.Region, "created_at": d.User.CreatedAt},
		"threads": threads, "posts": posts,
		"safety_plan":   fiber.Map{"reasons": d.SafetyPlan.Reasons, "people": d.SafetyPlan.People, "steps": d.SafetyPlan.Steps},
		"notifications": notes,
		"reports":       reports,
		"reactions":     d.Reactions,
		"blocked":       d.Blocked,
	})
}

// apiDeleteMe erases the caller's account and the text of their posts.
func (s *Server) apiDeleteMe(c *fiber.Ctx) error {
	id := currentUser(c).ID
	if err := s.store.InTx(c.UserContext(), func(tx *models.Store) error { return tx.DeleteUser(c.UserContext(), id) }); err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (s *Server) apiSafetyPlan(c *fiber.Ctx) error {
	plan, err := s.store.SafetyPlanFor(c.UserContext(), currentUser(c).ID)
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"reasons": plan.Reasons, "people": plan.People, "steps": plan.Steps})
}

func (s *Server) apiSaveSafetyPlan(c *fiber.Ctx) error {
	var in struct {
		Reasons string `json:"reasons"`
		People  string `json:"people"`
		Steps   string `json:"steps"`
	}
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	plan := &models.SafetyPlan{UserID: currentUser(c).ID, Reasons: in.Reasons, People: in.People, Steps: in.Steps}
	if errs := validSafetyPlan(plan); errs != nil {
		return &models.ValidationError{Fields: errs}
	}
	if err := s.store.SaveSafetyPlan(c.UserContext(), plan); err != nil {
		return err
	}
	return c.JSON(fiber.Map{"reasons": plan.Reasons, "people": plan.People, "steps": plan.Steps})
}
