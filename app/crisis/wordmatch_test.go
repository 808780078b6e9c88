package crisis

import (
	"reflect"
	"slices"
	"strings"
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

// TestMoveFoundAmongAnyNumber: a state's move on a word is found
// whether the state has one move or many (searched by halves), and a
// word it has no move on finds none.
func TestMoveFoundAmongAnyNumber(t *testing.T) {
	for n := int32(0); n <= 70; n++ {
		a := &wordAutomaton{}
		for k := int32(1); k <= n; k++ {
			a.trans = append(a.trans, wordMove{word: 3 * k, next: 1000 + k})
		}
		for k := int32(1); k <= n; k++ {
			if got := a.move(0, n, 3*k); got != 1000+k {
				t.Fatalf("%d moves: the move on %d read as %d", n, 3*k, got)
			}
			for _, w := range []int32{3*k - 1, 3*k + 1} {
				if got := a.move(0, n, w); got != 0 {
					t.Fatalf("%d moves: a missing move on %d read as %d", n, w, got)
				}
			}
		}
	}
}

// TestMeReadsAsMy: "me" is also read as "my" ("sorted me affairs"), for
// phrases that hold it; phrases with "me" there are still found, and the
// second reading ends once the phrase it is in has moved past it.
func TestMeReadsAsMy(t *testing.T) {
	lex, err := ParseLexicon(`version t
signal | suicide | high | - | sorted my affairs
signal | abuse | high | - | he hits me hard
signal | self_harm | high | - | pills on purpose
topic | suicide | high | - | affairs`)
	if err != nil {
		t.Fatal(err)
	}
	d := newDetector(lex, &Model{Version: "t", Threshold: 0.999}) // a model that is never past its threshold
	terms := func(text string) []string {
		var out []string
		for _, m := range d.Scan(text).Matches {
			out = append(out, m.Term)
		}
		return out
	}
	for text, want := range map[string][]string{
		"I sorted me affairs today.":                {"sorted my affairs"},
		"I sorted my affairs today.":                {"sorted my affairs"},
		"He hits me hard.":                          {"he hits me hard"},
		"He sorted me affairs and he hits me hard.": {"sorted my affairs", "he hits me hard"},
		// "pills on purpose" holds no "my": the "me" before it is
		// read as written and the phrase is found once.
		"Give me pills on purpose.": {"pills on purpose"},
		"I sorted them affairs.":    {"affairs"},
	} {
		if got := terms(text); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: matches %q, want %q", text, got, want)
		}
	}
	// Read the second way, "sorted my affairs" also ends in "affairs",
	// which the first reading has found already: it is found once.
	sc := &scratch{}
	sc.n.run("I sorted me affairs.")
	d.match(sc)
	if len(sc.hits) != 2 {
		t.Errorf("\"I sorted me affairs.\": %d hits, want 2 (the phrase and the topic word)", len(sc.hits))
	}
}

// TestMeReadingNeedsMe: a lexicon without the word "me" gives it no id,
// and a word outside the vocabulary (id 0) is not read as "my".
func TestMeReadingNeedsMe(t *testing.T) {
	lex, err := ParseLexicon(`version t
signal | suicide | high | - | sorted my affairs`)
	if err != nil {
		t.Fatal(err)
	}
	d := newDetector(lex, &Model{Version: "t", Threshold: 0.999}) // a model that is never past its threshold
	if d.wm.me != 0 {
		t.Fatalf("\"me\" has id %d in a lexicon without it", d.wm.me)
	}
	if v := d.Scan("I sorted zzyzx affairs."); v.Severity != None {
		t.Errorf("an unknown word read as \"my\": %v %v", v.Severity, v.Matches)
	}
}

// TestNoPhraseUsesShorthand: a shorthand word ("bf", "coz") written in a
// lexicon phrase becomes a word of that phrase and stops standing for the
// word it shortens, so "my bf hits me" and "only alive coz" would each be
// found by that one entry only. Phrases use the full word; the matcher
// reads the shorthand as it.
func TestNoPhraseUsesShorthand(t *testing.T) {
	for _, e := range DefaultLexicon().Entries {
		for _, w := range strings.Fields(strings.ToLower(e.Phrase)) {
			if full, ok := readAs[w]; ok {
				t.Errorf("%q: write %q for %q", e.Phrase, full, w)
			}
			if expletives[w] {
				t.Errorf("%q: the matcher reads past %q", e.Phrase, w)
			}
		}
	}
	// Normalizing may make shorthand of a word as written (a letter
	// typed twice folds: "deed" is matched as "ded", which would then
	// no longer read as "dead" anywhere). "oding" is the -ing form the
	// lexicon builds from "od": read as written or as "overdosing", it
	// is an overdose.
	for _, e := range testDetector.entries {
		for _, w := range strings.Fields(e.norm) {
			if full, ok := readAs[w]; ok && w != "oding" {
				t.Errorf("%q normalizes to %q: %q is shorthand for %q", e.Phrase, e.norm, w, full)
			}
		}
	}
}

// TestMedicineNamesReadAsPills: a medicine the lexicon does not name is
// read as "pills", so the pills phrases find it; one the lexicon names
// keeps its own id.
func TestMedicineNamesReadAsPills(t *testing.T) {
	a := testDetector.wm
	id := func(w string) int32 { return a.wordID([]byte(w), fnv([]byte(w)), head([]byte(w))) }
	if pills := id("pills"); pills == 0 || id("prazosin") != pills || id("oramorph") != pills {
		t.Errorf("prazosin %d, oramorph %d, want the id of pills %d", id("prazosin"), id("oramorph"), pills)
	}
	if z := id("zopiclone"); z == 0 || z == id("pills") {
		t.Errorf("zopiclone %d: a named medicine keeps its own id", z)
	}
	for text, want := range map[string]Severity{
		"I took all my prazosin an hour ago.":                    Critical,
		"I take prazosin for nightmares and it's really helped.": None,
	} {
		if v := testDetector.Scan(text); v.Severity != want {
			t.Errorf("%q → %s, want %s", text, v.Severity, want)
		}
	}
}

// TestWordEnd: the eight-bytes-at-once word scan finds the same end and
// head as reading byte by byte, for words shorter than, as long as and
// longer than eight bytes, near the end of the text and with bytes
// outside ASCII (whose high bit must not read as a space).
func TestWordEnd(t *testing.T) {
	for _, text := range []string{
		" a ", " i want to die ", " abcdefg ", " abcdefgh ", " abcdefghi ", " abcdefgh",
		" iwanttodieinmysleep . ", " x", " ", "  ", " \xa0\xc3\xa9t\xe9 ok ", " a\x80\xa0b c ",
		" pills , tonight . ", " 12345678 9 ",
	} {
		b := []byte(text)
		for i := 1; i < len(b); i++ {
			e := i
			for e < len(b) && b[e] != ' ' {
				e++
			}
			ge, gh := wordEnd(b, i)
			if ge != e || gh != head(b[i:e]) {
				t.Errorf("%q at %d: end %d head %x, want %d %x", text, i, ge, gh, e, head(b[i:e]))
			}
		}
	}
}

// TestStockpileFormReadsThe: an overdose phrase that opens with a
// stockpiling verb is also found with "the" for "my" ("hoarding the
// sleeping pills the doctor gives me"); other overdose phrases, and
// stockpiling phrases of other categories, are not varied.
func TestStockpileFormReadsThe(t *testing.T) {
	lex, err := ParseLexicon(`version t
signal | overdose | high | - | been hoarding my sleeping pills
signal | overdose | critical | - | took all my pills
signal | self_harm | high | - | hiding my cuts`)
	if err != nil {
		t.Fatal(err)
	}
	d := newDetector(lex, &Model{Version: "t", Threshold: 0.999}) // a model that is never past its threshold
	for text, want := range map[string]Severity{
		"Been hoarding the sleeping pills the doctor gives me.": High,
		"Been hoarding my sleeping pills.":                      High,
		"I took all the pills out of the box to count them.":    None,
		"I took all my pills.":                                  Critical,
		"Hiding the cuts on the cake with icing.":               None,
	} {
		if v := d.Scan(text); v.Severity != want {
			t.Errorf("%q → %s, want %s", text, v.Severity, want)
		}
	}
	checkForms(t, "stockpileForm", stockpileForm, map[string]string{
		" ive been saving up my tablets ": " ive been saving up the tablets ",
		" took all my pills ":             "",
		" saving up for my holiday ":      " saving up for the holiday ",
	})
	for norm, want := range map[string][]string{
		" keeping back my sleeping tablets ": {" keeping back his sleeping tablets ", " keeping back her sleeping tablets "},
		" ive been hoarding my oxy ":         {" ive been hoarding his oxy ", " ive been hoarding her oxy "},
		" hiding my tablets ":                nil,
		" saving up for my holiday ":         nil,
	} {
		if got := hoardOthersForms(norm); !slices.Equal(got, want) {
			t.Errorf("hoardOthersForms(%q) = %q, want %q", norm, got, want)
		}
	}
	checkForms(t, "expectForm", expectForm, map[string]string{
		" wont be around much longer ": " dont expect to be around much longer ",
		" i wont be here tomorrow ":    " i dont expect to be here tomorrow ",
		" i dont want to be here ":     "",
	})
	checkForms(t, "bareStockpileForm", bareStockpileForm, map[string]string{
		" ive been stockpiling my insulin ": " ive been stockpiling insulin ",
		" hoarding my sleeping pills ":      " hoarding sleeping pills ",
		" keeping my insulin ":              "",
		" stockpiling my ":                  "",
	})
}

// TestUseThenDailyIsSeen: the matcher marks a text for rule 6f only
// when a word of every day follows a word of drinking or using in the
// same clause, within reach; the two words apart leave the mark unset,
// so such a text may skip judging.
func TestUseThenDailyIsSeen(t *testing.T) {
	sc := &scratch{}
	for text, want := range map[string]bool{
		"I'm drinking two bottles of wine every night again.":              true,
		"Back on the meth daily.":                                          true,
		"I'm drinking and smoking every day again.":                        true,
		"I was drinking tea. We walk the dog every day.":                   false,
		"Drinking water. Then every morning a run.":                        false,
		"Back on the cans, eight a night every night again.":               true, // the next clause: rule 6f reads how much there
		"Drinking water, then every morning a run.":                        true, // the same reach; rule 6f finds no amount and passes
		"Every day I go back to the allotment and do a bit of digging.":    false,
		"I was drinking a cup of tea by the fire in the cold garden every": false,
	} {
		sc.n.run(text)
		testDetector.match(sc)
		if got := sc.seen&flagUseDaily != 0; got != want {
			t.Errorf("%q: use then daily seen %v, want %v", text, got, want)
		}
	}
}

// TestLastLetterTypedTwice: a stretched last letter ("reallyy") reads as
// the word a phrase holds; words that end in a real pair keep their own
// reading, and an "s" or "t" typed twice is left alone.
// TestInnerLetterTypedTwice: a letter typed twice inside a word no
// phrase, rule or model holds reads as the phrase's word; a word the
// vocabulary holds as written keeps its own id.
func TestInnerLetterTypedTwice(t *testing.T) {
	d := testDetector
	for _, c := range []struct {
		text string
		want Severity
	}{
		{"took all my sleepping pills an hour ago", Critical},
		{"took all my tablets an hour ago", Critical},
		{"I want to jump off the bridgge", High},
		{"The dinner was lovely and the coffee was hot.", None},
	} {
		if got := d.Scan(c.text).Severity; got < c.want || c.want == None && got != None {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
	a := d.wm
	for w, same := range map[string]bool{"sleepping": false, "bridgge": false, "tablets": true, "killing": true} {
		b := []byte(w)
		got := a.wordID(b, fnv(b), head(b))
		own := a.canon[a.vocab.find(fnv(b), head(b), b)]
		if (got == own) != same {
			t.Errorf("%q: id %d, own id %d; want same=%v", w, got, own, same)
		}
	}
}

func TestLastLetterTypedTwice(t *testing.T) {
	d := New(DefaultLexicon())
	for _, c := range []struct {
		text string
		want Severity
	}{
		{"cut reallyy deep this time", Critical},
		{"cut really deep this time", Critical},
		{"I can't stop thinking about the loss of my dog.", None},
		{"Our kid got into Penn and we're so proud.", None},
	} {
		if got := d.Scan(c.text).Severity; got != c.want {
			t.Errorf("%q: %s, want %s", c.text, got, c.want)
		}
	}
	a := d.wm
	for w, same := range map[string]bool{"reallyy": false, "loss": true, "mall": true, "watt": true, "escapee": true} {
		b := []byte(w)
		got := a.wordID(b, fnv(b), head(b))
		own := a.canon[a.vocab.find(fnv(b), head(b), b)]
		if (got == own) != same {
			t.Errorf("%q: id %d, own id %d; want same=%v", w, got, own, same)
		}
	}
}

// TestKinOwnersTabletsReadAsMine: someone close named as owner ("Dad's",
// "my mum's") reads as "my" for overdose phrases, so their tablets taken
// are found by the phrases for one's own; the match covers the words as
// written. Other phrases, and phrases that end on the owner, are not
// read through it. What a medicine is for ("my heart tablets", "my blood
// pressure tablets") is read past the same way.
func TestKinOwnersTabletsReadAsMine(t *testing.T) {
	d := New(DefaultLexicon())
	for _, c := range []struct {
		text, span string
		want       Severity
	}{
		{"Took all of Dad's morphine an hour ago.", "Took all of Dad's morphine", Critical},
		{"I took the rest of my flatmate's sertraline tonight.", "I took the rest of my flatmate's sertraline", Critical},
		{"I've been saving up my nan's pills for when I'm ready.", "been saving up my nan's pills", High},
		{"I took all of mum's shopping to the car.", "", None},
		{"I've been saving up mum's birthday money.", "", None},
		{"I've been saving up mum's tablets to take back to the pharmacy.", "", None},
		{"I want to end dad's suffering.", "", None},
		{"I took all my blood pressure tablets an hour ago.", "I took all my blood pressure tablets", Critical},
		{"Took all of mum's heart tablets tonight.", "Took all of mum's heart tablets", Critical},
		{"I took my heart tablets this morning.", "", None},
		{"I'm saving my back pain money for a massage.", "", None},
	} {
		v := d.Scan(c.text)
		if v.Severity != c.want {
			t.Errorf("%q: %s, want %s (%v)", c.text, v.Severity, c.want, v.Matches)
			continue
		}
		if c.span == "" {
			continue
		}
		found := false
		for _, m := range v.Matches {
			found = found || c.text[m.Start:m.End] == c.span
		}
		if !found {
			t.Errorf("%q: no match spans %q: %v", c.text, c.span, v.Matches)
		}
	}
}
