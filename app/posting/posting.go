// Package posting owns the rules for threads and posts: validation,
// rendering Markdown to sanitized HTML, who may edit or delete, and saving.
// It never imports Fiber.
package posting

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"haven/app/crisis"
	"haven/models"
)

// Limits on what people write. The body limit is generous: people in
// recovery sometimes need many words.
const (
	TitleMax = 200
	BodyMax  = 20000
)

// Service creates, edits and deletes posts, and scans every text for
// crisis language as it is saved.
type Service struct {
	store *models.Store
	base  *crisis.Lexicon
	det   atomic.Pointer[crisis.Detector]

	reloadMu sync.Mutex
	stamp    string

	now func() time.Time

	// Queued, when set, is called after a transaction that queued an item
	// commits (the in-process alert path; PostgreSQL also notifies every
	// instance from inside the transaction).
	Queued func(models.QueueItem)
}

// New builds the service with the embedded lexicon; call ReloadLexicon to
// add the admins' additions from the database.
func New(store *models.Store) *Service {
	s := &Service{store: store, base: crisis.DefaultLexicon(), now: func() time.Time { return time.Now().UTC() }}
	s.det.Store(crisis.New(s.base))
	return s
}

// Detector is the detector in use now.
func (s *Service) Detector() *crisis.Detector { return s.det.Load() }

// ReloadLexicon rebuilds the detector when the admins' additions changed
// (cheap to call often: it compares a count and the last id first).
func (s *Service) ReloadLexicon(ctx context.Context) (bool, error) {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	stamp, err := s.store.LexiconStamp(ctx)
	if err != nil || stamp == s.stamp {
		return false, err
	}
	terms, err := s.store.LexiconTerms(ctx)
	if err != nil {
		return false, err
	}
	extra := make([]crisis.Entry, 0, len(terms))
	for _, t := range terms {
		e, err := crisis.NewEntry(t.Kind, t.Category, t.Tier, t.Past, t.Phrase)
		if err == nil {
			extra = append(extra, e)
		}
	}
	s.stamp = stamp
	if len(extra) == 0 && s.det.Load().Version() == s.base.Version {
		return false, nil // nothing added: the embedded lexicon is already in use
	}
	s.det.Store(crisis.New(s.base.With(extra, "db"+stamp)))
	return true, nil
}

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

// silencedCheck applies a moderator's silence. A silenced member's
// ordinary post is refused with their text kept; a post with crisis
// language is still saved, hidden from others, flagged and queued, so the
// promise holds: nobody in crisis is silenced, and a human is alerted.
func (s *Service) silencedCheck(actor *models.User, v verdict, p *models.Post) error {
	now := s.now()
	if !actor.Silenced(now) {
		return nil
	}
	if v.severity >= crisis.High {
		p.HiddenAt = &now
		return nil
	}
	until := actor.SilencedUntil
	if actor.SuspendedUntil != nil && (until == nil || actor.SuspendedUntil.After(*until)) {
		until = actor.SuspendedUntil
	}
	return models.Invalid("body", "Your account is paused from posting until "+until.UTC().Format("2 Jan 2006 15:04")+
		" UTC. You can still read, and the lines on the Need help now? page are open any time.")
}

// Result is what a write produced. Severity is the crisis tier of the
// text; the author is never shown a score, only help when it is high.
type Result struct {
	Thread     *models.Thread
	Post       *models.Post
	Severity   string
	Categories []string
	Held       bool // waiting for a moderator's approval
}

// ApprovalPriority puts held posts below crisis items and above reports.
const ApprovalPriority = 30

// holdForApproval reports whether this post must wait for a moderator:
// the forum holds new members' first posts and the author has fewer
// accepted posts than that.
func (s *Service) holdForApproval(ctx context.Context, actor *models.User, forum *models.Forum) (bool, error) {
	if forum.ApprovalPosts <= 0 || actor.IsStaff() {
		return false, nil
	}
	n, err := s.store.LivePostCount(ctx, actor.ID)
	return n < int64(forum.ApprovalPosts), err
}

// queueApproval hides the post and queues it for approval, in the post's
// transaction.
func queueApproval(ctx context.Context, tx *models.Store, p *models.Post, forumID uint, queued *[]models.QueueItem) error {
	if err := tx.SetPostHidden(ctx, p.ID, true); err != nil {
		return err
	}
	item := &models.QueueItem{Kind: models.QueueApproval, Priority: ApprovalPriority, PostID: &p.ID, ForumID: &forumID}
	if err := tx.CreateQueueItem(ctx, item); err != nil {
		return err
	}
	*queued = append(*queued, *item)
	return nil
}

// storedMatch is one match as kept in a crisis flag: where, not what.
type storedMatch struct {
	Field    string `json:"field"`
	Term     string `json:"term"`
	Category string `json:"category"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// verdict is the detector's reading of a post: its title (for a new
// thread) and body together.
type verdict struct {
	severity   crisis.Severity
	categories []string
	matches    []storedMatch
	version    string
}

// scan reads the title and the body as one text, the title first as its
// own line, so that what one says is read with the other: a thread
// titled "My last post" whose body thanks everyone is a goodbye, which
// neither field is alone. Each match is stored against the field it lies
// in, with offsets into that field.
//
// quoted are the spans of body that quote someone else's post (see
// quotes): the detector reads them as someone else's words.
func (s *Service) scan(title, body string, quoted []crisis.Span) verdict {
	d := s.Detector()
	v := verdict{version: d.Version()}
	text, at := body, 0 // at: where the body starts in text
	if title != "" {
		text, at = title+"\n"+body, len(title)+1
	}
	for i := range quoted {
		quoted[i].Start += at
		quoted[i].End += at
	}
	r := d.ScanQuoting(text, quoted)
	v.severity = r.Severity
	for _, m := range r.Matches {
		sm := storedMatch{Field: "body", Term: m.Term, Category: m.Category, Start: m.Start - at, End: m.End - at}
		if m.Start < len(title) {
			// A newline ends a sentence, so no phrase runs on from the
			// title; a match is clamped to it all the same.
			sm.Field, sm.Start, sm.End = "title", m.Start, min(m.End, len(title))
		}
		v.matches = append(v.matches, sm)
	}
	// Stored in the lexicon's category order, as before.
	for _, c := range crisis.Categories {
		if slices.Contains(r.Categories, c) {
			v.categories = append(v.categories, c)
		}
	}
	return v
}

// Queue priorities by tier: a critical post is at the top of any queue.
var priorityByTier = map[crisis.Severity]int{crisis.Low: 10, crisis.High: 50, crisis.Critical: 100}

// flagInTx records the verdict and queues the post for a human. It runs in
// the post's transaction: post, flag and queue item commit together or not
// at all.
func flagInTx(ctx context.Context, tx *models.Store, p *models.Post, forumID uint, v verdict, queued *[]models.QueueItem) error {
	if v.severity < crisis.Low {
		return nil
	}
	raw, err := json.Marshal(v.matches)
	if err != nil {
		return err
	}
	flag := &models.CrisisFlag{PostID: p.ID, Tier: v.severity.String(), Categories: strings.Join(v.categories, ","),
		LexiconVersion: v.version, Matches: string(raw)}
	if err := tx.CreateCrisisFlag(ctx, flag); err != nil {
		return err
	}
	item := &models.QueueItem{Kind: models.QueueCrisis, Priority: priorityByTier[v.severity], PostID: &p.ID, ForumID: &forumID}
	if err := tx.CreateQueueItem(ctx, item); err != nil {
		return err
	}
	if p.AuthorID != nil {
		// Tier counts are kept in the rollups (not yet published: they sum
		// to the flag total, so they would need suppression across tiers).
		for _, series := range append([]string{"_flags", "tier:" + v.severity.String()}, v.categories...) {
			if err := tx.BumpTrend(ctx, p.CreatedAt, forumID, series, *p.AuthorID); err != nil {
				return err
			}
		}
	}
	*queued = append(*queued, *item)
	payload, _ := json.Marshal(map[string]any{"item_id": item.ID, "kind": item.Kind, "priority": item.Priority})
	return tx.NotifyQueue(ctx, string(payload))
}

// countPost adds a new post to the trend rollups (counts only).
func countPost(ctx context.Context, tx *models.Store, p *models.Post, forumID uint) error {
	if err := tx.BumpTrend(ctx, p.CreatedAt, forumID, "_posts", *p.AuthorID); err != nil {
		return err
	}
	return tx.BumpHourly(ctx, p.CreatedAt)
}

// announce tells the in-process listener about items that committed.
func (s *Service) announce(items []models.QueueItem) {
	if s.Queued == nil {
		return
	}
	for _, it := range items {
		s.Queued(it)
	}
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
	res, err := s.publish(ctx, actor, forum, s.scan(title, body, nil), p, func(tx *models.Store) error {
		return tx.CreateThread(ctx, t, p)
	}, func(tx *models.Store) error {
		return tx.SetThreadHidden(ctx, t.ID, true)
	})
	if err != nil {
		return Result{}, err
	}
	t.Forum, t.Author, p.Author = forum, actor, actor
	t.PostCount = 1
	res.Thread = t
	return res, nil
}

// publish runs the steps every new post shares: a paused member's
// ordinary post is refused, a new member's post may be held, and in one
// transaction the post is written (by insert), counted in the trend
// rollups, queued for approval (hideThread also hides a held thread) and
// flagged and queued for crisis language. Queued items are announced
// after the commit.
func (s *Service) publish(ctx context.Context, actor *models.User, forum *models.Forum, v verdict, p *models.Post,
	insert, hideThread func(tx *models.Store) error) (Result, error) {
	if err := s.silencedCheck(actor, v, p); err != nil {
		return Result{}, err
	}
	held, err := s.holdForApproval(ctx, actor, forum)
	if err != nil {
		return Result{}, err
	}
	var queued []models.QueueItem
	err = s.store.InTx(ctx, func(tx *models.Store) error {
		queued = queued[:0]
		if err := insert(tx); err != nil {
			return err
		}
		if err := countPost(ctx, tx, p, forum.ID); err != nil {
			return err
		}
		if held {
			if hideThread != nil {
				if err := hideThread(tx); err != nil {
					return err
				}
			}
			if err := queueApproval(ctx, tx, p, forum.ID, &queued); err != nil {
				return err
			}
		}
		return flagInTx(ctx, tx, p, forum.ID, v, &queued)
	})
	if err != nil {
		return Result{}, err
	}
	s.announce(queued)
	p.Author = actor
	return Result{Post: p, Severity: v.severity.String(), Categories: v.categories, Held: held}, nil
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
	v := s.scanReply(ctx, t.ID, actor.ID, body)
	res, err := s.publish(ctx, actor, t.Forum, v, p, func(tx *models.Store) error {
		return tx.CreatePost(ctx, p)
	}, nil)
	if err != nil {
		return Result{}, err
	}
	res.Thread = t
	return res, nil
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
	author := uint(0)
	if p.AuthorID != nil {
		author = *p.AuthorID
	}
	v := s.scanReply(ctx, p.ThreadID, author, body)
	var queued []models.QueueItem
	before := p.Body
	err = s.store.InTx(ctx, func(tx *models.Store) error {
		queued = queued[:0]
		if err := tx.UpdatePostBody(ctx, p, actor.ID, body, Render(body)); err != nil {
			return err
		}
		if err := auditStaffChange(ctx, tx, actor, p, "post.edit", clip(before), clip(body)); err != nil {
			return err
		}
		// An edit that adds crisis language is flagged like a new post,
		// once per post.
		if _, err := tx.FlagForPost(ctx, p.ID); !errors.Is(err, models.ErrNotFound) {
			return err
		}
		t, err := tx.ThreadByID(ctx, p.ThreadID)
		if err != nil {
			return err
		}
		return flagInTx(ctx, tx, p, t.ForumID, v, &queued)
	})
	if err == nil {
		s.announce(queued)
	}
	return p, err
}

// Delete soft-deletes a post; replies keep their place.
func (s *Service) Delete(ctx context.Context, actor *models.User, id uint) (*models.Post, error) {
	p, err := s.editable(ctx, actor, id)
	if err != nil {
		return nil, err
	}
	return p, s.store.InTx(ctx, func(tx *models.Store) error {
		if err := tx.SoftDeletePost(ctx, id); err != nil {
			return err
		}
		return auditStaffChange(ctx, tx, actor, p, "post.delete", "visible", "deleted")
	})
}

// auditStaffChange records a moderator changing someone else's post.
func auditStaffChange(ctx context.Context, tx *models.Store, actor *models.User, p *models.Post, action, before, after string) error {
	if p.AuthorID != nil && *p.AuthorID == actor.ID {
		return nil
	}
	id := p.ID
	return tx.AppendAudit(ctx, &models.AuditEntry{ActorID: &actor.ID, Action: action, TargetType: "post", TargetID: &id,
		Reason: "moderator edit", BeforeValue: before, AfterValue: after})
}

// clip keeps audit rows short.
func clip(s string) string {
	if len(s) <= 500 {
		return s
	}
	cut := 500
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
