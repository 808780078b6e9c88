package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// TestForumEndToEnd walks the story against the real binary:
// register over HTTP, post Markdown with a script attempt, reply to a reply,
// read it back as HTML and JSON.
func TestForumEndToEnd(t *testing.T) {
	for _, db := range databases(t) {
		t.Run(db.name, func(t *testing.T) {
			s := start(t, db)
			c := client()

			// Register through the HTML form.
			_, page, _ := read(t)(c.Get(s.base + "/register"))
			if !strings.Contains(page, `href="/help"`) {
				t.Fatal("register page lacks the help link")
			}
			code, _, h := read(t)(c.PostForm(s.base+"/register", url.Values{
				"csrf": {csrf(t, page)}, "handle": {"sparrow"}, "password": {"a long passphrase"}}))
			if code != 303 {
				t.Fatalf("register: %d", code)
			}
			_ = h

			// Start a thread with Markdown and a script attempt.
			_, page, _ = read(t)(c.Get(s.base + "/f/recovery-journeys/new"))
			code, _, h = read(t)(c.PostForm(s.base+"/f/recovery-journeys/threads", url.Values{
				"csrf":  {csrf(t, page)},
				"title": {"Day 30"},
				"body":  {"Thirty days **clean** today.\n\n<script>alert('xss')</script>\n\n- walked\n- slept"}}))
			if code != 303 || !strings.HasPrefix(h.Get("Location"), "/t/") {
				t.Fatalf("new thread: %d %s", code, h.Get("Location"))
			}
			threadPath := h.Get("Location")
			tid := strings.TrimPrefix(threadPath, "/t/")

			// A second member replies over the API; the first replies to that reply.
			var reg struct {
				Token string `json:"token"`
			}
			apiJSON(t, s, "", "POST", "/api/v1/auth/register", `{"handle":"heron","password":"another passphrase"}`, 201, &reg)
			var th struct {
				Posts []struct {
					ID       uint                    `json:"id"`
					ParentID *uint                   `json:"parent_id"`
					HTML     string                  `json:"html"`
					Author   struct{ Handle string } `json:"author"`
				} `json:"posts"`
			}
			apiJSON(t, s, "", "GET", "/api/v1/threads/"+tid, "", 200, &th)
			opening := th.Posts[0].ID
			var rep struct {
				Post struct {
					ID uint `json:"id"`
				} `json:"post"`
			}
			apiJSON(t, s, reg.Token, "POST", "/api/v1/threads/"+tid+"/posts", fmt.Sprintf(`{"body":"So proud of you!","parent_id":%d}`, opening), 201, &rep)

			_, page, _ = read(t)(c.Get(fmt.Sprintf("%s/t/%s/reply?to=%d", s.base, tid, rep.Post.ID)))
			code, _, _ = read(t)(c.PostForm(s.base+"/t/"+tid+"/posts", url.Values{
				"csrf": {csrf(t, page)}, "parent_id": {fmt.Sprint(rep.Post.ID)}, "body": {"Thank you, _really_."}}))
			if code != 303 {
				t.Fatalf("reply to reply: %d", code)
			}

			// HTML read-back: sanitized Markdown, nesting classes, no script.
			_, page, _ = read(t)(c.Get(s.base + threadPath))
			for _, want := range []string{"<strong>clean</strong>", "<li>walked</li>", "<em>really</em>", `class="post d2"`, "replying to <a", "Need help now?"} {
				if !strings.Contains(page, want) {
					t.Errorf("thread page lacks %q", want)
				}
			}
			if regexp.MustCompile(`(?i)<script|alert\('xss'\)`).MatchString(page) {
				t.Error("script survived in the HTML page")
			}

			// JSON read-back: three posts, nested opening → reply → reply.
			apiJSON(t, s, "", "GET", "/api/v1/threads/"+tid, "", 200, &th)
			if len(th.Posts) != 3 {
				t.Fatalf("posts: %d", len(th.Posts))
			}
			if th.Posts[1].ParentID == nil || *th.Posts[1].ParentID != opening ||
				th.Posts[2].ParentID == nil || *th.Posts[2].ParentID != th.Posts[1].ID {
				t.Fatalf("nesting: %+v", th.Posts)
			}
			if strings.Contains(strings.ToLower(th.Posts[0].HTML), "script") || th.Posts[2].Author.Handle != "sparrow" {
				t.Fatalf("json posts: %+v", th.Posts)
			}

			// Metrics counted the posts; SIGTERM stops cleanly.
			_, metrics, _ := read(t)(http.Get(s.base + "/metrics"))
			if !strings.Contains(metrics, `haven_posts_created_total{kind="reply"} 2`) ||
				!strings.Contains(metrics, `route="/t/:id"`) {
				t.Errorf("metrics missing post or route counts")
			}
			s.stop()

			// The data survives a restart.
			s2 := start(t, db)
			apiJSON(t, s2, "", "GET", "/api/v1/threads/"+tid, "", 200, &th)
			if len(th.Posts) != 3 {
				t.Fatalf("after restart: %d posts", len(th.Posts))
			}
		})
	}
}

func apiJSON(t *testing.T, s *server, token, method, path, body string, want int, out any) {
	t.Helper()
	req, _ := http.NewRequest(method, s.base+path, strings.NewReader(body))
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	code, b, _ := read(t)(http.DefaultClient.Do(req))
	if code != want {
		t.Fatalf("%s %s: %d, want %d: %s", method, path, code, want, b)
	}
	if out != nil {
		if err := json.Unmarshal([]byte(b), out); err != nil {
			t.Fatalf("decode %s: %v", b, err)
		}
	}
}

// TestCLI covers migrate, user add and scan on the real binary.
func TestCLI(t *testing.T) {
	db := databases(t)[0]
	run := func(stdin string, args ...string) (string, error) {
		cmd := exec.Command(binary(t), args...)
		cmd.Env = append(cmd.Environ(), db.env...)
		cmd.Stdin = strings.NewReader(stdin)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := run("", "migrate"); err != nil || !strings.Contains(out, "applied") {
		t.Fatalf("migrate: %v %s", err, out)
	}
	if out, err := run("", "migrate"); err != nil || !strings.Contains(out, "applied 0") {
		t.Fatalf("second migrate: %v %s", err, out)
	}
	if out, err := run("a strong admin password\n", "user", "add", "--handle", "root-admin", "--role", "admin", "--password-stdin"); err != nil || !strings.Contains(out, "admin") {
		t.Fatalf("user add: %v %s", err, out)
	}
	if out, err := run("short\n", "user", "add", "--handle", "xyz2", "--role", "peer", "--password-stdin"); err == nil || !strings.Contains(out, "at least 8") {
		t.Fatalf("user add short password: %v %s", err, out)
	}
	if out, err := run("pw\n", "user", "add", "--handle", "abc", "--role", "wizard", "--password-stdin"); err == nil {
		t.Fatalf("user add bad role accepted: %s", out)
	}
	out, err := run("hello\n\xff\xfe bad utf8\nI want to d1e t0night", "scan")
	if err != nil {
		t.Fatalf("scan: %v %s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("scan wrote %d lines: %q", len(lines), out)
	}
	if !strings.HasPrefix(lines[0], `{"severity":"none"`) || !strings.Contains(lines[2], `"severity":"critical"`) || !strings.Contains(lines[2], `"start":0`) {
		t.Fatalf("scan verdicts: %q", out)
	}
	for _, l := range lines {
		var v struct {
			Severity   string `json:"severity"`
			Categories []string
			Matches    []any
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil || v.Severity == "" || v.Categories == nil || v.Matches == nil {
			t.Fatalf("scan line %q: %v", l, err)
		}
	}

	// The admin created on the command line can log in and reach /admin.
	s := start(t, db)
	c := client()
	_, page, _ := read(t)(c.Get(s.base + "/login"))
	code, _, _ := read(t)(c.PostForm(s.base+"/login", url.Values{"csrf": {csrf(t, page)}, "handle": {"root-admin"}, "password": {"a strong admin password"}}))
	if code != 303 {
		t.Fatalf("admin login: %d", code)
	}
	if code, _, _ := read(t)(c.Get(s.base + "/admin")); code != 200 {
		t.Fatalf("/admin: %d", code)
	}
}
