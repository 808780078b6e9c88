package trends

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"haven/models"
)

// Config sets the privacy knobs.
type Config struct {
	K       int     // suppression threshold (floor MinK)
	Epsilon float64 // > 0 turns differential privacy on for a release
}

// Service builds releases for clinicians.
type Service struct {
	store *models.Store
	cfg   Config
	now   func() time.Time
}

// New builds the service.
func New(store *models.Store, cfg Config) *Service {
	if cfg.K < MinK {
		cfg.K = DefaultK
	}
	return &Service{store: store, cfg: cfg, now: func() time.Time { return time.Now().UTC() }}
}

// Query is what a clinician asks for.
type Query struct {
	From, To time.Time
	Bucket   string // day, week or month
	Forum    string // a forum's slug, or "" for all forums
}

// Cell is one published number of a series; nil Count is suppressed.
type Cell struct {
	Bucket   string `json:"bucket"`
	Category string `json:"category"`
	Count    *int64 `json:"count"`
}

// Rate is flagged posts per 1,000 posts in a bucket.
type Rate struct {
	Bucket      string   `json:"bucket"`
	PerThousand *float64 `json:"per_thousand"`
}

// ClaimStat is the time to first moderator claim of crisis items.
type ClaimStat struct {
	Bucket        string `json:"bucket"`
	MedianMinutes *int   `json:"median_minutes"`
	P90Minutes    *int   `json:"p90_minutes"`
}

// Release is everything one request publishes.
type Release struct {
	K         int         `json:"k"`
	From      string      `json:"from"`
	To        string      `json:"to"`
	Bucket    string      `json:"bucket"`
	Forum     string      `json:"forum"`
	Coarsened string      `json:"coarsened,omitempty"`
	Noise     string      `json:"noise,omitempty"`
	Series    []Cell      `json:"series"`
	Rates     []Rate      `json:"rates"`
	Claims    []ClaimStat `json:"claims"`
	Heat      []*int64    `json:"hour_of_week"`
}

// Themes are the published categories (no "all flags" total is
// published: it would be a margin over the categories).
var Themes = []string{"suicide", "self_harm", "overdose", "abuse", "harm_to_others", "relapse", "hopelessness"}

var levels = map[string]int{"month": 0, "week": 1, "day": 2}

// Window expands a request to whole calendar months (so releases over
// different windows agree cell by cell) and bounds it to two years.
func Window(q Query, now time.Time) (time.Time, time.Time, error) {
	if q.To.IsZero() {
		q.To = now
	}
	if q.From.IsZero() {
		q.From = q.To.AddDate(0, -2, 0)
	}
	if q.From.After(q.To) {
		return time.Time{}, time.Time{}, models.Invalid("from", "from must be before to.")
	}
	from := time.Date(q.From.Year(), q.From.Month(), 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(q.To.Year(), q.To.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, -1)
	if to.Sub(from) > 2*366*24*time.Hour {
		return time.Time{}, time.Time{}, models.Invalid("from", "Ask for at most two years at a time.")
	}
	return from, to, nil
}

// Build makes a release: suppression on the true counts over the whole
// hierarchy, coarsening when most cells would be hidden, then optional
// noise, cached so the same question gets the same answer.
func (s *Service) Build(ctx context.Context, actor *models.User, q Query) (*Release, error) {
	if actor == nil {
		return nil, models.ErrUnauthorized
	}
	if !actor.Can(models.RoleClinician) {
		return nil, models.ErrForbidden
	}
	if q.Bucket == "" {
		q.Bucket = "week"
	}
	level, ok := levels[q.Bucket]
	if !ok {
		return nil, models.Invalid("bucket", "bucket must be day, week or month.")
	}
	from, to, err := Window(q, s.now())
	if err != nil {
		return nil, err
	}
	var forums []models.Forum
	forumIdx := -1
	if q.Forum != "" {
		// Per-forum views are by month only: the month cells of all forums
		// then form one sum per month (see SuppressAcrossForums).
		if forums, err = s.store.ListForums(ctx, actor); err != nil {
			return nil, err
		}
		for i, f := range forums {
			if f.Slug == q.Forum {
				forumIdx = i
			}
		}
		if forumIdx < 0 {
			return nil, models.Invalid("forum", "There is no forum with that address.")
		}
		level = 0
	}
	key := fmt.Sprintf("%s|%s|%s|%s|k%d|e%g", from.Format("2006-01-02"), to.Format("2006-01-02"), q.Bucket, q.Forum, s.cfg.K, s.cfg.Epsilon)
	if s.cfg.Epsilon > 0 {
		if body, err := s.store.CachedRelease(ctx, key); err != nil {
			return nil, err
		} else if body != "" {
			var r Release
			if json.Unmarshal([]byte(body), &r) == nil {
				return &r, nil
			}
		}
	}
	daily, err := s.store.TrendDailyAllForums(ctx, from, to)
	if err != nil {
		return nil, err
	}
	graphs := map[string]*Graph{}
	for _, series := range append([]string{"_posts", "_flags"}, Themes...) {
		g := BuildGraph(map[string]map[string]int64{AllForums: daily[series]}, nil, from, to)
		Suppress(g, s.cfg.K)
		graphs[series] = g
	}
	r := &Release{K: max(s.cfg.K, MinK), From: from.Format("2006-01-02"), To: to.Format("2006-01-02")}
	if forumIdx >= 0 {
		ok, err := s.forumRelease(ctx, r, graphs, forums, forumIdx, from, to)
		if err != nil {
			return nil, err
		}
		if ok {
			return s.finish(ctx, r, key, from, to, 0)
		}
		r.Coarsened = "This forum has too few posts to show on its own, so this view covers all forums."
		level = levels[q.Bucket]
	}
	// Coarsen while more than half of the non-zero theme cells would be
	// hidden.
	names := []string{"months", "weeks", "days"}
	for level > 0 && hiddenShare(graphs, AllForums, level) > 0.5 {
		level--
		r.Coarsened = "Most " + names[level+1] + " had too few posts to show safely, so this view uses " + names[level] + " instead."
	}
	r.Bucket = []string{"month", "week", "day"}[level]
	r.Forum = "all forums"
	for _, n := range graphs["_posts"].AtLevel(AllForums, level) {
		hiddenTheme := false
		for _, th := range Themes {
			cell := graphs[th].Get(AllForums, n.Key)
			r.Series = append(r.Series, Cell{Bucket: n.Key, Category: th, Count: Published(cell)})
			hiddenTheme = hiddenTheme || cell.Suppressed
		}
		// The rate reveals the flag total, a margin over the themes: show
		// it only where no theme cell of the bucket is hidden.
		rate := Rate{Bucket: n.Key}
		posts, flags := n, graphs["_flags"].Get(AllForums, n.Key)
		if !hiddenTheme && !posts.Suppressed && !flags.Suppressed && posts.N > 0 {
			v := float64(flags.N) * 1000 / float64(posts.N)
			rate.PerThousand = &v
		}
		r.Rates = append(r.Rates, rate)
	}
	return s.finish(ctx, r, key, from, to, level)
}

// finish adds the all-forums claim times and hour-of-week table, then
// the optional noise, and stores a noised release.
func (s *Service) finish(ctx context.Context, r *Release, key string, from, to time.Time, level int) (*Release, error) {
	g := BuildGraph(map[string]map[string]int64{AllForums: {}}, nil, from, to)
	claims, err := s.store.TrendClaims(ctx, from, to)
	if err != nil {
		return nil, err
	}
	r.Claims = claimStats(claims, g.AtLevel(AllForums, level), r.K)
	hourly, err := s.store.TrendHourly(ctx, from, to)
	if err != nil {
		return nil, err
	}
	r.Heat = suppressFlat(hourly[:], r.K)
	if s.cfg.Epsilon > 0 {
		s.addNoise(r)
		raw, err := json.Marshal(r)
		if err != nil {
			return nil, err
		}
		body, err := s.store.StoreRelease(ctx, key, string(raw))
		if err != nil {
			return nil, err
		}
		var stored Release
		if err := json.Unmarshal([]byte(body), &stored); err == nil {
			return &stored, nil
		}
	}
	return r, nil
}

func hiddenShare(graphs map[string]*Graph, row string, level int) float64 {
	var nonzero, hid int
	for _, th := range Themes {
		for _, n := range graphs[th].AtLevel(row, level) {
			if n.N > 0 {
				nonzero++
				if n.Suppressed {
					hid++
				}
			}
		}
	}
	if nonzero == 0 {
		return 0
	}
	return float64(hid) / float64(nonzero)
}

// daysOf lists the day keys a time node covers.
func daysOf(n *Node) []string {
	if n.Level == 2 {
		return []string{n.Key}
	}
	var out []string
	for _, c := range n.Parts[0] {
		out = append(out, daysOf(c)...)
	}
	return out
}

// claimStats sums the per-day histograms into each bucket and publishes
// the median and 90th percentile only when at least k items were claimed.
func claimStats(days map[string][]int64, buckets []*Node, k int) []ClaimStat {
	var out []ClaimStat
	for _, b := range buckets {
		h := make([]int64, len(models.ClaimBuckets)+1)
		for _, d := range daysOf(b) {
			for i, v := range days[d] {
				h[i] += v
			}
		}
		var total int64
		for _, v := range h {
			total += v
		}
		st := ClaimStat{Bucket: b.Key}
		if total >= int64(k) {
			st.MedianMinutes, st.P90Minutes = quantile(h, total, 0.5), quantile(h, total, 0.9)
		}
		out = append(out, st)
	}
	return out
}

// quantile is the upper edge of the histogram bucket holding the q-th
// item ("within 5 minutes"); the open last bucket reports its lower edge.
func quantile(h []int64, total int64, q float64) *int {
	need := int64(q*float64(total) + 0.999999)
	var seen int64
	for i, v := range h {
		seen += v
		if seen >= need {
			edge := models.ClaimBuckets[min(i, len(models.ClaimBuckets)-1)]
			return &edge
		}
	}
	return nil
}

// suppressFlat hides small cells of a flat table whose total can be
// derived elsewhere (the post counts), with complementary suppression so
// no single hidden cell follows from the total.
func suppressFlat(counts []int64, k int) []*int64 {
	out := make([]*int64, len(counts))
	hidden := make([]bool, len(counts))
	nHidden := 0
	for i, v := range counts {
		if v > 0 && v < int64(k) {
			hidden[i] = true
			nHidden++
		}
	}
	if nHidden == 1 {
		best := -1
		for i, v := range counts {
			if v > 0 && !hidden[i] && (best < 0 || v < counts[best]) {
				best = i
			}
		}
		if best >= 0 {
			hidden[best] = true
		}
	}
	for i, v := range counts {
		if !hidden[i] {
			c := v
			out[i] = &c
		}
	}
	return out
}

// addNoise applies discrete Laplace noise to every published count. One
// person adds at most ContributionCap to any daily cell, and can appear
// in every cell of the release, so the release's epsilon is split over
// all its cells (sequential composition).
func (s *Service) addNoise(r *Release) {
	var cells []*int64
	for i := range r.Series {
		if r.Series[i].Count != nil {
			cells = append(cells, r.Series[i].Count)
		}
	}
	for _, h := range r.Heat {
		if h != nil {
			cells = append(cells, h)
		}
	}
	bound := int64(models.ContributionCap)
	if r.Bucket != "day" {
		bound *= 31 // a person can add the daily cap on every day of a month
	}
	vals := make([]int64, len(cells))
	for i, c := range cells {
		vals[i] = *c
	}
	noised := Noised(vals, s.cfg.Epsilon, len(cells), bound)
	for i, c := range cells {
		*c = noised[i]
	}
	// Rates and claim times are derived from noised counts only when they
	// can be; otherwise they are withheld under noise.
	r.Rates = nil
	r.Noise = fmt.Sprintf("Counts include random noise (differential privacy, ε = %g for this whole view), so small differences are not meaningful. The same question always gets the same answer.", s.cfg.Epsilon)
}

// forumRelease fills r with one forum's monthly figures, suppressed
// across forums month by month. It reports false when most of the
// forum's cells would be hidden (the caller then shows all forums).
func (s *Service) forumRelease(ctx context.Context, r *Release, graphs map[string]*Graph, forums []models.Forum, pick int, from, to time.Time) (bool, error) {
	daily, err := s.store.TrendDaily(ctx, from, to)
	if err != nil {
		return false, err
	}
	months := graphs["_posts"].AtLevel(AllForums, 0)
	cellsOf := func(series string) ([][]int64, [][]bool) {
		cells := make([][]int64, len(forums))
		for i, f := range forums {
			cells[i] = make([]int64, len(months))
			for d, n := range daily[series][f.ID] {
				for m, mo := range months {
					if d[:7] == mo.Key {
						cells[i][m] += n
					}
				}
			}
		}
		pub := make([]bool, len(months))
		for m, mo := range months {
			pub[m] = !graphs[series].Get(AllForums, mo.Key).Suppressed
		}
		return cells, SuppressAcrossForums(cells, pub, s.cfg.K)
	}
	type table struct {
		cells  [][]int64
		hidden [][]bool
	}
	tabs := map[string]table{}
	nonzero, hid := 0, 0
	for _, series := range append([]string{"_posts", "_flags"}, Themes...) {
		c, h := cellsOf(series)
		tabs[series] = table{c, h}
		if series[0] != '_' {
			for m := range months {
				if c[pick][m] > 0 {
					nonzero++
					if h[pick][m] {
						hid++
					}
				}
			}
		}
	}
	if nonzero > 0 && float64(hid)/float64(nonzero) > 0.5 {
		return false, nil
	}
	r.Bucket, r.Forum = "month", forums[pick].Name
	r.Coarsened = "Views of one forum are by month."
	for m, mo := range months {
		hiddenTheme := false
		for _, th := range Themes {
			t := tabs[th]
			cell := Cell{Bucket: mo.Key, Category: th}
			if !t.hidden[pick][m] {
				v := t.cells[pick][m]
				cell.Count = &v
			} else {
				hiddenTheme = true
			}
			r.Series = append(r.Series, cell)
		}
		rate := Rate{Bucket: mo.Key}
		p, f := tabs["_posts"], tabs["_flags"]
		if !hiddenTheme && !p.hidden[pick][m] && !f.hidden[pick][m] && p.cells[pick][m] > 0 {
			v := float64(f.cells[pick][m]) * 1000 / float64(p.cells[pick][m])
			rate.PerThousand = &v
		}
		r.Rates = append(r.Rates, rate)
	}
	return true, nil
}
