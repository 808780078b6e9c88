package seed

import (
	"context"
	"testing"
	"time"

	"haven/models"
	"haven/models/storetest"
)

func TestSeedWritesACommunityAndItsRollups(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *models.Store) {
		ctx := context.Background()
		flagged, err := Run(ctx, s, Options{Users: 30, Posts: 1500, Days: 20, Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		var posts, flags, items int64
		s.DB().Table("posts").Count(&posts)
		s.DB().Table("crisis_flags").Count(&flags)
		s.DB().Table("queue_items").Count(&items)
		if posts != 1500 || flags != int64(flagged) || items != flags || flagged == 0 {
			t.Fatalf("posts %d flags %d items %d flagged %d", posts, flags, items, flagged)
		}
		daily, err := s.TrendDaily(ctx, time.Now().AddDate(0, 0, -21), time.Now().AddDate(0, 0, 1))
		if err != nil {
			t.Fatal(err)
		}
		var rolled int64
		for _, days := range daily["_posts"] {
			for _, n := range days {
				rolled += n
			}
		}
		// The per-person daily cap trims the busiest members a little.
		if rolled == 0 || rolled > posts {
			t.Fatalf("rolled up %d of %d posts", rolled, posts)
		}
		if _, err := Run(ctx, s, Options{}); err == nil {
			t.Fatal("empty options accepted")
		}
	})
}
