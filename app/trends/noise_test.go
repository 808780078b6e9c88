package trends

import (
	"math"
	"testing"
)

func TestDiscreteLaplaceMatchesItsDistribution(t *testing.T) {
	const n = 200000
	eps := 0.5
	q := math.Exp(-eps)
	var sum, sumSq float64
	counts := map[int64]int{}
	for i := 0; i < n; i++ {
		x := DiscreteLaplace(eps, 1)
		sum += float64(x)
		sumSq += float64(x * x)
		counts[x]++
	}
	mean := sum / n
	variance := sumSq/n - mean*mean
	want := 2 * q / ((1 - q) * (1 - q)) // variance of the two-sided geometric
	if math.Abs(mean) > 0.05 {
		t.Errorf("mean %.3f, want 0", mean)
	}
	if math.Abs(variance-want)/want > 0.05 {
		t.Errorf("variance %.3f, want %.3f", variance, want)
	}
	// P(0) = (1-q)/(1+q); symmetric tails.
	p0 := float64(counts[0]) / n
	if math.Abs(p0-(1-q)/(1+q)) > 0.01 {
		t.Errorf("P(0) = %.3f, want %.3f", p0, (1-q)/(1+q))
	}
	if a, b := counts[3], counts[-3]; math.Abs(float64(a-b)) > 0.1*float64(a+b) {
		t.Errorf("asymmetric tails: %d vs %d", a, b)
	}
	// Ratio of neighbouring probabilities is q: the ε guarantee.
	if r := float64(counts[2]) / float64(counts[1]); math.Abs(r-q) > 0.05 {
		t.Errorf("P(2)/P(1) = %.3f, want %.3f", r, q)
	}
}

func TestNoisedClipsAndScalesWithEpsilon(t *testing.T) {
	counts := make([]int64, 2000)
	for i := range counts {
		counts[i] = 100
	}
	spread := func(eps float64) float64 {
		out := Noised(counts, eps, 1, 1)
		var d float64
		for _, v := range out {
			if v < 0 {
				t.Fatal("negative count published")
			}
			d += math.Abs(float64(v - 100))
		}
		return d / float64(len(out))
	}
	loose, tight := spread(5), spread(0.2)
	if !(tight > 5*loose) {
		t.Fatalf("smaller epsilon should add more noise: %.2f vs %.2f", tight, loose)
	}
	if out := Noised([]int64{0, 0, 0}, 0.01, 1, 1); out[0] < 0 {
		t.Fatal("not clipped")
	}
}
