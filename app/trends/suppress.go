// Package trends owns what clinicians may see: rollups of counts (no
// text, no people), small-cell suppression with complementary suppression
// across the day ⊂ week ⊂ month hierarchy, and optional differential
// privacy noise. It never imports Fiber.
package trends

import (
	"sort"
	"time"
)

// DefaultK is the smallest count published (CMS-style: 1..10 hidden).
const DefaultK = 11

// MinK is the floor for a configured threshold.
const MinK = 5

// Node is one cell of a count hierarchy for one series: a month, a week
// inside it (days 1–7, 8–14, 15–21, 22–28, 29–end, so weeks nest in
// months), or a day.
type Node struct {
	Key        string // "2026-11", "2026-11/w2", "2026-11-09"
	Level      int    // 0 month, 1 week, 2 day
	N          int64
	Suppressed bool
	Children   []*Node
	parent     *Node
}

// Tree is the hierarchy for one series over whole months.
type Tree struct {
	Months []*Node
	ByKey  map[string]*Node
}

// WeekOfMonth is the month-nested week (1..5) a day falls in.
func WeekOfMonth(t time.Time) int { return (t.Day()-1)/7 + 1 }

// BuildTree makes the hierarchy from daily counts over whole months
// covering [from, to].
func BuildTree(daily map[string]int64, from, to time.Time) *Tree {
	tr := &Tree{ByKey: map[string]*Node{}}
	for m := time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC); !m.After(to); m = m.AddDate(0, 1, 0) {
		month := &Node{Key: m.Format("2006-01"), Level: 0}
		tr.Months = append(tr.Months, month)
		tr.ByKey[month.Key] = month
		var week *Node
		for d := m; d.Month() == m.Month(); d = d.AddDate(0, 0, 1) {
			wk := WeekOfMonth(d)
			if week == nil || week.Key != weekKey(m, wk) {
				week = &Node{Key: weekKey(m, wk), Level: 1, parent: month}
				month.Children = append(month.Children, week)
				tr.ByKey[week.Key] = week
			}
			day := &Node{Key: d.Format("2006-01-02"), Level: 2, N: daily[d.Format("2006-01-02")], parent: week}
			week.Children = append(week.Children, day)
			week.N += day.N
			month.N += day.N
			tr.ByKey[day.Key] = day
		}
	}
	return tr
}

func weekKey(m time.Time, wk int) string { return m.Format("2006-01") + "/w" + string(rune('0'+wk)) }

// hidden: a node whose value an observer cannot read: suppressed, and
// (for weeks and months) not derivable from published children.
func hidden(n *Node) bool {
	if !n.Suppressed {
		return false
	}
	if len(n.Children) == 0 {
		return true
	}
	for _, c := range n.Children {
		if c.N > 0 && hidden(c) {
			return true
		}
	}
	return false
}

// Suppress hides every cell with 1 ≤ n < k, then adds complementary
// suppression until no published parent has exactly one hidden non-zero
// child (which subtraction would reveal) and no suppressed parent can be
// rebuilt from published children.
func Suppress(tr *Tree, k int) {
	if k < MinK {
		k = MinK
	}
	all := tr.nodes()
	for _, n := range all {
		n.Suppressed = n.N > 0 && n.N < int64(k)
	}
	for changed := true; changed; {
		changed = false
		for _, n := range all {
			if len(n.Children) == 0 {
				continue
			}
			// A suppressed parent must not be derivable: hide one more
			// non-zero child if all are readable.
			if n.Suppressed && !hidden(n) {
				if c := smallestReadable(n); c != nil {
					suppressDown(c)
					changed = true
				}
			}
			if n.Suppressed {
				continue
			}
			var hid []*Node
			for _, c := range n.Children {
				if c.N > 0 && hidden(c) {
					hid = append(hid, c)
				}
			}
			if len(hid) == 1 {
				if c := smallestReadable(n); c != nil {
					suppressDown(c)
				} else {
					n.Suppressed = true
				}
				changed = true
			}
		}
	}
}

// suppressDown hides a node so it stays hidden: a week or month is hidden
// together with its smallest non-zero child, recursively.
func suppressDown(n *Node) {
	n.Suppressed = true
	if len(n.Children) > 0 && !hidden(n) {
		if c := smallestReadable(n); c != nil {
			suppressDown(c)
		}
	}
}

// smallestReadable picks the non-zero, readable child with the smallest
// count (ties: earliest), so complementary suppression hides as little as
// possible.
func smallestReadable(n *Node) *Node {
	var best *Node
	for _, c := range n.Children {
		if c.N > 0 && !hidden(c) && (best == nil || c.N < best.N) {
			best = c
		}
	}
	return best
}

// nodes lists days first, then weeks, then months, so the fix-point loop
// settles bottom-up.
func (tr *Tree) nodes() []*Node {
	var out []*Node
	for _, n := range tr.ByKey {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Level != out[j].Level {
			return out[i].Level > out[j].Level
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// Published returns a node's count, or nil when suppressed.
func Published(n *Node) *int64 {
	if n.Suppressed {
		return nil
	}
	v := n.N
	return &v
}
