package models

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// CrisisFlag records what the detector found in a post: tier, categories,
// lexicon version and match offsets (JSON of term, category, start, end).
// It never stores a copy of the text.
type CrisisFlag struct {
	ID             uint `gorm:"primaryKey"`
	PostID         uint
	Tier           string
	Categories     string // comma-separated
	LexiconVersion string
	Matches        string
	CreatedAt      time.Time
}

// Queue item kinds and statuses.
const (
	QueueCrisis   = "crisis"
	QueueReport   = "report"
	QueueApproval = "approval"
	QueueSpam     = "spam"

	StatusOpen      = "open"
	StatusClaimed   = "claimed"
	StatusResolved  = "resolved"
	StatusEscalated = "escalated"
)

// QueueItem is one thing a moderator must look at. Version supports
// optimistic locking when moderators act on it.
type QueueItem struct {
	ID             uint `gorm:"primaryKey"`
	Kind           string
	Status         string
	Priority       int
	PostID         *uint
	ForumID        *uint
	ClaimedBy      *uint
	ClaimExpiresAt *time.Time
	Version        int
	CreatedAt      time.Time
	UpdatedAt      time.Time
	ResolvedAt     *time.Time
	Outcome        string
}

// LexiconTerm is an admin's addition to the crisis lexicon.
type LexiconTerm struct {
	ID        uint `gorm:"primaryKey"`
	Kind      string
	Category  string
	Tier      string
	Past      bool
	Phrase    string
	CreatedBy *uint
	CreatedAt time.Time
}

// AuditEntry is one row of the append-only audit log.
type AuditEntry struct {
	ID          uint `gorm:"primaryKey"`
	ActorID     *uint
	Action      string
	TargetType  string
	TargetID    *uint
	Reason      string
	BeforeValue string
	AfterValue  string
	CreatedAt   time.Time
}

// TableName keeps the SQL name readable.
func (AuditEntry) TableName() string { return "audit_log" }

// SafetyPlan is a person's private plan, visible only to them.
type SafetyPlan struct {
	UserID    uint   `gorm:"primaryKey" json:"-"`
	Reasons   string `json:"reasons"`
	People    string `json:"people"`
	Steps     string `json:"steps"`
	UpdatedAt time.Time
}

// Empty reports whether the plan has nothing in it.
func (p *SafetyPlan) Empty() bool {
	return p == nil || p.Reasons == "" && p.People == "" && p.Steps == ""
}

// CreateCrisisFlag inserts a flag; call it in the post's transaction.
func (s *Store) CreateCrisisFlag(ctx context.Context, f *CrisisFlag) error {
	f.CreatedAt = time.Now().UTC()
	return mapErr(s.q(ctx).Create(f).Error)
}

// CreateQueueItem inserts an open item; call it in the post's transaction.
func (s *Store) CreateQueueItem(ctx context.Context, it *QueueItem) error {
	now := time.Now().UTC()
	it.CreatedAt, it.UpdatedAt, it.Status, it.Version = now, now, StatusOpen, 1
	return mapErr(s.q(ctx).Create(it).Error)
}

// FlagForPost returns a post's crisis flag, or ErrNotFound.
func (s *Store) FlagForPost(ctx context.Context, postID uint) (*CrisisFlag, error) {
	var f CrisisFlag
	if err := s.q(ctx).Where("post_id = ?", postID).First(&f).Error; err != nil {
		return nil, mapErr(err)
	}
	return &f, nil
}

// QueueItemsForPost lists the queue items about a post.
func (s *Store) QueueItemsForPost(ctx context.Context, postID uint) ([]QueueItem, error) {
	var out []QueueItem
	return out, mapErr(s.q(ctx).Where("post_id = ?", postID).Order("id").Find(&out).Error)
}

// ThreadHasCriticalFlag reports whether any live post of the thread is
// flagged critical, so readers can be shown a gentle resources note.
func (s *Store) ThreadHasCriticalFlag(ctx context.Context, threadID uint) (bool, error) {
	var n int64
	err := s.q(ctx).Table("crisis_flags").Joins("JOIN posts ON posts.id = crisis_flags.post_id").
		Where("posts.thread_id = ? AND posts.deleted_at IS NULL AND crisis_flags.tier = ?", threadID, "critical").
		Count(&n).Error
	return n > 0, mapErr(err)
}

// LexiconTerms lists admin additions in the order they were made.
func (s *Store) LexiconTerms(ctx context.Context) ([]LexiconTerm, error) {
	var out []LexiconTerm
	return out, mapErr(s.q(ctx).Order("id").Find(&out).Error)
}

// LexiconStamp identifies the current set of additions (count and last
// id) so instances can notice a change cheaply.
func (s *Store) LexiconStamp(ctx context.Context) (string, error) {
	var row struct {
		N   int64
		Max *int64
	}
	err := s.q(ctx).Table("lexicon_terms").Select("COUNT(*) AS n, MAX(id) AS max").Scan(&row).Error
	if err != nil {
		return "", mapErr(err)
	}
	m := int64(0)
	if row.Max != nil {
		m = *row.Max
	}
	return itoa(row.N) + "." + itoa(m), nil
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// AddLexiconTerm inserts an addition; call it with the audit entry in one
// transaction.
func (s *Store) AddLexiconTerm(ctx context.Context, t *LexiconTerm) error {
	t.CreatedAt = time.Now().UTC()
	return mapErr(s.q(ctx).Create(t).Error)
}

// DeleteLexiconTerm removes an addition.
func (s *Store) DeleteLexiconTerm(ctx context.Context, id uint) (*LexiconTerm, error) {
	var t LexiconTerm
	if err := s.q(ctx).First(&t, id).Error; err != nil {
		return nil, mapErr(err)
	}
	return &t, mapErr(s.q(ctx).Delete(&LexiconTerm{}, id).Error)
}

// AppendAudit adds a row to the audit log. There is no update or delete.
func (s *Store) AppendAudit(ctx context.Context, e *AuditEntry) error {
	e.CreatedAt = time.Now().UTC()
	return mapErr(s.q(ctx).Create(e).Error)
}

// AuditLog lists the newest entries first.
func (s *Store) AuditLog(ctx context.Context, limit int) ([]AuditEntry, error) {
	var out []AuditEntry
	return out, mapErr(s.q(ctx).Order("id DESC").Limit(limit).Find(&out).Error)
}

// SafetyPlanFor returns the user's plan, or an empty one.
func (s *Store) SafetyPlanFor(ctx context.Context, userID uint) (*SafetyPlan, error) {
	var rows []SafetyPlan
	if err := s.q(ctx).Where("user_id = ?", userID).Limit(1).Find(&rows).Error; err != nil {
		return nil, mapErr(err)
	}
	if len(rows) == 0 {
		return &SafetyPlan{UserID: userID}, nil
	}
	return &rows[0], nil
}

// SaveSafetyPlan creates or replaces the user's plan.
func (s *Store) SaveSafetyPlan(ctx context.Context, p *SafetyPlan) error {
	p.UpdatedAt = time.Now().UTC()
	return mapErr(s.q(ctx).Save(p).Error)
}

// SetUserRegion stores the region whose hotlines a person sees.
func (s *Store) SetUserRegion(ctx context.Context, id uint, region string) error {
	return mapErr(s.q(ctx).Model(&User{}).Where("id = ?", id).Update("region", region).Error)
}

// QueueEntry is an open queue item with its post and thread loaded.
type QueueEntry struct {
	Item   QueueItem
	Post   *Post
	Thread *Thread
}

// OpenQueueEntries lists open items, most urgent first, with their posts
// and threads loaded in two queries (no N+1).
func (s *Store) OpenQueueEntries(ctx context.Context, kind, status string, limit int, forums ...uint) ([]QueueEntry, error) {
	items, err := s.QueueItems(ctx, kind, status, limit, forums...)
	if err != nil || len(items) == 0 {
		return nil, err
	}
	var postIDs []uint
	for _, it := range items {
		if it.PostID != nil {
			postIDs = append(postIDs, *it.PostID)
		}
	}
	var posts []Post
	if err := s.q(ctx).Preload("Author").Where("id IN ?", postIDs).Find(&posts).Error; err != nil {
		return nil, mapErr(err)
	}
	byPost := map[uint]*Post{}
	var threadIDs []uint
	for i := range posts {
		byPost[posts[i].ID] = &posts[i]
		threadIDs = append(threadIDs, posts[i].ThreadID)
	}
	var threads []Thread
	if err := s.q(ctx).Preload("Forum").Where("id IN ?", threadIDs).Find(&threads).Error; err != nil {
		return nil, mapErr(err)
	}
	byThread := map[uint]*Thread{}
	for i := range threads {
		byThread[threads[i].ID] = &threads[i]
	}
	out := make([]QueueEntry, 0, len(items))
	for _, it := range items {
		e := QueueEntry{Item: it}
		if it.PostID != nil {
			e.Post = byPost[*it.PostID]
			if e.Post != nil {
				e.Thread = byThread[e.Post.ThreadID]
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// QueueItemByID loads one item.
func (s *Store) QueueItemByID(ctx context.Context, id uint) (*QueueItem, error) {
	var it QueueItem
	if err := s.q(ctx).First(&it, id).Error; err != nil {
		return nil, mapErr(err)
	}
	return &it, nil
}

// QueueItems lists items filtered by kind and status ("" for any; by
// default open, claimed and escalated), most urgent first.
func (s *Store) QueueItems(ctx context.Context, kind, status string, limit int, forums ...uint) ([]QueueItem, error) {
	q := s.q(ctx)
	if len(forums) > 0 {
		q = q.Where("forum_id IN ?", forums)
	}
	if kind != "" {
		q = q.Where("kind = ?", kind)
	}
	if status != "" {
		q = q.Where("status = ?", status)
	} else {
		q = q.Where("status IN ?", []string{StatusOpen, StatusClaimed, StatusEscalated})
	}
	var out []QueueItem
	return out, mapErr(q.Order("priority DESC, created_at, id").Limit(limit).Find(&out).Error)
}

// ClaimQueueItem is the conditional update behind a claim: it succeeds for
// an open or escalated item, an expired claim, or the holder renewing.
func (s *Store) ClaimQueueItem(ctx context.Context, id, userID uint, now, until time.Time) (bool, error) {
	res := s.q(ctx).Model(&QueueItem{}).
		Where("id = ? AND (status IN ? OR (status = ? AND (claimed_by = ? OR claim_expires_at < ?)))",
			id, []string{StatusOpen, StatusEscalated}, StatusClaimed, userID, now).
		Updates(map[string]any{"status": StatusClaimed, "claimed_by": userID, "claim_expires_at": until,
			"version": gorm.Expr("version + 1"), "updated_at": now})
	return res.RowsAffected == 1, mapErr(res.Error)
}

// ReleaseQueueItem gives the holder's claim back.
func (s *Store) ReleaseQueueItem(ctx context.Context, id, userID uint, now time.Time) (bool, error) {
	res := s.q(ctx).Model(&QueueItem{}).Where("id = ? AND status = ? AND claimed_by = ?", id, StatusClaimed, userID).
		Updates(map[string]any{"status": StatusOpen, "claimed_by": nil, "claim_expires_at": nil,
			"version": gorm.Expr("version + 1"), "updated_at": now})
	return res.RowsAffected == 1, mapErr(res.Error)
}

// FinishQueueItem resolves or escalates an item if the actor holds a live
// claim on it or nobody does.
func (s *Store) FinishQueueItem(ctx context.Context, id, userID uint, status string, now time.Time) (bool, error) {
	set := map[string]any{"status": status, "version": gorm.Expr("version + 1"), "updated_at": now,
		"claimed_by": nil, "claim_expires_at": nil}
	if status == StatusResolved {
		set["resolved_at"] = now
		set["claimed_by"] = userID
	}
	res := s.q(ctx).Model(&QueueItem{}).
		Where("id = ? AND (status IN ? OR (status = ? AND (claimed_by = ? OR claim_expires_at < ?)))",
			id, []string{StatusOpen, StatusEscalated}, StatusClaimed, userID, now).
		Updates(set)
	return res.RowsAffected == 1, mapErr(res.Error)
}

// NotifyQueue announces a new or escalated item to every instance. On
// PostgreSQL it is a NOTIFY inside the caller's transaction, delivered
// only if the transaction commits; on SQLite (one process) it does
// nothing and the caller publishes in-process after commit.
func (s *Store) NotifyQueue(ctx context.Context, payload string) error {
	if s.dialect != Postgres {
		return nil
	}
	return mapErr(s.q(ctx).Exec("SELECT pg_notify('haven_queue_' || regexp_replace(lower(current_schema()), '[^a-z0-9_]', '', 'g'), ?)", payload).Error)
}

// CurrentSchema names the PostgreSQL schema in use ("" on SQLite).
func (s *Store) CurrentSchema(ctx context.Context) (string, error) {
	if s.dialect != Postgres {
		return "", nil
	}
	var name string
	err := s.q(ctx).Raw("SELECT current_schema()").Scan(&name).Error
	return name, mapErr(err)
}

// OverdueCrisisItems lists open crisis items created before the cutoff
// for a priority, oldest first.
func (s *Store) OverdueCrisisItems(ctx context.Context, priority int, before time.Time) ([]QueueItem, error) {
	var out []QueueItem
	return out, mapErr(s.q(ctx).Where("kind = ? AND status = ? AND priority = ? AND created_at < ?",
		QueueCrisis, StatusOpen, priority, before).Order("created_at").Limit(100).Find(&out).Error)
}

// EscalateQueueItem marks an open item escalated; only one caller wins.
func (s *Store) EscalateQueueItem(ctx context.Context, id uint, now time.Time) (bool, error) {
	res := s.q(ctx).Model(&QueueItem{}).Where("id = ? AND status = ?", id, StatusOpen).
		Updates(map[string]any{"status": StatusEscalated, "version": gorm.Expr("version + 1"), "updated_at": now})
	return res.RowsAffected == 1, mapErr(res.Error)
}

// QueueCounts counts unresolved items per kind, for the queue header.
func (s *Store) QueueCounts(ctx context.Context) (map[string]int64, error) {
	var rows []struct {
		Kind string
		N    int64
	}
	err := s.q(ctx).Table("queue_items").Select("kind, COUNT(*) AS n").
		Where("status IN ?", []string{StatusOpen, StatusClaimed, StatusEscalated}).Group("kind").Scan(&rows).Error
	out := map[string]int64{}
	for _, r := range rows {
		out[r.Kind] = r.N
	}
	return out, mapErr(err)
}

// QueueItemsAfter lists unresolved items with an id above after, oldest
// first: what a reconnecting moderator missed.
func (s *Store) QueueItemsAfter(ctx context.Context, after uint, limit int) ([]QueueItem, error) {
	var out []QueueItem
	return out, mapErr(s.q(ctx).Where("id > ? AND status IN ?", after, []string{StatusOpen, StatusClaimed, StatusEscalated}).
		Order("id").Limit(limit).Find(&out).Error)
}
