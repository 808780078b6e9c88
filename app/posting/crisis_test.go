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
		// Before the term the word model may ask for a check-in (rule
		// 8c), never more.
		if v := svc.Detector().Scan("I keep thinking of the big nap"); v.Severity.String() == "high" || v.Severity.String() == "critical" {
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

// TestQuotingAnotherMembersCrisis: a reply that quotes another member's
// crisis post to answer it is a low check-in, not the replier's crisis;
// the same words set in a quote but found in no one else's post, or
// quoted by their own author, are read as the writer's.
func TestQuotingAnotherMembersCrisis(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		svc := New(s)
		ctx := context.Background()
		author := storetest.User(t, s, "heron", models.RolePeer)
		peer := storetest.User(t, s, "finch", models.RolePeer)
		crisisText := "I can't do this anymore.\nI'm going to end it all tonight, I have the pills ready."
		opening, err := svc.CreateThread(ctx, author, NewThread{ForumSlug: "daily-check-in", Title: "done", Body: crisisText})
		if err != nil {
			t.Fatal(err)
		}
		if opening.Severity != "critical" {
			t.Fatalf("opening post %s, want critical", opening.Severity)
		}
		tid := opening.Thread.ID
		reply := func(u *models.User, body string) Result {
			t.Helper()
			res, err := svc.Reply(ctx, u, NewReply{ThreadID: tid, Body: body})
			if err != nil {
				t.Fatal(err)
			}
			return res
		}
		// The quote may be re-wrapped and in other case: still found.
		support := "> I'm going to end it ALL tonight,\n>   I have the pills ready.\n\nPlease call someone right now, we care about you."
		res := reply(peer, support)
		if res.Severity != "low" {
			t.Fatalf("supportive quote reply is %s, want low", res.Severity)
		}
		items, _ := s.QueueItemsForPost(ctx, res.Post.ID)
		if len(items) != 1 || items[0].Priority != priorityByTier[crisis.Low] {
			t.Fatalf("queue for the supportive reply %+v", items)
		}
		// Joining in after the quote is the replier's own crisis.
		if res := reply(peer, "> I'm going to end it all\n\nSame here. Tonight."); res.Severity != "critical" {
			t.Fatalf("joining in is %s, want critical", res.Severity)
		}
		// Words in a quote that no one else wrote are the writer's.
		if res := reply(peer, "> I want to kill myself tonight.\n\nPlease don't tell anyone."); res.Severity != "critical" {
			t.Fatalf("own words in a quote are %s, want critical", res.Severity)
		}
		// The author quoting their own post is still the author.
		if res := reply(author, "> I'm going to end it all tonight, I have the pills ready.\n\nStill true."); res.Severity != "critical" {
			t.Fatalf("author quoting themselves is %s, want critical", res.Severity)
		}
		// An edit that adds a quote of the opening post is read the
		// same way.
		plain := reply(peer, "Thinking of you.")
		if plain.Severity != "none" {
			t.Fatalf("plain reply is %s", plain.Severity)
		}
		edited, err := svc.Edit(ctx, peer, plain.Post.ID, "> I'm going to end it all tonight\n\nPlease stay with us tonight, you matter.")
		if err != nil {
			t.Fatal(err)
		}
		if flag, err := s.FlagForPost(ctx, edited.ID); err != nil || flag.Tier != "low" {
			t.Fatalf("edited reply flag %+v, %v; want low", flag, err)
		}
	})
}

func TestQuoteLines(t *testing.T) {
	body := "> one\n  >> two  words\n    > code, not a quote\nplain\n>\n"
	got := quoteLines(body)
	want := []struct{ text, line string }{{"one", "> one"}, {"two words", "  >> two  words"}}
	if len(got) != len(want) {
		t.Fatalf("%+v", got)
	}
	for i, l := range got {
		if l.text != want[i].text || body[l.span.Start:l.span.End] != want[i].line {
			t.Errorf("line %d: %q at %q, want %q at %q", i, l.text, body[l.span.Start:l.span.End], want[i].text, want[i].line)
		}
	}
}
