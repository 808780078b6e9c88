package app_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"haven/app/posting"
	"haven/models"
	"haven/models/storetest"
)

// fixture is a thread by a peer who is not one of the role users, so
// "author" and "role" rules can be told apart.
type fixture struct {
	threadID, postID, itemID, ownerID uint
}

func (e *env) fixture() fixture {
	e.t.Helper()
	ctx := context.Background()
	owner, err := e.store.UserByHandle(ctx, "owner")
	if err != nil {
		owner = storetest.User(e.t, e.store, "owner", models.RolePeer)
	}
	res, err := e.posting.CreateThread(ctx, owner, posting.NewThread{ForumSlug: "introductions", Title: "Hello", Body: "first post"})
	if err != nil {
		e.t.Fatal(err)
	}
	// A crisis reply gives each case its own queue item.
	crisis, err := e.posting.Reply(ctx, owner, posting.NewReply{ThreadID: res.Thread.ID, Body: "I want to die"})
	if err != nil {
		e.t.Fatal(err)
	}
	items, err := e.store.QueueItemsForPost(ctx, crisis.Post.ID)
	if err != nil || len(items) != 1 {
		e.t.Fatalf("fixture queue item: %v %v", items, err)
	}
	return fixture{threadID: res.Thread.ID, postID: res.Post.ID, itemID: items[0].ID, ownerID: owner.ID}
}

// TestEveryRouteByRole is the route × role table from DESIGN.md: every
// route, every role, the status it must answer.
func TestEveryRouteByRole(t *testing.T) {
	type want map[string]int // role -> status
	all := func(s int) want { return want{"anon": s, "peer": s, "moderator": s, "clinician": s, "admin": s} }
	login := func(s int) want { return want{"anon": 303, "peer": s, "moderator": s, "clinician": s, "admin": s} }
	staffOnly := func(s int) want { return want{"anon": 303, "peer": 404, "moderator": s, "clinician": 404, "admin": s} }
	roleOnly := func(s int, ok ...string) want {
		w := want{"anon": 303, "peer": 403, "moderator": 403, "clinician": 403, "admin": s}
		for _, r := range ok {
			w[r] = s
		}
		return w
	}
	api := func(s int) want { return want{"anon": 401, "peer": s, "moderator": s, "clinician": s, "admin": s} }
	apiRole := func(s int) want { return want{"anon": 401, "peer": 403, "moderator": s, "clinician": 403, "admin": s} }
	apiStaff := func(s int) want { return want{"anon": 401, "peer": 404, "moderator": s, "clinician": 404, "admin": s} }

	cases := []struct {
		method, path string // {t} thread id, {p} post id
		kind         string // page, form, api
		body         any
		want         want
	}{
		{"GET", "/healthz", "page", nil, all(200)},
		{"GET", "/readyz", "page", nil, all(200)},
		{"GET", "/metrics", "page", nil, all(200)},
		{"GET", "/", "page", nil, all(200)},
		{"GET", "/help", "page", nil, all(200)},
		{"GET", "/f/introductions", "page", nil, all(200)},
		{"GET", "/f/no-such-forum", "page", nil, all(404)},
		{"GET", "/t/{t}", "page", nil, all(200)},
		{"GET", "/t/999999", "page", nil, all(404)},
		{"GET", "/login", "page", nil, all(200)},
		{"GET", "/register", "page", nil, all(200)},
		{"GET", "/f/introductions/new", "page", nil, login(200)},
		{"GET", "/t/{t}/reply", "page", nil, login(200)},
		{"GET", "/t/{t}/reply?to={p}", "page", nil, login(200)},
		{"GET", "/p/{p}/edit", "page", nil, staffOnly(200)},
		{"GET", "/support/{p}", "page", nil, want{"anon": 303, "peer": 404, "moderator": 404, "clinician": 404, "admin": 404}},
		{"GET", "/me/safety-plan", "page", nil, login(200)},
		{"POST", "/me/safety-plan", "form", url.Values{"reasons": {"my dog"}}, login(303)},
		{"POST", "/me/region", "form", url.Values{"region": {"GB"}}, login(303)},
		{"POST", "/me/region", "form", url.Values{"region": {"XX"}}, want{"anon": 303, "peer": 422, "moderator": 422, "clinician": 422, "admin": 422}},
		{"GET", "/admin/lexicon", "page", nil, roleOnly(200)},
		{"POST", "/admin/forums/approval", "form", url.Values{"forum": {"off-topic"}, "posts": {"2"}}, roleOnly(303)},
		{"POST", "/admin/forums/approval", "form", url.Values{"forum": {"off-topic"}, "posts": {"-1"}}, roleOnly(422)},
		{"POST", "/admin/moderators/forums", "form", url.Values{"handle": {"user-moderator"}}, roleOnly(303)},
		{"POST", "/admin/moderators/forums", "form", url.Values{"handle": {"owner"}}, roleOnly(422)},
		{"POST", "/admin/lexicon", "form", url.Values{"phrase": {"the long nap"}, "kind": {"signal"}, "category": {"suicide"}, "tier": {"high"}, "reason": {"seen in posts"}}, roleOnly(303)},
		{"POST", "/admin/lexicon", "form", url.Values{"phrase": {"!!"}, "kind": {"signal"}, "category": {"suicide"}, "tier": {"high"}, "reason": {"x"}}, roleOnly(422)},
		{"POST", "/admin/lexicon/test", "form", url.Values{"sample": {"I want to die"}}, roleOnly(200)},
		{"POST", "/admin/lexicon/999999/delete", "form", nil, roleOnly(404)},
		{"GET", "/mod", "page", nil, roleOnly(200, "moderator")},
		{"GET", "/mod/log", "page", nil, roleOnly(200, "moderator")},
		{"GET", "/mod?kind=crisis", "page", nil, roleOnly(200, "moderator")},
		{"GET", "/mod/log?action=queue.&actor=user-admin", "page", nil, roleOnly(200, "moderator")},
		{"GET", "/mod/log?actor=nobody-here", "page", nil, roleOnly(422, "moderator")},
		{"GET", "/mod?kind=bogus", "page", nil, roleOnly(422, "moderator")},
		{"POST", "/mod/users/{u}/notes", "form", url.Values{"note": {"kind but struggling"}, "next": {"/mod"}}, roleOnly(303, "moderator")},
		{"POST", "/mod/users/{u}/notes", "form", url.Values{"note": {""}}, roleOnly(422, "moderator")},
		{"GET", "/p/{p}/report", "page", nil, login(200)},
		{"POST", "/p/{p}/report", "form", url.Values{"reason": {"harassment"}}, login(200)},
		{"POST", "/p/{p}/report", "form", url.Values{"reason": {"bogus"}}, want{"anon": 303, "peer": 422, "moderator": 422, "clinician": 422, "admin": 422}},
		{"GET", "/notifications", "page", nil, login(200)},
		{"GET", "/search?q=hello", "page", nil, all(200)},
		{"GET", "/search?q=h", "page", nil, all(422)},
		{"POST", "/p/{p}/react", "form", url.Values{"kind": {"thanks"}}, login(303)},
		{"POST", "/p/{p}/react", "form", url.Values{"kind": {"nope"}}, want{"anon": 303, "peer": 422, "moderator": 422, "clinician": 422, "admin": 422}},
		{"POST", "/u/owner/block", "form", url.Values{"next": {"/"}}, login(303)},
		{"GET", "/mod/items/{q}", "page", nil, roleOnly(200, "moderator")},
		{"GET", "/mod/items/999999", "page", nil, roleOnly(404, "moderator")},
		{"POST", "/mod/items/{q}/claim", "form", nil, roleOnly(303, "moderator")},
		{"POST", "/mod/items/{q}/resolve", "form", url.Values{"action": {"followup"}, "outcome": {"reached_out"}, "reason": {"talked"}}, roleOnly(303, "moderator")},
		{"POST", "/mod/items/{q}/resolve", "form", url.Values{"action": {"followup"}, "reason": {""}}, roleOnly(422, "moderator")},
		{"POST", "/mod/items/{q}/release", "form", nil, roleOnly(409, "moderator")},
		{"GET", "/trends", "page", nil, roleOnly(200, "clinician")},
		{"GET", "/trends?bucket=day&from=2026-09", "page", nil, roleOnly(200, "clinician")},
		{"GET", "/trends?bucket=year", "page", nil, roleOnly(422, "clinician")},
		{"GET", "/trends.csv", "page", nil, roleOnly(200, "clinician")},
		{"GET", "/trends?forum=introductions", "page", nil, roleOnly(200, "clinician")},
		{"GET", "/trends?forum=no-such-forum", "page", nil, roleOnly(422, "clinician")},
		{"GET", "/admin", "page", nil, roleOnly(200)},
		{"POST", "/f/introductions/threads", "form", url.Values{"title": {"t"}, "body": {"b"}}, login(303)},
		{"POST", "/t/{t}/posts", "form", url.Values{"body": {"b"}}, login(303)},
		{"POST", "/t/{t}/posts", "form", url.Values{"body": {"b"}, "parent_id": {"{p}"}}, login(303)},
		{"POST", "/p/{p}/edit", "form", url.Values{"body": {"edited"}}, staffOnly(303)},
		{"POST", "/p/{p}/delete", "form", nil, staffOnly(303)},
		{"POST", "/admin/roles", "form", url.Values{"handle": {"owner"}, "role": {"peer"}}, roleOnly(303)},
		{"POST", "/admin/forums", "form", url.Values{"name": {"New"}, "visibility": {"public"}}, roleOnly(422)},
		{"POST", "/logout", "form", nil, login(303)},
		{"GET", "/api/v1/forums", "api", nil, all(200)},
		{"GET", "/api/v1/forums/introductions/threads", "api", nil, all(200)},
		{"GET", "/api/v1/forums/nope/threads", "api", nil, all(404)},
		{"GET", "/api/v1/threads/{t}", "api", nil, all(200)},
		{"GET", "/api/v1/resources?region=GB", "api", nil, all(200)},
		{"GET", "/api/v1/nope", "api", nil, all(404)},
		{"POST", "/api/v1/forums/introductions/threads", "api", map[string]any{"title": "t", "body": "b"}, api(201)},
		{"POST", "/api/v1/threads/{t}/posts", "api", map[string]any{"body": "b"}, api(201)},
		{"PATCH", "/api/v1/posts/{p}", "api", map[string]any{"body": "edited"}, apiStaff(200)},
		{"DELETE", "/api/v1/posts/{p}", "api", nil, apiStaff(204)},
		{"GET", "/api/v1/me", "api", nil, api(200)},
		{"GET", "/api/v1/me/export", "api", nil, api(200)},
		{"GET", "/api/v1/me/safety-plan", "api", nil, api(200)},
		{"GET", "/api/v1/mod/queue", "api", nil, apiRole(200)},
		{"POST", "/api/v1/posts/{p}/reports", "api", map[string]any{"reason": "spam", "note": "ads"}, api(201)},
		{"POST", "/api/v1/posts/{p}/reports", "api", map[string]any{"reason": "nope"}, api(422)},
		{"GET", "/api/v1/notifications", "api", nil, api(200)},
		{"GET", "/api/v1/search?q=first", "api", nil, all(200)},
		{"POST", "/api/v1/posts/{p}/reactions", "api", map[string]any{"kind": "celebrate"}, api(201)},
		{"POST", "/api/v1/users/owner/block", "api", nil, api(204)},
		{"DELETE", "/api/v1/users/owner/block", "api", nil, api(204)},
		{"GET", "/api/v1/trends?bucket=week", "api", nil, want{"anon": 401, "peer": 403, "moderator": 403, "clinician": 200, "admin": 200}},
		{"GET", "/api/v1/trends?from=nonsense", "api", nil, want{"anon": 401, "peer": 403, "moderator": 403, "clinician": 422, "admin": 422}},
		{"GET", "/api/v1/mod/queue?kind=bogus", "api", nil, apiRole(422)},
		{"POST", "/api/v1/mod/queue/{q}/claim", "api", nil, apiRole(200)},
		{"POST", "/api/v1/mod/queue/999999/claim", "api", nil, apiRole(404)},
		{"POST", "/api/v1/mod/queue/{q}/resolve", "api", map[string]any{"action": "dismiss", "reason": "ok", "outcome": "false_alarm"}, apiRole(200)},
		{"PUT", "/api/v1/me/safety-plan", "api", map[string]any{"reasons": "r", "people": "p", "steps": "s"}, api(200)},
		{"PUT", "/api/v1/me/safety-plan", "api", map[string]any{"reasons": strings.Repeat("x", 5001)}, api(422)},
	}
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		for _, c := range cases {
			for _, role := range roles {
				fx := e.fixture() // fresh thread per call: deletes and edits do not interfere
				sub := strings.NewReplacer("{t}", fmt.Sprint(fx.threadID), "{p}", fmt.Sprint(fx.postID), "{q}", fmt.Sprint(fx.itemID), "{u}", fmt.Sprint(fx.ownerID))
				path := sub.Replace(c.path)
				a := e.users[role]
				var r resp
				switch c.kind {
				case "page":
					r = e.page(a, path)
				case "form":
					vals := url.Values{}
					if v, ok := c.body.(url.Values); ok {
						for k, vs := range v {
							vals.Set(k, sub.Replace(vs[0]))
						}
					}
					r = e.form(a, path, vals)
				case "api":
					r = e.api(a, c.method, path, c.body)
				}
				if r.status != c.want[role] {
					t.Errorf("%s %s as %s: status %d, want %d", c.method, path, role, r.status, c.want[role])
				}
				// A template error part-way through a page would still have
				// answered 200: every full page must be complete.
				if r.status == 200 && strings.HasPrefix(r.header.Get("Content-Type"), "text/html") && !strings.Contains(r.body, "</html>") {
					t.Errorf("%s %s as %s: page cut short (template error?)", c.method, path, role)
				}
				if leaks(r.body) && path != "/metrics" {
					t.Errorf("%s %s as %s leaks internals", c.method, path, role)
				}
				if role == "anon" && c.want[role] == 303 {
					if loc := r.header.Get("Location"); len(loc) < 6 || loc[:6] != "/login" {
						t.Errorf("%s %s as anon: redirect to %q, want /login", c.method, path, loc)
					}
				}
				if c.path == "/logout" && role != "anon" {
					e.users[role] = e.login(a.user) // the logout ended this session
				}
			}
		}
	})
}
