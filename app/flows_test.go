package app_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"haven/models"
)

func sessionCookie(r resp) string {
	for _, c := range (&http.Response{Header: r.header}).Cookies() {
		if c.Name == "haven_session" {
			return c.Value
		}
	}
	return ""
}

func TestRegisterLoginLogoutWithCSRF(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		anon := e.users["anon"]
		// A form without a CSRF token is refused and creates nothing.
		r := e.rawForm(anon, "/register", url.Values{"handle": {"river"}, "password": {"long enough"}})
		if r.status != 403 {
			t.Fatalf("register without csrf: %d", r.status)
		}
		if _, err := e.store.UserByHandle(context.Background(), "river"); err == nil {
			t.Fatal("user created despite missing CSRF token")
		}
		// Bad input re-renders the form with the handle kept.
		r = e.form(anon, "/register", url.Values{"handle": {"ri"}, "password": {"long enough"}})
		if r.status != 422 || !strings.Contains(r.body, `value="ri"`) || !strings.Contains(r.body, "3 to 32 characters") {
			t.Fatalf("bad handle: %d", r.status)
		}
		r = e.form(anon, "/register", url.Values{"handle": {"river"}, "password": {"long enough"}, "next": {"/f/introductions"}})
		if r.status != 303 || r.header.Get("Location") != "/f/introductions" {
			t.Fatalf("register: %d %s", r.status, r.header.Get("Location"))
		}
		first := sessionCookie(r)
		if first == "" {
			t.Fatal("no session cookie after register")
		}
		// Duplicate handle in another case.
		r = e.form(anon, "/register", url.Values{"handle": {"RIVER"}, "password": {"long enough"}})
		if r.status != 422 || !strings.Contains(r.body, "taken") {
			t.Fatalf("duplicate handle: %d", r.status)
		}
		// Wrong password: vague message, handle kept, password not echoed.
		r = e.form(anon, "/login", url.Values{"handle": {"river"}, "password": {"wrong password"}})
		if r.status != 422 || !strings.Contains(r.body, "do not match") || strings.Contains(r.body, "wrong password") {
			t.Fatalf("wrong password: %d", r.status)
		}
		// Logging in while holding a session rotates it.
		logged := &actor{cookie: first}
		req := httptest.NewRequest("GET", "/", nil)
		logged.addCookies(req)
		page := e.do(req)
		logged.csrf = csrfFrom(t, page.body)
		r = e.form(logged, "/login", url.Values{"handle": {"River"}, "password": {"long enough"}, "next": {"//evil.example"}})
		second := sessionCookie(r)
		if r.status != 303 || second == "" || second == first || r.header.Get("Location") != "/" {
			t.Fatalf("login: %d rotated=%v loc=%s", r.status, second != first, r.header.Get("Location"))
		}
		if _, _, err := e.store.SessionUser(context.Background(), first); err == nil {
			t.Fatal("old session still valid after login")
		}
		// Logout is POST only and ends the session.
		me := &actor{cookie: second}
		me.csrf = csrfFrom(t, e.page(me, "/").body)
		if r := e.page(me, "/logout"); r.status != 404 && r.status != 405 {
			t.Fatalf("GET /logout: %d", r.status)
		}
		if r := e.form(me, "/logout", nil); r.status != 303 {
			t.Fatalf("logout: %d", r.status)
		}
		if _, _, err := e.store.SessionUser(context.Background(), second); err == nil {
			t.Fatal("session valid after logout")
		}
	})
}

func TestPostingThroughFormsKeepsTextOnError(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		peer := e.users["peer"]
		words := "These are my words & they matter"
		r := e.form(peer, "/f/daily-check-in/threads", url.Values{"title": {""}, "body": {words}})
		if r.status != 422 || !strings.Contains(r.body, "These are my words &amp; they matter") || !strings.Contains(r.body, "give your thread a title") {
			t.Fatalf("empty title: %d", r.status)
		}
		r = e.form(peer, "/f/daily-check-in/threads", url.Values{"title": {strings.Repeat("x", 201)}, "body": {words}})
		if r.status != 422 || !strings.Contains(r.body, "at most 200") {
			t.Fatalf("long title: %d", r.status)
		}
		r = e.form(peer, "/f/daily-check-in/threads", url.Values{"title": {"Morning"}, "body": {"**bold** <script>alert(1)</script>"}})
		if r.status != 303 {
			t.Fatalf("create: %d", r.status)
		}
		loc := r.header.Get("Location")
		page := e.page(peer, loc)
		if !strings.Contains(page.body, "<strong>bold</strong>") || strings.Contains(page.body, "<script>alert") {
			t.Fatalf("thread page did not render sanitized markdown")
		}
		// Reply with empty body keeps the quoted parent and shows the error.
		tid := strings.TrimPrefix(loc, "/t/")
		r = e.form(peer, "/t/"+tid+"/posts", url.Values{"body": {"   "}})
		if r.status != 422 || !strings.Contains(r.body, "write something") {
			t.Fatalf("empty reply: %d", r.status)
		}
		// Reply to a post in another thread is refused.
		r = e.form(peer, "/t/"+tid+"/posts", url.Values{"body": {"x"}, "parent_id": {"999999"}})
		if r.status != 404 {
			t.Fatalf("reply to unknown parent: %d", r.status)
		}
	})
}

func TestMembersForumHiddenFromVisitors(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		f := &models.Forum{Slug: "members-room", Name: "Members room", Visibility: models.VisibilityMembers}
		if err := e.store.CreateForum(context.Background(), f); err != nil {
			t.Fatal(err)
		}
		if r := e.page(e.users["anon"], "/f/members-room"); r.status != 404 {
			t.Fatalf("anon members forum: %d", r.status)
		}
		if r := e.page(e.users["anon"], "/"); strings.Contains(r.body, "Members room") {
			t.Fatal("members forum listed to anon")
		}
		if r := e.api(nil, "GET", "/api/v1/forums/members-room/threads", nil); r.status != 404 {
			t.Fatalf("anon api members forum: %d", r.status)
		}
		if r := e.page(e.users["peer"], "/f/members-room"); r.status != 200 {
			t.Fatalf("peer members forum: %d", r.status)
		}
	})
}

func TestErrorsAreFriendlyAndNeverLeak(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		r := e.page(e.users["anon"], "/no/such/page")
		if r.status != 404 || !strings.Contains(r.body, "Need help now?") || !strings.Contains(r.body, "could not find") {
			t.Fatalf("404 page: %d", r.status)
		}
		r = e.api(nil, "GET", "/api/v1/threads/abc", nil)
		if r.status != 404 || !strings.Contains(r.body, `"code":"not_found"`) {
			t.Fatalf("api 404: %d %s", r.status, r.body)
		}
		peer := e.users["peer"]
		r = e.api(peer, "POST", "/api/v1/forums/introductions/threads", "{not json")
		if r.status != 400 || !strings.Contains(r.body, `"error"`) || leaks(r.body) {
			t.Fatalf("bad json: %d %s", r.status, r.body)
		}
		r = e.page(e.users["anon"], "/f/introductions?cursor=%%%")
		if r.status != 422 || leaks(r.body) {
			t.Fatalf("bad cursor: %d", r.status)
		}
		// The database going away is a calm 503, and /help still works.
		e.store.Close()
		r = e.page(e.users["peer"], "/")
		if r.status != 503 || leaks(r.body) {
			t.Fatalf("db down page: %d %q", r.status, r.body)
		}
		if r := e.page(e.users["anon"], "/readyz"); r.status != 503 {
			t.Fatalf("readyz with db down: %d", r.status)
		}
		if r := e.page(e.users["anon"], "/healthz"); r.status != 200 {
			t.Fatalf("healthz with db down: %d", r.status)
		}
		if r := e.page(e.users["peer"], "/help"); r.status != 200 || !strings.Contains(r.body, "988") {
			t.Fatalf("help with db down: %d", r.status)
		}
		r = e.api(e.users["peer"], "GET", "/api/v1/forums", nil)
		if r.status != 503 || !strings.Contains(r.body, `"code":"unavailable"`) || leaks(r.body) {
			t.Fatalf("api db down: %d %s", r.status, r.body)
		}
	})
}

func TestBodyLimit(t *testing.T) {
	cfg := testConfig()
	cfg.BodyLimit = 4096
	eachEnv(t, cfg, func(t *testing.T, e *env) {
		// fasthttp enforces the limit while reading, so this needs a real
		// listener rather than app.Test.
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		go e.srv.App.Listener(ln)
		defer e.srv.App.Shutdown()
		big := `{"title":"t","body":"` + strings.Repeat("a", 8000) + `"}`
		req, _ := http.NewRequest("POST", "http://"+ln.Addr().String()+"/api/v1/forums/introductions/threads", strings.NewReader(big))
		req.Header.Set("Authorization", "Bearer "+e.users["peer"].token)
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 413 {
			t.Fatalf("oversized body: %d", res.StatusCode)
		}
		f, _ := e.store.ForumBySlug(context.Background(), "introductions")
		if list, _, _ := e.store.ListThreads(context.Background(), f.ID, nil, 5); len(list) != 0 {
			t.Fatal("oversized request saved a thread")
		}
	})
}

func TestRateLimitsKeepTheText(t *testing.T) {
	cfg := testConfig()
	cfg.LoginPerMinute, cfg.PostsPerMinute = 2, 1
	eachEnv(t, cfg, func(t *testing.T, e *env) {
		anon := e.users["anon"]
		for i := 0; i < 2; i++ {
			e.form(anon, "/login", url.Values{"handle": {"x"}, "password": {"wrongwrong"}})
		}
		r := e.form(anon, "/login", url.Values{"handle": {"keepme"}, "password": {"wrongwrong"}})
		if r.status != 429 || !strings.Contains(r.body, `value="keepme"`) {
			t.Fatalf("login limit: %d", r.status)
		}
		peer := e.users["peer"]
		if r := e.form(peer, "/f/off-topic/threads", url.Values{"title": {"a"}, "body": {"b"}}); r.status != 303 {
			t.Fatalf("first post: %d", r.status)
		}
		r = e.form(peer, "/f/off-topic/threads", url.Values{"title": {"second"}, "body": {"please keep this text"}})
		if r.status != 429 || !strings.Contains(r.body, "please keep this text") {
			t.Fatalf("post limit: %d", r.status)
		}
		r = e.api(peer, "POST", "/api/v1/forums/off-topic/threads", map[string]string{"title": "x", "body": "y"})
		if r.status != 429 || !strings.Contains(r.body, "rate_limited") {
			t.Fatalf("api post limit: %d %s", r.status, r.body)
		}
	})
}

func TestSecurityHeaders(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		r := e.page(&actor{}, "/")
		csp := r.header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Fatalf("CSP: %q", csp)
		}
		if r.header.Get("X-Content-Type-Options") != "nosniff" {
			t.Fatal("missing nosniff")
		}
		if strings.Contains(r.body, "<script") || strings.Contains(r.body, "style=") {
			t.Fatal("inline script or style in page")
		}
		var cookie *http.Cookie
		for _, c := range (&http.Response{Header: r.header}).Cookies() {
			if c.Name == "haven_csrf" {
				cookie = c
			}
		}
		if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteLaxMode {
			t.Fatalf("csrf cookie: %+v", cookie)
		}
	})
}
