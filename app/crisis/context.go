package crisis

import (
	"slices"
	"sort"
	"strings"
)

// Questions the context rules ask about the words around a hit.

// context answers questions about the token stream around a hit.
type context struct {
	text []byte
	toks []tokInfo
	// lastUnless is 1 + the index of the text's last "unless" (0: none),
	// found once when laughedOff first asks; unlessRead says it was.
	lastUnless int
	unlessRead bool
	// quoted marks, by sentence, the words a reply quotes from someone
	// else (nil: none; see ScanQuoting).
	quoted []bool
	// reunions are the sentences that look forward to meeting again
	// ("see you soon"), found once when first asked (reunionsRead).
	reunions     []int32
	reunionsRead bool
	// reads holds, by token, the word a shorthand or dialect word stands
	// for ("mair" → "more", "takin" → "taking"), nil where the word is
	// read as written (nil: none in the text; see readings).
	reads [][]byte
	// orig is the text as written and norm its normalized form, for
	// what normalizing drops (quotation marks: see quotedSpeech); both
	// are unset when the text has no mark that may open a quote.
	orig string
	norm *Normalized
	// patternWords: token ids above it are words no phrase holds (the
	// word model's own), as id 0 is a word nobody knows.
	patternWords int32
}

// reunionNext are the words after "see you" that look forward to
// meeting again ("see you soon", "see you all on Monday"). Not "see you
// on the other side", "in heaven" or "in another life": "on" and "in"
// count only before a day, a time or a number (see reunionAt).
var reunionNext = map[string]bool{"soon": true, "tomorrow": true, "later": true, "tonight": true, "next": true,
	"game": true, "practice": true, "session": true, "flight": true, "layover": true, "reception": true, "job": true, "callout": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "at": true, "when": true, "after": true, "then": true, "there": true, "around": true,
	"this": true, "shortly": true, "again": true, "in": true, "on": true}

// departed are names for those gone before, not in otherPeople: "see
// you soon, nan" may be no reunion in this life.
var departed = map[string]bool{"nan": true, "nana": true, "gran": true, "granny": true, "grandmother": true,
	"grandfather": true, "papa": true, "mama": true, "mummy": true, "daddy": true, "baby": true, "angel": true,
	"love": true, "darling": true, "bro": true, "sis": true, "buddy": true, "pal": true, "grandpa": true, "grandad": true}

// gathered are the people words that greet a group ("see you tomorrow,
// everyone"), not someone who may be gone.
var gathered = map[string]bool{"everyone": true, "people": true, "friends": true, "family": true, "kids": true,
	"children": true, "students": true, "parents": true}

// reunionWhen are what "in" or "on" may lead to in a reunion ("in two
// weeks", "in the morning", "on the weekend").
var reunionWhen = map[string]bool{"a": true, "an": true, "two": true, "three": true, "few": true, "couple": true,
	"morning": true, "evening": true, "afternoon": true, "weekend": true, "summer": true, "spring": true,
	"autumn": true, "winter": true, "new": true, "week": true, "month": true, "group": true, "chat": true,
	"game": true, "practice": true, "session": true, "flight": true, "layover": true, "reception": true, "job": true, "callout": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "thread": true, "forum": true, "meeting": true, "january": true, "february": true,
	"march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "class": true, "school": true, "work": true}

// reunionAt reports whether a sentence within lo..hi looks forward to
// meeting again: "see you" (or "ya", "u"), perhaps with "all", "guys",
// "everyone" or "lot", then a word of reunionNext.
func (c *context) reunionAt(lo, hi int32) bool {
	if !c.reunionsRead {
		c.reunionsRead = true
		for k := 0; k+2 < len(c.toks); k++ {
			if string(c.word(k)) != "see" {
				continue
			}
			switch string(c.word(k + 1)) {
			case "you", "ya", "u", "yall":
			default:
				continue
			}
			n := k + 2
			switch string(c.word(n)) {
			case "all", "guys", "everyone", "lot", "folks":
				n++
			}
			if n >= len(c.toks) || !reunionNext[string(c.word(n))] {
				continue
			}
			if w := string(c.word(n)); w == "in" || w == "on" {
				m := n + 1
				if m < len(c.toks) && string(c.word(m)) == "the" {
					m++
				}
				if m >= len(c.toks) || !reunionWhen[string(c.word(m))] && !isDigits(c.word(m)) {
					continue
				}
			}
			// "See you soon, mum" after a last post may be to someone
			// gone: a person named after it makes it no reunion.
			if m := n + 1; m < len(c.toks) && c.toks[m].sentence == c.toks[k].sentence {
				if string(c.word(m)) == "," && m+1 < len(c.toks) {
					m++
				}
				w := c.word(m)
				if c.toks[m].flags&flagOther != 0 && !gathered[string(w)] || departed[string(w)] {
					continue
				}
			}
			c.reunions = append(c.reunions, c.toks[k].sentence)
		}
	}
	for _, sn := range c.reunions {
		if sn >= lo && sn <= hi {
			return true
		}
	}
	return false
}

func isDigits(w []byte) bool {
	for _, b := range w {
		if b < '0' || b > '9' {
			return false
		}
	}
	return len(w) > 0
}

// selfNamed: one of the self cues names the writer: "she is me" and
// "he is me" anywhere, an address form ("your girl", "yours truly",
// "this idiot") only as the subject opening a sentence; "tell your girl
// she's doing great" is a reply about someone else.
func (c *context) selfNamed(qs []occurrence) bool {
	for _, q := range qs {
		if strings.HasSuffix(q.e.norm, " me ") || q.ti == 0 || c.toks[q.ti-1].sentence != c.toks[q.ti].sentence {
			return true
		}
	}
	return false
}

// thirdPersons are the words of a phrase about someone else; with the
// writer named in the third person (rule 3i) they are the writer.
var thirdPersons = map[string]bool{"she": true, "he": true, "her": true, "his": true, "him": true, "herself": true,
	"himself": true, "shes": true, "hes": true, "shed": true, "hed": true}

// selfCategories are the crisis categories rule 3i gives back to the
// writer.
var selfCategories = map[string]bool{"suicide": true, "self_harm": true, "overdose": true, "abuse": true}

// unlisted: token k is a word no phrase or rule knows.
func (c *context) unlisted(k int) bool {
	t := c.toks[k]
	return t.flags == 0 && (t.id == 0 || t.id > c.patternWords)
}

// wordOr returns token k as a string, or "" past either end.
func (c *context) wordOr(k int) string {
	if k < 0 || k >= len(c.toks) {
		return ""
	}
	return string(c.word(k))
}

// wordIs: token k exists and is w; wordIn: it exists and is in m.
// Unlike wordOr they make no string of the word, so they never
// allocate.
func (c *context) wordIs(k int, w string) bool {
	return k >= 0 && k < len(c.toks) && string(c.word(k)) == w
}

func (c *context) wordIn(k int, m map[string]bool) bool {
	return k >= 0 && k < len(c.toks) && m[string(c.word(k))]
}

// isQuoted reports whether sentence sn is quoted from someone else.
func (c *context) isQuoted(sn int32) bool { return int(sn) < len(c.quoted) && c.quoted[sn] }

// word returns token k without copying.
func (c *context) word(k int) []byte {
	if c.reads != nil && c.reads[k] != nil {
		return c.reads[k]
	}
	return c.span(k)
}

// span is word k as it stands in the normalized text ("mair", where
// word reads "more"), for offsets.
func (c *context) span(k int) []byte { return c.text[c.toks[k].start:c.toks[k].end] }

var negators = map[string]bool{"not": true, "never": true, "no": true, "dont": true, "didnt": true,
	"doesnt": true, "wont": true, "wouldnt": true, "isnt": true, "arent": true, "wasnt": true,
	"nor": true, "shouldnt": true, "havent": true, "hasnt": true, "stopped": true, "aint": true}

// concordWords are the negatives that, just after a negator, make it
// emphasis rather than a denial ("ain't nobody gonna miss me", "don't
// nobody need me", "ain't never gonna change").
var concordWords = map[string]bool{"nobody": true, "nothing": true, "never": true, "none": true, "noone": true, "nowhere": true, "no": true}

// Words that may stand between a negator and what it negates:
// "not going to", "never really wanted to", "don't have any".
var negationFillers = map[string]bool{"going": true, "to": true, "gonna": true, "want": true, "wanna": true,
	"try": true, "trying": true, "ever": true, "really": true, "actually": true, "plan": true,
	"planning": true, "i": true, "im": true, "will": true, "would": true, "do": true, "even": true,
	"ill": true, "intend": true, "feel": true, "like": true, "the": true, "urge": true, "need": true,
	"have": true, "any": true, "thoughts": true, "of": true, "about": true, "thinking": true,
	"longer": true, "more": true, "be": true, "a": true, "am": true, "feeling": true, "myself": true}

// negated: a negator governs the phrase within its clause, or "instead
// of" comes before it.
func (c *context) negated(o occurrence) bool {
	// "I've never wanted to die more than I do tonight", "never wanted
	// to die so much": a negator with a comparison after the phrase
	// affirms it, more than ever.
	if w := c.wordInClause(o.tj, c.toks[o.ti].clause); w == "more" || w == "so" || w == "as" {
		next := c.wordInClause(o.tj+1, c.toks[o.ti].clause)
		if w == "more" && next == "than" || w == "so" && next == "much" || w == "as" && next == "much" {
			return false
		}
	}
	skipped := 0
	for k := o.ti - 1; k >= 0 && c.toks[k].clause == c.toks[o.ti].clause; k-- {
		f := c.toks[k].flags
		// "if I say no he chokes me": a "no" given as an answer is what
		// was said, and negates nothing after it ("saying no to the urge
		// to cut" still refuses).
		if k > 0 && string(c.word(k)) == "no" && answerVerbs[string(c.word(k-1))] && string(c.word(k+1)) != "to" {
			return false
		}
		if f&flagNegator != 0 && !c.noMore(k) && !(k+1 < len(c.toks) && concordWords[string(c.word(k+1))]) {
			// "pretend I don't want to die": a denial put on for
			// others says the opposite, and so does one denied in
			// its turn ("I can't say I don't want to die"), and so
			// does a thought kept away ("I game all day so I don't
			// have to think about killing myself").
			return !c.denialUndone(k) && !c.thoughtAvoided(k, o.ti)
		}
		// "Instead of hurting myself I went for a walk."
		if k > 0 && string(c.word(k)) == "of" && string(c.word(k-1)) == "instead" {
			return true
		}
		// A risk named between is read past: "I am not at risk of
		// harming myself", "not in danger of hurting myself".
		if k >= 3 && string(c.word(k)) == "of" && (string(c.word(k-1)) == "risk" || string(c.word(k-1)) == "danger") &&
			(string(c.word(k-2)) == "at" || string(c.word(k-2)) == "in") && c.toks[k-2].clause == c.toks[k].clause {
			k -= 2
			continue
		}
		if f&flagFiller == 0 || skipped >= 4 {
			return false
		}
		skipped++
	}
	return false
}

// noiseVenting: sentence sn names neighbours and their noise ("the
// neighbours' party is still going", "the music upstairs").
func (c *context) noiseVenting(sn int32) bool {
	neighbours, noise := false, false
	from, toks := c.sentences(sn, sn)
	for i := range toks {
		switch string(c.word(from + i)) {
		case "neighbour", "neighbours", "neighbor", "neighbors", "upstairs", "downstairs":
			neighbours = true
		case "party", "music", "noise", "racket", "bass", "karaoke", "drilling":
			noise = true
		}
	}
	return neighbours && noise
}

// clauseStart returns the first token of token k's clause.
func (c *context) clauseStart(k int) int {
	for k > 0 && c.toks[k-1].clause == c.toks[k].clause {
		k--
	}
	return k
}

// sentenceHasWord: sentence sn holds a word of words.
func (c *context) sentenceHasWord(sn int32, words map[string]bool) bool {
	from, toks := c.sentences(sn, sn)
	for i := range toks {
		if words[string(c.word(from+i))] {
			return true
		}
	}
	return false
}

// denialUndone: the negator at k is itself put on or denied, in its
// clause: "pretend" or "pretending" up to two words before it ("pretend
// I don't want to die"); "say" or "saying" there after a negator or
// "lie and" ("I can't say I don't want to die", "not saying I won't
// hurt him", "I won't lie and say I haven't"); or a second "not" just
// before it ("I'm not not thinking about suicide").
func (c *context) denialUndone(k int) bool {
	cl := c.toks[k].clause
	w := func(j int) string { return c.wordInClause(j, cl) }
	if w(k) == "not" && w(k-1) == "not" {
		return true
	}
	for j := k - 1; j >= k-2 && j >= 0; j-- {
		switch w(j) {
		case "pretend", "pretending", "pretended":
			return true
		case "say", "saying":
			before := w(j - 1)
			return before == "cant" || before == "couldnt" || before != "" && c.toks[j-1].flags&flagNegator != 0 ||
				before == "and" && w(j-2) == "lie"
		}
	}
	return false
}

// thoughtAvoided: the negator at k follows "so I" or "so that I" and a
// thinking word stands between it and the phrase at ti, or begins it:
// what is done so as not to think of a thing says the thought is there.
func (c *context) thoughtAvoided(k, ti int) bool {
	cl := c.toks[k].clause
	w := func(j int) string { return c.wordInClause(j, cl) }
	if w(k-1) != "i" || w(k-2) != "so" && !(w(k-2) == "that" && w(k-3) == "so") {
		return false
	}
	for j := k + 1; j <= ti; j++ {
		if w(j) == "think" || w(j) == "thinking" {
			return true
		}
	}
	return false
}

// conditional: the phrase stands in a clause that begins with "if" or
// "whenever" within six words before it ("if the urges to cut come
// back").
func (c *context) conditional(o occurrence) bool {
	cl := c.toks[o.ti].clause
	for k := o.ti - 1; k >= 0 && k >= o.ti-6 && c.toks[k].clause == cl; k-- {
		if w := string(c.word(k)); w == "if" || w == "whenever" {
			return true
		}
	}
	return false
}

// threatOn: harm to someone else is threatened on a condition earlier
// in its sentence ("If that supervisor screams at me again I'll put a
// knife in him", "next time they say it", "one more time", "when she
// hits me again"): the weapon in the threat's own words is no means
// at hand ("I've got a bat in the car and I'm going in now").
func (c *context) threatOn(o occurrence) bool {
	sn, when, again := c.toks[o.ti].sentence, false, false
	for k := o.ti - 1; k >= 0 && c.toks[k].sentence == sn; k-- {
		switch c.wordOr(k) {
		case "if", "should", "unless":
			return true
		case "time":
			if w := c.wordOr(k - 1); w == "next" || w == "more" {
				return true
			}
		case "when", "whenever":
			when = true
		case "again":
			again = true
		}
	}
	return when && again
}

// withWhat is o stretched over what it is done with, said just after
// it ("I'll stab him with my knife"): in a threat on a condition the
// weapon is part of the threat's words.
func (c *context) withWhat(o occurrence) occurrence {
	k := o.tj
	if c.wordOr(k) != "with" {
		return o
	}
	k++
	if determiners[c.wordOr(k)] {
		k++
	}
	// One word or two ("my knife", "my pruning knife"), up to a
	// preposition or a stop.
	return c.stretch(o, k, 2, func(x int) bool { return withStops[c.wordOr(x)] })
}

// stretch is o stretched over up to n words from token k on, in o's
// clause, stopping at a stop or where until says; o as it is when the
// first word already stops.
func (c *context) stretch(o occurrence, k, n int, until func(int) bool) occurrence {
	cl := c.toks[o.tj-1].clause
	for end := k + n; k < end && k < len(c.toks) && c.toks[k].clause == cl && c.toks[k].flags&flagPunct == 0 && !until(k); k++ {
		o.j, o.tj = int(c.toks[k].end), k+1
	}
	return o
}

// withStops end what something is done with ("with my knife at the
// end of the day").
var withStops = map[string]bool{"at": true, "in": true, "on": true, "after": true, "before": true, "when": true,
	"and": true, "but": true, "to": true, "from": true, "because": true, "till": true, "until": true}

// meansOwn: the only means in sentences lo..hi are o's own words, which
// say what it is or was done with and no more: self-harm's instrument
// and a conditional threat's weapon, said in it or just after it ("cut my
// arm with a razor", "if he does it again I'll stab him with my knife"),
// and the object of a thought ("I keep thinking about stepping off the
// edge of the scaffold").
func (c *context) meansOwn(means []occurrence, o occurrence, lo, hi int32) bool {
	switch {
	case o.e.Category == "self_harm", o.e.Category == "harm_to_others" && c.threatOn(o):
		return ownCuesOnly(means, c.withWhat(o), lo, hi)
	case o.e.rule == "medicine kept back":
		// Rule 1k: the medicine named before is the store, not a
		// second sign ("The pills are in the shoebox. I've been saving
		// them").
		return c.medicineCuesOnly(means, lo, hi)
	case o.e.rule == overdoseHabit:
		// "Taking more sleeping pills than the doctor said": the
		// medicine named is what is taken too much of, not a second
		// sign.
		return ownCuesOnly(means, o, lo, hi)
	case o.e.Category == "overdose" && keptBack(o.e.Phrase):
		// A store kept back names its medicine ("stockpiling my
		// insulin", "saving my old sleeping pills"): the medicine is
		// the store, not a second sign.
		return ownCuesOnly(means, c.withObject(o), lo, hi)
	case o.e.Category == "harm_to_others":
		// A place to fall from is a means of dying, not of hurting
		// someone: "wait for him in the car park and make him pay" names
		// where, as a plan would, not with what.
		return placesOnly(means, lo, hi)
	case (o.e.Category == "suicide" || o.e.Category == "overdose") && thoughtLike(o.e):
		// "Thinking of drinking weedkiller": the poison is the
		// thought's object, not a poison at hand.
		return ownCuesOnly(means, c.withObject(o), lo, hi)
	}
	return false
}

// bleedingOn: sentences lo..hi name blood or bleeding and that it, the
// blood or the wound will not stop ("there's blood on the carpet and it
// won't stop", "bleeding and it isn't stopping"), or that it pours.
func (c *context) bleedingOn(lo, hi int32) bool {
	from, toks := c.sentences(lo, hi)
	blood, stops := false, false
	for x := range toks {
		switch c.wordOr(from + x) {
		case "blood", "bloods", "bleeding", "bleedin", "bleed", "bleeds", "soaked", "soaking", "drenched", "lightheaded", "faint":
			// "my sleeve is soaked": beside a cut, soaked in blood;
			// "the blood's everywhere" reads "bloods"; lightheaded or
			// faint beside a cut is blood lost.
			blood = true
		case "pouring", "gushing", "spurting", "pumping":
			// Beside a cut they are blood that will not stop ("it's still
			// pouring after twenty minutes"), unless it is the weather
			// ("pouring with rain", "pouring down"). Pumping is the
			// blood's or the wound's only ("it's pumping", "blood
			// pumping out"), not a heart's or music's.
			w := c.wordOr(from + x + 1)
			if w == "with" || w == "down" || w == "rain" || w == "outside" {
				break
			}
			if c.wordIs(from+x, "pumping") && !pumpedBy[c.wordOr(from+x-1)] {
				break
			}
			blood, stops = true, true
		case "stop", "stopping", "quit", "quitting":
			// "I can't make it stop".
			if c.wordOr(from+x-1) == "it" && c.wordOr(from+x-2) == "make" {
				switch c.wordOr(from + x - 3) {
				case "cant", "cannot", "couldnt":
					stops = true
				}
			}
			// The wound's, not the writer's ("I can't stop"); "it won't
			// quit" in American English.
			switch c.wordOr(from + x - 1) {
			case "wont", "not", "isnt", "doesnt", "never", "cant", "cannot":
				// "blood is not stopping": past one auxiliary.
				n := from + x - 2
				if w := c.wordOr(n); w == "is" || w == "will" || w == "does" {
					n--
				}
				stops = stops || woundWords[c.wordOr(n)]
			}
		}
	}
	return blood && stops
}

// pumpedBy may stand before "pumping" said of blood (see bleedingOn).
var pumpedBy = map[string]bool{"its": true, "it": true, "blood": true, "bloods": true, "is": true, "still": true}

// woundWords may be what will not stop bleeding, for bleedingOn.
var woundWords = map[string]bool{"it": true, "its": true, "blood": true, "bloods": true, "bleeding": true, "they": true, "cut": true,
	"cuts": true, "wound": true, "wounds": true, ",": true, "and": true, "an": true}

// keptBack: phrase opens with a stockpiling verb ("ive been hoarding
// my oxy").
func keptBack(phrase string) bool {
	words := strings.Fields(phrase)
	k := verbAt(words)
	return k < len(words) && stockpileVerbs[words[k]]
}

// placesOnly: every means cue in sentences lo..hi names a place to fall
// or jump from ("car park", "the bridge"), none a weapon or a poison.
func placesOnly(means []occurrence, lo, hi int32) bool {
	for _, q := range inSentenceRange(means, lo, hi) {
		if !hasWordOf(q.e.Phrase, dropWords) && !hasWordOf(q.e.Phrase, edgeWords) && !hasWordOf(q.e.Phrase, waterWords) && !hasWordOf(q.e.Phrase, fallPlaces) {
			return false
		}
	}
	return true
}

// medicineCuesOnly: every means cue in sentences lo..hi names a
// medicine ("the pills", "my tablets").
func (c *context) medicineCuesOnly(means []occurrence, lo, hi int32) bool {
	for _, q := range inSentenceRange(means, lo, hi) {
		med := false
		for x := q.ti; x < q.tj && x < len(c.toks); x++ {
			med = med || c.toks[x].flags&flagMed != 0
		}
		if !med {
			return false
		}
	}
	return true
}

// fallPlaces are more places to fall or jump from, for placesOnly.
var fallPlaces = map[string]bool{"park": true, "platform": true, "tracks": true, "railway": true, "station": true,
	"balcony": true, "window": true, "tower": true, "building": true, "rooftop": true, "motorway": true, "storey": true,
	"multistorey": true, "flats": true, "scaffold": true, "crane": true, "floor": true}

// thoughtLike: e is a thought turned over ("thinking about stepping
// off", "I keep picturing"), not an intent.
func thoughtLike(e *compiled) bool {
	for _, p := range [2]string{e.frame, e.Phrase} {
		if strings.Contains(p, "think") || strings.Contains(p, "thought") || strings.Contains(p, "imagin") ||
			strings.Contains(p, "pictur") || strings.Contains(p, "fantasi") {
			return true
		}
	}
	return false
}

// withObject is o stretched over what follows it in its clause, up to
// five words, stopping before "and", "but" or the writer: a thought's
// object ("thinking about stepping off the edge of the scaffold") is the
// thought's own, not means at hand ("… and I've got the rope").
func (c *context) withObject(o occurrence) occurrence {
	return c.stretch(o, o.tj, 5, func(x int) bool {
		w := c.wordOr(x)
		return w == "and" || w == "but" || c.mine(x)
	})
}

// fearedAsk: o follows "what if I" in its own clause, with at most one
// word between ("what if I just", "what if I suddenly").
func (c *context) fearedAsk(o occurrence) bool {
	k := o.ti - 1
	if k >= 0 && string(c.word(k)) != "i" {
		k--
	}
	return k >= 2 && string(c.word(k)) == "i" && string(c.word(k-1)) == "if" && string(c.word(k-2)) == "what" &&
		c.toks[k-2].clause == c.toks[o.ti].clause
}

// hypothetical: the person word at k is an indefinite one after "if"
// ("if someone took", "if a person jumped").
func (c *context) hypothetical(k int) bool {
	switch string(c.word(k)) {
	case "someone", "somebody", "person", "people", "anyone", "anybody":
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if string(c.word(j)) == "if" {
			return true
		}
	}
	return false
}

// negatorIn: a negator among tokens from..to-1 ("no more" before the
// writer's words is not one, see noMore).
func (c *context) negatorIn(from, to int) bool {
	for k := from; k < to && k < len(c.toks); k++ {
		if c.toks[k].flags&flagNegator != 0 && !c.noMore(k) {
			return true
		}
	}
	return false
}

// noMore: "no more" or "no longer" before the writer's own words is
// "anymore", not a negation ("I can't do this no more I want to die").
func (c *context) noMore(k int) bool {
	if k+2 >= len(c.toks) || string(c.word(k)) != "no" {
		return false
	}
	next := string(c.word(k + 1))
	return (next == "more" || next == "longer") && c.toks[k+2].flags&flagFirstPerson != 0
}

// pastMarkers before a phrase put it in the past ("I was suicidal",
// "I tried to end my life", "I used to self harm").
var pastMarkers = map[string]bool{"was": true, "were": true, "felt": true, "tried": true, "attempted": true,
	"used": true, "wanted": true, "had": true, "once": true, "wrote": true, "took": true,
	"remember": true, "remembered": true, "asked": true, "prayed": true, "begged": true, "wished": true, "hoped": true, "thought": true,
	"woke": true, "did": true}

// helloAfter: "hello" follows the goodbye q in its sentence.
func (c *context) helloAfter(q occurrence) bool {
	for k := q.tj; k < len(c.toks) && c.toks[k].sentence == q.sentence; k++ {
		if c.wordOr(k) == "hello" {
			return true
		}
	}
	return false
}

// gerundPast are past verbs that a gerund phrase after them takes its
// tense from, though they mark no past on their own ("came home … wanting
// to die"; not "spent", which often tells of this week: "spent the
// weekend drinking").
var gerundPast = map[string]bool{"came": true, "went": true, "left": true, "sat": true, "lay": true}

// presentMarkers are words of the present (verbs, and "now", "still")
// that a gerund after them takes its tense from (see pastBefore).
var presentMarkers = map[string]bool{"am": true, "is": true, "are": true, "im": true, "ive": true, "keep": true, "keeps": true,
	"cant": true, "dont": true, "do": true, "does": true, "will": true, "ill": true, "now": true, "still": true}

// notGerunds end in "ing" but are no verb's ("nothing to live for").
var notGerunds = map[string]bool{"nothing": true, "something": true, "anything": true, "everything": true,
	"morning": true, "evening": true, "ceiling": true, "during": true, "building": true, "string": true, "spring": true,
	"bring": true, "thing": true, "things": true, "swing": true, "sting": true, "wedding": true}

// pastDesires begin a phrase about a past urge, not a past act
// ("thought about taking all my pills").
var pastDesires = map[string]bool{"thought": true, "wanted": true, "wished": true, "hoped": true, "felt": true, "considered": true}

// pastBefore: a past marker within five words before, in the clause
// ("had to" is obligation, not the past), or "made me" ("depression
// made me want to disappear").
func (c *context) pastBefore(o occurrence) bool {
	// A phrase joined by "and" to an earlier verb shares its tense ("I
	// was taking sleeping pills every night and thinking about dying"):
	// the past is looked for up to twelve words back in the clause.
	reach := 5
	if o.ti > 0 && string(c.word(o.ti-1)) == "and" {
		reach = 12
	}
	// A phrase that starts with a gerund has no tense of its own: it
	// takes that of the nearest verb before it in the clause, however
	// far ("two years ago I was gaming sixteen hours a day to avoid
	// wanting to die"), and a present one stops the search ("I'm so
	// tired of wanting to die").
	first := string(c.word(o.ti))
	gerund := len(first) > 4 && strings.HasSuffix(first, "ing") && !notGerunds[first]
	if gerund {
		reach = 15
	}
	for k := o.ti - 1; k >= 0 && k >= o.ti-reach && c.toks[k].clause == c.toks[o.ti].clause; k-- {
		// Nor does "I'm" just before any phrase: "… since my daughter
		// was born and I'm back on the crack" is now.
		if w := string(c.word(k)); gerund && presentMarkers[w] || k == o.ti-1 && w == "im" {
			return false
		}
		// "I came back from Syria wanting to die": a past verb of
		// coming or going carries the gerund after it.
		if gerund && gerundPast[string(c.word(k))] {
			return true
		}
		if c.toks[k].flags&flagPast != 0 && !(c.toks[k].flags&flagHad != 0 && k+1 < len(c.toks) && c.toks[k+1].flags&flagTo != 0) {
			return true
		}
		if string(c.word(k)) == "made" && string(c.word(k+1)) == "me" {
			return true
		}
	}
	return false
}

// othersSentence: before o in its sentence, a person other than the
// writer is a subject (a person word with a link after it: "he's
// started", "my husband keeps"); the sentence has no word of the
// writer's own ("I", "me", "myself"; "my" may name the person: "my
// husband"), and the person is not one the writer is compared with ("my
// partner deserves better than someone who wants to die").
func (c *context) othersSentence(o occurrence) bool {
	if c.flagIn(o.sentence, o.sentence, flagFirstPerson) {
		return false
	}
	other := false
	for k, _ := c.sentences(o.sentence, o.sentence); k < o.ti; k++ {
		if c.toks[k].flags&flagOther == 0 || c.toks[k+1].flags&flagLink == 0 {
			continue
		}
		if c.comparedWith(k) {
			return false
		}
		other = true
	}
	return other
}

// comparedWith: "than" before the person word k, past "a" or "the"
// ("better than someone who").
func (c *context) comparedWith(k int) bool {
	p := k - 1
	for p >= 0 && (string(c.word(p)) == "a" || string(c.word(p)) == "the") {
		p--
	}
	return p >= 0 && string(c.word(p)) == "than"
}

// comparedSelf: a frame about someone else stands for the writer, set
// beside someone they say deserves better ("my partner deserves better
// than someone who wants to die"): "than" a person "who" just before it.
func (c *context) comparedSelf(f occurrence) bool {
	return f.ti >= 3 && string(c.word(f.ti-1)) == "who" && c.toks[f.ti-2].flags&flagOther != 0 && c.comparedWith(f.ti-2)
}

var firstPerson = map[string]bool{"i": true, "im": true, "ive": true, "id": true, "ill": true, "me": true, "myself": true,
	// Jamaican and Caribbean English ("mi a smoke crack every day again")
	"mi": true, "miself": true}

// firstPersonBefore: the writer speaks of themselves just before a topic
// word ("I'm going to overdose", "I self harm").
func (c *context) firstPersonBefore(o occurrence) bool { return c.firstPersonWithin(o, 3) }

// firstPersonWithin: the writer ("I", "I'm", "me") within n words
// before, in the clause ("I've been having thoughts of hurting him").
func (c *context) firstPersonWithin(o occurrence, n int) bool {
	for k := o.ti - 1; k >= 0 && k >= o.ti-n && c.toks[k].clause == c.toks[o.ti].clause; k-- {
		if c.toks[k].flags&flagFirstPerson != 0 {
			return true
		}
	}
	return false
}

// subjectDropped: the clause opens with words of intent alone before o,
// the writer's "I" left out ("Gonna run him over next time I see him",
// "ok. going to stab him"); "my brother is gonna" has its subject.
func (c *context) subjectDropped(o occurrence) bool {
	k := o.ti - 1
	for ; k >= 0 && c.toks[k].clause == c.toks[o.ti].clause && c.toks[k].flags&flagPunct == 0; k-- {
		if !droppedSubject[string(c.word(k))] {
			return false
		}
	}
	return k < o.ti-1
}

// subjectShared: o follows "and" or "then" in a clause whose subject is
// the writer, further back than firstPersonWithin reads ("I'm going to
// wait for him tonight and break his legs", "I'm going to find the
// collector who called my mother a whore and break his face").
func (c *context) subjectShared(o occurrence) bool {
	if o.ti == 0 {
		return false
	}
	switch string(c.word(o.ti - 1)) {
	case "and", "then":
		return c.firstPersonWithin(o, 16)
	}
	return false
}

// droppedSubject: words that open a sentence whose "I" was left out
// ("gonna", "going to", "about to", "will").
var droppedSubject = map[string]bool{"gonna": true, "gunna": true, "going": true, "to": true, "about": true,
	"will": true, "finna": true, "wanna": true, "want": true, "just": true, "really": true, "might": true}

// cueIndex holds each cue type's occurrences in text order.
type cueIndex [numCues][]occurrence

// idiomRunsOn: an idiom ends at or after the end of q and starts inside
// it (at its start, with from), and is not left open (see leftOpen).
func idiomRunsOn(idioms []occurrence, maxLen int, q occurrence, from bool, open func(k int) bool) bool {
	k := sort.Search(len(idioms), func(x int) bool { return idioms[x].j >= q.j })
	for ; k < len(idioms) && idioms[k].j <= q.j+maxLen; k++ {
		if idioms[k].i < q.j && idioms[k].i >= q.i && (!from || idioms[k].i == q.i) && !open(k) {
			return true
		}
	}
	return false
}

// idiomNames: an idiom ends with the time cue q and begins before it
// ("Black Friday", "Cyber Monday"): a name, not a when.
func idiomNames(idioms []occurrence, q occurrence) bool {
	k := sort.Search(len(idioms), func(x int) bool { return idioms[x].j >= q.j })
	for ; k < len(idioms) && idioms[k].j == q.j; k++ {
		if idioms[k].i < q.i {
			return true
		}
	}
	return false
}

// hyperboleBefore: "if i have to" in the same sentence ("if I have to
// sit through one more meeting I'm going to die", "I'll die if I have to
// hear that song again"), unless what one has to do is go on living ("if
// I have to wake up one more day feeling like this", "keep living like
// this", "go on like this").
func (c *context) hyperboleBefore(o occurrence) bool {
	sn := c.toks[o.ti].sentence
	k := o.ti
	for k > 0 && c.toks[k-1].sentence == sn {
		k--
	}
	for ; k+3 < len(c.toks) && c.toks[k+3].sentence == sn; k++ {
		if string(c.word(k)) == "if" && string(c.word(k+1)) == "i" && string(c.word(k+2)) == "have" && string(c.word(k+3)) == "to" {
			return !c.goOnLiving(k+4, sn)
		}
	}
	return false
}

// embarrassedWhen: a wish to die tied to a moment ("I wanted to die when
// my professor asked me a question") that the writer calls embarrassing
// in its sentence or the next ("So embarrassing haha"): dying of
// embarrassment, said of a moment.
func (c *context) embarrassedWhen(o occurrence) bool {
	if o.e.Category != "suicide" || o.tj >= len(c.toks) {
		return false
	}
	when := false
	for k := o.tj; k < len(c.toks) && k <= o.tj+1 && c.toks[k].clause == c.toks[o.tj-1].clause; k++ {
		when = when || string(c.word(k)) == "when"
	}
	return when && (c.sentenceHasWord(o.sentence, embarrassment) || c.sentenceHasWord(o.sentence+1, embarrassment))
}

// embarrassment are the words that call a moment embarrassing.
var embarrassment = map[string]bool{"embarrassing": true, "embarrassed": true, "embarrassment": true, "cringe": true,
	"cringey": true, "cringy": true, "cringing": true, "mortified": true, "mortifying": true, "awkward": true}

// wordInClause is word i when it lies in clause cl, else "".
func (c *context) wordInClause(i int, cl int32) string {
	if i >= 0 && i < len(c.toks) && c.toks[i].clause == cl {
		return string(c.word(i))
	}
	return ""
}

// wordInSentence is word i when it lies in sentence sn, else "".
func (c *context) wordInSentence(i int, sn int32) string {
	if i >= 0 && i < len(c.toks) && c.toks[i].sentence == sn {
		return string(c.word(i))
	}
	return ""
}

// pettyIf: a threat followed in its clause by "if" and someone's small
// failing ("I'll kill him if he's late again", "I'll murder her if she
// eats my leftovers"): exasperation, not intent. What would be a reason
// to fear ("if he touches my kids", "if she comes near me") is no small
// failing.
func (c *context) pettyIf(o occurrence) bool {
	return o.tj < len(c.toks) && c.pettyAfter(o.tj, c.toks[o.tj-1].clause, false)
}

// othersPetty: the threat o is someone else's, not the writer's (a
// person named just before it, past a will: "Mom would", "she'll"), and
// hung on what they will find out or see or on a small failing ("…
// kill him if she found out", "… kill him when she sees the mess").
func (c *context) othersPetty(o occurrence) bool {
	cl := c.toks[o.ti].clause
	k, will := c.subjectBefore(o.ti, cl)
	if k < 0 || c.toks[k].clause != cl {
		return false
	}
	// A person after a will ("Mom would"), or a word with its own
	// ("she'd", "they'll").
	if !(will && c.toks[k].flags&flagOther != 0) && !threatSubjects[string(c.word(k))] {
		return false
	}
	return o.tj < len(c.toks) && c.pettyAfter(o.tj, c.toks[o.tj-1].clause, true)
}

// subjectBefore walks back from the threat verb at v, in clause cl,
// over at most four words of will and the like between it and its
// subject ("would", "is going to", "really"; see threatWill): the
// subject's index (-1 when v opens the text) and whether a will was
// among them.
func (c *context) subjectBefore(v int, cl int32) (int, bool) {
	k, will := v-1, false
	for ; k > 0 && v-k <= 4 && c.toks[k].clause == cl; k-- {
		isWill, between := threatWill[string(c.word(k))]
		if !between {
			break
		}
		will = will || isWill
	}
	return k, will
}

// ateNext: the sentence after sn opens, within its first four words,
// with someone eating or drinking what was the writer's ("He ate my
// birthday cake.", "She finished the ice cream."), and names no blow or
// harm ("… and then hit me").
func (c *context) ateNext(sn int32) bool {
	k := 0
	for k < len(c.toks) && c.toks[k].sentence <= sn {
		k++
	}
	ate := false
	for m := k; m < len(c.toks) && c.toks[m].sentence == sn+1; m++ {
		if c.toks[m].flags&(flagBlow|flagThreat) != 0 || string(c.word(m)) == "hit" {
			return false
		}
		ate = ate || m < k+4 && eatenWords[string(c.word(m))]
	}
	return ate
}

// eatenWords: food or drink taken, a small failing a threat is made
// over.
var eatenWords = map[string]bool{"ate": true, "eats": true, "eaten": true, "drank": true, "finished": true}

// recentFor: a recent-time cue in o's sentence tells when o happened,
// unless a distant cue comes before o in that sentence and the recent
// cue stands in a later clause than o: then it is the "now" set against
// that "then" ("A year ago I wanted to die, today I'm happy"). A recent
// cue just after "but" in a later clause is set against o the same way.
func (c *context) recentFor(cues *cueIndex, o occurrence) bool {
	recent := inSentenceRange(cues[idRecent], o.sentence, o.sentence)
	if len(recent) == 0 {
		return false
	}
	then := false
	for _, q := range inSentenceRange(cues[idDistant], o.sentence, o.sentence) {
		then = then || q.ti < o.ti // as in thenAndNow
	}
	cl := c.toks[o.tj-1].clause
	for _, q := range recent {
		// "A year ago I wanted to die every time I relapsed": a recent
		// word in a clause of how often tells a habit of then.
		if then && c.everyTimeBefore(q) {
			continue
		}
		// "… thought to end my life, but today I'm well": a "now" after
		// "but" is set against the past as a "then" would set it.
		contrast := then || q.ti > 0 && string(c.word(q.ti-1)) == "but"
		if !contrast || q.ti < o.tj || c.toks[q.ti].clause == cl {
			return true
		}
	}
	return false
}

// everyTimeBefore: "every time", "each time" or "whenever" stands within
// three words before q in its sentence.
func (c *context) everyTimeBefore(q occurrence) bool {
	for k := q.ti - 1; k >= 0 && k >= q.ti-3 && c.toks[k].sentence == q.sentence; k-- {
		switch string(c.word(k)) {
		case "whenever":
			return true
		case "time":
			if k > 0 && (string(c.word(k-1)) == "every" || string(c.word(k-1)) == "each") {
				return true
			}
		}
	}
	return false
}

// imminent: sentence sn holds a live time cue for tonight, now ("right
// now", "I'm outside now", "he's there now"), or a few minutes or hours
// from now.
func (c *context) imminent(times []occurrence, sn int32) bool {
	for _, q := range inSentenceRange(times, sn, sn) {
		p := q.e.norm
		if !c.negated(q) && (strings.Contains(p, "tonight") || strings.Contains(p, " now ") ||
			strings.Contains(p, " min") || strings.Contains(p, " hour")) {
			return true
		}
	}
	return false
}

// couldFor: the threat's clause has "I could" just before it (an adverb
// may stand between: "I could honestly strangle him") and "for" within
// two words after it ("… my flatmate for telling my date", "… him for
// that") or "but" just after it.
func (c *context) couldFor(o occurrence) bool {
	cl := c.toks[o.ti].clause
	could := false
	for k := o.ti - 1; k >= 1 && k >= o.ti-2 && c.toks[k].clause == cl; k-- {
		if string(c.word(k)) == "could" {
			could = string(c.word(k-1)) == "i" && c.toks[k-1].clause == cl
			break
		}
	}
	if !could {
		return false
	}
	for k := o.tj; k < o.tj+2 && k < len(c.toks) && c.toks[k].clause == cl; k++ {
		if string(c.word(k)) == "for" {
			return true
		}
	}
	// "I could kill him but at least he liked chapter 3": the threat
	// taken back in the same breath.
	if o.tj < len(c.toks) && c.toks[o.tj].clause == cl && string(c.word(o.tj)) == "but" {
		return true
	}
	// "I could kill him, but he's nice": taken back in the next clause
	// by a kind word about the one threatened.
	k := o.tj
	if k < len(c.toks) && c.toks[k].flags&flagPunct != 0 {
		k++
	}
	if c.wordIs(k, "but") && c.toks[k].sentence == c.toks[o.ti].sentence {
		k++
		switch c.wordOr(k) {
		case "hes", "shes", "theyre":
			k++
		case "he", "she", "they":
			if w := c.wordOr(k + 1); w == "is" || w == "are" {
				k += 2
			}
		}
		if c.wordIs(k, "so") || c.wordIs(k, "really") || c.wordIs(k, "too") {
			k++
		}
		if c.wordIn(k, disarming) && !c.wordIs(k-1, "but") {
			return true
		}
	}
	// "… the person who designed these forms": someone known only by
	// what they made or decided.
	return o.tj < len(c.toks) && string(c.word(o.tj-1)) == "who" && madeOrDecided[string(c.word(o.tj))]
}

// warnedOr: o is "hurt myself" or "injure myself" just after "or"
// and a will ("or I'll", "or I will"), and before the "or", in its
// sentence, a need ("got to", "have to", "need to", "should") of a
// careActs word, or "careful": a warning of an injury.
func (c *context) warnedOr(o occurrence) bool {
	if !c.wordIs(o.tj-1, "myself") || !c.wordIs(o.tj-2, "hurt") && !c.wordIs(o.tj-2, "injure") {
		return false
	}
	k := o.tj - 3 // back over the will: "ill", "i will", "i might"
	for k >= 0 && k >= o.tj-5 && (c.wordIs(k, "ill") || c.wordIs(k, "will") || c.wordIs(k, "i") || c.wordIs(k, "might")) {
		k--
	}
	if k == o.tj-3 || !c.wordIs(k, "or") {
		return false
	}
	sn := o.sentence
	for x := k - 1; x >= 0 && c.toks[x].sentence == sn; x-- {
		switch c.wordOr(x) {
		case "careful":
			return true
		case "should", "must", "gotta":
			return c.wordIn(x+1, careActs)
		case "to":
			if w := c.wordOr(x - 1); w == "got" || w == "have" || w == "need" || w == "needs" {
				return c.wordIn(x+1, careActs)
			}
		}
	}
	return false
}

// careActs are what one must do to spare the body an injury: stop,
// slow down, rest, stretch, warm up ("I've got to stop ego lifting or
// I'll hurt myself"; not "I need to get out of this house or …").
var careActs = map[string]bool{"stop": true, "slow": true, "rest": true, "stretch": true, "warm": true,
	"ease": true, "deload": true, "lighten": true, "watch": true}

// disarming are kind words that take a threat back ("… but he's nice").
var disarming = map[string]bool{"nice": true, "lovely": true, "sweet": true, "cute": true, "harmless": true,
	"kind": true, "funny": true, "adorable": true, "decent": true, "sound": true}

// madeOrDecided are deeds someone is cursed for in passing: the person
// who designed the form, invented Mondays, scheduled the meeting.
var madeOrDecided = map[string]bool{"designed": true, "invented": true, "decided": true, "scheduled": true,
	"wrote": true, "thought": true, "made": true, "parked": true, "booked": true, "planned": true}

// pettyFailings are small failings a threat is often made over.
var pettyFailings = map[string]bool{"late": true, "forgets": true, "forgot": true, "eats": true, "ate": true,
	"finishes": true, "spoils": true, "spoilers": true, "snores": true, "wakes": true, "cancels": true,
	"mentions": true, "loses": true, "burns": true, "leaves": true, "messes": true, "moans": true, "bought": true,
	"buy": true, "buys": true, "mud": true, "muddy": true, "missed": true, "miss": true, "misses": true, "skipped": true,
	"skip": true, "skips": true, "broke": true, "breaks": true, "spilled": true, "spilt": true, "dropped": true, "dented": true,
	"scratched": true}

// countsThings: a quantity concept left open ("20 of my", "forty of the")
// that people or everyday things follow within two words of its clause:
// "20 of my students", "12 of my best photos".
func (c *context) countsThings(k occurrence) bool {
	p := k.e.norm
	if !strings.HasSuffix(p, " of my ") && !strings.HasSuffix(p, " of the ") && !strings.HasSuffix(p, " of his ") &&
		!strings.HasSuffix(p, " of her ") && !strings.HasSuffix(p, " of our ") {
		return false
	}
	cl := c.toks[k.tj-1].clause
	for i := k.tj; i < k.tj+2 && i < len(c.toks) && c.toks[i].clause == cl; i++ {
		if c.toks[i].flags&flagOther != 0 || everydayThings[string(c.word(i))] {
			return true
		}
	}
	return false
}

// bottledDrink: a bottle concept left open ("a bottle of") that a drink
// or some other everyday bottle follows within two words of its clause:
// "tempted to open a bottle of red wine" is drinking talk (alcohol: 2),
// "thinking about buying a bottle of water" shopping (1); no dose.
func (c *context) bottledDrink(k occurrence) int8 {
	if !strings.HasSuffix(k.e.norm, " bottle of ") {
		return 0
	}
	cl := c.toks[k.tj-1].clause
	for i := k.tj; i < k.tj+2 && i < len(c.toks) && c.toks[i].clause == cl; i++ {
		if b := bottled[string(c.word(i))]; b != 0 {
			return b
		}
	}
	return 0
}

// bottled are what a bottle holds that is no medicine or poison: 2 for
// alcohol, 1 for anything else.
var bottled = map[string]int8{"wine": 2, "red": 2, "white": 2, "rose": 2, "vodka": 2, "whisky": 2,
	"whiskey": 2, "gin": 2, "rum": 2, "brandy": 2, "sherry": 2, "port": 2, "champagne": 2,
	"prosecco": 2, "cava": 2, "bubbly": 2, "fizz": 2, "beer": 2, "lager": 2, "cider": 2,
	"tequila": 2, "bourbon": 2, "scotch": 2, "baileys": 2, "jack": 2, "bubbles": 2, "water": 1, "milk": 1,
	"coke": 1, "pop": 1, "soda": 1, "juice": 1, "lemonade": 1, "squash": 1, "ketchup": 1,
	"sauce": 1, "shampoo": 1, "perfume": 1, "oil": 1, "vinegar": 1}

// everydayThings are things people count out that are no medicine.
var everydayThings = map[string]bool{"photos": true, "pictures": true, "photographs": true, "books": true,
	"clothes": true, "things": true, "stuff": true, "songs": true, "paintings": true, "drawings": true,
	"cards": true, "plants": true, "shirts": true, "records": true, "videos": true, "pupils": true,
	"mates": true, "classmates": true, "colleagues": true, "followers": true, "subscribers": true,
	"players": true, "dogs": true, "cats": true, "chickens": true, "sheep": true, "cows": true, "old": true}

// speaksOfSelf: sentences first..last have the writer in them: "I",
// "me", "myself" or "my".
func (c *context) speaksOfSelf(first, last int32) bool {
	from, toks := c.sentences(max(first, 0), last)
	for i := range toks {
		if toks[i].flags&flagFirstPerson != 0 || string(c.word(from+i)) == "my" {
			return true
		}
	}
	return false
}

// takenBack: the sentence after sn takes it back, in the whole
// sentence or its first clause: "I won't.", "Not that I would.", "I
// won't do anything, I have the twins."
func (c *context) takenBack(sn int32) bool { return c.firstClauseIn(sn+1, retractions) }

// firstClauseIn: sentence sn, whole or up to its first comma, is one of
// the sayings (eight words at most).
func (c *context) firstClauseIn(sn int32, sayings map[string]bool) bool {
	from, toks := c.sentences(sn, sn)
	var buf [64]byte
	b := buf[:0]
	words := 0
	for i := range toks {
		if toks[i].flags&flagPunct != 0 {
			if words > 0 && c.word(from + i)[0] == ',' {
				break
			}
			continue
		}
		if words++; words > 8 {
			return false
		}
		if words > 1 {
			b = append(b, ' ')
		}
		b = append(b, c.word(from+i)...)
	}
	return sayings[string(b)]
}

// retractions are whole sentences or first clauses that take back what
// came before.
var retractions = map[string]bool{"i wont": true, "i wouldnt": true, "i wont really": true, "i wouldnt really": true,
	"not really": true, "not that i would": true, "not that i ever would": true, "i wont obviously": true,
	"i wouldnt obviously": true, "obviously i wont": true, "obviously i wouldnt": true, "i wont lol": true,
	"i wouldnt lol": true, "but i wont": true, "but i wouldnt": true,
	"not going to do anything": true, "im not going to do anything": true, "not gonna do anything": true,
	"im not gonna do anything": true, "i wont do anything": true, "i wouldnt do anything": true,
	"im not going to do anything stupid": true, "i wont do anything stupid": true, "not going to act on it": true,
	"im not going to act on it": true, "i wont act on it": true, "im not going to act on them": true,
	"i will not do anything": true, "but i will not do anything": true, "but i wont do anything": true,
	"but im not going to do anything": true, "i will not": true, "but i will not": true,
	"not planning anything": true, "im not planning anything": true, "not planning to do anything": true,
	"im not planning to do anything": true, "not going to do anything about it": true,
	"im not going to do anything about it": true, "id never": true, "i would never": true, "i never would": true}

// addressed: sentences first..last speak to someone ("you", "your").
func (c *context) addressed(first, last int32) bool {
	from, toks := c.sentences(first, last)
	for i := range toks {
		switch string(c.word(from + i)) {
		case "you", "your", "youre", "youve", "youll", "yourself":
			return true
		}
	}
	return false
}

// alone: sentence sn has the writer in it ("I", "I'm", "me") and no one
// else: no other person, no "we" or "us".
func (c *context) alone(sn int32) bool {
	return c.noOthers(sn) && c.flagIn(sn, sn, flagFirstPerson)
}

// noOthers: sentence sn names no one but the writer: no other person,
// no "we" or "us".
func (c *context) noOthers(sn int32) bool {
	from, toks := c.sentences(sn, sn)
	for i := range toks {
		if c.personAt(from+i) || weWords[string(c.word(from+i))] {
			return false
		}
	}
	return true
}

// outing: a place or a plan that a purpose follows within five words of
// its clause ("heading to the viaduct now for the sunrise photo walk",
// "driving to the bridge now for a picnic", "went to the river for a
// swim", "to the bridge to meet Sam"), or that the writer goes to with
// others ("we're heading to the viaduct now"): a trip, not a plan. A
// purpose of finality is none ("for the last time", "for good", "for one
// last look"), and so is a person ("for my kids, they'll be better off").
func (c *context) outing(q occurrence) bool {
	cl := c.toks[q.ti].clause
	w := func(i int) string { return c.wordInClause(i, cl) }
	switch w(q.ti - 1) {
	case "we", "were", "weve", "wed":
		return true
	}
	if w(q.ti-2) == "we" && w(q.ti-1) == "are" {
		return true
	}
	for k := q.tj; k < q.tj+8; k++ {
		if w(k) == "with" && c.companyAfter(k, cl) {
			return true // "with the charity dip crowd", "with my friends"
		}
		if k >= q.tj+5 {
			continue
		}
		// "Used to walk" is a habit told, not the outing's purpose
		// ("off the cliffs where we used to walk").
		if w(k) == "to" && outingVerbs[w(k+1)] && w(k-1) != "used" {
			return true // "to meet Sam", "to watch the sunrise"
		}
		if w(k) != "for" {
			continue
		}
		what, then := w(k+1), w(k+2)
		switch {
		case finality[what], what == "one":
			return false
		case outingArticles[what]:
			// Not a person: "for my kids", "for my wife".
			return then != "" && !finality[then] && then != "one" && c.toks[k+2].flags&flagOther == 0
		default:
			return outingsBare[what]
		}
	}
	return false
}

// companyAfter: the "with" at k is followed, within three words of its
// clause, by people the writer goes along with ("with the club", "with
// my friends", "with the charity dip crowd"), not by a thing ("with my
// pockets full of stones").
func (c *context) companyAfter(k int, cl int32) bool {
	for n := k + 1; n <= k+4 && n < len(c.toks) && c.toks[n].clause == cl; n++ {
		if c.toks[n].flags&flagOther != 0 || company[string(c.word(n))] {
			// "with everyone asleep", "with the kids at their dad's"
			// say where they are, not who comes along.
			return n+1 >= len(c.toks) || !whereabouts[string(c.word(n+1))]
		}
	}
	return false
}

// whereabouts say where people are, after "with everyone …".
var whereabouts = map[string]bool{"asleep": true, "away": true, "gone": true, "out": true, "at": true, "in": true,
	"home": true, "watching": true, "sleeping": true}

// company are groups one goes out with.
var company = map[string]bool{"club": true, "crowd": true, "group": true, "team": true, "gang": true, "squad": true,
	"lads": true, "girls": true, "class": true, "crew": true}

// outingVerbs are purposes said with "to" ("to meet", "to swim").
var outingVerbs = map[string]bool{"meet": true, "see": true, "watch": true, "swim": true, "walk": true,
	"fish": true, "play": true, "feed": true, "pick": true, "collect": true, "visit": true, "buy": true,
	"grab": true, "photograph": true, "paint": true, "sketch": true, "picnic": true, "run": true, "train": true}

// outingArticles begin a purpose ("for a swim", "for our walk");
// outingsBare are purposes said without one ("for lunch").
var (
	outingArticles = map[string]bool{"a": true, "an": true, "the": true, "our": true, "my": true, "some": true}
	outingsBare    = map[string]bool{"lunch": true, "dinner": true, "breakfast": true, "sunrise": true, "sunset": true,
		"work": true, "school": true, "training": true, "practice": true, "church": true, "coffee": true, "drinks": true}
)

// preferredOver: a composed signal with the frame "rather" is followed,
// within four words of its clause, by "than" and a chore: a preference
// said strongly ("I'd rather jump off the scaffold than sit through
// another induction", "than go to that wedding"), not intent. What else
// may follow "than" is often the crisis itself ("than see her face",
// "than keep living like this", "than go to prison"), so only chores,
// events and everyday things done count.
func (c *context) preferredOver(o occurrence) bool {
	// The frame "rather" with a concept ("rather … die"), or a phrase of
	// the lexicon's that opens with it ("rather be six feet under").
	if o.e.frame != "rather" && !strings.HasPrefix(o.e.norm, " rather ") && !strings.HasPrefix(o.e.norm, " id rather ") {
		return false
	}
	cl := c.toks[o.tj-1].clause
	w := func(i int) string { return c.wordInClause(i, cl) }
	than := -1
	for k := o.tj; k <= o.tj+4 && than < 0; k++ {
		if w(k) == "than" {
			than = k
		}
	}
	if than < 0 {
		return false
	}
	k := than + 1
	if w(k) == "have" && w(k+1) == "to" {
		k += 2
	}
	switch next := w(k + 1); {
	case w(k) == "go":
		// an event: "go to that wedding", "go back to that dentist",
		// "go to another of those seminars", not "go to prison", "go
		// back to him", "go through another week of this"
		for i := k + 1; i <= k+7; i++ {
			if e := w(i); eventAfter[e] || strings.HasSuffix(e, "s") && eventAfter[e[:len(e)-1]] {
				return true
			}
		}
		return false
	case w(k) == "lose":
		// A contest lost ("than lose to Arsenal", "than lose at chess",
		// "than lose another argument"), not what a life is made of
		// ("than lose the garage my dad built", "than lose my kids").
		return next == "to" || next == "at" || next == "face" || contests[w(k+2)]
	case chores[w(k)]:
		// Not more of life itself: "than do another decade of this",
		// "than spend another year like this".
		// "than listen to this every night" is this life too.
		if next == "to" {
			next = w(k + 2)
		}
		if next == "another" && timeSpans[w(k+2)] {
			return false
		}
		return next != "this" && next != "it" && next != "that"
	case w(k) == "move" && next == "house":
		return true // "than move house again", not "than move back in with him"
	case w(k) == "be" && next == "seen":
		return true // "than be seen with him", "than be seen in that"
	case w(k) == "have" && (next == "another" || next == "a" || next == "an"):
		// an ordeal of an ordinary day: "than have another filling",
		// "than have a smear test", not "than have another day of this"
		return ordeals[w(k+2)] || eventAfter[w(k+2)]
	}
	return false
}

// ordeals are the small ordeals a preference is set against ("I'd
// rather die than have another filling").
var ordeals = map[string]bool{"filling": true, "injection": true, "jab": true, "smear": true, "haircut": true,
	"colonoscopy": true, "exam": true, "lesson": true, "interview": true, "perm": true, "wax": true, "tattoo": true,
	"blood": true, "root": true, "fitting": true, "presentation": true, "appraisal": true, "review": true}

// chores: everyday things done, set after "than" in a strong preference.
var chores = map[string]bool{"sit": true, "attend": true, "watch": true, "listen": true, "eat": true, "queue": true,
	"wear": true, "fill": true, "read": true, "hear": true, "cook": true, "clean": true, "spend": true, "sing": true,
	"dance": true, "redo": true, "mark": true, "revise": true, "play": true, "drive": true, "do": true,
	"admit": true, "miss": true, "apologise": true, "apologize": true, "share": true, "vote": true,
	"present": true, "speak": true, "give": true, "write": true, "study": true, "pay": true, "fly": true, "swim": true}

// contests are what is lost in a game or a quarrel ("than lose another
// argument").
var contests = map[string]bool{"game": true, "match": true, "bet": true, "argument": true, "race": true, "final": true,
	"toss": true, "debate": true, "round": true}

// timeSpans are stretches of life ("another decade of this").
var timeSpans = map[string]bool{"day": true, "week": true, "month": true, "year": true, "decade": true,
	"night": true, "winter": true, "christmas": true, "lifetime": true, "minute": true, "hour": true}

// eventAfter: what one goes to in a preference ("than go to that
// wedding").
var eventAfter = map[string]bool{"wedding": true, "party": true, "meeting": true, "meetings": true, "dentist": true,
	"gym": true, "work": true, "school": true, "class": true, "church": true, "dinner": true, "gig": true,
	"concert": true, "reunion": true, "barbecue": true, "bbq": true, "brunch": true, "christening": true, "ikea": true,
	"training": true, "induction": true, "assembly": true, "rehearsal": true, "seminar": true, "seminars": true,
	"appointment": true, "lecture": true, "lectures": true, "conference": true}

// joking: a joking word in sentences first..last that is not itself
// denied by a negator up to two words before ("I'm not joking", "not
// even kidding", "wasn't joking"), and no denial anywhere in them: a
// denied joke, or "I'm serious", says the words are meant ("lol jk not
// jk").
func (c *context) joking(first, last int32) bool {
	found := false
	from, toks := c.sentences(first, last)
	for x, t := range toks {
		k := from + x
		if c.meantHere(k) {
			return false
		}
		if t.flags&flagJoke != 0 && !c.jokeDenied(k) {
			found = true
		}
	}
	return found
}

// jokeDenied: the joking word at k has a negator up to two words
// before it in its sentence.
func (c *context) jokeDenied(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2 && c.toks[j].sentence == c.toks[k].sentence; j-- {
		if c.toks[j].flags&flagNegator != 0 {
			return true
		}
	}
	return false
}

// meant: sentences first..last say the writer means what they wrote:
// "I mean it", "I mean that", "I mean every word", or a word meantHere
// knows.
func (c *context) meant(first, last int32) bool {
	return c.saysMeant(first, last, true)
}

// saysMeant: sentences first..last hold "I mean it", "I mean that" or "I
// mean every word", or the same with "meant" (with "actually", "really"
// and the like before it), or, when loose, a word meantHere knows.
func (c *context) saysMeant(first, last int32, loose bool) bool {
	from, toks := c.sentences(first, last)
	for x := range toks {
		k := from + x
		if loose && c.meantHere(k) {
			return true
		}
		if w := string(c.word(k)); k > 0 && k+1 < len(c.toks) && (w == "mean" || w == "meant") && (string(c.word(k-1)) == "i" || k > 1 && meanAdverbs[string(c.word(k-1))] && string(c.word(k-2)) == "i") {
			if w := string(c.word(k + 1)); w == "it" || w == "that" || w == "every" {
				return true
			}
		}
	}
	return false
}

// meanAdverbs may stand in "I … mean it" ("This year I actually mean it").
var meanAdverbs = map[string]bool{"actually": true, "really": true, "genuinely": true, "honestly": true, "truly": true, "do": true}

// meantHere: the word at k says the writer means it: a denied joke
// ("not jk", "not joking"), "serious" after "I'm", "being", "dead", or
// "seriously" opening a sentence or a clause.
func (c *context) meantHere(k int) bool {
	if c.toks[k].flags&flagJoke != 0 && c.jokeDenied(k) {
		return true
	}
	if w := string(c.word(k)); w == "serious" && k > 0 {
		switch string(c.word(k - 1)) {
		case "im", "am", "being", "dead", "deadly", "totally", "100":
			return true
		}
	} else if w == "srsly" || w == "seriously" && (k == 0 || c.toks[k-1].flags&flagPunct != 0) {
		return true // "… haha. seriously though it's every weekend now."
	} else if w == "real" && k > 0 && string(c.word(k-1)) == "for" && k+1 < len(c.toks) && c.toks[k+1].flags&flagPunct != 0 {
		return true // "… lol. But for real."
	} else if w == "how" && k > 1 && string(c.word(k-1)) == "about" && string(c.word(k-2)) == "thought" {
		return true // "… the healer who took my savings, I've thought about how."
	}
	return false
}

// sentences returns the words of sentences first..last and the index of
// the first of them; words are in sentence order, so two binary searches
// find them.
func (c *context) sentences(first, last int32) (int, []tokInfo) {
	lo := sort.Search(len(c.toks), func(x int) bool { return c.toks[x].sentence >= first })
	hi := lo + sort.Search(len(c.toks)-lo, func(x int) bool { return c.toks[lo+x].sentence > last })
	return lo, c.toks[lo:hi]
}

// livingWords name going on living; "be", "keep", "go", "carry" and
// "get" only with what follows (see goOnLiving).
var livingWords = map[string]bool{"wake": true, "live": true, "living": true, "exist": true, "existing": true,
	"survive": true, "surviving": true, "feel": true, "feeling": true, "endure": true}

// goOnLiving: the words at k (after "if I have to") are about going on
// living: "wake up", "live like this", "feel like this", "be alive", "be
// a burden", "face another day", "keep living/going", "go on", "carry
// on", "get through another day".
func (c *context) goOnLiving(k int, sn int32) bool {
	w := func(i int) string { return c.wordInSentence(i, sn) }
	switch first, next := w(k), w(k+1); {
	case first == "be":
		return next == "alive" || next == "here" || next == "a" && w(k+2) == "burden"
	case first == "face":
		return next == "another" || next == "life" || next == "tomorrow" || next == "living"
	case livingWords[first]:
		return true
	case first == "keep":
		return livingWords[next] || next == "going" || next == "waking" || next == "doing"
	case first == "go", first == "carry":
		return next == "on"
	case first == "get":
		return next == "through" && (w(k+2) == "another" || w(k+2) == "one")
	}
	return false
}

// retold: a story cue lies in o's sentence (a film, a song, the news)
// and the writer is not the one speaking: no "I", "me" or "myself" in
// the phrase or the three words before it ("watched a film about a man
// who plans to set fire to his neighbour's car", but not "that song makes
// me want to die"). A story cue in the phrase's own words tells of the
// writer's own piece ("my goodbye poem is finished"), not a retelling.
// A phrase in quotation marks in the original text is the piece's own
// line, whoever its "I" is; a phrase holding "my" is the writer's.
func (c *context) retold(o occurrence, cues *cueIndex, text string) bool {
	// A story word used as a verb on someone ("I'll show them tonight")
	// retells nothing.
	story := false
	for _, q := range inSentenceRange(cues[idStory], o.sentence, o.sentence) {
		if (q.j < o.i || q.i > o.j) && !(q.tj == q.ti+1 && q.tj < len(c.toks) && objectWords[string(c.word(q.tj))]) && !c.ownPiece(q) {
			story = true
		}
	}
	if !story {
		return false
	}
	if inQuotes(text, o.start, o.end) {
		// The song's "I", not the writer's, unless the writer says
		// just after that they mean it ("… I won't fight it any
		// more". I mean every word.).
		return !c.saysMeant(o.sentence, o.sentence+1, false)
	}
	if c.dreamBefore(cues[idStory], o) {
		return true // what happened in a dream, whoever was in it
	}
	for k := max(o.ti-3, 0); k < o.tj; k++ {
		if c.toks[k].flags&flagFirstPerson != 0 || k >= o.ti && string(c.word(k)) == "my" {
			return false // "… and then took all of my oxycodone"
		}
	}
	// "… then took every pill I had": the writer just after the phrase,
	// in its clause, owns it.
	cl := c.toks[o.tj-1].clause
	for k := o.tj; k < o.tj+2 && k < len(c.toks) && c.toks[k].clause == cl; k++ {
		if c.toks[k].flags&flagFirstPerson != 0 {
			return false
		}
	}
	// "Every encore I think about how easy it would be to end it all
	// after the show": every story cue comes after the phrase, and the
	// writer stands before it in its clause: the show tells when, not
	// what is retold.
	// So does a story cue after "after", "before" or "during" ("Every
	// night after the show … I sit in the van wanting to die").
	after := true
	for _, q := range inSentenceRange(cues[idStory], o.sentence, o.sentence) {
		after = after && (q.i > o.j || c.storyTime(q))
	}
	// A phrase that opens its sentence has the writer as its subject,
	// left out ("Swallowed the whole strip … before the show would have
	// started").
	if after && (o.ti == 0 || c.toks[o.ti-1].sentence != o.sentence) {
		return false
	}
	if after {
		for k := o.ti - 1; k >= 0 && c.toks[k].clause == cl; k-- {
			if c.toks[k].flags&flagFirstPerson != 0 {
				return false
			}
		}
	}
	return true
}

// newLifeAfter: o's sentence goes on, after it, to begin a new life or
// a new one ("… and start new life in Germany", "… and started a new
// one in Leeds").
func (c *context) newLifeAfter(o occurrence) bool {
	for k := o.tj; k+1 < len(c.toks) && c.toks[k+1].sentence == o.sentence; k++ {
		if w := string(c.word(k + 1)); string(c.word(k)) != "new" || w != "life" && w != "one" {
			continue
		}
		v := k - 1
		if v > o.tj && string(c.word(v)) == "a" {
			v--
		}
		if v >= o.tj && beginWords[string(c.word(v))] {
			return true
		}
	}
	return false
}

// beginWords begin something: "start new life", "began a new one".
var beginWords = map[string]bool{"start": true, "started": true, "starting": true, "begin": true, "began": true, "beginning": true}

// storyTime: the story cue q follows "after", "before" or "during" in
// its sentence: it tells when.
func (c *context) storyTime(q occurrence) bool {
	k := q.ti - 1
	if k >= 0 && c.toks[k].sentence == q.sentence && storyDeterminers[string(c.word(k))] {
		k-- // "after the show", "during that film"
	}
	if k < 0 || c.toks[k].sentence != q.sentence {
		return false
	}
	switch string(c.word(k)) {
	case "after", "before", "during":
		return true
	}
	return false
}

// storyDeterminers may stand between "after" and a story cue.
var storyDeterminers = map[string]bool{"the": true, "a": true, "that": true, "this": true, "my": true, "our": true, "every": true, "each": true}

// objectWords are someone a verb is done to: "show them", "play him".
var objectWords = map[string]bool{"them": true, "him": true, "her": true, "you": true, "me": true, "us": true,
	"everyone": true, "everybody": true}

// butWord takes back the answer just before it ("I said no, but …").
var butWord = map[string]bool{"but": true}

// answerVerbs say an answer was given ("I said no", "ticked no").
var answerVerbs = map[string]bool{"said": true, "say": true, "says": true, "saying": true, "answered": true, "ticked": true, "replied": true, "told": true}

// answeredNo: o is part of a question someone asked the writer ("asked
// if", "asked whether", "asked me about" before it in its clause), and
// the first answer after it, in its sentence or the next, is no ("No",
// "none at all", "I said no", "never"), not owned up as a lie and not
// followed by "but" (see rule 3f).
func (c *context) answeredNo(o occurrence) bool {
	asked := false
	cl := c.toks[o.ti].clause
	for k := o.ti - 1; k >= 0 && c.toks[k].clause == cl && !asked; k-- {
		if string(c.word(k)) != "asked" {
			continue
		}
		for n := k + 1; n <= k+2 && n < o.ti; n++ {
			switch string(c.word(n)) {
			case "if", "whether", "about":
				asked = true
			}
		}
	}
	if !asked {
		return false
	}
	for k := o.tj; k < len(c.toks) && c.toks[k].sentence <= o.sentence+1; k++ {
		switch string(c.word(k)) {
		case "lied", "lie", "lying":
			return false
		case "yes", "yeah", "yep", "yup":
			return false
		case "no", "none", "never", "nope":
			// An answer stands alone ("No.", "none at all", "I said no
			// and"), not "no point hiding it".
			next := ""
			if k+1 < len(c.toks) {
				next = string(c.word(k + 1))
			}
			switch next {
			case "", ".", ",", "and", "at", "to":
			default:
				if k == 0 || !answerVerbs[string(c.word(k-1))] {
					continue
				}
			}
			return !c.wordOfBetween(butWord, k+1, min(k+4, len(c.toks)))
		}
	}
	return false
}

// dreamWords name a dream, and wakeWords end one, for dreamBefore.
var (
	dreamWords = map[string]bool{"dream": true, "dreams": true, "dreamt": true, "dreamed": true, "nightmare": true, "nightmares": true}
	wakeWords  = map[string]bool{"woke": true, "wake": true, "waking": true, "awake": true, "woken": true}
)

// dreamBefore: a story cue that tells a dream's content ("the nightmare
// was about", "I dreamt I") opens o's clause before it, with no waking
// between ("The nightmare was about him hurting me again", "dreamt I
// jumped off a cliff"): the phrase is the dream's, even with the writer
// in it. "I dreamt about it, woke up and cut my arm" is not.
func (c *context) dreamBefore(story []occurrence, o occurrence) bool {
	for _, q := range story {
		if q.sentence != o.sentence || q.tj > o.ti || c.toks[q.ti].clause != c.toks[o.ti].clause || !hasWordOf(q.e.norm, dreamWords) {
			continue
		}
		if !c.wordOfBetween(wakeWords, q.tj, o.ti) {
			return true
		}
	}
	return false
}

// inQuotes: the original text's bytes [start, end) stand inside
// quotation marks that open and close on their line: an odd number of
// '"' before start on the line, or a last curly mark before it that
// opens (“), and a closing mark after end on the line.
func inQuotes(text string, start, end int) bool {
	if start < 0 || end > len(text) || start > end {
		return false // "" when the text has no quotation mark
	}
	curly := func(i int) byte { // 0x9C for “, 0x9D for ”, else 0
		if i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9D) {
			return text[i+2]
		}
		return 0
	}
	from := strings.LastIndexByte(text[:start], '\n') + 1
	straight, lastCurly := 0, byte(0)
	for i := from; i < start; i++ {
		if text[i] == '"' {
			straight++
		} else if m := curly(i); m != 0 {
			lastCurly = m
		}
	}
	if straight%2 == 0 && lastCurly != 0x9C {
		return false
	}
	for i := end; i < len(text) && text[i] != '\n'; i++ {
		if text[i] == '"' || curly(i) == 0x9D {
			return true
		}
	}
	return false
}

// laughWords laugh a phrase off when they follow it at once; "jaja"
// and "jeje" are Spanish laughter, "kkkk" Portuguese.
var laughWords = map[string]bool{"lol": true, "lool": true, "lmao": true, "lmfao": true, "haha": true, "hahaha": true, "rofl": true, "xd": true,
	"hehe": true, "hehehe": true, "jaja": true, "jajaja": true, "jajajaja": true, "jeje": true, "jejeje": true, "kkkk": true, "kkkkk": true}

// laughedOff: a laughing word within two words after o, or closing its
// sentence within ten, and no "unless" after it ("gonna take every pill
// lol jk… unless?").
func (c *context) laughedOff(o occurrence) bool {
	sn := c.toks[o.ti].sentence
	if !c.laughAfter(o, 10) {
		return false
	}
	// "lol jk not jk", "lol I'm serious": meant after all.
	from, toks := c.sentences(sn, sn+1)
	for k := max(from, o.tj); k < from+len(toks); k++ {
		if c.meantHere(k) {
			return false
		}
	}
	// Found once per text: reading on to the end for each laugh made a
	// long text of laughed-off phrases quadratic.
	if !c.unlessRead {
		c.unlessRead = true
		for k := len(c.toks) - 1; k >= 0; k-- {
			if string(c.word(k)) == "unless" {
				c.lastUnless = k + 1
				break
			}
		}
	}
	return c.lastUnless <= o.tj
}

// calledAWord: o opens its sentence (or follows "word", "term" or "saying"),
// "is" or "means" comes next, a word for a word follows within four
// more, and the writer is not in the rest of the sentence.
func (c *context) calledAWord(o occurrence) bool {
	sn := o.sentence
	if o.ti > 0 && c.toks[o.ti-1].sentence == sn {
		if w := string(c.word(o.ti - 1)); w != "word" && w != "saying" && w != "term" {
			return false
		}
	}
	if o.tj >= len(c.toks) || c.toks[o.tj].sentence != sn {
		return false
	}
	if w := string(c.word(o.tj)); w != "is" && w != "means" {
		return false
	}
	named := false
	for k := o.tj + 1; k < len(c.toks) && c.toks[k].sentence == sn; k++ {
		if c.toks[k].flags&flagFirstPerson != 0 {
			return false // "I want to die is a phrase I say a lot now"
		}
		named = named || k <= o.tj+5 && wordNouns[string(c.word(k))]
	}
	return named
}

// wordNouns name a word as a word ("a euphemism", "slang for").
var wordNouns = map[string]bool{"euphemism": true, "euphemisms": true, "slang": true, "word": true, "term": true,
	"phrase": true, "algospeak": true, "abbreviation": true, "short": true, "code": true, "acronym": true}

// laughAfter: a laughing word just after o (two words), or closing its
// sentence within reach words.
func (c *context) laughAfter(o occurrence, reach int) bool {
	sn := c.toks[o.ti].sentence
	for k := o.tj; k < len(c.toks) && c.toks[k].sentence == sn && k < o.tj+reach; k++ {
		if c.toks[k].flags&flagJoke != 0 && laughWords[string(c.word(k))] && (k < o.tj+2 || k+1 == len(c.toks) || c.toks[k+1].sentence != sn) {
			return true
		}
	}
	return false
}

// despairBeside: a hopelessness phrase of three words or more, not o and
// not laughed at just after it, is in the text ("i want to die lol
// nothing ever works out for me", "I want to die, I have nothing left
// and no one cares lol"): the laugh covers despair the writer goes on
// to name.
func (c *context) despairBeside(outer []occurrence, o occurrence) bool {
	for _, h := range outer {
		if h.e.Category == "hopelessness" && h.e.tokens >= 3 && h.ti != o.ti && !c.laughAfter(h, 2) {
			return true
		}
	}
	return false
}

// flagIn reports a word with the given rule-word flag in sentences
// first..last.
func (c *context) flagIn(first, last int32, flag uint32) bool {
	_, toks := c.sentences(first, last)
	for _, t := range toks {
		if t.flags&flag != 0 {
			return true
		}
	}
	return false
}

// purposeIn: a word of flagPurpose in sentences first..last says harm
// was meant. "Panic" says it only as the writer's own ("when the panic
// gets too much", "my panic", "a panic attack"), not "panic over";
// "looking" only as hiding ("when no one's looking").
func (c *context) purposeIn(first, last int32) bool {
	from, toks := c.sentences(first, last)
	for x, t := range toks {
		if t.flags&flagPurpose == 0 {
			continue
		}
		k := from + x
		switch string(c.word(k)) {
		case "panic":
			if w := c.wordOr(k - 1); w == "the" || w == "my" || strings.HasPrefix(c.wordOr(k+1), "attack") {
				return true
			}
		case "do":
			// "I do it when …", "I only do it at night": a harm is done,
			// an accident happens.
			w := c.wordOr(k - 1)
			if onlyAdverbs[w] {
				w = c.wordOr(k - 2)
			}
			if w == "i" && c.wordOr(k+1) == "it" && !c.sentenceHasWord(t.sentence, clumsyWords) {
				return true
			}
		case "much":
			// "When it gets too much", "if things get too much": a
			// harm done to cope. "Too much" alone is an amount ("ate too
			// much").
			if !c.wordIs(k-1, "too") {
				break
			}
			for b := k - 2; b >= 0 && b >= k-5; b-- {
				if c.wordIs(b, "when") || c.wordIs(b, "whenever") || c.wordIs(b, "if") {
					return true
				}
			}
		case "looking":
			// "When no one's looking", "when nobody is looking".
			if w := c.wordOr(k - 1); w == "ones" || w == "nobodys" || w == "is" && (c.wordOr(k-2) == "nobody" || c.wordOr(k-2) == "one") {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// clumsyWords say a harm done again and again is clumsiness ("I do it
// all the time, so clumsy").
var clumsyWords = map[string]bool{"accident": true, "accidentally": true, "mistake": true, "clumsy": true, "careless": true}

// onlyAdverbs may stand between "I" and "do it".
var onlyAdverbs = map[string]bool{"only": true, "always": true, "usually": true, "just": true, "still": true, "mostly": true}

// overlapsIdiom: idioms arrive ordered by end; any idiom overlapping o
// ends after o.i and before o.j plus the longest idiom. An idiom that a
// longer phrase wholly contains does not count: "jump in" is an idiom,
// "jump in front of a train" is not (for a composed signal, the concept
// part must contain it). Nor does an idiom left open (see leftOpen).
func overlapsIdiom(idioms []occurrence, maxLen int, o occurrence, open func(k int) bool) bool {
	k := sort.Search(len(idioms), func(x int) bool { return idioms[x].j > o.i })
	for ; k < len(idioms) && idioms[k].j <= o.j+maxLen; k++ {
		q := idioms[k]
		if q.i >= o.j || open(k) {
			continue
		}
		if o.ci <= q.i && q.j <= o.j && q.j-q.i < o.j-o.ci {
			continue
		}
		return true
	}
	return false
}

// openEnds are the words that leave an idiom's sense to what follows it.
var openEnds = map[string]bool{"at": true, "with": true, "of": true, "for": true, "in": true, "on": true,
	"into": true, "from": true, "over": true, "and": true, "to": true, "by": true, "about": true,
	"the": true, "a": true, "an": true, "my": true}

// finality: words that, just after an open idiom, make it final ("my
// final post for good", "I'm doing it for real", "everything I need for
// the end").
var finality = map[string]bool{"good": true, "real": true, "ever": true, "keeps": true, "end": true, "last": true, "final": true}

// leftOpen: an idiom that ends in a preposition, an article, "my" or
// "and" ("ending it with", "an overdose of", "going to use the") names
// an everyday phrase only through what follows it. When a word of
// finality follows it, when the next four words of its clause hold means
// or a concept of dying, living or the body, or when a crisis phrase
// runs from inside it past its end, the idiom is no idiom there and
// cancels nothing: "I'm ending it with pills tonight", "an overdose of
// my sleeping pills", "jump into the river", while "ending it with him"
// and "an overdose of sugar" stay idioms.
func (c *context) leftOpen(q occurrence, means, concepts, signals []occurrence) bool {
	if q.tj <= 0 || q.tj >= len(c.toks) || !openEnds[string(c.word(q.tj-1))] {
		return false
	}
	// "For good", "for real", "for the end": finality right after it.
	if finality[string(c.word(q.tj))] {
		return true
	}
	cl := c.toks[q.tj-1].clause
	// Each list is ordered by start: read only from the idiom's start on.
	from := func(xs []occurrence) []occurrence {
		return xs[sort.Search(len(xs), func(x int) bool { return xs[x].ti >= q.ti }):]
	}
	// What follows may begin inside the idiom ("jump into" and "into the
	// river") but must reach past its end.
	follows := func(o occurrence) bool {
		return o.tj > q.tj && c.toks[o.tj-1].clause == cl
	}
	for _, m := range from(means) {
		if m.ti > q.tj+3 {
			break
		}
		if follows(m) {
			return true
		}
	}
	for _, k := range from(concepts) {
		if k.ti > q.tj+3 {
			break
		}
		if k.e.kind == kConcept && (k.e.Class == "" || k.e.Class == "life" || k.e.Class == "body") && follows(k) {
			return true
		}
	}
	// A crisis phrase the idiom cuts in two: it starts inside the idiom
	// and runs on past it ("time to end the" and "end the pain for
	// good"). A phrase after the idiom does not count ("ctb stands for"
	// "catch the bus" is a mention).
	for _, o := range from(signals) {
		if o.ti >= q.tj {
			break
		}
		if o.e.kind == kSignal && o.e.Tier >= High && o.tj > q.tj {
			return true
		}
	}
	return false
}

// gameLost: o ends in "beat me" (or "beats", "thrashed", "smashed")
// with nothing after it in its sentence, and its sentence names a game
// or a sport and, before o, "with my" and a child, a friend or a
// sibling, the one who won. A partner or a parent in that place, or no
// game, leaves the blow a blow ("After the match he beat me").
func (c *context) gameLost(o occurrence) bool {
	if o.tj < 2 || string(c.word(o.tj-1)) != "me" || !gameBeat[string(c.word(o.tj-2))] {
		return false
	}
	for x := o.tj; x < len(c.toks) && c.toks[x].sentence == o.sentence; x++ {
		if c.toks[x].flags&flagPunct == 0 {
			return false
		}
	}
	from, toks := c.sentences(o.sentence, o.sentence)
	game, with := false, false
	for k := range toks {
		w := string(c.word(from + k))
		game = game || games[w]
		if from+k+2 < o.ti && w == "with" && string(c.word(from+k+1)) == "my" && companions[string(c.word(from+k+2))] {
			with = true
		}
	}
	return game && with
}

// gameBeat are the verbs of winning that are also blows.
var gameBeat = map[string]bool{"beat": true, "beats": true, "thrashed": true, "smashed": true}

// games name a game or a sport.
var games = map[string]bool{"game": true, "games": true, "match": true, "race": true, "chess": true, "golf": true,
	"tennis": true, "darts": true, "pool": true, "snooker": true, "cards": true, "quiz": true, "bowling": true,
	"squash": true, "badminton": true, "fifa": true, "monopoly": true, "scrabble": true, "clay": true, "shooting": true,
	"pigeon": true, "ping": true, "pong": true, "swimming": true, "running": true, "karting": true, "archery": true,
	"poker": true}

// companions are the people a game is played with whose win is no blow.
var companions = map[string]bool{"son": true, "daughter": true, "kids": true, "boy": true, "girl": true, "mate": true,
	"mates": true, "friend": true, "friends": true, "brother": true, "sister": true, "nephew": true, "niece": true,
	"grandson": true, "granddaughter": true, "cousin": true}

// drinksPoison: the relapse phrase o ends in "drink" with "it", "them"
// or "that" after it, and a means cue that names a poison stands in its
// sentence or the one before.
func (c *context) drinksPoison(o occurrence, means []occurrence) bool {
	if o.tj >= len(c.toks) || string(c.word(o.tj-1)) != "drink" {
		return false
	}
	switch string(c.word(o.tj)) {
	case "it", "them", "that", "this":
	default:
		return false
	}
	for _, m := range means {
		if m.sentence >= o.sentence-1 && m.sentence <= o.sentence && hasWordOf(m.e.Phrase, poisons) {
			return true
		}
	}
	return false
}

// poisons are the words of a means cue that make "drink it" a poisoning
// (also in rule 1i: "bought rat poison … I'm drinking it tonight").
var poisons = map[string]bool{"pesticide": true, "bleach": true, "poison": true, "weedkiller": true, "antifreeze": true,
	"paraquat": true, "insecticide": true, "acid": true, "detergent": true, "disinfectant": true, "kerosene": true,
	"killer": true, "pellets": true, "dip": true, "cyanide": true, "methanol": true, "azide": true}

// jumpAtEdge: "jump in" said with nothing after it in its clause, a
// means earlier in its sentence and a goodbye in the text ("I'm on the
// pier … and I'm going to jump in, I've messaged my sister goodbye") is
// no joining in: the idiom is left open, as leftOpen leaves it when the
// means follows ("jump into the river"). Without the goodbye ("we're at
// the river, going to jump in!") it stays an idiom, unless the writer
// says they stand at a drop in its sentence or the one before ("I'm
// standing at the top of the quarry. I'm going to jump in tonight").
func (c *context) jumpAtEdge(q occurrence, cues *cueIndex) bool {
	if q.tj-q.ti != 2 || string(c.word(q.ti)) != "jump" || string(c.word(q.ti+1)) != "in" {
		return false
	}
	if c.standingAt(cues[idMeans], q.sentence-1, true) || c.standingAt(cues[idMeans], q.sentence, true) {
		return true
	}
	if q.tj < len(c.toks) && c.toks[q.tj].clause == c.toks[q.ti].clause && c.toks[q.tj].flags&flagPunct == 0 {
		return false
	}
	if len(cues[idGoodbye])+len(cues[idFarewell]) == 0 {
		return false
	}
	for _, m := range cues[idMeans] {
		if m.sentence == q.sentence && m.tj <= q.ti {
			return true
		}
	}
	return false
}

// wellWords are the words of a recovery cue that say the writer is
// well now (sober, clean, doing better); gratitude, pride and "still
// here" are left out, since a farewell in crisis says them too ("I'm
// thankful I had you all").
var wellWords = map[string]bool{"clean": true, "sober": true, "sobriety": true, "recovery": true, "better": true,
	"thriving": true, "mend": true, "well": true}

// wellNow: a recovery cue of the writer's that says they are well now,
// neither denied nor told in the past (see rule 7d).
func (c *context) wellNow(recovery []occurrence) bool {
	for _, q := range recovery {
		if hasWordOf(q.e.norm, wellWords) && !c.negated(q) && !c.pastBefore(q) && !c.someoneElse(q) {
			return true
		}
	}
	return false
}

// nearFarewell counts the cues of the kind (means, a plan) not denied
// within three sentences of a farewell, around the farewell that has
// most.
func (c *context) nearFarewell(cues *cueIndex, kind int) int {
	most := 0
	for _, q := range cues[idFarewell] {
		most = max(most, c.liveCues(cues[kind], q.sentence-3, q.sentence+3))
	}
	return most
}

// liveCuesBeyond counts the cues in sentences lo..hi that are not
// negated and lie outside o's words.
func (c *context) liveCuesBeyond(qs []occurrence, lo, hi int32, o occurrence) int {
	n := 0
	for _, q := range inSentenceRange(qs, lo, hi) {
		if !c.negated(q) && (q.j < o.i || q.i > o.j) {
			n++
		}
	}
	return n
}

// nowhere is an occurrence no cue overlaps.
var nowhere = occurrence{i: -2, j: -2}

// liveCues counts the cues in sentences lo..hi that are not negated.
func (c *context) liveCues(qs []occurrence, lo, hi int32) int {
	return c.liveCuesBeyond(qs, lo, hi, nowhere)
}

// timeFor: a live time cue in sentences lo..hi escalates o. A wish to
// vanish ("if I just vanished", "I wish I could disappear") takes one
// only from its own sentence or from a time standing alone beside it
// ("Tonight."): a when told in a sentence of its own beside a wish
// ("Lovely sunset tonight. Made me wonder if anyone would notice if I
// just vanished.") is seldom the wish's.
//
// A time just after a wish not to wake ("I don't want to wake up
// tomorrow", "hope I never wake up in the morning") says which waking,
// not when anything is done, and escalates nothing; nor does a time
// told in the past beside self-harm ("It wasn't the cat. I did them on
// Sunday."), or beside self-harm the writer has been doing, in its
// clause ("I've been cutting … after closing"), which say when it was
// done, not when it will be, unless it was minutes ago. A time after
// "than" is of what a wish is set against ("better off dead than
// facing the client tomorrow").
func (c *context) timeFor(times []occurrence, o occurrence, lo, hi int32) bool {
	// An urge's time says when it is felt ("the urge to cut is loud
	// tonight"), not when anything will be done.
	if urgeLike(o.e.frame) || urgeLike(o.e.Phrase) {
		return false
	}
	wish := wishLike(o.e.frame) || wishLike(o.e.Phrase)
	waking := c.endsInWake(o)
	for _, q := range inSentenceRange(times, lo, hi) {
		if waking && q.ti == o.tj || c.negated(q) || c.whenDone(o, q) || c.thanBetween(o, q) {
			continue
		}
		if !wish || q.sentence == o.sentence || c.wholeSentence(q) {
			return true
		}
	}
	return false
}

// urgeLike: phrase names an urge ("urge to cut", "urges to drink"), as
// a word: "purge" is no urge.
func urgeLike(phrase string) bool { return hasWordOf(phrase, urgeWords) }

// whenDone: the time q beside self-harm o says when it was done, not
// when it will be: told in the past, unless minutes ago, or in the
// clause of self-harm the writer has been doing.
func (c *context) whenDone(o, q occurrence) bool {
	if o.e.Category != "self_harm" {
		return false
	}
	return c.pastBefore(q) && !withinTheHour(q.e.Phrase) || c.doneLately(o) && c.toks[q.ti].clause == c.toks[o.ti].clause
}

// deadWords make a wish a wish to be dead, with no method named.
var deadWords = map[string]bool{"dead": true, "die": true}

// doneLately: o is told as what the writer has been doing ("I've been
// cutting my forearms … after closing"): a time in its clause says
// when it is done, as a habit.
func (c *context) doneLately(o occurrence) bool {
	return c.wordOr(o.ti-1) == "been" || c.wordOr(o.ti) == "been" || c.wordOr(o.ti-2) == "been" && c.wordOr(o.ti-1) == "just"
}

// thanBetween: "than" stands between o, a wish to be dead, and the
// time q after it in its clause ("I'd be better off dead than facing
// the client tomorrow"): the time is of what o is set against. A method
// named ("I'd rather hang myself than go to court on Monday") keeps its
// time.
func (c *context) thanBetween(o, q occurrence) bool {
	if q.ti < o.tj || !hasWordOf(o.e.Phrase, deadWords) {
		return false
	}
	for k := o.tj; k < q.ti; k++ {
		if c.toks[k].clause != c.toks[q.ti].clause {
			return false
		}
		if c.wordOr(k) == "than" {
			return true
		}
	}
	return false
}

// withinTheHour: a time cue says minutes ago ("twenty minutes ago",
// "half an hour ago", "just now"): self-harm done then may be bleeding
// still.
func withinTheHour(phrase string) bool {
	return strings.Contains(phrase, "minute") || strings.Contains(phrase, "hour") || strings.Contains(phrase, "just now")
}

// endsInWake: o's last word is "wake", or "wake up".
func (c *context) endsInWake(o occurrence) bool {
	last := string(c.word(o.tj - 1))
	return last == "wake" || last == "up" && o.tj-2 >= o.ti && string(c.word(o.tj-2)) == "wake"
}

// wishLike: phrase holds a word of wishWords or a form of one ("wished"),
// found by substring, which rule 6 can afford for every high hit.
func wishLike(phrase string) bool {
	return strings.Contains(phrase, "wish") || strings.Contains(phrase, "disappear") || strings.Contains(phrase, "vanish")
}

// wholeSentence: q's words are all the words of its sentence: a time
// said alone ("Tonight.", "This weekend."), despair in a fragment ("no
// way out.").
func (c *context) wholeSentence(q occurrence) bool {
	from, toks := c.sentences(q.sentence, q.sentence)
	for i := range toks {
		if k := from + i; (k < q.ti || k >= q.tj) && c.toks[k].flags&flagPunct == 0 {
			return false
		}
	}
	return true
}

// habit: the time cue q follows "every", "each", "any" or "a" in its
// sentence ("every Monday", "each night", "not wake up on a Monday"):
// how often, not when. So is one with a plural part of the day just
// after it ("Sunday nights I sit in the car and wish I could die"), or
// "again" ("if he starts his drill at 11pm again"), or one with some or
// most nights named just before it ("some nights in the office at 2am",
// not "working nights tonight").
func (c *context) habit(q occurrence) bool {
	if q.tj < len(c.toks) && c.toks[q.tj].sentence == q.sentence && (pluralTimes[string(c.word(q.tj))] || string(c.word(q.tj)) == "again") {
		return true
	}
	// "Some nights in the office at 2am": many nights named just before.
	for k := q.ti - 1; k >= 0 && k >= q.ti-6 && c.toks[k].sentence == q.sentence; k-- {
		if pluralTimes[string(c.word(k))] && k > 0 && manyWords[string(c.word(k-1))] {
			return true
		}
	}
	if q.ti == 0 || c.toks[q.ti-1].sentence != q.sentence {
		return false
	}
	w := string(c.word(q.ti - 1))
	if w == "every" || w == "each" || w == "any" || w == "a" {
		return true
	}
	// "Every wet Tuesday", "every single night".
	if ww := c.wordOr(q.ti - 2); (ww == "every" || ww == "each") && c.toks[q.ti-2].sentence == q.sentence && !isDigits(c.word(q.ti-1)) {
		return true
	}
	// "Every morning at 3am", "getting up at 3am": the hour of a day
	// that comes round, or of a waking ("at" before the cue or its own).
	k := q.ti - 1
	if w == "at" {
		k--
	} else if c.wordOr(q.ti) != "at" {
		return false
	}
	p, pp := c.wordOr(k), c.wordOr(k-1)
	return (pp == "every" || pp == "each") && dayParts[p] || p == "up" && (pp == "getting" || pp == "get" || pp == "got" || pp == "gets")
}

// doneOnPurpose: sentence sn says outright that something was done on
// purpose ("on purpose", "deliberately", "intentionally"), not denied
// ("it wasn't on purpose", "not deliberately").
func (c *context) doneOnPurpose(sn int32) bool {
	from, toks := c.sentences(sn, sn)
	for i := range toks {
		k := from + i
		before := k - 1
		switch string(c.word(k)) {
		case "purpose":
			if before < from || string(c.word(before)) != "on" {
				continue
			}
			before--
		case "deliberately", "intentionally":
		default:
			continue
		}
		if before < from || c.toks[before].flags&flagNegator == 0 {
			return true
		}
	}
	return false
}

// manyWords say how many of something, and so how often of times.
var manyWords = map[string]bool{"some": true, "most": true, "many": true, "those": true}

// pluralTimes are parts of the day said of many days.
var pluralTimes = map[string]bool{"nights": true, "mornings": true, "evenings": true, "afternoons": true}

// apologyFor: the goodbye cue q ends in "sorry" and says what for
// ("I'm sorry for the late reply", "sorry about the noise", "sorry to
// hear that"): an apology, not a parting. Longer cues that name what
// is parted from ("sorry for everything", "sorry to my kids") are
// their own cues and are not asked.
func (c *context) apologyFor(q occurrence) bool {
	if string(c.word(q.tj-1)) != "sorry" || q.tj >= len(c.toks) || c.toks[q.tj].sentence != q.sentence {
		return false
	}
	switch string(c.word(q.tj)) {
	case "for", "about", "if", "that", "but":
		return true
	case "to":
		return q.tj+1 < len(c.toks) && apologyTo[string(c.word(q.tj+1))]
	}
	return false
}

// forgivenBy: farewell cue q asks forgiveness ("forgive me") after a
// modal ("God would forgive me", "she'll never forgive me"): it tells
// what someone would do, and asks nothing. Said to the reader ("I hope
// you can forgive me", "you'll never forgive me") it is the asking of a
// goodbye note.
func (c *context) forgivenBy(q occurrence) bool {
	if q.ti == 0 || string(c.word(q.ti)) != "forgive" || !forgiveModals[string(c.word(q.ti-1))] {
		return false
	}
	for k := q.ti - 2; k >= 0 && k >= q.ti-3; k-- {
		if c.wordIn(k, addressed) {
			return false
		}
	}
	return true
}

// ridden: means cue q is only a train ("the train", "a train") that
// the writer is on, catches or takes: a journey. A train one is on the
// tracks of, in front of or under is a cue of its own.
func (c *context) ridden(q occurrence) bool {
	if q.ti == 0 || q.e.Category != "means" {
		return false
	}
	switch strings.TrimSpace(q.e.norm) {
	case "train", "the train", "a train":
	default:
		return false
	}
	return rideVerbs[string(c.word(q.ti-1))] && !c.wordIn(q.tj, trainPlaces)
}

// trainPlaces after "on the train" make it a place, not a train ridden
// ("on the train platform").
var trainPlaces = map[string]bool{"platform": true, "platforms": true, "station": true, "tracks": true, "track": true,
	"line": true, "lines": true, "bridge": true, "crossing": true, "tunnel": true, "roof": true}

// rideVerbs, just before a train, make it a journey.
var rideVerbs = map[string]bool{"on": true, "catch": true, "catching": true, "caught": true, "take": true,
	"taking": true, "took": true, "board": true, "boarded": true, "boarding": true, "missed": true, "miss": true}

// forgiveModals are the words before "forgive" that make it said of
// someone rather than asked of them.
var forgiveModals = map[string]bool{"would": true, "will": true, "could": true, "can": true, "might": true,
	"never": true, "wont": true, "cant": true, "wouldnt": true, "couldnt": true, "not": true,
	"theyll": true, "theyd": true, "may": true, "must": true}

// apologyTo: "sorry to" these is an apology ("sorry to hear").
var apologyTo = map[string]bool{"hear": true, "say": true, "bother": true, "ask": true, "see": true, "interrupt": true, "be": true}

// meansAfter: sentence sn, after the writer's sentence own, opens with
// a means and has no one else in it ("I'm no use to anyone. Rope's in
// the shed tonight."): the means is what the sentence is about, and
// the "I" is the one before. "Meeting Jess at the car park tonight"
// opens with someone else's doing.
func (c *context) meansAfter(cues *cueIndex, sn, own int32) bool {
	if own == sn || !c.flagIn(own, own, flagFirstPerson) || !c.noOthers(sn) {
		return false
	}
	from, _ := c.sentences(sn, sn)
	for _, m := range inSentenceRange(cues[idMeans], sn, sn) {
		lead := m.ti - from
		if lead > 0 && c.toks[from].flags&flagPunct != 0 {
			lead--
		}
		if lead == 0 || lead == 1 && (string(c.word(m.ti-1)) == "the" || string(c.word(m.ti-1)) == "my") {
			return true
		}
	}
	return false
}

// personAt: word k names someone other than the writer; "shed" is
// "she'd" with its apostrophe gone, unless a determiner makes it the
// shed ("the rope's in the shed").
func (c *context) personAt(k int) bool {
	if c.toks[k].flags&flagOther == 0 {
		return false
	}
	if k > 0 && string(c.word(k)) == "shed" {
		switch string(c.word(k - 1)) {
		case "the", "a", "my", "our", "his", "her", "garden":
			return false
		}
	}
	return true
}

// weWords make the writer one of several (not "well": "Well, I'm …").
var weWords = map[string]bool{"we": true, "us": true, "were": true, "weve": true, "our": true}

// fragment: sentence sn exists and has three words at most ("Tonight.",
// "This weekend.", "2am.").
func (c *context) fragment(sn int32) bool {
	from, toks := c.sentences(sn, sn)
	words := 0
	for i := range toks {
		if c.toks[from+i].flags&flagPunct == 0 {
			words++
		}
	}
	return words > 0 && words <= 3
}

// otherPeople are the words that name someone other than the writer as
// the subject of a clause.
// blows adds an abuse signal for each blow another adult gives the
// writer: a word of handsOn, then a verb of blowVerbs, at once or past
// one word of blowBetween ("he keeps kicking", "she just slapped") or a
// short stretch that shares its subject (see sharedSubject: "my
// boyfriend who owns the shop hits", "my husband takes my wages and
// hits"), then "me", all in one clause, in a sentence with no abuse phrase of the
// lexicon's. A negation in between leaves nothing to find ("he never
// slapped me"); a blow "me out" or "me off" is an eviction or a
// dismissal ("kicked me out of the group chat"), and "hitting me up" a
// message. A blow told in the past tense is past (rule 4: "five years
// ago he punched me every week" is the distant past).
func (c *context) blows(sc *scratch, signals []occurrence) []occurrence {
	if sc.seen&flagBlow == 0 {
		return signals
	}
	for v := 1; v+1 < len(c.toks); v++ {
		if c.toks[v].flags&flagBlow == 0 || string(c.word(v+1)) != "me" || c.toks[v+1].clause != c.toks[v].clause {
			continue
		}
		// Past up to two such words ("he is always hitting me", "she has
		// been slapping me").
		k := v - 1
		for n := 0; n < 2 && k > 0 && blowBetween[string(c.word(k))]; n++ {
			k--
		}
		aside := false
		if !handsOn[string(c.word(k))] && !c.blamedPronoun(k) {
			if x := c.asideSubject(k); x >= 0 {
				k, aside = x, true
			} else {
				k = c.sharedSubject(k, c.toks[v].clause)
			}
		}
		if k < 0 || !handsOn[string(c.word(k))] && !c.blamedPronoun(k) || !aside && c.toks[k].clause != c.toks[v].clause {
			continue
		}
		// "Shoves me out of the way" is a blow all the same; "strikes me
		// as kind" is an impression.
		if v+2 < len(c.toks) && (string(c.word(v+2)) == "out" && !c.wordsAt(v+3, []string{"of", "the", "way"}) || string(c.word(v+2)) == "off" || string(c.word(v+2)) == "up" || string(c.word(v+2)) == "as") {
			continue
		}
		// "Grabs me a coffee", "grabbed me one": a favour, not a hand
		// laid on.
		if w := string(c.word(v)); strings.HasPrefix(w, "grab") && (determiners[c.wordOr(v+2)] || fetched[c.wordOr(v+2)]) {
			continue
		}
		// "Beats me to it", "beats me at chess": a race or a game won.
		if w := string(c.word(v)); (w == "beats" || w == "beating" || w == "beat") && v+2 < len(c.toks) &&
			(string(c.word(v+2)) == "to" || string(c.word(v+2)) == "at" && v+3 < len(c.toks) && games[string(c.word(v+3))]) {
			continue
		}
		sn := c.toks[k].sentence
		if namedIn(signals, sn, "abuse", None) {
			continue
		}
		signals = c.composeSignal(sc, signals, "abuse", High, blowVerbs[string(c.word(v))], k, v+2, sn, "another adult's blow")
	}
	return signals
}

// takeVerbs take a medicine; the past ones tell a dose already taken.
var takeVerbs = map[string]bool{"take": false, "taking": false, "took": true, "taken": true, "swallow": false,
	"swallowing": false, "swallowed": true, "down": false, "downing": false, "downed": true, "inject": false,
	"injecting": false, "injected": true, "myself": false, "had": true, "necked": true, "necking": false,
	"consumed": true, "ingested": true, "eaten": true, "ate": true, "having": false}

// giveVerbs before "myself" make it a take verb ("gave myself way more
// insulin than I needed").
var giveVerbs = map[string]bool{"give": false, "giving": false, "gave": true, "given": true}

// wholeDose are the words after a take verb that mean all of something
// named before: "all of it", "them all", "the lot".
var wholeDose = [][]string{{"all", "of", "it"}, {"all", "of", "them"}, {"all", "of", "those"}, {"it", "all"},
	{"them", "all"}, {"the", "lot"}, {"the", "whole", "lot"}, {"every", "one", "of", "them"}, {"every", "last", "one"}}

// afterDose are words that, just after the whole dose, make it
// something else: "taking it all in", "took them all back", "taking
// all of them to the pharmacy".
var afterDose = map[string]bool{"in": true, "back": true, "out": true, "off": true, "with": true, "to": true,
	"into": true, "home": true, "away": true, "for": true, "apart": true, "up": true, "on": true, "down": true}

// giveAwayVerbs give something away (rule 7g).
var giveAwayVerbs = map[string]bool{"gave": true, "given": true, "giving": true, "give": true}

// notBelongings are what "my" names after a give verb that is no
// belonging parted with ("gave my notice", "give my love to", "gave my
// word", "gave my seat to an old lady"), or one often passed on in the
// course of a life ("Goodbye to driving. Gave my car to my
// granddaughter").
var notBelongings = map[string]bool{"car": true, "van": true, "keys": true, "word": true, "all": true, "notice": true, "number": true, "details": true,
	"time": true, "love": true, "best": true, "heart": true, "blessing": true, "opinion": true, "permission": true,
	"consent": true, "seat": true, "answer": true, "name": true, "address": true, "email": true, "life": true,
	"condolences": true, "thanks": true, "regards": true, "report": true, "speech": true, "statement": true,
	"evidence": true, "attention": true, "notes": true, "homework": true, "view": true, "views": true,
	"support": true, "sympathy": true, "apologies": true, "two": true, "side": true, "version": true, "input": true,
	"feedback": true, "ticket": true, "tickets": true, "spare": true, "place": true, "shift": true, "shifts": true,
	"resignation": true, "own": true, "blood": true, "number's": true, "password": true, "card": true}

// fetched are the words after "grabs me" that make it a thing fetched
// ("grabbed me one", "grabs me some chips"), with determiners.
var fetched = map[string]bool{"an": true, "some": true, "one": true}

// determiners after "to" come before the one a belonging goes to ("to
// my mum", "to the commis").
var determiners = map[string]bool{"my": true, "a": true, "the": true, "his": true, "her": true, "our": true}

// takers are the words after "to" that name, alone, someone a belonging
// goes to ("to charity", "to whoever wants them"); after a determiner any
// word does ("to my nephew").
var takers = map[string]bool{"someone": true, "whoever": true, "anyone": true, "charity": true, "friends": true,
	"mum": true, "mom": true, "dad": true, "neighbours": true, "neighbors": true}

// ruleGivenAway names rule 7g's plan cue.
const ruleGivenAway = "belongings given away"

// givenAway adds a plan cue for each belonging the writer gives away: a
// give verb, then "away my" or "my", one to three words, then "away" or
// "to" someone ("gave my Xbox to my little brother", "giving away my
// guitars", "gave my fishing rods away"). What "my" names may be no
// belonging (notBelongings: "gave my notice to my boss", "give my love
// to your mum"), and a gift someone else makes ("she gave my cat away")
// is not the writer's.
func (c *context) givenAway(sc *scratch, cues *cueIndex) {
	for v := 0; v+3 < len(c.toks); v++ {
		if c.toks[v].flags&flagGive == 0 || v > 0 && c.toks[v-1].flags&flagOther != 0 {
			continue
		}
		k, away := v+1, false
		if c.wordOr(k) == "away" {
			k, away = k+1, true
		}
		if c.wordOr(k) != "my" || notBelongings[c.wordOr(k+1)] || k+1 >= len(c.toks) {
			continue
		}
		cl := c.toks[v].clause
		end := 0
		if away {
			// "giving away my guitars": one to three words, up to the
			// clause's end, "to" or "and".
			end = k + 2
			for end < k+4 && end < len(c.toks) && c.toks[end].clause == cl && c.wordOr(end) != "to" && c.wordOr(end) != "and" {
				end++
			}
		} else {
			// "gave my fishing rods away", "gave my Xbox to my brother",
			// and a list of them ("gave my locker key, my boots and my
			// bike to the new lad"): each "my" after a comma or "and"
			// reaches three words further.
			reach := k + 4
			for x := k + 2; x <= reach && x < len(c.toks); x++ {
				w := c.wordOr(x)
				if w == "," && c.wordOr(x+1) == "my" {
					continue
				}
				if w == "my" && (c.wordOr(x-1) == "and" || c.wordOr(x-1) == ",") && reach < k+12 {
					cl, reach = c.toks[x].clause, x+3
					continue
				}
				if c.toks[x].clause != cl {
					break
				}
				if w == "back" {
					break // "give my evenings back to my family"
				} else if w == "away" {
					end = x + 1
					break
				} else if w == "to" {
					switch t := c.wordOr(x + 1); {
					case determiners[t] && x+2 < len(c.toks):
						end = x + 3 // "to my mum"
					case takers[t]:
						end = x + 2
					}
					break
				}
			}
		}
		if end == 0 || c.keptSafe(k+1, end) {
			continue
		}
		i := int(c.toks[v].start)
		j := int(c.toks[end-1].start) + len(c.span(end-1))
		sc.composed = append(sc.composed, compiled{kind: kCue, Entry: Entry{Kind: KindCue, Category: "plan",
			Phrase: string(c.text[i:j])}, cue: idPlan, rule: ruleGivenAway})
		o := occurrence{e: &sc.composed[len(sc.composed)-1], i: i, j: j, ci: i, ti: v, tj: end, sentence: c.toks[v].sentence}
		o.start, o.end = sc.n.out.MapSpan(i, j)
		cues[idPlan] = insertByEnd(cues[idPlan], o)
		v = end - 1
	}
}

// keptSafe: what is given, tokens from..end-1, is a medicine, or a
// means handed over to be kept from the writer, said so just after
// ("gave my pills to my sister", "gave my razor blades to my mum so I
// wouldn't use them"): a step to stay safe, no plan. A chef's knives
// given to the commis are belongings like any other.
func (c *context) keptSafe(from, end int) bool {
	for x := from; x < end; x++ {
		if c.toks[x].flags&flagMed != 0 || medsHanded[c.wordOr(x)] {
			return true
		}
		if handedOver[c.wordOr(x)] {
			return c.keptFor(end)
		}
	}
	return false
}

// keptFor: the words at k say something is handed over to be kept ("to
// look after", "to keep", "to hold", "for safekeeping", "so I", "so that I").
func (c *context) keptFor(k int) bool {
	switch c.wordOr(k) {
	case "to":
		switch c.wordOr(k + 1) {
		case "look", "keep", "hold", "mind", "lock", "hide":
			return true
		}
	case "for":
		return c.wordOr(k+1) == "safekeeping"
	case "so", "until":
		return true
	}
	return false
}

// medsHanded are medicines a writer hands someone to keep.
var medsHanded = map[string]bool{"meds": true, "medication": true, "medicine": true, "medicines": true, "pills": true,
	"tablets": true, "prescription": true, "stash": true, "stockpile": true}

// handedOver are means a writer may hand someone to keep.
var handedOver = map[string]bool{"blades": true, "blade": true, "razor": true, "razors": true, "knife": true, "knives": true,
	"gun": true, "guns": true, "rifle": true, "shotgun": true, "rope": true, "lighter": true}

// insertByEnd inserts o into qs, which are ordered by end, where it
// belongs; a cue overlapping one already there is left out.
func insertByEnd(qs []occurrence, o occurrence) []occurrence {
	k := sort.Search(len(qs), func(x int) bool { return qs[x].j >= o.j })
	if k < len(qs) && qs[k].i <= o.j || k > 0 && qs[k-1].j >= o.i {
		return qs
	}
	return slices.Insert(qs, k, o)
}

// standingAt: a means cue in sentence sn is where the writer is now:
// "I'm", "I am" or a word of being or getting there ("sat", "standing",
// "stood", "parked", "drove", "walked", "climbed") at its start or
// within five words before it in its clause
// ("I'm on the roof", "sat on the edge of the bridge", "I'm up on the
// Forth bridge"). With drop, only a place named for its drop counts
// (see dropPlace).
func (c *context) standingAt(means []occurrence, sn int32, drop bool) bool {
	for _, q := range inSentenceRange(means, sn, sn) {
		if c.negated(q) || drop && !dropPlace(q.e.Phrase) {
			continue
		}
		// The cue's own first word counts too ("im on the roof").
		for k := q.ti; k >= 0 && k >= q.ti-5 && c.toks[k].clause == c.toks[q.ti].clause; k-- {
			switch c.wordOr(k) {
			case "im", "am", "sat", "sitting", "standing", "stood", "parked", "drove", "walked", "climbed":
				return true
			}
		}
	}
	return false
}

// cantStop: "can't stop" or "cannot stop" in sentences lo..hi, at the
// end of its clause or before what is not stopped ("drinking", "using",
// "it", "now"), not "can't stop smiling".
func (c *context) cantStop(lo, hi int32) bool {
	from, toks := c.sentences(lo, hi)
	for x := range toks {
		k := from + x
		if w := c.wordOr(k); w != "cant" && w != "cannot" {
			continue
		}
		// "Can't seem to stop".
		if c.wordOr(k+1) == "seem" && c.wordOr(k+2) == "to" {
			k += 2
		}
		if c.wordOr(k+1) != "stop" {
			continue
		}
		n := k + 2
		if n >= len(c.toks) || c.toks[n].flags&flagPunct != 0 {
			return true
		}
		switch c.wordOr(n) {
		case "drinking", "using", "it", "now", "gambling", "betting", "myself", "and":
			return true
		}
	}
	return false
}

// clockMinutes: q ends in a number that a comma and two digits follow,
// as a clock time's colon and minutes read ("at 22:10").
func (c *context) clockMinutes(q occurrence) bool {
	k := q.tj
	return k+1 < len(c.toks) && isDigits(c.word(q.tj-1)) && c.wordOr(k) == "," && len(c.word(k+1)) == 2 && isDigits(c.word(k+1))
}

// edgePlace: a means cue names a place a car can be driven off ("the
// top of the cliff", "the pier").
func edgePlace(phrase string) bool { return hasWordOf(phrase, edgeWords) }

// dropPlace: a means cue names a place with a drop to the water or
// the ground below ("the top of the quarry", "the bridge"); "the edge"
// alone may be of a pool or a bed.
func dropPlace(phrase string) bool { return hasWordOf(phrase, dropWords) }

var (
	// waterWords are what a car is driven into ("going to drive in").
	waterWords = map[string]bool{"river": true, "canal": true, "lake": true, "sea": true, "loch": true, "harbour": true,
		"harbor": true, "dock": true, "quarry": true, "reservoir": true}
	edgeWords = map[string]bool{"cliff": true, "cliffs": true, "edge": true, "bridge": true, "pier": true, "quarry": true,
		"overpass": true, "dock": true, "harbour": true, "harbor": true, "ramp": true, "balcony": true, "ledge": true,
		"railing": true, "railings": true}
	dropWords = map[string]bool{"cliff": true, "cliffs": true, "bridge": true, "pier": true, "quarry": true,
		"overpass": true, "dock": true, "harbour": true, "harbor": true, "roof": true, "viaduct": true}
)

// deathWords say the writer dies or is gone in a supposition ("if I
// died", "if I fell off the roof", "if I got hit by a bus").
var deathWords = map[string]bool{"died": true, "dead": true, "fell": true, "crashed": true, "drowned": true,
	"killed": true, "hit": true, "gone": true, "disappeared": true, "vanished": true, "dropped": true}

// welcomes say a supposed death would be welcome: "it would be a
// relief", "that'd be fine", "I wouldn't mind", "a blessing".
var welcomes = map[string]bool{"relief": true, "blessing": true, "fine": true, "mind": true, "glad": true,
	"grateful": true, "peace": true, "mercy": true, "easier": true}

// ruleWelcomed names rule 1j's signal.
const ruleWelcomed = "a death supposed and welcomed"

// welcomedDeath adds a suicide signal, high, for the writer's own
// death supposed and then welcomed in one sentence: an "if" frame of
// the lexicon's ("if I"), a deathWords word within six words after it,
// then a welcomes word later in the sentence ("If I died tomorrow it
// would be a relief", "Honestly if I fell off the scaffold tomorrow
// it'd be a relief"); a crisis phrase inside it ("if I died", which
// the idiom "if I died tomorrow" cancels) is held inside it. A
// question ("would it be a relief …?") or a negation before the welcome
// ("it wouldn't be fine") leaves it out.
func (c *context) welcomedDeath(sc *scratch, signals []occurrence, frames []occurrence) []occurrence {
	for _, f := range frames {
		if f.e.Category != "if" {
			continue
		}
		sn := f.sentence
		d := -1
		for k := f.tj; k < len(c.toks) && k < f.tj+6 && c.toks[k].sentence == sn; k++ {
			if deathWords[c.wordOr(k)] {
				d = k
				break
			}
		}
		if d < 0 {
			continue
		}
		end := -1
		for k := d + 1; k < len(c.toks) && c.toks[k].sentence == sn; k++ {
			if c.toks[k].flags&flagNegator != 0 {
				break
			}
			if welcomes[c.wordOr(k)] {
				end = k + 1
				break
			}
		}
		if end < 0 {
			continue
		}
		signals = c.composeSignal(sc, signals, "suicide", High, false, f.ti, end, sn, ruleWelcomed)
	}
	return signals
}

// noteWords name what a writer leaves behind in writing (rule 2l).
var noteWords = map[string]bool{"note": true, "notes": true, "letter": true, "letters": true}

// occasions are days a note or a letter is written for.
var occasions = map[string]bool{"anniversary": true, "birthday": true, "valentines": true, "valentine": true,
	"christmas": true, "wedding": true, "graduation": true, "18th": true, "21st": true}

// occasionIn: sentence sn names an occasion ("it's our anniversary") or
// an everyday errand a note is for ("to wake me at 7", "to remind him").
func (c *context) occasionIn(sn int32) bool {
	from, toks := c.sentences(sn, sn)
	for x := range toks {
		switch w := c.wordOr(from + x); {
		case occasions[w], w == "remind", w == "reminder", w == "reminding":
			return true
		case w == "wake" && c.wordOr(from+x+1) == "me" && c.wordOr(from+x-1) == "to":
			return true
		}
	}
	return false
}

// placeAt: the word at k is "in" and a place follows it ("had all of
// it in the staff toilet"), not the idiom "taking it all in" nor a when
// ("in the end").
func (c *context) placeAt(k int) bool {
	if string(c.word(k)) != "in" {
		return false
	}
	switch c.wordOr(k + 1) {
	case "the", "a", "my", "his", "her", "our", "their":
		// "all of them in the end", "in the morning": a when.
		switch c.wordOr(k + 2) {
		case "end", "morning", "afternoon", "evening", "night", "day", "week", "past", "long", "meantime":
			return false
		}
		return true
	}
	return false
}

// medsTakenBack adds an overdose signal for all of a medicine named
// before taken at once ("I've saved up my lamotrigine and I'm taking
// all of it tonight"): a take verb, then the words of wholeDose, with a
// medicine of the lexicon's (flagMed) earlier in its sentence or the
// one before, where the lexicon has no overdose phrase for it. The
// pronoun is read as the medicine; what the dose is "for" or "to" is
// something carried, not swallowed. So is more of a medicine than
// meant, taken ("taking way more of the diazepam than the doctor
// said", see excessDose), weeks of a medicine at once ("swallowed a
// month of lithium", see supplyDose), and a medicine named, then all of
// it ("taken mum's morphine, all of it", see namedThenWhole).
func (c *context) medsTakenBack(sc *scratch, signals []occurrence) []occurrence {
	if sc.seen&(flagMed|flagTakenWhole) != flagMed|flagTakenWhole {
		return signals
	}
	for v := 0; v+2 < len(c.toks); v++ {
		if c.toks[v].flags&flagTake == 0 {
			continue
		}
		w := string(c.word(v))
		past, ok := takeVerbs[w]
		switch w {
		case "myself":
			past, ok = giveVerbs[c.wordOr(v-1)]
		case "had":
			// Only "I've had all of it", "just had the lot": a
			// plain "had" is too often a meal or a story.
			switch c.wordOr(v - 1) {
			case "ive", "just", "have", "already":
			default:
				ok = false
			}
		}
		if !ok {
			continue
		}
		// A dose feared or kept from is no dose taken ("scared of
		// taking too much paracetamol").
		if w := c.wordOr(v - 1); w == "of" || w == "about" || w == "avoid" || w == "without" {
			continue
		}
		sn := c.toks[v].sentence
		end := c.excessDose(v + 1)
		excess, counted := end > 0, false
		if end == 0 {
			end = c.countDose(v + 1)
			counted = end > 0
		}
		if end == 0 {
			end = c.supplyDose(v + 1)
		}
		if end == 0 {
			end = c.wholeSupply(v + 1)
			counted = end > 0
		}
		if end == 0 {
			end = c.namedThenWhole(v + 1)
		}
		if end == 0 {
			for _, ws := range wholeDose {
				if c.wordsAt(v+1, ws) {
					end = v + 1 + len(ws)
					break
				}
			}
			if end == 0 || end < len(c.toks) && afterDose[string(c.word(end))] && !c.placeAt(end) {
				continue
			}
			if !c.medNamedBefore(v) {
				continue
			}
		}
		if namedIn(signals, sn, "overdose", None) {
			continue
		}
		// Just taken ("I've taken mum's morphine, all of it", "just
		// swallowed the lot") is an overdose now.
		tier := High
		switch c.wordOr(v - 1) {
		case "ive", "just", "have", "already":
			tier = Critical
		}
		// Ten or more of a medicine swallowed, or a whole supply, is
		// an overdose taken whoever tells it ("Swallowed about thirty
		// of the oxycodone", "I took 40 of my tablets", "consumed the
		// entirety of my late wife's morphine"); the past and a story
		// are judged by the rules that follow.
		if counted && past {
			tier = Critical
		}
		rule := "a medicine taken whole"
		if excess {
			rule = overdoseHabit
		}
		signals = c.composeSignal(sc, signals, "overdose", tier, past, v, end, sn, rule)
	}
	return signals
}

// overdoseHabit names the signal for more of a medicine than meant,
// taken (see excessDose).
const overdoseHabit = "more of a medicine than meant"

// bigCounts are the number words of ten and more: said of a medicine
// taken at once, a count no one takes by mistake.
var bigCounts = map[string]bool{"ten": true, "twelve": true, "fifteen": true, "twenty": true, "thirty": true,
	"forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true, "hundred": true}

// countUnits may follow a tens word ("twenty five").
var countUnits = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true}

// countDose: the words from k count ten or more of a medicine at once:
// a hedge ("about", "maybe", "at least"), a number of bigCounts or
// figures of 10 and up, "odd" or "or so", then "of the", "of my" or
// nothing, and the medicine ("about thirty of the oxycodone", "40 of
// my tablets", "sixty odd diazepam"). It returns the token after the
// medicine, or 0. A count of something else ("twenty minutes of the
// tablets kicking in") names no medicine just after it.
func (c *context) countDose(k int) int {
	switch c.wordOr(k) {
	case "about", "around", "maybe", "like", "nearly", "over", "roughly", "almost", "some":
		k++
	case "at":
		if c.wordOr(k+1) != "least" {
			return 0
		}
		k += 2
	}
	if k >= len(c.toks) {
		return 0
	}
	switch w := c.word(k); {
	case bigCounts[string(w)]:
		if countUnits[c.wordOr(k+1)] {
			k++
		}
	case len(w) >= 2 && len(w) <= 3 && isDigits(w) && w[0] != '0':
	default:
		return 0
	}
	k++
	switch c.wordOr(k) {
	case "odd":
		k++
	case "or":
		if c.wordOr(k+1) != "so" {
			return 0
		}
		k += 2
	}
	if c.wordOr(k) == "of" {
		k++
		switch c.wordOr(k) {
		case "the", "my", "his", "her", "those", "these":
			k++
		default:
			return 0
		}
	}
	return c.atOnce(k)
}

// atOnce: the medicine at k is taken then and there; it returns the
// token after it, or 0 where it is carried somewhere ("took 30 of my
// tablets back to the chemist", "a full box of my tablets to work") or
// counted over weeks ("I've taken 20 of my tablets this month").
func (c *context) atOnce(k int) int {
	if k >= len(c.toks) || c.toks[k].flags&flagMed == 0 {
		return 0
	}
	if afterDose[c.wordOr(k+1)] && !c.placeAt(k+1) {
		return 0
	}
	for x := k + 1; x <= k+6 && x < len(c.toks) && c.toks[x].clause == c.toks[k].clause; x++ {
		if spanWords[c.wordOr(x)] {
			return 0
		}
	}
	return k + 1
}

// spanWords name a stretch of days: a count of a medicine over one is
// no dose taken at once.
var spanWords = map[string]bool{"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
	"days": true, "fortnight": true}

// supplyWords are what a medicine is kept in or as.
var supplyWords = map[string]bool{"stash": true, "supply": true, "box": true, "packet": true, "pack": true, "strip": true,
	"bottle": true, "tub": true, "pot": true, "prescription": true, "stock": true}

// wholeSupply: the words from k say all of a medicine as it is kept
// ("my whole stash of zopiclone", "the entire box of the diazepam",
// "a full bottle of my tramadol"); it returns the token after the
// medicine, or 0.
func (c *context) wholeSupply(k int) int {
	// "The entirety of my late wife's morphine", "the whole of the
	// diazepam": two words at most between the owner and the medicine.
	if c.wordOr(k) == "the" && (c.wordOr(k+1) == "entirety" || c.wordOr(k+1) == "whole") && c.wordOr(k+2) == "of" {
		k += 3
		if w := c.wordOr(k); w == "the" || w == "my" || w == "his" || w == "her" {
			k++
		}
		for x := k; x < k+3 && x < len(c.toks); x++ {
			if c.toks[x].flags&flagMed != 0 {
				return c.atOnce(x)
			}
		}
		return 0
	}
	// "Eaten all the sleeping tablets I brought": all of a medicine
	// after "eaten" or "ate", which the lexicon's taking phrases do not
	// name.
	if w := c.wordOr(k - 1); (w == "eaten" || w == "ate") && c.wordOr(k) == "all" {
		k++
		if c.wordOr(k) == "of" {
			k++
		}
		if w := c.wordOr(k); w == "the" || w == "my" {
			k++
		}
		for x := k; x < k+2 && x < len(c.toks); x++ {
			if c.toks[x].flags&flagMed != 0 {
				return c.atOnce(x)
			}
		}
		return 0
	}
	switch c.wordOr(k) {
	case "my", "the", "a", "his", "her", "their", "mums", "dads":
		k++
	}
	if w := c.wordOr(k); w != "whole" && w != "entire" && w != "full" {
		return 0
	}
	if !supplyWords[c.wordOr(k+1)] || c.wordOr(k+2) != "of" {
		return 0
	}
	k += 3
	if w := c.wordOr(k); w == "the" || w == "my" {
		k++
	}
	return c.atOnce(k)
}

// supplyDose: the words from k say weeks of a medicine at once ("a
// month of lithium", "two weeks' worth of my sertraline", "a whole
// month's supply of the quetiapine"); it returns the token after the
// medicine, or 0.
func (c *context) supplyDose(k int) int {
	switch w := c.wordOr(k); w {
	case "a", "two", "three", "four", "six", "several":
	default:
		if w == "" || !isDigits([]byte(w)) {
			return 0
		}
	}
	k++
	if w := c.wordOr(k); w == "whole" || w == "full" {
		k++
	}
	switch c.wordOr(k) {
	case "month", "months", "week", "weeks", "fortnight", "fortnights":
		k++
	default:
		return 0
	}
	if w := c.wordOr(k); w == "worth" || w == "supply" {
		k++
	}
	if c.wordOr(k) != "of" {
		return 0
	}
	k++
	if w := c.wordOr(k); w == "the" || w == "my" {
		k++
	}
	if k >= len(c.toks) || c.toks[k].flags&flagMed == 0 {
		return 0
	}
	return k + 1
}

// excessDose: the words from k say more of a medicine than meant ("way
// more of the diazepam", "too many of my tablets", "way more insulin
// than I needed", "more of my sertraline than the doctor said"); it
// returns the token after the medicine, or 0. A "more" not said as "way more" or "far more" needs a
// "than" after the medicine: "more of my sertraline since the doctor
// upped it", "a lot more of my meds since the change" is a dose changed.
func (c *context) excessDose(k int) int {
	plain := true
	switch c.wordOr(k) {
	case "way", "far", "loads", "lots", "nuff", "much":
		k, plain = k+1, false
	case "too":
		k, plain = k+1, false
		if w := c.wordOr(k); w != "many" && w != "much" {
			return 0
		}
	}
	if w := c.wordOr(k); w != "more" && w != "many" && w != "much" {
		return 0
	}
	// "way more insulin", "way more of the diazepam", in Scots "way mair
	// o ma diazepam".
	k++
	if w := c.wordOr(k); w == "of" || w == "o" || w == "a" {
		k++
		if w := c.wordOr(k); w == "the" || w == "my" || w == "ma" || w == "mi" || w == "me" {
			k++
		}
	}
	// One word may name whose or which ("more of my sleeping tablets",
	// "more of my partner's diazepam").
	if k+1 < len(c.toks) && c.toks[k].flags&flagMed == 0 && c.toks[k+1].flags&flagMed != 0 && c.toks[k+1].clause == c.toks[k].clause {
		k++
	}
	if k >= len(c.toks) || c.toks[k].flags&flagMed == 0 {
		return 0
	}
	if plain {
		// "more of my pills than …", "more sleeping pills every night,
		// more than the doctor said".
		for x := k + 1; x < len(c.toks) && x <= k+5 && c.toks[x].sentence == c.toks[k].sentence; x++ {
			if c.wordOr(x) == "than" {
				return k + 1
			}
		}
		return 0
	}
	return k + 1
}

// namedThenWhole: within four words from k a medicine is named, then,
// after an optional comma, all of it ("taken mum's morphine, all of it
// that was in the box"); it returns the token after the whole dose, or
// 0.
func (c *context) namedThenWhole(k int) int {
	for m := k; m < k+4 && m < len(c.toks); m++ {
		if c.toks[m].flags&flagMed == 0 {
			continue
		}
		at := m + 1
		// Where it came from, in four words, before the comma ("taken
		// the amitriptyline from the returns bin, the whole lot").
		if w := c.wordOr(at); w == "from" || w == "out" {
			for x := at + 1; x <= at+5 && x < len(c.toks) && c.toks[x].sentence == c.toks[m].sentence; x++ {
				if c.wordOr(x) == "," {
					at = x
					break
				}
			}
		}
		if c.wordOr(at) == "," {
			at++
		}
		for _, ws := range wholeDose {
			if c.wordsAt(at, ws) && !afterDose[c.wordOr(at+len(ws))] {
				return at + len(ws)
			}
		}
		return 0
	}
	return 0
}

// driveInEnds may follow "going to drive in" when the drive is into
// the water named before: the end of the text or its clause, or a when.
var driveInEnds = map[string]bool{"": true, ".": true, ",": true, "tonight": true, "now": true, "today": true,
	"tomorrow": true, "when": true, "after": true, "soon": true}

// meansUsed adds a suicide signal for a means named and then said to be
// about to be used ("I'm sat in my car with a ligature. I'm going to
// use it.", "going to the cliff … I'm jumping off it tonight", "parked
// at the top of the cliff and I'm going to drive off"): "going to use
// it", "gonna use it", "I'll use it", "I'm using it" (or "them"),
// "jumping off it", "going to drive
// off" or "go over" after a place with an edge, with a
// means cue, not denied, before it in its sentence or the one before,
// where no crisis phrase of the lexicon's is in its sentence. Said
// "for", "on", "as" or "to" something, the use is named and is not the
// writer's end ("going to use it for the garden swing").
func (c *context) meansUsed(sc *scratch, signals []occurrence, means []occurrence) []occurrence {
	if len(means) == 0 {
		return signals
	}
	for v := 0; v+1 < len(c.toks); v++ {
		if c.toks[v].flags&flagUseOf == 0 {
			continue
		}
		at, drive, into, bare, poison := 0, false, false, false, false
		switch string(c.word(v)) {
		case "going":
			if c.wordOr(v+1) == "over" {
				// "… with the balcony door open and I'm going over it
				// tonight", as "go over" below.
				k := v + 2
				if c.wordOr(k) == "it" {
					k++
				}
				if k < len(c.toks) && c.toks[k].clause == c.toks[v].clause && c.toks[k].flags&flagPunct == 0 &&
					!(c.wordOr(k) == "the" && overSides[c.wordOr(k+1)]) && !jumpWhen[c.wordOr(k)] && !c.inAWhile(k) {
					continue
				}
				at, drive = k, true
				break
			}
			if c.wordOr(v+1) == "to" && (c.wordOr(v+2) == "drive" || c.wordOr(v+2) == "ride") {
				// "I'm parked at the top of the cliff and I'm going to
				// drive off when it ends", "… ride it over the edge".
				k := v + 3
				if c.wordOr(k) == "it" {
					k++
				}
				// "Parked by the river … going to drive in tonight", not
				// "drive in to work" nor "drive into town".
				if w := c.wordOr(k); w == "off" || w == "over" || w == "in" && driveInEnds[c.wordOr(k+1)] {
					at, drive, into = k+1, true, w == "in"
					break
				}
			}
			if c.wordOr(v+1) != "to" || c.wordOr(v+2) != "use" {
				continue
			}
			at = v + 3
		case "gonna":
			if c.wordOr(v+1) != "use" {
				continue
			}
			at = v + 2
		case "use", "using":
			// "I'll use it", "I'm using it tonight".
			switch c.wordOr(v - 1) {
			case "ill", "will", "im", "am":
			default:
				continue
			}
			at = v + 1
		case "go":
			// "I've driven past that bridge every shift … I'm going to
			// stop the bus there and go over": over and no further, or
			// over the edge or the side; "go over the notes" is a
			// reading.
			if c.wordOr(v+1) != "over" {
				continue
			}
			k := v + 2
			if k < len(c.toks) && c.toks[k].clause == c.toks[v].clause && c.toks[k].flags&flagPunct == 0 &&
				!(c.wordOr(k) == "the" && overSides[c.wordOr(k+1)]) {
				continue
			}
			at, drive = k, true
		case "drink", "drinking", "swallow", "swallowing":
			// A poison named, then "I'm drinking it tonight", "I'll
			// swallow it": only a poison (see below), never a drink.
			switch c.wordOr(v - 1) {
			case "ill", "will", "im", "am", "to", "gonna":
			default:
				continue
			}
			at, poison = v+1, true
		case "jumping", "jump":
			// "the cliff where I used to stargaze … I'm jumping off it
			// tonight".
			if w := c.wordOr(v + 1); w == "off" || w == "from" {
				at = v + 2
				break
			}
			// "I'm jumping as soon as the guard goes past", "I'm going
			// to jump now": bare, with the writer standing at a height
			// (see below).
			// Or with the subject dropped, opening its sentence
			// ("Top of the car park. Jumping when it's dark.").
			switch c.wordOr(v - 1) {
			case "im", "ill", "will", "to", "gonna", "am":
			default:
				if v > 0 && c.toks[v-1].flags&flagPunct == 0 {
					continue
				}
			}
			if k := v + 1; k < len(c.toks) && c.toks[k].clause == c.toks[v].clause && c.toks[k].flags&flagPunct == 0 && !jumpWhen[c.wordOr(k)] {
				continue
			}
			at, bare = v, true
		default:
			continue
		}
		if bare {
			// Where the writer stands, in its sentence or the two before
			// ("I'm on the top floor of the library by the open window.
			// Six years wasted. I'm jumping as soon as …").
			sn := c.toks[v].sentence
			if namedIn(signals, sn, "suicide", None) || !c.standingAt(means, sn, false) && !c.standingAt(means, sn-1, false) && !c.standingAt(means, sn-2, false) {
				continue
			}
			from := v - 1 // "I'm jumping"
			if from < 0 || c.toks[from].flags&flagPunct != 0 {
				from = v // "… car park. Jumping when it's dark."
			}
			signals = c.composeSignal(sc, signals, "suicide", High, false, from, v+1, sn, "a jump where the writer stands")
			continue
		}
		if drive {
			// Driven off to somewhere ("drive off to work", "drive off
			// with the kids") is a journey; "in a minute" is when.
			switch c.wordOr(at) {
			case "to", "with", "and", "in", "home", "into", "there":
				if !c.inAWhile(at) {
					continue
				}
			}
			at--
		} else {
			if w := c.wordOr(at); w != "it" && w != "them" {
				continue
			}
			switch c.wordOr(at + 1) {
			case "on":
				// "Use it on the tree by the hut" says where, not on what.
				p := at + 2
				if determiners[c.wordOr(p)] || c.wordOr(p) == "that" {
					p++
				}
				if !hangPoints[c.wordOr(p)] {
					continue
				}
			case "for", "as", "to", "in", "at", "with", "again", "up":
				continue
			}
		}
		sn := c.toks[v].sentence
		from := -1
		// A drop reached for reads two sentences back, as where the
		// writer stands for a bare jump ("Rode to the middle of the
		// river bridge. Bike's leaning on the railing. Going over in a
		// minute.").
		lo := sn - 1
		if drive && !into {
			lo = sn - 2
		}
		for _, q := range inSentenceRange(means, lo, sn) {
			// The word after a means may name the drop ("the river"
			// "bridge").
			edge := edgePlace(q.e.Phrase) || q.tj < v && edgeWords[c.wordOr(q.tj)]
			if q.ti < v && !c.negated(q) && (!drive || !into && edge || into && hasWordOf(q.e.Phrase, waterWords)) &&
				(!poison || hasWordOf(q.e.Phrase, poisons)) {
				from = q.ti
				break
			}
		}
		if from < 0 || namedIn(signals, sn, "suicide", None) {
			continue
		}
		// The span runs from the means to "it": the means is what the
		// words say, and "going to use it" alone is an idiom.
		signals = c.composeSignal(sc, signals, "suicide", High, false, from, at+1, sn, "a means to be used")
	}
	return signals
}

// countedDays count a spell ("day 5 of drinking").
var countedDays = map[string]bool{"day": true, "week": true, "month": true, "night": true}

// inAWhile: the words at k say how soon, "in a minute", "in five
// minutes", "in an hour", and end their clause ("Bike's leaning on the
// railing. Going over in a minute.").
func (c *context) inAWhile(k int) bool {
	if c.wordOr(k) != "in" {
		return false
	}
	n := k + 1
	if n >= len(c.toks) {
		return false
	}
	if w := string(c.word(n)); w != "a" && w != "an" && w != "few" && !numberWords[w] && !isDigits(c.word(n)) {
		return false
	}
	n++
	if c.wordOr(n) == "few" || c.wordOr(n) == "couple" {
		n++
	}
	switch c.wordOr(n) {
	case "minute", "minutes", "mins", "min", "sec", "second", "seconds", "hour", "hours", "bit", "moment", "while":
		// And nothing after it in its clause: "going over in a minute
		// to the other side" is a crossing.
		e := n + 1
		return e >= len(c.toks) || c.toks[e].clause != c.toks[k].clause || c.toks[e].flags&flagPunct != 0
	}
	return false
}

// jumpWhen may follow a bare "jump" as when ("as soon as", "when",
// "now", "tonight").
var jumpWhen = map[string]bool{"as": true, "when": true, "now": true, "tonight": true, "once": true, "after": true,
	"before": true, "soon": true, "today": true}

// hangPoints are where a rope is tied to hang from.
var hangPoints = map[string]bool{"tree": true, "beam": true, "banister": true, "bannister": true, "rafter": true,
	"rafters": true, "hook": true, "branch": true, "railing": true, "railings": true, "door": true, "pipe": true}

// overSides are what one goes over the … of at a drop.
var overSides = map[string]bool{"edge": true, "side": true, "rail": true, "railing": true, "railings": true, "barrier": true, "wall": true, "top": true}

// composeSignal appends to signals a signal a rule found in tokens
// from..to-1, counted in sentence sn: its phrase is those words as
// normalized, its span their bytes in the original text.
func (c *context) composeSignal(sc *scratch, signals []occurrence, cat string, tier Severity, past bool, from, to int, sn int32, rule string) []occurrence {
	i := int(c.toks[from].start)
	j := int(c.toks[to-1].start) + len(c.span(to-1))
	sc.composed = append(sc.composed, compiled{kind: kSignal, Entry: Entry{Kind: KindSignal, Category: cat, Tier: tier,
		Past: past, Phrase: string(c.text[i:j])}, cue: -1, rule: rule})
	o := occurrence{e: &sc.composed[len(sc.composed)-1], i: i, j: j, ci: i, ti: from, tj: to, sentence: sn}
	o.start, o.end = sc.n.out.MapSpan(i, j)
	return append(signals, o)
}

// wordsAt: the words ws stand at tokens k, k+1, ….
func (c *context) wordsAt(k int, ws []string) bool {
	if k+len(ws) > len(c.toks) {
		return false
	}
	for x, w := range ws {
		if string(c.word(k+x)) != w {
			return false
		}
	}
	return true
}

// blamedPronoun: token k is "him", "her" or "them" after a word that
// gives a cause or a fear ("the bruises are from him kicking me",
// "scared of her hitting me"); "feeling her kicking me" in a pregnancy
// is no blow.
func (c *context) blamedPronoun(k int) bool {
	switch c.wordOr(k) {
	case "him", "her", "them":
		switch c.wordOr(k - 1) {
		case "from", "of", "by", "about", "after":
			return true
		}
	}
	return false
}

// asideSubject: token k is the comma closing a who-clause set off by
// commas, at most six words long, just after a person word of handsOn
// ("my son, who resides with me, strikes me"); it returns that person
// word, or -1.
func (c *context) asideSubject(k int) int {
	if k < 3 || string(c.word(k)) != "," {
		return -1
	}
	for x := k - 1; x >= 2 && x >= k-7 && c.toks[x].sentence == c.toks[k].sentence; x-- {
		if string(c.word(x)) != "," {
			continue
		}
		if string(c.word(x+1)) == "who" && handsOn[string(c.word(x-1))] {
			return x - 1
		}
		return -1
	}
	return -1
}

// sharedSubject: the person word a blow at token k+1 shares as its
// subject across a short stretch of its clause, or -1: before a "who"
// that opens a clause of at most five words ending at k ("my boyfriend
// who owns the shop hits me"), or, when k is "and", before at most eight
// words with no other person and no other "and" in them ("my husband
// takes my wages and hits me", "me old man comes home from the pub and
// flogs me", "my husband listens in on my calls from home and hits me").
func (c *context) sharedSubject(k int, cl int32) int {
	and := string(c.word(k)) == "and"
	reach := 5
	if and {
		reach = 9
	}
	for x := k; x > 0 && x >= k-reach && c.toks[x].clause == cl; x-- {
		w := string(c.word(x))
		switch {
		case w == "who":
			if handsOn[string(c.word(x-1))] && c.toks[x-1].clause == cl {
				return x - 1
			}
			return -1
		case and && x < k && handsOn[w]:
			return x
		case and && x < k && (c.toks[x].flags&(flagFirstPerson|flagOther) != 0 || w == "and"):
			return -1
		}
	}
	return -1
}

// threats adds an abuse signal for each threat someone else is reported
// to make against the writer or their own: a word of speech, then
// (after an optional "that") "he", "she" or "they" with a will ("he'll",
// "she is going to", "they would"), then a threatVerbs word and "me",
// "us" or "my". A threat laughed off in its sentence, or hung on a small
// failing ("… kill me when she sees my room", "… if I'm late again"), is
// left out, as is a sentence the lexicon already named abuse in. Told
// with a past word of speech ("said", "threatened") it is told in the
// past, for rule 4.
func (c *context) threats(sc *scratch, signals []occurrence) []occurrence {
	if sc.seen&flagThreat == 0 {
		return signals
	}
	for v := 2; v+1 < len(c.toks); v++ {
		cl := c.toks[v].clause
		if c.toks[v].flags&flagThreat == 0 || c.toks[v+1].clause != cl {
			continue
		}
		switch string(c.word(v + 1)) {
		case "me", "us":
		case "my", "our":
			if v+2 >= len(c.toks) || !threatenedOwn[string(c.word(v+2))] {
				continue
			}
		default:
			continue
		}
		// Back over the will to the one who threatens.
		k, will := c.subjectBefore(v, cl)
		if k < 0 {
			continue
		}
		ownWill, isSubject := threatSubjects[string(c.word(k))]
		if !isSubject || c.toks[k].clause != cl || !(will || ownWill) {
			continue
		}
		s := k - 1
		if s > 0 && string(c.word(s)) == "that" {
			s--
		}
		if s > 0 && string(c.word(s)) == "me" && told[string(c.word(s-1))] {
			s--
		}
		if s < 0 {
			continue
		}
		past, spoken := speechWords[string(c.word(s))]
		if !spoken || c.toks[s].clause != cl {
			continue
		}
		// A child's threat is play ("My grandson said he'd kill me if I
		// told his friends about his teddy"); so is a friend's, a
		// client's or a colleague's over anything but telling, reporting
		// or leaving ("My mate said he'd kill me if I placed another
		// bet"; not "… if I told anyone what he does").
		if s > 0 && (c.wordIn(s-1, youngKin) || c.wordIn(s-1, casualSpeakers) && !c.silencing(v+2, cl)) {
			continue
		}
		sn := c.toks[s].sentence
		if namedIn(signals, sn, "abuse", None) || c.joking(sn, sn) || c.pettyAfter(v+2, cl, true) {
			continue
		}
		signals = c.composeSignal(sc, signals, "abuse", High, past, s, v+2, sn, "a threat reported")
	}
	return signals
}

// dailyUse adds a relapse signal, high, for each clause of the writer's
// that drinks or uses every day again: a useVerbs word, then at most
// six words of what and how much ("skunk", "two bottles of wine"),
// then a day-in-day-out phrase ("every day", "every single night",
// "daily"), or one opening a fragment just after the sentence ("… in
// the cold room. Every day now."), with "again" in the clause; or,
// after time sober, with "can't stop" in its sentence or the next.
// "Smoking" alone counts only where the text names a drug other than
// tobacco ("off the cigarettes
// and weed … smoking every day again"). A clause that fears, wishes or
// foresees it ("I'm scared I'll be drinking every night again"), or
// whose subject is someone else, is left out, as is a sentence where
// the lexicon already found a high relapse; negation, the past and mentions
// are judged by the rules that follow, as for any signal.
func (c *context) dailyUse(sc *scratch, signals []occurrence) []occurrence {
	if sc.seen&flagUseDaily == 0 {
		return signals
	}
	for v := 0; v < len(c.toks); v++ {
		if c.toks[v].flags&flagUse == 0 {
			continue
		}
		cl := c.toks[v].clause
		// What and how much, then every day. "Back on" says "again"
		// itself ("I'm back on the meth daily"); "back" alone is no use.
		k := v + 1
		back := string(c.word(v)) == "back"
		if back {
			// "Back" then every day is a relapse only after one the
			// text names ("Ten months off the gambling and I put my wage
			// on the slots. I've been back every night since.").
			switch {
			case k < len(c.toks) && string(c.word(k)) == "on":
				k++
			case k < len(c.toks) && c.toks[k].flags&flagDaily != 0 && c.toks[v].sentence > 0 &&
				(namedIn(signals, c.toks[v].sentence, "relapse", Low) || namedIn(signals, c.toks[v].sentence-1, "relapse", Low)):
			default:
				continue
			}
		}
		if w := string(c.word(v)); w == "on" || w == "at" {
			// "I'm on the speed every shift again", "been on the cans
			// every night", "I'm at the whisky every morning again": the
			// writer on a drink or drug named.
			switch c.wordOr(v - 1) {
			case "im", "am", "been", "was", "is":
			default:
				continue
			}
			n := k
			if determiners[c.wordOr(n)] {
				n++
			}
			if w := c.wordOr(n); !drugWords[w] && !opioids[w] {
				continue
			}
		}
		reach := 6
		switch string(c.word(v)) {
		case "blacking":
			if c.wordOr(k) != "out" {
				continue
			}
			k++
		case "getting", "been":
			// "getting wasted every night again", "been drunk every day
			// this week": a state a slip leaves the writer in (see
			// slipStates), not "getting the bus" or "been out".
			if w := c.wordOr(k); !slipStates[w] || w == "slipped" || w == "lapsed" {
				continue
			}
			k++
		}
		for ; k < len(c.toks) && k-v <= reach && c.toks[k].clause == cl && c.toks[k].flags&flagDaily == 0; k++ {
			w := c.word(k)
			// Where or from what, in three words ("drinking on the boat
			// every day", "from a flask on the stall"): each such
			// stretch reaches two words further.
			if usePlace[string(w)] && determiners[c.wordOr(k+1)] && k+2 < len(c.toks) && c.toks[k+2].clause == cl {
				k += 2
				reach += 2
				// A place of two or three words, up to a word of how
				// often or to "after" or "before" ("from the ward stock
				// every shift", "in the crew car park after every night
				// shift").
				for x := k + 2; x <= k+3 && x < len(c.toks) && c.toks[x].clause == cl; x++ {
					if c.toks[x].flags&flagDaily != 0 || c.wordIs(x, "after") || c.wordIs(x, "before") {
						reach += x - 1 - k
						k = x - 1
						break
					}
				}
				continue
			}
			// From when until when ("drinking from milking till bed
			// every day again": "till" reads as "until").
			if string(w) == "from" && k+3 < len(c.toks) && (c.wordOr(k+2) == "until" || c.wordOr(k+2) == "till") && c.toks[k+3].clause == cl {
				k += 3
				reach += 3
				continue
			}
			// "At lunch", "at work", "at night".
			if usePlace[string(w)] && bareWhere[c.wordOr(k+1)] {
				k++
				reach++
				continue
			}
			// After time clean, a word no list knows just after the verb
			// (or after "back on") is a drink, drug or bet by a name of
			// its own ("Was clean a year. Now I'm drinking busaa every
			// evening again", "Two years off gambling and I'm back on
			// leverage every single day again").
			if (k == v+1 && !back || back && k == v+2) && c.unlisted(k) && c.soberBefore(v) {
				continue
			}
			// Or after "the" ("drinking the optics every night").
			if k == v+2 && !back && c.wordIs(v+1, "the") && c.unlisted(k) && c.soberBefore(v) {
				continue
			}
			if !usedWhat[string(w)] && !drugWords[string(w)] && !opioids[string(w)] && !isDigits(w) && !numberWords[string(w)] {
				// One word that names which drink or drug ("the altar
				// wine", "my cheap vodka") before it.
				if n := c.wordOr(k + 1); k+1 < len(c.toks) && c.toks[k+1].clause == cl && (drugWords[n] || opioids[n]) {
					continue
				}
				break
			}
		}
		end := c.dailyAt(k, cl)
		if end < 0 && (c.wordOr(k) == "before" || c.wordOr(k) == "after" || c.wordOr(k) == "on" || c.wordOr(k) == "at") {
			// "Back on the coke before every gig", "betting on every
			// match", "drinking at every reception".
			end = c.dailyAt(k+1, cl)
		}
		if end < 0 {
			end = c.amountThenDaily(k)
		}
		if end < 0 {
			end = c.dailyFragmentAfter(v)
		}
		// Or, after time sober, using that can't be stopped ("I was
		// sober five years and now I'm drinking at the station between
		// clients. Can't stop.").
		rule := "using every day again"
		if end < 0 && c.soberBefore(v) && c.cantStop(c.toks[v].sentence, c.toks[v].sentence+1) {
			end, rule = max(k, v+1), "a relapse that cannot stop"
		}
		if end < 0 {
			continue
		}
		if w := string(c.word(v)); k == v+1 && (w == "smoking" || w == "smoke") && !c.namesDrug() {
			continue
		}
		// "Doing it every day again" is a drug only where one is named;
		// so is "back on them" ("back on em every day again" after new
		// bikes), unless time clean says what they are.
		if string(c.word(v)) == "doing" && !c.namesDrug() {
			continue
		}
		if back && (c.wordIs(v+2, "them") || c.wordIs(v+2, "em")) && !c.namesDrug() && !c.soberBefore(v) {
			continue
		}
		// "Taking them every day again" and a bare "use" are a relapse
		// only after time clean ("Clean of benzos for five years … I'm
		// taking them every day again", "Was clean 2 years. … I use every
		// day again"; not "I use the gym every day again"), and never of
		// what is prescribed to be taken so.
		if w := c.word(v); (afterTimeClean[string(w)] || pastUse[string(w)]) && (!c.soberBefore(v) || prescribedWords[c.wordOr(v+1)] || prescribedWords[c.wordOr(v+2)]) {
			continue
		}
		// Told in the past tense, it is the relapse only said to be
		// lately ("I took some every shift this week", "drank every
		// night since the funeral"), not the years before ("Two years
		// clean. I drank every night at uni").
		if pastUse[string(c.word(v))] && !c.sentenceHasWord(c.toks[v].sentence, lately) {
			continue
		}
		// "again" in the clause, and the writer its subject, with nothing
		// that fears or foresees it before the verb.
		again, mine, held := false, false, false
		from := c.clauseStart(v)
		for x := from; x < len(c.toks) && c.toks[x].clause == cl; x++ {
			w := string(c.word(x))
			again = again || w == "again"
			if x >= v {
				continue
			}
			// The nearest person before the verb is its subject ("my
			// husband left and I've been drinking …" is the writer's).
			switch {
			case c.toks[x].flags&flagFirstPerson != 0, x == from && (w == "been" || w == "back"):
				mine = true
			case c.toks[x].flags&flagOther != 0:
				mine = false
			}
			// "and", "but" or "so" starts the verb's own part of the
			// clause ("sober three years before him and now I'm drinking
			// …"): what fears or foresees is looked for from there.
			if w == "and" || w == "but" || w == "so" {
				held = false
			}
			held = held || notYetUse[w] || c.toks[x].flags&flagNegator != 0
		}
		sn := c.toks[v].sentence
		// "Back on …" or "Been …" opening its clause leaves the writer
		// out as its subject ("Back on the cocaine every day to get
		// through it", "Been drunk every day this week", "Been doing it
		// every night since").
		mine = mine || (back || c.wordIs(v, "been")) && c.opensClause(from, v) || c.wordIs(v-1, "been") && c.opensClause(from, v-1)
		// A verb in -ing joined by "and" to time sober, in a clause that
		// names no one, is the writer's when the writer is the person
		// named last before it in the sentence ("That's me, sober four
		// years and drinking every night again").
		if w := c.word(v); !mine && len(w) > 4 && string(w[len(w)-3:]) == "ing" && c.wordOr(v-1) == "and" && c.soberBefore(v) {
			mine = c.writerNamedLast(v)
		}
		// So does one counted in days ("400 days sober. now: day 5 of
		// drinking every night again") after time sober, with no one
		// else named before it in its sentence.
		if w := c.word(v); !mine && len(w) > 4 && string(w[len(w)-3:]) == "ing" && c.wordOr(v-1) == "of" &&
			countedDays[c.wordOr(v-3)] && (isDigits(c.word(v-2)) || numberWords[string(c.word(v-2))]) && c.soberBefore(v) {
			mine = true
			for x := v - 1; x >= 0 && c.toks[x].sentence == sn; x-- {
				if c.toks[x].flags&flagOther != 0 {
					mine = false
				}
			}
		}
		// So does a verb in -ing opening its sentence ("I've slipped
		// right back. Drinking a bottle of wine every night again").
		// The person named last before it is its subject: not "My
		// brother is out of rehab. Drinking every night again".
		if w := c.word(v); !mine && len(w) > 4 && string(w[len(w)-3:]) == "ing" && c.opensClause(from, v) && (from == 0 || c.toks[from-1].sentence != c.toks[v].sentence) {
			mine = true
			for x := from - 1; x >= 0; x-- {
				if c.toks[x].flags&flagFirstPerson != 0 {
					break
				}
				// "She'd" read without its apostrophe is no person after
				// "every" or "the" ("a bottle hid in every shed").
				if c.toks[x].flags&flagOther != 0 && !(c.wordOr(x) == "shed" && (determiners[c.wordOr(x-1)] || c.wordOr(x-1) == "every")) {
					mine = false
					break
				}
			}
		}
		// A relapse the sentence names ("Picked up after 14 months clean
		// and I've been using every day") says "again" too, and so does
		// "back" just before the verb ("I'm back using every day").
		again = again || back || c.wordIs(v-1, "back") || relapseApart(signals, sn, v, end) || c.soberBefore(v)
		if !again || !mine || held || namedIn(signals, sn, "relapse", High) {
			continue
		}
		// "I was drinking every night again" is told in the past, for rule 4.
		past := v > 0 && (string(c.word(v-1)) == "was" || string(c.word(v-1)) == "were")
		// A low relapse phrase of the lexicon's over the same words ("im
		// drinking every night") would hold this one inside it (rule
		// 0): the signal spans both.
		from, to := v, end
		for _, o := range signals {
			if o.sentence == sn && o.e.Category == "relapse" && o.ti < to && o.tj > from {
				from, to = min(from, o.ti), max(to, o.tj)
			}
		}
		signals = c.composeSignal(sc, signals, "relapse", High, past, from, to, sn, rule)
		v = end - 1
	}
	return signals
}

// slipStates are what a slip leaves the writer ("got smashed", "got
// wasted"), and the slip itself ("I slipped", "I lapsed"), for rule 6g.
var slipStates = map[string]bool{"drunk": true, "wasted": true, "smashed": true, "hammered": true, "pissed": true,
	"stoned": true, "high": true, "trashed": true, "plastered": true, "leathered": true, "wrecked": true, "mashed": true,
	"munted": true, "blotto": true, "legless": true, "paralytic": true, "sloshed": true, "slipped": true, "lapsed": true}

// slipDrinks are drinks had in a slip ("had a few beers"), for rule 6g.
// "Can" is left out: as a verb it is in nearly every text, and each
// would be asked about at the gate.
var slipDrinks = map[string]bool{"drink": true, "drinks": true, "beer": true, "beers": true, "pint": true, "pints": true,
	"glass": true, "glasses": true, "cans": true, "shot": true, "shots": true, "bet": true}

// slipCounts may stand between "had" and a slip drink ("a couple of",
// "a few", "one").
var slipCounts = map[string]bool{"a": true, "few": true, "couple": true, "of": true, "one": true, "two": true, "three": true,
	"some": true, "cheeky": true, "quick": true, "small": true, "single": true}

// slipAdverbs may stand between "got" and a slip state ("got absolutely
// smashed").
var slipAdverbs = map[string]bool{"absolutely": true, "so": true, "really": true, "completely": true, "totally": true,
	"properly": true, "proper": true, "very": true, "fully": true, "blind": true, "well": true, "massively": true}

// slipNext may follow a slip state in its clause: where, when or on
// what ("got smashed at the pub", "got high on weed", "slipped last
// night"), not a noun it describes ("got high marks").
var slipNext = map[string]bool{"at": true, "on": true, "in": true, "last": true, "yesterday": true, "today": true,
	"tonight": true, "again": true, "after": true, "with": true, "this": true, "over": true, "and": true, "for": true,
	"up": true, "before": true, "off": true, "the": true}

// slipVerb returns the verb of the slip at state k ("got" of "got
// absolutely smashed", or k itself for "slipped" and "lapsed"), or -1
// where k is no slip the writer had: not "got high marks", "I slipped
// on the ice", "I'd never got drunk", "scared I got wasted".
func (c *context) slipVerb(k int) int {
	w := string(c.word(k))
	v := k
	if slipDrinks[w] {
		// "Had a few beers", "had a couple of pints", "had one drink",
		// "had a glass of wine".
		v = k - 1
		for n := 0; n < 3 && v > 0 && slipCounts[c.wordOr(v)]; n++ {
			v--
		}
		if v == k-1 || c.wordOr(v) != "had" {
			return -1
		}
	} else if w == "slipped" || w == "lapsed" {
		switch n := c.wordOr(k + 1); {
		case k+1 >= len(c.toks), c.toks[k+1].flags&flagPunct != 0, c.toks[k+1].sentence != c.toks[k].sentence:
		case n == "again" || n == "up" || n == "last" || n == "yesterday" || n == "today" || n == "tonight" || n == "this" || n == "at":
		default:
			return -1
		}
	} else {
		v = k - 1
		if slipAdverbs[c.wordOr(v)] {
			v--
		}
		if c.wordOr(v) != "got" {
			return -1
		}
		if k+1 < len(c.toks) && c.toks[k+1].sentence == c.toks[k].sentence && c.toks[k+1].flags&flagPunct == 0 && !slipNext[c.wordOr(k+1)] {
			return -1
		}
	}
	// The writer's: the nearest person named before it in its sentence
	// is the writer, or none is and it opens its clause ("Got smashed
	// at the Christmas party"); nothing that denies, fears or supposes
	// it in its clause before it.
	cl := c.clauseStart(v)
	for x := cl; x < v; x++ {
		if c.toks[x].flags&flagNegator != 0 || notYetUse[c.wordOr(x)] {
			return -1
		}
	}
	if !c.writerNamedLast(v) {
		from, _ := c.sentences(c.toks[v].sentence, c.toks[v].sentence)
		if !c.opensClause(cl, v) || c.flagAmong(from, v, flagOther) {
			return -1
		}
	}
	return v
}

// slipAfterSober returns the verb of a slip the writer had at state k
// (see slipVerb) after time sober named in its sentence or the one
// before (see soberBefore), before or after it, or -1.
func (c *context) slipAfterSober(k int) int {
	v := c.slipVerb(k)
	if v < 0 || !c.soberBefore(v) && !c.soberBefore(c.sentenceEnd(v)) {
		return -1
	}
	return v
}

// ownPiece: story cue q is the writer's own piece ("my poem", "my own
// words", "my little song"): what it holds is the writer's, not a
// retelling. "My favourite song" is someone else's.
func (c *context) ownPiece(q occurrence) bool {
	k := q.ti - 1
	switch c.wordOr(k) {
	case "own", "little", "new", "latest", "last":
		k--
	}
	return c.wordOr(k) == "my"
}

// mentionIn: a mention cue in sentence sn, other than "about" telling
// how much or how long ("about an hour ago", "about 30 of them").
func (c *context) mentionIn(mentions []occurrence, sn int32) bool {
	for _, q := range inSentenceRange(mentions, sn, sn) {
		if q.e.Phrase == "about" {
			w := c.wordOr(q.tj)
			if w == "an" || w == "a" {
				w = c.wordOr(q.tj + 1)
			}
			if amountWords[w] || isDigits([]byte(w)) || numberWords[w] && w != "a" && w != "an" {
				continue
			}
		}
		return true
	}
	return false
}

// namesAField: a mention cue other than "about" follows concept k at
// once in its sentence ("suicide prevention", "overdose awareness",
// "self harm training"): the concept names a subject, not an act.
func (c *context) namesAField(mentions []occurrence, k occurrence) bool {
	// Or a word for a gathering, a service or a place of the field
	// ("the suicide bereavement group", "the overdose vigil", "the
	// self harm clinic"), or scars, which are of harm done before.
	if k.tj < len(c.toks) && c.toks[k.tj].sentence == k.sentence && (fieldNouns[string(c.word(k.tj))] || string(c.word(k.tj)) == "first" && c.wordIs(k.tj+1, "aid")) {
		return true
	}
	for _, q := range inSentenceRange(mentions, k.sentence, k.sentence) {
		if q.ti == k.tj && q.e.Phrase != "about" {
			return true
		}
	}
	return false
}

// fieldNouns, just after a concept, make it the name of a gathering, a
// service, a place or a cause.
var fieldNouns = map[string]bool{"group": true, "groups": true, "meeting": true, "meetings": true, "vigil": true,
	"clinic": true, "charity": true, "charities": true, "course": true, "event": true, "events": true, "walk": true,
	"conference": true, "talk": true, "talks": true, "service": true, "services": true, "team": true, "unit": true,
	"ward": true, "nurse": true, "nurses": true, "worker": true, "workers": true, "counsellor": true,
	"counselor": true, "support": true, "loss": true, "bereavement": true, "bereaved": true,
	"site": true, "sites": true, "centre": true, "center": true, "forum": true, "fundraiser": true,
	"memorial": true, "panel": true, "seminar": true, "workshop": true, "webinar": true, "module": true,
	"programme": true, "program": true, "researcher": true, "researchers": true, "scars": true, "scar": true,
	"charity's": true, "campaign": true, "volunteer": true, "volunteers": true, "day": true, "week": true}

// doneFor: "for" follows concept k in its clause within six words
// (past where and when: "jump into the lake tomorrow for a swim") and
// within three more names a pastime: "jump off the pier for a laugh".
func (c *context) doneFor(k occurrence) bool { return c.forWhat(k, 6, pastimes) }

// forWhat: "for" follows o in its clause within reach words, and within
// three words after it stands a word of what ("for the charity swim",
// "for towing").
func (c *context) forWhat(o occurrence, reach int, what map[string]bool) bool {
	cl := c.toks[o.tj-1].clause
	for x := o.tj; x < len(c.toks) && x <= o.tj+reach && c.toks[x].clause == cl; x++ {
		if !c.wordIs(x, "for") {
			continue
		}
		for y := x + 1; y < len(c.toks) && y <= x+3 && c.toks[y].clause == cl; y++ {
			if c.wordIn(y, what) {
				return true
			}
		}
		return false
	}
	return false
}

// pastimes, after "for", say why one jumps in for fun.
var pastimes = map[string]bool{"swim": true, "dip": true, "plunge": true, "paddle": true, "laugh": true,
	"laughs": true, "fun": true, "dare": true, "bet": true, "photo": true, "photos": true, "picture": true,
	"pictures": true, "video": true, "tiktok": true, "charity": true, "skydive": true, "skydiving": true,
	"bungee": true, "birthday": true, "40th": true, "30th": true, "50th": true, "21st": true, "18th": true}

// carriedTo: "to" follows overdose concept k within four words and
// names, after a determiner or none, a place medicine is taken to on an errand ("take a
// whole bottle of cough syrup to the food bank", "all my old pills to
// the pharmacy"): carried, not swallowed.
func (c *context) carriedTo(k occurrence) bool {
	cl := c.toks[k.tj-1].clause
	// Past what is in it ("of cough syrup"), in four words.
	for x := k.tj; x < len(c.toks) && x <= k.tj+4 && c.toks[x].clause == cl; x++ {
		if string(c.word(x)) != "to" {
			continue
		}
		x++
		if c.wordIn(x, determiners) {
			x++
		}
		return c.wordIn(x, errandPlaces)
	}
	return false
}

// animalBefore: the word just before o, past one of when ("just",
// "then") or how ("nearly"), is an animal: its subject.
func (c *context) animalBefore(o occurrence) bool {
	k := o.ti - 1
	if c.wordIs(k, "just") || c.wordIs(k, "then") || c.wordIs(k, "nearly") || c.wordIs(k, "almost") {
		k--
	}
	return k >= 0 && c.toks[k].sentence == o.sentence && c.wordIn(k, animals)
}

// animals kick, bite and butt without it being abuse (see animalBefore).
var animals = map[string]bool{"horse": true, "horses": true, "cob": true, "pony": true, "mare": true, "stallion": true,
	"gelding": true, "foal": true, "colt": true, "filly": true, "donkey": true, "mule": true, "cow": true, "cows": true,
	"bull": true, "heifer": true, "calf": true, "goat": true, "sheep": true, "ram": true, "ewe": true, "pig": true,
	"sow": true, "llama": true, "alpaca": true, "camel": true, "dog": true, "puppy": true, "cat": true, "kitten": true,
	"rabbit": true, "ferret": true, "hamster": true, "parrot": true, "goose": true, "cockerel": true, "rooster": true}

// takenOut: o ends in a medicine just before "out" ("took all my
// tablets out of the packs"), and nothing after it in its sentence
// swallows or drinks.
func (c *context) takenOut(o occurrence) bool {
	if !c.wordIs(o.tj, "out") || c.toks[o.tj].sentence != o.sentence || c.toks[o.tj-1].flags&flagMed == 0 {
		return false
	}
	if c.wordIs(o.tj+1, "of") && c.wordIn(o.tj+2, outOfMotives) {
		return false // "out of spite", "out of desperation"
	}
	for x := o.tj + 1; x < len(c.toks) && c.toks[x].sentence == o.sentence; x++ {
		if c.wordIn(x, swallowWords) {
			return false
		}
	}
	return true
}

// outOfMotives are what an act is done "out of": no packs or cupboard.
var outOfMotives = map[string]bool{"spite": true, "anger": true, "desperation": true, "frustration": true, "rage": true,
	"fear": true, "panic": true, "hopelessness": true, "curiosity": true, "habit": true, "boredom": true}

// swallowWords take a medicine in (see takenOut).
var swallowWords = map[string]bool{"swallowed": true, "swallow": true, "swallowing": true, "ate": true, "downed": true,
	"necked": true, "took": true, "take": true, "taking": true, "taken": true, "water": true, "vodka": true, "wine": true,
	"whisky": true, "whiskey": true, "beer": true, "drank": true, "popped": true, "them": true, "all": true}

// errandPlaces are where medicine is carried to on an errand.
var errandPlaces = map[string]bool{"pharmacy": true, "pharmacist": true, "chemist": true, "chemists": true,
	"food": true, "foodbank": true, "party": true, "work": true, "school": true, "office": true, "shop": true,
	"tip": true, "dump": true, "recycling": true, "church": true, "clinic": true, "doctor": true, "doctors": true,
	"gp": true, "surgery": true, "vet": true, "vets": true, "neighbours": true, "neighbors": true, "donation": true,
	"charity": true, "collection": true, "drop": true, "returns": true, "nursery": true, "hospice": true}

// foodAfter: o ends in "eating" or "eat" and a word follows it in its
// sentence that is no word of when, how much or how long ("stop eating
// sugar", "stop eating after 6pm"): what is stopped is a food or a
// habit of eating, not eating.
func (c *context) foodAfter(o occurrence) bool {
	if w := string(c.word(o.tj - 1)); w != "eating" && w != "eat" {
		return false
	}
	if o.tj >= len(c.toks) || c.toks[o.tj].sentence != o.sentence || c.toks[o.tj].flags&flagPunct != 0 {
		return false
	}
	return !eatingEnds[string(c.word(o.tj))]
}

// eatingEnds may follow "stop eating" and leave it about eating at all.
var eatingEnds = map[string]bool{"tonight": true, "tomorrow": true, "today": true, "altogether": true,
	"completely": true, "entirely": true, "totally": true, "again": true, "for": true, "until": true, "till": true,
	"now": true, "and": true, "so": true, "because": true, "forever": true, "anything": true, "at": true,
	"all": true, "ever": true, "anymore": true, "properly": true, "or": true, "but": true, "from": true,
	"to": true, "as": true, "cause": true, "til": true, "this": true, "next": true, "on": true, "in": true,
	"like": true, "if": true, "when": true, "then": true, "just": true, "food": true}

// goesOnNow: sentence sn is only "and tonight", "again today", "and
// again last night" or the like, a time of using again in up to four
// words: what the sentence before told has happened again since ("…
// I used again last night in the car park. And tonight.", "I used
// again after the fair flopped. And again last night.").
func (c *context) goesOnNow(sn int32) bool {
	from, toks := c.sentences(sn, sn)
	n, timed := 0, false
	for i := range toks {
		k := from + i
		if c.toks[k].flags&flagPunct != 0 {
			continue
		}
		w := string(c.word(k))
		switch {
		case n == 0 && w != "and" && w != "again":
			return false
		case n >= 4 || !againTimes[w]:
			return false
		}
		n++
		timed = timed || w != "and" && w != "again" && w != "last" && w != "this"
	}
	return timed
}

// againTimes are the words of a short "and again last night".
var againTimes = map[string]bool{"and": true, "again": true, "tonight": true, "today": true, "yesterday": true,
	"last": true, "night": true, "this": true, "morning": true, "afternoon": true, "evening": true}

// asPrescribed: sentence sn says its medicine was taken as prescribed
// ("as prescribed", "like the doctor said", "as usual").
func (c *context) asPrescribed(sn int32) bool {
	from, toks := c.sentences(sn, sn)
	for k := from; k < from+len(toks); k++ {
		for _, ws := range prescribedAs {
			if c.wordsAt(k, ws) {
				return true
			}
		}
	}
	return false
}

// prescribedAs are the ways of saying a dose was the one prescribed.
var prescribedAs = [][]string{{"as", "prescribed"}, {"as", "directed"}, {"like", "the", "doctor", "said"},
	{"as", "the", "doctor", "said"}, {"like", "my", "doctor", "said"}, {"as", "my", "doctor", "said"},
	{"like", "the", "gp", "said"}, {"as", "the", "gp", "said"}, {"like", "im", "supposed", "to"},
	{"like", "im", "meant", "to"}, {"as", "im", "supposed", "to"}, {"like", "always"}, {"as", "usual"},
	{"with", "breakfast"}, {"with", "my", "breakfast"}, {"like", "every", "day"}, {"like", "every", "morning"}}

// absentWords make a suicide phrase one of not being somewhere ("won't
// be here tomorrow").
var absentWords = map[string]bool{"here": true, "around": true}

// absentFor: the rest of o's sentence, or the next sentence, gives an
// everyday reason for being away ("I won't be here tomorrow, I'm on
// holiday", "… Day off!").
func (c *context) absentFor(o occurrence) bool {
	for k := o.tj; k < len(c.toks) && c.toks[k].sentence <= o.sentence+1; k++ {
		if c.awayReasonAt(k) && !c.believedOnly(k) {
			return true
		}
	}
	return false
}

// awayReasonAt: an everyday reason to be away begins at token k (one
// of awayReasons or awayPairs).
func (c *context) awayReasonAt(k int) bool {
	if c.wordIn(k, awayReasons) {
		return true
	}
	for _, ws := range awayPairs {
		if c.wordsAt(k, ws) {
			return true
		}
	}
	return false
}

// believedOnly: the away reason at k is what others think ("They think
// I'm moving to Portugal. I'm not."): a word of belief before it in its
// clause.
func (c *context) believedOnly(k int) bool {
	for x := c.clauseStart(k); x < k; x++ {
		if c.wordIn(x, beliefWords) {
			return true
		}
	}
	return false
}

// beliefWords say what someone thinks, not what is so.
var beliefWords = map[string]bool{"think": true, "thinks": true, "thought": true, "believe": true, "believes": true,
	"assume": true, "assumes": true, "assumed": true, "reckon": true, "reckons": true, "reckoned": true}

// ropeWords name a rope; ropeFor: "for" follows o within three words
// in its clause and names, within two more, what the rope is for
// ("for towing", "for the tent", "for climbing").
var ropeWords = map[string]bool{"rope": true, "ropes": true}

func (c *context) ropeFor(o occurrence) bool { return c.forWhat(o, 3, ropeUses) }

// journeys are what medicine is kept back for when it is packed (rule
// 2s). "Holidays" is left out: "saving my pills for the holidays" is as
// often Christmas feared.
var journeys = map[string]bool{"trip": true, "holiday": true, "vacation": true, "flight": true, "journey": true,
	"travels": true, "travelling": true, "traveling": true, "festival": true, "camping": true, "honeymoon": true,
	"cruise": true, "tour": true, "deployment": true, "expedition": true}

// ropeUses are what a rope is kept for.
var ropeUses = map[string]bool{"towing": true, "tow": true, "climbing": true, "camping": true, "tent": true,
	"boat": true, "trailer": true, "horse": true, "horses": true, "skipping": true, "swing": true, "garden": true,
	"washing": true, "work": true, "roof": true, "rack": true, "kayak": true, "canoe": true,
	"dog": true, "abseiling": true, "sailing": true, "mooring": true}

// awayReasons and awayPairs are everyday reasons for being away. An
// exam or an appointment is left out: it is as often what the absence
// comes after ("I will not be here after exam result come out").
var (
	awayReasons = map[string]bool{"holiday": true, "holidays": true, "vacation": true, "trip": true, "wedding": true,
		"conference": true, "course": true, "flight": true, "festival": true, "camping": true, "honeymoon": true,
		"plane": true, "airport": true, "contract": true, "lease": true, "tenancy": true, "placement": true,
		"internship": true, "secondment": true, "visa": true, "working": true, "hen": true, "stag": true, "wfh": true,
		"moving": true, "emigrating": true, "relocating": true, "studying": true, "abroad": true, "travelling": true,
		"traveling": true, "backpacking": true, "touring": true}
	awayPairs = [][]string{{"day", "off"}, {"off", "work"}, {"annual", "leave"}, {"on", "leave"}, {"night", "shift"},
		{"working", "from", "home"}, {"on", "nights"}, {"school", "trip"}, {"a", "season"}}
)

// mentionBetween: a mention cue other than "about" lies between frame f
// and concept k ("I plan to write my dissertation on suicide"): the
// frame is about the piece of work, not the concept.
func (c *context) mentionBetween(mentions []occurrence, f, k occurrence) bool {
	for _, q := range inSentenceRange(mentions, k.sentence, k.sentence) {
		if q.ti >= f.tj && q.tj <= k.ti && q.e.Phrase != "about" {
			return true
		}
	}
	return false
}

// amountWords tell how much or how long after "about" ("about an
// hour ago", "about half").
var amountWords = map[string]bool{"hour": true, "hours": true, "minute": true, "minutes": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "dozen": true,
	"few": true, "couple": true, "fortnight": true, "half": true}

// doneWhen opens what may follow a past verb that opens its sentence
// and says when it was done ("Overdosed about an hour ago", "Overdosed
// last night.").
var doneWhen = map[string]bool{"about": true, "an": true, "last": true, "again": true, "yesterday": true,
	"tonight": true, "this": true, "earlier": true, "just": true, "today": true}

// opensSentence: o is the first word of its sentence, and when it was
// done, a stop or nothing follows it: not "Overdosed the tomatoes on
// feed".
func (c *context) opensSentence(o occurrence) bool {
	if o.ti > 0 && c.toks[o.ti-1].sentence == o.sentence {
		return false
	}
	return o.tj >= len(c.toks) || c.toks[o.tj].flags&flagPunct != 0 || doneWhen[c.wordOr(o.tj)]
}

// writerNamedLast: the person named last before token v in its
// sentence is the writer (false when no one is named).
func (c *context) writerNamedLast(v int) bool {
	for x := v - 1; x >= 0 && c.toks[x].sentence == c.toks[v].sentence; x-- {
		switch f := c.toks[x].flags; {
		case f&flagFirstPerson != 0:
			return true
		case f&flagOther != 0:
			return false
		}
	}
	return false
}

// sentenceEnd is the token just past k's sentence (len(c.toks) at the
// text's end).
func (c *context) sentenceEnd(k int) int {
	sn := c.toks[k].sentence
	for k < len(c.toks) && c.toks[k].sentence == sn {
		k++
	}
	return k
}

// slipSeen: a slip the writer had follows time sober somewhere in the
// text (the gate of rule 6g, asked where nothing else matched).
func slipSeen(sc *scratch) bool {
	c := context{text: sc.n.out.Text, toks: sc.toks}
	for k := range sc.toks {
		if sc.toks[k].flags&flagSlip != 0 {
			if c.slipAfterSober(k) >= 0 {
				return true
			}
		}
	}
	return false
}

// slips adds rule 6g's relapse signals: a slip the writer had (see
// slipVerb) after time sober named in its sentence or the one before
// (see soberBefore) is low, where no relapse is named in its sentence;
// with every day or night since in its sentence or the next ("Been on
// it every night since", "… ever since") it is high, as rule 6f's
// daily use after time away.
func (c *context) slips(sc *scratch, signals []occurrence) []occurrence {
	if sc.seen&flagSlip == 0 {
		return signals
	}
	for k := range c.toks {
		if c.toks[k].flags&flagSlip == 0 {
			continue
		}
		v := c.slipAfterSober(k)
		if v < 0 {
			continue
		}
		sn := c.toks[v].sentence
		tier, rule := Low, "a slip after time sober"
		if c.everySince(k+1, sn+1) {
			tier, rule = High, "a slip after time sober, every day since"
		}
		if namedIn(signals, sn, "relapse", tier) {
			continue
		}
		signals = c.composeSignal(sc, signals, "relapse", tier, false, v, k+1, sn, rule)
	}
	return signals
}

// everySince: from token k to the end of sentence last, a day-in-day-out
// phrase followed by "since" ("every night since"), or "ever since".
func (c *context) everySince(k int, last int32) bool {
	for x := k; x < len(c.toks) && c.toks[x].sentence <= last; x++ {
		switch {
		case c.wordOr(x) == "ever" && c.wordOr(x+1) == "since":
			return true
		case c.toks[x].flags&flagDaily != 0:
			if end := c.dailyAt(x, c.toks[x].clause); end > 0 && c.wordOr(end) == "since" {
				return true
			}
		}
	}
	return false
}

// terseIntent adds a suicide signal, critical, to a text made only of
// two to four fragments, each one of: a means in at most two words
// ("Rope's up.", "Bridge."), a time in one ("Now.", "Tonight.") or a
// goodbye in at most two ("Goodbye.", "Sorry mum."): the shape intent
// takes typed on a phone at 3 a.m. ("Bridge. Now. Goodbye."). A thing
// of harm needs a time or a goodbye beside it; a place, being also
// where people meet, needs a goodbye. Any other fragment ("Bridge.
// Tonight. 7pm.", "Rope. Tonight. Climbing wall.") and any phrase the
// lexicon found leave the text to the other rules.
func (c *context) terseIntent(sc *scratch, signals []occurrence) []occurrence {
	if len(c.toks) == 0 || len(c.toks) > terseMax {
		return signals
	}
	// Despair the lexicon reads low ("can't do this anymore") may be one
	// of the fragments; any other phrase leaves the text to the rules.
	for _, o := range signals {
		if o.e.Category != "hopelessness" || o.e.Tier != Low {
			return signals
		}
	}
	last := c.toks[len(c.toks)-1].sentence
	if last < 1 || last > 3 {
		return signals
	}
	var thing, place, when, bye, resolve, despair bool
	for sn := int32(0); sn <= last; sn++ {
		from, toks := c.sentences(sn, sn)
		var ws [4]string
		n := 0
		for i := range toks {
			if toks[i].flags&flagPunct != 0 {
				continue
			}
			if n == len(ws) {
				return signals
			}
			ws[n] = string(c.word(from + i))
			n++
		}
		// Where, said with where the writer is ("On the motorway
		// bridge.", "At the cliffs."), or what lies below ("Cars
		// below.").
		at := n >= 3 && (ws[0] == "on" || ws[0] == "at" || ws[0] == "by") && determiners[ws[1]] && tersePlaces[ws[n-1]]
		switch {
		case n == 0:
		case n <= 2 && (terseThings[ws[0]] || terseThings[ws[n-1]]):
			thing = true
		case n <= 2 && (tersePlaces[ws[0]] || tersePlaces[ws[n-1]]), at, n == 2 && ws[1] == "below":
			place = true
		case n == 1 && terseWhen[ws[0]]:
			when = true
		case n <= 2 && terseBye[ws[0]]:
			bye = true
		case n == 2 && ws[0] == "its" && ws[1] == "time":
			// "It's time." alone: a resolve, with a place.
			resolve = true
		case terseDespair(ws[:n]):
			// "Can't do this.", "Can't go on.": despair, with a place
			// or a thing of harm.
			despair = true
		default:
			return signals
		}
	}
	if !(thing && (when || bye || despair) || place && (bye || resolve || despair)) {
		return signals
	}
	return c.composeSignal(sc, signals, "suicide", Critical, false, 0, len(c.toks), 0, "terse intent")
}

// terseDespair: the words of a fragment are "can't do this", "can't go
// on", "can't take it" (each may end in "anymore") or "can't anymore".
// "I'm done" is left out: a roofer is done on the roof.
func terseDespair(ws []string) bool {
	if len(ws) == 4 && ws[3] == "anymore" {
		ws = ws[:3]
	}
	switch {
	case len(ws) == 3 && ws[0] == "cant":
		return ws[1] == "do" && ws[2] == "this" || ws[1] == "go" && ws[2] == "on" || ws[1] == "take" && ws[2] == "it"
	case len(ws) == 2:
		return ws[0] == "cant" && ws[1] == "anymore"
	}
	return false
}

// ropeAnchorTime adds a suicide signal, critical, to a short text (at
// most ropeMax tokens) with no signal of its own that names a rope, a
// place to hang it from ("a beam", "the banister", "the loft hatch")
// and "tonight" or "now", with no everyday use of a rope or a beam
// anywhere in it (a boat, a swing, a punchbag, a hammock; see ropeUses
// and beamUses).
func (c *context) ropeAnchorTime(sc *scratch, signals []occurrence) []occurrence {
	if len(signals) > 0 || len(c.toks) == 0 || len(c.toks) > ropeMax {
		return signals
	}
	var rope, anchor, when bool
	for k := range c.toks {
		switch {
		case c.wordIn(k, ropeUses), c.wordIn(k, beamUses):
			return signals
		case c.wordIn(k, terseThings) && !c.wordIs(k, "gun"):
			rope = true
		case c.wordIn(k, hangAnchors):
			anchor = true
		case c.wordIn(k, terseWhen):
			when = true
		}
	}
	if !rope || !anchor || !when {
		return signals
	}
	return c.composeSignal(sc, signals, "suicide", Critical, false, 0, len(c.toks), 0, "a rope, a beam and a time")
}

// ropeMax is the most tokens ropeAnchorTime reads.
const ropeMax = 30

// hangAnchors are places a rope is hung from (see ropeAnchorTime).
var hangAnchors = map[string]bool{"beam": true, "beams": true, "banister": true, "bannister": true, "rafter": true,
	"rafters": true, "joist": true, "hatch": true, "hook": true}

// beamUses are everyday things hung from a beam (see ropeAnchorTime).
var beamUses = map[string]bool{"punchbag": true, "punchbags": true, "hammock": true, "swing": true, "bag": true,
	"plant": true, "plants": true, "lights": true, "decorations": true, "bunting": true, "pulley": true,
	"hoist": true, "engine": true, "bike": true, "bikes": true, "climbing": true, "gym": true, "rings": true}

// terseMax is the most tokens, stops included, terseIntent reads.
const terseMax = 12

// terseThings, tersePlaces, terseWhen and terseBye are the words of
// terseIntent's fragments.
var (
	terseThings = map[string]bool{"rope": true, "ropes": true, "noose": true, "ligature": true, "gun": true}
	tersePlaces = map[string]bool{"bridge": true, "roof": true, "ledge": true, "cliff": true, "cliffs": true,
		"tracks": true, "viaduct": true, "platform": true}
	terseWhen = map[string]bool{"now": true, "tonight": true}
	terseBye  = map[string]bool{"goodbye": true, "bye": true, "sorry": true, "farewell": true}
)

// usePlace: a preposition of where using is done, or from what, before
// a determiner and a place ("on the boat", "in my car", "at the
// station", "from a flask").
var usePlace = map[string]bool{"on": true, "in": true, "at": true, "behind": true, "from": true}

// bareWhere are places and times of day said after "at" or "in" with
// no determiner ("drinking at lunch every day").
var bareWhere = map[string]bool{"lunch": true, "lunchtime": true, "work": true, "home": true, "night": true,
	"breakfast": true, "school": true, "bed": true, "parties": true, "gigs": true, "festivals": true}

// opensClause: the tokens from..v-1 are all stops and commas, so v
// opens its clause ("Days sober: 0. Back on the heroin every day").
func (c *context) opensClause(from, v int) bool {
	for k := from; k < v; k++ {
		if c.toks[k].flags&flagPunct == 0 {
			return false
		}
	}
	return true
}

// quitThings are what a writer has been "off" ("off the drink").
var quitThings = map[string]bool{"drink": true, "drinking": true, "using": true, "booze": true, "grog": true, "alcohol": true, "gear": true,
	"gambling": true, "betting": true, "bets": true, "coke": true, "weed": true, "heroin": true, "crack": true}

// soberBefore: "sober", "clean", "dry", "off the drink", "without a
// drink", or a drink or drug stopped, quit or given up comes before
// token v in its sentence or the one before ("I'd been sober three years before him and
// now I'm drinking a bottle of vodka every day", "I was clean for a year
// before uni. Now I'm doing coke every weekend"): what follows is
// drinking or using again.
func (c *context) soberBefore(v int) bool {
	if v <= 0 || v > len(c.toks) {
		return false
	}
	// v may be just past the text (see sentenceEnd).
	sn := c.toks[v-1].sentence
	if v < len(c.toks) {
		sn = c.toks[v].sentence
	}
	for k := v - 1; k >= 0 && c.toks[k].sentence >= sn-1; k-- {
		switch string(c.word(k)) {
		case "sober", "clean", "sobriety", "abstinent", "abstinence":
			return true
		case "restored":
			// "Weight-restored for a year": an eating disorder's time
			// in recovery.
			if c.wordOr(k-1) == "weight" {
				return true
			}
		case "dry":
			// "Dry for two years", not "dry January".
			if c.wordOr(k+1) != "january" {
				return true
			}
		case "stopped", "quit", "up":
			// "I'd stopped the extra pills for two years", "gave up
			// the drink": a drink or a drug named within three words.
			if w := string(c.word(k)); w == "up" && c.wordOr(k-1) != "gave" && c.wordOr(k-1) != "given" {
				continue
			}
			for n := k + 1; n <= k+3 && n < v; n++ {
				if w := c.wordOr(n); quitThings[w] || drugWords[w] || opioids[w] {
					return true
				}
			}
		case "off", "without":
			// "Two years off the drink", "six months off gambling",
			// "thirty months without a drink".
			n := k + 1
			if c.wordOr(n) == "the" || c.wordOr(n) == "a" {
				n++
			}
			// Or a drink or drug by name ("a year off khat").
			if w := c.wordOr(n); quitThings[w] || drugWords[w] || opioids[w] {
				return true
			}
		}
	}
	return false
}

// amountThenDaily returns the end of a day-in-day-out phrase in the
// clause after a comma at k, with only how much before it ("back on
// the cans, eight a night every night again"), or -1.
func (c *context) amountThenDaily(k int) int {
	if c.wordOr(k) != "," || k+1 >= len(c.toks) {
		return -1
	}
	cl := c.toks[k+1].clause
	x := k + 1
	for ; x < len(c.toks) && x <= k+5 && c.toks[x].clause == cl && c.toks[x].flags&flagDaily == 0; x++ {
		if w := c.word(x); !isDigits(w) && !numberWords[string(w)] && !usedWhat[string(w)] && !dayParts[string(w)] {
			return -1
		}
	}
	return c.dailyAt(x, cl)
}

// dailyFragmentAfter returns the end of a day-in-day-out phrase that
// opens a fragment of up to five words just after token v's sentence
// ("I've been drinking lab ethanol in the cold room. Every day now.",
// "… used again... every day this week now"), or -1.
func (c *context) dailyFragmentAfter(v int) int {
	sn := c.toks[v].sentence
	x := v + 1
	for x < len(c.toks) && c.toks[x].sentence == sn {
		x++
	}
	if x+1 >= len(c.toks) || c.toks[x+1].sentence != sn+1 {
		return -1
	}
	from, toks := c.sentences(sn+1, sn+1)
	words := 0
	for i := range toks {
		if c.toks[from+i].flags&flagPunct == 0 {
			words++
		}
	}
	if words == 0 || words > 5 {
		return -1
	}
	return c.dailyAt(x+1, c.toks[x+1].clause)
}

// dailyAt returns the end of a day-in-day-out phrase at token k in
// clause cl ("every day", "each night", "every single morning",
// "daily"), or -1.
func (c *context) dailyAt(k int, cl int32) int {
	if k >= len(c.toks) || c.toks[k].clause != cl {
		return -1
	}
	switch string(c.word(k)) {
	case "daily", "nightly", "everyday", "everynight":
		return k + 1
	case "every", "each":
		n := k + 1
		if n < len(c.toks) && string(c.word(n)) == "single" {
			n++
		}
		// "Every early shift", "every other day".
		if n+1 < len(c.toks) && c.toks[n+1].clause == cl && shiftKinds[string(c.word(n))] && dayParts[string(c.word(n+1))] {
			n++
		}
		if n < len(c.toks) && c.toks[n].clause == cl && dayParts[string(c.word(n))] {
			return n + 1
		}
	}
	return -1
}

// namesDrug: the text names a drug other than tobacco.
func (c *context) namesDrug() bool {
	for k := range c.toks {
		if drugWords[string(c.word(k))] || opioids[string(c.word(k))] {
			return true
		}
	}
	return false
}

// useVerbs, for rule 6f, say the writer drinks, uses or gambles ("back"
// only as "back on": "back on the meth daily"; "doing" only where a drug
// is named; "taking" only after time clean); being at the pub or the
// bookies every night is drinking or betting.
var useVerbs = map[string]bool{"pub": true, "bookies": true, "drinking": true, "smoking": true, "using": true, "injecting": true, "snorting": true,
	"gambling": true, "betting": true, "boozing": true, "back": true, "drink": true, "doing": true, "taking": true, "use": true,
	// blacking out ("blacking out at parties every weekend again")
	"blacking": true,
	// "hitting it" (a vape, a pipe), only after time clean ("not
	// hitting the gym every day again")
	"hitting": true,
	// "smoke", as "smoking", only where a drug is named ("a smoke crack
	// every day again")
	"smoke": true,
	// told in the past, only after time clean (see afterTimeClean)
	"took": true, "used": true, "drank": true, "smoked": true, "snorted": true, "consume": true, "consuming": true,
	// money put back on a betting or trading site, only after time
	// clean ("A year off gambling and I deposited again … can't stop")
	"deposited": true, "depositing": true,
	// an eating disorder's relapse ("restricting every day again")
	"restricting": true, "purging": true, "bingeing": true, "binging": true,
	// khat and miraa are chewed; only after time clean (see
	// afterTimeClean)
	"chewing": true,
	// "getting wasted every night again", "been drunk every day this
	// week" (see dailyUse)
	"getting": true, "been": true,
	// "I'm on the speed every shift again": only after "I'm", "been"
	// and the like, with a drink or drug named (see dailyUse); so is
	// "I'm at the whisky"
	"on": true, "at": true}

// pastUse are the use verbs of the past tense; lately are the words
// that tell such use is now.
var (
	pastUse = map[string]bool{"took": true, "used": true, "drank": true, "smoked": true, "snorted": true}
	lately  = map[string]bool{"again": true, "week": true, "since": true, "lately": true, "recently": true, "weekend": true, "fortnight": true}
)

// afterTimeClean are the use verbs that say a relapse only after time
// clean (see soberBefore): "taking" and "use" are as often a medicine
// or a gym; so are all of pastUse ("drank every night", "took some
// every shift"), as often a story of the years before.
var afterTimeClean = map[string]bool{"taking": true, "use": true, "consume": true, "consuming": true, "hitting": true,
	"chewing": true, "deposited": true, "depositing": true}

// prescribedWords are what is taken every day as it should be ("taking
// my meds every day again").
var prescribedWords = map[string]bool{"meds": true, "medication": true, "medications": true, "medicine": true,
	"antidepressants": true, "vitamins": true, "prescription": true, "methadone": true, "subutex": true, "buprenorphine": true,
	"antabuse": true, "naltrexone": true, "lithium": true, "insulin": true}

// dailyWords may begin a day-in-day-out phrase (see dailyAt).
var dailyWords = map[string]bool{"every": true, "each": true, "daily": true, "nightly": true, "everyday": true, "everynight": true}

// dayParts end one ("every night", "each morning").
var dayParts = map[string]bool{"day": true, "night": true, "morning": true, "evening": true, "weekend": true,
	// what comes round as often ("before every gig", "every shift",
	// a fly-in fly-out worker's "every swing", an oil rig's "every
	// hitch")
	"gig": true, "show": true, "shift": true, "match": true, "lesson": true, "class": true, "meeting": true, "week": true,
	"stream": true, "round": true, "race": true, "break": true, "lunchtime": true, "trip": true, "run": true, "tour": true,
	"swing": true, "hitch": true, "rotation": true, "game": true, "practice": true, "session": true, "flight": true,
	"layover": true, "reception": true, "job": true, "callout": true,
	// and the hours and days of a week ("every afternoon", "every
	// Friday", "every payday")
	"afternoon": true, "lunch": true, "dinner": true, "teatime": true, "payday": true, "weekday": true, "weeknight": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// shiftKinds may stand between "every" and a day part ("every early
// shift", "every other day", "every night shift").
var shiftKinds = map[string]bool{"early": true, "late": true, "night": true, "day": true, "other": true, "second": true, "road": true, "away": true, "home": true,
	"long": true, "short": true, "big": true, "double": true, "busy": true, "training": true,
	"school": true, "work": true, "week": true}

// drugWords name a drink or a drug other than tobacco and opioids (those
// are in opioids), for rule 6f.
var drugWords = map[string]bool{"weed": true, "skunk": true, "cannabis": true, "spliff": true, "spliffs": true, "joints": true,
	"crack": true, "coke": true, "cocaine": true, "meth": true, "tina": true, "spice": true, "ket": true, "ketamine": true,
	"mdma": true, "pot": true, "dope": true, "booze": true, "alcohol": true, "vodka": true, "whisky": true, "whiskey": true,
	"wine": true, "beer": true, "beers": true, "cider": true, "gin": true, "rum": true, "lager": true, "cans": true, "pints": true,
	"bottle": true, "bottles": true, "dabs": true, "bud": true, "xanax": true, "benzos": true, "pills": true, "lines": true,
	"ganja": true, "charas": true, "hash": true, "bhang": true, "kush": true, "grass": true,
	"sherry": true, "brandy": true, "prosecco": true, "tequila": true, "bourbon": true, "speed": true, "amphetamine": true,
	"amphetamines": true, "whizz": true, "ecstasy": true, "shabu": true, "changaa": true, "busaa": true, "chems": true,
	"crystal": true, "miraa": true, "khat": true, "kuber": true, "scotch": true, "cognac": true, "moonshine": true,
	"hooch": true, "soju": true, "voddy": true, "vino": true, "ale": true, "stout": true, "ice": true}

// usedWhat may stand between a useVerbs word and how often ("drinking
// a bottle of it every night again").
var usedWhat = map[string]bool{"it": true, "them": true, "em": true, "de": true, "da": true, "both": true, "again": true, "the": true, "a": true, "of": true, "heavily": true, "alone": true,
	"more": true, "and": true, "so": true, "much": true, "lot": true, "bit": true, "hard": true, "all": true, "day": true,
	"bottle": true, "bottles": true, "can": true, "cans": true, "pint": true, "pints": true, "glass": true, "glasses": true,
	"slots": true, "horses": true, "bets": true, "scratchcards": true, "roulette": true,
	"casino": true, "pokies": true, "hospital": true, "leftover": true, "prescribed": true, "spare": true, "some": true,
	// drinking oneself to sleep, numb or into oblivion
	"myself": true, "to": true, "sleep": true, "numb": true, "stupid": true, "silly": true, "into": true, "oblivion": true}

// notYetUse before the verb make drinking every day again a fear, a
// wish or a forecast rather than what is happening ("I'm scared I'll
// be drinking every night again", "if I start using daily again").
var notYetUse = map[string]bool{"will": true, "ill": true, "might": true, "could": true, "would": true, "if": true,
	"scared": true, "afraid": true, "worried": true, "terrified": true, "fear": true, "want": true, "tempted": true,
	"urge": true, "urges": true, "going": true, "gonna": true, "before": true, "until": true, "when": true, "used": true}

// relapseApart: a relapse phrase in sentence sn lies outside tokens
// v..end-1; one that is the daily use itself ("a glass of wine every
// night") says no "again".
func relapseApart(signals []occurrence, sn int32, v, end int) bool {
	for _, o := range signals {
		if o.sentence == sn && o.e.Category == "relapse" && (o.tj <= v || o.ti >= end) {
			return true
		}
	}
	return false
}

// namedIn: some signal in sentence sn already names category at tier
// or above (abuse at any tier for rules 1f and 1g, a high relapse for
// rule 6f).
func namedIn(signals []occurrence, sn int32, category string, tier Severity) bool {
	for _, o := range signals {
		if o.sentence == sn && o.e.Category == category && o.e.Tier >= tier {
			return true
		}
	}
	return false
}

// pettyAfter: from token k on, in clause cl, "if" comes within three
// words and a small failing within four more ("… if I'm late again"),
// or a surprise or an ending spoiled anywhere after it in the clause
// ("… if I told anyone about the surprise party"). For a threat made to
// the writer (reported), "when" serves as "if" and a finding-out as a
// failing ("… when she sees my room"), unless what is found out is
// telling, reporting or leaving ("… if he finds out I told anyone"); a
// threat the writer makes "if I see him" is no small failing.
func (c *context) pettyAfter(k int, cl int32, reported bool) bool {
	for x := k; x < k+3 && x < len(c.toks) && c.toks[x].clause == cl; x++ {
		if w := string(c.word(x)); w != "if" && (!reported || w != "when") {
			continue
		}
		for y := x + 1; y < len(c.toks) && c.toks[y].clause == cl; y++ {
			w := c.word(y)
			if spoiledTreats[string(w)] || pettyThings[string(w)] || y <= x+4 && (pettyFailings[string(w)] || reported && findsOut[string(w)] && !c.silencing(y, cl)) {
				return true
			}
		}
		return false
	}
	return false
}

// spoiledTreats: a threat over a surprise told or an ending spoiled is
// play ("she'd kill me if I told anyone about the surprise party").
var spoiledTreats = map[string]bool{"surprise": true, "spoil": true, "spoiled": true, "spoilt": true, "spoiling": true,
	"spoiler": true, "spoilers": true}

// keptBackNamed: a verb that keeps a store back ("saving", "hoarding",
// "putting aside"), then "them" or "it", with a medicine named before it
// in its sentence or the one before, not denied and not kept for a
// journey (rule 2s), is an overdose store, high: "The pills are in the
// shoebox. You've been saving them since March." Everyday keeping
// ("keeping them in the kitchen", "collecting them from the chemist")
// and a carer's hiding are left out.
func (c *context) keptBackNamed(sc *scratch, signals []occurrence) []occurrence {
	if sc.seen&(flagMed|flagStore) != flagMed|flagStore {
		return signals
	}
	for v := 1; v+1 < len(c.toks); v++ {
		if c.toks[v].flags&flagStore == 0 {
			continue
		}
		k, end := v+1, 0
		pronoun := func(x int) bool { return c.wordIs(x, "them") || c.wordIs(x, "it") || c.wordIs(x, "em") }
		switch {
		case c.wordIn(v, hoardVerbs) || c.wordIs(v, "saving"):
			if c.wordIs(k, "up") {
				k++
			}
			if pronoun(k) {
				end = k + 1
			}
		case !c.wordIn(v, setVerbs):
		case (c.wordIs(k, "aside") || c.wordIs(k, "away") || c.wordIs(k, "back")) && pronoun(k+1):
			end = k + 2 // "keeping back them", as some write it
		case pronoun(k) && (c.wordIs(k+1, "aside") || c.wordIs(k+1, "back")):
			// "putting it aside", "keeping them back"; not "putting them
			// away", which is tidying up.
			end = k + 2
		}
		if end == 0 {
			continue
		}
		sn := c.toks[v].sentence
		o := occurrence{ti: v, tj: end}
		if !c.medNamedBefore(v) || namedIn(signals, sn, "overdose", Low) || c.negatorIn(c.clauseStart(v), v) || c.forWhat(o, 3, journeys) {
			continue
		}
		signals = c.composeSignal(sc, signals, "overdose", High, false, v, end, sn, "medicine kept back")
	}
	return signals
}

// medNamedBefore: a medicine is named within thirty words before v, in
// v's sentence or the one before (what "it" or "them" may stand for).
func (c *context) medNamedBefore(v int) bool {
	sn := c.toks[v].sentence
	for k := v - 1; k >= 0 && k >= v-30 && c.toks[k].sentence >= sn-1; k-- {
		if c.toks[k].flags&flagMed != 0 {
			return true
		}
	}
	return false
}

// setVerbs keep a store back only with "aside", "away" or "back"
// ("putting it aside"); hoardVerbs and "saving" do by themselves.
var setVerbs = map[string]bool{"putting": true, "setting": true, "keeping": true, "put": true, "set": true, "kept": true}

// casualSpeakers are people whose threats are exasperation unless they
// silence (see threats).
var casualSpeakers = map[string]bool{"mate": true, "mates": true, "friend": true, "friends": true, "bestie": true,
	"client": true, "clients": true, "customer": true, "colleague": true, "coworker": true, "teammate": true,
	"coach": true, "flatmate": true, "roommate": true, "housemate": true}

// silencing: from k to the end of clause cl, a threat's condition is
// telling, reporting or leaving ("… if I told anyone", "… if I go to
// the police", "… if I leave").
func (c *context) silencing(k int, cl int32) bool {
	for x := k; x < len(c.toks) && c.toks[x].clause == cl; x++ {
		if c.wordIn(x, silencedActs) {
			return true
		}
	}
	return false
}

// silencedActs are what a threat that silences forbids.
var silencedActs = map[string]bool{"tell": true, "told": true, "telling": true, "tells": true, "report": true,
	"reported": true, "reporting": true, "leave": true, "left": true, "leaving": true, "police": true, "cops": true,
	"anyone": true, "anybody": true, "hr": true, "grass": true, "grassed": true, "snitch": true}

// youngKin are children whose threats are play (see threats).
var youngKin = map[string]bool{"grandson": true, "granddaughter": true, "grandchild": true, "grandkid": true,
	"grandkids": true, "toddler": true, "kid": true, "kiddo": true}

// pettyThings: a threat over one of these taken or touched is
// exasperation ("he said he'd kill me if I took his car keys again",
// a husband with dementia; "… if I touch the remote").
var pettyThings = map[string]bool{"keys": true, "remote": true, "charger": true}

// findsOut are ways a parent or partner learns of a small failing.
var findsOut = map[string]bool{"sees": true, "see": true, "finds": true, "found": true, "hears": true, "notices": true}

// threatVerbs are harms someone may threaten the writer with.
var threatVerbs = map[string]bool{"kill": true, "shoot": true, "stab": true, "hurt": true, "beat": true,
	"strangle": true, "murder": true, "finish": true, "burn": true, "smash": true, "batter": true,
	"bury": true, "drown": true, "choke": true}

// threatenedOwn are what of the writer's a threat may name after "my"
// (not "kill my vibe").
var threatenedOwn = map[string]bool{"kids": true, "children": true, "child": true, "son": true, "daughter": true,
	"baby": true, "family": true, "dog": true, "cat": true, "pets": true, "mum": true, "mom": true, "dad": true,
	"partner": true, "husband": true, "wife": true, "boyfriend": true, "girlfriend": true, "sister": true,
	"brother": true, "friends": true, "house": true, "home": true, "car": true, "face": true, "parents": true}

// threatWill may stand between the one who threatens and the harm: a
// will, said any way (true), and words that stress or lead to it
// ("really", "come and").
var threatWill = map[string]bool{"will": true, "would": true, "is": true, "was": true, "are": true, "were": true,
	"going": true, "gonna": true, "to": true, "really": false, "actually": false, "definitely": false,
	"come": false, "and": false}

// threatSubjects are the ones who threaten; true where the word carries
// its own will ("he'll", "she'd"), so none need follow.
var threatSubjects = map[string]bool{"he": false, "she": false, "they": false, "hes": false, "shes": false,
	"theyre": false, "hell": true, "shell": true, "theyll": true, "hed": true, "shed": true, "theyd": true}

// speechWords report what someone said; true for the past tenses.
var speechWords = map[string]bool{"says": false, "said": true, "saying": false, "threatens": false,
	"threatened": true, "threatening": false, "screams": false, "screamed": true, "screaming": false,
	"shouts": false, "shouted": true, "shouting": false, "yells": false, "yelled": true, "yelling": false,
	"texts": false, "texted": true, "texting": false, "swears": false, "swore": true, "swearing": false,
	"warned": true, "warns": false, "told": true, "tells": false, "telling": false, "messaged": true,
	"promised": true, "promises": false}

// told are words of speech that take the writer first ("told me he'll …").
var told = map[string]bool{"told": true, "tells": true, "telling": true, "warned": true, "warns": true,
	"messaged": true, "texted": true, "promised": true}

// blowVerbs are blows that leave no doubt when another adult gives them
// to the writer, each marked true when it is the past tense (so, as a
// set, it holds the past tenses only). Words with
// a kind sense too ("pushed me to apply", "beat me at chess", "grabbed
// me for a hug", "slapped me on the back") are left to the lexicon;
// "hit" is here for its past reading ("Ten years ago he hit me. I'm safe
// now."), which no kind sense ("hit me up") changes.
var blowVerbs = map[string]bool{"punched": true, "hit": true, "punches": false, "punching": false, "kicked": true, "kicks": false,
	"kicking": false, "choked": true, "chokes": false, "choking": false, "strangled": true, "strangles": false,
	"strangling": false, "throttled": true, "headbutted": true, "battered": true, "batters": false, "raped": true,
	"rapes": false, "assaulted": true, "assaults": false, "scalded": true, "stabbed": true, "stabs": false,
	"slapping": false, "slaps": false, "hitting": false, "hits": false, "beats": false, "beating": false,
	"flogs": false, "flogged": true, "flogging": false, "belts": false, "belted": true, "bashes": false, "bashed": true,
	"thumps": false, "thumped": true, "whacks": false, "whacked": true, "leathers": false, "leathered": true,
	"shoves": false, "shoved": true, "shoving": false, "smacks": false, "smacked": true, "smacking": false,
	"strikes": false, "struck": true, "striking": false, "grabs": false, "grabbed": true, "grabbing": false,
	// bare forms, after "they", "lads" or "you" ("some lads kick me in my sleep")
	"kick": false, "punch": false, "slap": false, "beat": false, "choke": false, "strangle": false, "batter": false,
	"thump": false, "smack": false, "shove": false, "whack": false, "bash": false}

// blowBetween may stand between the person and the blow.
var blowBetween = map[string]bool{"keeps": true, "kept": true, "started": true, "starts": true, "always": true,
	"just": true, "then": true, "has": true, "had": true, "also": true, "literally": true, "actually": true,
	"repeatedly": true, "still": true, "is": true, "are": true, "was": true, "were": true, "been": true}

// myWord is the writer's own "my", as a set for hasWordOf.
var myWord = map[string]bool{"my": true}

// handsOn are the people who, named just before a harm to the writer's
// body ("she scratched my face"), did it to them (rule 1e).
var handsOn = map[string]bool{"he": true, "she": true, "they": true, "hes": true, "shes": true, "theyve": true,
	"theyre": true, "partner": true, "husband": true, "wife": true, "boyfriend": true, "girlfriend": true, "bf": true, "gf": true, "fiance": true, "fiancee": true, "ex": true,
	"dad": true, "father": true, "mum": true, "mom": true, "mother": true, "stepdad": true, "stepmum": true, "stepmom": true,
	"brother": true, "sister": true, "uncle": true, "aunt": true, "carer": true, "cellmate": true, "cellie": true,
	"flatmate": true, "roommate": true, "housemate": true, "landlord": true, "landlady": true, "employer": true,
	"boss": true, "manager": true, "stepbrother": true, "stepsister": true, "cousin": true, "grandad": true,
	"grandpa": true, "grandma": true, "guardian": true, "coach": true, "pimp": true, "dealer": true, "man": true,
	"bloke": true, "fella": true, "missus": true, "hubby": true, "stepfather": true, "stepmother": true,
	"son": true, "daughter": true, "grandson": true, "granddaughter": true, "punter": true, "customer": true,
	"passenger": true, "stranger": true, "guy": true, "lad": true, "supervisor": true, "foreman": true, "sergeant": true,
	"officer": true, "teacher": true, "lads": true, "men": true, "blokes": true, "guys": true, "staff": true,
	"nurse": true, "guard": true, "warden": true, "member": true,
	// "mother-in-law", "in-laws": the hyphens read as spaces.
	"law": true, "laws": true}

const otherPeople = `he she they hes shes theyre theyve hed shed partner husband wife boyfriend girlfriend
	bf gf fiance fiancee ex son daughter kid kids child children teenager teen friend friends mate bestie
	brother sister sibling mum mom mother dad father stepdad stepmum stepmom parent cousin uncle aunt
	nephew niece grandson granddaughter grandma grandad grandpa colleague coworker flatmate roommate
	housemate neighbour neighbor person someone somebody people student students patient patients client
	clients passenger passengers customer customers caller callers member family parents everyone teacher teachers doctor doctors therapist counsellor counselor gp
	psychiatrist nurse sponsor boss toddler baby infant newborn nan gran granny grandmother grandfather
	dog cat puppy kitten vets veterans farmers nurses men women others members users teens teenagers
	mums moms dads mothers fathers workers colleagues carers survivors caller callers newcomer newcomers`

// futurePerfect: o follows "will have" ("I'll have hanged myself",
// "I will have taken them all", "I'll have already gone"), with at most
// one word between "have" and o.
func (c *context) futurePerfect(o occurrence) bool {
	for h := o.ti - 1; h >= 1 && h >= o.ti-2; h-- {
		if string(c.word(h)) != "have" || c.toks[h].clause != c.toks[o.ti].clause {
			continue
		}
		switch string(c.word(h - 1)) {
		case "ill", "will", "shall", "youll", "hell", "shell", "theyll":
			return true
		}
	}
	return false
}

// errandNote: o ends in "note", and within eight words after it in its
// clause it is "for the" or "for my" someone on an errand (see rule
// 3g); a note for a person the writer loves is no errand.
func (c *context) errandNote(o occurrence) bool {
	if !strings.HasSuffix(o.e.norm, " note ") {
		return false
	}
	cl := c.toks[o.tj-1].clause
	for k := o.tj; k < o.tj+8 && k+2 < len(c.toks) && c.toks[k+2].clause == cl; k++ {
		if string(c.word(k)) != "for" {
			continue
		}
		if a := string(c.word(k + 1)); a == "the" || a == "my" || a == "our" {
			n := k + 2
			if erranders[string(c.word(n))] {
				return true
			}
			for m := n + 1; m <= n+2 && m < len(c.toks) && c.toks[m].clause == cl; m++ {
				if erranders[string(c.word(m))] {
					return true // "for the delivery driver", "for the rental shop manager"
				}
			}
		}
		return c.whereaboutsAfter(k+1, cl) || c.faultAfter(k+1, cl) || c.instructionAfter(k+1, cl)
	}
	return c.whereaboutsAfter(o.tj, cl) || c.faultAfter(o.tj, cl) || c.instructionAfter(o.tj, cl)
}

// instructionAfter: from k on, within five words in clause cl, "to"
// and a chore ("… for my assistant to turn the annealer down", "… to
// feed the cat"): a note that asks for a task. A note left "to find",
// "to read", "to say sorry" or to take care of someone is no chore.
func (c *context) instructionAfter(k int, cl int32) bool {
	for x := k; x+1 < len(c.toks) && x < k+5 && c.toks[x+1].clause == cl; x++ {
		if c.wordIs(x, "to") && c.wordIn(x+1, tasks) {
			// Not "to take care of", "to leave me be", "to get help",
			// "to give my things away".
			w := c.wordOr(x + 2)
			return w != "care" && w != "me" && w != "us" && w != "help" && w != "my" && w != "away" && w != "everything"
		}
	}
	return false
}

// tasks are what a note may ask someone to do (see instructionAfter).
// Calling, ringing and phoning are left out: a farewell note may ask
// for the police or an ambulance to be called.
var tasks = map[string]bool{"turn": true, "switch": true, "feed": true, "water": true, "walk": true,
	"collect": true, "pick": true, "lock": true, "unlock": true, "fix": true, "check": true,
	"bring": true, "put": true, "move": true, "empty": true, "clean": true,
	"book": true, "order": true, "pay": true, "buy": true, "post": true, "sign": true, "wake": true,
	"defrost": true, "restock": true, "charge": true, "let": true, "close": true, "sort": true, "take": true,
	"drop": true, "top": true, "load": true, "unload": true, "mop": true, "hoover": true, "tidy": true,
	"leave": true, "back": true, "get": true, "sterilise": true, "sterilize": true, "wash": true, "hang": true,
	"iron": true, "cook": true, "fetch": true, "grab": true, "return": true, "renew": true, "change": true,
	"fill": true, "refill": true, "replace": true, "bake": true, "mow": true, "sweep": true, "dust": true,
	"recycle": true, "cancel": true, "reschedule": true, "confirm": true, "print": true, "scan": true, "email": true,
	"set": true, "start": true, "unpack": true, "answer": true, "press": true, "give": true}

// faultAfter: from k on, in clause cl, "about the" and, within two
// words, a fault ("… about the faulty radio", "… about the broken
// latch"): a note that reports a fault.
func (c *context) faultAfter(k int, cl int32) bool {
	for x := k; x+2 < len(c.toks) && x < k+8 && c.toks[x+2].clause == cl; x++ {
		if c.wordIs(x, "about") && c.wordIs(x+1, "the") {
			return c.wordIn(x+2, faultWords) || x+3 < len(c.toks) && c.toks[x+3].clause == cl && c.wordIn(x+3, faultWords)
		}
	}
	return false
}

// faultWords say something is broken (see faultAfter), or name a
// household chore a note is about ("about the dishes", "about the
// bins"); money, the house and the will are left out.
var faultWords = map[string]bool{"broken": true, "faulty": true, "leaking": true, "leaky": true, "leak": true,
	"damp": true, "wobbly": true, "blocked": true, "cracked": true, "loose": true, "dripping": true,
	"issue": true, "typo": true, "typos": true, "error": true, "dishes": true, "bins": true, "rubbish": true,
	"recycling": true, "laundry": true, "washing": true, "heating": true, "noise": true, "parking": true,
	"parcel": true, "boiler": true, "rota": true}

// whereaboutsAfter: from k on, in clause cl, the note says where the
// writer is or when they will be back ("… to say I'd be at the library
// til 6", "… saying I'll be home late"): a note of whereabouts.
func (c *context) whereaboutsAfter(k int, cl int32) bool {
	for x := k; x+2 < len(c.toks) && x < k+8 && c.toks[x+2].clause == cl; x++ {
		if !c.wordIs(x, "say") && !c.wordIs(x, "saying") {
			continue
		}
		switch c.wordOr(x + 1) {
		case "id", "ill", "im", "ive", "i":
		default:
			return false
		}
		y := x + 2
		if c.wordIs(y, "would") || c.wordIs(y, "will") || c.wordIs(y, "be") || c.wordIs(y, "am") {
			y++
		}
		if c.wordIs(y, "be") {
			y++
		}
		switch c.wordOr(y) {
		case "at":
			// "… I'd be at the library", not "… I'd be at peace".
			return y+1 < len(c.toks) && c.toks[y+1].clause == cl && !c.wordIs(y+1, "peace") && !c.wordIs(y+1, "rest")
		case "in":
			// "… I'd be in the garden", not "… in a better place".
			return c.wordIs(y+1, "the") && y+2 < len(c.toks) && c.toks[y+2].clause == cl
		case "back", "home", "late", "popped":
			return y < len(c.toks) && c.toks[y].clause == cl
		}
		return false
	}
	return false
}

// erranders call on an errand, for errandNote.
var erranders = map[string]bool{"warden": true, "postman": true, "postie": true, "milkman": true, "cleaner": true,
	"builder": true, "builders": true, "plumber": true, "electrician": true, "driver": true, "courier": true,
	"babysitter": true, "sitter": true, "landlord": true, "tenant": true, "tenants": true, "decorator": true,
	"gardener": true, "engineer": true, "teacher": true, "bin": true, "binmen": true, "caretaker": true,
	"homeowner": true, "homeowners": true, "client": true, "customer": true, "surveyor": true, "nanny": true,
	"vet": true, "groomer": true, "manager": true, "receptionist": true, "reception": true, "secretary": true,
	"technician": true, "caretakers": true, "verger": true, "crew": true, "shift": true}

// linkAfter: a link word just after the person at k, or after one
// word of when or how many between ("three callers tonight were
// suicidal", "my parents both have").
func (c *context) linkAfter(k int) bool {
	if k+1 < len(c.toks) && c.toks[k+1].flags&flagLink != 0 {
		return true
	}
	return k+2 < len(c.toks) && linkSkips[string(c.word(k+1))] && c.toks[k+2].flags&flagLink != 0
}

// linkSkips may stand between a person and a link word.
var linkSkips = map[string]bool{"tonight": true, "today": true, "yesterday": true, "now": true, "still": true,
	"also": true, "all": true, "both": true, "often": true}

// otherLinks tie the person just before them to what follows ("my son
// has", "a friend who", "she keeps", Nigerian Pidgin's "my cousin wey
// …", who).
const otherLinks = `who whos is has had was were are struggles struggled struggling battles battling suffers suffered
	suffering deals dealt dealing lives talks talked talking posted keeps kept started wants wanted
	tried attempted been having thinks thought mentioned admitted threatened threatens thinking considering
	planning going trying threatening doesnt does says said wont cant wouldnt couldnt
	swallowed took taken ate drank downed necked wey might may seems shared shares spoke speaks`

// possessedCrises begin a crisis phrase that "her", "his" or "their"
// just before it makes someone else's ("her suicide attempt", "his
// overdose", "their self harm").
var possessedCrises = map[string]bool{"suicide": true, "overdose": true, "self": true, "suicidal": true,
	"attempt": true, "cutting": true, "relapse": true}

// selfDirected are the categories of a crisis in the one who has it; in
// abuse and threats to others, someone else is the other party.
var selfDirected = map[string]bool{"suicide": true, "self_harm": true, "overdose": true, "hopelessness": true}

// notAtHand: means cue o is not the writer's, at hand now: a place gone
// to for a purpose ("went to the river for a swim", "walked to the
// bridge to meet Sam"; outing is then true), someone else's means in a
// who-clause about them ("a woman who jumped from the bridge"), or the
// means of an attempt told ("because I tried to tie a ligature last
// night").
func (c *context) notAtHand(o occurrence) (aside, outing bool) {
	if c.outing(o) {
		return true, true
	}
	return c.inWhoClause(o) || c.triedWith(o), false
}

// inWhoClause: o lies in a who-clause of at most five words before it,
// opened just after someone else ("a woman who jumped from the bridge",
// "the lad who fell off the roof"), with the writer not in it.
func (c *context) inWhoClause(o occurrence) bool {
	cl := c.toks[o.ti].clause
	for k := o.ti - 1; k > 0 && k >= o.ti-6 && c.toks[k].clause == cl; k-- {
		if c.mine(k) {
			return false
		}
		if string(c.word(k)) == "who" {
			return c.otherPerson(k-1) && c.toks[k-1].clause == cl
		}
	}
	return false
}

// triedWith: "tried" or "attempted" stands within five words before o
// in its clause, with no present word between ("I tried to tie a
// ligature", not "I tried to sleep but I'm on the bridge").
func (c *context) triedWith(o occurrence) bool {
	cl := c.toks[o.ti].clause
	for k := o.ti - 1; k >= 0 && k >= o.ti-5 && c.toks[k].clause == cl; k-- {
		switch w := c.wordOr(k); {
		case w == "tried" || w == "attempted":
			return true
		case presentMarkers[w] || w == "but" || w == "and":
			return false
		}
	}
	return false
}

// otherPerson: token k names someone other than the writer, known
// ("my sister", "he") or not ("a woman").
func (c *context) otherPerson(k int) bool {
	return c.toks[k].flags&flagOther != 0 || strangers[string(c.word(k))]
}

// strangers are people a story may be about, who are no one the writer
// knows ("a woman who jumped"); the writer may call themself "this
// girl" elsewhere, so they are not otherPeople.
var strangers = map[string]bool{"man": true, "woman": true, "guy": true, "girl": true, "boy": true, "lad": true,
	"bloke": true, "lady": true, "stranger": true}

// saidToWriter: o, an urging to die ("kill yourself", "kys"), follows
// at once a word of speech or writing ("shouted", "commented") whose
// subject, within four words before it in its clause, is someone else
// ("a heckler", "he", "some kid"), not the writer.
func (c *context) saidToWriter(o occurrence) bool {
	urged := false
	for k := o.ti; k < o.tj; k++ {
		w := c.wordOr(k)
		urged = urged || w == "yourself" || w == "kys"
	}
	k := o.ti - 1
	if !urged || k < 1 {
		return false
	}
	if !spokenOrWritten(c.wordOr(k)) {
		return false
	}
	return c.speakerOther(k, 4)
}

// spokenOrWritten: w is a word of speech or writing ("said", "shouted",
// "commented").
func spokenOrWritten(w string) bool {
	_, spoken := speechWords[w]
	return spoken || writtenWords[w]
}

// speakerOther: the subject of the word of speech at k, within reach
// words before it in its clause, is someone else: a person word ("the
// client said", "a heckler shouted") or any word after a determiner
// ("some kid commented"), not the writer ("me" after it, "asked me to
// interpret", is no subject).
func (c *context) speakerOther(k, reach int) bool {
	cl := c.toks[k].clause
	for x := k - 1; x >= 0 && x >= k-reach && c.toks[x].clause == cl; x-- {
		w := c.wordOr(x)
		if c.mine(x) && w != "me" {
			return false
		}
		if c.otherPerson(x) || x > 0 && (determiners[c.wordOr(x-1)] || c.wordOr(x-1) == "some") && !c.mine(x-1) && !c.mine(x) {
			return true
		}
	}
	return false
}

// selfFrameAfter: a frame of the writer's own desire or intent follows
// o in its sentence ("I'm thinking about").
func selfFrameAfter(frames []occurrence, o occurrence) bool {
	for _, f := range frames {
		if f.sentence == o.sentence && f.ti >= o.tj && f.e.Category == "self" {
			return true
		}
	}
	return false
}

// quotedSpeech: o's words are set in quotation marks as written, opened
// after a word of speech or writing, at most four words before o, whose
// subject is someone else ("The client said 'I want to die'", "a doctor
// asked me to interpret 'you're going to die'"): the words are someone
// else's.
func (c *context) quotedSpeech(o occurrence) bool {
	if c.norm == nil {
		return false
	}
	for k := o.ti - 1; k >= 1 && k >= o.ti-4; k-- {
		if w := c.wordOr(k); !spokenOrWritten(w) && !renderWords[w] {
			continue
		}
		_, end := c.norm.MapSpan(int(c.toks[k].start), int(c.toks[k].end))
		if end < 0 || end > o.start || !opensQuote(c.orig[end:o.start]) {
			return false
		}
		return c.speakerOther(k, 6)
	}
	return false
}

// mayQuote: text holds a mark that may open a quotation: a double or
// curly one, or a straight single one after a space (most texts have
// only apostrophes).
func mayQuote(text string) bool {
	return strings.IndexByte(text, '"') >= 0 || strings.Contains(text, " '") || strings.Contains(text, "“") ||
		strings.Contains(text, "‘") || strings.Contains(text, "«")
}

// opensQuote: s leaves a quotation open at its end: more opening marks
// than closing ones of a kind. A straight single mark opens after a
// space and closes before one or a stop (the apostrophe of "you're"
// does neither); a straight double mark opens and closes by turns.
func opensQuote(s string) bool {
	single, double := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			double++
		case '\'':
			if i == 0 || s[i-1] == ' ' {
				single++
			} else if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == ',' || s[i+1] == '.' {
				single--
			}
		}
	}
	return single > 0 || double%2 == 1 || strings.Count(s, "“") > strings.Count(s, "”") ||
		strings.Count(s, "«") > strings.Count(s, "»") || strings.Count(s, "‘") > strings.Count(s, "’ ")
}

// addressed are the reader as a subject ("you're going to").
var addressed = map[string]bool{"youre": true, "you": true, "youll": true, "youd": true, "u": true, "ur": true, "youve": true}

// renderWords carry someone else's words ("interpret", "translate").
var renderWords = map[string]bool{"interpret": true, "interpreted": true, "translate": true, "translated": true,
	"repeat": true, "repeated": true, "read": true, "quote": true, "quoted": true, "asked": true}

// writtenWords are ways an urging reaches the writer in writing.
var writtenWords = map[string]bool{"commented": true, "comments": true, "wrote": true, "writes": true, "posted": true,
	"replied": true, "tweeted": true, "typed": true, "dmed": true}

// readerAdvised: the phrase is in a clause that opens "if you" ("If you
// have suicidal intrusive thoughts that you don't want, that's a known
// OCD theme") in a text where the writer never says "I" or "me": advice
// to whoever reads it, as someone else's crisis is (rule 3c).
func (c *context) readerAdvised(o occurrence) bool {
	from := c.clauseStart(o.ti)
	if c.wordOr(from) != "if" {
		return false
	}
	switch c.wordOr(from + 1) {
	case "you", "youre", "youve", "your", "u", "ur":
	default:
		return false
	}
	return !c.flagIn(0, c.toks[len(c.toks)-1].sentence, flagFirstPerson)
}

// someoneElse: the phrase's own words are someone else's ("ending their
// life"), or its clause makes someone else the one it is about (a
// person word with a link after it, which may begin the phrase: "my
// brother has", "a partner who struggles with", "she wants to"; not
// "she found the blades"). The writer must not be in the phrase, just
// after it, or between, with no conjunction between either ("my mum
// doesn't know about my cutting", "he is the reason I'm suicidal"), nor
// be that person ("I'm someone who …", "better than someone who …").
func (c *context) someoneElse(o occurrence) bool {
	// "Her suicide attempt", "his overdose": someone else's own, as a
	// possession named just before the phrase.
	if w := c.wordOr(o.ti - 1); (w == "her" || w == "his" || w == "their") && possessedCrises[c.wordOr(o.ti)] {
		return true
	}
	theirs := false // "ending their life", "kill herself"
	for k := o.ti; k < o.tj; k++ {
		if c.mine(k) {
			return false
		}
		theirs = theirs || c.othersOwn(k)
	}
	if theirs {
		return true
	}
	cl := c.toks[o.ti].clause
	// The writer just after it owns it ("my therapist has no idea how
	// suicidal I am", "the thoughts I have", "thoughts like mine").
	if k := o.tj; k < len(c.toks) && c.toks[k].clause == cl {
		if w := string(c.word(k)); (w == "like" || w == "as") && k+1 < len(c.toks) {
			k++
		}
		if c.mine(k) {
			return false
		}
	}
	for k := o.ti - 1; k >= 0 && k >= o.ti-7 && c.toks[k].clause == cl; k-- {
		// A conjunction may start a new subject: "my family is away and
		// ending it all tonight feels right" is the writer's.
		if c.mine(k) || conjunctions[string(c.word(k))] {
			return false
		}
		if c.toks[k].flags&flagOther == 0 && !c.agedPerson(k) || !c.linkAfter(k) {
			continue
		}
		// "deserves better than someone who …" compares the writer.
		if c.comparedWith(k) {
			return false
		}
		// "If someone took a whole packet …, would they …?" asks about
		// a way, not about another person.
		if c.hypothetical(k) {
			return false
		}
		// "I'm someone who", "I feel like a person who", "I was a kid who".
		writer, being := false, false
		for b := k - 1; b >= 0 && b >= k-4 && c.toks[b].clause == cl; b-- {
			writer = writer || c.toks[b].flags&flagFirstPerson != 0
			being = being || writerIs[string(c.word(b))]
		}
		return !(writer && being)
	}
	return false
}

// agedPerson: token k closes a person named by age, "my 14-year-old",
// "our six year old".
func (c *context) agedPerson(k int) bool {
	if c.wordOr(k) != "old" || c.wordOr(k-1) != "year" {
		return false
	}
	if k < 2 {
		return false
	}
	n := c.word(k - 2)
	return isDigits(n) || numberWords[string(n)] || bigCounts[string(n)] || teens[string(n)]
}

// teens are the ages of a child in their teens, in words.
var teens = map[string]bool{"thirteen": true, "fourteen": true, "sixteen": true, "seventeen": true, "nineteen": true}

// writerJoins: within eight words after o, in its sentence or at the
// start of the next, the writer says the same of themselves: "me too",
// "I am too", "I do as well", "so am I", "I feel the same", "same here",
// "we both are", "both of us do". Only helping words may stand between "I" and
// "too", which must close its clause: "I am worried too" and "I am too
// scared to ask" are no joining in.
//
// It also returns the sentence they join in.
func (c *context) writerJoins(o occurrence) (int32, bool) {
	word := func(k int) string {
		if k < len(c.toks) {
			return string(c.word(k))
		}
		return "."
	}
	ends := func(k int) bool {
		w := word(k + 1)
		return w == "." || w == "," || w == "honestly" || conjunctions[w]
	}
	first := func(k int) bool { return k >= 0 && k < len(c.toks) && c.toks[k].flags&flagFirstPerson != 0 }
	breaks := 0
	from := o.tj
	if c.isQuoted(o.sentence) {
		// A quote's own words are not the writer's: they join in just
		// after the quote ends ("> I want to die" … "Me too").
		for from < len(c.toks) && c.isQuoted(c.toks[from].sentence) {
			from++
		}
	}
	for k := from; k < len(c.toks) && k < from+8; k++ {
		if c.isQuoted(c.toks[k].sentence) {
			return 0, false
		}
		w := word(k)
		switch {
		case w == ".":
			if breaks++; breaks > 1 {
				return 0, false
			}
		case w == "same":
			if word(k+1) == "here" || word(k-1) == "the" && c.flagAmong(max(k-4, 0), k-1, flagFirstPerson) {
				return c.toks[k].sentence, true
			}
		case w == "so":
			if joinAux[word(k+1)] && first(k+2) {
				return c.toks[k].sentence, true
			}
		case w == "we" && word(k+1) == "both":
			if x := word(k + 2); bothAre[x] || x == "." || x == "," {
				return c.toks[k].sentence, true
			}
		case w == "both" && word(k+1) == "of" && word(k+2) == "us":
			if bothAre[word(k+3)] {
				return c.toks[k].sentence, true
			}
		case first(k) && !(w == "me" && k > 0 && !meOpens[word(k-1)]):
			// "me" joins in only at the start of its clause ("Me too",
			// "and me too"); after a verb it is its object ("it nearly
			// took me too").
			for j := k + 1; j < len(c.toks) && j <= k+3; j++ {
				if x := word(j); x == "too" && ends(j) || x == "well" && word(j-1) == "as" && ends(j) {
					return c.toks[k].sentence, true
				} else if !joinAux[x] && x != "as" {
					break
				}
			}
		}
	}
	return 0, false
}

// meOpens are the words after which "me" may begin a clause.
var meOpens = map[string]bool{".": true, ",": true, "and": true, "but": true, "so": true, "yeah": true, "honestly": true, "oh": true}

// joinAux are the helping words of joining in: "so am I", "I have too",
// "I feel it too".
var joinAux = map[string]bool{"am": true, "do": true, "have": true, "was": true, "did": true, "been": true,
	"feel": true, "it": true, "that": true}

// bothAre say what "we both" are, not what they need ("we both are",
// not "we both need help").
var bothAre = map[string]bool{"are": true, "were": true, "do": true, "did": true, "have": true, "feel": true}

// flagAmong reports a word with the given rule-word flag among words
// [ti, tj).
func (c *context) flagAmong(ti, tj int, flag uint32) bool {
	for k := ti; k < tj; k++ {
		if c.toks[k].flags&flag != 0 {
			return true
		}
	}
	return false
}

// wordOfBetween: a word of set among words [from, to).
func (c *context) wordOfBetween(set map[string]bool, from, to int) bool {
	for k := from; k < to; k++ {
		if set[string(c.word(k))] {
			return true
		}
	}
	return false
}

// conjunctions end the stretch rule 3c reads back over.
var conjunctions = map[string]bool{"and": true, "but": true, "so": true, "because": true, "cause": true, "then": true,
	"when": true, "while": true, "if": true, "or": true, "since": true, "until": true, "though": true, "although": true}

// writerIs: with "I" before a person word, the writer is that person.
var writerIs = map[string]bool{"im": true, "am": true, "was": true, "like": true, "as": true, "been": true,
	"being": true, "become": true, "became": true}

// othersOwn: word k makes a phrase about someone else: "himself",
// "herself", "themselves", or "his" or "their" before "life" or "own"
// ("end his life"; not "better off without their mum", which a mother
// may write of herself).
func (c *context) othersOwn(k int) bool {
	switch string(c.word(k)) {
	case "himself", "herself", "themselves", "themself":
		return true
	case "his", "their":
		next := ""
		if k+1 < len(c.toks) {
			next = string(c.word(k + 1))
		}
		return next == "life" || next == "own"
	}
	return false
}

// mine: the writer's own word ("I", "me", "my").
func (c *context) mine(k int) bool {
	if c.toks[k].flags&flagFirstPerson != 0 {
		return true
	}
	w := c.word(k)
	return string(w) == "my" || string(w) == "mine"
}

// fearWords: someone's worry about what may happen.
var fearWords = map[string]bool{"worries": true, "worried": true, "worry": true, "fears": true, "afraid": true,
	"scared": true, "terrified": true, "concerned": true, "panics": true}

// fearFillers may stand between a person and their worry ("my mum is
// always worried").
var fearFillers = map[string]bool{"is": true, "are": true, "was": true, "were": true, "gets": true, "get": true,
	"seems": true, "keeps": true, "always": true, "really": true, "so": true, "very": true, "getting": true}

// othersFear: the phrase is what someone else fears the writer may do
// ("my family worries that I'll hurt myself", "my mum is worried I'll
// hurt myself"), not what the writer says: the nearest worry word within
// five words before the phrase (or its first word), with no conjunction
// between, has a person other than the writer as its subject. "I'm
// worried I'll hurt myself" is the writer's own, and so is what a
// therapist thinks ("my therapist thinks I'm suicidal" is an
// assessment, not a fear).
func (c *context) othersFear(o occurrence) bool {
	cl := c.toks[o.ti].clause
	for k := o.ti; k >= 0 && k >= o.ti-5 && c.toks[k].clause == cl; k-- {
		if conjunctions[string(c.word(k))] {
			return false // "my mum is scared and I'm going to …" is the writer's
		}
		if !fearWords[string(c.word(k))] {
			continue
		}
		j := k - 1
		for j >= 0 && c.toks[j].clause == cl && fearFillers[string(c.word(j))] {
			j--
		}
		return j >= 0 && c.toks[j].clause == cl && c.toks[j].flags&flagOther != 0
	}
	return false
}

// labelWords may make up a content-warning label: what a post is about
// ("suicidal thoughts", "self harm", "od", "mention of abuse", "in the
// past"), never what someone does ("want", "took", "going").
var labelWords = func() map[string]bool {
	m := map[string]bool{",": true}
	for _, w := range strings.Fields(`suicide suicides suicidal thoughts thought ideation feelings self harm selfharm sh si
		overdose overdoses od ods attempt attempts death deaths abuse sa ed eating disorder disorders drugs drug use
		alcohol addiction relapse pills meds medication blood violence cutting scars grief loss mental health
		depression dark heavy topics topic trauma csa dv domestic rape assault sexual mention mentions mentioned
		talk of about discussion discussing brief implied graphic description descriptions news past in the and
		or a an references reference ment themes theme content warning warnings tw cw ideas injury injuries
		hospital hospitals medical illness bereavement child loss miscarriage`) {
		m[w] = true
	}
	return m
}()

// contentWarnings returns the token spans [start, end) of content-warning
// labels: the words after "tw", "cw" or "trigger"/"content warning" (and
// a "for"), in its sentence, while they are labelWords ("TW: self harm,
// suicidal thoughts"; in "TW suicide - going to end it tonight" the label
// is "suicide" alone).
func (c *context) contentWarnings() [][2]int {
	var spans [][2]int
	for k := 0; k < len(c.toks); k++ {
		if c.toks[k].flags&flagWarn == 0 {
			continue
		}
		if w := string(c.word(k)); w == "warning" || w == "warnings" {
			if k == 0 {
				continue
			}
			if p := string(c.word(k - 1)); p != "trigger" && p != "content" {
				continue
			}
		}
		sn := c.toks[k].sentence
		start := k + 1
		if start < len(c.toks) && string(c.word(start)) == "for" {
			start++
		}
		end := start
		for end < len(c.toks) && c.toks[end].sentence == sn && labelWords[string(c.word(end))] {
			end++
		}
		if end > start {
			spans = append(spans, [2]int{start, end})
		}
		k = end - 1
	}
	return spans
}

// inLabel reports whether o lies wholly in a content-warning label.
func inLabel(labels [][2]int, o occurrence) bool {
	for _, l := range labels {
		if o.ti >= l[0] && o.tj <= l[1] {
			return true
		}
	}
	return false
}

// opioids are the words that name an opioid, by name or street name
// ("gear" is heroin in Britain and Ireland: "eight months off the gear";
// it counts only beside a relapse phrase of the writer, rule 6e).
var opioids = map[string]bool{"heroin": true, "fentanyl": true, "fent": true, "oxy": true, "oxys": true,
	"oxycodone": true, "oxycontin": true, "opiates": true, "opioids": true, "opiate": true, "opioid": true,
	"morphine": true, "smack": true, "percs": true, "percocet": true, "hydrocodone": true, "vicodin": true,
	"dope": true, "methadone": true, "bupe": true, "endone": true, "gear": true,
	// prescription opioids, misused as often as the street ones
	"codeine": true, "tramadol": true, "dihydrocodeine": true, "cocodamol": true, "oramorph": true, "pethidine": true,
	"tapentadol": true, "hydromorphone": true, "dilaudid": true}

// namesOpioid: sentences lo..hi name an opioid.
func (c *context) namesOpioid(lo, hi int32) bool {
	from, toks := c.sentences(max(lo, 0), hi)
	for i := range toks {
		if opioids[string(c.word(from+i))] {
			return true
		}
	}
	return false
}

// timeWithout: the distant-past cue q tells how long the writer went
// without a drink or a drug ("two years off oxycodone", "eight months
// sober", "clean for two years"), not when something happened.
func (c *context) timeWithout(q occurrence) bool {
	return q.tj < len(c.toks) && cleanTime[string(c.word(q.tj))] || c.cleanFor(q.ti)
}

// cleanFor: the span of time at token k is told as "clean for …",
// "sober for …" ("clean for two years", "off it for 18 months").
func (c *context) cleanFor(k int) bool {
	for n := 0; n < 3 && k > 0; n++ {
		k--
		switch w := c.word(k); {
		case string(w) == "for":
			if k > 0 && cleanTime[string(c.word(k-1))] || k > 1 && string(c.word(k-1)) == "it" && string(c.word(k-2)) == "off" {
				return true
			}
			return false
		case isDigits(w) || numberWords[string(w)]:
		default:
			return false
		}
	}
	return false
}

// cleaningThing: the recovery cue q is the verb "clean" with a thing
// cleaned after it ("clean the sink so nobody knows"), not being clean.
func (c *context) cleaningThing(q occurrence) bool {
	if q.tj != q.ti+1 || q.tj >= len(c.toks) {
		return false
	}
	switch string(c.word(q.ti)) {
	case "clean", "cleaned", "cleaning":
		return cleanedThings[string(c.word(q.tj))]
	}
	return false
}

// cleanedThings follow "clean" when something is cleaned: "clean the
// sink", "cleaned the blood off".
var cleanedThings = map[string]bool{"the": true, "my": true, "it": true, "a": true, "his": true, "her": true,
	"our": true, "your": true, "this": true, "that": true, "everything": true, "off": true, "away": true}

// amountOf: the distant-past cue q is a span of time with "of" after
// it ("five years of work", "months of pain"), an amount of something,
// not when something happened.
func (c *context) amountOf(q occurrence) bool {
	return q.tj < len(c.toks) && string(c.word(q.tj)) == "of" && timeUnits[string(c.word(q.tj-1))]
}

// comparedWithThen: the distant-past cue q is "used to" with "than" up
// to two words before it ("way more than I used to"), a comparison.
func (c *context) comparedWithThen(q occurrence) bool {
	if string(c.word(q.ti)) != "used" {
		return false
	}
	for k := q.ti - 1; k >= 0 && k >= q.ti-2 && c.toks[k].sentence == q.sentence; k-- {
		if string(c.word(k)) == "than" {
			return true
		}
	}
	return false
}

// cleanTimeEnded: the recovery cue q is the "clean" or "sober" of a time
// clean that a relapse ended ("picked up after 14 months clean",
// "relapsed after two years sober"): "after", a span of time, the word.
func (c *context) cleanTimeEnded(q occurrence) bool {
	if q.tj-q.ti != 1 || q.ti < 3 || !spanUnits[string(c.word(q.ti-1))] {
		return false
	}
	k := q.ti - 2
	for k > 0 && q.ti-k <= 4 && (isDigits(c.word(k)) || numberWords[string(c.word(k))]) {
		k--
	}
	return k < q.ti-2 && string(c.word(k)) == "after" && k > 0 && relapseBefore[string(c.word(k-1))]
}

// spanUnits end a time clean ("14 months", "ten days").
var spanUnits = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "day": true, "week": true,
	"month": true, "year": true}

// relapseBefore are the last words of a relapse told just before
// "after" a time clean ("picked up", "relapsed", "went out").
var relapseBefore = map[string]bool{"up": true, "relapsed": true, "slipped": true, "used": true, "drank": true,
	"out": true, "again": true, "using": true, "drinking": true}

// timeUnits are the words a span of time ends in.
var timeUnits = map[string]bool{"years": true, "months": true, "weeks": true, "decades": true, "year": true, "month": true}

// numberWords count a span of time ("two years", "a few months").
var numberWords = map[string]bool{"a": true, "an": true, "one": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true,
	"twelve": true, "few": true, "couple": true, "of": true, "several": true, "eighteen": true, "fifteen": true}

// cleanTime are the words after a span of time that make it time
// without a drink or a drug ("years off", "months clean").
var cleanTime = map[string]bool{"off": true, "clean": true, "sober": true, "free": true, "without": true}

// perfectBefore: "I've" or "I have" stands within six words before o
// in its clause ("I've thought about going to …", "I have been
// thinking of"): the present perfect, which reaches to now.
func (c *context) perfectBefore(o occurrence) bool {
	for k := o.ti - 1; k >= 0 && k >= o.ti-6 && c.toks[k].clause == c.toks[o.ti].clause; k-- {
		switch c.wordOr(k) {
		case "ive", "weve":
			return true
		case "have":
			return c.wordOr(k-1) == "i"
		}
	}
	return o.ti < len(c.toks) && (c.wordOr(o.ti) == "ive" || c.wordOr(o.ti) == "weve")
}

// durationsOnly: every distant-past cue of qs tells how long something
// has lasted ("for three years", "for years"), with "for" within three
// words before it and no "ago" after it, not when something happened.
func (c *context) durationsOnly(qs []occurrence) bool {
	for _, q := range qs {
		if !c.lasted(q) {
			return false
		}
	}
	return true
}

// lasted: the distant-past cue q tells how long something has lasted,
// with "for" within three words before it and no "ago" after it.
func (c *context) lasted(q occurrence) bool {
	if q.tj < len(c.toks) && string(c.word(q.tj)) == "ago" {
		return false
	}
	for k := q.ti - 1; k >= 0 && k >= q.ti-3 && c.toks[k].sentence == q.sentence; k-- {
		if string(c.word(k)) == "for" {
			return true
		}
	}
	return false
}

// thenAndNow: o is told between a then and a now ("Two years ago I want
// to die, now I have good job"): a distant-past cue before o in its
// sentence that is no duration, and "now", "today" or "nowadays"
// opening a later clause of that sentence or the next. Writers whose
// English has no tenses tell the past this way; a now in o's own
// clause ("two years ago I lost my job and I want to die now") is no
// contrast.
func (c *context) thenAndNow(distant []occurrence, o occurrence) bool {
	then := false
	for _, q := range inSentenceRange(distant, o.sentence, o.sentence) {
		// A then may run into the phrase: "Before I want to" (a
		// learner's "I used to want to") and "want to finish my life".
		then = then || q.ti < o.ti && !c.lasted(q)
	}
	if !then {
		return false
	}
	cl := c.toks[o.tj-1].clause
	for k := o.tj; k < len(c.toks) && c.toks[k].sentence <= o.sentence+1; k++ {
		if c.toks[k].clause == cl {
			if c.isNow(k) {
				return false
			}
			continue
		}
		if c.isNow(k) {
			switch string(c.word(k - 1)) {
			case ",", ".", "but", "and":
				return true
			}
		}
	}
	return false
}

// nowNext: the sentence after o's opens with a now ("Now I've …",
// "Today I …").
func (c *context) nowNext(o occurrence) bool {
	for k := o.tj; k < len(c.toks); k++ {
		if sn := c.toks[k].sentence; sn > o.sentence {
			if sn > o.sentence+1 {
				return false
			}
			if c.toks[k].flags&flagPunct != 0 {
				continue
			}
			// "Look at me now, married with a garden."
			if c.wordOr(k) == "look" && c.wordOr(k+1) == "at" && k+3 < len(c.toks) && c.toks[k+3].sentence == sn {
				return c.isNow(k + 3)
			}
			return c.isNow(k)
		}
	}
	return false
}

// isNow: the word at k is a now ("now", "today"), or "this" before a
// span of time ("this year", "this week").
func (c *context) isNow(k int) bool {
	w := string(c.word(k))
	if nowWords[w] {
		return true
	}
	return w == "this" && k+1 < len(c.toks) && thisSpans[string(c.word(k+1))]
}

// thisSpans follow "this" to make a now ("this year").
var thisSpans = map[string]bool{"year": true, "week": true, "month": true, "summer": true, "spring": true, "autumn": true, "winter": true, "term": true}

// nowWords set a now against a then.
var nowWords = map[string]bool{"now": true, "today": true, "nowadays": true}

// wishWords make a phrase (or a composed phrase's frame) a wish or a
// wish to vanish ("i wish … disappear", "want to disappear"), not an
// intent.
// urgeBefore: "urge" or "urges" stands within three words before o in
// its clause ("the urge to scratch my arms").
func (c *context) urgeBefore(o occurrence) bool {
	cl := c.toks[o.ti].clause
	for k := o.ti - 1; k >= 0 && k >= o.ti-3 && c.toks[k].clause == cl; k-- {
		if urgeWords[string(c.word(k))] {
			return true
		}
	}
	return false
}

// urgeWords name a pull felt, not an act or a wish to die.
var urgeWords = map[string]bool{"urge": true, "urges": true}

var wishWords = map[string]bool{"wish": true, "disappear": true, "vanish": true, "disappeared": true, "vanished": true}

// hasWordOf: one of phrase's words is in words.
func hasWordOf(phrase string, words map[string]bool) bool {
	for w := range strings.FieldsSeq(phrase) {
		if words[w] {
			return true
		}
	}
	return false
}

// saidSafe: the first clause of the sentence after sn says the writer is
// safe or okay ("I'm safe though.", "I'm okay, just lonely.").
func (c *context) saidSafe(sn int32) bool {
	return c.firstClauseIn(sn+1, safeSayings)
}

// safeIn: "safe" or "safety" stands in sentences lo to hi, not denied
// ("he's safe right now", "agreed to a safety plan", not "she isn't
// safe").
func (c *context) safeIn(lo, hi int32) bool {
	for k := range c.toks {
		if sn := c.toks[k].sentence; sn < lo || sn > hi {
			continue
		}
		if w := string(c.word(k)); w != "safe" && w != "safety" {
			continue
		}
		denied := false
		for m := max(k-2, 0); m < k; m++ {
			switch string(c.word(m)) {
			case "not", "isnt", "arent", "never", "wasnt":
				denied = true
			}
		}
		if !denied {
			return true
		}
	}
	return false
}

// safeSayings are first clauses that say the writer is safe.
var safeSayings = map[string]bool{"im safe": true, "im safe though": true, "im okay": true, "im okay though": true,
	"im ok": true, "im ok though": true, "im ok tho": true, "im okay tho": true, "but im safe": true, "im fine though": true,
	"i am safe": true, "i am okay": true, "i am ok": true}

// returners are what comes back when a crisis returns ("the thoughts are
// back", "it came back"), and returnVerbs say it does.
var (
	returners   = map[string]bool{"it": true, "its": true, "they": true, "theyre": true, "thoughts": true, "urges": true, "urge": true, "feelings": true, "feeling": true, "voices": true, "darkness": true}
	returnLinks = map[string]bool{"came": true, "come": true, "comes": true, "coming": true, "is": true, "are": true, "has": true, "have": true, "all": true, "right": true, "just": true, "now": true}
)

// cameBack: one of the two sentences after the phrase's says that it
// has come back ("Three years ago I tried to hang myself. This week it
// came back", "I haven't felt suicidal since my son was born. Lately the
// thoughts are back"): the crisis is told in the past only to say it has
// returned. The return is not read in an "if" ("if it comes back"),
// when denied ("it hasn't come back") or told as slight ("came back a
// bit").
func (c *context) cameBack(o occurrence) bool {
	from, toks := c.sentences(o.sentence+1, o.sentence+2)
	for i := range toks {
		k := from + i
		if w := string(c.word(k)); w != "back" && w != "returned" {
			continue
		}
		sn := c.toks[k].sentence
		// A return told as slight ("the urge came back a bit") is a
		// check-in, not the crisis back.
		if next := c.wordInSentence(k+1, sn); next == "slightly" || next == "briefly" ||
			next == "a" && (c.wordInSentence(k+2, sn) == "bit" || c.wordInSentence(k+2, sn) == "little") {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4 && c.toks[j].sentence == sn; j-- {
			w := string(c.word(j))
			if c.toks[j].flags&flagNegator != 0 {
				break
			}
			// "it's back", "the thoughts are back", "it came back", not
			// "brought it back": a returner just before "back" is one
			// with its verb in it.
			if returners[w] && (j < k-1 || w == "its" || w == "theyre") {
				return !c.ifBefore(j, sn)
			}
			if !returnLinks[w] {
				break
			}
		}
	}
	return false
}

// ifBefore: "if", "when", "whenever", "unless" or "in case" stands up to
// three words before word k in sentence sn ("if it comes back").
func (c *context) ifBefore(k int, sn int32) bool {
	for j := k - 1; j >= 0 && j >= k-3 && c.toks[j].sentence == sn; j-- {
		switch string(c.word(j)) {
		case "if", "when", "whenever", "unless", "case":
			return true
		}
	}
	return false
}

// deniedUntilNow: the phrase is denied only up to now, by "haven't",
// "hasn't" or "hadn't" in its clause ("I haven't felt suicidal since my
// son was born").
func (c *context) deniedUntilNow(o occurrence) bool {
	cl := c.toks[o.ti].clause
	for k := o.ti - 1; k >= 0 && k >= o.ti-4 && c.toks[k].clause == cl; k-- {
		switch string(c.word(k)) {
		case "havent", "hasnt", "hadnt":
			return true
		}
	}
	return false
}

// streakEnders, after a streak ("ten months without burning myself"),
// say it has ended: "and I did it twice", "was yesterday", "again".
var streakEnders = map[string]bool{"did": true, "again": true, "relapsed": true, "broke": true, "ended": true,
	"was": true, "until": true, "but": true}

// streak: the phrase follows "without" after a counted span of time
// ("ten months without burning myself", "two years without cutting
// today"), the span is not denied ("I can't go two days without …" is
// never), and nothing after the phrase in its sentence says the streak
// ended.
func (c *context) streak(o occurrence) bool {
	if o.ti < 3 || string(c.word(o.ti-1)) != "without" {
		return false
	}
	span := string(c.word(o.ti - 2))
	if !strings.HasSuffix(span, "s") || !timeSpans[span[:len(span)-1]] {
		return false
	}
	if n := c.word(o.ti - 3); !isDigits(n) && !numberWords[string(n)] {
		return false
	}
	cl := c.toks[o.ti].clause
	for k := o.ti - 4; k >= 0 && c.toks[k].clause == cl; k-- {
		if w := string(c.word(k)); c.toks[k].flags&flagNegator != 0 || w == "cant" || w == "couldnt" {
			return false
		}
	}
	for k := o.tj; k < len(c.toks) && c.toks[k].sentence == o.sentence; k++ {
		if streakEnders[string(c.word(k))] {
			return false
		}
	}
	return true
}

// kinOf are people close to the writer named as owners, as the
// normalizer leaves "mum's" and "my dad's": their tablets are within
// reach, and taking them all is an overdose like taking one's own (see
// match). Plurals read the same ("my parents tablets").
const kinOf = `mums moms mams mammys dads das fathers mothers parents nans nanas grans grannys grandmas
	grandads granddads grandpas grandmothers grandfathers husbands wifes partners boyfriends girlfriends
	fiances fiancees sisters brothers sons daughters flatmates roommates housemates stepdads stepmums
	stepmoms aunties aunts uncles cousins friends mates besties neighbours neighbors exs patients clients
	residents`

// medFor are words that say what a medicine is for, or which of them,
// between "my" and the medicine ("my heart tablets", "my old pills"):
// overdose phrases read past one of them (see match).
const medFor = `heart pain blood anxiety epilepsy seizure thyroid diabetes nerve nerves psych psychiatric
	prescription prescribed old leftover spare bp adhd bipolar depression migraine arthritis back
	night sleep stomach chest asthma cancer pressure sugar
	concussion head headache shoulder knee hip neck injury surgery op operation period allergy hayfever
	skin acne mood withdrawal detox kidney liver joint muscle hormone hrt cholesterol gout`

// coverDenied: the text ends in a short denial ("I didn't.", "It's
// not.", "I'm not."), the sentence before it tells what someone was
// told or thinks, with an everyday reason to be away in it ("He thought
// I meant emigrating", "told him it's for a while", "Said it was just in
// case"), and that sentence or the one before it tells of being gone or
// of giving things away ("I'd be gone by Christmas", "gave the dog to my
// brother"): the reason was a cover and the writer says so, a high
// suicide signal over the three sentences. A length of time ("for a
// week", "two days") makes an absence with an end, and no cover.
func (c *context) coverDenied(sc *scratch, signals []occurrence) []occurrence {
	from, ok := lastDenial(c.text, c.toks)
	if !ok {
		return signals
	}
	last := c.toks[from].sentence
	if last < 2 || c.isQuoted(last) || !c.coverStory(last-1) {
		return signals
	}
	// A suicide phrase in the three sentences is judged as it stands.
	for _, o := range signals {
		if o.sentence >= last-2 && o.e.Category == "suicide" {
			return signals
		}
	}
	start, toks := c.sentences(last-2, last)
	gone := false
	for x := range toks {
		k := start + x
		if c.wordIn(k, lengthUnits) && c.countedBefore(k) {
			return signals // "for a week", "two days", not "next month"
		}
		if c.toks[k].sentence < last {
			gone = gone || c.wordIn(k, goneWords) || c.wordsAt(k, []string{"be", "here"}) || c.wordsAt(k, []string{"be", "around"}) ||
				c.wordsAt(k, []string{"my", "will"})
		}
	}
	if !gone {
		return signals
	}
	return c.composeSignal(sc, signals, "suicide", High, false, start, len(c.toks), last, "a cover story denied")
}

// countedBefore: a count stands just before token k ("a", "two", "a
// few", "10").
func (c *context) countedBefore(k int) bool {
	return numberWords[c.wordOr(k-1)] || k > 0 && isDigits(c.word(k-1))
}

// lastDenial: the text's last sentence is two or three words that end
// in a negator and open with the writer or "it" ("I didn't.", "It's
// not.", "it really isn't"); it returns the sentence's first token.
func lastDenial(text []byte, toks []tokInfo) (int, bool) {
	k := len(toks) - 1
	for k >= 0 && toks[k].flags&flagPunct != 0 {
		k--
	}
	if k < 0 || toks[k].sentence == 0 || !denialEnds[string(text[toks[k].start:toks[k].end])] {
		return 0, false
	}
	sn, first, words := toks[k].sentence, k, 0
	for x := k; x >= 0 && toks[x].sentence == sn; x-- {
		if toks[x].flags&flagPunct == 0 {
			words++
			first = x
		}
	}
	if words < 2 || words > 3 || !denialOpeners[string(text[toks[first].start:toks[first].end])] {
		return 0, false
	}
	return first, true
}

// coverStory: sentence sn tells what someone was told or thinks, with
// an everyday reason to be away in it (see coverDenied).
func (c *context) coverStory(sn int32) bool {
	from, toks := c.sentences(sn, sn)
	told, reason := false, false
	for x := range toks {
		k := from + x
		told = told || c.wordIn(k, beliefWords) || c.wordIn(k, tellWords)
		reason = reason || c.awayReasonAt(k) || c.wordsAt(k, []string{"for", "a", "while"}) || c.wordsAt(k, []string{"in", "case"})
	}
	return told && reason
}

// denialOpeners and denialEnds are the first and last words of a short
// denial; tellWords tell what was said; goneWords tell of being gone or
// of giving away; lengthUnits give an absence a length.
var (
	denialOpeners = map[string]bool{"i": true, "im": true, "it": true, "its": true, "thats": true}
	denialEnds    = map[string]bool{"not": true, "didnt": true, "dont": true, "wasnt": true, "isnt": true, "aint": true}
	tellWords     = map[string]bool{"told": true, "tell": true, "telling": true, "said": true, "saying": true, "says": true}
	goneWords     = map[string]bool{"gone": true, "away": true, "gave": true, "given": true, "giving": true, "leaving": true}
	lengthUnits   = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "fortnight": true,
		"month": true, "months": true, "weekend": true, "night": true, "nights": true}
)
