package crisis

import (
	"reflect"
	"testing"
)

// TestWordTableTellsPrefixesApart: words that share their first eight
// bytes, or that are a prefix of a longer word, get their own ids.
func TestWordTableTellsPrefixesApart(t *testing.T) {
	words := []string{"somethin", "something", "somethings", "some", "so", "s", "overdosed", "overdose", "overdoses"}
	var tb wordTable
	tb.init(len(words))
	for i, w := range words {
		tb.add(fnv([]byte(w)), w, int32(i+1))
	}
	for i, w := range words {
		if got := tb.find(fnv([]byte(w)), head([]byte(w)), []byte(w)); got != int32(i+1) {
			t.Errorf("%q: id %d, want %d", w, got, i+1)
		}
	}
	for _, w := range []string{"somethinx", "somethingx", "overdos", "sos", "somethingsx"} {
		if got := tb.find(fnv([]byte(w)), head([]byte(w)), []byte(w)); got != 0 {
			t.Errorf("%q found as id %d", w, got)
		}
	}
}

// TestWordCacheKeepsVerdicts scans the corpus forwards on one detector
// and backwards on another, so their word caches hold different words at
// each line: every verdict must be the same.
func TestWordCacheKeepsVerdicts(t *testing.T) {
	lines := loadCorpus(t)
	fwd := make([]Verdict, len(lines))
	for i, s := range lines {
		fwd[i] = testDetector.Explain(s.text)
	}
	other := New(DefaultLexicon())
	for i := len(lines) - 1; i >= 0; i-- {
		v := other.Explain(lines[i].text)
		if !reflect.DeepEqual(v, fwd[i]) {
			t.Fatalf("%q: %+v after other texts, %+v before", lines[i].text, v, fwd[i])
		}
	}
}

// TestEdgeTableBothKeyWidths: moves found again in the 32-bit table a
// lexicon of today's size uses, and in the 64-bit one a far larger
// lexicon would switch to.
func TestEdgeTableBothKeyWidths(t *testing.T) {
	for _, states := range []int{1000, 1 << 20} {
		var e edgeTable
		e.init(100, states, 1<<15)
		if wide := e.large != nil; wide != (states == 1<<20) {
			t.Fatalf("%d states: 64-bit keys %v", states, wide)
		}
		for k := int32(1); k <= 100; k++ {
			e.put(int32(states-1)-k, k*7, k)
		}
		for k := int32(1); k <= 100; k++ {
			if got := e.get(int32(states-1)-k, k*7); got != k {
				t.Fatalf("%d states: move %d read back as %d", states, k, got)
			}
			if got := e.get(int32(states-1)-k, k*7+1); got != 0 {
				t.Fatalf("%d states: a missing move read as %d", states, got)
			}
		}
	}
}
