package trends

import (
	"math/rand/v2"
	"testing"
)

// TestForumSuppressionProperties: random forum × month tables; with the
// all-forums month figures published where the all-forums hierarchy
// publishes them, no hidden forum cell can be solved for.
func TestForumSuppressionProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := 0; trial < 500; trial++ {
		forums, months := 2+rng.IntN(6), 1+rng.IntN(12)
		cells := make([][]int64, forums)
		for f := range cells {
			cells[f] = make([]int64, months)
			for m := range cells[f] {
				switch rng.IntN(3) {
				case 0:
					cells[f][m] = int64(rng.IntN(5))
				case 1:
					cells[f][m] = int64(rng.IntN(15))
				default:
					cells[f][m] = int64(rng.IntN(80))
				}
			}
		}
		allPub := make([]bool, months)
		for m := range allPub {
			var sum int64
			for f := range cells {
				sum += cells[f][m]
			}
			allPub[m] = !(sum > 0 && sum < DefaultK) && rng.IntN(6) > 0 // sometimes hidden by the time hierarchy
		}
		hidden := SuppressAcrossForums(cells, allPub, DefaultK)
		// Unknowns: hidden cells. Equations: each published month sum.
		var idx [][2]int
		pos := map[[2]int]int{}
		for f := range cells {
			for m := range cells[f] {
				if hidden[f][m] {
					pos[[2]int{f, m}] = len(idx)
					idx = append(idx, [2]int{f, m})
				} else if cells[f][m] > 0 && cells[f][m] < DefaultK {
					t.Fatalf("published small cell %d", cells[f][m])
				}
			}
		}
		var b basis
		for m := range allPub {
			if !allPub[m] {
				continue
			}
			row := make([]float64, len(idx))
			for f := range cells {
				if i, ok := pos[[2]int{f, m}]; ok {
					row[i] = 1
				}
			}
			b.add(row)
		}
		for i, c := range idx {
			if cells[c[0]][c[1]] == 0 {
				continue
			}
			e := make([]float64, len(idx))
			e[i] = 1
			if b.spans(e) {
				t.Fatalf("trial %d: hidden cell forum %d month %d is recoverable", trial, c[0], c[1])
			}
		}
	}
}
