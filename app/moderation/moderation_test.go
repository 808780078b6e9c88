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

// TestSLAEscalatesOnceAcrossWorkers runs several workers (as on several
// instances) against one overdue item: one escalation, one audit row.
func TestSLAEscalatesOnceAcrossWorkers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		author := storetest.User(t, s, "author", models.RolePeer)
		item := crisisItem(t, s, author, "I want to kill myself tonight")
		fresh := crisisItem(t, s, author, "I cut again")
		later := time.Now().UTC().Add(6 * time.Minute)
		var wg sync.WaitGroup
		var mu sync.Mutex
		total := 0
		for i := 0; i < 8; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				w := New(s, time.Minute)
				w.now = func() time.Time { return later }
				got, err := w.EscalateOverdue(ctx, DefaultSLA)
				if err != nil {
					t.Error(err)
				}
				mu.Lock()
				total += len(got)
				mu.Unlock()
			}()
		}
		wg.Wait()
		if total != 1 {
			t.Fatalf("escalated %d times", total)
		}
		cur, _ := s.QueueItemByID(ctx, item.ID)
		if cur.Status != models.StatusEscalated {
			t.Fatalf("status %s", cur.Status)
		}
		// The high item's 30-minute target has not passed.
		if f, _ := s.QueueItemByID(ctx, fresh.ID); f.Status != models.StatusOpen {
			t.Fatalf("high item escalated early: %s", f.Status)
		}
		log, _ := s.AuditLog(ctx, 10)
		if len(log) != 1 || log[0].Action != "queue.sla_escalate" || log[0].ActorID != nil {
			t.Fatalf("audit %+v", log)
		}
		// An escalated item can still be claimed and resolved.
		m := storetest.User(t, s, "night-mod", models.RoleModerator)
		if _, err := New(s, time.Minute).Claim(ctx, m, item.ID); err != nil {
			t.Fatalf("claim escalated: %v", err)
		}
	})
}

func TestHubDeliversToEverySubscriber(t *testing.T) {
	h := NewHub()
	a, stopA := h.Subscribe()
	b, stopB := h.Subscribe()
	h.Publish(Alert{ItemID: 7, Kind: "crisis", Priority: 100})
	for _, ch := range []<-chan Alert{a, b} {
		select {
		case got := <-ch:
			if got.ItemID != 7 {
				t.Fatalf("got %+v", got)
			}
		case <-time.After(time.Second):
			t.Fatal("no alert")
		}
	}
	stopA()
	stopA() // idempotent
	if h.Subscribers() != 1 {
		t.Fatalf("subscribers %d", h.Subscribers())
	}
	stopB()
	h.Publish(Alert{ItemID: 8}) // nobody listening: must not block
	if ChannelName("T_Ab-c") != "haven_queue_t_abc" {
		t.Fatalf("channel %q", ChannelName("T_Ab-c"))
	}
}

// TestEveryActionLeavesExactlyOneAuditRow resolves one item per action.
func TestEveryActionLeavesExactlyOneAuditRow(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		svc := New(s, time.Minute)
		m := mods(t, s, 1)[0]
		actions := []Resolution{
			{Action: ActionDismiss, Reason: "fine", Outcome: "false_alarm"},
			{Action: ActionFollowUp, Reason: "messaged", Outcome: "author_safe"},
			{Action: ActionHide, Reason: "graphic"},
			{Action: ActionRestore, Reason: "context"},
			{Action: ActionRemove, Reason: "method details"},
			{Action: ActionWarn, Reason: "tone", Message: "We care about you; please keep replies kind."},
			{Action: ActionSilence, Reason: "heated", Duration: "24h"},
			{Action: ActionSuspend, Reason: "threats", Duration: "36"},
			{Action: ActionLock, Reason: "going in circles"},
			{Action: ActionEscalate, Reason: "needs the clinician on call"},
		}
		for i, r := range actions {
			author := storetest.User(t, s, fmt.Sprintf("author%d", i), models.RolePeer)
			item := crisisItem(t, s, author, "I want to die")
			before, _ := s.AuditLog(ctx, 1000)
			if _, err := svc.Resolve(ctx, m, item.ID, r); err != nil {
				t.Fatalf("%s: %v", r.Action, err)
			}
			after, _ := s.AuditLog(ctx, 1000)
			if len(after)-len(before) != 1 || after[0].Action != "queue."+r.Action || after[0].Reason != r.Reason {
				t.Fatalf("%s: %d new rows, newest %+v", r.Action, len(after)-len(before), after[0])
			}
			p, _ := s.PostByID(ctx, *item.PostID)
			u, _ := s.UserByID(ctx, author.ID)
			switch r.Action {
			case ActionHide:
				if p.HiddenAt == nil {
					t.Fatal("hide did not hide")
				}
			case ActionWarn:
				notes, unread, _ := s.Notifications(ctx, author.ID, 10)
				if unread != 1 || notes[0].Body != r.Message {
					t.Fatalf("warn: %+v", notes)
				}
			case ActionSilence:
				if !u.Silenced(time.Now()) || u.Silenced(time.Now().Add(25*time.Hour)) {
					t.Fatalf("silence: %v", u.SilencedUntil)
				}
			case ActionSuspend:
				if !u.Suspended(time.Now().Add(35*time.Hour)) || u.Suspended(time.Now().Add(37*time.Hour)) {
					t.Fatalf("suspend: %v", u.SuspendedUntil)
				}
			case ActionLock:
				th, _ := s.ThreadByID(ctx, p.ThreadID)
				if !th.Locked {
					t.Fatal("lock did not lock")
				}
			case ActionEscalate:
				it, _ := s.QueueItemByID(ctx, item.ID)
				if it.Status != models.StatusEscalated {
					t.Fatalf("escalate: %s", it.Status)
				}
			}
		}
	})
}

func TestReportsMergeWeighAndStayPrivate(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		svc := New(s, time.Minute)
		author := storetest.User(t, s, "author", models.RolePeer)
		pid := offTopicPost(t, s, author, "something rude")
		var reporters []*models.User
		for i := 0; i < 3; i++ {
			reporters = append(reporters, storetest.User(t, s, fmt.Sprintf("rep%d", i), models.RolePeer))
		}
		if err := svc.Report(ctx, author, pid, NewReport{Reason: "harassment"}); err == nil {
			t.Fatal("reported own post")
		}
		if err := svc.Report(ctx, reporters[0], pid, NewReport{Reason: "nonsense"}); err == nil {
			t.Fatal("bad reason accepted")
		}
		for _, r := range reporters {
			if err := svc.Report(ctx, r, pid, NewReport{Reason: "harassment", Note: "mean"}); err != nil {
				t.Fatal(err)
			}
		}
		var ve *models.ValidationError
		if err := svc.Report(ctx, reporters[0], pid, NewReport{Reason: "harassment"}); !errors.As(err, &ve) {
			t.Fatalf("duplicate report: %v", err)
		}
		item, err := s.OpenItemForPost(ctx, models.QueueReport, pid)
		if err != nil {
			t.Fatal(err)
		}
		if item.Priority != 20+30 {
			t.Fatalf("priority %d", item.Priority)
		}
		// The report keeps the post as it was.
		if _, err := posting.New(s).Edit(ctx, author, pid, "edited to look nice"); err != nil {
			t.Fatal(err)
		}
		reps, _ := s.ReportsForItem(ctx, item.ID)
		if len(reps) != 3 || reps[0].Snapshot != "something rude" {
			t.Fatalf("snapshot %+v", reps)
		}
		m := mods(t, s, 1)[0]
		if _, err := svc.Resolve(ctx, m, item.ID, Resolution{Action: ActionDismiss, Reason: "not harassment"}); err != nil {
			t.Fatal(err)
		}
		for _, r := range reporters {
			notes, _, _ := s.Notifications(ctx, r.ID, 10)
			if len(notes) != 1 || notes[0].Body != "Thank you for your report. A moderator has reviewed it." {
				t.Fatalf("reporter notification %+v", notes)
			}
		}
		// Rate limit.
		spammer := storetest.User(t, s, "spammer", models.RolePeer)
		for i := 0; i < ReportsPerHour; i++ {
			if err := svc.Report(ctx, spammer, offTopicPost(t, s, author, fmt.Sprint("post ", i)), NewReport{Reason: "spam"}); err != nil {
				t.Fatal(err)
			}
		}
		if err := svc.Report(ctx, spammer, pid, NewReport{Reason: "spam"}); !errors.As(err, &ve) {
			t.Fatalf("rate limit: %v", err)
		}
	})
}

// TestDismissedReportersWeighLess: after many dismissed reports a
// reporter's new reports raise priority less.
func TestDismissedReportersWeighLess(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		svc := New(s, time.Minute)
		author := storetest.User(t, s, "author", models.RolePeer)
		troll := storetest.User(t, s, "troll", models.RolePeer)
		m := mods(t, s, 1)[0]
		for i := 0; i < 5; i++ {
			pid := offTopicPost(t, s, author, fmt.Sprint("fine post ", i))
			if err := svc.Report(ctx, troll, pid, NewReport{Reason: "hate"}); err != nil {
				t.Fatal(err)
			}
			it, _ := s.OpenItemForPost(ctx, models.QueueReport, pid)
			if _, err := svc.Resolve(ctx, m, it.ID, Resolution{Action: ActionDismiss, Reason: "nothing wrong"}); err != nil {
				t.Fatal(err)
			}
		}
		pid := offTopicPost(t, s, author, "another fine post")
		if err := svc.Report(ctx, troll, pid, NewReport{Reason: "hate"}); err != nil {
			t.Fatal(err)
		}
		it, _ := s.OpenItemForPost(ctx, models.QueueReport, pid)
		if it.Priority != 20+2 {
			t.Fatalf("priority from a mostly-dismissed reporter: %d", it.Priority)
		}
	})
}

func TestForumLimitedModeratorsAndApprovalAndMove(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		svc := New(s, time.Minute)
		author := storetest.User(t, s, "author", models.RolePeer)
		limited := storetest.User(t, s, "limited", models.RoleModerator)
		intro, _ := s.ForumBySlug(ctx, "introductions")
		checkin, _ := s.ForumBySlug(ctx, "daily-check-in")
		if err := s.SetModeratorForums(ctx, limited.ID, []uint{intro.ID}); err != nil {
			t.Fatal(err)
		}
		item := crisisItem(t, s, author, "I want to die") // in daily-check-in
		if _, err := svc.Claim(ctx, limited, item.ID); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("out-of-scope claim: %v", err)
		}
		if items, _ := svc.Queue(ctx, limited, Filter{}); len(items) != 0 {
			t.Fatalf("limited moderator sees %d items", len(items))
		}
		// Approval: the forum holds new members' first post.
		if err := s.SetForumApproval(ctx, intro.ID, 1); err != nil {
			t.Fatal(err)
		}
		newbie := storetest.User(t, s, "newbie", models.RolePeer)
		ps := posting.New(s)
		res, err := ps.CreateThread(ctx, newbie, posting.NewThread{ForumSlug: "introductions", Title: "hi", Body: "hello everyone"})
		if err != nil || !res.Held {
			t.Fatalf("first post not held: %+v %v", res, err)
		}
		if list, _, _ := s.ListThreads(ctx, intro.ID, nil, 10); len(list) != 0 {
			t.Fatal("held thread listed")
		}
		appr, err := s.OpenItemForPost(ctx, models.QueueApproval, res.Post.ID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Resolve(ctx, limited, appr.ID, Resolution{Action: ActionApprove, Reason: "welcome"}); err != nil {
			t.Fatal(err)
		}
		if list, _, _ := s.ListThreads(ctx, intro.ID, nil, 10); len(list) != 1 {
			t.Fatal("approved thread not listed")
		}
		// The second post is not held.
		res2, err := ps.Reply(ctx, newbie, posting.NewReply{ThreadID: res.Thread.ID, Body: "thanks"})
		if err != nil || res2.Held {
			t.Fatalf("second post: %+v %v", res2, err)
		}
		// A held post with crisis words still reaches the crisis queue.
		other := storetest.User(t, s, "other", models.RolePeer)
		r3, err := ps.CreateThread(ctx, other, posting.NewThread{ForumSlug: "introductions", Title: "x", Body: "I want to kill myself tonight"})
		if err != nil || !r3.Held || r3.Severity != "critical" {
			t.Fatalf("held crisis post: %+v %v", r3, err)
		}
		if it, err := s.OpenItemForPost(ctx, models.QueueCrisis, r3.Post.ID); err != nil || it.Priority != 100 {
			t.Fatalf("held crisis item: %+v %v", it, err)
		}
		// Move: an unrestricted moderator moves the first thread.
		m := mods(t, s, 1)[0]
		it, _ := s.OpenItemForPost(ctx, models.QueueCrisis, r3.Post.ID)
		if _, err := svc.Resolve(ctx, m, it.ID, Resolution{Action: ActionMove, Reason: "better fit", Forum: "nope"}); err == nil {
			t.Fatal("moved to a missing forum")
		}
		if _, err := svc.Resolve(ctx, m, it.ID, Resolution{Action: ActionMove, Reason: "better fit", Forum: "daily-check-in"}); err != nil {
			t.Fatal(err)
		}
		th, _ := s.ThreadByID(ctx, r3.Thread.ID)
		if th.ForumID != checkin.ID {
			t.Fatalf("thread in forum %d", th.ForumID)
		}
	})
}

// offTopicPost starts a thread in off-topic and returns its post's id.
func offTopicPost(t *testing.T, s *models.Store, author *models.User, body string) uint {
	t.Helper()
	r, err := posting.New(s).CreateThread(context.Background(), author, posting.NewThread{ForumSlug: "off-topic", Title: "t", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	return r.Post.ID
}
