package trends

import (
	"crypto/rand"
	"encoding/binary"
	"math"
)

// DiscreteLaplace returns an integer drawn from the two-sided geometric
// distribution P(x) ∝ exp(-ε|x|/Δ): the discrete Laplace mechanism for a
// count with sensitivity Δ. Integer noise avoids the floating-point
// attacks on continuous Laplace (Mironov 2012); randomness comes from
// crypto/rand. The difference of two geometric draws with
// p = 1 − exp(−ε/Δ) has exactly this distribution.
func DiscreteLaplace(epsilon float64, sensitivity int64) int64 {
	q := math.Exp(-epsilon / float64(sensitivity))
	a, b := geometric(q), geometric(q) // two independent draws
	return a - b
}

// geometric counts failures before a success with success chance 1 − q,
// by inversion of a uniform from crypto/rand (53 random bits).
func geometric(q float64) int64 {
	if q <= 0 {
		return 0
	}
	u := uniform()
	return int64(math.Floor(math.Log(u) / math.Log(q)))
}

// uniform is in (0, 1].
func uniform() float64 {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("trends: crypto/rand failed: " + err.Error())
	}
	return float64(binary.BigEndian.Uint64(b[:])>>11+1) / float64(1<<53)
}

// Noised adds discrete Laplace noise to every count, splitting the
// release's epsilon evenly over the cells a person can affect (sequential
// composition), and clips at zero for display (post-processing costs no
// privacy). cells is how many published numbers one person's posts can
// change; bound is the most one person adds to any one number.
func Noised(counts []int64, epsilon float64, cells int, bound int64) []int64 {
	if cells < 1 {
		cells = 1
	}
	perCell := epsilon / float64(cells)
	out := make([]int64, len(counts))
	for i, c := range counts {
		v := c + DiscreteLaplace(perCell, bound)
		if v < 0 {
			v = 0
		}
		out[i] = v
	}
	return out
}
