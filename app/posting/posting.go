// Package posting owns the rules for threads and posts: validation,
// rendering Markdown to sanitized HTML, who may edit or delete, and saving.
// It never imports Fiber.
package posting

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"haven/models"
)

// Limits on what people write. The body limit is generous: people in
// recovery sometimes need many words.
const (
	TitleMax = 200
	BodyMax  = 20000
)

// Service creates, edits and deletes posts.
type Service struct {
	store *models.Store
}

// New builds the service.
func New(store *models.Store) *Service { return &Service{store: store} }

// NewThread is the input for starting a thread.
type NewThread struct {
	ForumSlug string
	Title     string `json:"title" form:"title"`
	Body      string `json:"body" form:"body"`
}

// NewReply is the input for replying in a thread.
type NewReply struct {
	ThreadID uint
	ParentID *uint  `json:"parent_id" form:"parent_id"`
	Body     string `json:"body" form:"body"`
}

// Result is what a write produced. Severity is the crisis tier of the text
// ("none" until the detector is wired in).
type Result struct {
	Thread   *models.Thread
	Post     *models.Post
	Severity string
}

func cleanBody(body string) (string, error) {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	if !utf8.ValidString(body) {
		return "", models.Invalid("body", "Your message contains characters we could not read.")
	}
	if strings.TrimSpace(body) == "" {
		return "", models.Invalid("body", "Please write something before posting.")
	}
	if n := utf8.RuneCountInString(body); n > BodyMax {
		return "", models.Invalid("body", "Your message is too long: the limit is 20,000 characters. You could split it into a reply.")
	}
	return body, nil
}

func cleanTitle(title string) (string, error) {
	title = strings.Join(strings.Fields(title), " ")
	if title == "" {
		return "", models.Invalid("title", "Please give your thread a title.")
	}
	if !utf8.ValidString(title) || utf8.RuneCountInString(title) > TitleMax {
		return "", models.Invalid("title", "Titles can be at most 200 characters.")
	}
	return title, nil
}

// CreateThread starts a thread in a forum the actor can read.
func (s *Service) CreateThread(ctx context.Context, actor *models.User, in NewThread) (Result, error) {
	if actor == nil {
		return Result{}, models.ErrUnauthorized
	}
	forum, err := s.store.ForumBySlug(ctx, in.ForumSlug)
	if err != nil {
		return Result{}, err
	}
	if !forum.ReadableBy(actor) {
		return Result{}, models.ErrNotFound
	}
	fields := map[string]string{}
	title, err := cleanTitle(in.Title)
	collect(fields, err)
	body, err := cleanBody(in.Body)
	collect(fields, err)
	if len(fields) > 0 {
		return Result{}, &models.ValidationError{Fields: fields}
	}
	t := &models.Thread{ForumID: forum.ID, AuthorID: &actor.ID, Title: title}
	p := &models.Post{AuthorID: &actor.ID, Body: body, HTML: Render(body)}
	err = s.store.InTx(ctx, func(tx *models.Store) error {
		return tx.CreateThread(ctx, t, p)
	})
	if err != nil {
		return Result{}, err
	}
	t.Forum, t.Author, p.Author = forum, actor, actor
	t.PostCount = 1
	return Result{Thread: t, Post: p, Severity: "none"}, nil
}

func collect(fields map[string]string, err error) {
	var ve *models.ValidationError
	if errors.As(err, &ve) {
		for k, v := range ve.Fields {
			fields[k] = v
		}
	}
}

// Reply adds a post to a thread, optionally under another post.
func (s *Service) Reply(ctx context.Context, actor *models.User, in NewReply) (Result, error) {
	if actor == nil {
		return Result{}, models.ErrUnauthorized
	}
	t, err := s.store.ThreadByID(ctx, in.ThreadID)
	if err != nil {
		return Result{}, err
	}
	if !t.Forum.ReadableBy(actor) {
		return Result{}, models.ErrNotFound
	}
	if t.Locked && !actor.IsStaff() {
		return Result{}, models.Invalid("body", "This thread is locked, so new replies are closed.")
	}
	body, err := cleanBody(in.Body)
	if err != nil {
		return Result{}, err
	}
	if in.ParentID != nil && *in.ParentID == 0 {
		in.ParentID = nil
	}
	p := &models.Post{ThreadID: t.ID, AuthorID: &actor.ID, ParentID: in.ParentID, Body: body, HTML: Render(body)}
	err = s.store.InTx(ctx, func(tx *models.Store) error {
		return tx.CreatePost(ctx, p)
	})
	if err != nil {
		return Result{}, err
	}
	p.Author = actor
	return Result{Thread: t, Post: p, Severity: "none"}, nil
}

// editable loads a post the actor may change: their own, or any for staff.
// Someone else's post answers ErrNotFound, not ErrForbidden, so its
// existence is not confirmed to people poking at ids.
func (s *Service) editable(ctx context.Context, actor *models.User, id uint) (*models.Post, error) {
	if actor == nil {
		return nil, models.ErrUnauthorized
	}
	p, err := s.store.PostByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.DeletedAt != nil {
		return nil, models.ErrNotFound
	}
	own := p.AuthorID != nil && *p.AuthorID == actor.ID
	if !own && !actor.IsStaff() {
		return nil, models.ErrNotFound
	}
	return p, nil
}

// Editable returns a post the actor may edit, for showing the edit form.
func (s *Service) Editable(ctx context.Context, actor *models.User, id uint) (*models.Post, error) {
	return s.editable(ctx, actor, id)
}

// Edit replaces a post's text, keeping the previous text as a revision.
func (s *Service) Edit(ctx context.Context, actor *models.User, id uint, body string) (*models.Post, error) {
	p, err := s.editable(ctx, actor, id)
	if err != nil {
		return nil, err
	}
	body, err = cleanBody(body)
	if err != nil {
		return nil, err
	}
	err = s.store.InTx(ctx, func(tx *models.Store) error {
		return tx.UpdatePostBody(ctx, p, actor.ID, body, Render(body))
	})
	return p, err
}

// Delete soft-deletes a post; replies keep their place.
func (s *Service) Delete(ctx context.Context, actor *models.User, id uint) (*models.Post, error) {
	p, err := s.editable(ctx, actor, id)
	if err != nil {
		return nil, err
	}
	return p, s.store.SoftDeletePost(ctx, id)
}
