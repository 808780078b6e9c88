package posting

import (
	"context"
	"errors"
	"strings"
	"testing"

	"haven/models"
	"haven/models/storetest"
)

func TestRenderStripsScriptsAndKeepsMarkdown(t *testing.T) {
	cases := []struct{ in, want, not string }{
		{"**bold** and _it_", "<strong>bold</strong>", ""},
		{"hi <script>alert(1)</script>", "hi", "<script"},
		{"[x](javascript:alert(1))", "x", "javascript:"},
		{"<img src=x onerror=alert(1)>", "", "onerror"},
		{"see https://example.org", `href="https://example.org"`, ""},
		{"[x](https://example.org)", `rel="nofollow noreferrer noopener"`, ""},
		{"<a href=\"https://e.org\" onclick=\"x()\">a</a>", "", "onclick"},
		{"~~gone~~", "<del>gone</del>", ""},
	}
	for _, c := range cases {
		got := Render(c.in)
		if c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%q → %q, want it to contain %q", c.in, got, c.want)
		}
		if c.not != "" && strings.Contains(strings.ToLower(got), c.not) {
			t.Errorf("%q → %q, must not contain %q", c.in, got, c.not)
		}
	}
}

func TestThreadValidationKeepsNothing(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		svc := New(s)
		ctx := context.Background()
		u := storetest.User(t, s, "ash", models.RolePeer)
		var ve *models.ValidationError
		_, err := svc.CreateThread(ctx, u, NewThread{ForumSlug: "introductions", Title: "  ", Body: ""})
		if !errors.As(err, &ve) || ve.Fields["title"] == "" || ve.Fields["body"] == "" {
			t.Fatalf("want title and body errors, got %v", err)
		}
		_, err = svc.CreateThread(ctx, u, NewThread{ForumSlug: "introductions", Title: strings.Repeat("a", 201), Body: "x"})
		if !errors.As(err, &ve) || ve.Fields["title"] == "" {
			t.Fatalf("long title: %v", err)
		}
		_, err = svc.CreateThread(ctx, u, NewThread{ForumSlug: "introductions", Title: "t", Body: strings.Repeat("é", BodyMax+1)})
		if !errors.As(err, &ve) || ve.Fields["body"] == "" {
			t.Fatalf("long body: %v", err)
		}
		if _, err := svc.CreateThread(ctx, u, NewThread{ForumSlug: "nope", Title: "t", Body: "b"}); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("unknown forum: %v", err)
		}
		if _, err := svc.CreateThread(ctx, nil, NewThread{ForumSlug: "introductions", Title: "t", Body: "b"}); !errors.Is(err, models.ErrUnauthorized) {
			t.Fatalf("anonymous: %v", err)
		}
		f, _ := s.ForumBySlug(ctx, "introductions")
		list, _, _ := s.ListThreads(ctx, f.ID, nil, 10)
		if len(list) != 0 {
			t.Fatalf("rejected input saved %d threads", len(list))
		}
	})
}

func TestReplyEditDeleteRules(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		svc := New(s)
		ctx := context.Background()
		alice := storetest.User(t, s, "alice", models.RolePeer)
		bob := storetest.User(t, s, "bob", models.RolePeer)
		mod := storetest.User(t, s, "mod", models.RoleModerator)
		res, err := svc.CreateThread(ctx, alice, NewThread{ForumSlug: "daily-check-in", Title: "Morning", Body: "Hello **all**"})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(res.Post.HTML, "<strong>all</strong>") || res.Severity != "none" {
			t.Fatalf("opening post: %+v", res.Post)
		}
		r1, err := svc.Reply(ctx, bob, NewReply{ThreadID: res.Thread.ID, ParentID: &res.Post.ID, Body: "hi"})
		if err != nil || r1.Post.Depth != 1 {
			t.Fatalf("reply: %v %+v", err, r1.Post)
		}
		r2, err := svc.Reply(ctx, alice, NewReply{ThreadID: res.Thread.ID, ParentID: &r1.Post.ID, Body: "hi back"})
		if err != nil || r2.Post.Depth != 2 {
			t.Fatalf("reply to reply: %v", err)
		}
		if _, err := svc.Edit(ctx, bob, res.Post.ID, "hijack"); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("bob edited alice's post: %v", err)
		}
		if _, err := svc.Delete(ctx, bob, res.Post.ID); !errors.Is(err, models.ErrNotFound) {
			t.Fatalf("bob deleted alice's post: %v", err)
		}
		p, err := svc.Edit(ctx, alice, res.Post.ID, "Hello _everyone_")
		if err != nil || !strings.Contains(p.HTML, "<em>everyone</em>") {
			t.Fatalf("edit: %v", err)
		}
		if _, err := svc.Edit(ctx, alice, res.Post.ID, " "); err == nil {
			t.Fatal("empty edit accepted")
		}
		if _, err := svc.Delete(ctx, mod, r1.Post.ID); err != nil {
			t.Fatalf("moderator delete: %v", err)
		}
		posts, _, _ := s.ThreadPosts(ctx, res.Thread.ID, "", 10)
		if len(posts) != 3 || posts[1].DeletedAt == nil || posts[2].ParentID == nil || *posts[2].ParentID != r1.Post.ID {
			t.Fatalf("thread shape after delete: %+v", posts)
		}
		if posts[0].Body != "Hello _everyone_" {
			t.Fatalf("edit not saved: %q", posts[0].Body)
		}
		other, _ := svc.CreateThread(ctx, bob, NewThread{ForumSlug: "off-topic", Title: "x", Body: "y"})
		if _, err := svc.Reply(ctx, alice, NewReply{ThreadID: res.Thread.ID, ParentID: &other.Post.ID, Body: "z"}); err == nil {
			t.Fatal("reply to a post in another thread accepted")
		}
	})
}
