package app_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"haven/app/posting"
	"haven/models"
	"haven/models/storetest"
)

// seedTrends writes posts through the posting service so the rollups are
// maintained the way production maintains them.
func seedTrends(t *testing.T, e *env, people, perPerson int) (handles, texts []string, ids []uint) {
	ctx := context.Background()
	for i := 0; i < people; i++ {
		u := storetest.User(t, e.store, fmt.Sprintf("seed-person-%02d", i), models.RolePeer)
		handles = append(handles, u.Handle)
		ids = append(ids, u.ID)
		for j := 0; j < perPerson; j++ {
			body := fmt.Sprintf("unique words %d-%d, I relapsed last night", i, j)
			if j%2 == 0 {
				body = fmt.Sprintf("distinct sentence %d-%d: I want to die", i, j)
			}
			r, err := e.posting.CreateThread(ctx, u, posting.NewThread{ForumSlug: "daily-check-in", Title: fmt.Sprintf("title-%d-%d", i, j), Body: body})
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, body, r.Thread.Title)
			ids = append(ids, r.Post.ID, r.Thread.ID)
		}
	}
	return
}

func TestTrendsPublishCountsOnlyAndSuppressSmallCells(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		handles, texts, _ := seedTrends(t, e, 14, 2)
		clin := e.users["clinician"]
		r := e.api(clin, "GET", "/api/v1/trends?bucket=month", nil)
		if r.status != 200 {
			t.Fatalf("trends: %d %s", r.status, r.body)
		}
		var rel struct {
			K      int `json:"k"`
			Series []struct {
				Bucket   string `json:"bucket"`
				Category string `json:"category"`
				Count    *int64 `json:"count"`
			} `json:"series"`
		}
		decode(t, r, &rel)
		month := time.Now().UTC().Format("2006-01")
		found := map[string]*int64{}
		for _, c := range rel.Series {
			if c.Bucket == month {
				found[c.Category] = c.Count
			}
			if c.Count != nil && *c.Count > 0 && *c.Count < int64(rel.K) {
				t.Fatalf("published small cell %+v", c)
			}
		}
		// 14 people × 1 suicide post each = 14 ≥ 11: published. Relapse: 14.
		if found["suicide"] == nil || *found["suicide"] != 14 || found["relapse"] == nil || *found["relapse"] != 14 {
			t.Fatalf("month cells: suicide %v relapse %v", found["suicide"], found["relapse"])
		}
		if found["abuse"] == nil || *found["abuse"] != 0 {
			t.Fatalf("zero cell should publish 0: %v", found["abuse"])
		}
		// Nothing that points at a person or a post leaves this area.
		for _, path := range []string{"/api/v1/trends?bucket=day", "/api/v1/trends?bucket=week"} {
			body := e.api(clin, "GET", path, nil).body
			for _, s := range append(handles, texts...) {
				if strings.Contains(body, s) {
					t.Fatalf("%s leaks %q", path, s)
				}
			}
			if strings.Contains(body, `"user`) || strings.Contains(body, `"post_id`) || strings.Contains(body, "T0") && strings.Contains(body, ":00:00") {
				t.Fatalf("%s carries ids or timestamps", path)
			}
		}
		for _, path := range []string{"/trends", "/trends.csv", "/trends?bucket=day"} {
			body := e.page(clin, path).body
			for _, s := range append(handles, texts...) {
				if strings.Contains(body, s) {
					t.Fatalf("%s leaks %q", path, s)
				}
			}
		}
		// Every view and export is audited.
		var n int64
		e.store.DB().Table("audit_log").Where("action IN ?", []string{"trends.view", "trends.export"}).Count(&n)
		if n != 6 {
			t.Fatalf("audit rows for trends: %d", n)
		}
	})
}

func TestTrendsCoarsenWhenMostCellsWouldBeHidden(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		seedTrends(t, e, 4, 1) // four suicide-theme posts today: every level is small
		page := e.page(e.users["clinician"], "/trends?bucket=day")
		if !strings.Contains(page.body, "too few posts to show safely") || !strings.Contains(page.body, "fewer than 11") {
			t.Fatal("no coarsening note or suppressed cell")
		}
	})
}

func TestTrendsNoiseIsRepeatable(t *testing.T) {
	cfg := testConfig()
	cfg.TrendsEpsilon = 1
	eachEnv(t, cfg, func(t *testing.T, e *env) {
		seedTrends(t, e, 12, 1)
		clin := e.users["clinician"]
		a := e.api(clin, "GET", "/api/v1/trends?bucket=month", nil)
		b := e.api(clin, "GET", "/api/v1/trends?bucket=month", nil)
		if a.status != 200 || a.body != b.body {
			t.Fatalf("noised release changed between requests:\n%s\n%s", a.body, b.body)
		}
		if !strings.Contains(a.body, "differential privacy") {
			t.Fatal("no plain-language noise note")
		}
	})
}

func TestContributionCapBoundsOnePerson(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		ctx := context.Background()
		u := e.users["peer"].user
		for i := 0; i < 12; i++ {
			if _, err := e.posting.CreateThread(ctx, u, posting.NewThread{ForumSlug: "off-topic", Title: "t", Body: fmt.Sprint("I want to die ", i)}); err != nil {
				t.Fatal(err)
			}
		}
		daily, err := e.store.TrendDaily(ctx, time.Now().UTC().AddDate(0, 0, -1), time.Now().UTC().AddDate(0, 0, 1))
		if err != nil {
			t.Fatal(err)
		}
		day := time.Now().UTC().Format("2006-01-02")
		f, _ := e.store.ForumBySlug(ctx, "off-topic")
		if got := daily["suicide"][f.ID][day]; got != models.ContributionCap {
			t.Fatalf("one person added %d to a day, cap is %d", got, models.ContributionCap)
		}
	})
}

func TestTrendsForOneForumAreMonthlyAndSuppressedAcrossForums(t *testing.T) {
	eachEnv(t, testConfig(), func(t *testing.T, e *env) {
		seedTrends(t, e, 14, 2) // all in daily-check-in
		clin := e.users["clinician"]
		var rel struct {
			Bucket string `json:"bucket"`
			Forum  string `json:"forum"`
			Series []struct {
				Bucket   string `json:"bucket"`
				Category string `json:"category"`
				Count    *int64 `json:"count"`
			} `json:"series"`
		}
		decode(t, e.api(clin, "GET", "/api/v1/trends?forum=daily-check-in&bucket=day", nil), &rel)
		month := time.Now().UTC().Format("2006-01")
		if rel.Bucket != "month" || rel.Forum != "Daily check-in" {
			t.Fatalf("forum view: %+v", rel)
		}
		for _, c := range rel.Series {
			if c.Bucket == month && c.Category == "suicide" && (c.Count == nil || *c.Count != 14) {
				t.Fatalf("suicide cell %v", c.Count)
			}
		}
		if r := e.api(clin, "GET", "/api/v1/trends?forum=nope", nil); r.status != 422 {
			t.Fatalf("unknown forum: %d", r.status)
		}
		// A forum with almost nothing falls back to all forums and says so.
		if r := e.page(clin, "/trends?forum=off-topic"); !strings.Contains(r.body, "covers all forums") && !strings.Contains(r.body, "Views of one forum are by month") {
			t.Fatal("no note for a small forum")
		}
	})
}
