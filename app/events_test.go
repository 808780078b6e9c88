package app_test

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"haven/app"
	"haven/models"
	"haven/models/storetest"
)

// TestLiveAlertsReachModerators connects a moderator to /mod/events over
// a real socket and checks a crisis post arrives within two seconds, on
// SQLite (in-process) and PostgreSQL (LISTEN/NOTIFY).
func TestLiveAlertsReachModerators(t *testing.T) {
	for _, b := range storetest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			cfg := testConfig()
			if b.Store.Dialect() == models.Postgres {
				cfg.DatabaseURL = b.DSN
			}
			srv, err := app.New(b.Store, cfg)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			srv.Background(ctx)
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			go srv.App.Listener(ln)
			defer srv.App.ShutdownWithTimeout(time.Second)
			base := "http://" + ln.Addr().String()

			e := &env{t: t, srv: srv, store: b.Store}
			mod := e.login(storetest.User(t, b.Store, "nightowl", models.RoleModerator))
			peer := e.login(storetest.User(t, b.Store, "sparrow", models.RolePeer))

			req, _ := http.NewRequest("GET", base+"/mod/events", nil)
			req.AddCookie(&http.Cookie{Name: "haven_session", Value: mod.cookie})
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/event-stream") {
				t.Fatalf("events: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
			}
			lines := make(chan string, 16)
			go func() {
				sc := bufio.NewScanner(res.Body)
				for sc.Scan() {
					lines <- sc.Text()
				}
				close(lines)
			}()
			// Give the PostgreSQL listener a moment to LISTEN.
			time.Sleep(300 * time.Millisecond)
			post, _ := http.NewRequest("POST", base+"/api/v1/forums/daily-check-in/threads", strings.NewReader(`{"title":"t","body":"I want to kill myself tonight"}`))
			post.Header.Set("Authorization", "Bearer "+peer.token)
			post.Header.Set("Content-Type", "application/json")
			sent := time.Now()
			pr, err := http.DefaultClient.Do(post)
			if err != nil || pr.StatusCode != 201 {
				t.Fatalf("post: %v %v", pr, err)
			}
			pr.Body.Close()
			deadline := time.After(2 * time.Second)
			for {
				select {
				case l, ok := <-lines:
					if !ok {
						t.Fatal("stream closed")
					}
					if strings.HasPrefix(l, "data: ") && strings.Contains(l, `"priority":100`) {
						t.Logf("alert after %v", time.Since(sent))
						return
					}
				case <-deadline:
					t.Fatal("no alert within 2 seconds")
				}
			}
		})
	}
}

// TestReconnectingModeratorGetsMissedItems: the stream ends before the
// write timeout and the browser reconnects with Last-Event-ID; items
// created in between are sent first.
func TestReconnectingModeratorGetsMissedItems(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		ctx := context.Background()
		var ids []uint
		for i := 0; i < 3; i++ {
			r, err := e.posting.CreateThread(ctx, e.users["peer"].user, postingThread(fmt.Sprint("I want to kill myself ", i)))
			if err != nil {
				t.Fatal(err)
			}
			items, _ := e.store.QueueItemsForPost(ctx, r.Post.ID)
			ids = append(ids, items[0].ID)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		go e.srv.App.Listener(ln)
		defer e.srv.App.ShutdownWithTimeout(time.Second)
		req, _ := http.NewRequest("GET", "http://"+ln.Addr().String()+"/mod/events", nil)
		req.AddCookie(&http.Cookie{Name: "haven_session", Value: e.users["moderator"].cookie})
		req.Header.Set("Last-Event-ID", fmt.Sprint(ids[0]))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		sc := bufio.NewScanner(res.Body)
		var got []string
		deadline := time.Now().Add(2 * time.Second)
		for time.Now().Before(deadline) && len(got) < 2 && sc.Scan() {
			if l := sc.Text(); strings.HasPrefix(l, "id: ") {
				got = append(got, strings.TrimPrefix(l, "id: "))
			}
		}
		if len(got) != 2 || got[0] != fmt.Sprint(ids[1]) || got[1] != fmt.Sprint(ids[2]) {
			t.Fatalf("missed items sent: %v, want %d and %d", got, ids[1], ids[2])
		}
	})
}
