package e2e

import (
	"bufio"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"haven/models"
	"haven/models/storetest"
)

// TestTwoInstancesShareAlertsAndEscalateOnce runs two haven processes on
// one PostgreSQL schema: a crisis post on A reaches a moderator connected
// to B within two seconds, and when nobody claims it, exactly one of the
// two SLA workers escalates it.
func TestTwoInstancesShareAlertsAndEscalateOnce(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	if dsn == "" {
		t.Skip("needs TEST_DATABASE_URL (PostgreSQL); CI sets it")
	}
	db := database{name: "postgres", env: []string{"DATABASE_URL=" + dsn}}
	fast := []string{"HAVEN_SLA_CRITICAL=2s", "HAVEN_SLA_EVERY=200ms"}
	a := start(t, db, fast...)
	b := start(t, db, fast...)

	// A moderator account, logged in on B through the form.
	userAdd(t, db, "night-mod", "moderator")
	c := client()
	_, page, _ := read(t)(c.Get(b.base + "/login"))
	if code, _, _ := read(t)(c.PostForm(b.base+"/login", url.Values{"csrf": {csrf(t, page)}, "handle": {"night-mod"}, "password": {"a long passphrase"}})); code != 303 {
		t.Fatalf("moderator login on B: %d", code)
	}
	stream := &http.Client{Jar: c.Jar}
	res, err := stream.Get(b.base + "/mod/events")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("events on B: %v %v", res, err)
	}
	defer res.Body.Close()
	lines := make(chan string, 32)
	go func() {
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	time.Sleep(500 * time.Millisecond) // both listeners are up

	var reg struct {
		Token string `json:"token"`
	}
	apiJSON(t, a, "", "POST", "/api/v1/auth/register", `{"handle":"alone","password":"a long passphrase"}`, 201, &reg)
	sent := time.Now()
	apiJSON(t, a, reg.Token, "POST", "/api/v1/forums/daily-check-in/threads", `{"title":"t","body":"I am going to kill myself tonight"}`, 201, nil)

	waitFor := func(what string, within time.Duration, match func(string) bool) {
		t.Helper()
		deadline := time.After(within)
		for {
			select {
			case l, ok := <-lines:
				if !ok {
					t.Fatalf("stream closed waiting for %s", what)
				}
				if match(l) {
					t.Logf("%s after %v", what, time.Since(sent))
					return
				}
			case <-deadline:
				t.Fatalf("no %s within %v", what, within)
			}
		}
	}
	waitFor("cross-instance alert", 2*time.Second, func(l string) bool {
		return strings.HasPrefix(l, "data: ") && strings.Contains(l, `"priority":100`) && !strings.Contains(l, "escalated")
	})
	waitFor("escalation alert", 6*time.Second, func(l string) bool {
		return strings.HasPrefix(l, "data: ") && strings.Contains(l, `"escalated":true`)
	})
	time.Sleep(time.Second) // give the other worker every chance to double-escalate
	store, err := models.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var n int64
	store.DB().Table("audit_log").Where("action = ?", "queue.sla_escalate").Count(&n)
	if n != 1 {
		t.Fatalf("escalated %d times across two instances", n)
	}
}
