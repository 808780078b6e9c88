package trends

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// leavesUnder lists the forum-day cells a node sums.
func leavesUnder(g *Graph, n *Node) []*Node {
	rows := []string{n.Row}
	if n.Row == AllForums && len(g.Rows) > 0 {
		rows = g.Rows
	}
	var out []*Node
	for _, r := range rows {
		for _, d := range g.AtLevel(r, 2) {
			if d.Key == n.Key || n.Level == 1 && strings.HasPrefix(d.Key, n.Key[:7]) && WeekOfMonth(mustDay(d.Key)) == int(n.Key[9]-'0') ||
				n.Level == 0 && strings.HasPrefix(d.Key, n.Key) {
				out = append(out, d)
			}
		}
	}
	return out
}

func mustDay(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

// basis is a row-reduced set of equations; reduce tells whether a vector
// is a combination of them.
type basis struct {
	rows  [][]float64
	pivot []int
}

func (b *basis) reduce(v []float64) []float64 {
	v = append([]float64(nil), v...)
	for i, r := range b.rows {
		p := b.pivot[i]
		if f := v[p]; math.Abs(f) > 1e-9 {
			for j := range v {
				v[j] -= f * r[j]
			}
		}
	}
	return v
}

func (b *basis) add(v []float64) {
	v = b.reduce(v)
	for j, x := range v {
		if math.Abs(x) > 1e-9 {
			for k := range v {
				v[k] /= x
			}
			// keep the basis fully reduced
			for i, r := range b.rows {
				if f := r[j]; math.Abs(f) > 1e-9 {
					for k := range r {
						r[k] -= f * v[k]
					}
					b.rows[i] = r
				}
			}
			b.rows = append(b.rows, v)
			b.pivot = append(b.pivot, j)
			return
		}
	}
}

func (b *basis) spans(v []float64) bool {
	for _, x := range b.reduce(v) {
		if math.Abs(x) > 1e-9 {
			return false
		}
	}
	return true
}

// recoverable lists suppressed nodes whose value follows from the
// published nodes by linear algebra over the unknown forum-day cells.
func recoverable(g *Graph) []string {
	var unknown []*Node
	idx := map[*Node]int{}
	leafRows := g.Rows
	if len(leafRows) == 0 {
		leafRows = []string{AllForums}
	}
	for _, r := range leafRows {
		for _, d := range g.AtLevel(r, 2) {
			if d.Suppressed {
				idx[d] = len(unknown)
				unknown = append(unknown, d)
			}
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	vec := func(n *Node) ([]float64, bool) {
		row := make([]float64, len(unknown))
		any := false
		for _, d := range leavesUnder(g, n) {
			if i, ok := idx[d]; ok {
				row[i] = 1
				any = true
			}
		}
		return row, any
	}
	var b basis
	for _, n := range g.order {
		if n.Suppressed {
			continue
		}
		if r, any := vec(n); any {
			b.add(r)
		}
	}
	var out []string
	for _, n := range g.order {
		if !n.Suppressed || n.N == 0 {
			continue
		}
		r, any := vec(n)
		if !any || b.spans(r) {
			out = append(out, n.Row+"|"+n.Key)
		}
	}
	return out
}

// TestSuppressionProperties: over many random quarters of daily counts,
// no published cell is in 1..k-1 and no suppressed day can be solved from
// the published weeks and months.
func TestSuppressionProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 2026))
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)
	for trial := 0; trial < 300; trial++ {
		daily := map[string]int64{}
		density := rng.IntN(4)
		for d := from; !d.After(to); d = d.AddDate(0, 0, 1) {
			switch density {
			case 0: // sparse: mostly zeros and small counts
				if rng.IntN(3) == 0 {
					daily[d.Format("2006-01-02")] = int64(rng.IntN(6))
				}
			case 1: // small everywhere
				daily[d.Format("2006-01-02")] = int64(rng.IntN(12))
			case 2: // mostly large with a few small
				daily[d.Format("2006-01-02")] = int64(10 + rng.IntN(40))
				if rng.IntN(8) == 0 {
					daily[d.Format("2006-01-02")] = int64(1 + rng.IntN(4))
				}
			default: // mixed
				daily[d.Format("2006-01-02")] = int64(rng.IntN(30))
			}
		}
		k := DefaultK
		// Releases publish one row (all forums; see release.go). A single
		// forum row plus the all-forums row is the same shape.
		forums := []string{"f1"}
		perForum := map[string]map[string]int64{}
		for day, n := range daily {
			for n > 0 {
				f := forums[rng.IntN(len(forums))]
				if perForum[f] == nil {
					perForum[f] = map[string]int64{}
				}
				take := 1 + rng.Int64N(n)
				perForum[f][day] += take
				n -= take
			}
		}
		g := BuildGraph(perForum, forums, from, to)
		Suppress(g, k)
		for _, n := range g.order {
			if !n.Suppressed && n.N > 0 && n.N < int64(k) {
				t.Fatalf("trial %d: published small cell %s|%s = %d", trial, n.Row, n.Key, n.N)
			}
		}
		if keys := recoverable(g); len(keys) > 0 {
			t.Fatalf("trial %d (density %d, %d forums): suppressed numbers recoverable from published ones: %v", trial, density, len(forums), keys)
		}
	}
}

func TestSuppressKeepsLargeCellsAndFloorsK(t *testing.T) {
	from := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	daily := map[string]int64{}
	for d := from; d.Month() == 2; d = d.AddDate(0, 0, 1) {
		daily[d.Format("2006-01-02")] = 50
	}
	daily["2026-02-03"] = 4
	g := BuildGraph(map[string]map[string]int64{"f1": daily}, []string{"f1"}, from, from)
	Suppress(g, 2) // below the floor: treated as 5
	if !g.Get("f1", "2026-02-03").Suppressed {
		t.Fatal("small day published")
	}
	// Its week stays published, so a second day in that week is hidden.
	w := g.Get("f1", "2026-02/w1")
	hiddenDays := 0
	for _, d := range w.Parts[0] {
		if d.Suppressed {
			hiddenDays++
		}
	}
	if w.Suppressed || hiddenDays != 2 {
		t.Fatalf("week suppressed=%v with %d hidden days", w.Suppressed, hiddenDays)
	}
	if g.Get("f1", "2026-02-10").Suppressed || g.Get("f1", "2026-02").Suppressed {
		t.Fatal("unrelated cells suppressed")
	}
	if got := Published(g.Get(AllForums, "2026-02")); got == nil || *got != 50*27+4 {
		t.Fatalf("month %v", got)
	}
}
