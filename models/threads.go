package models

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

// MaxDepth caps reply nesting: a reply to a post this deep attaches to that
// post's parent instead, so paths stay bounded and pages stay readable.
const MaxDepth = 40

func isConflict(err error) bool { return errors.Is(err, ErrConflict) }

// ThreadCursor marks a position in a forum's activity-ordered thread list.
type ThreadCursor struct {
	LastPostAt time.Time
	ID         uint
}

// Encode renders the cursor as an opaque URL-safe string.
func (c ThreadCursor) Encode() string {
	return base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf("%d.%d", c.LastPostAt.UnixNano(), c.ID)))
}

// DecodeThreadCursor parses a cursor; an empty string is the first page.
func DecodeThreadCursor(s string) (*ThreadCursor, error) {
	if s == "" {
		return nil, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, Invalid("cursor", "The page cursor is not valid.")
	}
	ns, id, ok := strings.Cut(string(raw), ".")
	n, err1 := strconv.ParseInt(ns, 10, 64)
	i, err2 := strconv.ParseUint(id, 10, 64)
	if !ok || err1 != nil || err2 != nil {
		return nil, Invalid("cursor", "The page cursor is not valid.")
	}
	return &ThreadCursor{LastPostAt: time.Unix(0, n).UTC(), ID: uint(i)}, nil
}

// ListThreads returns up to limit threads of a forum, most recently active
// first, after the cursor; next is nil on the last page.
func (s *Store) ListThreads(ctx context.Context, forumID uint, after *ThreadCursor, limit int) ([]Thread, *ThreadCursor, error) {
	q := s.q(ctx).Preload("Author").Where("forum_id = ? AND deleted_at IS NULL AND hidden_at IS NULL", forumID)
	if after != nil {
		q = q.Where("(last_post_at < ?) OR (last_post_at = ? AND id < ?)", after.LastPostAt, after.LastPostAt, after.ID)
	}
	var out []Thread
	if err := q.Order("last_post_at DESC, id DESC").Limit(limit + 1).Find(&out).Error; err != nil {
		return nil, nil, mapErr(err)
	}
	var next *ThreadCursor
	if len(out) > limit {
		out = out[:limit]
		last := out[limit-1]
		next = &ThreadCursor{LastPostAt: last.LastPostAt, ID: last.ID}
	}
	return out, next, nil
}

// ThreadByID loads a thread with its forum.
func (s *Store) ThreadByID(ctx context.Context, id uint) (*Thread, error) {
	var t Thread
	if err := s.q(ctx).Preload("Forum").Preload("Author").Where("deleted_at IS NULL").First(&t, id).Error; err != nil {
		return nil, mapErr(err)
	}
	return &t, nil
}

// CreateThread inserts a thread and its opening post. Call it inside InTx
// when more must commit with it.
func (s *Store) CreateThread(ctx context.Context, t *Thread, opening *Post) error {
	now := time.Now().UTC()
	t.CreatedAt, t.LastPostAt = now, now
	if err := s.q(ctx).Create(t).Error; err != nil {
		return mapErr(err)
	}
	opening.ThreadID = t.ID
	opening.ParentID = nil
	return s.CreatePost(ctx, opening)
}

// pathSegment is fixed-width so string order equals numeric order.
func pathSegment(id uint) string { return fmt.Sprintf("%010d", id) }

// CreatePost inserts a post into its thread, placing it in the tree under
// its parent, and bumps the thread's activity.
func (s *Store) CreatePost(ctx context.Context, p *Post) error {
	db := s.q(ctx)
	parentPath := ""
	p.Depth = 0
	if p.ParentID != nil {
		var parent Post
		if err := db.Select("id, thread_id, parent_id, path, depth").First(&parent, *p.ParentID).Error; err != nil {
			if errors.Is(err, gorm.ErrRecordNotFound) {
				return Invalid("parent_id", "The post you are replying to does not exist.")
			}
			return mapErr(err)
		}
		if parent.ThreadID != p.ThreadID {
			return Invalid("parent_id", "The post you are replying to is in another thread.")
		}
		if parent.Depth >= MaxDepth && parent.ParentID != nil {
			p.ParentID = parent.ParentID
			parentPath = parent.Path[:strings.LastIndexByte(parent.Path, '.')]
			p.Depth = parent.Depth
		} else {
			parentPath = parent.Path
			p.Depth = parent.Depth + 1
		}
	}
	if p.CreatedAt.IsZero() {
		p.CreatedAt = time.Now().UTC()
	}
	if err := db.Create(p).Error; err != nil {
		return mapErr(err)
	}
	p.Path = pathSegment(p.ID)
	if parentPath != "" {
		p.Path = parentPath + "." + p.Path
	}
	if err := db.Model(&Post{}).Where("id = ?", p.ID).Update("path", p.Path).Error; err != nil {
		return mapErr(err)
	}
	return mapErr(db.Model(&Thread{}).Where("id = ?", p.ThreadID).Updates(map[string]any{
		"post_count":   gorm.Expr("post_count + 1"),
		"last_post_at": p.CreatedAt,
	}).Error)
}

// ThreadPosts returns up to limit posts of a thread in tree order after the
// given path cursor; next is "" on the last page.
func (s *Store) ThreadPosts(ctx context.Context, threadID uint, afterPath string, limit int) ([]Post, string, error) {
	q := s.q(ctx).Preload("Author").Where("thread_id = ?", threadID)
	if afterPath != "" {
		q = q.Where("path > ?", afterPath)
	}
	var out []Post
	if err := q.Order("path").Limit(limit + 1).Find(&out).Error; err != nil {
		return nil, "", mapErr(err)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = out[limit-1].Path
	}
	return out, next, nil
}

// QuotableBodies returns the text of a thread's live posts by anyone but
// author, newest first, at most limit: what a reply in it may quote.
func (s *Store) QuotableBodies(ctx context.Context, threadID, author uint, limit int) ([]string, error) {
	var out []string
	err := s.q(ctx).Model(&Post{}).Where("thread_id = ? AND deleted_at IS NULL AND (author_id IS NULL OR author_id <> ?)", threadID, author).
		Order("id DESC").Limit(limit).Pluck("body", &out).Error
	return out, mapErr(err)
}

// PostByID loads a post with its author.
func (s *Store) PostByID(ctx context.Context, id uint) (*Post, error) {
	var p Post
	if err := s.q(ctx).Preload("Author").First(&p, id).Error; err != nil {
		return nil, mapErr(err)
	}
	return &p, nil
}

// UpdatePostBody replaces a post's text, keeping the old text as a revision.
func (s *Store) UpdatePostBody(ctx context.Context, p *Post, editorID uint, body, html string) error {
	now := time.Now().UTC()
	rev := &PostRevision{PostID: p.ID, EditorID: &editorID, Body: p.Body, CreatedAt: now}
	if err := s.q(ctx).Create(rev).Error; err != nil {
		return mapErr(err)
	}
	res := s.q(ctx).Model(&Post{}).Where("id = ? AND deleted_at IS NULL", p.ID).
		Updates(map[string]any{"body": body, "html": html, "edited_at": now})
	if res.Error != nil {
		return mapErr(res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	p.Body, p.HTML, p.EditedAt = body, html, &now
	return nil
}

// SoftDeletePost marks a post deleted; the row stays so replies keep their
// place in the tree.
func (s *Store) SoftDeletePost(ctx context.Context, id uint) error {
	now := time.Now().UTC()
	res := s.q(ctx).Model(&Post{}).Where("id = ? AND deleted_at IS NULL", id).Update("deleted_at", now)
	if res.Error != nil {
		return mapErr(res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}
