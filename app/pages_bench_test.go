package app_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"testing"

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
