package moderation

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"haven/models"
)

// Report reasons peers can choose.
var ReportReasons = []string{"harassment", "spam", "hate", "someone_at_risk", "misinformation", "other"}

// ReportsPerHour limits how often one person can report.
const ReportsPerHour = 10

// NewReport is what a peer submits.
type NewReport struct {
	Reason string `json:"reason" form:"reason"`
	Note   string `json:"note" form:"note"`
}

// Report files a peer's report on a post. Reports on the same post merge
// into one open queue item whose priority grows with the number of
// distinct reporters, each weighted by how often their past reports were
// dismissed, so reports cannot be used to pile on someone.
func (s *Service) Report(ctx context.Context, actor *models.User, postID uint, in NewReport) error {
	if actor == nil {
		return models.ErrUnauthorized
	}
	ok := false
	for _, r := range ReportReasons {
		ok = ok || in.Reason == r
	}
	fields := map[string]string{}
	if !ok {
		fields["reason"] = "Please choose a reason."
	}
	in.Note = strings.TrimSpace(in.Note)
	if !utf8.ValidString(in.Note) || utf8.RuneCountInString(in.Note) > 1000 {
		fields["note"] = "Keep the note under 1,000 characters."
	}
	if len(fields) > 0 {
		return &models.ValidationError{Fields: fields}
	}
	p, err := s.store.PostByID(ctx, postID)
	if err != nil {
		return err
	}
	if p.DeletedAt != nil {
		return models.ErrNotFound
	}
	if p.AuthorID != nil && *p.AuthorID == actor.ID {
		return models.Invalid("reason", "You cannot report your own post. You can edit or delete it instead.")
	}
	now := s.now()
	if n, err := s.store.ReportsSince(ctx, actor.ID, now.Add(-time.Hour)); err != nil {
		return err
	} else if n >= ReportsPerHour {
		return models.Invalid("reason", "You have sent many reports in the last hour. Please wait a little before sending more.")
	}
	weight := 1.0
	if total, dismissed, err := s.store.ReporterRecord(ctx, actor.ID); err != nil {
		return err
	} else if total >= 5 {
		weight = max(0.2, 1-float64(dismissed)/float64(total))
	}
	kind := models.QueueReport
	base := 20
	switch in.Reason {
	case "spam":
		kind = models.QueueSpam
		base = 10
	case "someone_at_risk":
		base = 50
	}
	t, err := s.store.ThreadByID(ctx, p.ThreadID)
	if err != nil {
		return err
	}
	var created *models.QueueItem
	err = s.store.InTx(ctx, func(tx *models.Store) error {
		item, err := tx.OpenItemForPost(ctx, kind, postID)
		if errors.Is(err, models.ErrNotFound) {
			item = &models.QueueItem{Kind: kind, Priority: base, PostID: &postID, ForumID: &t.ForumID}
			if err := tx.CreateQueueItem(ctx, item); err != nil {
				return err
			}
			created = item
		} else if err != nil {
			return err
		}
		err = tx.AddReport(ctx, &models.Report{PostID: postID, QueueItemID: &item.ID, ReporterID: &actor.ID,
			Reason: in.Reason, Note: in.Note, Snapshot: p.Body, Weight: weight})
		if errors.Is(err, models.ErrConflict) {
			return models.Invalid("reason", "You have already reported this post. A moderator will review it.")
		}
		if err != nil {
			return err
		}
		sum, _, err := tx.ReportWeightSum(ctx, item.ID)
		if err != nil {
			return err
		}
		if prio := base + int(10*sum); prio > item.Priority {
			if err := tx.SetQueuePriority(ctx, item.ID, min(prio, 99)); err != nil {
				return err
			}
		}
		if created != nil {
			payload, _ := json.Marshal(Alert{ItemID: item.ID, Kind: kind, Priority: base})
			return tx.NotifyQueue(ctx, string(payload))
		}
		return nil
	})
	if err == nil && created != nil && s.Queued != nil {
		s.Queued(*created)
	}
	return err
}
