package app

import (
	"encoding/base64"

	"github.com/gofiber/fiber/v2"

	"haven/models"
)

// index lists the forums the visitor may read.
func (s *Server) index(c *fiber.Ctx) error {
	forums, err := s.store.ListForums(c.UserContext(), currentUser(c))
	if err != nil {
		return err
	}
	data := s.pageData(c, "Forums")
	data["Forums"] = forums
	return s.render(c, fiber.StatusOK, "index", data)
}

// readableForum loads a forum by slug; a members forum is 404 to visitors
// who are logged out, so its existence is not advertised.
func (s *Server) readableForum(c *fiber.Ctx) (*models.Forum, error) {
	f, err := s.store.ForumBySlug(c.UserContext(), c.Params("slug"))
	if err != nil {
		return nil, err
	}
	if !f.ReadableBy(currentUser(c)) {
		return nil, models.ErrNotFound
	}
	return f, nil
}

// forumPage lists a forum's threads, most recently active first.
func (s *Server) forumPage(c *fiber.Ctx) error {
	f, err := s.readableForum(c)
	if err != nil {
		return err
	}
	cur, err := models.DecodeThreadCursor(c.Query("cursor"))
	if err != nil {
		return err
	}
	threads, next, err := s.store.ListThreads(c.UserContext(), f.ID, cur, s.cfg.PageSize)
	if err != nil {
		return err
	}
	data := s.pageData(c, f.Name)
	data["Forum"] = f
	data["Threads"] = threads
	if next != nil {
		data["Next"] = next.Encode()
	}
	data["Paged"] = cur != nil
	return s.render(c, fiber.StatusOK, "forum", data)
}

func encodePathCursor(path string) string {
	if path == "" {
		return ""
	}
	return base64.RawURLEncoding.EncodeToString([]byte(path))
}

func decodePathCursor(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(raw) == 0 || len(raw) > 1024 {
		return "", models.Invalid("cursor", "The page cursor is not valid.")
	}
	for _, b := range raw {
		if (b < '0' || b > '9') && b != '.' {
			return "", models.Invalid("cursor", "The page cursor is not valid.")
		}
	}
	return string(raw), nil
}
