package app_test

import (
	"fmt"
	"strings"
	"testing"
)

type apiPost struct {
	ID       uint   `json:"id"`
	ParentID *uint  `json:"parent_id"`
	Depth    int    `json:"depth"`
	HTML     string `json:"html"`
	Deleted  bool   `json:"deleted"`
	Author   struct {
		Handle string `json:"handle"`
	} `json:"author"`
	CreatedAt string `json:"created_at"`
}

func TestAPIAccountsForumsThreadsPosts(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		// Register and log in.
		r := e.api(nil, "POST", "/api/v1/auth/register", map[string]string{"handle": "maple", "password": "long enough"})
		var reg struct {
			User struct {
				ID     uint   `json:"id"`
				Handle string `json:"handle"`
				Role   string `json:"role"`
			} `json:"user"`
			Token string `json:"token"`
		}
		decode(t, r, &reg)
		if r.status != 201 || reg.Token == "" || reg.User.Handle != "maple" || reg.User.Role != "peer" || reg.User.ID == 0 {
			t.Fatalf("register: %d %s", r.status, r.body)
		}
		r = e.api(nil, "POST", "/api/v1/auth/register", map[string]string{"handle": "Maple", "password": "long enough"})
		if r.status != 422 || !strings.Contains(r.body, `"code":"invalid"`) {
			t.Fatalf("duplicate: %d %s", r.status, r.body)
		}
		r = e.api(nil, "POST", "/api/v1/auth/login", map[string]string{"handle": "maple", "password": "nope nope"})
		if r.status != 401 {
			t.Fatalf("bad login: %d", r.status)
		}
		r = e.api(nil, "POST", "/api/v1/auth/login", map[string]string{"handle": "MAPLE", "password": "long enough"})
		var login struct {
			Token string `json:"token"`
			User  struct {
				Handle string `json:"handle"`
			} `json:"user"`
		}
		decode(t, r, &login)
		if r.status != 200 || login.Token == "" || login.User.Handle != "maple" {
			t.Fatalf("login: %d %s", r.status, r.body)
		}
		me := &actor{token: login.Token}
		if r := e.api(&actor{token: "bogus"}, "GET", "/api/v1/forums", nil); r.status != 401 {
			t.Fatalf("bogus token: %d", r.status)
		}

		// Forums.
		var forums struct {
			Forums []struct {
				ID                      uint
				Slug, Name, Description string
			} `json:"forums"`
		}
		decode(t, e.api(nil, "GET", "/api/v1/forums", nil), &forums)
		if len(forums.Forums) < 5 || forums.Forums[0].Slug != "introductions" || forums.Forums[0].Description == "" {
			t.Fatalf("forums: %+v", forums)
		}

		// A thread with Markdown and a script attempt.
		r = e.api(me, "POST", "/api/v1/forums/introductions/threads", map[string]string{
			"title": "Hi all", "body": "I am **new** <script>alert('x')</script>"})
		var created struct {
			Thread struct {
				ID    uint   `json:"id"`
				Title string `json:"title"`
			} `json:"thread"`
			Post   apiPost `json:"post"`
			Crisis struct {
				Severity  string `json:"severity"`
				Resources []any  `json:"resources"`
			} `json:"crisis"`
		}
		decode(t, r, &created)
		if r.status != 201 || created.Thread.ID == 0 || created.Crisis.Severity != "none" || created.Crisis.Resources == nil {
			t.Fatalf("create thread: %d %s", r.status, r.body)
		}
		if !strings.Contains(created.Post.HTML, "<strong>new</strong>") || strings.Contains(created.Post.HTML, "script") {
			t.Fatalf("post html: %q", created.Post.HTML)
		}
		r = e.api(me, "POST", "/api/v1/forums/introductions/threads", map[string]string{"title": "", "body": ""})
		if r.status != 422 || !strings.Contains(r.body, `"title"`) || !strings.Contains(r.body, `"body"`) {
			t.Fatalf("empty thread: %d %s", r.status, r.body)
		}

		// Reply to the opening post, then reply to that reply.
		tid := created.Thread.ID
		var rep struct {
			Post   apiPost `json:"post"`
			Crisis struct {
				Severity string `json:"severity"`
			} `json:"crisis"`
		}
		r = e.api(me, "POST", fmt.Sprintf("/api/v1/threads/%d/posts", tid), map[string]any{"body": "first reply", "parent_id": created.Post.ID})
		decode(t, r, &rep)
		if r.status != 201 || rep.Post.ParentID == nil || *rep.Post.ParentID != created.Post.ID || rep.Crisis.Severity != "none" {
			t.Fatalf("reply: %d %s", r.status, r.body)
		}
		first := rep.Post.ID
		r = e.api(e.users["peer"], "POST", fmt.Sprintf("/api/v1/threads/%d/posts", tid), map[string]any{"body": "reply to reply", "parent_id": first})
		decode(t, r, &rep)
		if r.status != 201 || rep.Post.Depth != 2 {
			t.Fatalf("nested reply: %d %s", r.status, r.body)
		}
		r = e.api(me, "POST", fmt.Sprintf("/api/v1/threads/%d/posts", tid), map[string]any{"body": "top level"})
		if r.status != 201 {
			t.Fatalf("top-level reply: %d", r.status)
		}

		// Read it back in tree order, paging two at a time.
		var got []apiPost
		cursor := ""
		for page := 0; page < 5; page++ {
			path := fmt.Sprintf("/api/v1/threads/%d?limit=2", tid)
			if cursor != "" {
				path += "&cursor=" + cursor
			}
			var th struct {
				Thread struct {
					Title     string `json:"title"`
					PostCount int    `json:"post_count"`
				} `json:"thread"`
				Posts      []apiPost `json:"posts"`
				NextCursor *string   `json:"next_cursor"`
			}
			decode(t, e.api(nil, "GET", path, nil), &th)
			if th.Thread.Title != "Hi all" || th.Thread.PostCount != 4 {
				t.Fatalf("thread: %+v", th.Thread)
			}
			got = append(got, th.Posts...)
			if th.NextCursor == nil {
				break
			}
			cursor = *th.NextCursor
		}
		if len(got) != 4 {
			t.Fatalf("read %d posts", len(got))
		}
		wantDepth := []int{0, 1, 2, 0} // a reply to the thread itself is top level
		for i, p := range got {
			if p.Depth != wantDepth[i] || p.Author.Handle == "" || p.CreatedAt == "" {
				t.Fatalf("post %d: %+v", i, p)
			}
		}
		if *got[2].ParentID != first || got[1].ID != first {
			t.Fatalf("nesting wrong: %+v", got)
		}

		// Thread list paging.
		for i := 0; i < 3; i++ {
			e.api(me, "POST", "/api/v1/forums/off-topic/threads", map[string]string{"title": fmt.Sprint("t", i), "body": "b"})
		}
		var list struct {
			Threads []struct {
				Title string `json:"title"`
			} `json:"threads"`
			NextCursor *string `json:"next_cursor"`
		}
		decode(t, e.api(nil, "GET", "/api/v1/forums/off-topic/threads?limit=2", nil), &list)
		if len(list.Threads) != 2 || list.Threads[0].Title != "t2" || list.NextCursor == nil {
			t.Fatalf("thread list: %+v", list)
		}
		decode(t, e.api(nil, "GET", "/api/v1/forums/off-topic/threads?limit=2&cursor="+*list.NextCursor, nil), &list)
		if len(list.Threads) != 1 || list.Threads[0].Title != "t0" || list.NextCursor != nil {
			t.Fatalf("thread list page 2: %+v", list)
		}
		if r := e.api(nil, "GET", "/api/v1/forums/off-topic/threads?limit=500", nil); r.status != 422 {
			t.Fatalf("limit 500: %d", r.status)
		}

		// Edit and delete own post; the thread keeps its shape.
		r = e.api(me, "PATCH", fmt.Sprintf("/api/v1/posts/%d", first), map[string]string{"body": "edited _reply_"})
		if r.status != 200 || !strings.Contains(r.body, `\u003cem\u003ereply\u003c/em\u003e`) {
			t.Fatalf("edit: %d %s", r.status, r.body)
		}
		if r := e.api(me, "DELETE", fmt.Sprintf("/api/v1/posts/%d", first), nil); r.status != 204 {
			t.Fatalf("delete: %d", r.status)
		}
		var th struct {
			Posts []apiPost `json:"posts"`
		}
		decode(t, e.api(nil, "GET", fmt.Sprintf("/api/v1/threads/%d", tid), nil), &th)
		if len(th.Posts) != 4 || !th.Posts[1].Deleted || th.Posts[1].HTML != "" || th.Posts[2].Deleted {
			t.Fatalf("after delete: %+v", th.Posts)
		}
	})
}

func TestAPIResourcesAndAccountData(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		var res struct {
			Region    string `json:"region"`
			Resources []struct {
				Name, Contact, Hours, URL string
			} `json:"resources"`
		}
		decode(t, e.api(nil, "GET", "/api/v1/resources?region=GB", nil), &res)
		if res.Region != "GB" || len(res.Resources) < 2 || !strings.Contains(res.Resources[0].Contact, "116 123") {
			t.Fatalf("GB resources: %+v", res)
		}
		decode(t, e.api(nil, "GET", "/api/v1/resources", nil), &res)
		if res.Region != "US" || !strings.Contains(res.Resources[0].Contact, "988") {
			t.Fatalf("default resources: %+v", res)
		}
		if r := e.api(nil, "GET", "/api/v1/resources?region=united", nil); r.status != 422 {
			t.Fatalf("bad region: %d", r.status)
		}

		peer := e.users["peer"]
		e.api(peer, "POST", "/api/v1/forums/introductions/threads", map[string]string{"title": "mine", "body": "my private words"})
		e.api(peer, "PUT", "/api/v1/me/safety-plan", map[string]string{"reasons": "my nephew", "people": "", "steps": ""})
		e.api(peer, "POST", "/api/v1/users/user-admin/block", nil)
		r := e.api(peer, "GET", "/api/v1/me/export", nil)
		if r.status != 200 || !strings.Contains(r.body, "my private words") || strings.Contains(r.body, "password") ||
			!strings.Contains(r.body, "my nephew") || !strings.Contains(r.body, `"blocked":["user-admin"]`) {
			t.Fatalf("export: %d %s", r.status, r.body)
		}
		if r := e.api(peer, "DELETE", "/api/v1/me", nil); r.status != 204 {
			t.Fatalf("delete me: %d", r.status)
		}
		if r := e.api(peer, "GET", "/api/v1/me", nil); r.status != 401 {
			t.Fatalf("token valid after account deletion: %d", r.status)
		}
		r = e.api(nil, "GET", "/api/v1/forums/introductions/threads", nil)
		if !strings.Contains(r.body, `"title":"mine"`) || strings.Contains(r.body, "user-peer") {
			t.Fatalf("thread after deletion: %s", r.body)
		}
		var tl struct {
			Threads []struct{ ID uint } `json:"threads"`
		}
		decode(t, r, &tl)
		r = e.api(nil, "GET", fmt.Sprintf("/api/v1/threads/%d", tl.Threads[0].ID), nil)
		if strings.Contains(r.body, "my private words") {
			t.Fatal("deleted account's text still served")
		}
	})
}
