package crisis

import (
	"testing"
	"unicode/utf8"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "I want to die", "k\u200bi l l", "s.u.i.c.i.d.e", "\xff\xfe", "ｋｍｓ", "!!!", "a b c d", "diiiiie", "𝐝𝐢𝐞"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if len(n.Text) == 0 || n.Text[0] != ' ' || n.Text[len(n.Text)-1] != ' ' {
			t.Fatalf("normalized text not padded: %q", n.Text)
		}
		if len(n.Start) != len(n.Text) || len(n.End) != len(n.Text) {
			t.Fatal("offset arrays out of step")
		}
		prev := int32(0)
		for i := range n.Text {
			c := n.Text[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '.' || c == ',' || c == '*') {
				t.Fatalf("byte %q outside the alphabet", c)
			}
			// A kept '*' censors a letter: it sits between letters, in
			// runs of at most maxCensored.
			if c == '*' {
				lo, hi := i, i
				for n.Text[lo-1] == '*' {
					lo--
				}
				for n.Text[hi+1] == '*' {
					hi++
				}
				if hi-lo >= maxCensored || !isASCIILetter(n.Text[lo-1]) || !isASCIILetter(n.Text[hi+1]) {
					t.Fatalf("a '*' at %d that censors no letter: %q", i, n.Text)
				}
			}
			st, en := n.Start[i], n.End[i]
			if st < 0 || en < st || int(en) > len(s) {
				t.Fatalf("offset %d: [%d,%d) outside [0,%d)", i, st, en, len(s))
			}
			if st < prev {
				t.Fatalf("offsets go backwards at %d", i)
			}
			prev = st
		}
	})
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"I want to die tonight", "kms", "not going to hurt myself", "\xffk\u200bi\u200bl\u200bl myself", "this is my last post. thank you all", "", "k i l l m y s e l f",
		"he'll kill me", "told me he'd hurt us", "she kicks me", "took all of my mum's dad's pills", "my mums me my dads",
		// words a rule reads back or on from at the text's edges (both
		// panicked once: a person named by age, a count after a take verb)
		"year old wants to die", "took about", "I swallowed twenty"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := testDetector.Scan(s)
		last := -1
		for _, m := range v.Matches {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("match %+v outside text of %d bytes", m, len(s))
			}
			if m.Start < last {
				t.Fatalf("matches out of order: %+v", v.Matches)
			}
			last = m.Start
			if utf8.ValidString(s) && !utf8.ValidString(s[m.Start:m.End]) {
				t.Fatalf("match %+v splits a character", m)
			}
		}
		if v.Severity == None && len(v.Matches) > 0 {
			t.Fatalf("matches without severity: %+v", v)
		}
		if v.Severity > None && len(v.Matches) == 0 {
			t.Fatalf("severity without matches: %+v", v)
		}
	})
}

// FuzzFastPathMatchesGeneral: the plain-ASCII fast path of the normalizer
// writes exactly what the general path writes, offsets included.
func FuzzFastPathMatchesGeneral(f *testing.F) {
	for _, s := range []string{"I want to die", "I'm not ok!! k!ll me", "a b c d", "s.u.i.c.i.d.e now", "diiiie", "don't, won't. Can't?",
		"hello $$ world", "kill'!ll", "i a i a x", "x\u200b y", "tired; so tired... (really)", "I w a n t  t o  d i e", "k1ll myself"} {
		f.Add(s)
	}
	for _, s := range loadCorpus(f) {
		f.Add(s.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var fast, general normalizer
		fast.run(s)
		general.runGeneral(s)
		if string(fast.out.Text) != string(general.out.Text) {
			t.Fatalf("text differs for %q:\nfast    %q\ngeneral %q", s, fast.out.Text, general.out.Text)
		}
		for i := range general.out.Start {
			if fast.out.Start[i] != general.out.Start[i] || fast.out.End[i] != general.out.End[i] {
				t.Fatalf("offsets differ at %d for %q: fast [%d,%d) general [%d,%d)", i, s,
					fast.out.Start[i], fast.out.End[i], general.out.Start[i], general.out.End[i])
			}
		}
	})
}

// runGeneral is the reference normalizer: every character through the
// general path.
func (n *normalizer) runGeneral(text string) {
	n.reset(len(text))
	last := n.region(text, 0, len(text))
	if last < 0 {
		last = int32(len(text))
	}
	if n.out.Text[len(n.out.Text)-1] != ' ' {
		n.put(' ', last, last)
	}
}
