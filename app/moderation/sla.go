package moderation

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"haven/models"
)

// SLA is the time-to-claim target per queue priority.
type SLA map[int]time.Duration

// DefaultSLA: five minutes for critical items, thirty for high.
var DefaultSLA = SLA{100: 5 * time.Minute, 50: 30 * time.Minute}

// EscalateOverdue marks open crisis items past their target escalated.
// Safe on every instance at once: the conditional update lets exactly one
// escalate each item, and only the winner writes the audit row and
// re-alerts. It returns the items this call escalated.
func (s *Service) EscalateOverdue(ctx context.Context, sla SLA) ([]models.QueueItem, error) {
	now := s.now()
	var out []models.QueueItem
	for priority, target := range sla {
		items, err := s.store.OverdueCrisisItems(ctx, priority, now.Add(-target))
		if err != nil {
			return out, err
		}
		for _, it := range items {
			id := it.ID
			won := false
			err := s.store.InTx(ctx, func(tx *models.Store) error {
				ok, err := tx.EscalateQueueItem(ctx, id, now)
				if err != nil || !ok {
					return err
				}
				won = true
				if err := tx.AppendAudit(ctx, &models.AuditEntry{Action: "queue.sla_escalate", TargetType: "queue_item", TargetID: &id,
					Reason: "not claimed within " + target.String(), BeforeValue: models.StatusOpen, AfterValue: models.StatusEscalated}); err != nil {
					return err
				}
				if err := notifyAdmins(ctx, tx, id, "A crisis item has waited past its time to claim."); err != nil {
					return err
				}
				payload, _ := json.Marshal(Alert{ItemID: id, Kind: it.Kind, Priority: it.Priority, Escalated: true})
				return tx.NotifyQueue(ctx, string(payload))
			})
			if err != nil {
				return out, err
			}
			if won {
				it.Status = models.StatusEscalated
				out = append(out, it)
			}
		}
	}
	return out, nil
}

// notifyAdmins tells every admin about an item that needs them.
func notifyAdmins(ctx context.Context, tx *models.Store, itemID uint, what string) error {
	admins, err := tx.UsersWithRole(ctx, models.RoleAdmin)
	if err != nil {
		return err
	}
	for _, a := range admins {
		if err := tx.Notify(ctx, &models.Notification{UserID: a.ID, Kind: "escalation",
			Body: fmt.Sprintf("%s Queue item %d: /mod/items/%d", what, itemID, itemID)}); err != nil {
			return err
		}
	}
	return nil
}
