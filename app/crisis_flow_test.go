package app_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"haven/app/crisis"
	"haven/app/posting"
	"haven/models"
)

func TestCrisisPostShowsHelpAndQueuesForAHuman(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		ctx := context.Background()
		peer := e.users["peer"]
		// A safety plan, shown first on the support page.
		if r := e.form(peer, "/me/safety-plan", url.Values{"reasons": {"my sister Ana"}, "people": {"Ana 555 0100"}, "steps": {"walk the dog"}}); r.status != 303 {
			t.Fatalf("save plan: %d", r.status)
		}
		r := e.form(peer, "/f/daily-check-in/threads", url.Values{"title": {"tonight"}, "body": {"I can't do this. Tonight I'll take everything I saved."}})
		loc := r.header.Get("Location")
		if r.status != 303 || !strings.HasPrefix(loc, "/support/") {
			t.Fatalf("crisis thread: %d → %q", r.status, loc)
		}
		var pid uint
		fmt.Sscanf(strings.TrimPrefix(loc, "/support/"), "%d", &pid)
		flag, err := e.store.FlagForPost(ctx, pid)
		if err != nil || flag.Tier != "critical" {
			t.Fatalf("flag %+v %v", flag, err)
		}
		items, _ := e.store.QueueItemsForPost(ctx, pid)
		if len(items) != 1 || items[0].Priority != 100 {
			t.Fatalf("queue %+v", items)
		}
		page := e.page(peer, loc)
		body := page.body
		if page.status != 200 || !strings.Contains(body, "988") || !strings.Contains(body, "my sister Ana") {
			t.Fatalf("support page: %d", page.status)
		}
		if strings.Index(body, "my sister Ana") > strings.Index(body, "988 Suicide") {
			t.Error("safety plan is not shown before the hotlines")
		}
		for _, word := range []string{"flagged", "score", "critical", "detected"} {
			if strings.Contains(strings.ToLower(body), word) {
				t.Errorf("support page says %q", word)
			}
		}
		// Moderators see it at the top of the queue on /mod.
		if r := e.page(e.users["moderator"], "/mod"); !strings.Contains(r.body, "Urgent: possible immediate danger") || !strings.Contains(r.body, "take everything I saved") {
			t.Fatal("crisis item not on /mod")
		}
		// Nobody else can open the author's support page.
		if r := e.page(e.users["moderator"], loc); r.status != 404 {
			t.Fatalf("someone else's support page: %d", r.status)
		}
		// Readers see a gentle note, never a label.
		p, _ := e.store.PostByID(ctx, pid)
		thread := e.page(e.users["anon"], fmt.Sprintf("/t/%d", p.ThreadID))
		if !strings.Contains(thread.body, "see the support lines") || strings.Contains(strings.ToLower(thread.body), "flag") {
			t.Fatalf("thread page note missing or labelled")
		}
		// The region follows Accept-Language, then the profile.
		req := httptest.NewRequest("GET", loc, nil)
		peer.addCookies(req)
		req.Header.Set("Accept-Language", "en-GB,en;q=0.8")
		if r := e.do(req); !strings.Contains(r.body, "116 123") || strings.Contains(r.body, "988 Suicide") {
			t.Fatal("en-GB reader did not get UK lines")
		}
		e.form(peer, "/me/region", url.Values{"region": {"AU"}, "next": {loc}})
		if r := e.page(peer, loc); !strings.Contains(r.body, "13 11 14") {
			t.Fatal("profile region not used")
		}

		// The API answers with the crisis object for the caller's region.
		var res struct {
			Post struct {
				ID uint `json:"id"`
			} `json:"post"`
			Crisis struct {
				Severity  string `json:"severity"`
				Resources []struct {
					Name, Contact, Hours, URL string
				} `json:"resources"`
			} `json:"crisis"`
		}
		other := e.users["clinician"]
		ar := e.api(other, "POST", fmt.Sprintf("/api/v1/threads/%d/posts", p.ThreadID), map[string]any{"body": "I cut again last night."})
		decode(t, ar, &res)
		if ar.status != 201 || res.Crisis.Severity != "high" || len(res.Crisis.Resources) < 2 || !strings.Contains(res.Crisis.Resources[0].Contact, "988") {
			t.Fatalf("api crisis: %d %s", ar.status, ar.body)
		}
		if strings.Contains(ar.body, "score") {
			t.Fatal("api shows a score")
		}
		if items, _ := e.store.QueueItemsForPost(ctx, res.Post.ID); len(items) != 1 || items[0].Priority != 50 {
			t.Fatalf("api queue %+v", items)
		}
		// Ordinary words: no resources, no queue.
		ar = e.api(other, "POST", fmt.Sprintf("/api/v1/threads/%d/posts", p.ThreadID), map[string]any{"body": "Sending you a hug. This workout is killing me though."})
		decode(t, ar, &res)
		if res.Crisis.Severity != "none" || len(res.Crisis.Resources) != 0 {
			t.Fatalf("ordinary reply crisis: %s", ar.body)
		}
	})
}

func TestFailedCrisisSaveKeepsTheTextAndSavesNothing(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		var before int64
		e.store.DB().Table("posts").Count(&before)
		if err := e.store.DB().Exec("ALTER TABLE crisis_flags RENAME TO crisis_flags_gone").Error; err != nil {
			t.Fatal(err)
		}
		words := "I want to die and I don't know who to tell"
		r := e.form(e.users["peer"], "/f/daily-check-in/threads", url.Values{"title": {"help"}, "body": {words}})
		if r.status != 503 || !strings.Contains(r.body, "I want to die and I don&#39;t know who to tell") || !strings.Contains(r.body, "nothing was posted") {
			t.Fatalf("failed save: %d", r.status)
		}
		if leaks(r.body) {
			t.Fatal("failed save leaks internals")
		}
		ar := e.api(e.users["peer"], "POST", "/api/v1/forums/daily-check-in/threads", map[string]string{"title": "help", "body": words})
		if ar.status < 500 || leaks(ar.body) {
			t.Fatalf("api failed save: %d %s", ar.status, ar.body)
		}
		var after int64
		e.store.DB().Table("posts").Count(&after)
		if after != before {
			t.Fatalf("%d posts saved by failed crisis posts", after-before)
		}
	})
}

func TestAdminLexiconChangesAreAuditedAndLive(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		adm := e.users["admin"]
		page := e.page(adm, "/admin/lexicon")
		for _, cue := range crisis.CueTypes {
			if !strings.Contains(page.body, `<option value="`+cue+`" >cue: `+cue+`</option>`) {
				t.Errorf("the add form does not offer cue type %q", cue)
			}
		}
		r := e.form(adm, "/admin/lexicon/test", url.Values{"sample": {"honestly I'm ready for the long nap"}})
		if !strings.Contains(r.body, "<strong>none</strong>") {
			t.Fatal("sample matched before the addition")
		}
		r = e.form(adm, "/admin/lexicon", url.Values{"phrase": {"ready for the long nap"}, "kind": {"signal"}, "category": {"suicide"}, "tier": {"high"}, "reason": {"algospeak seen in posts"}})
		if r.status != 303 {
			t.Fatalf("add: %d", r.status)
		}
		r = e.form(adm, "/admin/lexicon/test", url.Values{"sample": {"honestly I'm ready for the long nap"}})
		if !strings.Contains(r.body, "<strong>high</strong>") {
			t.Fatal("addition not in effect")
		}
		r = e.form(adm, "/admin/lexicon/test", url.Values{"sample": {"I'm not going to hurt myself"}})
		if !strings.Contains(r.body, "negated") {
			t.Fatal("test box does not explain dropped matches")
		}
		rows, _ := e.store.AuditLog(context.Background(), 10)
		if len(rows) != 1 || rows[0].Action != "lexicon.add" || rows[0].Reason != "algospeak seen in posts" || !strings.Contains(rows[0].AfterValue, "long nap") {
			t.Fatalf("audit %+v", rows)
		}
		// A peer post with the new phrase goes to the queue.
		ar := e.api(e.users["peer"], "POST", "/api/v1/forums/off-topic/threads", map[string]string{"title": "hm", "body": "I'm ready for the long nap"})
		if !strings.Contains(ar.body, `"severity":"high"`) {
			t.Fatalf("post after addition: %s", ar.body)
		}
		terms, _ := e.store.LexiconTerms(context.Background())
		r = e.form(adm, fmt.Sprintf("/admin/lexicon/%d/delete", terms[0].ID), url.Values{"reason": {"too broad"}})
		if r.status != 303 {
			t.Fatalf("remove: %d", r.status)
		}
		rows, _ = e.store.AuditLog(context.Background(), 10)
		if len(rows) != 2 || rows[0].Action != "lexicon.remove" {
			t.Fatalf("audit after remove %+v", rows)
		}
	})
}

func TestModeratorsClaimAndResolveOverHTTP(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		id := crisisItem(t, e, "I want to kill myself tonight").ID
		var q struct {
			Items []struct {
				ID        uint    `json:"id"`
				Kind      string  `json:"kind"`
				Status    string  `json:"status"`
				Priority  int     `json:"priority"`
				PostID    *uint   `json:"post_id"`
				ClaimedBy *string `json:"claimed_by"`
				Version   int     `json:"version"`
				CreatedAt string  `json:"created_at"`
			} `json:"items"`
		}
		decode(t, e.api(e.users["moderator"], "GET", "/api/v1/mod/queue?kind=crisis&status=open", nil), &q)
		if len(q.Items) != 1 || q.Items[0].Priority != 100 || q.Items[0].Status != "open" || q.Items[0].CreatedAt == "" || q.Items[0].Version != 1 {
			t.Fatalf("queue %+v", q)
		}
		if r := e.api(e.users["moderator"], "POST", fmt.Sprintf("/api/v1/mod/queue/%d/claim", id), nil); r.status != 200 || !strings.Contains(r.body, `"claimed_by":"user-moderator"`) {
			t.Fatalf("claim: %d %s", r.status, r.body)
		}
		r := e.api(e.users["admin"], "POST", fmt.Sprintf("/api/v1/mod/queue/%d/claim", id), nil)
		if r.status != 409 || !strings.Contains(r.body, `"claimed_by":"user-moderator"`) {
			t.Fatalf("second claim: %d %s", r.status, r.body)
		}
		// The HTML side: the admin sees who holds it.
		page := e.form(e.users["admin"], fmt.Sprintf("/mod/items/%d/claim", id), nil)
		if page.status != 409 || !strings.Contains(page.body, "user-moderator is handling this item") {
			t.Fatalf("html second claim: %d", page.status)
		}
		r = e.api(e.users["moderator"], "POST", fmt.Sprintf("/api/v1/mod/queue/%d/resolve", id), map[string]string{"action": "followup", "reason": "talked with them, they called 988", "outcome": "referred_to_hotline"})
		if r.status != 200 || !strings.Contains(r.body, `"status":"resolved"`) {
			t.Fatalf("resolve: %d %s", r.status, r.body)
		}
		r = e.api(e.users["admin"], "POST", fmt.Sprintf("/api/v1/mod/queue/%d/resolve", id), map[string]string{"action": "dismiss", "reason": "x", "outcome": "false_alarm"})
		if r.status != 409 {
			t.Fatalf("resolve after resolve: %d", r.status)
		}
		log := e.page(e.users["moderator"], "/mod/log")
		if !strings.Contains(log.body, "queue.followup") || !strings.Contains(log.body, "they called 988") {
			t.Fatal("audit log page lacks the resolution")
		}
	})
}

func postingThread(body string) posting.NewThread {
	return posting.NewThread{ForumSlug: "daily-check-in", Title: "t", Body: body}
}

func TestBulkSpamRemoval(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		ctx := context.Background()
		var ids []string
		var posts []uint
		for i := 0; i < 3; i++ {
			r, err := e.posting.CreateThread(ctx, e.users["peer"].user, posting.NewThread{ForumSlug: "off-topic", Title: "buy", Body: fmt.Sprint("cheap pills ", i)})
			if err != nil {
				t.Fatal(err)
			}
			e.api(e.users["clinician"], "POST", fmt.Sprintf("/api/v1/posts/%d/reports", r.Post.ID), map[string]string{"reason": "spam"})
			it, err := e.store.OpenItemForPost(ctx, "spam", r.Post.ID)
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, fmt.Sprint(it.ID))
			posts = append(posts, r.Post.ID)
		}
		page := e.page(e.users["moderator"], "/mod?kind=spam")
		if !strings.Contains(page.body, "Remove selected as spam") {
			t.Fatal("no bulk form")
		}
		r := e.form(e.users["moderator"], "/mod/bulk", url.Values{"item": ids[:2], "reason": {"spam wave"}})
		if r.status != 303 {
			t.Fatalf("bulk: %d", r.status)
		}
		for i, pid := range posts {
			p, _ := e.store.PostByID(ctx, pid)
			if (p.DeletedAt != nil) != (i < 2) {
				t.Fatalf("post %d deleted=%v", i, p.DeletedAt != nil)
			}
		}
		log, _ := e.store.AuditLog(ctx, 10)
		if len(log) != 2 || log[0].Action != "queue.remove" || log[0].Reason != "spam wave" {
			t.Fatalf("audit %+v", log)
		}
	})
}

func TestFalseAlarmsFeedTheLexiconView(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		ctx := context.Background()
		r, err := e.posting.CreateThread(ctx, e.users["peer"].user, posting.NewThread{ForumSlug: "off-topic", Title: "gym", Body: "leg day, I want to die lol"})
		if err != nil {
			t.Fatal(err)
		}
		it, _ := e.store.OpenItemForPost(ctx, "crisis", r.Post.ID)
		res := e.api(e.users["moderator"], "POST", fmt.Sprintf("/api/v1/mod/queue/%d/resolve", it.ID), map[string]string{"action": "dismiss", "reason": "gym joke", "outcome": "false_alarm"})
		if res.status != 200 {
			t.Fatalf("resolve: %d %s", res.status, res.body)
		}
		page := e.page(e.users["admin"], "/admin/lexicon")
		if !strings.Contains(page.body, "Phrases in false alarms") || !strings.Contains(page.body, "die</td><td>1</td>") {
			t.Fatal("false alarm phrase not listed")
		}
		if strings.Contains(page.body, "leg day") {
			t.Fatal("tuning view shows post text")
		}
	})
}

// TestTwoTapsFromQueueToDone: claim from the queue, then one button.
func TestTwoTapsFromQueueToDone(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		ctx := context.Background()
		items := []models.QueueItem{crisisItem(t, e, "I want to kill myself tonight")}
		mod := e.users["moderator"]
		r := e.form(mod, fmt.Sprintf("/mod/items/%d/claim", items[0].ID), nil) // tap 1
		if r.status != 303 {
			t.Fatalf("claim: %d", r.status)
		}
		page := e.page(mod, r.header.Get("Location"))
		if !strings.Contains(page.body, "I reached out") {
			t.Fatal("no quick action")
		}
		r = e.form(mod, fmt.Sprintf("/mod/items/%d/resolve", items[0].ID), url.Values{"action": {"followup"}, "outcome": {"reached_out"},
			"reason": {"Reached out to the member with support and the crisis lines."}}) // tap 2
		if r.status != 303 {
			t.Fatalf("quick resolve: %d", r.status)
		}
		it, _ := e.store.QueueItemByID(ctx, items[0].ID)
		if it.Status != "resolved" || it.Outcome != "reached_out" {
			t.Fatalf("item %+v", it)
		}
	})
}

// crisisItem posts crisis words as the peer and returns the queue item.
func crisisItem(t *testing.T, e *env, body string) models.QueueItem {
	t.Helper()
	ctx := context.Background()
	res, err := e.posting.CreateThread(ctx, e.users["peer"].user, postingThread(body))
	if err != nil {
		t.Fatal(err)
	}
	items, err := e.store.QueueItemsForPost(ctx, res.Post.ID)
	if err != nil || len(items) != 1 {
		t.Fatalf("queue for post: %v %v", items, err)
	}
	return items[0]
}
