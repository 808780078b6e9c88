package models

import (
	"context"
	"time"
)

// RecentPosts returns the newest live posts across all forums, newest
// first, with their thread and author, for the moderators' overview.
func (s *Store) RecentPosts(ctx context.Context, limit int) ([]Post, []Thread, error) {
	var posts []Post
	if err := s.q(ctx).Preload("Author").Where("deleted_at IS NULL").
		Order("created_at DESC, id DESC").Limit(limit).Find(&posts).Error; err != nil {
		return nil, nil, mapErr(err)
	}
	ids := make([]uint, 0, len(posts))
	for _, p := range posts {
		ids = append(ids, p.ThreadID)
	}
	var threads []Thread
	if len(ids) > 0 {
		if err := s.q(ctx).Preload("Forum").Where("id IN ?", ids).Find(&threads).Error; err != nil {
			return nil, nil, mapErr(err)
		}
	}
	return posts, threads, nil
}

// UserData is everything Haven holds about one person, for export.
type UserData struct {
	User          User
	Threads       []Thread
	Posts         []Post
	SafetyPlan    *SafetyPlan
	Notifications []Notification
	Reports       []Report
	Reactions     []struct {
		PostID uint   `json:"post_id"`
		Kind   string `json:"kind"`
	}
	Blocked []string
}

// ExportUser gathers a user's account, threads and posts.
func (s *Store) ExportUser(ctx context.Context, id uint) (*UserData, error) {
	var d UserData
	if err := s.q(ctx).First(&d.User, id).Error; err != nil {
		return nil, mapErr(err)
	}
	if err := s.q(ctx).Where("author_id = ?", id).Order("id").Find(&d.Threads).Error; err != nil {
		return nil, mapErr(err)
	}
	if err := s.q(ctx).Where("author_id = ?", id).Order("id").Find(&d.Posts).Error; err != nil {
		return nil, mapErr(err)
	}
	plan, err := s.SafetyPlanFor(ctx, id)
	if err != nil {
		return nil, err
	}
	d.SafetyPlan = plan
	if d.Notifications, _, err = s.Notifications(ctx, id, 10000); err != nil {
		return nil, err
	}
	steps := []func() error{
		func() error { return s.q(ctx).Where("reporter_id = ?", id).Order("id").Find(&d.Reports).Error },
		func() error {
			return s.q(ctx).Table("reactions").Select("post_id, kind").Where("user_id = ?", id).Scan(&d.Reactions).Error
		},
		func() error {
			return s.q(ctx).Table("blocks").Joins("JOIN users ON users.id = blocks.blocked_id").
				Where("blocks.blocker_id = ?", id).Pluck("users.handle", &d.Blocked).Error
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, mapErr(err)
		}
	}
	return &d, nil
}

// DeleteUser erases an account: its posts keep their place in threads (so
// replies still make sense) but lose their text and author, and its
// sessions, tokens and revisions go. Call it inside InTx.
func (s *Store) DeleteUser(ctx context.Context, id uint) error {
	db := s.q(ctx)
	now := time.Now().UTC()
	steps := []func() error{
		func() error {
			return db.Exec("DELETE FROM post_revisions WHERE post_id IN (SELECT id FROM posts WHERE author_id = ?)", id).Error
		},
		func() error {
			return db.Model(&Post{}).Where("author_id = ?", id).
				Updates(map[string]any{"body": "", "html": "", "author_id": nil, "deleted_at": now}).Error
		},
		func() error { return db.Model(&Thread{}).Where("author_id = ?", id).Update("author_id", nil).Error },
		func() error {
			return db.Exec("UPDATE post_revisions SET editor_id = NULL WHERE editor_id = ?", id).Error
		},
		func() error { return db.Where("user_id = ?", id).Delete(&Session{}).Error },
		func() error { return db.Where("user_id = ?", id).Delete(&APIToken{}).Error },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return mapErr(err)
		}
	}
	res := db.Delete(&User{}, id)
	if res.Error != nil {
		return mapErr(res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}
