// Package moderation owns the moderators' queue: claims as leases, actions
// with reasons, and the audit trail. Claim and resolve are conditional
// updates, so with any number of moderators and instances exactly one
// wins. It never imports Fiber.
package moderation

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"haven/models"
)

// DefaultLease is how long a claim lasts unless renewed.
const DefaultLease = 10 * time.Minute

// Service runs queue operations.
type Service struct {
	store *models.Store
	lease time.Duration
	now   func() time.Time

	// Queued, when set, is told about new items after commit (the
	// in-process alert path).
	Queued func(models.QueueItem)
}

// New builds the service.
func New(store *models.Store, lease time.Duration) *Service {
	if lease <= 0 {
		lease = DefaultLease
	}
	return &Service{store: store, lease: lease, now: func() time.Time { return time.Now().UTC() }}
}

// HeldError says who holds an item another moderator tried to take. It
// matches models.ErrConflict.
type HeldError struct {
	Holder   string
	Until    time.Time
	Resolved bool
}

func (e *HeldError) Error() string {
	if e.Resolved {
		return "This item was already resolved by " + e.Holder + "."
	}
	return fmt.Sprintf("%s is handling this item (claim until %s UTC).", e.Holder, e.Until.Format("15:04"))
}

// Is lets errors.Is(err, models.ErrConflict) find it.
func (e *HeldError) Is(target error) bool { return target == models.ErrConflict }

// Filter narrows the queue.
type Filter struct {
	Kind   string
	Status string
}

var kinds = map[string]bool{models.QueueCrisis: true, models.QueueReport: true, models.QueueApproval: true, models.QueueSpam: true}
var statuses = map[string]bool{models.StatusOpen: true, models.StatusClaimed: true, models.StatusResolved: true, models.StatusEscalated: true}

func staffOnly(actor *models.User) error {
	if actor == nil {
		return models.ErrUnauthorized
	}
	if !actor.IsStaff() {
		return models.ErrForbidden
	}
	return nil
}

// Scope lists the forums a moderator is limited to; nil means all (and
// always for admins).
func (s *Service) Scope(ctx context.Context, actor *models.User) ([]uint, error) {
	return scope(ctx, s.store, actor)
}

func scope(ctx context.Context, st *models.Store, actor *models.User) ([]uint, error) {
	if actor.Role == models.RoleAdmin {
		return nil, nil
	}
	return st.ModeratorForums(ctx, actor.ID)
}

// inScope answers ErrNotFound for items outside a limited moderator's
// forums, so they cannot act on them (or learn they exist).
// It runs on the caller's transaction: taking a second pooled connection
// while holding one deadlocks under load.
func (s *Service) inScope(ctx context.Context, tx *models.Store, actor *models.User, it *models.QueueItem) error {
	forums, err := scope(ctx, tx, actor)
	if err != nil || len(forums) == 0 {
		return err
	}
	for _, f := range forums {
		if it.ForumID != nil && *it.ForumID == f {
			return nil
		}
	}
	return models.ErrNotFound
}

// itemInScope loads an item the actor may act on.
func (s *Service) itemInScope(ctx context.Context, tx *models.Store, actor *models.User, id uint) (*models.QueueItem, error) {
	it, err := tx.QueueItemByID(ctx, id)
	if err != nil {
		return nil, err
	}
	return it, s.inScope(ctx, tx, actor, it)
}

// Queue lists items by priority then age.
func (s *Service) Queue(ctx context.Context, actor *models.User, f Filter) ([]models.QueueItem, error) {
	if err := staffOnly(actor); err != nil {
		return nil, err
	}
	if f.Kind != "" && !kinds[f.Kind] {
		return nil, models.Invalid("kind", "kind must be crisis, report, approval or spam.")
	}
	if f.Status != "" && !statuses[f.Status] {
		return nil, models.Invalid("status", "status must be open, claimed, resolved or escalated.")
	}
	forums, err := s.Scope(ctx, actor)
	if err != nil {
		return nil, err
	}
	return s.store.QueueItems(ctx, f.Kind, f.Status, 200, forums...)
}

// Claim takes an item for the actor (or renews their own claim). Open,
// escalated and expired claims can be taken; anything else is a
// HeldError naming the holder.
func (s *Service) Claim(ctx context.Context, actor *models.User, id uint) (*models.QueueItem, error) {
	if err := staffOnly(actor); err != nil {
		return nil, err
	}
	now := s.now()
	var item *models.QueueItem
	err := s.store.InTx(ctx, func(tx *models.Store) error {
		before, err := s.itemInScope(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		won, err := tx.ClaimQueueItem(ctx, id, actor.ID, now, now.Add(s.lease))
		if err != nil {
			return err
		}
		if !won {
			return s.heldBy(ctx, tx, id)
		}
		if first, err := tx.MarkFirstClaim(ctx, id, now); err != nil {
			return err
		} else if first && before.Kind == models.QueueCrisis {
			if err := tx.BumpClaim(ctx, now, now.Sub(before.CreatedAt)); err != nil {
				return err
			}
		}
		item, err = tx.QueueItemByID(ctx, id)
		if err != nil {
			return err
		}
		return tx.AppendAudit(ctx, &models.AuditEntry{ActorID: &actor.ID, Action: "queue.claim", TargetType: "queue_item",
			TargetID: &id, Reason: "claimed", BeforeValue: before.Status, AfterValue: item.Status})
	})
	return item, err
}

func (s *Service) heldBy(ctx context.Context, tx *models.Store, id uint) error {
	cur, err := tx.QueueItemByID(ctx, id)
	if err != nil {
		return err
	}
	held := &HeldError{Holder: "another moderator", Resolved: cur.Status == models.StatusResolved}
	if cur.ClaimExpiresAt != nil {
		held.Until = *cur.ClaimExpiresAt
	}
	if cur.ClaimedBy != nil {
		if u, err := tx.UserByID(ctx, *cur.ClaimedBy); err == nil {
			held.Holder = u.Handle
		}
	}
	return held
}

// Release gives a claimed item back to the queue.
func (s *Service) Release(ctx context.Context, actor *models.User, id uint) error {
	if err := staffOnly(actor); err != nil {
		return err
	}
	return s.store.InTx(ctx, func(tx *models.Store) error {
		ok, err := tx.ReleaseQueueItem(ctx, id, actor.ID, s.now())
		if err != nil {
			return err
		}
		if !ok {
			return s.heldBy(ctx, tx, id)
		}
		return tx.AppendAudit(ctx, &models.AuditEntry{ActorID: &actor.ID, Action: "queue.release", TargetType: "queue_item",
			TargetID: &id, Reason: "released", BeforeValue: models.StatusClaimed, AfterValue: models.StatusOpen})
	})
}

// Actions a moderator can take when resolving an item.
const (
	ActionDismiss  = "dismiss"  // nothing to do
	ActionFollowUp = "followup" // reached out, recorded with an outcome
	ActionHide     = "hide"     // hide the post (reversible)
	ActionRestore  = "restore"  // un-hide the post
	ActionRemove   = "remove"   // soft-delete the post
	ActionWarn     = "warn"     // a private, supportive message to the author
	ActionSilence  = "silence"  // the author may read but not post, until a time
	ActionSuspend  = "suspend"  // the author may not log in, until a time
	ActionLock     = "lock"     // no new replies in the thread
	ActionEscalate = "escalate" // to admins or a clinician on call; stays in the queue
	ActionApprove  = "approve"  // publish a post held for approval
	ActionMove     = "move"     // move the thread to another forum
)

// Durations offered for silence and suspension.
var Durations = map[string]time.Duration{"24h": 24 * time.Hour, "72h": 72 * time.Hour, "7d": 7 * 24 * time.Hour, "30d": 30 * 24 * time.Hour}

// Outcomes recorded when a crisis item is resolved.
var Outcomes = []string{"reached_out", "author_safe", "referred_to_hotline", "no_response", "false_alarm"}

// Resolution is what a moderator submits.
type Resolution struct {
	Action   string `json:"action" form:"action"`
	Reason   string `json:"reason" form:"reason"`
	Outcome  string `json:"outcome" form:"outcome"`
	Duration string `json:"duration" form:"duration"` // 24h, 72h, 7d, 30d or hours ("36")
	Message  string `json:"message" form:"message"`   // for warn
	Forum    string `json:"forum" form:"forum"`       // for move: the target forum's slug
}

// until turns the duration choice into an end time.
func (r *Resolution) until(now time.Time) (time.Time, bool) {
	if d, ok := Durations[r.Duration]; ok {
		return now.Add(d), true
	}
	var hours int
	if _, err := fmt.Sscanf(r.Duration, "%d", &hours); err == nil && hours > 0 && hours <= 24*365 {
		return now.Add(time.Duration(hours) * time.Hour), true
	}
	return time.Time{}, false
}

func (r *Resolution) validate(kind string) error {
	fields := map[string]string{}
	switch r.Action {
	case ActionDismiss, ActionFollowUp, ActionHide, ActionRestore, ActionRemove, ActionWarn, ActionLock, ActionEscalate, ActionApprove:
	case ActionMove:
		if strings.TrimSpace(r.Forum) == "" {
			fields["forum"] = "Choose the forum to move the thread to."
		}
	case ActionSilence, ActionSuspend:
		if _, ok := r.until(time.Now()); !ok {
			fields["duration"] = "Choose how long: 24h, 72h, 7d, 30d, or a number of hours."
		}
	default:
		fields["action"] = "Choose an action."
	}
	r.Message = strings.TrimSpace(r.Message)
	if r.Action == ActionWarn && (r.Message == "" || len(r.Message) > 2000) {
		fields["message"] = "Write the message the member will read (up to 2,000 characters)."
	}
	r.Reason = strings.TrimSpace(r.Reason)
	if r.Reason == "" {
		fields["reason"] = "Please give a reason; it goes in the audit log."
	} else if len(r.Reason) > 2000 {
		fields["reason"] = "Keep the reason under 2,000 characters."
	}
	if kind == models.QueueCrisis && r.Action == ActionFollowUp || kind == models.QueueCrisis && r.Action == ActionDismiss {
		ok := false
		for _, o := range Outcomes {
			ok = ok || r.Outcome == o
		}
		if !ok {
			fields["outcome"] = "Record what happened: reached out, author safe, referred to a hotline, no response or false alarm."
		}
	}
	if len(fields) > 0 {
		return &models.ValidationError{Fields: fields}
	}
	return nil
}

// Resolve closes (or escalates) an item. It succeeds only for the holder
// of a live claim or on an unclaimed item, in one conditional update, so
// two moderators can never both resolve it.
func (s *Service) Resolve(ctx context.Context, actor *models.User, id uint, r Resolution) (*models.QueueItem, error) {
	if err := staffOnly(actor); err != nil {
		return nil, err
	}
	var item *models.QueueItem
	err := s.store.InTx(ctx, func(tx *models.Store) error {
		before, err := s.itemInScope(ctx, tx, actor, id)
		if err != nil {
			return err
		}
		if err := r.validate(before.Kind); err != nil {
			return err
		}
		status := models.StatusResolved
		if r.Action == ActionEscalate {
			status = models.StatusEscalated
		}
		won, err := tx.FinishQueueItem(ctx, id, actor.ID, status, s.now())
		if err != nil {
			return err
		}
		if !won {
			return s.heldBy(ctx, tx, id)
		}
		effect, err := s.act(ctx, tx, before, r)
		if err != nil {
			return err
		}
		if r.Action == ActionEscalate {
			if err := notifyAdmins(ctx, tx, id, "A moderator escalated an item to you: "+r.Reason); err != nil {
				return err
			}
		}
		outcome := r.Outcome
		if outcome == "" {
			outcome = r.Action
			if r.Action == ActionDismiss {
				outcome = "dismissed"
			}
		}
		if err := tx.SetOutcome(ctx, id, outcome); err != nil {
			return err
		}
		// Reporters learn only that their report was reviewed.
		if status == models.StatusResolved && (before.Kind == models.QueueReport || before.Kind == models.QueueSpam) {
			ids, err := tx.ReportersOf(ctx, id)
			if err != nil {
				return err
			}
			for _, uid := range ids {
				if err := tx.Notify(ctx, &models.Notification{UserID: uid, Kind: "report_reviewed",
					Body: "Thank you for your report. A moderator has reviewed it."}); err != nil {
					return err
				}
			}
		}
		item, err = tx.QueueItemByID(ctx, id)
		if err != nil {
			return err
		}
		after := status + " (" + r.Action
		if r.Outcome != "" {
			after += ", " + r.Outcome
		}
		if effect != "" {
			after += "; " + effect
		}
		return tx.AppendAudit(ctx, &models.AuditEntry{ActorID: &actor.ID, Action: "queue." + r.Action, TargetType: "queue_item",
			TargetID: &id, Reason: r.Reason, BeforeValue: before.Status, AfterValue: after + ")"})
	})
	return item, err
}

// act carries out what the action does to the post, thread or author and
// describes the effect for the audit row.
func (s *Service) act(ctx context.Context, tx *models.Store, item *models.QueueItem, r Resolution) (string, error) {
	if item.PostID == nil {
		return "", nil
	}
	p, err := tx.PostByID(ctx, *item.PostID)
	if err != nil {
		if errors.Is(err, models.ErrNotFound) {
			return "", nil
		}
		return "", err
	}
	switch r.Action {
	case ActionHide:
		return fmt.Sprintf("post %d hidden", p.ID), tx.SetPostHidden(ctx, p.ID, true)
	case ActionApprove:
		if err := tx.SetPostHidden(ctx, p.ID, false); err != nil {
			return "", err
		}
		if p.ParentID == nil {
			if err := tx.SetThreadHidden(ctx, p.ThreadID, false); err != nil {
				return "", err
			}
		}
		return fmt.Sprintf("post %d published", p.ID), nil
	case ActionMove:
		f, err := tx.ForumBySlug(ctx, strings.TrimSpace(r.Forum))
		if err != nil {
			if errors.Is(err, models.ErrNotFound) {
				return "", models.Invalid("forum", "There is no forum with that address.")
			}
			return "", err
		}
		return fmt.Sprintf("thread %d moved to %s", p.ThreadID, f.Slug), tx.MoveThread(ctx, p.ThreadID, f.ID)
	case ActionRestore:
		return fmt.Sprintf("post %d visible", p.ID), tx.SetPostHidden(ctx, p.ID, false)
	case ActionRemove:
		if err := tx.SoftDeletePost(ctx, p.ID); err != nil && !errors.Is(err, models.ErrNotFound) {
			return "", err
		}
		return fmt.Sprintf("post %d removed", p.ID), nil
	case ActionLock:
		return fmt.Sprintf("thread %d locked", p.ThreadID), tx.SetThreadLocked(ctx, p.ThreadID, true)
	case ActionWarn:
		if p.AuthorID == nil {
			return "", nil
		}
		return "author sent a private message", tx.Notify(ctx, &models.Notification{UserID: *p.AuthorID, Kind: "moderator_message", Body: r.Message})
	case ActionSilence, ActionSuspend:
		if p.AuthorID == nil {
			return "", nil
		}
		author, err := tx.UserByID(ctx, *p.AuthorID)
		if err != nil {
			return "", err
		}
		if author.IsStaff() {
			return "", models.Invalid("action", "Staff accounts cannot be silenced or suspended here.")
		}
		until, _ := r.until(s.now())
		silenced, suspended := author.SilencedUntil, author.SuspendedUntil
		if r.Action == ActionSilence {
			silenced = &until
		} else {
			suspended = &until
		}
		effect := fmt.Sprintf("user %d %sd until %s", author.ID, r.Action, until.Format(time.RFC3339))
		return strings.Replace(effect, "suspendd", "suspended", 1), tx.SetUserLimits(ctx, author.ID, silenced, suspended)
	}
	return "", nil
}
