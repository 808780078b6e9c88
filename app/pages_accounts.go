package app

import (
	"github.com/gofiber/fiber/v2"

	"haven/app/accounts"
	"haven/models"
)

func (s *Server) accountForm(c *fiber.Ctx, status int, page, title string, in accounts.Credentials, errs map[string]string) error {
	data := s.pageData(c, title)
	data["Handle"] = in.Handle
	data["Next"] = safeNext(c.Query("next", c.FormValue("next")))
	data["Errors"] = errs
	return s.render(c, status, page, data)
}

// loginForm shows the log-in form.
func (s *Server) loginForm(c *fiber.Ctx) error {
	return s.accountForm(c, fiber.StatusOK, "login", "Log in", accounts.Credentials{}, nil)
}

// login checks credentials; the password is never echoed back.
func (s *Server) login(c *fiber.Ctx) error {
	in := accounts.Credentials{Handle: c.FormValue("handle"), Password: c.FormValue("password")}
	if !s.allow("login", c.IP(), s.cfg.LoginPerMinute, 60e9) {
		return s.accountForm(c, fiber.StatusTooManyRequests, "login", "Log in", in,
			map[string]string{"form": "Too many attempts. Please wait a minute and try again."})
	}
	u, err := s.accounts.Authenticate(c.UserContext(), in)
	if err != nil {
		errs, err := formErrors(err)
		if err != nil {
			return err
		}
		return s.accountForm(c, fiber.StatusUnprocessableEntity, "login", "Log in", in, errs)
	}
	if err := s.startSession(c, u); err != nil {
		return err
	}
	return c.Redirect(safeNext(c.FormValue("next")), fiber.StatusSeeOther)
}

// registerForm shows the sign-up form.
func (s *Server) registerForm(c *fiber.Ctx) error {
	return s.accountForm(c, fiber.StatusOK, "register", "Join Haven", accounts.Credentials{}, nil)
}

// register creates a peer account and logs it in.
func (s *Server) register(c *fiber.Ctx) error {
	in := accounts.Credentials{Handle: c.FormValue("handle"), Password: c.FormValue("password")}
	if !s.allow("register", c.IP(), s.cfg.RegisterPerHour, 3600e9) {
		return s.accountForm(c, fiber.StatusTooManyRequests, "register", "Join Haven", in,
			map[string]string{"form": "Too many new accounts from this connection. Please try again later."})
	}
	u, err := s.accounts.Register(c.UserContext(), in, models.RolePeer)
	if err != nil {
		errs, err := formErrors(err)
		if err != nil {
			return err
		}
		return s.accountForm(c, fiber.StatusUnprocessableEntity, "register", "Join Haven", in, errs)
	}
	if err := s.startSession(c, u); err != nil {
		return err
	}
	return c.Redirect(safeNext(c.FormValue("next")), fiber.StatusSeeOther)
}

// logout ends the session (POST only, CSRF-checked).
func (s *Server) logout(c *fiber.Ctx) error {
	if err := s.store.DeleteSession(c.UserContext(), c.Cookies(sessionCookie)); err != nil {
		return err
	}
	s.clearCookie(c, sessionCookie)
	return c.Redirect("/", fiber.StatusSeeOther)
}
