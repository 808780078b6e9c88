package seed

import (
	"context"
	"strconv"
	"time"

	"haven/models"
)

// rollups mirrors models.BumpTrend in memory (with the same per-person
// daily cap), then writes the totals in a few statements.
type rollups struct {
	daily  map[[3]string]int64
	seen   map[[4]string]int
	hourly map[[2]any]int64
	claims map[[2]any]int64
}

func newRollups() *rollups {
	return &rollups{daily: map[[3]string]int64{}, seen: map[[4]string]int{}, hourly: map[[2]any]int64{}, claims: map[[2]any]int64{}}
}

func (r *rollups) bump(user, forum uint, at time.Time, series string) {
	day := at.UTC().Format("2006-01-02")
	f := strconv.FormatUint(uint64(forum), 10)
	k := [4]string{day, f, series, strconv.FormatUint(uint64(user), 10)}
	if r.seen[k] >= models.ContributionCap {
		return
	}
	r.seen[k]++
	r.daily[[3]string{day, f, series}]++
}

func (r *rollups) post(user, forum uint, at time.Time) {
	r.bump(user, forum, at, "_posts")
	r.hourly[[2]any{at.UTC().Format("2006-01"), models.HourOfWeek(at)}]++
}

func (r *rollups) flag(user, forum uint, at time.Time, tier string, categories []string) {
	r.bump(user, forum, at, "_flags")
	r.bump(user, forum, at, "tier:"+tier)
	for _, c := range categories {
		r.bump(user, forum, at, c)
	}
}

func (r *rollups) claim(at time.Time, waited time.Duration) {
	b := len(models.ClaimBuckets)
	for i, edge := range models.ClaimBuckets {
		if waited <= time.Duration(edge)*time.Minute {
			b = i
			break
		}
	}
	r.claims[[2]any{at.UTC().Format("2006-01-02"), b}]++
}

func (r *rollups) save(ctx context.Context, st *models.Store) error {
	db := st.DB().WithContext(ctx)
	for k, n := range r.daily {
		if err := db.Exec(`INSERT INTO trend_daily (day, forum_id, series, n) VALUES (?, ?, ?, ?)
			ON CONFLICT (day, forum_id, series) DO UPDATE SET n = trend_daily.n + excluded.n`, k[0], k[1], k[2], n).Error; err != nil {
			return err
		}
	}
	for k, n := range r.hourly {
		if err := db.Exec(`INSERT INTO trend_hourly (month, how, n) VALUES (?, ?, ?)
			ON CONFLICT (month, how) DO UPDATE SET n = trend_hourly.n + excluded.n`, k[0], k[1], n).Error; err != nil {
			return err
		}
	}
	for k, n := range r.claims {
		if err := db.Exec(`INSERT INTO trend_claims (day, bucket, n) VALUES (?, ?, ?)
			ON CONFLICT (day, bucket) DO UPDATE SET n = trend_claims.n + excluded.n`, k[0], k[1], n).Error; err != nil {
			return err
		}
	}
	return nil
}
