package crisis

import (
	"bufio"
	"os"
	"path/filepath"
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
	for _, f := range []string{"corpus_clean.tsv", "corpus_negatives.tsv", "corpus_obfuscated.tsv", "corpus_holdout.tsv", "corpus_holdout2.tsv", "corpus_holdout3.tsv", "corpus_holdout4.tsv", "corpus_holdout5.tsv", "corpus_holdout6.tsv", "corpus_holdout7.tsv", "corpus_holdout8.tsv", "corpus_holdout9.tsv", "corpus_holdout10.tsv", "corpus_holdout11.tsv", "corpus_holdout12.tsv", "corpus_holdout13.tsv", "corpus_holdout14.tsv", "corpus_holdout15.tsv", "corpus_holdout16.tsv", "corpus_holdout17.tsv", "corpus_holdout18.tsv", "corpus_holdout19.tsv", "corpus_holdout20.tsv", "corpus_holdout21.tsv", "corpus_holdout22.tsv", "corpus_holdout23.tsv", "corpus_holdout24.tsv", "corpus_holdout25.tsv", "corpus_holdout26.tsv", "corpus_holdout27.tsv", "corpus_holdout28.tsv", "corpus_holdout29.tsv", "corpus_holdout30.tsv", "corpus_holdout31.tsv", "corpus_holdout32.tsv", "corpus_holdout33.tsv", "corpus_holdout34.tsv", "corpus_holdout35.tsv", "corpus_holdout36.tsv", "corpus_holdout37.tsv", "corpus_holdout38.tsv", "corpus_holdout39.tsv", "corpus_holdout40.tsv", "corpus_holdout41.tsv", "corpus_holdout42.tsv", "corpus_holdout43.tsv", "corpus_holdout44.tsv", "corpus_holdout45.tsv", "corpus_holdout46.tsv", "corpus_holdout47.tsv", "corpus_holdout48.tsv", "corpus_holdout49.tsv", "corpus_holdout50.tsv", "corpus_holdout51.tsv", "corpus_holdout52.tsv", "corpus_holdout53.tsv", "corpus_holdout54.tsv", "corpus_holdout55.tsv", "corpus_holdout56.tsv", "corpus_holdout57.tsv", "corpus_holdout58.tsv", "corpus_holdout59.tsv", "corpus_holdout60.tsv", "corpus_holdout61.tsv", "corpus_holdout62.tsv", "corpus_holdout63.tsv", "corpus_holdout64.tsv", "corpus_holdout65.tsv", "corpus_holdout66.tsv", "corpus_holdout67.tsv", "corpus_holdout68.tsv", "corpus_holdout69.tsv", "corpus_holdout70.tsv", "corpus_holdout71.tsv", "corpus_holdout72.tsv", "corpus_holdout73.tsv", "corpus_holdout74.tsv", "corpus_holdout75.tsv", "corpus_holdout76.tsv", "corpus_holdout77.tsv", "corpus_holdout78.tsv", "corpus_holdout79.tsv", "corpus_holdout80.tsv", "corpus_holdout81.tsv", "corpus_holdout82.tsv", "corpus_holdout83.tsv", "corpus_holdout84.tsv", "corpus_holdout85.tsv", "corpus_holdout86.tsv", "corpus_holdout87.tsv", "corpus_holdout88.tsv", "corpus_holdout89.tsv", "corpus_holdout90.tsv", "corpus_holdout91.tsv", "corpus_holdout92.tsv", "corpus_holdout93.tsv", "corpus_holdout94.tsv", "corpus_holdout95.tsv", "corpus_holdout96.tsv", "corpus_holdout97.tsv", "corpus_holdout98.tsv", "corpus_holdout99.tsv", "corpus_holdout100.tsv", "corpus_holdout101.tsv", "corpus_holdout102.tsv", "corpus_holdout103.tsv", "corpus_holdout104.tsv", "corpus_holdout105.tsv", "corpus_holdout106.tsv", "corpus_holdout107.tsv", "corpus_holdout108.tsv", "corpus_holdout109.tsv", "corpus_holdout110.tsv", "corpus_holdout111.tsv", "corpus_holdout112.tsv", "corpus_holdout113.tsv", "corpus_holdout114.tsv", "corpus_holdout115.tsv", "corpus_holdout116.tsv", "corpus_holdout117.tsv", "corpus_holdout118.tsv", "corpus_holdout119.tsv", "corpus_holdout120.tsv", "corpus_holdout121.tsv", "corpus_holdout122.tsv", "corpus_holdout123.tsv", "corpus_holdout124.tsv", "corpus_holdout125.tsv", "corpus_hope.tsv", "corpus_safety.tsv"} {
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
	if pct(negFP, neg) > 3 {
		t.Errorf("false-positive rate %.1f%% > 3%%", pct(negFP, neg))
	}
}
