package trends

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"haven/models"
	"haven/models/storetest"
)

// BenchmarkBuildYearByDay builds a day-level release over a year of
// rollups the size a million posts leave (about 2,700 posts a day, 8 % of
// them flagged): the page's cost depends on days × series, never on the
// number of posts.
func BenchmarkBuildYearByDay(b *testing.B) {
	for _, be := range storetest.Backends(b) {
		b.Run(be.Name, func(b *testing.B) {
			s := be.Store
			ctx := context.Background()
			rng := rand.New(rand.NewPCG(1, 2))
			now := time.Now().UTC()
			db := s.DB()
			for d := 0; d < 365; d++ {
				day := now.AddDate(0, 0, -d).Format("2006-01-02")
				for f := 1; f <= 7; f++ {
					must(b, db.Exec("INSERT INTO trend_daily (day, forum_id, series, n) VALUES (?, ?, '_posts', ?)", day, f, 350+rng.IntN(70)).Error)
					must(b, db.Exec("INSERT INTO trend_daily (day, forum_id, series, n) VALUES (?, ?, '_flags', ?)", day, f, 25+rng.IntN(10)).Error)
					for _, th := range Themes {
						must(b, db.Exec("INSERT INTO trend_daily (day, forum_id, series, n) VALUES (?, ?, ?, ?)", day, f, th, rng.IntN(9)).Error)
					}
				}
				for bk := 0; bk < 6; bk++ {
					must(b, db.Exec("INSERT INTO trend_claims (day, bucket, n) VALUES (?, ?, ?)", day, bk, rng.IntN(10)).Error)
				}
			}
			for m := 0; m < 13; m++ {
				for h := 0; h < 168; h++ {
					must(b, db.Exec("INSERT INTO trend_hourly (month, how, n) VALUES (?, ?, ?)", now.AddDate(0, -m, 0).Format("2006-01"), h, 300+rng.IntN(300)).Error)
				}
			}
			svc := New(s, Config{K: DefaultK})
			clin := &models.User{ID: 1, Role: models.RoleClinician}
			q := Query{From: now.AddDate(-1, 0, 1), To: now, Bucket: "day"}
			b.ResetTimer()
			b.ReportAllocs()
			for b.Loop() {
				r, err := svc.Build(ctx, clin, q)
				if err != nil || len(r.Series) < 7*365 || r.Series[7*200].Count == nil && r.Series[7*201].Count == nil {
					b.Fatalf("%v %d", err, len(r.Series))
				}
			}
		})
	}
}

func must(b *testing.B, err error) {
	if err != nil {
		b.Fatal(err)
	}
}
