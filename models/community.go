package models

import (
	"context"
	"strings"
	"time"
)

// ReactionKinds are the reactions peers can leave on a post.
var ReactionKinds = []string{"strength", "me_too", "thanks", "celebrate"}

// ToggleReaction adds the reaction, or removes it if it was there, and
// reports whether it is now on.
func (s *Store) ToggleReaction(ctx context.Context, postID, userID uint, kind string) (bool, error) {
	res := s.q(ctx).Exec("DELETE FROM reactions WHERE post_id = ? AND user_id = ? AND kind = ?", postID, userID, kind)
	if res.Error != nil {
		return false, mapErr(res.Error)
	}
	if res.RowsAffected > 0 {
		return false, nil
	}
	err := s.q(ctx).Exec("INSERT INTO reactions (post_id, user_id, kind, created_at) VALUES (?, ?, ?, ?)",
		postID, userID, kind, time.Now().UTC()).Error
	return true, mapErr(err)
}

// ReactionCounts returns post → kind → count for the given posts.
func (s *Store) ReactionCounts(ctx context.Context, postIDs []uint) (map[uint]map[string]int, error) {
	out := map[uint]map[string]int{}
	if len(postIDs) == 0 {
		return out, nil
	}
	var rows []struct {
		PostID uint
		Kind   string
		N      int
	}
	err := s.q(ctx).Table("reactions").Select("post_id, kind, COUNT(*) AS n").Where("post_id IN ?", postIDs).
		Group("post_id, kind").Scan(&rows).Error
	for _, r := range rows {
		if out[r.PostID] == nil {
			out[r.PostID] = map[string]int{}
		}
		out[r.PostID][r.Kind] = r.N
	}
	return out, mapErr(err)
}

// Block makes blocker stop seeing blocked's posts; Unblock undoes it.
func (s *Store) Block(ctx context.Context, blocker, blocked uint) error {
	return mapErr(s.q(ctx).Exec(`INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES (?, ?, ?)
		ON CONFLICT (blocker_id, blocked_id) DO NOTHING`, blocker, blocked, time.Now().UTC()).Error)
}

// Unblock removes a block.
func (s *Store) Unblock(ctx context.Context, blocker, blocked uint) error {
	return mapErr(s.q(ctx).Exec("DELETE FROM blocks WHERE blocker_id = ? AND blocked_id = ?", blocker, blocked).Error)
}

// BlockedBy lists whom a member has blocked.
func (s *Store) BlockedBy(ctx context.Context, blocker uint) (map[uint]bool, error) {
	var ids []uint
	err := s.q(ctx).Table("blocks").Where("blocker_id = ?", blocker).Pluck("blocked_id", &ids).Error
	out := make(map[uint]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, mapErr(err)
}

// SearchHit is one post matching a search.
type SearchHit struct {
	PostID   uint
	ThreadID uint
	Title    string
	Body     string
}

// SearchPosts finds live, visible posts whose text or thread title
// contains q (case-insensitive), newest first, in forums the viewer may
// read, before the cursor post id (0: from the newest).
func (s *Store) SearchPosts(ctx context.Context, viewer *User, q string, before uint, limit int) ([]SearchHit, error) {
	like := "%" + strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(strings.ToLower(q)) + "%"
	db := s.q(ctx).Table("posts").Select("posts.id AS post_id, posts.thread_id, threads.title, posts.body").
		Joins("JOIN threads ON threads.id = posts.thread_id").
		Joins("JOIN forums ON forums.id = threads.forum_id").
		Where("posts.deleted_at IS NULL AND posts.hidden_at IS NULL AND threads.deleted_at IS NULL AND threads.hidden_at IS NULL").
		Where(`(LOWER(posts.body) LIKE ? ESCAPE '\' OR LOWER(threads.title) LIKE ? ESCAPE '\')`, like, like)
	if viewer == nil {
		db = db.Where("forums.visibility = ?", VisibilityPublic)
	}
	if before > 0 {
		db = db.Where("posts.id < ?", before)
	}
	var out []SearchHit
	return out, mapErr(db.Order("posts.id DESC").Limit(limit).Scan(&out).Error)
}
