package posting

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"haven/app/crisis"
	"haven/models"
	"haven/models/storetest"
)

func threadCount(t *testing.T, s *models.Store) int64 {
	var n int64
	if err := s.DB().Table("posts").Count(&n).Error; err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCrisisPostIsFlaggedAndQueuedInOneTransaction(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		svc := New(s)
		ctx := context.Background()
		u := storetest.User(t, s, "river", models.RolePeer)
		text := "I can't anymore. Tonight I'll take everything I saved."
		res, err := svc.CreateThread(ctx, u, NewThread{ForumSlug: "daily-check-in", Title: "tired", Body: text})
		if err != nil {
			t.Fatal(err)
		}
		if res.Severity != "critical" {
			t.Fatalf("severity %s", res.Severity)
		}
		flag, err := s.FlagForPost(ctx, res.Post.ID)
		if err != nil {
			t.Fatalf("no flag: %v", err)
		}
		if flag.Tier != "critical" || flag.LexiconVersion == "" || !strings.Contains(flag.Categories, "overdose") {
			t.Fatalf("flag %+v", flag)
		}
		var matches []storedMatch
		if err := json.Unmarshal([]byte(flag.Matches), &matches); err != nil || len(matches) == 0 {
			t.Fatalf("matches %q: %v", flag.Matches, err)
		}
		for _, m := range matches {
			if m.Field != "body" || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("bad match %+v", m)
			}
		}
		if strings.Contains(flag.Matches, "everything I saved") {
			t.Fatal("flag stores a copy of the text")
		}
		items, _ := s.QueueItemsForPost(ctx, res.Post.ID)
		if len(items) != 1 || items[0].Kind != models.QueueCrisis || items[0].Priority != 100 || items[0].Status != "open" {
			t.Fatalf("queue %+v", items)
		}

		// A low-tier reply queues a low-priority check-in.
		r, err := svc.Reply(ctx, u, NewReply{ThreadID: res.Thread.ID, Body: "I relapsed last night."})
		if err != nil || r.Severity != "low" {
			t.Fatalf("low reply: %v %s", err, r.Severity)
		}
		items, _ = s.QueueItemsForPost(ctx, r.Post.ID)
		if len(items) != 1 || items[0].Priority != 10 {
			t.Fatalf("low queue %+v", items)
		}
		// An ordinary reply creates nothing.
		r, _ = svc.Reply(ctx, u, NewReply{ThreadID: res.Thread.ID, Body: "Thanks for the tea recipe."})
		if items, _ := s.QueueItemsForPost(ctx, r.Post.ID); len(items) != 0 || r.Severity != "none" {
			t.Fatalf("ordinary reply queued: %+v", items)
		}
		// An edit that adds crisis language is flagged.
		if _, err := svc.Edit(ctx, u, r.Post.ID, "Actually I want to die."); err != nil {
			t.Fatal(err)
		}
		if f, err := s.FlagForPost(ctx, r.Post.ID); err != nil || f.Tier != "high" {
			t.Fatalf("edit flag: %+v %v", f, err)
		}
	})
}

func TestFailedQueueInsertSavesNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		svc := New(s)
		ctx := context.Background()
		u := storetest.User(t, s, "wren", models.RolePeer)
		before := threadCount(t, s)
		// Fault injection: the queue table disappears between the post
		// insert and the queue insert.
		if err := s.DB().Exec("ALTER TABLE queue_items RENAME TO queue_items_gone").Error; err != nil {
			t.Fatal(err)
		}
		_, err := svc.CreateThread(ctx, u, NewThread{ForumSlug: "off-topic", Title: "help", Body: "I want to kill myself"})
		if err == nil {
			t.Fatal("post saved although its queue item could not be")
		}
		if n := threadCount(t, s); n != before {
			t.Fatalf("%d posts saved by a failed crisis post", n-before)
		}
		var flags, threads int64
		s.DB().Table("crisis_flags").Count(&flags)
		s.DB().Table("threads").Count(&threads)
		if flags != 0 || threads != 0 {
			t.Fatalf("flags %d threads %d after rollback", flags, threads)
		}
		// Ordinary posts still work.
		if _, err := svc.CreateThread(ctx, u, NewThread{ForumSlug: "off-topic", Title: "tea", Body: "green tea is nice"}); err != nil {
			t.Fatalf("ordinary post: %v", err)
		}
	})
}

func TestLexiconAdditionsTakeEffectWithoutRestart(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		svc := New(s)
		ctx := context.Background()
		u := storetest.User(t, s, "admin", models.RoleAdmin)
		if changed, err := svc.ReloadLexicon(ctx); err != nil || changed {
			t.Fatalf("first reload with no additions rebuilt: %v %v", changed, err)
		}
		if changed, _ := svc.ReloadLexicon(ctx); changed {
			t.Fatal("reload without change rebuilt the detector")
		}
		if v := svc.Detector().Scan("I keep thinking of the big nap"); v.Severity != 0 {
			t.Fatalf("before: %v", v.Severity)
		}
		if err := s.AddLexiconTerm(ctx, &models.LexiconTerm{Kind: "signal", Category: "suicide", Tier: "high", Phrase: "the big nap", CreatedBy: &u.ID}); err != nil {
			t.Fatal(err)
		}
		if changed, err := svc.ReloadLexicon(ctx); err != nil || !changed {
			t.Fatalf("reload after add: %v %v", changed, err)
		}
		v := svc.Detector().Scan("I keep thinking of the big nap")
		if v.Severity.String() != "high" || !strings.Contains(v.Lexicon, "+db") {
			t.Fatalf("after: %+v", v)
		}
	})
}

// TestSilencedMembersCannotPostUntilTheSilenceEnds, except that crisis
// words still reach a human.
func TestSilencedMembersCannotPostUntilTheSilenceEnds(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		svc := New(s)
		clock := time.Now().UTC()
		svc.now = func() time.Time { return clock }
		u := storetest.User(t, s, "quiet", models.RolePeer)
		until := clock.Add(24 * time.Hour)
		if err := s.SetUserLimits(ctx, u.ID, &until, nil); err != nil {
			t.Fatal(err)
		}
		u, _ = s.UserByID(ctx, u.ID)
		var ve *models.ValidationError
		if _, err := svc.CreateThread(ctx, u, NewThread{ForumSlug: "off-topic", Title: "hi", Body: "hello"}); !errors.As(err, &ve) || !strings.Contains(ve.Fields["body"], "paused") {
			t.Fatalf("silenced post: %v", err)
		}
		// Crisis words are saved hidden, flagged and queued.
		res, err := svc.CreateThread(ctx, u, NewThread{ForumSlug: "off-topic", Title: "sorry", Body: "I want to kill myself"})
		if err != nil || res.Severity != "high" || res.Post.HiddenAt == nil {
			t.Fatalf("silenced crisis post: %+v %v", res, err)
		}
		if items, _ := s.QueueItemsForPost(ctx, res.Post.ID); len(items) != 1 {
			t.Fatal("silenced crisis post not queued")
		}
		// The silence ends on time.
		clock = until.Add(time.Minute)
		if _, err := svc.CreateThread(ctx, u, NewThread{ForumSlug: "off-topic", Title: "back", Body: "hello again"}); err != nil {
			t.Fatalf("after the silence: %v", err)
		}
	})
}

// TestTitleAndBodyAreReadTogether: a goodbye split between a thread's
// title and its body is read as one text, and each match is stored
// against its own field with offsets into that field.
func TestTitleAndBodyAreReadTogether(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		svc := New(s)
		ctx := context.Background()
		u := storetest.User(t, s, "wren", models.RolePeer)
		title, body := "My last post", "Thank you all for everything. I'm at peace with my decision."
		if v := svc.Detector().Scan(title); v.Severity >= crisis.High {
			t.Fatalf("the title alone is %s; the test needs a title that is not high by itself", v.Severity)
		}
		if v := svc.Detector().Scan(body); v.Severity >= crisis.High {
			t.Fatalf("the body alone is %s; the test needs a body that is not high by itself", v.Severity)
		}
		res, err := svc.CreateThread(ctx, u, NewThread{ForumSlug: "daily-check-in", Title: title, Body: body})
		if err != nil {
			t.Fatal(err)
		}
		if res.Severity != "critical" {
			t.Fatalf("severity %s, want critical", res.Severity)
		}
		flag, err := s.FlagForPost(ctx, res.Post.ID)
		if err != nil {
			t.Fatal(err)
		}
		var matches []storedMatch
		if err := json.Unmarshal([]byte(flag.Matches), &matches); err != nil {
			t.Fatal(err)
		}
		fields := map[string]bool{}
		for _, m := range matches {
			text := map[string]string{"title": title, "body": body}[m.Field]
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("bad match %+v", m)
			}
			fields[m.Field] = true
		}
		if !fields["title"] {
			t.Fatalf("no match stored against the title: %+v", matches)
		}
	})
}
