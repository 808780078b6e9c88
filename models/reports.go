package models

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Report is one peer's report of a post; the queue item gathers them.
type Report struct {
	ID          uint `gorm:"primaryKey"`
	PostID      uint
	QueueItemID *uint
	ReporterID  *uint
	Reason      string
	Note        string
	Snapshot    string
	Weight      float64
	CreatedAt   time.Time
}

// ModNote is a private note moderators keep about a member.
type ModNote struct {
	ID        uint `gorm:"primaryKey"`
	UserID    uint
	AuthorID  *uint
	Body      string
	CreatedAt time.Time
}

// Notification is a private message to a member (a moderator's warning,
// a note that their report was reviewed).
type Notification struct {
	ID        uint `gorm:"primaryKey"`
	UserID    uint
	Kind      string
	Body      string
	CreatedAt time.Time
	ReadAt    *time.Time
}

// OpenItemForPost finds an unresolved queue item of a kind about a post.
func (s *Store) OpenItemForPost(ctx context.Context, kind string, postID uint) (*QueueItem, error) {
	var rows []QueueItem
	err := s.q(ctx).Where("kind = ? AND post_id = ? AND status IN ?", kind, postID,
		[]string{StatusOpen, StatusClaimed, StatusEscalated}).Order("id").Limit(1).Find(&rows).Error
	if err != nil {
		return nil, mapErr(err)
	}
	if len(rows) == 0 {
		return nil, ErrNotFound
	}
	return &rows[0], nil
}

// AddReport stores a report; a second report by the same person on the
// same open item is a conflict.
func (s *Store) AddReport(ctx context.Context, r *Report) error {
	r.CreatedAt = time.Now().UTC()
	return mapErr(s.q(ctx).Create(r).Error)
}

// ReportWeightSum adds the weights of an item's reports.
func (s *Store) ReportWeightSum(ctx context.Context, itemID uint) (float64, int64, error) {
	var row struct {
		W float64
		N int64
	}
	err := s.q(ctx).Table("reports").Select("COALESCE(SUM(weight), 0) AS w, COUNT(DISTINCT reporter_id) AS n").
		Where("queue_item_id = ?", itemID).Scan(&row).Error
	return row.W, row.N, mapErr(err)
}

// SetQueuePriority changes an open item's priority.
func (s *Store) SetQueuePriority(ctx context.Context, id uint, priority int) error {
	return mapErr(s.q(ctx).Model(&QueueItem{}).Where("id = ?", id).
		Updates(map[string]any{"priority": priority, "version": gorm.Expr("version + 1")}).Error)
}

// ReporterRecord counts a reporter's reports on resolved items and how
// many of those were dismissed.
func (s *Store) ReporterRecord(ctx context.Context, reporterID uint) (total, dismissed int64, err error) {
	var row struct{ T, D int64 }
	err = s.q(ctx).Table("reports").
		Select("COUNT(*) AS t, SUM(CASE WHEN queue_items.outcome = 'dismissed' THEN 1 ELSE 0 END) AS d").
		Joins("JOIN queue_items ON queue_items.id = reports.queue_item_id").
		Where("reports.reporter_id = ? AND queue_items.status = ?", reporterID, StatusResolved).Scan(&row).Error
	return row.T, row.D, mapErr(err)
}

// ReportsSince counts a reporter's reports since t, for rate limits.
func (s *Store) ReportsSince(ctx context.Context, reporterID uint, t time.Time) (int64, error) {
	var n int64
	err := s.q(ctx).Table("reports").Where("reporter_id = ? AND created_at >= ?", reporterID, t).Count(&n).Error
	return n, mapErr(err)
}

// ReportsForItem lists an item's reports, oldest first.
func (s *Store) ReportsForItem(ctx context.Context, itemID uint) ([]Report, error) {
	var out []Report
	return out, mapErr(s.q(ctx).Where("queue_item_id = ?", itemID).Order("id").Find(&out).Error)
}

// ReportersOf lists who reported an item, for "your report was reviewed".
func (s *Store) ReportersOf(ctx context.Context, itemID uint) ([]uint, error) {
	var ids []uint
	err := s.q(ctx).Table("reports").Where("queue_item_id = ? AND reporter_id IS NOT NULL", itemID).
		Distinct("reporter_id").Pluck("reporter_id", &ids).Error
	return ids, mapErr(err)
}

// SetOutcome records how an item ended.
func (s *Store) SetOutcome(ctx context.Context, id uint, outcome string) error {
	return mapErr(s.q(ctx).Model(&QueueItem{}).Where("id = ?", id).Update("outcome", outcome).Error)
}

// SetPostHidden hides or restores a post.
func (s *Store) SetPostHidden(ctx context.Context, id uint, hidden bool) error {
	var v any
	if hidden {
		v = time.Now().UTC()
	}
	res := s.q(ctx).Model(&Post{}).Where("id = ?", id).Update("hidden_at", v)
	if res.Error != nil {
		return mapErr(res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}

// SetThreadHidden hides or shows a thread in forum lists.
func (s *Store) SetThreadHidden(ctx context.Context, id uint, hidden bool) error {
	var v any
	if hidden {
		v = time.Now().UTC()
	}
	return mapErr(s.q(ctx).Model(&Thread{}).Where("id = ?", id).Update("hidden_at", v).Error)
}

// SetThreadLocked locks or unlocks a thread.
func (s *Store) SetThreadLocked(ctx context.Context, id uint, locked bool) error {
	return mapErr(s.q(ctx).Model(&Thread{}).Where("id = ?", id).Update("locked", locked).Error)
}

// SetUserLimits sets (or clears, with nil) silence and suspension ends.
func (s *Store) SetUserLimits(ctx context.Context, id uint, silencedUntil, suspendedUntil *time.Time) error {
	return mapErr(s.q(ctx).Model(&User{}).Where("id = ?", id).
		Updates(map[string]any{"silenced_until": silencedUntil, "suspended_until": suspendedUntil}).Error)
}

// AddModNote stores a moderator's note about a member.
func (s *Store) AddModNote(ctx context.Context, n *ModNote) error {
	n.CreatedAt = time.Now().UTC()
	return mapErr(s.q(ctx).Create(n).Error)
}

// ModNotes lists notes about a member, newest first.
func (s *Store) ModNotes(ctx context.Context, userID uint) ([]ModNote, error) {
	var out []ModNote
	return out, mapErr(s.q(ctx).Where("user_id = ?", userID).Order("id DESC").Limit(50).Find(&out).Error)
}

// Notify sends a member a private notification.
func (s *Store) Notify(ctx context.Context, n *Notification) error {
	n.CreatedAt = time.Now().UTC()
	return mapErr(s.q(ctx).Create(n).Error)
}

// Notifications lists a member's notifications, newest first, and counts
// the unread ones.
func (s *Store) Notifications(ctx context.Context, userID uint, limit int) ([]Notification, int64, error) {
	var out []Notification
	if err := s.q(ctx).Where("user_id = ?", userID).Order("id DESC").Limit(limit).Find(&out).Error; err != nil {
		return nil, 0, mapErr(err)
	}
	var unread int64
	err := s.q(ctx).Model(&Notification{}).Where("user_id = ? AND read_at IS NULL", userID).Count(&unread).Error
	return out, unread, mapErr(err)
}

// MarkNotificationsRead marks all of a member's notifications read.
func (s *Store) MarkNotificationsRead(ctx context.Context, userID uint) error {
	return mapErr(s.q(ctx).Model(&Notification{}).Where("user_id = ? AND read_at IS NULL", userID).
		Update("read_at", time.Now().UTC()).Error)
}

// RecentPostsBy lists a member's newest posts, for moderators.
func (s *Store) RecentPostsBy(ctx context.Context, userID uint, limit int) ([]Post, error) {
	var out []Post
	return out, mapErr(s.q(ctx).Preload("Author").Where("author_id = ?", userID).Order("id DESC").Limit(limit).Find(&out).Error)
}

// LivePostCount counts a member's posts that are neither deleted nor
// hidden: how many have been seen and accepted.
func (s *Store) LivePostCount(ctx context.Context, userID uint) (int64, error) {
	var n int64
	err := s.q(ctx).Model(&Post{}).Where("author_id = ? AND deleted_at IS NULL AND hidden_at IS NULL", userID).Count(&n).Error
	return n, mapErr(err)
}

// SetForumApproval sets how many first posts a forum holds for review.
func (s *Store) SetForumApproval(ctx context.Context, forumID uint, n int) error {
	return mapErr(s.q(ctx).Model(&Forum{}).Where("id = ?", forumID).Update("approval_posts", n).Error)
}

// MoveThread moves a thread to another forum.
func (s *Store) MoveThread(ctx context.Context, threadID, forumID uint) error {
	return mapErr(s.q(ctx).Model(&Thread{}).Where("id = ?", threadID).Update("forum_id", forumID).Error)
}

// ModeratorForums lists the forums a moderator is limited to (none: all).
func (s *Store) ModeratorForums(ctx context.Context, userID uint) ([]uint, error) {
	var ids []uint
	err := s.q(ctx).Table("moderator_forums").Where("user_id = ?", userID).Pluck("forum_id", &ids).Error
	return ids, mapErr(err)
}

// SetModeratorForums replaces a moderator's forum limits.
func (s *Store) SetModeratorForums(ctx context.Context, userID uint, forumIDs []uint) error {
	if err := s.q(ctx).Exec("DELETE FROM moderator_forums WHERE user_id = ?", userID).Error; err != nil {
		return mapErr(err)
	}
	for _, f := range forumIDs {
		if err := s.q(ctx).Exec("INSERT INTO moderator_forums (user_id, forum_id) VALUES (?, ?)", userID, f).Error; err != nil {
			return mapErr(err)
		}
	}
	return nil
}

// FalseAlarmFlags lists crisis flags whose items were resolved as false
// alarms, newest first, for tuning the lexicon.
func (s *Store) FalseAlarmFlags(ctx context.Context, limit int) ([]CrisisFlag, error) {
	var out []CrisisFlag
	err := s.q(ctx).Table("crisis_flags").Select("crisis_flags.*").
		Joins("JOIN queue_items ON queue_items.post_id = crisis_flags.post_id AND queue_items.kind = ?", QueueCrisis).
		Where("queue_items.outcome = ?", "false_alarm").Order("crisis_flags.id DESC").Limit(limit).Scan(&out).Error
	return out, mapErr(err)
}

// UsersWithRole lists accounts with a role.
func (s *Store) UsersWithRole(ctx context.Context, role Role) ([]User, error) {
	var out []User
	return out, mapErr(s.q(ctx).Where("role = ?", role).Order("id").Find(&out).Error)
}

// AuditFilter narrows the audit log.
type AuditFilter struct {
	Action  string // prefix, e.g. "queue." or "lexicon.add"
	ActorID uint
}

// AuditLogFiltered lists entries matching the filter, newest first.
func (s *Store) AuditLogFiltered(ctx context.Context, f AuditFilter, limit int) ([]AuditEntry, error) {
	q := s.q(ctx)
	if f.Action != "" {
		q = q.Where("action LIKE ?", f.Action+"%")
	}
	if f.ActorID != 0 {
		q = q.Where("actor_id = ?", f.ActorID)
	}
	var out []AuditEntry
	return out, mapErr(q.Order("id DESC").Limit(limit).Find(&out).Error)
}
