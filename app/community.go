package app

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gofiber/fiber/v2"

	"haven/models"
)

type searchResult struct {
	ThreadID    uint   `json:"thread_id"`
	PostID      uint   `json:"post_id"`
	Title       string `json:"title"`
	SnippetHTML string `json:"snippet_html"`
}

// search finds posts by words; the cursor is the last post id seen.
func (s *Server) searchResults(c *fiber.Ctx) ([]searchResult, *string, string, error) {
	q := strings.TrimSpace(c.Query("q"))
	if q == "" {
		return nil, nil, q, nil
	}
	if utf8.RuneCountInString(q) < 2 || len(q) > 100 {
		return nil, nil, q, models.Invalid("q", "Search for 2 to 100 characters.")
	}
	var before uint64
	if cur := c.Query("cursor"); cur != "" {
		v, err := strconv.ParseUint(cur, 10, 32)
		if err != nil {
			return nil, nil, q, models.Invalid("cursor", "The page cursor is not valid.")
		}
		before = v
	}
	limit := 20
	hits, err := s.store.SearchPosts(c.UserContext(), currentUser(c), q, uint(before), limit+1)
	if err != nil {
		return nil, nil, q, err
	}
	var next *string
	if len(hits) > limit {
		hits = hits[:limit]
		v := strconv.FormatUint(uint64(hits[limit-1].PostID), 10)
		next = &v
	}
	out := make([]searchResult, 0, len(hits))
	for _, h := range hits {
		out = append(out, searchResult{ThreadID: h.ThreadID, PostID: h.PostID, Title: h.Title, SnippetHTML: snippet(h.Body, q)})
	}
	return out, next, q, nil
}

// snippet is an escaped excerpt of body around the first match of q,
// with the match in <mark>.
func snippet(body, q string) string {
	low := strings.ToLower(body)
	i := strings.Index(low, strings.ToLower(q))
	if i < 0 {
		i = 0
	}
	start, end := max(0, i-60), min(len(body), i+len(q)+100)
	for start > 0 && !utf8.RuneStart(body[start]) {
		start--
	}
	for end < len(body) && !utf8.RuneStart(body[end]) {
		end++
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	if strings.Contains(low, strings.ToLower(q)) {
		b.WriteString(html.EscapeString(body[start:i]))
		b.WriteString("<mark>" + html.EscapeString(body[i:i+len(q)]) + "</mark>")
		b.WriteString(html.EscapeString(body[i+len(q) : end]))
	} else {
		b.WriteString(html.EscapeString(body[start:end]))
	}
	if end < len(body) {
		b.WriteString("…")
	}
	return b.String()
}

func (s *Server) apiSearch(c *fiber.Ctx) error {
	res, next, _, err := s.searchResults(c)
	if err != nil {
		return err
	}
	if res == nil {
		res = []searchResult{}
	}
	return c.JSON(fiber.Map{"results": res, "next_cursor": next})
}

func (s *Server) searchPage(c *fiber.Ctx) error {
	res, next, q, err := s.searchResults(c)
	data := s.pageData(c, "Search")
	data["Q"] = q
	if errs, ferr := formErrors(err); ferr != nil {
		return ferr
	} else if errs != nil {
		data["Errors"] = errs
		return s.render(c, fiber.StatusUnprocessableEntity, "search", data)
	}
	data["Results"] = res
	data["Next"] = next
	return s.render(c, fiber.StatusOK, "search", data)
}

func validReaction(kind string) bool {
	for _, k := range models.ReactionKinds {
		if k == kind {
			return true
		}
	}
	return false
}

// react toggles a reaction on a post the member can read.
func (s *Server) react(c *fiber.Ctx, kind string) (bool, *models.Post, error) {
	if !validReaction(kind) {
		return false, nil, models.Invalid("kind", "kind must be strength, me_too, thanks or celebrate.")
	}
	p, err := s.livePost(c)
	if err != nil {
		return false, nil, err
	}
	t, err := s.store.ThreadByID(c.UserContext(), p.ThreadID)
	if err != nil {
		return false, nil, err
	}
	if !t.Forum.ReadableBy(currentUser(c)) || p.HiddenAt != nil {
		return false, nil, models.ErrNotFound
	}
	on, err := s.store.ToggleReaction(c.UserContext(), p.ID, currentUser(c).ID, kind)
	return on, p, err
}

func (s *Server) apiReact(c *fiber.Ctx) error {
	var in struct {
		Kind string `json:"kind"`
	}
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	on, p, err := s.react(c, in.Kind)
	if err != nil {
		return err
	}
	counts, err := s.store.ReactionCounts(c.UserContext(), []uint{p.ID})
	if err != nil {
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(fiber.Map{"kind": in.Kind, "reacted": on, "counts": counts[p.ID]})
}

func (s *Server) formReact(c *fiber.Ctx) error {
	_, p, err := s.react(c, c.FormValue("kind"))
	if err != nil {
		return err
	}
	return c.Redirect(postURL(p.ThreadID, p.ID), fiber.StatusSeeOther)
}

// blockTarget loads the member named in the path; blocking yourself is
// refused.
func (s *Server) blockTarget(c *fiber.Ctx) (*models.User, error) {
	u, err := s.store.UserByHandle(c.UserContext(), c.Params("handle"))
	if err != nil {
		return nil, err
	}
	if u.ID == currentUser(c).ID {
		return nil, models.Invalid("handle", "You cannot block yourself.")
	}
	return u, nil
}

func (s *Server) apiBlock(c *fiber.Ctx) error {
	u, err := s.blockTarget(c)
	if err != nil {
		return err
	}
	if c.Method() == fiber.MethodDelete {
		err = s.store.Unblock(c.UserContext(), currentUser(c).ID, u.ID)
	} else {
		err = s.store.Block(c.UserContext(), currentUser(c).ID, u.ID)
	}
	if err != nil {
		return err
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (s *Server) formBlock(c *fiber.Ctx) error {
	u, err := s.blockTarget(c)
	if err != nil {
		return err
	}
	if c.FormValue("undo") == "1" {
		err = s.store.Unblock(c.UserContext(), currentUser(c).ID, u.ID)
	} else {
		err = s.store.Block(c.UserContext(), currentUser(c).ID, u.ID)
	}
	if err != nil {
		return err
	}
	return c.Redirect(safeNext(c.FormValue("next")), fiber.StatusSeeOther)
}
