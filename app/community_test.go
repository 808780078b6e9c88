package app_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"haven/app/posting"
	"haven/models"
)

func TestSearchReactionsAndBlocks(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		ctx := context.Background()
		peer, other := e.users["peer"], e.users["clinician"]
		r, err := e.posting.CreateThread(ctx, other.user, posting.NewThread{ForumSlug: "coping-skills", Title: "Grounding tricks",
			Body: "The 5-4-3-2-1 grounding exercise <script>x</script> helps me a lot."})
		if err != nil {
			t.Fatal(err)
		}
		f := &models.Forum{Slug: "members-only", Name: "Members", Visibility: models.VisibilityMembers}
		if err := e.store.CreateForum(ctx, f); err != nil {
			t.Fatal(err)
		}
		if _, err := e.posting.CreateThread(ctx, other.user, posting.NewThread{ForumSlug: "members-only", Title: "private", Body: "grounding in private"}); err != nil {
			t.Fatal(err)
		}
		var res struct {
			Results []struct {
				ThreadID    uint   `json:"thread_id"`
				PostID      uint   `json:"post_id"`
				Title       string `json:"title"`
				SnippetHTML string `json:"snippet_html"`
			} `json:"results"`
			NextCursor *string `json:"next_cursor"`
		}
		decode(t, e.api(nil, "GET", "/api/v1/search?q=GROUNDING", nil), &res)
		if len(res.Results) != 1 || res.Results[0].PostID != r.Post.ID || !strings.Contains(res.Results[0].SnippetHTML, "<mark>grounding</mark>") ||
			strings.Contains(res.Results[0].SnippetHTML, "<script") {
			t.Fatalf("anon search: %+v", res)
		}
		decode(t, e.api(peer, "GET", "/api/v1/search?q=grounding", nil), &res)
		if len(res.Results) != 2 {
			t.Fatalf("member search sees %d", len(res.Results))
		}
		if r := e.api(nil, "GET", "/api/v1/search?q=x", nil); r.status != 422 {
			t.Fatalf("short query: %d", r.status)
		}
		if r := e.api(nil, "GET", "/api/v1/search?q=100%25", nil); r.status != 200 {
			t.Fatalf("percent query: %d", r.status)
		}
		page := e.page(e.users["anon"], "/search?q=grounding")
		if !strings.Contains(page.body, "<mark>grounding</mark>") || strings.Contains(page.body, "in private") {
			t.Fatal("search page")
		}

		// Reactions toggle and show on the thread.
		path := fmt.Sprintf("/api/v1/posts/%d/reactions", r.Post.ID)
		ar := e.api(peer, "POST", path, map[string]string{"kind": "strength"})
		if ar.status != 201 || !strings.Contains(ar.body, `"reacted":true`) || !strings.Contains(ar.body, `"strength":1`) {
			t.Fatalf("react: %d %s", ar.status, ar.body)
		}
		if ar := e.api(peer, "POST", path, map[string]string{"kind": "hug"}); ar.status != 422 {
			t.Fatalf("bad kind: %d", ar.status)
		}
		e.form(e.users["moderator"], fmt.Sprintf("/p/%d/react", r.Post.ID), url.Values{"kind": {"strength"}})
		thread := e.page(e.users["anon"], fmt.Sprintf("/t/%d", r.Thread.ID))
		if !strings.Contains(thread.body, "Sending strength · 2") {
			t.Fatal("reaction count not shown")
		}
		ar = e.api(peer, "POST", path, map[string]string{"kind": "strength"})
		if !strings.Contains(ar.body, `"reacted":false`) {
			t.Fatalf("toggle off: %s", ar.body)
		}

		// Blocking hides the member's posts from the blocker only.
		handle := other.user.Handle
		if r := e.api(peer, "POST", "/api/v1/users/"+handle+"/block", nil); r.status != 204 {
			t.Fatalf("block: %d", r.status)
		}
		if r := e.api(peer, "POST", "/api/v1/users/"+peer.user.Handle+"/block", nil); r.status != 422 {
			t.Fatalf("self block: %d", r.status)
		}
		if r := e.api(peer, "POST", "/api/v1/users/nobody-here/block", nil); r.status != 404 {
			t.Fatalf("unknown block: %d", r.status)
		}
		tp := fmt.Sprintf("/t/%d", r.Thread.ID)
		if b := e.page(peer, tp).body; strings.Contains(b, "helps me a lot") || !strings.Contains(b, "a member you blocked") {
			t.Fatal("blocked member's post shown")
		}
		if b := e.page(e.users["moderator"], tp).body; !strings.Contains(b, "helps me a lot") {
			t.Fatal("block leaked to someone else")
		}
		// The author sees the whole page, reply form included.
		if b := e.page(other, tp).body; !strings.Contains(b, "Post reply") || !strings.Contains(b, "</html>") {
			t.Fatal("author's own thread page is incomplete")
		}
		if r := e.api(peer, "DELETE", "/api/v1/users/"+handle+"/block", nil); r.status != 204 {
			t.Fatalf("unblock: %d", r.status)
		}
		if b := e.page(peer, tp).body; !strings.Contains(b, "helps me a lot") {
			t.Fatal("unblock did not restore")
		}
	})
}
