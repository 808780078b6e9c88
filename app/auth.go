package app

import (
	"context"
	"crypto/subtle"
	"errors"
	"net/url"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"haven/models"
)

const (
	sessionCookie = "haven_session"
	csrfCookie    = "haven_csrf"
)

var errDeadline = context.DeadlineExceeded

// currentUser is the logged-in user, or nil.
func currentUser(c *fiber.Ctx) *models.User {
	u, _ := c.Locals("user").(*models.User)
	return u
}

func currentSession(c *fiber.Ctx) *models.Session {
	s, _ := c.Locals("session").(*models.Session)
	return s
}

// loadSession resolves the session cookie. A database failure leaves the
// visitor anonymous instead of failing the request, so /help always works.
func (s *Server) loadSession(c *fiber.Ctx) error {
	if tok := c.Cookies(sessionCookie); tok != "" {
		sess, u, err := s.store.SessionUser(c.UserContext(), tok)
		switch {
		case err == nil && u.Suspended(time.Now()):
			s.clearCookie(c, sessionCookie)
		case err == nil:
			c.Locals("user", u)
			c.Locals("session", sess)
		case errors.Is(err, models.ErrNotFound):
			s.clearCookie(c, sessionCookie)
		default:
			c.Locals("dbdown", true)
		}
	}
	return c.Next()
}

// csrfToken returns the token forms must echo: the session's own for
// logged-in users, else a double-submit cookie (set on first sight).
func (s *Server) csrfToken(c *fiber.Ctx) string {
	if sess := currentSession(c); sess != nil {
		return sess.CSRFToken
	}
	if v, ok := c.Locals("csrf").(string); ok {
		return v
	}
	tok := c.Cookies(csrfCookie)
	if len(tok) < 32 {
		tok, _ = models.NewToken()
		c.Cookie(&fiber.Cookie{Name: csrfCookie, Value: tok, Path: "/", HTTPOnly: true,
			Secure: s.cfg.CookieSecure, SameSite: fiber.CookieSameSiteLaxMode, Expires: time.Now().Add(24 * time.Hour)})
	}
	c.Locals("csrf", tok)
	return tok
}

// checkCSRF guards every state-changing HTML request.
func (s *Server) checkCSRF(c *fiber.Ctx) error {
	if c.Method() == fiber.MethodGet || c.Method() == fiber.MethodHead {
		return c.Next()
	}
	if c.Locals("dbdown") != nil {
		// The session could not be read: say so instead of "form expired".
		return models.ErrUnavailable
	}
	var want string
	if sess := currentSession(c); sess != nil {
		want = sess.CSRFToken
	} else {
		want = c.Cookies(csrfCookie)
	}
	got := c.FormValue("csrf")
	if got == "" {
		got = c.Get("X-CSRF-Token")
	}
	if want == "" || subtle.ConstantTimeCompare([]byte(got), []byte(want)) != 1 {
		return fiber.ErrForbidden
	}
	return c.Next()
}

// requireLogin sends logged-out visitors to the login page and back.
func (s *Server) requireLogin(c *fiber.Ctx) error {
	if currentUser(c) == nil {
		if c.Locals("dbdown") != nil {
			return models.ErrUnavailable
		}
		next := c.OriginalURL()
		if c.Method() != fiber.MethodGet {
			next = "/"
		}
		return c.Redirect("/login?next="+url.QueryEscape(next), fiber.StatusSeeOther)
	}
	return c.Next()
}

// requireRole answers 403 to logged-in users without one of the roles.
func requireRole(roles ...models.Role) fiber.Handler {
	return func(c *fiber.Ctx) error {
		u := currentUser(c)
		if u == nil {
			return models.ErrUnauthorized
		}
		if !u.Can(roles...) {
			return models.ErrForbidden
		}
		return c.Next()
	}
}

// apiAuth reads a bearer token. API requests never use cookies, so the
// API needs no CSRF protection. A bad token is 401 even on public routes,
// so a client learns its token has expired.
func (s *Server) apiAuth(c *fiber.Ctx) error {
	h := c.Get(fiber.HeaderAuthorization)
	if h == "" {
		return c.Next()
	}
	tok, ok := strings.CutPrefix(h, "Bearer ")
	if !ok || tok == "" {
		return models.ErrUnauthorized
	}
	u, err := s.store.TokenUser(c.UserContext(), strings.TrimSpace(tok))
	if errors.Is(err, models.ErrNotFound) || err == nil && u.Suspended(time.Now()) {
		return models.ErrUnauthorized
	}
	if err != nil {
		return err
	}
	c.Locals("user", u)
	return c.Next()
}

// startSession logs u in, replacing any previous session (rotation at
// login stops session fixation).
func (s *Server) startSession(c *fiber.Ctx, u *models.User) error {
	if old := c.Cookies(sessionCookie); old != "" {
		_ = s.store.DeleteSession(c.UserContext(), old)
	}
	tok, sess, err := s.store.CreateSession(c.UserContext(), u.ID, s.cfg.SessionTTL)
	if err != nil {
		return err
	}
	c.Cookie(&fiber.Cookie{Name: sessionCookie, Value: tok, Path: "/", HTTPOnly: true,
		Secure: s.cfg.CookieSecure, SameSite: fiber.CookieSameSiteLaxMode, Expires: sess.ExpiresAt})
	c.Locals("user", u)
	c.Locals("session", sess)
	return nil
}

func (s *Server) clearCookie(c *fiber.Ctx, name string) {
	c.Cookie(&fiber.Cookie{Name: name, Value: "", Path: "/", HTTPOnly: true, Secure: s.cfg.CookieSecure,
		SameSite: fiber.CookieSameSiteLaxMode, Expires: time.Unix(0, 0), MaxAge: -1})
}

// safeNext keeps post-login redirects on this site.
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}
