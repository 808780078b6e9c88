package crisis

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite model.txt from the corpus")

// TestModelIsTrainedFromTheCorpus retrains the word model from the
// labelled corpus and fails when the embedded model.txt differs: the
// model is data derived from testdata, never edited by hand.
func TestModelIsTrainedFromTheCorpus(t *testing.T) {
	lex := DefaultLexicon()
	got := TrainModel(trainingLines(loadCorpus(t), nil), lex.Version, modelThreshold).Format()
	if *update {
		if err := os.WriteFile("model.txt", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != defaultModel && !sameModel(t, got, defaultModel) {
		t.Fatal("model.txt is stale: run go test ./app/crisis -run TestModelIsTrained -update")
	}
	if m := DefaultModel(); m.Version != lex.Version {
		t.Fatalf("model version %q, lexicon version %q: retrain after a lexicon change", m.Version, lex.Version)
	}
	if n := strings.Count(got, "\nw "); n < 500 {
		t.Fatalf("model has only %d features", n)
	}
}

// modelThreshold is the probability the word model must reach.
const modelThreshold = 0.80

// trainingLines labels corpus lines for the word model, crisis being high
// or above, leaving out the texts in skip.
func trainingLines(samples []sample, skip map[string]bool) []Labelled {
	var data []Labelled
	for _, s := range samples {
		if !skip[s.text] {
			data = append(data, Labelled{Text: s.text, Crisis: s.want >= High})
		}
	}
	return data
}

// sameModel allows the last-digit differences another CPU's floating
// point may give (fused multiply-add on arm64): the same bias and weights
// within 0.002, and features only one side kept must be tiny.
func sameModel(t *testing.T, a, b string) bool {
	ma, err := ParseModel(a)
	if err != nil {
		t.Fatal(err)
	}
	mb, err := ParseModel(b)
	if err != nil {
		t.Fatal(err)
	}
	close := func(x, y float64) bool { return math.Abs(x-y) <= 0.002 }
	if ma.Version != mb.Version || ma.Threshold != mb.Threshold || !close(ma.Bias, mb.Bias) {
		return false
	}
	for _, pair := range [][2]*Model{{ma, mb}, {mb, ma}} {
		for f, w := range pair[0].Weights {
			if v, ok := pair[1].Weights[f]; ok && !close(w, v) || !ok && math.Abs(w) > 0.02 {
				return false
			}
		}
	}
	return true
}

func TestParseModelRejectsBadInput(t *testing.T) {
	for _, src := range []string{"", "version x\nthreshold 2", "version x\nthreshold 0.9\nw abc word", "version x\nthreshold 0.9\nw 1 a b c", "version x\nthreshold 0.9\nq 1"} {
		if _, err := ParseModel(src); err == nil {
			t.Errorf("accepted %q", src)
		}
	}
}

func TestSameModelToleratesRoundingOnly(t *testing.T) {
	base := "version v\nbias -1.0000\nthreshold 0.90\nw 0.5000 die\nw 0.0150 the\n"
	if !sameModel(t, base, "version v\nbias -1.0010\nthreshold 0.90\nw 0.5015 die\n") {
		t.Error("rounding and a tiny dropped feature should pass")
	}
	if sameModel(t, base, "version v\nbias -1.0000\nthreshold 0.90\nw 0.6000 die\nw 0.0150 the\n") {
		t.Error("a changed weight should fail")
	}
	if sameModel(t, base, "version v\nbias -1.0000\nthreshold 0.90\nw 0.5000 die\nw 0.0150 the\nw 0.3000 pills\n") {
		t.Error("a new feature should fail")
	}
}

// modelFolds is how many folds TestWordModelCrossValidated splits the
// held-out sets into. One model per set (leave one set out) cost a
// training per set, and the test's time grew with the square of the
// corpus (over 300 s of CI at 768 sets); a fixed number of folds keeps
// it to modelFolds trainings.
const modelFolds = 64

// TestWordModelCrossValidated scores each held-out set written after it
// was added (11 on) with a word model trained without it: the sets are
// dealt round-robin into modelFolds folds, so each fold holds sets of
// every period, and each fold's model is trained without any of its
// sets. It measures how often the model alone, gated as at scan time,
// finds crisis lines it never saw and calls calm ones crisis. The
// lexicon was tuned on these sets after their first run, so only the
// model is measured here.
func TestWordModelCrossValidated(t *testing.T) {
	lex := DefaultLexicon()
	all := loadCorpus(t)
	var sets [][]sample
	for n := 11; ; n++ {
		path := filepath.Join("testdata", fmt.Sprintf("corpus_holdout%d.tsv", n))
		if _, err := os.Stat(path); err != nil {
			break
		}
		sets = append(sets, loadCorpusFile(t, path))
	}
	folds := min(modelFolds, len(sets))
	// One model per fold, on every core: training is most of this
	// test's time.
	foldModels := make([]*Model, folds)
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				held := map[string]bool{}
				for i := f; i < len(sets); i += folds {
					for _, s := range sets[i] {
						held[s.text] = true
					}
				}
				foldModels[f] = TrainModel(trainingLines(all, held), lex.Version, modelThreshold)
			}
		}()
	}
	for f := range folds {
		next <- f
	}
	close(next)
	wg.Wait()
	// The lexicon is compiled once, with every word any of the models
	// weighs; each model is then compiled against that vocabulary.
	var words []string
	for _, m := range foldModels {
		words = append(words, m.modelWords()...)
	}
	base := newDetectorWords(lex, foldModels[0], words)
	detectors := make([]*Detector, folds)
	for f, m := range foldModels {
		detectors[f] = withModel(base, m)
	}
	var pos, found, neg, flagged int
	for i, set := range sets {
		d := detectors[i%folds]
		sc := &scratch{}
		var p, f, q, g int
		for _, s := range set {
			sc.n.run(s.text)
			d.match(sc)
			w := d.modelWindow(sc)
			fires := w.first >= 0 && !w.weak // a weak window is only a check-in (rule 8c)
			switch {
			case s.want >= High:
				p++
				if fires {
					f++
				}
			case s.want == None:
				q++
				if fires {
					g++
				}
			}
		}
		t.Logf("set %d: model alone finds %d/%d crisis lines, fires on %d/%d calm ones", i+11, f, p, g, q)
		pos, found, neg, flagged = pos+p, found+f, neg+q, flagged+g
	}
	if pos == 0 {
		t.Fatal("no held-out sets from 11 on")
	}
	t.Logf("all: %d/%d = %.1f %% found, %d/%d = %.1f %% calm lines fired on", found, pos, 100*float64(found)/float64(pos), flagged, neg, 100*float64(flagged)/float64(neg))
	if 100*found < 75*pos || 100*flagged > 10*neg {
		t.Errorf("the word model generalizes worse than it did: %d/%d found, %d/%d calm lines fired on", found, pos, flagged, neg)
	}
}

// withModel is base with model m in place of its own, compiled against
// base's vocabulary, which must hold every word m weighs.
func withModel(base *Detector, m *Model) *Detector {
	d := &Detector{lex: base.lex, entries: base.entries, wm: base.wm}
	d.model = compileModel(m, func(w string) int32 {
		b := []byte(w)
		return base.wm.vocab.find(fnv(b), head(b), b)
	}, len(base.wm.flags))
	d.pool.New = func() any { return &scratch{} }
	return d
}

// TestWordModelAloneOnlyWhenSure: with no crisis word and no lexicon hit
// of crisis talk, the word model raises a window only at modelSure; past
// its threshold but short of sure, an ordinary sentence is at most a
// check-in.
func TestWordModelAloneOnlyWhenSure(t *testing.T) {
	d := testDetector
	window := func(text string) (modelHit, bool) {
		sc := &scratch{}
		sc.n.run(text)
		d.match(sc)
		crisisWord := false
		for _, tk := range sc.toks {
			crisisWord = crisisWord || tk.flags&flagDomain != 0
		}
		return d.modelWindow(sc), crisisWord
	}
	// Which crisis lines the model is sure of moves a little with each
	// retraining ("Some days I'm just looking for the exit and I think
	// I've found it." fell short of sure when set 39 joined, "I'm
	// counting down the days until I can finally be free of all this,
	// one way or another." when sets 445–452 did), so several are tried:
	// at least one must be sure, and each that is must be high from the
	// word model alone.
	sureOnes := 0
	for _, sure := range []string{"Honestly the idea of not existing is the only thing that comforts me.",
		"I'm hiding the marks on my thighs from my girlfriend.", "I dig my nails into my skin until it breaks.",
		"Some days I think driving off the road would be the easiest way out."} {
		if win, crisisWord := window(sure); crisisWord || win.first < 0 || !win.sure {
			continue
		}
		sureOnes++
		if v := d.Explain(sure); v.Severity < High || len(v.Matches) == 0 || v.Matches[0].Why != "word model" {
			t.Errorf("%q → %s %v, want high from the word model", sure, v.Severity, v.Matches)
		}
	}
	if sureOnes == 0 {
		t.Fatal("the word model is sure of none of the crisis lines tried")
	}
	// Which ordinary sentences fall short of sure moves with each
	// retraining too, so several are tried; at least one must land in
	// the band between the threshold and sure.
	inBand := 0
	for _, unsure := range []string{"I keep thinking about my ex.", "I keep thinking about it all.",
		"I keep thinking about my ex every night.", "I keep thinking about him.", "I keep thinking about the past."} {
		if win, crisisWord := window(unsure); crisisWord || win.first < 0 || win.sure {
			continue
		}
		inBand++
		// Short of sure it may ask for a check-in (rule 8c), never more.
		if v := d.Scan(unsure); v.Severity > Low {
			t.Errorf("%q → %s, want low or none", unsure, v.Severity)
		}
	}
	if inBand == 0 {
		t.Fatal("no ordinary sentence falls between the model's threshold and sure; add one that does")
	}
}

// TestModelMatchNamesAreWords: the word model names its match by its
// strongest word or pair of words, never by a pair with a full stop or a
// comma in it ("her ."), which would show moderators a fragment.
func TestModelMatchNamesAreWords(t *testing.T) {
	named := 0
	for _, s := range loadCorpus(t) {
		for _, m := range testDetector.Explain(s.text).Matches {
			term := strings.TrimSpace(m.Term)
			if strings.HasPrefix(term, ".") || strings.HasPrefix(term, ",") || strings.HasSuffix(term, ".") || strings.HasSuffix(term, ",") {
				t.Errorf("%q: match named %q", s.text, m.Term)
			}
			if m.Why == "word model" {
				named++
			}
		}
	}
	if named == 0 {
		t.Fatal("no word-model matches in the corpus")
	}
}

// TestModelWeighsNoNumbers: clock times and counts give the model no
// feature, alone or in a pair, so pasted chat logs' timestamps are not
// learned as crisis talk; the words around them still are.
func TestModelWeighsNoNumbers(t *testing.T) {
	f := modelFeatures("[01:12] me: got about 60 now")
	for _, x := range f {
		if strings.ContainsAny(x, "0123456789") {
			t.Errorf("feature %q holds a number (features %q)", x, f)
		}
	}
	if !slices.Contains(f, "got about") {
		t.Errorf("features %q lack the pair of words beside the number", f)
	}
}
