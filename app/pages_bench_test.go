package app_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"testing"
	"time"

	"haven/app/posting"
	"haven/models"
	"haven/models/storetest"
)

// BenchmarkThreadPage renders a 30-post page of a 200-post nested thread
// through the full middleware stack on SQLite.
func BenchmarkThreadPage(b *testing.B) {
	s := storetest.SQLite(b).Store
	srv := newEnvB(b, s)
	ctx := context.Background()
	u := storetest.User(b, s, "bench", models.RolePeer)
	svc := posting.New(s)
	res, err := svc.CreateThread(ctx, u, posting.NewThread{ForumSlug: "introductions", Title: "Bench", Body: "opening **post**"})
	if err != nil {
		b.Fatal(err)
	}
	parent := res.Post.ID
	for i := 0; i < 200; i++ {
		r, err := svc.Reply(ctx, u, posting.NewReply{ThreadID: res.Thread.ID, ParentID: &parent, Body: fmt.Sprintf("reply %d with _some_ text", i)})
		if err != nil {
			b.Fatal(err)
		}
		if i%3 == 0 {
			parent = r.Post.ID
		}
	}
	path := fmt.Sprintf("/t/%d", res.Thread.ID)
	b.ReportAllocs()
	for b.Loop() {
		resp, err := srv.Test(httptest.NewRequest("GET", path, nil), -1)
		if err != nil || resp.StatusCode != 200 {
			b.Fatalf("%v %v", resp.StatusCode, err)
		}
		resp.Body.Close()
	}
}

// BenchmarkModQueuePage10k renders /mod with 10,000 open queue items (each
// with a post) on every configured database.
func BenchmarkModQueuePage10k(b *testing.B) {
	for _, be := range storetest.Backends(b) {
		b.Run(be.Name, func(b *testing.B) {
			s := be.Store
			ctx := context.Background()
			author := storetest.User(b, s, "author", models.RolePeer)
			mod := storetest.User(b, s, "mod", models.RoleModerator)
			f, _ := s.ForumBySlug(ctx, "daily-check-in")
			th := &models.Thread{ForumID: f.ID, AuthorID: &author.ID, Title: "many"}
			if err := s.CreateThread(ctx, th, &models.Post{AuthorID: &author.ID, Body: "first", HTML: "<p>first</p>"}); err != nil {
				b.Fatal(err)
			}
			now := time.Now().UTC()
			posts := make([]models.Post, 10000)
			for i := range posts {
				posts[i] = models.Post{ThreadID: th.ID, AuthorID: &author.ID, Path: fmt.Sprintf("%010d", i+10), Body: "text", HTML: "<p>I want to die</p>", CreatedAt: now}
			}
			if err := s.DB().CreateInBatches(&posts, 500).Error; err != nil {
				b.Fatal(err)
			}
			items := make([]models.QueueItem, len(posts))
			for i := range posts {
				prio := []int{10, 50, 100}[i%3]
				items[i] = models.QueueItem{Kind: models.QueueCrisis, Status: models.StatusOpen, Priority: prio, PostID: &posts[i].ID,
					ForumID: &f.ID, Version: 1, CreatedAt: now.Add(-time.Duration(i) * time.Second), UpdatedAt: now}
			}
			if err := s.DB().CreateInBatches(&items, 500).Error; err != nil {
				b.Fatal(err)
			}
			srv := newEnvB(b, s)
			e := &env{t: &testing.T{}, store: s}
			a := e.login(mod)
			b.ResetTimer()
			b.ReportAllocs()
			for b.Loop() {
				req := httptest.NewRequest("GET", "/mod", nil)
				a.addCookies(req)
				resp, err := srv.Test(req, -1)
				if err != nil || resp.StatusCode != 200 {
					b.Fatalf("%v %v", resp.StatusCode, err)
				}
				resp.Body.Close()
			}
		})
	}
}
