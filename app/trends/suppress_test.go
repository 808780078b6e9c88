package trends

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// leavesUnder lists the day nodes below n.
func leavesUnder(n *Node) []*Node {
	if len(n.Children) == 0 {
		return []*Node{n}
	}
	var out []*Node
	for _, c := range n.Children {
		out = append(out, leavesUnder(c)...)
	}
	return out
}

// rank of a 0/1 matrix by Gaussian elimination.
func rank(rows [][]float64) int {
	m := make([][]float64, len(rows))
	for i := range rows {
		m[i] = append([]float64(nil), rows[i]...)
	}
	r := 0
	if len(m) == 0 {
		return 0
	}
	for c := 0; c < len(m[0]) && r < len(m); c++ {
		p := -1
		for i := r; i < len(m); i++ {
			if math.Abs(m[i][c]) > 1e-9 {
				p = i
				break
			}
		}
		if p < 0 {
			continue
		}
		m[r], m[p] = m[p], m[r]
		for i := range m {
			if i != r && math.Abs(m[i][c]) > 1e-9 {
				f := m[i][c] / m[r][c]
				for j := c; j < len(m[i]); j++ {
					m[i][j] -= f * m[r][j]
				}
			}
		}
		r++
	}
	return r
}

// recoverable lists suppressed days whose value follows from the
// published weeks and months by linear algebra: e_x lies in the row space
// of the equations over the unknown days.
func recoverable(tr *Tree) []string {
	var unknown []*Node
	idx := map[*Node]int{}
	for _, m := range tr.Months {
		for _, d := range leavesUnder(m) {
			if d.Suppressed {
				idx[d] = len(unknown)
				unknown = append(unknown, d)
			}
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	var rows [][]float64
	for _, n := range tr.ByKey {
		if n.Level == 2 || n.Suppressed {
			continue
		}
		row := make([]float64, len(unknown))
		any := false
		for _, d := range leavesUnder(n) {
			if i, ok := idx[d]; ok {
				row[i] = 1
				any = true
			}
		}
		if any {
			rows = append(rows, row)
		}
	}
	base := rank(rows)
	var out []string
	for i, d := range unknown {
		e := make([]float64, len(unknown))
		e[i] = 1
		if rank(append(rows, e)) == base {
			out = append(out, d.Key)
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
		tr := BuildTree(daily, from, to)
		Suppress(tr, k)
		for _, n := range tr.ByKey {
			if !n.Suppressed && n.N > 0 && n.N < int64(k) {
				t.Fatalf("trial %d: published small cell %s = %d", trial, n.Key, n.N)
			}
		}
		if keys := recoverable(tr); len(keys) > 0 {
			t.Fatalf("trial %d (density %d): suppressed days recoverable from published totals: %v", trial, density, keys)
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
	tr := BuildTree(daily, from, from)
	Suppress(tr, 2) // below the floor: treated as 5
	if !tr.ByKey["2026-02-03"].Suppressed {
		t.Fatal("small day published")
	}
	// Its week stays published, so a second day in that week is hidden.
	w := tr.ByKey["2026-02/w1"]
	hiddenDays := 0
	for _, d := range w.Children {
		if d.Suppressed {
			hiddenDays++
		}
	}
	if w.Suppressed || hiddenDays != 2 {
		t.Fatalf("week suppressed=%v with %d hidden days", w.Suppressed, hiddenDays)
	}
	if tr.ByKey["2026-02-10"].Suppressed || tr.ByKey["2026-02"].Suppressed {
		t.Fatal("unrelated cells suppressed")
	}
	if got := Published(tr.ByKey["2026-02"]); got == nil || *got != 50*27+4 {
		t.Fatalf("month %v", got)
	}
}
