package crisis

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"I want to DIE":                 " i want to die ",
		"k1ll my$elf":                   " kill myself ",
		"k i l l myself":                " kill myself ",
		"s.u.i.c.i.d.e":                 " suicide ",
		"s-u-i-c-i-d-a-l":               " suicidal ",
		"been s.h.ing again":            " been shing again ",
		"a b ing":                       " a b ing ",
		"diiiiie":                       " die ",
		"kill":                          " kill ",
		"ｋｉｌｌ ｍｙｓｅｌｆ":                   " kill myself ",
		"кіll mуself":                   " kill myself ",
		"k\u200bi\u200dll my\u202eself": " kill myself ",
		"𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟": " kill myself ",
		"don't":                 " dont ",
		"I’m fine. You?":        " im fine . you ",
		"200 days clean!":       " 200 days clean ",
		"at 9pm tonight":        " at 9pm tonight ",
		"on the 12th":           " on the 12th ",
		"the 1st and the 23rd":  " the 1st and the 23rd ",
		"3AM again":             " 3am again ",
		"1130pm":                " 1130pm ",
		"9am5":                  " gams ",
		"no!! never":            " no . never ",
		"k!ll":                  " kill ",
		"café naïve":            " cafe naive ",
		"":                      " ",
		"a, b":                  " a , b ",
		"c*t":                   " c*t ",
		"s**cide":               " s**cide ",
		"f***":                  " f ",
		"**bold** text":         " bold text ",
		"t a k e  i t  a l l":   " take it all ",
		"I w a n t  t o  d i e": " i want to die ",
		"tonight 🌉":             " tonight the bridge ",
		"hello🔪world":           " hello a knife world ",
		"ok 💀":                  " ok lol ",
		"ok 😭":                  " ok ",
		"tired / so tired":      " tired , so tired ",
		"OD'd an hour ago":      " oded an hour ago ",
		"OD’d an hour ago":      " oded an hour ago ",
		"that's odd":            " thats odd ",
		"in t'garage":           " in the garage ",
		"in t’pub, don't":       " in the pub , dont ",
		"it't'":                 " itt ",
		"good'd":                " goodd ",
		"s/h and/or 24/7":       " s h and or 24 7 ",
	}
	for in, want := range cases {
		got := string(Normalize(in).Text)
		if got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalizeOffsetsMapBack(t *testing.T) {
	in := "Honestly, I w\u200ban\u200bt to d i e tonight"
	n := Normalize(in)
	text := string(n.Text)
	i := strings.Index(text, "want to die")
	s, e := n.MapSpan(i, i+len("want to die"))
	if got := in[s:e]; got != "w\u200ban\u200bt to d i e" {
		t.Fatalf("mapped span %q", got)
	}
}
