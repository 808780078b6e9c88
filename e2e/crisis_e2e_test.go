package e2e

import (
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"haven/models"
)

// dsnOf returns the DSN the server of db uses, so the test can look
// inside the same database.
func dsnOf(db database) string {
	for _, kv := range db.env {
		if v, ok := strings.CutPrefix(kv, "DATABASE_URL="); ok {
			return v
		}
		if v, ok := strings.CutPrefix(kv, "HAVEN_DATA_DIR="); ok {
			return filepath.Join(v, "haven.db")
		}
	}
	return ""
}

// TestCrisisEndToEnd posts crisis text through the API and the HTML form of
// the real binary, checks the flag and queue item and the hotlines shown,
// then breaks the database mid-transaction and checks nothing is saved.
func TestCrisisEndToEnd(t *testing.T) {
	for _, db := range databases(t) {
		t.Run(db.name, func(t *testing.T) {
			s := start(t, db)
			store, err := models.Open(dsnOf(db))
			if err != nil {
				t.Fatal(err)
			}
			defer store.Close()
			ctx := t.Context()

			// API, with an Irish Accept-Language.
			var reg struct {
				Token string `json:"token"`
			}
			apiJSON(t, s, "", "POST", "/api/v1/auth/register", `{"handle":"linnet","password":"a long passphrase"}`, 201, &reg)
			req, _ := http.NewRequest("POST", s.base+"/api/v1/forums/daily-check-in/threads",
				strings.NewReader(`{"title":"tired","body":"I just want to d i e, nothing helps"}`))
			req.Header.Set("Authorization", "Bearer "+reg.Token)
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Accept-Language", "en-IE,en;q=0.8")
			code, body, _ := read(t)(http.DefaultClient.Do(req))
			if code != 201 || !strings.Contains(body, `"severity":"high"`) || !strings.Contains(body, "116 123") || !strings.Contains(body, "50808") {
				t.Fatalf("api crisis post: %d %s", code, body)
			}
			var n int64
			store.DB().Table("queue_items").Where("kind = ? AND priority = ?", "crisis", 50).Count(&n)
			if n != 1 {
				t.Fatalf("queue items after API post: %d", n)
			}

			// HTML form, US default: redirected to the support page.
			c := client()
			_, page, _ := read(t)(c.Get(s.base + "/register"))
			read(t)(c.PostForm(s.base+"/register", url.Values{"csrf": {csrf(t, page)}, "handle": {"plover"}, "password": {"a long passphrase"}}))
			_, page, _ = read(t)(c.Get(s.base + "/f/recovery-journeys/new"))
			code, _, h := read(t)(c.PostForm(s.base+"/f/recovery-journeys/threads", url.Values{
				"csrf": {csrf(t, page)}, "title": {"sorry"}, "body": {"This is my last post. Thank you all for everything."}}))
			loc := h.Get("Location")
			if code != 303 || !strings.HasPrefix(loc, "/support/") {
				t.Fatalf("html crisis post: %d %q", code, loc)
			}
			_, support, _ := read(t)(c.Get(s.base + loc))
			if !strings.Contains(support, "988") || !strings.Contains(support, "Go back to your post") {
				t.Fatal("support page lacks US lines or the way back")
			}
			var pid uint
			fmt.Sscanf(strings.TrimPrefix(loc, "/support/"), "%d", &pid)
			if f, err := store.FlagForPost(ctx, pid); err != nil || f.Tier != "critical" {
				t.Fatalf("flag: %+v %v", f, err)
			}

			// Fault: the flag table vanishes under the running server.
			var posts int64
			store.DB().Table("posts").Count(&posts)
			if err := store.DB().Exec("ALTER TABLE crisis_flags RENAME TO crisis_flags_gone").Error; err != nil {
				t.Fatal(err)
			}
			_, page, _ = read(t)(c.Get(s.base + "/f/recovery-journeys/new"))
			code, body, _ = read(t)(c.PostForm(s.base+"/f/recovery-journeys/threads", url.Values{
				"csrf": {csrf(t, page)}, "title": {"again"}, "body": {"I want to kill myself tonight"}}))
			if code != 503 || !strings.Contains(body, "I want to kill myself tonight") {
				t.Fatalf("post during fault: %d", code)
			}
			var after int64
			store.DB().Table("posts").Count(&after)
			if after != posts {
				t.Fatalf("%d posts saved during the fault", after-posts)
			}
			if err := store.DB().Exec("ALTER TABLE crisis_flags_gone RENAME TO crisis_flags").Error; err != nil {
				t.Fatal(err)
			}
			code, _, h = read(t)(c.PostForm(s.base+"/f/recovery-journeys/threads", url.Values{
				"csrf": {csrf(t, page)}, "title": {"again"}, "body": {"I want to kill myself tonight"}}))
			if code != 303 || !strings.HasPrefix(h.Get("Location"), "/support/") {
				t.Fatalf("post after the fault: %d", code)
			}
		})
	}
}
