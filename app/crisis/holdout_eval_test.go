package crisis

import (
	"os"
	"path/filepath"
	"testing"
)

// TestHeldOutSets scores each held-out set on its own and prints every
// miss; HAVEN_HOLDOUT=path scores a new file instead (how a fresh set
// gets its first-run figure before it joins the corpus). Each set must
// keep false positives at or under 3 %.
func TestHeldOutSets(t *testing.T) {
	files, _ := filepath.Glob("testdata/corpus_holdout*.tsv")
	if p := os.Getenv("HAVEN_HOLDOUT"); p != "" {
		files = []string{p}
	}
	if len(files) == 0 {
		t.Fatal("no held-out sets")
	}
	d := New(DefaultLexicon())
	for _, path := range files {
		s := scoreFile(t, d, path)
		t.Logf("%s: high+critical recall %d/%d; critical exact %d/%d; low %d/%d; false positives %d/%d",
			filepath.Base(path), s.hit, s.pos, s.critHit, s.crit, s.lowHit, s.low, s.fp, s.neg)
		if s.neg > 0 && 100*s.fp > 3*s.neg {
			t.Errorf("%s: %d of %d negatives scored high or above", path, s.fp, s.neg)
		}
	}
}

type fileScore struct{ pos, hit, crit, critHit, low, lowHit, neg, fp int }

func scoreFile(t *testing.T, d *Detector, path string) fileScore {
	var s fileScore
	for _, smp := range loadCorpusFile(t, path) {
		want, text := smp.want, smp.text
		v := d.Explain(text)
		switch {
		case want >= High:
			s.pos++
			if v.Severity >= High {
				s.hit++
			} else {
				t.Logf("MISS %s/%s %q → %s", want, smp.category, text, v.Severity)
			}
			if want == Critical {
				s.crit++
				if v.Severity == Critical {
					s.critHit++
				}
			}
		case want == Low:
			s.low++
			if v.Severity >= Low {
				s.lowHit++
			}
		default:
			s.neg++
			if v.Severity >= High {
				s.fp++
				t.Logf("FALSE POSITIVE %q → %s %v", text, v.Severity, v.Matches)
			}
		}
	}
	return s
}
