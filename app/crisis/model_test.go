package crisis

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite model.txt from the corpus")

// TestModelIsTrainedFromTheCorpus retrains the word model from the
// labelled corpus and fails when the embedded model.txt differs: the
// model is data derived from testdata, never edited by hand.
func TestModelIsTrainedFromTheCorpus(t *testing.T) {
	var data []Labelled
	for _, s := range loadCorpus(t) {
		data = append(data, Labelled{Text: s.text, Crisis: s.want >= High})
	}
	lex := DefaultLexicon()
	got := TrainModel(data, lex.Version, 0.90).Format()
	if *update {
		if err := os.WriteFile("model.txt", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != defaultModel {
		t.Fatal("model.txt is stale: run go test ./app/crisis -run TestModelIsTrained -update")
	}
	if m := DefaultModel(); m.Version != lex.Version {
		t.Fatalf("model version %q, lexicon version %q: retrain after a lexicon change", m.Version, lex.Version)
	}
	if n := strings.Count(got, "\nw "); n < 500 {
		t.Fatalf("model has only %d features", n)
	}
}

func TestParseModelRejectsBadInput(t *testing.T) {
	for _, src := range []string{"", "version x\nthreshold 2", "version x\nthreshold 0.9\nw abc word", "version x\nthreshold 0.9\nw 1 a b c", "version x\nthreshold 0.9\nq 1"} {
		if _, err := ParseModel(src); err == nil {
			t.Errorf("accepted %q", src)
		}
	}
}
