package models_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"haven/models"
	"haven/models/storetest"
)

func TestMigrateIsIdempotentAndSeedsForums(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		n, err := s.Migrate(ctx)
		if err != nil || n != 0 {
			t.Fatalf("second migrate ran %d migrations, err %v; want 0, nil", n, err)
		}
		if err := s.SeedForums(ctx); err != nil {
			t.Fatal(err)
		}
		forums, err := s.ListForums(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(forums) != len(models.DefaultForums) {
			t.Fatalf("got %d forums after seeding twice, want %d", len(forums), len(models.DefaultForums))
		}
		if forums[0].Slug != "introductions" || forums[0].Visibility != models.VisibilityPublic {
			t.Fatalf("first forum = %+v", forums[0])
		}
	})
}

func TestHandlesAreCaseInsensitiveUnique(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		storetest.User(t, s, "River", models.RolePeer)
		err := s.CreateUser(ctx, &models.User{Handle: "rIVER", PasswordHash: "x"})
		var ve *models.ValidationError
		if !errors.As(err, &ve) || ve.Fields["handle"] == "" {
			t.Fatalf("duplicate handle: err = %v, want handle validation error", err)
		}
		u, err := s.UserByHandle(ctx, "RIVER")
		if err != nil || u.Handle != "River" || u.Role != models.RolePeer {
			t.Fatalf("UserByHandle = %+v, %v", u, err)
		}
	})
}

func TestSessionsAndTokens(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		u := storetest.User(t, s, "sam", models.RolePeer)
		tok, sess, err := s.CreateSession(ctx, u.ID, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if sess.TokenHash == tok || len(sess.CSRFToken) < 32 {
			t.Fatalf("session stores the raw token or a weak csrf token: %+v", sess)
		}
		got, gu, err := s.SessionUser(ctx, tok)
		if err != nil || gu.ID != u.ID || got.CSRFToken != sess.CSRFToken {
			t.Fatalf("SessionUser = %+v %+v %v", got, gu, err)
		}
		if err := s.DeleteSession(ctx, tok); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.SessionUser(ctx, tok); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("deleted session still resolves: %v", err)
		}
		expired, _, _ := s.CreateSession(ctx, u.ID, -time.Minute)
		if _, _, err := s.SessionUser(ctx, expired); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("expired session resolves: %v", err)
		}
		api, err := s.CreateAPIToken(ctx, u.ID, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if tu, err := s.TokenUser(ctx, api); err != nil || tu.ID != u.ID {
			t.Fatalf("TokenUser = %+v %v", tu, err)
		}
		if _, err := s.TokenUser(ctx, api+"x"); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("wrong token resolves: %v", err)
		}
		if err := s.PurgeExpired(ctx); err != nil {
			t.Fatal(err)
		}
	})
}

func TestThreadTreeOrderAndPaging(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		u := storetest.User(t, s, "ash", models.RolePeer)
		f, err := s.ForumBySlug(ctx, "daily-check-in")
		if err != nil {
			t.Fatal(err)
		}
		th := &models.Thread{ForumID: f.ID, AuthorID: &u.ID, Title: "Morning"}
		op := &models.Post{AuthorID: &u.ID, Body: "op", HTML: "<p>op</p>"}
		if err := s.CreateThread(ctx, th, op); err != nil {
			t.Fatal(err)
		}
		reply := func(parent *models.Post, body string) *models.Post {
			p := &models.Post{ThreadID: th.ID, AuthorID: &u.ID, ParentID: &parent.ID, Body: body, HTML: body}
			if err := s.CreatePost(ctx, p); err != nil {
				t.Fatal(err)
			}
			return p
		}
		a := reply(op, "a")
		b := reply(op, "b")
		a1 := reply(a, "a1")
		a1x := reply(a1, "a1x")
		want := []string{"op", "a", "a1", "a1x", "b"}
		var got []string
		cursor := ""
		for pages := 0; ; pages++ {
			posts, next, err := s.ThreadPosts(ctx, th.ID, cursor, 2)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range posts {
				got = append(got, p.Body)
			}
			if next == "" {
				break
			}
			cursor = next
			if pages > 5 {
				t.Fatal("paging does not end")
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("tree order = %v, want %v", got, want)
		}
		if a1x.Depth != 3 || b.Depth != 1 || *a1x.ParentID != a1.ID {
			t.Fatalf("depths: a1x=%d b=%d", a1x.Depth, b.Depth)
		}
		th2, err := s.ThreadByID(ctx, th.ID)
		if err != nil || th2.PostCount != 5 {
			t.Fatalf("post_count = %d, %v", th2.PostCount, err)
		}

		// A reply to a post in another thread is refused.
		other := &models.Thread{ForumID: f.ID, AuthorID: &u.ID, Title: "Other"}
		if err := s.CreateThread(ctx, other, &models.Post{AuthorID: &u.ID, Body: "x", HTML: "x"}); err != nil {
			t.Fatal(err)
		}
		bad := &models.Post{ThreadID: other.ID, AuthorID: &u.ID, ParentID: &a.ID, Body: "x", HTML: "x"}
		var ve *models.ValidationError
		if err := s.CreatePost(ctx, bad); !errors.As(err, &ve) {
			t.Fatalf("cross-thread reply: %v", err)
		}
	})
}

func TestThreadListCursor(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		u := storetest.User(t, s, "kit", models.RolePeer)
		f, _ := s.ForumBySlug(ctx, "off-topic")
		for i := 0; i < 7; i++ {
			th := &models.Thread{ForumID: f.ID, AuthorID: &u.ID, Title: fmt.Sprintf("t%d", i)}
			if err := s.CreateThread(ctx, th, &models.Post{AuthorID: &u.ID, Body: "x", HTML: "x"}); err != nil {
				t.Fatal(err)
			}
		}
		seen := map[uint]bool{}
		var cur *models.ThreadCursor
		for {
			ts, next, err := s.ListThreads(ctx, f.ID, cur, 3)
			if err != nil {
				t.Fatal(err)
			}
			for _, th := range ts {
				if seen[th.ID] {
					t.Fatalf("thread %d listed twice", th.ID)
				}
				seen[th.ID] = true
			}
			if next == nil {
				break
			}
			dec, err := models.DecodeThreadCursor(next.Encode())
			if err != nil || dec.ID != next.ID || !dec.LastPostAt.Equal(next.LastPostAt) {
				t.Fatalf("cursor round trip: %+v %v", dec, err)
			}
			cur = dec
		}
		if len(seen) != 7 {
			t.Fatalf("listed %d threads, want 7", len(seen))
		}
		if _, err := models.DecodeThreadCursor("!!"); err == nil {
			t.Fatal("garbage cursor accepted")
		}
	})
}

func TestEditKeepsRevisionAndSoftDelete(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		u := storetest.User(t, s, "jo", models.RolePeer)
		f, _ := s.ForumBySlug(ctx, "off-topic")
		th := &models.Thread{ForumID: f.ID, AuthorID: &u.ID, Title: "t"}
		op := &models.Post{AuthorID: &u.ID, Body: "first", HTML: "<p>first</p>"}
		if err := s.CreateThread(ctx, th, op); err != nil {
			t.Fatal(err)
		}
		if err := s.UpdatePostBody(ctx, op, u.ID, "second", "<p>second</p>"); err != nil {
			t.Fatal(err)
		}
		var revs []models.PostRevision
		s.DB().Where("post_id = ?", op.ID).Find(&revs)
		if len(revs) != 1 || revs[0].Body != "first" {
			t.Fatalf("revisions = %+v", revs)
		}
		if err := s.SoftDeletePost(ctx, op.ID); err != nil {
			t.Fatal(err)
		}
		if err := s.SoftDeletePost(ctx, op.ID); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("second delete: %v", err)
		}
		p, err := s.PostByID(ctx, op.ID)
		if err != nil || p.DeletedAt == nil {
			t.Fatalf("deleted post row should stay: %+v %v", p, err)
		}
	})
}

func TestKVStorage(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		kv := s.KV()
		if v, err := kv.Get("a"); err != nil || v != nil {
			t.Fatalf("missing key: %q %v", v, err)
		}
		if err := kv.Set("a", []byte("1"), time.Minute); err != nil {
			t.Fatal(err)
		}
		if err := kv.Set("a", []byte("2"), time.Minute); err != nil {
			t.Fatal(err)
		}
		if v, _ := kv.Get("a"); string(v) != "2" {
			t.Fatalf("get = %q", v)
		}
		kv.Set("old", []byte("x"), -time.Minute)
		if v, _ := kv.Get("old"); v != nil {
			t.Fatalf("expired key returned %q", v)
		}
		kv.Delete("a")
		if v, _ := kv.Get("a"); v != nil {
			t.Fatalf("deleted key returned %q", v)
		}
	})
}

func TestPingFailsWhenClosed(t *testing.T) {
	b := storetest.SQLite(t)
	s, err := models.Open(b.DSN)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := s.Ping(context.Background()); !errors.Is(err, models.ErrUnavailable) {
		t.Fatalf("ping on closed store = %v", err)
	}
}

func TestAuditLogIsAppendOnly(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		e := &models.AuditEntry{Action: "lexicon.add", TargetType: "lexicon_term", Reason: "test"}
		if err := s.AppendAudit(ctx, e); err != nil {
			t.Fatal(err)
		}
		if err := s.DB().Exec("UPDATE audit_log SET reason = 'changed'").Error; err == nil {
			t.Fatal("UPDATE on audit_log succeeded")
		}
		if err := s.DB().Exec("DELETE FROM audit_log").Error; err == nil {
			t.Fatal("DELETE on audit_log succeeded")
		}
		rows, _ := s.AuditLog(ctx, 10)
		if len(rows) != 1 || rows[0].Reason != "test" {
			t.Fatalf("audit rows %+v", rows)
		}
	})
}
