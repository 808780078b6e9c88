package crisis

import "testing"

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
