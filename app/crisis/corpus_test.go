package crisis

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

type sample struct {
	want     Severity
	category string
	kind     string // for negatives: idiom, mention, negation, recovery, everyday; "obf" for obfuscated
	text     string
	file     string
}

func loadCorpus(t testing.TB) []sample {
	var out []sample
	files := []string{"corpus_clean.tsv", "corpus_negatives.tsv", "corpus_obfuscated.tsv", "corpus_hope.tsv", "corpus_safety.tsv"}
	// Every held-out set joins the corpus once its first run is recorded;
	// globbing them, as TestHeldOutSets does, keeps the two lists one.
	sets, _ := filepath.Glob("testdata/corpus_holdout*.tsv")
	sort.Strings(sets)
	for _, f := range sets {
		files = append(files, filepath.Base(f))
	}
	for _, f := range files {
		out = append(out, loadCorpusFile(t, "testdata/"+f)...)
	}
	return out
}

// loadCorpusFile reads one labelled file: tier, category (or, for
// negatives, their kind), text.
func loadCorpusFile(t testing.TB, path string) []sample {
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []sample
	f := filepath.Base(path)
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("%s: bad line %q", f, line)
		}
		sev, ok := ParseSeverity(parts[0])
		if !ok {
			t.Fatalf("%s: bad tier in %q", f, line)
		}
		// A post of several lines is written on one, with \n between.
		s := sample{want: sev, text: strings.ReplaceAll(parts[2], `\n`, "\n"), file: f}
		if sev == None {
			s.kind = parts[1]
		} else {
			s.category = parts[1]
		}
		if f == "corpus_obfuscated.tsv" {
			s.kind = "obf"
		}
		out = append(out, s)
	}
	return out
}

// TestCorpusRecallAndFalsePositives prints recall and false-positive rates
// per tier and fails below the targets in the issue.
func TestCorpusRecallAndFalsePositives(t *testing.T) {
	d := New(DefaultLexicon())
	corpus := loadCorpus(t)
	var (
		pos, posHit         int // high+critical labelled, scored >= high
		crit, critHit       int
		low, lowHit         int // low labelled, scored >= low
		obf, obfHit         int
		neg, negFP, negLowP int // negatives scored >= high, and == low
		named               int // found at high or above with the labelled category among the verdict's
		cats                = map[string]int{}
		negKinds            = map[string]int{}
	)
	for _, s := range corpus {
		v := d.Explain(s.text)
		if s.category != "" {
			cats[s.category]++
		}
		switch {
		case s.want >= High:
			pos++
			if v.Severity >= High {
				posHit++
				if slices.Contains(v.Categories, s.category) {
					named++
				}
			} else {
				t.Logf("MISS %s/%s %q → %s %v", s.want, s.category, s.text, v.Severity, v.Dropped)
			}
			if s.want == Critical {
				crit++
				if v.Severity == Critical {
					critHit++
				} else {
					t.Logf("MISS critical %q → %s", s.text, v.Severity)
				}
			}
			if s.kind == "obf" {
				obf++
				if v.Severity >= High {
					obfHit++
				}
			}
		case s.want == Low:
			low++
			if v.Severity >= Low {
				lowHit++
			} else {
				t.Logf("MISS low/%s %q → none", s.category, s.text)
			}
		default:
			neg++
			negKinds[s.kind]++
			if v.Severity >= High {
				negFP++
				t.Logf("FALSE POSITIVE %s %q → %s %v", s.kind, s.text, v.Severity, v.Matches)
			} else if v.Severity == Low {
				negLowP++
			}
		}
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	t.Logf("corpus: %d lines; %d high+critical (%d obfuscated), %d critical, %d low, %d negatives %v; categories %v",
		len(corpus), pos, obf, crit, low, neg, negKinds, cats)
	t.Logf("recall high+critical: %.1f%% (%d/%d); obfuscated: %.1f%%", pct(posHit, pos), posHit, pos, pct(obfHit, obf))
	t.Logf("recall critical (exact): %.1f%% (%d/%d)", pct(critHit, crit), critHit, crit)
	t.Logf("category named among those found: %.1f%% (%d/%d)", pct(named, posHit), named, posHit)
	t.Logf("recall low (scored low or above): %.1f%% (%d/%d)", pct(lowHit, low), lowHit, low)
	t.Logf("false positives (negatives scored high+): %.1f%% (%d/%d); negatives scored low: %.1f%%", pct(negFP, neg), negFP, neg, pct(negLowP, neg))

	if len(corpus) < 500 || obf < 100 || neg < 150 {
		t.Errorf("corpus too small: %d lines, %d obfuscated, %d negatives", len(corpus), obf, neg)
	}
	for _, c := range Categories {
		if cats[c] == 0 {
			t.Errorf("no sample for category %s", c)
		}
	}
	if pct(posHit, pos) < 97 {
		t.Errorf("high+critical recall %.1f%% < 97%%", pct(posHit, pos))
	}
	if pct(critHit, crit) < 95 {
		t.Errorf("critical recall %.1f%% < 95%%", pct(critHit, crit))
	}
	// Moderators, the resources shown and the clinicians' trends all go
	// by category: a found crisis should mostly carry the right one.
	if pct(named, posHit) < 93 {
		t.Errorf("category named for %.1f%% of crisis lines found, < 93%%", pct(named, posHit))
	}
	if pct(negFP, neg) > 3 {
		t.Errorf("false-positive rate %.1f%% > 3%%", pct(negFP, neg))
	}
}
