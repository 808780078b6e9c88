package app

import (
	"errors"
	"strings"

	"github.com/gofiber/fiber/v2"

	"haven/models"
)

// apiError is the one JSON error shape: {error:{code,message}}.
type apiError struct {
	Error apiErrorBody `json:"error"`
}

type apiErrorBody struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
}

// errTooMany is returned when a rate limit is hit.
var errTooMany = fiber.NewError(fiber.StatusTooManyRequests, "rate limited")

// badRequest reports input that is not even shaped right (not JSON, say).
func badRequest(msg string) error { return &requestError{status: fiber.StatusBadRequest, msg: msg} }

type requestError struct {
	status int
	msg    string
}

func (e *requestError) Error() string { return e.msg }

// classify maps any error to a status, a stable code and a message that is
// safe to show. Only messages Haven wrote itself ever reach a client.
func classify(err error) (int, string, string, map[string]string) {
	var ve *models.ValidationError
	var re *requestError
	var fe *fiber.Error
	switch {
	case errors.As(err, &ve):
		return fiber.StatusUnprocessableEntity, "invalid", ve.Error(), ve.Fields
	case errors.As(err, &re):
		return re.status, "bad_request", re.msg, nil
	case errors.Is(err, models.ErrNotFound):
		return fiber.StatusNotFound, "not_found", "We could not find that page. It may have been moved or deleted.", nil
	case errors.Is(err, models.ErrUnauthorized):
		return fiber.StatusUnauthorized, "unauthorized", "Please log in first.", nil
	case errors.Is(err, models.ErrForbidden):
		return fiber.StatusForbidden, "forbidden", "Your account does not have access to this page.", nil
	case errors.Is(err, models.ErrConflict):
		return fiber.StatusConflict, "conflict", "Someone else changed this at the same moment. Please reload and try again.", nil
	case errors.Is(err, models.ErrUnavailable), errors.Is(err, errDeadline):
		return fiber.StatusServiceUnavailable, "unavailable", "Haven is having trouble reaching its database. Please try again in a moment.", nil
	case errors.As(err, &fe):
		switch fe.Code {
		case fiber.StatusNotFound:
			return fe.Code, "not_found", "We could not find that page. It may have been moved or deleted.", nil
		case fiber.StatusMethodNotAllowed:
			return fe.Code, "method_not_allowed", "That action is not available here.", nil
		case fiber.StatusRequestEntityTooLarge:
			return fe.Code, "too_large", "That was too much text to send at once.", nil
		case fiber.StatusTooManyRequests:
			return fe.Code, "rate_limited", "You are going a little fast. Please wait a minute and try again.", nil
		case fiber.StatusForbidden:
			return fe.Code, "forbidden", "This form has expired. Please go back, reload the page and try again.", nil
		case fiber.StatusBadRequest:
			return fe.Code, "bad_request", "The request could not be read.", nil
		}
		if fe.Code < 500 {
			return fe.Code, "error", "The request could not be completed.", nil
		}
	}
	return fiber.StatusInternalServerError, "internal", "Something went wrong on our side. Your request was not completed; please try again.", nil
}

func isAPI(c *fiber.Ctx) bool { return strings.HasPrefix(c.Path(), "/api/") }

// handleError is the single place errors become responses.
func (s *Server) handleError(c *fiber.Ctx, err error) error {
	status, code, msg, fields := classify(err)
	if status >= 500 {
		s.log.Error("request failed", "rid", requestID(c), "path", c.Path(), "status", status, "err", err)
	}
	if status == fiber.StatusServiceUnavailable {
		c.Set(fiber.HeaderRetryAfter, "5")
	}
	if isAPI(c) {
		return c.Status(status).JSON(apiError{Error: apiErrorBody{Code: code, Message: msg, Fields: fields}})
	}
	c.Status(status)
	data := s.pageData(c, errorTitle(status))
	data["Status"] = status
	data["Message"] = msg
	if rerr := c.Render("errors/error", data, "layouts/main"); rerr != nil {
		s.log.Error("render error page", "rid", requestID(c), "err", rerr)
		c.Set(fiber.HeaderContentType, fiber.MIMETextPlainCharsetUTF8)
		return c.Status(status).SendString(msg)
	}
	return nil
}

func errorTitle(status int) string {
	switch status {
	case 404:
		return "Page not found"
	case 401, 403:
		return "Not available"
	case 422:
		return "Please check your input"
	case 429:
		return "Slow down a little"
	case 503:
		return "Temporarily unavailable"
	}
	if status >= 500 {
		return "Something went wrong"
	}
	return "Request problem"
}
