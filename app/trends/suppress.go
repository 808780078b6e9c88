// Package trends owns what clinicians may see: rollups of counts (no
// text, no people), small-cell suppression with complementary suppression
// across the day ⊂ week ⊂ month hierarchy and across forums, and optional
// differential privacy noise. It never imports Fiber.
package trends

import (
	"sort"
	"time"
)

// DefaultK is the smallest count published (CMS-style: 1..10 hidden).
const DefaultK = 11

// MinK is the floor for a configured threshold.
const MinK = 5

// AllForums is the row key of the all-forums figures.
const AllForums = "all"

// Node is one publishable number of a series: a row (one forum, or all
// forums) at a time node (a month; a week inside it, days 1–7, 8–14,
// 15–21, 22–28, 29–end, so weeks nest in months; or a day).
type Node struct {
	Row        string
	Key        string // time key: "2026-11", "2026-11/w2", "2026-11-09"
	Level      int    // 0 month, 1 week, 2 day
	N          int64
	Suppressed bool
	// Parts are the ways the node is a sum of other published nodes: its
	// time children, and (for all-forums nodes) the forums at the same time.
	Parts  [][]*Node
	hidden bool
}

// Graph holds every node of one series.
type Graph struct {
	Rows  []string
	nodes map[string]*Node // row + "|" + key
	order []*Node          // bottom-up: days, weeks, months; forums before all
}

// Get returns the node of a row at a time key.
func (g *Graph) Get(row, key string) *Node { return g.nodes[row+"|"+key] }

// AtLevel lists a row's nodes at a level in time order.
func (g *Graph) AtLevel(row string, level int) []*Node {
	var out []*Node
	for _, n := range g.order {
		if n.Row == row && n.Level == level {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// WeekOfMonth is the month-nested week (1..5) a day falls in.
func WeekOfMonth(t time.Time) int { return (t.Day()-1)/7 + 1 }

func weekKey(m time.Time, wk int) string { return m.Format("2006-01") + "/w" + string(rune('0'+wk)) }

// BuildGraph makes the nodes of one series from daily counts per forum
// (rows) over whole months covering [from, to]. The all-forums row is the
// sum of the forum rows.
func BuildGraph(daily map[string]map[string]int64, rows []string, from, to time.Time) *Graph {
	g := &Graph{Rows: rows, nodes: map[string]*Node{}}
	var monthsT []time.Time
	for m := time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC); !m.After(to); m = m.AddDate(0, 1, 0) {
		monthsT = append(monthsT, m)
	}
	all := append(append([]string{}, rows...), AllForums)
	type tk struct {
		key   string
		level int
		kids  []string
	}
	// The time skeleton, built once.
	var skeleton []tk
	for _, m := range monthsT {
		var weeks []string
		var days []string
		cur := ""
		for d := m; d.Month() == m.Month(); d = d.AddDate(0, 0, 1) {
			wk := weekKey(m, WeekOfMonth(d))
			if wk != cur {
				if cur != "" {
					skeleton = append(skeleton, tk{cur, 1, days})
				}
				cur, days = wk, nil
				weeks = append(weeks, wk)
			}
			dk := d.Format("2006-01-02")
			days = append(days, dk)
			skeleton = append(skeleton, tk{dk, 2, nil})
		}
		skeleton = append(skeleton, tk{cur, 1, days})
		skeleton = append(skeleton, tk{m.Format("2006-01"), 0, weeks})
	}
	for _, level := range []int{2, 1, 0} {
		for _, row := range all {
			for _, t := range skeleton {
				if t.level != level {
					continue
				}
				n := &Node{Row: row, Key: t.key, Level: level}
				if len(t.kids) > 0 {
					var part []*Node
					for _, k := range t.kids {
						c := g.Get(row, k)
						part = append(part, c)
						n.N += c.N
					}
					n.Parts = append(n.Parts, part)
				} else if row != AllForums || len(rows) == 0 {
					n.N = daily[row][t.key]
				}
				if row == AllForums && len(rows) > 0 {
					var part []*Node
					var sum int64
					for _, r := range rows {
						c := g.Get(r, t.key)
						part = append(part, c)
						sum += c.N
					}
					n.N = sum
					if len(rows) > 1 {
						n.Parts = append(n.Parts, part)
					}
				}
				g.nodes[row+"|"+t.key] = n
				g.order = append(g.order, n)
			}
		}
	}
	return g
}

// refresh recomputes, bottom-up, which nodes an observer cannot read: a
// suppressed node is hidden when every way of summing it includes a
// hidden non-zero part.
func (g *Graph) refresh() {
	for _, n := range g.order {
		n.hidden = n.Suppressed
		if !n.Suppressed {
			continue
		}
		for _, part := range n.Parts {
			if !anyHidden(part) {
				n.hidden = false
				break
			}
		}
	}
}

func anyHidden(part []*Node) bool {
	for _, c := range part {
		if c.N > 0 && c.hidden {
			return true
		}
	}
	return false
}

// Suppress hides every number with 1 ≤ n < k, then adds complementary
// suppression until no published node can be summed from its parts with
// exactly one hidden non-zero part (subtraction would reveal it), and no
// suppressed node can be rebuilt from readable parts.
func Suppress(g *Graph, k int) {
	if k < MinK {
		k = MinK
	}
	for _, n := range g.order {
		n.Suppressed = n.N > 0 && n.N < int64(k)
	}
	// Sweep bottom-up, fixing as we go, until a sweep changes nothing.
	// Parts come before their sums in the order, so each node is judged on
	// up-to-date parts; a fix that affects a node already passed is caught
	// by the next sweep.
	g.refresh()
	for changed := true; changed; {
		changed = false
		for _, n := range g.order {
			if n.Suppressed {
				n.hidden = true
				for _, part := range n.Parts {
					if !anyHidden(part) {
						n.hidden = false
					}
				}
				if !n.hidden {
					g.hide(n)
					changed = true
				}
				continue
			}
			for _, part := range n.Parts {
				var hid int
				for _, c := range part {
					if c.N > 0 && c.hidden {
						hid++
					}
				}
				if hid == 1 {
					if c := smallestReadable(part); c != nil {
						g.hide(c)
					} else {
						n.Suppressed, n.hidden = true, true
					}
					changed = true
				}
			}
		}
	}
}

// hide suppresses a node and, for every way of summing it that is fully
// readable, hides its smallest non-zero part too, so it stays hidden.
func (g *Graph) hide(n *Node) {
	n.Suppressed = true
	for _, part := range n.Parts {
		if !anyHidden(part) {
			if c := smallestReadable(part); c != nil {
				g.hide(c)
			}
		}
	}
	n.hidden = true
}

// smallestReadable picks the non-zero readable part with the smallest
// count (ties: earliest), so complementary suppression hides little.
func smallestReadable(part []*Node) *Node {
	var best *Node
	for _, c := range part {
		if c.N > 0 && !c.hidden && (best == nil || c.N < best.N) {
			best = c
		}
	}
	return best
}

// Published returns a node's count, or nil when suppressed.
func Published(n *Node) *int64 {
	if n == nil || n.Suppressed {
		return nil
	}
	v := n.N
	return &v
}
