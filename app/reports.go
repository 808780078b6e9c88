package app

import (
	"github.com/gofiber/fiber/v2"

	"haven/app/moderation"
	"haven/models"
)

// livePost loads the post named in the path, unless it was deleted.
func (s *Server) livePost(c *fiber.Ctx) (*models.Post, error) {
	id, err := paramID(c, "id")
	if err != nil {
		return nil, err
	}
	p, err := s.store.PostByID(c.UserContext(), id)
	if err != nil {
		return nil, err
	}
	if p.DeletedAt != nil {
		return nil, models.ErrNotFound
	}
	return p, nil
}

// reportForm shows the report form for a post.
func (s *Server) reportForm(c *fiber.Ctx) error {
	p, err := s.livePost(c)
	if err != nil {
		return err
	}
	return s.reportFormPage(c, fiber.StatusOK, p, moderation.NewReport{}, nil, false)
}

func (s *Server) reportFormPage(c *fiber.Ctx, status int, p *models.Post, in moderation.NewReport, errs map[string]string, done bool) error {
	data := s.pageData(c, "Report a post")
	data["Post"] = p
	data["Form"] = in
	data["Errors"] = errs
	data["Reasons"] = []struct{ Value, Label string }{
		{"harassment", "Harassment or bullying"}, {"hate", "Hate or discrimination"}, {"spam", "Spam or advertising"},
		{"someone_at_risk", "I am worried this person may be at risk"}, {"misinformation", "Harmful misinformation"}, {"other", "Something else"},
	}
	data["Done"] = done
	return s.render(c, status, "report", data)
}

// report files a peer's report; the reporter only ever learns that it
// was reviewed.
func (s *Server) report(c *fiber.Ctx) error {
	p, err := s.livePost(c)
	if err != nil {
		return err
	}
	in := moderation.NewReport{Reason: c.FormValue("reason"), Note: c.FormValue("note")}
	if err := s.moderation.Report(c.UserContext(), currentUser(c), p.ID, in); err != nil {
		if errs, ferr := formErrors(err); ferr == nil {
			return s.reportFormPage(c, fiber.StatusUnprocessableEntity, p, in, errs, false)
		}
		return err
	}
	return s.reportFormPage(c, fiber.StatusOK, p, moderation.NewReport{}, nil, true)
}

func (s *Server) apiReport(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	var in moderation.NewReport
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	if err := s.moderation.Report(c.UserContext(), currentUser(c), id, in); err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{"status": "received"})
}

// notificationsPage lists a member's private messages and marks them read.
func (s *Server) notificationsPage(c *fiber.Ctx) error {
	u := currentUser(c)
	items, _, err := s.store.Notifications(c.UserContext(), u.ID, 50)
	if err != nil {
		return err
	}
	if err := s.store.MarkNotificationsRead(c.UserContext(), u.ID); err != nil {
		return err
	}
	data := s.pageData(c, "Notifications")
	data["Items"] = items
	return s.render(c, fiber.StatusOK, "notifications", data)
}

func (s *Server) apiNotifications(c *fiber.Ctx) error {
	items, unread, err := s.store.Notifications(c.UserContext(), currentUser(c).ID, 50)
	if err != nil {
		return err
	}
	out := make([]fiber.Map, 0, len(items))
	for _, n := range items {
		out = append(out, fiber.Map{"id": n.ID, "kind": n.Kind, "body": n.Body, "created_at": n.CreatedAt, "read": n.ReadAt != nil})
	}
	return c.JSON(fiber.Map{"items": out, "unread": unread})
}

// addModNote keeps a private note about a member, for moderators only.
func (s *Server) addModNote(c *fiber.Ctx) error {
	uid, err := paramID(c, "id")
	if err != nil {
		return err
	}
	if _, err := s.store.UserByID(c.UserContext(), uid); err != nil {
		return err
	}
	body := c.FormValue("note")
	if len(body) == 0 || len(body) > 2000 {
		return models.Invalid("note", "Write a note of up to 2,000 characters.")
	}
	me := currentUser(c)
	if err := s.store.AddModNote(c.UserContext(), &models.ModNote{UserID: uid, AuthorID: &me.ID, Body: body}); err != nil {
		return err
	}
	return c.Redirect(safeNext(c.FormValue("next")), fiber.StatusSeeOther)
}
