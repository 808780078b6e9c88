package moderation

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"haven/app/posting"
	"haven/models"
	"haven/models/storetest"
)

// crisisItem posts crisis text and returns its queue item.
func crisisItem(t *testing.T, s *models.Store, author *models.User, body string) models.QueueItem {
	t.Helper()
	ctx := context.Background()
	res, err := posting.New(s).CreateThread(ctx, author, posting.NewThread{ForumSlug: "daily-check-in", Title: "t", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	items, err := s.QueueItemsForPost(ctx, res.Post.ID)
	if err != nil || len(items) != 1 {
		t.Fatalf("queue for post: %v %v", items, err)
	}
	return items[0]
}

func mods(t *testing.T, s *models.Store, n int) []*models.User {
	out := make([]*models.User, n)
	for i := range out {
		out[i] = storetest.User(t, s, fmt.Sprintf("mod%02d", i), models.RoleModerator)
	}
	return out
}

// TestExactlyOneClaimWins races 50 moderators on one item.
func TestExactlyOneClaimWins(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		svc := New(s, time.Minute)
		author := storetest.User(t, s, "author", models.RolePeer)
		item := crisisItem(t, s, author, "I want to kill myself tonight")
		ms := mods(t, s, 50)
		var wg sync.WaitGroup
		var mu sync.Mutex
		wins, conflicts := 0, 0
		var other []error
		start := make(chan struct{})
		for _, m := range ms {
			wg.Add(1)
			go func(m *models.User) {
				defer wg.Done()
				<-start
				_, err := svc.Claim(context.Background(), m, item.ID)
				mu.Lock()
				defer mu.Unlock()
				var held *HeldError
				switch {
				case err == nil:
					wins++
				case errors.As(err, &held) && errors.Is(err, models.ErrConflict):
					conflicts++
				default:
					other = append(other, err)
				}
			}(m)
		}
		close(start)
		wg.Wait()
		if wins != 1 || conflicts != 49 || len(other) != 0 {
			t.Fatalf("wins %d conflicts %d other %v", wins, conflicts, other)
		}
		cur, _ := s.QueueItemByID(context.Background(), item.ID)
		if cur.Status != models.StatusClaimed || cur.Version != 2 {
			t.Fatalf("after race: %+v", cur)
		}
		log, _ := s.AuditLog(context.Background(), 100)
		if len(log) != 1 || log[0].Action != "queue.claim" {
			t.Fatalf("audit rows after race: %d", len(log))
		}
	})
}

// TestExactlyOneResolveWins races 50 moderators resolving an unclaimed item.
func TestExactlyOneResolveWins(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		svc := New(s, time.Minute)
		author := storetest.User(t, s, "author", models.RolePeer)
		item := crisisItem(t, s, author, "I cut again")
		ms := mods(t, s, 50)
		var wg sync.WaitGroup
		var mu sync.Mutex
		wins := 0
		var held []string
		start := make(chan struct{})
		for _, m := range ms {
			wg.Add(1)
			go func(m *models.User) {
				defer wg.Done()
				<-start
				_, err := svc.Resolve(context.Background(), m, item.ID, Resolution{Action: ActionFollowUp, Reason: "messaged them", Outcome: "reached_out"})
				mu.Lock()
				defer mu.Unlock()
				var h *HeldError
				if err == nil {
					wins++
				} else if errors.As(err, &h) {
					held = append(held, h.Holder)
				} else {
					t.Errorf("unexpected error: %v", err)
				}
			}(m)
		}
		close(start)
		wg.Wait()
		if wins != 1 || len(held) != 49 {
			t.Fatalf("wins %d conflicts %d", wins, len(held))
		}
		if held[0] == "another moderator" {
			t.Fatal("the loser is not told who resolved it")
		}
	})
}

func TestClaimLeaseRulesAndAudit(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		svc := New(s, 10*time.Minute)
		clock := time.Now().UTC()
		svc.now = func() time.Time { return clock }
		author := storetest.User(t, s, "author", models.RolePeer)
		peer := storetest.User(t, s, "peer2", models.RolePeer)
		m := mods(t, s, 2)
		item := crisisItem(t, s, author, "I want to die")
		if _, err := svc.Claim(ctx, peer, item.ID); !errors.Is(err, models.ErrForbidden) {
			t.Fatalf("peer claim: %v", err)
		}
		if _, err := svc.Claim(ctx, m[0], item.ID); err != nil {
			t.Fatal(err)
		}
		// Renewing one's own claim works; another moderator is told who holds it.
		if _, err := svc.Claim(ctx, m[0], item.ID); err != nil {
			t.Fatalf("renew: %v", err)
		}
		_, err := svc.Claim(ctx, m[1], item.ID)
		var held *HeldError
		if !errors.As(err, &held) || held.Holder != m[0].Handle {
			t.Fatalf("second claim: %v", err)
		}
		if _, err := svc.Resolve(ctx, m[1], item.ID, Resolution{Action: ActionDismiss, Reason: "x", Outcome: "false_alarm"}); !errors.As(err, &held) {
			t.Fatalf("resolve by non-holder: %v", err)
		}
		// The lease expires: the other moderator can take over.
		clock = clock.Add(11 * time.Minute)
		if _, err := svc.Claim(ctx, m[1], item.ID); err != nil {
			t.Fatalf("claim after expiry: %v", err)
		}
		// Validation: crisis items need an outcome and every action a reason.
		_, err = svc.Resolve(ctx, m[1], item.ID, Resolution{Action: ActionFollowUp})
		var ve *models.ValidationError
		if !errors.As(err, &ve) || ve.Fields["reason"] == "" || ve.Fields["outcome"] == "" {
			t.Fatalf("validation: %v", err)
		}
		if err := svc.Release(ctx, m[1], item.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Resolve(ctx, m[0], item.ID, Resolution{Action: ActionRemove, Reason: "method details", Outcome: "reached_out"}); err != nil {
			t.Fatal(err)
		}
		if p, _ := s.PostByID(ctx, *item.PostID); p.DeletedAt == nil {
			t.Fatal("remove did not remove the post")
		}
		if _, err := svc.Claim(ctx, m[1], item.ID); !errors.As(err, &held) || !held.Resolved {
			t.Fatalf("claim after resolve: %v", err)
		}
		// One audit row per action: claim, renew, claim, release, remove.
		log, _ := s.AuditLog(ctx, 100)
		want := []string{"queue.remove", "queue.release", "queue.claim", "queue.claim", "queue.claim"}
		if len(log) != len(want) {
			t.Fatalf("audit rows %d, want %d", len(log), len(want))
		}
		for i, w := range want {
			if log[i].Action != w {
				t.Fatalf("audit[%d] = %s, want %s", i, log[i].Action, w)
			}
		}
		if log[0].Reason != "method details" || log[0].BeforeValue != "open" {
			t.Fatalf("audit row %+v", log[0])
		}
		// Filters.
		if _, err := svc.Queue(ctx, m[0], Filter{Kind: "nonsense"}); err == nil {
			t.Fatal("bad kind accepted")
		}
		items, err := svc.Queue(ctx, m[0], Filter{Status: models.StatusResolved})
		if err != nil || len(items) != 1 {
			t.Fatalf("resolved filter: %v %v", items, err)
		}
	})
}
