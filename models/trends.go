package models

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"

	"gorm.io/gorm/clause"
)

// ContributionCap is the most one person adds to one series on one day.
const ContributionCap = 5

// trendSecretKey names the key/value entry holding the HMAC key that
// turns user ids into contribution-bounding keys.
const trendSecretKey = "trends:secret"

func (s *Store) trendSecret(ctx context.Context) ([]byte, error) {
	kv := s.KV()
	v, err := kv.Get(trendSecretKey)
	if err != nil {
		return nil, err
	}
	if len(v) == 32 {
		return v, nil
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	// Insert-or-ignore, then read back: concurrent first writers agree.
	if err := s.q(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(&kvRow{K: trendSecretKey, V: b}).Error; err != nil {
		return nil, mapErr(err)
	}
	return kv.Get(trendSecretKey)
}

// BumpTrend adds one to a forum's daily series for a person, unless they
// already added ContributionCap to it today. Call it in the post's
// transaction.
func (s *Store) BumpTrend(ctx context.Context, at time.Time, forumID uint, series string, userID uint) error {
	day := at.UTC().Format("2006-01-02")
	secret, err := s.trendSecret(ctx)
	if err != nil {
		return err
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(strconv.FormatUint(uint64(userID), 10) + "|" + day))
	person := hex.EncodeToString(mac.Sum(nil))[:32]
	res := s.q(ctx).Exec(`INSERT INTO trend_seen (day, forum_id, series, person, n) VALUES (?, ?, ?, ?, 1)
		ON CONFLICT (day, forum_id, series, person) DO UPDATE SET n = trend_seen.n + 1 WHERE trend_seen.n < ?`,
		day, forumID, series, person, ContributionCap)
	if res.Error != nil {
		return mapErr(res.Error)
	}
	if res.RowsAffected == 0 {
		return nil // this person is at the cap today
	}
	return mapErr(s.q(ctx).Exec(`INSERT INTO trend_daily (day, forum_id, series, n) VALUES (?, ?, ?, 1)
		ON CONFLICT (day, forum_id, series) DO UPDATE SET n = trend_daily.n + 1`, day, forumID, series).Error)
}

// HourOfWeek is 0 for Monday 00:00–00:59 UTC up to 167.
func HourOfWeek(t time.Time) int {
	t = t.UTC()
	return ((int(t.Weekday())+6)%7)*24 + t.Hour()
}

// BumpHourly counts a post in its month's hour-of-week cell.
func (s *Store) BumpHourly(ctx context.Context, at time.Time) error {
	return mapErr(s.q(ctx).Exec(`INSERT INTO trend_hourly (month, how, n) VALUES (?, ?, 1)
		ON CONFLICT (month, how) DO UPDATE SET n = trend_hourly.n + 1`, at.UTC().Format("2006-01"), HourOfWeek(at)).Error)
}

// ClaimBuckets are the upper edges, in minutes, of the time-to-claim
// histogram; the last bucket is open-ended.
var ClaimBuckets = []int{1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 1440}

// BumpClaim records one crisis item's time to first claim.
func (s *Store) BumpClaim(ctx context.Context, at time.Time, waited time.Duration) error {
	b := len(ClaimBuckets)
	for i, edge := range ClaimBuckets {
		if waited <= time.Duration(edge)*time.Minute {
			b = i
			break
		}
	}
	return mapErr(s.q(ctx).Exec(`INSERT INTO trend_claims (day, bucket, n) VALUES (?, ?, 1)
		ON CONFLICT (day, bucket) DO UPDATE SET n = trend_claims.n + 1`, at.UTC().Format("2006-01-02"), b).Error)
}

// TrendDaily returns series → forum → day → count between two days.
func (s *Store) TrendDaily(ctx context.Context, from, to time.Time) (map[string]map[uint]map[string]int64, error) {
	var rows []struct {
		Day     string
		ForumID uint
		Series  string
		N       int64
	}
	err := s.q(ctx).Table("trend_daily").Where("day >= ? AND day <= ?", from.Format("2006-01-02"), to.Format("2006-01-02")).Scan(&rows).Error
	out := map[string]map[uint]map[string]int64{}
	for _, r := range rows {
		if out[r.Series] == nil {
			out[r.Series] = map[uint]map[string]int64{}
		}
		if out[r.Series][r.ForumID] == nil {
			out[r.Series][r.ForumID] = map[string]int64{}
		}
		out[r.Series][r.ForumID][r.Day] = r.N
	}
	return out, mapErr(err)
}

// TrendHourly sums hour-of-week counts over months from..to.
func (s *Store) TrendHourly(ctx context.Context, from, to time.Time) ([168]int64, error) {
	var rows []struct {
		How int
		N   int64
	}
	var out [168]int64
	err := s.q(ctx).Table("trend_hourly").Select("how, SUM(n) AS n").
		Where("month >= ? AND month <= ?", from.Format("2006-01"), to.Format("2006-01")).Group("how").Scan(&rows).Error
	for _, r := range rows {
		if r.How >= 0 && r.How < 168 {
			out[r.How] = r.N
		}
	}
	return out, mapErr(err)
}

// TrendClaims returns day → histogram of time to first claim.
func (s *Store) TrendClaims(ctx context.Context, from, to time.Time) (map[string][]int64, error) {
	var rows []struct {
		Day    string
		Bucket int
		N      int64
	}
	err := s.q(ctx).Table("trend_claims").Where("day >= ? AND day <= ?", from.Format("2006-01-02"), to.Format("2006-01-02")).Scan(&rows).Error
	out := map[string][]int64{}
	for _, r := range rows {
		h := out[r.Day]
		if h == nil {
			h = make([]int64, len(ClaimBuckets)+1)
			out[r.Day] = h
		}
		if r.Bucket >= 0 && r.Bucket < len(h) {
			h[r.Bucket] += r.N
		}
	}
	return out, mapErr(err)
}

// CachedRelease returns a stored release body, or "".
func (s *Store) CachedRelease(ctx context.Context, key string) (string, error) {
	var rows []struct{ Body string }
	err := s.q(ctx).Table("trend_releases").Select("body").Where("k = ?", key).Limit(1).Scan(&rows).Error
	if err != nil || len(rows) == 0 {
		return "", mapErr(err)
	}
	return rows[0].Body, nil
}

// StoreRelease keeps a release; the first writer wins so every reader
// sees the same noise.
func (s *Store) StoreRelease(ctx context.Context, key, body string) (string, error) {
	if err := s.q(ctx).Exec(`INSERT INTO trend_releases (k, body, created_at) VALUES (?, ?, ?) ON CONFLICT (k) DO NOTHING`,
		key, body, time.Now().UTC()).Error; err != nil {
		return "", mapErr(err)
	}
	return s.CachedRelease(ctx, key)
}

// PurgeTrendSeen drops contribution-bounding rows older than two days.
func (s *Store) PurgeTrendSeen(ctx context.Context, now time.Time) error {
	return mapErr(s.q(ctx).Exec("DELETE FROM trend_seen WHERE day < ?", now.UTC().AddDate(0, 0, -2).Format("2006-01-02")).Error)
}

// MarkFirstClaim sets first_claimed_at once and reports whether this was
// the first claim.
func (s *Store) MarkFirstClaim(ctx context.Context, id uint, at time.Time) (bool, error) {
	res := s.q(ctx).Exec("UPDATE queue_items SET first_claimed_at = ? WHERE id = ? AND first_claimed_at IS NULL", at, id)
	return res.RowsAffected == 1, mapErr(res.Error)
}

// TrendDailyAllForums returns series → day → count summed over forums
// (the database does the sum, so a year is a few thousand rows).
func (s *Store) TrendDailyAllForums(ctx context.Context, from, to time.Time) (map[string]map[string]int64, error) {
	rows, err := s.q(ctx).Table("trend_daily").Select("day, series, SUM(n) AS n").
		Where("day >= ? AND day <= ?", from.Format("2006-01-02"), to.Format("2006-01-02")).Group("day, series").Rows()
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	out := map[string]map[string]int64{}
	for rows.Next() {
		var day, series string
		var n int64
		if err := rows.Scan(&day, &series, &n); err != nil {
			return nil, mapErr(err)
		}
		if out[series] == nil {
			out[series] = map[string]int64{}
		}
		out[series][day] = n
	}
	return out, mapErr(rows.Err())
}
