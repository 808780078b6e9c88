// Package models owns Haven's data: GORM structs, the Store that reads and
// writes them, the numbered SQL migrations, and the sentinel errors every
// layer above maps to HTTP statuses. It never imports Fiber.
package models

import "errors"

// Sentinel errors. Services wrap them; the HTTP error handler maps them to
// statuses in one place. Their text is safe to show to users.
var (
	ErrNotFound     = errors.New("not found")
	ErrConflict     = errors.New("conflict")
	ErrForbidden    = errors.New("forbidden")
	ErrUnauthorized = errors.New("unauthorized")
	ErrUnavailable  = errors.New("service temporarily unavailable")
)

// ValidationError carries a user-facing message per field. It is how a
// service says "your input is wrong" without knowing about HTTP.
type ValidationError struct {
	Fields map[string]string
}

func (e *ValidationError) Error() string {
	for _, msg := range e.Fields {
		return msg
	}
	return "invalid input"
}

// Invalid builds a ValidationError for one field.
func Invalid(field, msg string) *ValidationError {
	return &ValidationError{Fields: map[string]string{field: msg}}
}
