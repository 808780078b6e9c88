package crisis

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
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
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var s fileScore
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("%s: bad line %q", path, line)
		}
		want, _ := ParseSeverity(parts[0])
		v := d.Explain(parts[2])
		switch {
		case want >= High:
			s.pos++
			if v.Severity >= High {
				s.hit++
			} else {
				t.Logf("MISS %s/%s %q → %s", want, parts[1], parts[2], v.Severity)
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
				t.Logf("FALSE POSITIVE %q → %s %v", parts[2], v.Severity, v.Matches)
			}
		}
	}
	return s
}
