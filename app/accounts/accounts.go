// Package accounts owns the rules for handles, passwords, registration and
// login. It never imports Fiber.
package accounts

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"haven/models"
)

// Handle and password limits. Handles are public pseudonyms, so only plain
// ASCII letters, digits, '_' and '-' are allowed: no look-alike characters
// that would let someone impersonate another member.
const (
	HandleMin   = 3
	HandleMax   = 32
	PasswordMin = 8
	PasswordMax = 256
)

// Service registers and authenticates accounts.
type Service struct {
	store  *models.Store
	params Params
	dummy  string
}

// New builds the service. A dummy hash is computed once so a login for an
// unknown handle costs as much as one for a known handle.
func New(store *models.Store, p Params) *Service {
	dummy, _ := HashPassword("not a real password", p)
	return &Service{store: store, params: p, dummy: dummy}
}

// Credentials is what the register and login forms and API send.
type Credentials struct {
	Handle   string `json:"handle" form:"handle"`
	Password string `json:"password" form:"password"`
}

// ValidateHandle checks a handle's shape (not its uniqueness).
func ValidateHandle(h string) error {
	if utf8.RuneCountInString(h) < HandleMin || len(h) > HandleMax {
		return models.Invalid("handle", "Your handle needs 3 to 32 characters.")
	}
	for i := 0; i < len(h); i++ {
		c := h[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
		if !ok {
			return models.Invalid("handle", "Handles may use only letters a–z, digits, '_' and '-'.")
		}
	}
	if h[0] == '-' || h[0] == '_' {
		return models.Invalid("handle", "Handles start with a letter or a digit.")
	}
	return nil
}

func validatePassword(p string) error {
	n := utf8.RuneCountInString(p)
	if n < PasswordMin {
		return models.Invalid("password", "Your password needs at least 8 characters.")
	}
	if len(p) > PasswordMax {
		return models.Invalid("password", "Your password can be at most 256 characters.")
	}
	return nil
}

// Register creates an account with the given role (peer for self sign-up).
func (s *Service) Register(ctx context.Context, in Credentials, role models.Role) (*models.User, error) {
	in.Handle = strings.TrimSpace(in.Handle)
	if err := ValidateHandle(in.Handle); err != nil {
		return nil, err
	}
	if err := validatePassword(in.Password); err != nil {
		return nil, err
	}
	if !role.Valid() {
		return nil, models.Invalid("role", "Role must be peer, moderator, clinician or admin.")
	}
	hash, err := HashPassword(in.Password, s.params)
	if err != nil {
		return nil, err
	}
	u := &models.User{Handle: in.Handle, PasswordHash: hash, Role: role}
	if err := s.store.CreateUser(ctx, u); err != nil {
		return nil, err
	}
	return u, nil
}

// ErrBadCredentials is deliberately vague: it does not say whether the
// handle exists.
var ErrBadCredentials = &models.ValidationError{Fields: map[string]string{
	"password": "That handle and password do not match.",
}}

// Authenticate checks a handle and password.
func (s *Service) Authenticate(ctx context.Context, in Credentials) (*models.User, error) {
	u, err := s.store.UserByHandle(ctx, strings.TrimSpace(in.Handle))
	if errors.Is(err, models.ErrNotFound) {
		CheckPassword(s.dummy, in.Password)
		return nil, ErrBadCredentials
	}
	if err != nil {
		return nil, err
	}
	if len(in.Password) > PasswordMax || !CheckPassword(u.PasswordHash, in.Password) {
		return nil, ErrBadCredentials
	}
	if u.Suspended(time.Now()) {
		return nil, models.Invalid("password", "This account is suspended until "+u.SuspendedUntil.UTC().Format("2 Jan 2006 15:04")+
			" UTC. The support lines on the Need help now? page are open any time.")
	}
	return u, nil
}
