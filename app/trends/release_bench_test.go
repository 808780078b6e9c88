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
				db.Exec("INSERT INTO trend_daily (day, series, n) VALUES (?, '_posts', ?)", day, 2500+rng.IntN(500))
				db.Exec("INSERT INTO trend_daily (day, series, n) VALUES (?, '_flags', ?)", day, 180+rng.IntN(60))
				for _, th := range Themes {
					db.Exec("INSERT INTO trend_daily (day, series, n) VALUES (?, ?, ?)", day, th, rng.IntN(60))
				}
				for bk := 0; bk < 6; bk++ {
					db.Exec("INSERT INTO trend_claims (day, bucket, n) VALUES (?, ?, ?)", day, bk, rng.IntN(10))
				}
			}
			for m := 0; m < 13; m++ {
				for h := 0; h < 168; h++ {
					db.Exec("INSERT INTO trend_hourly (month, how, n) VALUES (?, ?, ?)", now.AddDate(0, -m, 0).Format("2006-01"), h, 300+rng.IntN(300))
				}
			}
			svc := New(s, Config{K: DefaultK})
			clin := &models.User{ID: 1, Role: models.RoleClinician}
			q := Query{From: now.AddDate(-1, 0, 1), To: now, Bucket: "day"}
			b.ResetTimer()
			b.ReportAllocs()
			for b.Loop() {
				r, err := svc.Build(ctx, clin, q)
				if err != nil || len(r.Series) < 7*365 {
					b.Fatalf("%v %d", err, len(r.Series))
				}
			}
		})
	}
}
