package trends

// SuppressAcrossForums hides small per-forum monthly counts and adds
// complementary suppression so no hidden count follows from the
// all-forums figure for the month: within each month, the number of
// hidden non-zero forum cells is never exactly one while the all-forums
// figure is published. Months are separate sums (per-forum views are by
// month only and never publish weeks or days), so this rule is complete:
// each published all-forums month is the only equation its cells are in.
//
// cells[f][m] is forum f's count in month m; allPublished[m] says whether
// the all-forums figure for month m is published. It returns which cells
// are hidden.
func SuppressAcrossForums(cells [][]int64, allPublished []bool, k int) [][]bool {
	if k < MinK {
		k = MinK
	}
	hidden := make([][]bool, len(cells))
	for f := range cells {
		hidden[f] = make([]bool, len(cells[f]))
		for m, n := range cells[f] {
			hidden[f][m] = n > 0 && n < int64(k)
		}
	}
	for m := range allPublished {
		if !allPublished[m] {
			continue
		}
		count, best := 0, -1
		for f := range cells {
			n := cells[f][m]
			if n > 0 && hidden[f][m] {
				count++
			}
			if n > 0 && !hidden[f][m] && (best < 0 || n < cells[best][m]) {
				best = f
			}
		}
		if count == 1 && best >= 0 {
			hidden[best][m] = true
		}
	}
	return hidden
}
