package app

import (
	"errors"
	"strconv"

	"github.com/gofiber/fiber/v2"

	"haven/app/posting"
	"haven/models"
)

func paramID(c *fiber.Ctx, name string) (uint, error) {
	id, err := strconv.ParseUint(c.Params(name), 10, 32)
	if err != nil || id == 0 {
		return 0, models.ErrNotFound
	}
	return uint(id), nil
}

// readableThread loads a thread whose forum the visitor may read.
func (s *Server) readableThread(c *fiber.Ctx) (*models.Thread, error) {
	id, err := paramID(c, "id")
	if err != nil {
		return nil, err
	}
	t, err := s.store.ThreadByID(c.UserContext(), id)
	if err != nil {
		return nil, err
	}
	if !t.Forum.ReadableBy(currentUser(c)) {
		return nil, models.ErrNotFound
	}
	return t, nil
}

// threadPage shows a thread's posts in tree order, a page at a time.
func (s *Server) threadPage(c *fiber.Ctx) error {
	t, err := s.readableThread(c)
	if err != nil {
		return err
	}
	after, err := decodePathCursor(c.Query("cursor"))
	if err != nil {
		return err
	}
	posts, next, err := s.store.ThreadPosts(c.UserContext(), t.ID, after, s.cfg.PageSize)
	if err != nil {
		return err
	}
	views := postViews(posts, currentUser(c))
	if err := s.decoratePosts(c, views); err != nil {
		return err
	}
	data := s.pageData(c, t.Title)
	data["Thread"] = t
	data["Posts"] = views
	data["ReactionKinds"] = reactionLabels
	data["Next"] = encodePathCursor(next)
	data["Paged"] = after != ""
	// Readers of a thread where someone wrote about being in danger see a
	// gentle note about support, never a label on the post.
	data["SupportNote"], _ = s.store.ThreadHasCriticalFlag(c.UserContext(), t.ID)
	return s.render(c, fiber.StatusOK, "thread", data)
}

// newThreadForm shows the form to start a thread.
func (s *Server) newThreadForm(c *fiber.Ctx) error {
	f, err := s.readableForum(c)
	if err != nil {
		return err
	}
	return s.threadFormPage(c, fiber.StatusOK, f, posting.NewThread{}, nil)
}

func (s *Server) threadFormPage(c *fiber.Ctx, status int, f *models.Forum, in posting.NewThread, errs map[string]string) error {
	data := s.pageData(c, "New thread in "+f.Name)
	data["Forum"] = f
	data["Form"] = in
	data["Errors"] = errs
	return s.render(c, status, "new_thread", data)
}

// formErrors turns a validation error into per-field messages for a form;
// any other error is returned for the error handler.
func formErrors(err error) (map[string]string, error) {
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		return ve.Fields, nil
	}
	return nil, err
}

// rateLimitedForm is the message a form shows when a limit is hit; the
// user's text stays in the form.
var rateLimitedForm = map[string]string{"form": "You are posting a little fast. Please wait a minute, then send again. Your text is kept below."}

// createThread handles the new-thread form.
func (s *Server) createThread(c *fiber.Ctx) error {
	f, err := s.readableForum(c)
	if err != nil {
		return err
	}
	u := currentUser(c)
	in := posting.NewThread{ForumSlug: f.Slug, Title: c.FormValue("title"), Body: c.FormValue("body")}
	if !s.allow("post", userKey(u), s.cfg.PostsPerMinute, 60e9) {
		return s.threadFormPage(c, fiber.StatusTooManyRequests, f, in, rateLimitedForm)
	}
	res, err := s.posting.CreateThread(c.UserContext(), u, in)
	if err != nil {
		status, errs, err := s.saveFailed(c, err)
		if err != nil {
			return err
		}
		return s.threadFormPage(c, status, f, in, errs)
	}
	s.metrics.postsCreated.WithLabelValues("thread").Inc()
	return c.Redirect(s.afterPost(res, "/t/"+strconv.FormatUint(uint64(res.Thread.ID), 10)), fiber.StatusSeeOther)
}

// afterPost sends an author whose words suggest a crisis to the support
// page first; everyone else goes to their post.
func (s *Server) afterPost(res posting.Result, next string) string {
	if res.Severity == "high" || res.Severity == "critical" {
		return "/support/" + strconv.FormatUint(uint64(res.Post.ID), 10)
	}
	return next
}

// saveFailed decides how a form shows a failed save: field errors for bad
// input (422), and for anything else a calm message with the text kept
// (503), so nobody loses what they wrote. Not-found and auth errors go to
// the error handler.
func (s *Server) saveFailed(c *fiber.Ctx, err error) (int, map[string]string, error) {
	if errs, ferr := formErrors(err); ferr == nil {
		return fiber.StatusUnprocessableEntity, errs, nil
	}
	if errors.Is(err, models.ErrNotFound) || errors.Is(err, models.ErrUnauthorized) || errors.Is(err, models.ErrForbidden) {
		return 0, nil, err
	}
	s.log.Error("save post", "rid", requestID(c), "err", err)
	return fiber.StatusServiceUnavailable, map[string]string{"form": "We could not save your post just now, so nothing was posted. Your words are still here below: please try again in a moment. If you need someone to talk to right now, the lines on the Need help now? page are open."}, nil
}

func userKey(u *models.User) string { return "u" + strconv.FormatUint(uint64(u.ID), 10) }

// replyForm shows the reply form, quoting the post being answered.
func (s *Server) replyForm(c *fiber.Ctx) error {
	t, err := s.readableThread(c)
	if err != nil {
		return err
	}
	var parent *models.Post
	if to := c.QueryInt("to"); to > 0 {
		p, err := s.store.PostByID(c.UserContext(), uint(to))
		if err != nil || p.ThreadID != t.ID {
			return models.ErrNotFound
		}
		parent = p
	}
	return s.replyFormPage(c, fiber.StatusOK, t, parent, "", nil)
}

func (s *Server) replyFormPage(c *fiber.Ctx, status int, t *models.Thread, parent *models.Post, body string, errs map[string]string) error {
	data := s.pageData(c, "Reply: "+t.Title)
	data["Thread"] = t
	if parent != nil {
		pv := postViews([]models.Post{*parent}, nil)
		data["Parent"] = pv[0]
	}
	data["Body"] = body
	data["Errors"] = errs
	return s.render(c, status, "reply", data)
}

// reply handles the reply form.
func (s *Server) reply(c *fiber.Ctx) error {
	t, err := s.readableThread(c)
	if err != nil {
		return err
	}
	u := currentUser(c)
	in := posting.NewReply{ThreadID: t.ID, Body: c.FormValue("body")}
	var parent *models.Post
	if v := c.FormValue("parent_id"); v != "" {
		pid, err := strconv.ParseUint(v, 10, 32)
		if err != nil {
			return models.ErrNotFound
		}
		p, err := s.store.PostByID(c.UserContext(), uint(pid))
		if err != nil || p.ThreadID != t.ID {
			return models.ErrNotFound
		}
		parent = p
		in.ParentID = &p.ID
	}
	if !s.allow("post", userKey(u), s.cfg.PostsPerMinute, 60e9) {
		return s.replyFormPage(c, fiber.StatusTooManyRequests, t, parent, in.Body, rateLimitedForm)
	}
	res, err := s.posting.Reply(c.UserContext(), u, in)
	if err != nil {
		status, errs, err := s.saveFailed(c, err)
		if err != nil {
			return err
		}
		return s.replyFormPage(c, status, t, parent, in.Body, errs)
	}
	s.metrics.postsCreated.WithLabelValues("reply").Inc()
	return c.Redirect(s.afterPost(res, postURL(t.ID, res.Post.ID)), fiber.StatusSeeOther)
}

func postURL(threadID, postID uint) string {
	return "/t/" + strconv.FormatUint(uint64(threadID), 10) + "#p" + strconv.FormatUint(uint64(postID), 10)
}

// editForm shows the edit form for the author (or staff).
func (s *Server) editForm(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	p, err := s.posting.Editable(c.UserContext(), currentUser(c), id)
	if err != nil {
		return err
	}
	return s.editFormPage(c, fiber.StatusOK, p, p.Body, nil)
}

func (s *Server) editFormPage(c *fiber.Ctx, status int, p *models.Post, body string, errs map[string]string) error {
	data := s.pageData(c, "Edit your post")
	data["Post"] = p
	data["Body"] = body
	data["Errors"] = errs
	return s.render(c, status, "edit", data)
}

// edit saves an edited post.
func (s *Server) edit(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	body := c.FormValue("body")
	p, err := s.posting.Edit(c.UserContext(), currentUser(c), id, body)
	if err != nil {
		errs, ferr := formErrors(err)
		if ferr != nil {
			return ferr
		}
		orig, lerr := s.posting.Editable(c.UserContext(), currentUser(c), id)
		if lerr != nil {
			return lerr
		}
		return s.editFormPage(c, fiber.StatusUnprocessableEntity, orig, body, errs)
	}
	return c.Redirect(postURL(p.ThreadID, p.ID), fiber.StatusSeeOther)
}

// deletePost soft-deletes a post and returns to its thread.
func (s *Server) deletePost(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	p, err := s.posting.Delete(c.UserContext(), currentUser(c), id)
	if err != nil {
		return err
	}
	return c.Redirect(postURL(p.ThreadID, p.ID), fiber.StatusSeeOther)
}

// reactionLabels name the reactions on buttons.
var reactionLabels = []struct{ Kind, Label string }{
	{"strength", "Sending strength"}, {"me_too", "Me too"}, {"thanks", "Thank you"}, {"celebrate", "Celebrate"},
}

// decoratePosts adds reaction counts and hides posts by members the
// viewer blocked (two queries for the page, not one per post).
func (s *Server) decoratePosts(c *fiber.Ctx, views []postView) error {
	ids := make([]uint, 0, len(views))
	for _, v := range views {
		ids = append(ids, v.ID)
	}
	counts, err := s.store.ReactionCounts(c.UserContext(), ids)
	if err != nil {
		return err
	}
	blocked := map[uint]bool{}
	if u := currentUser(c); u != nil {
		if blocked, err = s.store.BlockedBy(c.UserContext(), u.ID); err != nil {
			return err
		}
	}
	for i := range views {
		views[i].Reactions = counts[views[i].ID]
		if a := views[i].AuthorID; a != nil && blocked[*a] {
			views[i].Blocked, views[i].HTML, views[i].Mine = true, "", false
		}
	}
	return nil
}
