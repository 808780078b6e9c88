// Package crisis detects crisis language in one text: it normalizes away
// obfuscation, finds lexicon phrases in one Aho–Corasick pass, then applies
// explicit context rules (idioms, negation, mentions, past tense and
// recovery talk, plans and goodbyes) to decide a tier. It is pure: no I/O.
package crisis

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Severity is the tier of a text.
type Severity int

const (
	None Severity = iota
	Low
	High
	Critical
)

var severityNames = [...]string{"none", "low", "high", "critical"}

func (s Severity) String() string { return severityNames[s] }

// ParseSeverity reads a tier name.
func ParseSeverity(s string) (Severity, bool) {
	for i, n := range severityNames {
		if n == s {
			return Severity(i), true
		}
	}
	return None, false
}

// Match is one kept lexicon hit, with byte offsets into the original text.
type Match struct {
	Term     string `json:"term"`
	Category string `json:"category"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Tier     string `json:"-"`
	Why      string `json:"-"` // the rule that set its tier, for the admin page
}

// Dropped is a hit a context rule cancelled, kept for explanations.
type Dropped struct {
	Term  string
	Start int
	End   int
	Why   string
}

// Verdict is the detector's answer for one text.
type Verdict struct {
	Severity   Severity
	Categories []string
	Matches    []Match
	Dropped    []Dropped
	Lexicon    string
}

// Detector is safe for concurrent use.
type Detector struct {
	lex     *Lexicon
	entries []compiled
	wm      *wordAutomaton
	model   modelTables
	pool    sync.Pool
}

type compiled struct {
	Entry
	kind   kindID // Kind as a number, for the hot paths
	norm   string // " normalized phrase "
	tokens int
	cue    int    // index into cueNames for cues
	frame  string // for composed signals: the frame phrase
	model  bool   // the word model's verdict, named by its strongest words
	rule   string // for a signal a rule made from words the lexicon has no phrase for: its name, the "why"
}

// term is how a hit is named in matches and explanations.
func (e *compiled) term() string {
	if e.frame != "" {
		return e.frame + " … " + e.Phrase
	}
	return e.Phrase
}

// othersObject: words that, just after a self-harm concept, make
// someone else its object.
var othersObject = map[string]bool{"his": true, "him": true, "her": true, "their": true, "them": true}

// kindWith are what one may "cut" or "kill" someone with in kindness.
var kindWith = map[string]bool{"kindness": true, "love": true, "compassion": true, "words": true}

// thrownHarm are things thrown at a person to hurt them that the
// lexicon does not hold as means of their own.
var thrownHarm = map[string]bool{"acid": true, "bleach": true, "brick": true, "bricks": true, "rock": true, "rocks": true,
	"stone": true, "stones": true, "bottle": true, "petrol": true, "boiling": true, "kettle": true, "chair": true}

// kindID numbers the kinds so the hot paths switch on a byte.
type kindID uint8

const (
	kSignal kindID = iota
	kTopic
	kFrame
	kConcept
	kIdiom
	kCue
)

func kindOf(k Kind) kindID {
	switch k {
	case KindSignal:
		return kSignal
	case KindTopic:
		return kTopic
	case KindFrame:
		return kFrame
	case KindConcept:
		return kConcept
	case KindIdiom:
		return kIdiom
	}
	return kCue
}

// accidentBeside: an accident cue near o in its sentence, neither part
// of o ("the burns on my arm weren't from cooking" names a cover story),
// denied ("it wasn't an accident"), nor where something was fetched
// from ("I cut my arm with the knife from the kitchen").
//
// For an overdose only an accident said in so many words counts ("by
// accident", "accidentally", "by mistake"): the other accident cues are
// kitchens, tools and sports, and a doctor who "gave me" the tablets is
// no accident.
func (c *context) accidentBeside(qs []occurrence, o occurrence) bool {
	cl := c.toks[o.ti].clause
	for _, q := range inSentenceRange(qs, o.sentence, o.sentence+1) {
		if o.e.Category == "overdose" && !hasWordOf(q.e.norm, saidAccident) {
			continue
		}
		// A wound said to be small ("tiny cut", "just a small cut")
		// after one got on something ("cut myself on a pipette", not
		// "on my arm", "on purpose") tells of the hurt in o's sentence
		// or the next, however far.
		if hasWordOf(q.e.norm, smallWound) && o.e.Category == "self_harm" && !c.negated(q) && c.gotOn(o) {
			return true
		}
		if q.sentence != o.sentence {
			continue
		}
		// The kitchen alone makes no accident of an arm, a wrist or a
		// thigh cut with something (cooks cut fingers and hands, and
		// say what they were doing): "I cut my arm with knife in the
		// kitchen and blood not stopping", not "cut my arm in the
		// kitchen chopping onions".
		if strings.TrimSpace(q.e.norm) == "kitchen" && hasWordOf(o.e.Phrase, notKitchenHurts) && hasWordOf(o.e.Phrase, cutWords) &&
			c.wordIs(o.tj, "with") && !c.sentenceHasWord(o.sentence, kitchenTasks) {
			continue
		}
		// In o's clause or a few words from it: "cut my hand, the knife
		// slipped", not the door banged on in "cut my wrists and there's
		// so much blood, I can hear them banging on the door". After a
		// hurt got on a thing, not on a part of the body, the cue may
		// lie six tokens on, past the commas that close its clause
		// ("burned my forearm on the pipe, stupid mistake"; "… on the
		// bed last night, the playing of …" is too far).
		close := c.toks[q.ti].clause == cl || q.ti >= o.tj && q.ti-o.tj < accidentReach || q.tj <= o.ti && o.ti-q.tj < accidentReach ||
			o.e.Category == "self_harm" && c.gotOn(o) && !c.wordIn(o.tj+2, notKitchenHurts) && q.ti >= o.tj && q.ti-o.tj <= gotOnReach
		if close && !(q.i >= o.i && q.j <= o.j) && !c.negated(q) && !c.fetchedFrom(q) && !c.namesBlade(q) {
			return true
		}
	}
	return false
}

// notKitchenHurts are the parts of the body cooking does not cut;
// cutWords say a cut; kitchenTasks are what a cook was doing.
var (
	notKitchenHurts = map[string]bool{"arm": true, "arms": true, "wrist": true, "wrists": true, "thigh": true,
		"thighs": true, "leg": true, "legs": true, "stomach": true, "belly": true}
	cutWords     = map[string]bool{"cut": true, "cuts": true, "cutting": true, "slashed": true, "slit": true}
	kitchenTasks = map[string]bool{"chopping": true, "slicing": true, "peeling": true, "dicing": true, "carving": true,
		"cooking": true, "washing": true, "opening": true, "cleaning": true, "unpacking": true, "sharpening": true}
)

// pastWhenAfter: a "when" clause in the past follows o at once ("about
// wanting to die when they were drinking"): what o says was then.
func (c *context) pastWhenAfter(o occurrence) bool {
	k := o.tj
	if c.wordOr(k) != "when" {
		return false
	}
	switch c.wordOr(k + 1) {
	case "they", "he", "she", "i", "we", "you":
		w := c.wordOr(k + 2)
		return w == "was" || w == "were"
	}
	return false
}

// bareDie: o says only "I'll die" or "I will die", after news of
// something, not someone: the whole of a sentence after one with no
// person and not the writer in it ("He's leaving me. I'll die." is not
// a groan), or the end of one that opens with an "if" about a thing
// ("If it rains on the day I'll die").
func (c *context) bareDie(o occurrence) bool {
	switch {
	case o.sentence > 0 && c.wholeSentence(o) && !c.flagIn(o.sentence-1, o.sentence-1, flagOther|flagFirstPerson):
	case c.ifThingBefore(o):
	default:
		return false
	}
	words := 0
	for k := o.ti; k < o.tj; k++ {
		if c.toks[k].flags&flagPunct == 0 {
			words++
		}
	}
	first := c.wordOr(o.ti)
	return c.wordOr(o.tj-1) == "die" && (words == 2 && first == "ill" || words == 3 && first == "i" && c.wordOr(o.ti+1) == "will")
}

// ifThingBefore: o closes its sentence, which opens with "if" and has
// no person and not the writer before o ("If it rains on the day").
func (c *context) ifThingBefore(o occurrence) bool {
	from, toks := c.sentences(o.sentence, o.sentence)
	if len(toks) == 0 || c.wordOr(from) != "if" {
		return false
	}
	for k := from; k < o.ti; k++ {
		if c.toks[k].flags&(flagOther|flagFirstPerson) != 0 {
			return false
		}
	}
	for k := o.tj; k < from+len(toks); k++ {
		if c.toks[k].flags&flagPunct == 0 {
			return false
		}
	}
	return true
}

// What a "will kill somebody" is said of (rule 2n).
const (
	dangerNone = iota
	dangerOfThing
	dangerOfPerson
)

// anybody are the people no one in particular.
var anybody = map[string]bool{"somebody": true, "someone": true, "anybody": true, "anyone": true, "people": true}

// dangerModals stand between a subject and a harm it may do.
var dangerModals = map[string]bool{"will": true, "ll": true, "going": true, "to": true, "gonna": true, "is": true,
	"are": true, "could": true, "would": true, "might": true, "actually": true, "really": true}

// dangerNamed: o is a harm to no one in particular ("kill somebody")
// after a modal ("will", "is going to"), and the clause's subject before
// it is a thing (dangerOfThing) or someone else (dangerOfPerson), not the
// writer.
func (c *context) dangerNamed(o occurrence) int {
	if o.tj-o.ti != 2 || !anybody[c.wordOr(o.tj-1)] {
		return dangerNone
	}
	cl := c.toks[o.ti].clause
	k := o.ti - 1
	modal := false
	for ; k >= 0 && c.toks[k].clause == cl && dangerModals[c.wordOr(k)]; k-- {
		modal = true
	}
	if !modal || k < 0 || c.toks[k].clause != cl {
		return dangerNone
	}
	kind := dangerOfThing
	for ; k >= 0 && c.toks[k].clause == cl; k-- {
		switch {
		case c.toks[k].flags&flagFirstPerson != 0, c.wordOr(k) == "we", c.wordOr(k) == "if":
			return dangerNone
		case c.toks[k].flags&flagOther != 0:
			kind = dangerOfPerson
		}
	}
	return kind
}

// conceded: a recovery cue in sentence sn follows "though", "although"
// or "despite" within four words in its clause ("even though I've been
// sober a year").
func (c *context) conceded(recovery []occurrence, sn int32) bool {
	for _, q := range inSentenceRange(recovery, sn, sn) {
		for k := q.ti - 1; k >= 0 && k >= q.ti-4 && c.toks[k].clause == c.toks[q.ti].clause; k-- {
			switch c.wordOr(k) {
			case "though", "although", "despite":
				return true
			}
		}
	}
	return false
}

// beenAtIt: o is told as going on a while and done to "myself" ("I've
// been hitting myself with a fence post") or past stopping ("I've been
// burning my wrists with the soldering iron … I can't seem to stop"): a
// habit, not a slip.
func (c *context) beenAtIt(o occurrence) bool {
	return c.wordOr(o.ti-1) == "been" && (hasWordOf(o.e.Phrase, reflexive) || c.cantStop(o.sentence, o.sentence+1))
}

// reflexive is the writer as the object of a harm.
var reflexive = map[string]bool{"myself": true}

// neverAccident are harms no kitchen or tool does by accident: "I
// starve myself and burn my arms with the iron" is no accident with an
// iron.
var neverAccident = map[string]bool{"starve": true, "starving": true, "starved": true, "carve": true, "carved": true, "carving": true}

// gotOn: "on" follows o, then not "my" nor "purpose": a hurt got on
// something ("cut myself on a pipette").
func (c *context) gotOn(o occurrence) bool {
	return c.wordIs(o.tj, "on") && !c.wordIs(o.tj+1, "my") && !c.wordIs(o.tj+1, "purpose")
}

// smallWound are the words of an accident cue that call the wound
// small (see accidentBeside).
var smallWound = map[string]bool{"tiny": true, "small": true}

// saidAccident are the words that call something an accident.
var saidAccident = map[string]bool{"accident": true, "accidentally": true, "mistake": true}

// gotOnReach is how many tokens after a hurt got on a thing an
// accident cue may begin (see accidentBeside).
const gotOnReach = 6

// accidentReach is how many words from a self-harm phrase an accident
// cue in another clause may lie.
const accidentReach = 4

// namesBlade: accident cue q describes the blade that follows it ("my
// brother's shaving blade", "a shaving razor"): the thing cut with, not
// how ("cut myself shaving").
func (c *context) namesBlade(q occurrence) bool {
	switch c.wordInSentence(q.tj, q.sentence) {
	case "blade", "blades", "razor", "razors":
		return true
	}
	return false
}

// fetchedFrom: q follows "from", "from the" or "from my".
func (c *context) fetchedFrom(q occurrence) bool {
	w := func(i int) string { return c.wordInSentence(i, q.sentence) }
	k := q.ti - 1
	switch w(k) {
	case "the", "my", "our", "a":
		k--
	}
	return w(k) == "from"
}

// inSentenceRange returns the cues of qs (in sentence order, as cues
// are collected) that lie in sentences lo..hi.
func inSentenceRange(qs []occurrence, lo, hi int32) []occurrence {
	a := sort.Search(len(qs), func(x int) bool { return qs[x].sentence >= lo })
	b := a + sort.Search(len(qs)-a, func(x int) bool { return qs[a+x].sentence > hi })
	return qs[a:b]
}

// cueNames lists cue types; compiled entries carry their index so the
// judge groups cues in an array, not a map.
var cueNames = CueTypes

func cueID(name string) int {
	for i, n := range cueNames {
		if n == name {
			return i
		}
	}
	return -1
}

const (
	idTime = iota
	idMeans
	idPlan
	idGoodbye
	idFarewell
	idMention
	idStory
	idDistant
	idRecent
	idRecovery
	idAccident
	idReached
	idRestraint
	idBereaved
	idRejoin
	idSelf
	numCues
)

// New compiles a lexicon. Every phrase is normalized like post text; a
// phrase with doubled letters also gets a single-letter variant ("kil")
// because squeezed spellings ("kiiill") fold to one letter, and
// multi-word phrases of 8+ letters get a joined variant for hashtags and
// spelled-out text ("#killmyself", "k i l l m y s e l f"), which may end
// a longer run ("iwanttodie").
func New(lex *Lexicon) *Detector { return newDetector(lex, defaultModelOnce()) }

// hasNegator: phrase holds a negator ("dont", "cant", "not").
func hasNegator(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if negators[w] || w == "cant" || w == "couldnt" {
			return true
		}
	}
	return false
}

// newDetector compiles lex with the given word model.
func newDetector(lex *Lexicon, model *Model) *Detector { return newDetectorWords(lex, model, nil) }

// newDetectorWords is newDetector with extra words in the vocabulary, so
// other models over those words can be compiled against the same
// automaton (see withModel in the tests).
func newDetectorWords(lex *Lexicon, model *Model, extra []string) *Detector {
	d := &Detector{lex: lex}
	seen := map[string]int{}
	var patterns []string
	add := func(e Entry, norm string) {
		key := string(e.Kind) + "|" + e.Category + "|" + e.Class + "|" + norm
		if i, ok := seen[key]; ok {
			// Same phrase twice: keep the higher tier; past if either is.
			c := &d.entries[i]
			if e.Tier > c.Tier {
				c.Tier = e.Tier
			}
			c.Past = c.Past || e.Past
			return
		}
		seen[key] = len(d.entries)
		d.entries = append(d.entries, compiled{Entry: e, kind: kindOf(e.Kind), norm: norm, tokens: strings.Count(strings.TrimSpace(norm), " ") + 1, cue: cueID(e.Category)})
		patterns = append(patterns, norm)
	}
	for _, e := range lex.Entries {
		base := string(Normalize(e.Phrase).Text)
		e.Past = e.Past || pastAct(e, base)
		variants := []string{base}
		// "Any more" is written as often as "anymore" ("i cant do this
		// any more").
		if strings.Contains(base, " anymore ") {
			variants = append(variants, strings.Replace(base, " anymore ", " any more ", 1))
			// And, after a negator, as "no more" ("can't take it no
			// more"); a concept's negator is in its frame ("I don't
			// wanna" … "be here no more"). The idiom "no more than"
			// sets aside what overlaps it ("be here no more than an
			// hour").
			if before, _, _ := strings.Cut(base, " anymore "); hasNegator(before) || e.Kind == KindConcept {
				variants = append(variants, strings.Replace(base, " anymore ", " no more ", 1))
			}
		}
		if s := squeezeWords(base); s != base && !collidesWithCommonWord(base, s) {
			variants = append(variants, s)
		}
		if joined := strings.ReplaceAll(strings.TrimSpace(base), " ", ""); strings.Count(strings.TrimSpace(base), " ") > 0 && len(joined) >= 8 && e.Kind != KindCue {
			// No leading space: run-together text often glues a
			// pronoun on ("iwanttodie", "#ikms"), and eight or more
			// letters are too specific to occur inside other words.
			variants = append(variants, joined+" ")
		}
		// Concepts follow frames, often as a gerund: "thinking about
		// ending my life", "close to taking all my pills".
		if e.Kind == KindConcept {
			if g := gerund(base); g != "" {
				variants = append(variants, g)
			}
			// "The entire box" is "the whole box".
			if strings.Contains(base, " whole ") {
				variants = append(variants, strings.Replace(base, " whole ", " entire ", 1))
			}
		}
		// A concept or a means names its place or thing with "a" or
		// "the" alike ("step in front of the train", "off a bridge").
		if e.Kind == KindConcept || e.Kind == KindCue && e.Category == "means" {
			for _, v := range variants {
				if w := articleForm(v); w != "" {
					variants = append(variants, w)
				}
			}
		}
		variants = append(variants, negationForms(base)...)
		// "I'm", "it's", "I've" spelt out, as formal writers write them
		// ("I am going to", "when it is dark", "I have decided").
		if v := spelledOut(base); v != "" {
			variants = append(variants, v)
		}
		if v := expectForm(base); v != "" && (e.Kind == KindSignal && e.Category == "suicide" || e.Kind == KindCue && e.Category == "farewell") {
			variants = append(variants, v)
		}
		if v := participleForm(base); v != "" {
			variants = append(variants, v)
		}
		// "Won't see next Christmas" is also "won't see another
		// Christmas".
		if e.Kind == KindSignal && e.Category == "suicide" {
			for _, v := range variants {
				if strings.Contains(v, " see next ") {
					variants = append(variants, strings.Replace(v, " see next ", " see another ", 1))
				}
			}
		}
		if e.Kind == KindSignal && e.Category == "overdose" {
			if v := stockpileForm(base); v != "" {
				variants = append(variants, v)
			}
			if v := bareStockpileForm(base); v != "" {
				variants = append(variants, v)
			}
			variants = append(variants, hoardOthersForms(base)...)
		}
		// What is taken all of reads the same with "all of my" ("taken
		// all of my antihistamines") and "all of the" ("I took all of the
		// pills").
		if e.Category == "overdose" && (e.Kind == KindSignal || e.Kind == KindConcept) {
			for _, of := range [][2]string{{" all my ", " all of my "}, {" all the ", " all of the "}} {
				if strings.Contains(base, of[0]) {
					variants = append(variants, strings.Replace(base, of[0], of[1], 1))
				}
			}
		}
		for _, v := range variants {
			add(e, v)
		}
	}
	var ids map[string]int32
	rw := ruleWords()
	for _, w := range medicines(lex) {
		rw[w] |= flagMed
	}
	d.wm, ids = buildWordAutomaton(patterns, rw, append(model.modelWords(), extra...))
	d.model = compileModel(model, func(w string) int32 { return ids[w] }, len(ids)+1)
	d.pool.New = func() any { return &scratch{} }
	return d
}

// medicines are the words the lexicon's overdose concepts name as what
// is taken all of ("all my lamotrigine", "all of my meds"): the words a
// pronoun may stand for in rule 1h. Words that name a supply rather
// than a medicine ("carries", "script") are left out.
func medicines(lex *Lexicon) []string {
	var out []string
	for _, e := range lex.Entries {
		if e.Kind != KindConcept || e.Category != "overdose" {
			continue
		}
		p := strings.TrimPrefix(strings.TrimPrefix(e.Phrase, "all of my "), "all my ")
		if p == e.Phrase || strings.Contains(p, " ") || notMedicine[p] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// notMedicine: words in "all my …" concepts that are not a medicine.
var notMedicine = map[string]bool{"carries": true, "script": true, "subs": true, "prescription": true}

// articleForm: the phrase with its first "a" read as "the", or, with
// no "a", its first "the" read as "a" ("in front of a train", "in front
// of the train"); "" when it has neither.
func articleForm(norm string) string {
	for _, swap := range [][2]string{{" a ", " the "}, {" the ", " a "}} {
		if i := strings.Index(norm, swap[0]); i >= 0 {
			return norm[:i] + swap[1] + norm[i+len(swap[0]):]
		}
	}
	return ""
}

// expectForm: a phrase that says the writer will not be somewhere
// ("wont be around much longer") reads the same said as an expectation
// ("dont expect to be around much longer"); "" otherwise.
func expectForm(norm string) string {
	if i := strings.Index(norm, " wont be "); i >= 0 {
		return norm[:i] + " dont expect to be " + norm[i+len(" wont be "):]
	}
	return ""
}

// participles are the past participles of the verbs a phrase may open
// with in the simple past, for participleForm. "took" and "ate" are
// left out: "taken all my pills" and "eaten" are curated phrase by
// phrase in the lexicon, where "I've taken my pills" is also a day's
// medicine taken as prescribed.
var participles = map[string]string{"gave": "given", "wrote": "written", "hid": "hidden", "threw": "thrown"}

// participleForm: a phrase that opens with a verb in the simple past,
// with its past participle instead, so "gave my cat to my neighbour"
// also reads "I've given my cat to my neighbour" and "wrote a letter
// to my mum" reads "I've written a letter to my mum"; "" otherwise.
func participleForm(norm string) string {
	w, rest, ok := strings.Cut(norm[min(1, len(norm)):], " ")
	if p, known := participles[w]; ok && known && strings.HasPrefix(norm, " ") {
		return " " + p + " " + rest
	}
	return ""
}

// stockpileForm: an overdose phrase that keeps a medicine back ("saving
// up my sleeping tablets", "been hoarding my oxy") reads the same with
// "the" for "my" ("saving up the sleeping tablets the GP gave me"):
// stored medicine is often not the writer's own. Only phrases that open
// with a stockpiling verb are varied; "took all the pills" is not "took
// all my pills" (counting them out is an errand).
func stockpileForm(norm string) string {
	words := strings.Fields(norm)
	k := verbAt(words)
	if k == len(words) || !stockpileVerbs[words[k]] {
		return ""
	}
	i := strings.Index(norm, " my ")
	if i < 0 {
		return ""
	}
	return norm[:i] + " the " + norm[i+len(" my "):]
}

// verbAt is the index of a phrase's verb: its first word past "i",
// "ive" and "been" ("ive been hoarding my oxy" → "hoarding"), or
// len(words).
func verbAt(words []string) int {
	k := 0
	for k < len(words) && (words[k] == "ive" || words[k] == "been" || words[k] == "i") {
		k++
	}
	return k
}

// bareStockpileForm: an overdose phrase that opens with a verb that
// only ever means a store kept back ("stockpiling my insulin", "been
// hoarding my oxy") reads the same with no "my" after the verb
// ("stockpiling insulin from every prescription"); "" otherwise. Verbs
// of everyday keeping ("keeping my insulin" cool, "saving my pills" for
// the trip) keep their "my".
func bareStockpileForm(norm string) string {
	words := strings.Fields(norm)
	k := verbAt(words)
	if k+2 >= len(words) || !hoardVerbs[words[k]] || words[k+1] != "my" {
		return ""
	}
	return " " + strings.Join(words[:k+1], " ") + " " + strings.Join(words[k+2:], " ") + " "
}

// hoardOthersForms: an overdose phrase that hoards the writer's
// medicine ("been hoarding my oxy", "keeping back my sleeping
// tablets") reads the same of a partner's ("keeping back his sleeping
// tablets"): hoarded medicine is often someone else's. Verbs of
// everyday keeping are left out: "I've been hiding his tablets" is as
// often a carer keeping them from him.
func hoardOthersForms(norm string) []string {
	words := strings.Fields(norm)
	k := verbAt(words)
	if k+1 >= len(words) {
		return nil
	}
	at := k + 1
	switch {
	case hoardVerbs[words[k]]:
	case heldBack[words[k]+" "+words[k+1]]:
		at = k + 2
	default:
		return nil
	}
	if at >= len(words) || words[at] != "my" {
		return nil
	}
	var forms []string
	for _, owner := range []string{"his", "her"} {
		w := slices.Clone(words)
		w[at] = owner
		forms = append(forms, " "+strings.Join(w, " ")+" ")
	}
	return forms
}

// heldBack are the two-word verbs that keep medicine back.
var heldBack = map[string]bool{"keeping back": true, "kept back": true, "saving up": true, "saved up": true, "putting by": true}

// hoardVerbs are the stockpileVerbs that say a store is kept back
// whatever follows them.
var hoardVerbs = map[string]bool{"hoarding": true, "hoarded": true, "stockpiling": true, "stockpiled": true,
	"stashing": true, "stashed": true, "squirrelling": true}

// negatedForms are the ways each negated word of a phrase is also
// written, for negationForms.
var negatedForms = []struct {
	word string
	with []string
}{
	{" dont ", []string{" do not ", " never "}},
	{" wont ", []string{" will not ", " not going to ", " not gonna ", " will never "}},
	{" didnt ", []string{" did not "}}, {" doesnt ", []string{" does not "}},
	{" wouldnt ", []string{" would not "}}, {" couldnt ", []string{" could not "}},
	{" shouldnt ", []string{" should not "}}, {" isnt ", []string{" is not "}},
	{" wasnt ", []string{" was not "}}, {" arent ", []string{" are not "}},
	{" werent ", []string{" were not "}}, {" hasnt ", []string{" has not "}},
	{" havent ", []string{" have not "}}, {" hadnt ", []string{" had not "}},
}

// spelledOut: a phrase with its contractions of "I", "it" and the like
// spelt out ("im going to" → "i am going to", "when its dark" → "when
// it is dark"), along with any "n't" (see negatedForms); "" when it has
// none. "ill" and "id" are also words ("feeling ill", "my ID"): they are
// spelt out only where a phrase opens with them or after a word that
// leads into a clause ("and ill be gone", "if id known").
func spelledOut(norm string) string {
	if !strings.HasPrefix(norm, " ") {
		return ""
	}
	words := strings.Fields(norm)
	changed := false
	for x, w := range words {
		full, ok := contractions[w]
		if (w == "ill" || w == "id") && x > 0 && !clauseLeads[words[x-1]] {
			ok = false
		}
		if !ok {
			for _, f := range negatedForms {
				if " "+w+" " == f.word {
					full, ok = strings.TrimSpace(f.with[0]), true
				}
			}
		}
		if ok {
			words[x], changed = full, true
		}
	}
	if !changed {
		return ""
	}
	return " " + strings.Join(words, " ") + " "
}

// contractions are the words spelledOut spells out.
var contractions = map[string]string{"im": "i am", "ive": "i have", "its": "it is", "ill": "i will", "id": "i would",
	"theres": "there is", "thats": "that is", "youre": "you are", "hes": "he is", "shes": "she is",
	"theyre": "they are", "whats": "what is"}

// clauseLeads may stand before "ill" or "id" as "I'll" and "I'd".
var clauseLeads = map[string]bool{"and": true, "then": true, "so": true, "but": true, "now": true, "think": true,
	"tonight": true, "today": true, "maybe": true, "probably": true, "if": true, "or": true, "because": true,
	"cause": true, "when": true, "before": true, "hope": true, "wish": true, "swear": true}

// stockpileVerbs open a phrase about keeping medicine back.
var stockpileVerbs = map[string]bool{"saving": true, "putting": true, "setting": true, "saved": true, "keeping": true, "kept": true, "collecting": true,
	"collected": true, "hoarding": true, "hoarded": true, "stockpiling": true, "stockpiled": true, "stashing": true,
	"stashed": true, "squirrelling": true, "hiding": true, "hid": true}

// negationForms: a phrase written with "dont" or "wont" also reads in
// the other ways people say it: "do not" and "never" ("I never want to
// wake up again"), "will not", "not going to" and "not gonna" ("I'm not
// going to be here tomorrow"); one written with any other "n't" also
// reads spelt out, as careful and formal writers write it ("I wish I had
// not woken up", "if I was not here"). Only the first such word is
// varied; spelledOut spells out all of them at once ("would not mind if
// i did not wake up").
func negationForms(norm string) []string {
	if !strings.HasPrefix(norm, " ") {
		return nil
	}
	var forms []string
	for _, f := range negatedForms {
		if i := strings.Index(norm, f.word); i >= 0 {
			for _, w := range f.with {
				v := norm[:i] + w + norm[i+len(f.word):]
				// "i wont be here" is "im not going to be here".
				if strings.HasPrefix(w, " not ") && strings.HasSuffix(norm[:i+1], " i ") {
					v = norm[:i-1] + "im" + w + norm[i+len(f.word):]
				}
				forms = append(forms, v)
			}
			break
		}
	}
	return forms
}

// pastAct reports a signal or concept about one's own acts that opens
// with a past-tense verb ("overdosed on purpose", "carved into my arm"),
// or a frame of the writer's own that opens with a past marker ("thought
// about"), so recovery talk about it lowers it like a phrase marked past.
// Abuse and harm to others are left as written: a survivor's past is not
// lowered by a lexicon guess.
func pastAct(e Entry, norm string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(norm), " ")
	if e.Kind == KindFrame {
		// A frame that opens with a past marker ("thought about",
		// "wanted to") tells of the past like the words before a phrase
		// do (see pastBefore); so does a harm done, in the past tense
		// ("starved", "burned": "I starved myself in my twenties").
		return e.Category == "self" && pastMarkers[w] ||
			e.Category == "harm" && len(w) > 4 && strings.HasSuffix(w, "ed") && !notActs[w]
	}
	if e.Kind != KindSignal && e.Kind != KindConcept {
		return false
	}
	if !ownActs[e.Category] {
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !notActs[w]
}

// phraseBefore: one of phrases starts at or after token from and before
// concept k, and ends by k's end: nearer to the frame than k, or a longer
// phrase that k only ends. Phrases are ordered by start (byEnd false) or
// by end (byEnd true), so only those near k are read.
func phraseBefore(phrases []occurrence, from int, k occurrence, byEnd bool) bool {
	var at int
	if byEnd {
		// A phrase starting at or after from ends after it.
		at = sort.Search(len(phrases), func(x int) bool { return phrases[x].tj > from })
	} else {
		at = sort.Search(len(phrases), func(x int) bool { return phrases[x].ti >= from })
	}
	for _, o := range phrases[at:] {
		if byEnd && o.tj > k.tj || !byEnd && o.ti >= k.ti {
			break
		}
		if o.ti >= from && o.ti < k.ti && o.tj <= k.tj {
			return true
		}
	}
	return false
}

// ownActs are the categories whose past forms recovery talk may lower;
// abuse suffered and harm to others are left as written.
var ownActs = map[string]bool{"suicide": true, "self_harm": true, "overdose": true, "relapse": true}

// notActs end in -ed but describe a state or a look, not a past act.
var notActs = map[string]bool{"scared": true, "tired": true, "relieved": true, "disappointed": true, "started": true,
	"looked": true, "stared": true, "loaded": true, "decided": true, "called": true, "covered": true, "stopped": true,
	"locked": true, "trapped": true, "exhausted": true, "stressed": true, "worried": true, "depressed": true, "isolated": true}

// collidesWithCommonWord reports whether squeezing turned a word into a
// different everyday word ("off" → "of", "too" → "to"), which would make
// the variant match ordinary text.
func collidesWithCommonWord(base, squeezed string) bool {
	bw, sw := strings.Fields(base), strings.Fields(squeezed)
	for i := range sw {
		if i < len(bw) && bw[i] != sw[i] && commonWords[sw[i]] {
			return true
		}
	}
	return false
}

var commonWords = map[string]bool{"of": true, "to": true, "be": true, "se": true, "ad": true, "fel": false, "bo": true, "go": true, "do": true, "so": true, "no": true, "we": true, "he": true, "me": true, "see": true, "od": true,
	// "noose" is no "nose", "soon" no "son", "loose" no "lose".
	"nose": true, "lose": true, "god": true, "shot": true, "met": true, "fed": true, "chose": true, "wed": true,
	"mod": true, "son": true, "ten": true, "non": true, "mon": true, "roster": true, "loses": true, "tens": true,
	"filing": true, "filed": true, "aces": true, "bot": true,
	// Found by TestSqueezedVariantsAreNoEverydayWords in the calm corpus:
	// "butt" is no "but", "aa" no "a", "bleed" no "bled", "peet" (Hindi,
	// "beats") no "pet", "all" no "al" (of Al-Anon).
	"but": true, "a": true, "man": true, "use": true, "sale": true, "bled": true, "pe": true, "pet": true, "al": true}

// gerund turns the first word of a normalized phrase into its -ing form
// ("take all my pills" → "taking all my pills"), or "" when it already is
// one or is not a plain verb.
// oneSyllableCVC: w ends consonant, vowel, consonant (not w, x or y)
// with no vowel before them, so its last letter doubles before -ing
// ("cut", "stop", "slit", "stab"; not "open" or "jump").
func oneSyllableCVC(w string) bool {
	n := len(w)
	if n < 3 || isVowel(w[n-1]) || w[n-1] == 'w' || w[n-1] == 'x' || w[n-1] == 'y' || !isVowel(w[n-2]) || isVowel(w[n-3]) {
		return false
	}
	for i := 0; i < n-3; i++ {
		if isVowel(w[i]) {
			return false
		}
	}
	return true
}

func gerund(norm string) string {
	words := strings.Fields(norm)
	if len(words) == 0 {
		return ""
	}
	w := words[0]
	switch {
	case len(w) < 2 || strings.HasSuffix(w, "ing") || !allLower(w):
		return ""
	case notVerbs[w]:
		return ""
	case strings.HasSuffix(w, "ie"):
		w = w[:len(w)-2] + "ying" // die → dying
	case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee"):
		w = w[:len(w)-1] + "ing" // take → taking
	case oneSyllableCVC(w):
		w = w + w[len(w)-1:] + "ing" // cut → cutting, stop → stopping
	default:
		w += "ing" // end → ending
	}
	words[0] = w
	return " " + strings.Join(words, " ") + " "
}

// notVerbs are first words of concepts that are not verbs.
var notVerbs = map[string]bool{"dead": true, "not": true, "death": true, "suicide": true, "everything": true, "it": true,
	"extra": true, "the": true, "a": true, "all": true, "of": true, "pills": true, "my": true, "self": true, "too": true,
	"sleep": false, "overdose": false}

func allLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// squeezeWords folds doubled letters to one in each word of a
// normalized phrase ("kill" → "kil"), except in a word whose folded form
// is a misspelling read as that word ("better" → "beter", "will" →
// "wil"): the misspelling must stay no word of any phrase, or it would
// read as written and miss "nothing will ever get beter".
func squeezeWords(norm string) string {
	words := strings.Split(norm, " ")
	for i, w := range words {
		if sw := squeezePairs(w); readAs[sw] != w {
			words[i] = sw
		}
	}
	return strings.Join(words, " ")
}

// squeezePairs folds doubled letters to one ("kill" → "kil").
func squeezePairs(s string) string {
	b := []byte(s)
	w := 0
	for r := 0; r < len(b); r++ {
		if w > 0 && b[r] == b[w-1] && b[r] >= 'a' && b[r] <= 'z' {
			continue
		}
		b[w] = b[r]
		w++
	}
	return string(b[:w])
}

// Version is the lexicon version recorded with every flag.
func (d *Detector) Version() string { return d.lex.Version }

// Lexicon returns the compiled lexicon.
func (d *Detector) Lexicon() *Lexicon { return d.lex }

// wordCacheBits sizes the per-scratch word cache (8,192 entries, 256 KB).
const wordCacheBits = 13

// cachedWord is a word's id with all the scan reads of it, side by side:
// one cache line instead of four tables indexed by id. The scratch's
// cache keeps it for short words by their head.
type cachedWord struct {
	head  uint64
	id    int32
	flags uint32
	next  uint64  // the model's pairNext filter for pairs starting here
	uni   float32 // the model's weight of the word
	root  int32   // the automaton's state after the root on it (0: none)
}

// lookup fills in what the scan reads of word id, written w in the
// text: flagAlias when w is a shorthand or dialect word for it.
func (d *Detector) lookup(hd uint64, id int32, w []byte) cachedWord {
	c := cachedWord{head: hd, id: id, flags: d.wm.flags[id]}
	if id != 0 && !bytes.Equal(d.wm.spell[id], w) {
		c.flags |= flagAlias
	}
	if d.model.available {
		c.next, c.uni = d.model.pairNext[id], d.model.uni[id]
	}
	if int(id) < len(d.wm.root) {
		c.root = d.wm.root[id]
	}
	return c
}

type scratch struct {
	n        normalizer
	words    [1 << wordCacheBits]cachedWord // head → id and flags for short words seen before
	hits     []hit
	seen     uint32    // every rule-word flag of the text's words, or'd
	toks     []tokInfo // every word of the normalized text
	sentSum  []float64
	occs     []occurrence
	signals  []occurrence
	idioms   []occurrence
	frames   []occurrence
	concepts []occurrence
	cues     cueIndex
	composed []compiled
	outer    []occurrence
	open     []int8 // by idiom: left open by what follows it (see judge)
	byStart  []occurrence
	keep     []kept
	quoted   []bool       // by sentence: quoted from someone else (nil: none)
	outings  []occurrence // means cues set aside as outings (see outing)
	reads    [][]byte     // by token: what a shorthand word stands for (see readings)
}

// readings returns, by token, the word each shorthand or dialect word
// of the text stands for, so the rules read "way mair o ma diazepam"
// and "takin" as the lexicon does; nil when every word reads as
// written.
func (d *Detector) readings(sc *scratch) [][]byte {
	if sc.seen&flagAlias == 0 {
		return nil
	}
	r := sc.reads[:0]
	for range sc.toks {
		r = append(r, nil)
	}
	for k, t := range sc.toks {
		if t.flags&flagAlias != 0 {
			r[k] = d.wm.spell[t.id]
		}
	}
	sc.reads = r[:0]
	return r
}

// quotedSentences marks the sentences whose words lie in a quoted span of
// the original text. A newline ends a sentence, so quoted lines are
// whole sentences.
func quotedSentences(sc *scratch, quoted []Span) []bool {
	q := sc.quoted[:0]
	for range sc.sentSum {
		q = append(q, false)
	}
	norm := &sc.n.out
	for _, t := range sc.toks {
		if t.flags&flagPunct != 0 || int(t.sentence) >= len(q) {
			continue
		}
		at, _ := norm.MapSpan(int(t.start), int(t.start)+1)
		for _, sp := range quoted {
			if at >= sp.Start && at < sp.End {
				q[t.sentence] = true
				break
			}
		}
	}
	return q
}

// kept is a hit the rules keep, with the tier they gave it.
type kept struct {
	o    occurrence
	tier Severity
	why  string
}

// rejoining returns the index of the first wish to be with someone that
// rule 6d counts: someone close has died in its sentence or any before,
// it is about them (bereavedOf), it is not negated, in an "if", a
// mention, a story or the distant past, and no lexicon hit kept high in
// its sentence says it already (-1: none).
func (c *context) rejoining(cues *cueIndex, keep []kept) int {
	if len(cues[idRejoin]) == 0 || len(cues[idBereaved]) == 0 {
		return -1
	}
	first := cues[idBereaved][0].sentence
next:
	for i, q := range cues[idRejoin] {
		if first > q.sentence || c.negated(q) || c.conditional(q) || mentionBeside(cues, q) ||
			cues.inSentences(idStory, q.sentence, q.sentence) || wishInPast(cues, q) {
			continue
		}
		// A phrase of the lexicon's there says it already; the word
		// model's verdict ("I'm going") names less than the rule does.
		for _, k := range keep {
			if k.tier >= High && k.o.sentence == q.sentence && !k.o.e.model {
				continue next
			}
		}
		if c.bereavedOf(cues[idBereaved], q) {
			return i
		}
	}
	return -1
}

// wishInPast: a distant-past cue in the sentence of q, the wish to be
// with someone, puts the wish in the past, unless it only dates the
// death told before the wish: just before or after the words of the
// death ("three years since you took your life and I want to follow
// you", "my mate died at a festival last summer and since then I keep
// thinking about taking enough to go the same way").
func wishInPast(cues *cueIndex, q occurrence) bool {
	bereaved := inSentenceRange(cues[idBereaved], q.sentence, q.sentence)
next:
	for _, d := range inSentenceRange(cues[idDistant], q.sentence, q.sentence) {
		for _, b := range bereaved {
			if b.tj <= q.ti && d.tj <= q.ti && (d.tj <= b.ti || d.ti-b.tj <= 4) {
				continue next
			}
		}
		return true
	}
	return false
}

// mentionBeside: a mention cue in q's sentence that is neither part of
// the death it tells ("died by" of "a colleague died by suicide"), nor
// the word that leads into q ("thinking about how to follow her"), nor
// a word of q itself ("about" of "I think about following her").
func mentionBeside(cues *cueIndex, q occurrence) bool {
	for _, m := range inSentenceRange(cues[idMention], q.sentence, q.sentence) {
		if !overlapsAny(m, cues[idBereaved]) && !(m.tj <= q.ti && m.tj >= q.ti-1) && !(m.ti >= q.ti && m.tj <= q.tj) {
			return true
		}
	}
	return false
}

// rejoinAnyone are the words a wish to be with someone may end in that
// stand for whoever died ("I'm going to be with him", "with my angels",
// "do what he did", "the answer for me too", "doing the same").
var rejoinAnyone = map[string]bool{"him": true, "her": true, "them": true, "you": true, "baby": true, "babies": true,
	"angel": true, "angels": true, "soon": true, "now": true, "tonight": true, "again": true, "too": true, "did": true,
	"next": true, "way": true, "turn": true, "same": true}

// bereavedOf: the person q would be with is one a bereaved cue names
// ("Dad passed in March. I'm going to be with my mum this weekend" is
// about the living), or a word that can stand for anyone who died.
func (c *context) bereavedOf(bereaved []occurrence, q occurrence) bool {
	who := c.word(q.tj - 1)
	if rejoinAnyone[string(who)] {
		return true
	}
	for _, b := range bereaved {
		for k := b.ti; k < b.tj; k++ {
			if string(c.word(k)) == string(who) {
				return true
			}
		}
	}
	return false
}

// moodWords name a low mood ("really low lately", "feeling pretty
// down"): a mood told beside a doubt is a check-in, not despair said
// twice.
var moodWords = map[string]bool{"low": true, "down": true, "flat": true, "motivation": true}

// moodNamed: a phrase that names how the writer feels ("feel so
// lonely", "I'm really isolated", "felt a bit lost"): a mood, like
// those of moodWords.
func moodNamed(norm string) bool {
	t := strings.TrimSpace(norm)
	first, _, two := strings.Cut(t, " ")
	return two && feltWords[first] && moodStates[t[strings.LastIndexByte(t, ' ')+1:]]
}

// feltWords open a phrase that names a mood; moodStates end it.
var (
	feltWords  = map[string]bool{"feel": true, "feeling": true, "felt": true, "im": true, "i": true}
	moodStates = map[string]bool{"lonely": true, "lost": true, "empty": true, "invisible": true, "numb": true,
		"alone": true, "hopeless": true, "worthless": true, "miserable": true, "depressed": true, "useless": true,
		"unwanted": true, "unloved": true, "isolated": true, "broken": true, "behind": true, "sad": true, "blue": true}
)

// despairAgain returns the first of two kept hopelessness phrases of
// three words or more, low by the lexicon and untouched by the rules,
// that differ in words and do not share a clause, or share one joined
// by "and" with no "but" or "except" after the second ("I can't see a
// way out and nothing will ever get better"; "… and there's nothing to
// look forward to but more rain" names only the rain) (-1 when there
// are not two, or when the text laughs anywhere: "nothing will ever
// change with this lot lol"). Shorter phrases ("no point", "giving up")
// are too often about a meeting or a printer.
func (c *context) despairAgain(keep []kept) int {
	// A two-word phrase counts when it is the whole of its sentence, a
	// fragment said on its own ("no way out. nothing left.").
	plain := func(k *kept) bool {
		return k.o.e.Category == "hopelessness" && k.tier == Low && k.why == "lexicon tier" && (k.o.e.tokens >= 3 || k.o.e.tokens == 2 && c.wholeSentence(k.o)) && !hasWordOf(k.o.e.Phrase, moodWords) && !moodNamed(k.o.e.norm)
	}
	// Which are plain is asked once each, not once per pair.
	plains := make([]int, 0, 16)
	for i := range keep {
		if plain(&keep[i]) {
			plains = append(plains, i)
		}
	}
	for x, i := range plains {
		a := &keep[i]
		for _, j := range plains[x+1:] {
			b := &keep[j]
			if b.o.e.norm != a.o.e.norm && b.o.ti >= a.o.tj && (c.toks[a.o.ti].clause != c.toks[b.o.ti].clause || c.joinedByAnd(a.o, b.o) || c.runOn(a.o, b.o)) {
				for k := range c.toks {
					if c.toks[k].flags&flagJoke != 0 && laughWords[string(c.word(k))] {
						return -1
					}
				}
				return i
			}
		}
	}
	return -1
}

// joinedByAnd: b follows a in its clause with "and" between them and no
// "but", "except" or "apart" after b in the clause.
func (c *context) joinedByAnd(a, b occurrence) bool {
	and := false
	for k := a.tj; k < b.ti; k++ {
		and = and || string(c.word(k)) == "and"
	}
	return and && !c.exceptAfter(b)
}

// exceptAfter: "but", "except" or "apart" follows b in its clause ("…
// nothing to look forward to but more rain").
func (c *context) exceptAfter(b occurrence) bool {
	cl := c.toks[b.ti].clause
	for k := b.tj; k < len(c.toks) && c.toks[k].clause == cl; k++ {
		switch string(c.word(k)) {
		case "but", "except", "apart":
			return true
		}
	}
	return false
}

// butAfter: "but" follows o in its sentence, and what follows it is
// said without a negator or "hard" ("… but my team are great", not "…
// but I can't say why", "… but it's hard").
func (c *context) butAfter(o occurrence) bool {
	but := false
	for k := o.tj; k < len(c.toks) && c.toks[k].sentence == o.sentence; k++ {
		switch {
		case c.wordIs(k, "but"):
			but = true
		case but && (c.toks[k].flags&flagNegator != 0 || c.wordIs(k, "hard") || c.wordIs(k, "cant")):
			return false
		}
	}
	return but
}

// runOn: b starts a sentence of its own that the writer ran on from a
// without a stop ("whats even the point of anything i cant do this
// anymore", "theres no point anymore nothing will ever get better"): b
// follows a at once, begins with "I", or has "I" just before it, with
// no "but", "except" or "apart" after b in the clause.
func (c *context) runOn(a, b occurrence) bool {
	if b.ti != a.tj && !firstSubject[string(c.word(b.ti))] && !firstSubject[string(c.word(b.ti-1))] {
		return false
	}
	return !c.exceptAfter(b)
}

// firstSubject are the words a run-on sentence of the writer's starts with.
var firstSubject = map[string]bool{"i": true, "im": true, "ive": true, "ill": true, "id": true}

// sortedCategories is Categories in alphabetical order, the order a
// verdict lists them.
var sortedCategories = func() []string {
	s := slices.Clone(Categories)
	sort.Strings(s)
	return s
}()

func categoryIndex(cat string) int {
	for i, c := range sortedCategories {
		if c == cat {
			return i
		}
	}
	return len(sortedCategories) // not a category: an unused bit
}

// occurrence is a hit placed in the token stream.
type occurrence struct {
	e          *compiled
	i, j       int // normalized byte span of the phrase (without padding)
	ci         int // where the concept starts, for composed signals (else i)
	ti, tj     int // token span [ti, tj)
	sentence   int32
	start, end int // original byte span
}

// Scan judges one text.
func (d *Detector) Scan(text string) Verdict { return d.scan(text, false, nil) }

// Explain judges one text and also lists the hits each context rule set
// aside, for the admin page and tests.
func (d *Detector) Explain(text string) Verdict { return d.scan(text, true, nil) }

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// ScanQuoting judges a text in which the spans in quoted are someone
// else's words, quoted whole lines at a time (a reply that quotes
// another member's post: "> I can't do this anymore"). What the quote
// says is someone else's crisis, a low check-in (rule Q); its times,
// means and goodbyes are not the writer's, and the word model does not
// read it. The writer joining in just after it ("me too") makes it
// theirs (rule 3d). Callers pass only text found in others' posts: a
// writer who sets their own words in a quote is read as everywhere else.
func (d *Detector) ScanQuoting(text string, quoted []Span) Verdict {
	return d.scan(text, false, quoted)
}

func (d *Detector) scan(text string, explain bool, quoted []Span) Verdict {
	sc := d.pool.Get().(*scratch)
	defer d.pool.Put(sc)
	sc.n.run(text)
	norm := &sc.n.out
	d.match(sc)
	sc.quoted = sc.quoted[:0]
	if len(quoted) > 0 {
		sc.quoted = quotedSentences(sc, quoted)
		// The model reads only the writer's own sentences.
		for sn, q := range sc.quoted {
			if q {
				sc.sentSum[sn] = math.Inf(-1)
			}
		}
	}
	v := Verdict{Lexicon: d.lex.Version}
	win := d.modelWindow(sc)
	if win.first < 0 && !d.worthJudging(sc) {
		return v
	}
	ctx := &context{text: norm.Text, toks: sc.toks, quoted: sc.quoted, patternWords: d.wm.patternWords}
	if mayQuote(text) {
		ctx.orig, ctx.norm = text, norm
	}
	ctx.reads = d.readings(sc)
	sc.occs = sc.occs[:0]
	for _, h := range sc.hits {
		e := &d.entries[h.pattern]
		// The span runs from the first word to the last as written (a
		// word may be shorthand: "thinkin bout"); a joined phrase may end
		// a longer run of letters ("iwanttodie").
		ti := int(h.tok) - e.tokens + 1 - int(h.skip)
		i, j := int(sc.toks[ti].start), int(h.end)-1
		if e.norm[0] != ' ' {
			i = j - (len(e.norm) - 1)
		}
		o := occurrence{e: e, i: i, j: j, ci: i, ti: ti, tj: ti + e.tokens + int(h.skip), sentence: ctx.toks[ti].sentence}
		o.start, o.end = norm.MapSpan(i, j)
		sc.occs = append(sc.occs, o)
	}
	return d.judge(ctx, sc, v, explain, win, text)
}

// match reads the normalized text word by word: it records where each
// word starts and its sentence and clause, and steps the word automaton,
// collecting every phrase occurrence in sc.hits (ordered by end).
func (d *Detector) match(sc *scratch) {
	t := sc.n.out.Text
	a := d.wm
	sc.toks, sc.hits = sc.toks[:0], sc.hits[:0]
	var sn, cl int32
	s := int32(0)
	// The word model's sum for each sentence is taken on the same pass.
	m := &d.model
	sums := append(sc.sentSum[:0], 0)
	prev, prevNext := int32(0), uint64(0) // the last word and its pair filter
	alt, me := int32(0), int32(0)         // the "me" read as "my" (see below)
	kin, skip := false, int32(0)          // alt began at an owner ("mums") or a use ("heart"); words it reads past
	own := false                          // alt began at "own" after "my" (see below)
	words, numbered := 0, false           // words in this sentence; the last is a number
	seen := uint32(0)
	// The last flagUse word, its clause and its sentence.
	useAt, useCl, useSn := int32(-useReach-1), int32(-1), int32(-2)
	takeAt := int32(-doseReach - 1) // the last flagTake word
	for i := 1; i < len(t); {
		e, hd := wordEnd(t, i)
		if e == i {
			i++
			continue
		}
		// "f***ing" and "f-ing" reach here as "f ing": a swear word too.
		if e == i+1 && t[i] == 'f' && e+5 <= len(t) && string(t[e:e+5]) == " ing " {
			i = e + 5
			continue
		}
		switch t[i] {
		case '.':
			// A list's number ("2." of "\n2. cancel the phone
			// contract") starts no sentence of its own: it joins the
			// item it numbers, so items stay as near as they are.
			if words == 1 && numbered {
				break
			}
			sn++
			cl++
			sums = append(sums, 0)
			words = 0
		case ',':
			cl++
		default:
			words++
			numbered = isDigits(t[i:e])
		}
		k := int32(len(sc.toks))
		var w cachedWord
		if e-i <= 8 {
			// A word of up to eight bytes is its head: the scratch's
			// small cache answers frequent words, and their flags,
			// without the vocabulary.
			c := &sc.words[(hd*0x9E3779B97F4A7C15)>>(64-wordCacheBits)]
			if c.head != hd {
				*c = d.lookup(hd, a.wordID(t[i:e], fnv(t[i:e]), hd), t[i:e])
			}
			w = *c
		} else {
			w = d.lookup(hd, a.wordID(t[i:e], fnv(t[i:e]), hd), t[i:e])
		}
		if w.id == 0 && sc.n.censored {
			w = d.lookup(hd, d.uncensor(t[i:e]), t[i:e])
			if w.id == 0 && censoredCurse(t[i:e]) {
				i = e + 1
				continue
			}
		}
		id, fl := w.id, w.flags
		if fl&flagCurse != 0 {
			// A swear word said for force ("I'm caving his fucking
			// head in") is read past: no token, no step, no weight.
			i = e + 1
			continue
		}
		// "I ay gonna", "he ay coming": after a person in its clause
		// "ay" is the Black Country "ain't", a negator; elsewhere it is
		// a cry ("ay dios").
		if id == a.ay && k > 0 && sc.toks[k-1].clause == cl && sc.toks[k-1].flags&(flagFirstPerson|flagOther) != 0 {
			fl |= flagNegator
		}
		sc.toks = append(sc.toks, tokInfo{start: int32(i), end: int32(e), sentence: sn, clause: cl, id: id, flags: fl})
		seen |= fl
		if fl&(flagTake|flagDose) != 0 {
			if fl&flagDose != 0 && k-takeAt <= doseReach {
				seen |= flagTakenWhole
			}
			if fl&flagTake != 0 {
				takeAt = k
			}
		}
		// A count of ten or more in figures after a take verb ("swallowed
		// 30 of the oxycodone") is a dose as "all" is (see countDose).
		if numbered && e-i >= 2 && k-takeAt <= doseReach {
			seen |= flagTakenWhole
		}
		if fl&(flagUse|flagDaily) != 0 {
			// Near in its clause or the next one ("back on the cans,
			// eight a night every night"), or opening the next sentence
			// ("… drinking lab ethanol in the cold room. Every day now.").
			if fl&flagDaily != 0 && ((cl == useCl || cl == useCl+1 && sn == useSn) && k-useAt <= useReach || sn == useSn+1 && words == 1) {
				seen |= flagUseDaily
			}
			if fl&flagUse != 0 {
				useAt, useCl, useSn = k, cl, sn
			}
		}
		// The model's weight: unset (0) for words it does not know and
		// when there is no model.
		sum := w.uni
		if prevNext&moveBit(id) != 0 {
			sum += m.pairs.get(pairKey(prev, id))
		}
		sums[sn] += float64(sum)
		last := prev
		prev, prevNext = id, w.next
		// The second reading: "me" read as "my" from word me on, while
		// the state it leads to still holds that word; only phrases
		// that hold it are reported from it. Someone close named as
		// owner ("all of mums tablets") reads as "my" too, or, after
		// "my" ("all of my dads morphine"), as nothing; from it only
		// overdose phrases that run past it are reported: their
		// tablets taken are an overdose all the same, but "been saving
		// up mums" is no phrase of saving tablets. What a medicine is
		// for, after "my" ("my heart tablets"), is read past the same
		// way, so the phrases for "my tablets" find it.
		switch {
		case id != 0 && id == a.me && a.my != 0:
			alt, me, kin, own, skip = a.step(s, a.my), k, false, false, 0
		case fl&(flagKinOf|flagMedFor) != 0 && a.my != 0 && last == a.my && s > 0:
			alt, me, kin, own, skip = s, k, true, false, 1
		case id != 0 && id == a.own && a.my != 0 && last == a.my && s > 0:
			// "My own" is "my" to every phrase but the cues: "hit my
			// own head against the wall", "all my own sleeping
			// tablets" (a means cue, "my meds", is not "my own meds").
			alt, me, kin, own, skip = s, k, false, true, 1
		case fl&flagMedFor != 0 && kin && alt > 0 && me == k-1:
			// "mums heart tablets": what the medicine is for, after
			// someone's, is read past too.
			me, skip = k, skip+1
		case fl&flagKinOf != 0 && a.my != 0:
			alt, me, kin, own, skip = a.step(s, a.my), k, true, false, 0
		case alt > 0 && id != 0:
			alt = a.step(alt, id)
		default:
			alt = 0
		}
		if alt > 0 && int(a.depth[alt]) <= int(k-me) {
			alt = 0
		}
		if alt > 0 && a.emits[alt] {
			for o := alt; o > 0; o = a.outLink[o] {
				for _, p := range a.outs[a.outAt[o]:a.outAt[o+1]] {
					if k-int32(a.plen[p]) < me && (!kin || k > me && d.entries[p].Category == "overdose") && !(own && d.entries[p].Kind == KindCue) {
						sc.hits = append(sc.hits, hit{pattern: p, end: int32(e + 1), tok: k, skip: skip})
					}
				}
			}
		}
		switch {
		case id == 0 || id > a.patternWords:
			s = 0 // no phrase holds this word
		case s == 0:
			s = w.root
		default:
			s = a.step(s, id)
		}
		if a.emits[s] {
			for o := s; o > 0; o = a.outLink[o] {
				for _, p := range a.outs[a.outAt[o]:a.outAt[o+1]] {
					sc.hits = append(sc.hits, hit{pattern: p, end: int32(e + 1), tok: k})
				}
			}
		}
		i = e + 1
	}
	sc.sentSum, sc.seen = sums, seen
}

// wordEnd returns the end of the word starting at t[i] (the next space or
// the end of t) and its head (see head). Eight bytes are read at once
// where t has them: most words end inside the first eight, and their
// hash is needed only when the scratch's cache does not know them.
func wordEnd(t []byte, i int) (int, uint64) {
	if i+8 <= len(t) {
		x := binary.LittleEndian.Uint64(t[i:])
		y := x ^ 0x2020202020202020 // a space is now a zero byte
		if z := (y - 0x0101010101010101) &^ y & 0x8080808080808080; z != 0 {
			n := bits.TrailingZeros64(z) >> 3 // the first zero byte
			return i + n, x & (1<<(8*n) - 1)
		}
		e := i + 8
		for e < len(t) && t[e] != ' ' {
			e++
		}
		return e, x
	}
	e := i
	for e < len(t) && t[e] != ' ' {
		e++
	}
	return e, head(t[i:e])
}

// censorLetters are the letters tried for a censored '*': any letter for
// one star ("sui*ide"), vowels for more ("s**cide"), which stars hide far
// more often than anything else.
const (
	censorLetters = "aeioubcdfghjklmnpqrstvwxyz"
	censorVowels  = 5
)

// uncensor resolves a word with '*' standing for letters: it tries the
// censorLetters in each starred place and keeps, of the words that fit, a word of
// crisis talk first, then a word of some phrase, then any word the rules
// know, and among equals the one the word model leans most towards
// crisis ("c*t" is "cut", not "cat"). The chosen letters are written into
// w, so the rules read the word as found; a word nothing fits keeps its
// stars and reads as unknown.
func (d *Detector) uncensor(w []byte) int32 {
	a := d.wm
	var at [maxCensored + 1]int
	n := 0
	for i, c := range w {
		if c == '*' {
			if n == len(at) {
				return 0
			}
			at[n] = i
			n++
		}
	}
	if n == 0 {
		return 0
	}
	letters := len(censorLetters)
	if n > 1 {
		letters = censorVowels
	}
	combos := 1
	for range n {
		combos *= letters
	}
	best, bestCombo := int32(0), 0
	bestRank := float32(0)
	for c := range combos {
		k := c
		for _, i := range at[:n] {
			w[i] = censorLetters[k%letters]
			k /= letters
		}
		id := a.wordID(w, fnv(w), head(w))
		if id == 0 {
			continue
		}
		rank := float32(100) // the model's weights are far smaller
		if a.flags[id]&flagDomain != 0 {
			rank += 400
		}
		if id <= a.patternWords {
			rank += 200
		}
		if d.model.available && int(id) < len(d.model.uni) {
			rank += d.model.uni[id]
		}
		if rank > bestRank {
			best, bestRank, bestCombo = id, rank, c
		}
	}
	k := bestCombo
	for _, i := range at[:n] {
		if best == 0 {
			w[i] = '*'
			continue
		}
		w[i] = censorLetters[k%letters]
		k /= letters
	}
	return best
}

// worthJudging: most texts hit only cues and common frames, and there is
// nothing to decide. It reads the text's hits once and asks for judging
// when there is a signal, a topic, a frame with a concept, a farewell,
// or cues that rules 7b, 7c, 7d, 7e or 6d add up (a plan with means, a
// plan with a goodbye, a death with a wish to be with them). The rules
// that read words the lexicon has no phrase for ask too, by the flags
// the word loop set: a blow or a threat alone (rule 1f: "she keeps
// slapping me"; rule 1g: "he says he'll shoot me"), use every day (rule
// 6f), a medicine with a take verb and a word of how much just after it
// (rule 1h: "saved up my lamotrigine and I'm taking all of it"), and,
// beside a cue they need, a gift of belongings (rule 7g, beside a time,
// means, plan or goodbye), a word of dying (rule 1j, after an "if"
// frame) and a word of using something (rule 1i, beside a means: "going
// to use it").
func (d *Detector) worthJudging(sc *scratch) bool {
	seen := sc.seen
	if seen&(flagBlow|flagThreat|flagUseDaily) != 0 || seen&(flagMed|flagTakenWhole) == flagMed|flagTakenWhole ||
		seen&(flagMed|flagStore) == flagMed|flagStore {
		return true
	}
	var means, goodbye, time, bereaved, rejoin, ifs bool
	plan := 0
	var frameEnds [8]int32 // last words of the last few frames, newest at frameEnds[nf%8]
	nf := 0
	for _, h := range sc.hits {
		e := &d.entries[h.pattern]
		switch e.kind {
		case kSignal, kTopic:
			return true
		case kFrame:
			frameEnds[nf%len(frameEnds)] = h.tok
			nf++
			ifs = ifs || seen&flagDeath != 0 && e.Category == "if"
		case kConcept:
			// Hits arrive ordered by end, so a frame before this concept
			// has already been seen.
			first := h.tok - int32(e.tokens) + 1
			for k := 1; k <= min(nf, len(frameEnds)); k++ {
				if gap := first - frameEnds[(nf-k)%len(frameEnds)] - 1; gap >= 0 && gap <= maxFrameGap {
					return true
				}
			}
		case kCue:
			switch e.cue {
			case idFarewell:
				return true
			case idMeans:
				means = true
			case idPlan:
				plan++
			case idGoodbye:
				goodbye = true
			case idTime:
				time = true
			case idBereaved:
				bereaved = true
			case idRejoin:
				rejoin = true
			}
		}
	}
	if seen&flagSlip != 0 && slipSeen(sc) {
		return true
	}
	// A text that ends in a short denial may deny a cover story (rule
	// 7v); reading its last few words costs little.
	if _, ok := lastDenial(sc.n.out.Text, sc.toks); ok {
		return true
	}
	cued := time || means || plan > 0 || goodbye
	// A text short enough to be terse intent (see terseIntent) with a
	// time, a goodbye or a means in it is judged.
	if (time || goodbye || means) && len(sc.toks) <= terseMax {
		return true
	}
	// So is one short enough for a rope, a beam and a time (see
	// ropeAnchorTime) with a means and a time in it.
	if means && time && len(sc.toks) <= ropeMax {
		return true
	}
	return (means && (plan > 0 || goodbye)) || (plan > 0 && (time || goodbye)) || plan >= 3 || bereaved && rejoin ||
		seen&flagGive != 0 && cued || ifs || seen&flagUseOf != 0 && means
}

// endsInMeans: a means cue lies inside o and ends with it, or one word
// before its end ("heading to the viaduct", "… the viaduct now").
func (c *context) endsInMeans(means []occurrence, o occurrence) bool {
	for _, q := range means {
		if q.ti >= o.ti && q.tj <= o.tj && q.tj >= o.tj-1 {
			return true
		}
	}
	return false
}

// ownCuesOnly: every cue of qs in sentences lo..hi (none at all, too)
// overlaps o's own words: the means in self-harm's "went back to the
// blade last night" names what was used, as "I cut again" does, and
// says no more than that of what comes next.
func ownCuesOnly(qs []occurrence, o occurrence, lo, hi int32) bool {
	for _, q := range inSentenceRange(qs, lo, hi) {
		if q.j < o.i || q.i > o.j {
			return false
		}
	}
	return true
}

// meansThought: every means cue in sentences lo to hi is what a thought
// that comes round is about ("Every night I think about the railway
// bridge by the station", "every morning … thinking of stepping off
// before the train"): "think", "thinking" or "picture" then "about" or
// "of" up to six words before it in its clause, in a sentence that says
// how often ("every", "each", "sometimes"); "I've been thinking about
// the bridge and how nobody would find me" is a plan forming. The word
// model's window names no phrase of its own to hold the means, so this
// stands in for meansOwn there.
func (c *context) meansThought(qs []occurrence, lo, hi int32) bool {
	found := false
	for _, q := range inSentenceRange(qs, lo, hi) {
		of := false
		for k := q.ti - 1; k >= 1 && k >= q.ti-6 && c.toks[k].clause == c.toks[q.ti].clause; k-- {
			if w := c.wordOr(k); (w == "about" || w == "of") && thinkWords[c.wordOr(k-1)] {
				of = true
				break
			}
		}
		if !of || !c.sentenceHasWord(q.sentence, recurring) {
			return false
		}
		found = true
	}
	return found
}

// recurring words say a thing comes round.
var recurring = map[string]bool{"every": true, "each": true, "sometimes": true}

// thinkWords turn a thought over.
var thinkWords = map[string]bool{"think": true, "thinking": true, "thought": true, "picture": true, "picturing": true}

// restrained: a restraint cue is in o's sentence, not set aside by a
// "but" and the writer just before o ("I'd never do that to passengers
// but I want to die"), or in the sentence after, where it speaks of the thought
// just told ("… pushing people onto the tracks. I'd never do it").
func (c *context) restrained(qs []occurrence, o occurrence) bool {
	for _, q := range inSentenceRange(qs, o.sentence, o.sentence+1) {
		if q.sentence > o.sentence || q.tj > o.ti {
			return true
		}
		// The writer after the "but" owns what follows ("but I want
		// to die", "but I still want to die"); "I'd never act on it,
		// but the intrusive thoughts about jumping scare me" keeps it.
		but := false
		for k := max(q.tj, o.ti-3); k < o.ti; k++ {
			but = but || c.wordOr(k) == "but" && c.toks[k+1].flags&flagFirstPerson != 0
		}
		if !but {
			return true
		}
	}
	return false
}

// planBeyond: a plan anywhere in the text other than the words of o
// itself ("I'll be gone for good" holds the plan "I'll be gone" and is
// no plan beside itself).
func planBeyond(plans []occurrence, o occurrence) bool {
	for _, q := range plans {
		if q.i < o.i || q.j > o.j {
			return true
		}
	}
	return false
}

// takenFrame: a frame that tells something taken, in the past tense
// ("necked", "downed", "ive just taken"), not one of intent ("tonight
// im" going to finish a bottle of wine with my wife).
func takenFrame(norm string) bool {
	t := strings.TrimSpace(norm)
	w := t[strings.LastIndexByte(t, ' ')+1:]
	return pastTaking[w] || len(w) > 3 && strings.HasSuffix(w, "ed")
}

// pastTaking are past forms of taking that do not end in "ed".
var pastTaking = map[string]bool{"took": true, "taken": true, "drank": true, "drunk": true, "had": true, "ate": true,
	"eaten": true, "swallowed": true, "downed": true, "necked": true, "sank": true, "sunk": true}

// knocks are harm frames that tell a knock as often as a harm meant.
var knocks = map[string]bool{"bruise": true, "bruised": true, "bruising": true, "scrape": true, "scraped": true, "scraping": true}

// otherOverdose: one of qs, other than k, is about overdose in k's
// sentence.
func otherOverdose(qs []occurrence, k occurrence) bool {
	for _, q := range qs {
		if q.sentence == k.sentence && q.e.Category == "overdose" && q.e != k.e {
			return true
		}
	}
	return false
}

// overlapsAny: q shares a byte with one of qs.
func overlapsAny(q occurrence, qs []occurrence) bool {
	for _, o := range qs {
		if o.i < q.j && q.i < o.j {
			return true
		}
	}
	return false
}

// withinAny: q lies inside one of the signals.
func withinAny(q occurrence, signals []occurrence) bool {
	for _, o := range signals {
		if o.i <= q.i && q.j <= o.j {
			return true
		}
	}
	return false
}

// cueBetween: one of qs lies wholly within words [from, to).
func cueBetween(qs []occurrence, from, to int) bool {
	for _, q := range qs {
		if q.ti >= from && q.tj <= to {
			return true
		}
	}
	return false
}

// tokInfo is one word of the normalized text.
type tokInfo struct {
	start    int32  // offset in the normalized text
	end      int32  // offset just past the word
	sentence int32  // sentence number
	clause   int32  // clause number
	id       int32  // vocabulary id (0: no phrase, rule or model uses it)
	flags    uint32 // rule-word flags (see ruleWords)
}

// Rule-word flags, looked up once per word while matching.
const (
	flagNegator uint32 = 1 << iota
	flagFiller
	flagPast
	flagFirstPerson
	flagHad
	flagTo
	flagJoke
	flagDomain // a word of crisis talk itself (see domainWords)
	flagStop   // a function word, never the name of a model match
	flagPurpose
	flagPunct  // "." or ",": never part of a model match's name
	flagOther  // someone other than the writer ("he", "my partner")
	flagLink   // what ties a person to a state ("who", "has", "struggles")
	flagWarn   // a content-warning label word ("tw", "cw", "warning")
	flagCurse  // a swear word used to intensify (see expletives): skipped
	flagBlow   // a blow given to someone (see blowVerbs)
	flagThreat // a harm threatened (see threatVerbs)
	flagUse    // drinking or using (see useVerbs)
	flagDaily  // a word that may say "every day" (see dailyWords)
	flagKinOf  // someone close, as owner: "mums", "dads" (see kinOf)
	flagMedFor // what a medicine is for, before it: "heart", "pain" (see medFor)
	flagMed    // a medicine the lexicon names in "all my …" (see medicines)
	flagTake   // a verb that takes a medicine (see takeVerbs)
	flagDose   // a word of how much: "all", "lot", "more", "many", "much", "month", "weeks"
	flagUseOf  // a word that may open "going to use it", "jumping off it" (see meansUsed)
	flagGive   // a verb that gives something away (see givenAway)
	flagDeath  // a word of dying in a supposition: "died", "fell" (see welcomedDeath)
	flagAlias  // set by lookup, never in the vocabulary: the word is shorthand for another (see readings)
	flagSlip   // a state a slip leaves the writer in: "smashed", "wasted" (see slipStates)
	flagStore  // a verb that may keep a store back: "saving", hoardVerbs, setVerbs (see keptBackNamed)
	// flagUseDaily is set in scratch.seen, never on a word: a flagDaily
	// word follows a flagUse word in its clause, near enough for rule 6f
	// to read them as one ("drinking two bottles every night"), or opens
	// the sentence after the flagUse word's ("Every day now."). Texts
	// with both words far apart skip judging when nothing else matched.
	flagUseDaily
	// flagTakenWhole is set in scratch.seen, never on a word: a flagDose
	// word follows a flagTake word within doseReach words ("taking all
	// of it", "gave myself way more insulin", "taken mum's morphine,
	// all of it"). Rule 1h reads only texts with it and a medicine.
	flagTakenWhole
)

// doseReach is how many words after a flagTake word a flagDose word may
// stand for flagTakenWhole.
const doseReach = 10

// useReach is how many words after a flagUse word a flagDaily word may
// stand for flagUseDaily: "back on", six words of what and how much
// (see dailyUse), and the daily word itself.
const useReach = 9

// ruleWords lists the words the context rules ask about, with their flags.
func ruleWords() map[string]uint32 {
	m := map[string]uint32{"had": flagHad, "to": flagTo}
	m["saving"] |= flagStore
	for _, set := range []map[string]bool{hoardVerbs, setVerbs} {
		for w := range set {
			m[w] |= flagStore
		}
	}
	for w := range jokeWords {
		m[w] |= flagJoke
	}
	for w := range blowVerbs {
		m[w] |= flagBlow
	}
	for w := range threatVerbs {
		m[w] |= flagThreat
	}
	for w := range useVerbs {
		m[w] |= flagUse
	}
	for w := range takeVerbs {
		m[w] |= flagTake
	}
	for _, w := range []string{"all", "lot", "more", "many", "much", "month", "months", "week", "weeks", "fortnight", "fortnights", "whole", "entire", "full", "entirety"} {
		m[w] |= flagDose
	}
	for w := range bigCounts {
		m[w] |= flagDose
	}
	for _, w := range []string{"going", "gonna", "jumping", "jump", "go", "use", "using", "drink", "drinking", "swallow", "swallowing"} {
		m[w] |= flagUseOf
	}
	for w := range giveAwayVerbs {
		m[w] |= flagGive
	}
	for w := range deathWords {
		m[w] |= flagDeath
	}
	for w := range dailyWords {
		m[w] |= flagDaily
	}
	for w := range slipStates {
		m[w] |= flagSlip
	}
	for w := range slipDrinks {
		m[w] |= flagSlip
	}
	for _, w := range strings.Fields(kinOf) {
		m[w] |= flagKinOf
	}
	for _, w := range strings.Fields(medFor) {
		m[w] |= flagMedFor
	}
	for _, w := range strings.Fields(domainWords) {
		m[w] |= flagDomain
	}
	for _, w := range strings.Fields(stopWords) {
		m[w] |= flagStop
	}
	m["."] |= flagPunct
	m[","] |= flagPunct
	// Hiding a wound says it was meant, as "on purpose" does ("tips for
	// hiding cuts at the gym"); so do anger and punishment ("when I am
	// angry I am burning my arm with the hot iron", "the rage came back
	// and I cut my stomach", "burning my hands as punishment"), and so
	// does tension in Indian English ("when tension becomes too much I
	// burn my hand"), and so does sadness ("when I am very sad I make
	// cuts in my arm with the blade of shaving"), and control ("the only
	// pain I can control"), and panic ("when the panic gets too much"),
	// and hiding it ("when no one's looking"; see purposeIn), and the
	// writer calling it a thing they do ("I do it when everyone is at
	// the masjid"), and it getting too much ("I burn my arm on the
	// stove door when it gets too much").
	for _, w := range []string{"purpose", "deliberately", "intentionally", "hiding", "angry", "rage", "punish", "punishing", "punishment", "tension", "sad", "control", "panic", "looking", "penance", "do", "much"} {
		m[w] |= flagPurpose
	}
	for _, w := range strings.Fields(otherPeople) {
		m[w] |= flagOther
	}
	for _, w := range strings.Fields(otherLinks) {
		m[w] |= flagLink
	}
	for _, w := range []string{"tw", "cw", "tws", "cws", "warning", "warnings"} {
		m[w] |= flagWarn
	}
	for w := range expletives {
		m[w] |= flagCurse
	}
	for set, f := range map[*map[string]bool]uint32{&negators: flagNegator, &negationFillers: flagFiller, &pastMarkers: flagPast, &firstPerson: flagFirstPerson} {
		for w, on := range *set {
			if on {
				m[w] |= f
			}
		}
	}
	return m
}

// drop sets aside the cues of kind that name nothing where they stand
// (gone): those inside an idiom, a distant time inside a recent one, a
// time clean, a habit.
func (ci *cueIndex) drop(kind int, gone func(occurrence) bool) {
	kept := ci[kind][:0]
	for _, q := range ci[kind] {
		if !gone(q) {
			kept = append(kept, q)
		}
	}
	ci[kind] = kept
}

// inSentences reports whether a cue of kind lies in sentences lo..hi.
func (ci *cueIndex) inSentences(kind int, lo, hi int32) bool {
	return len(inSentenceRange(ci[kind], lo, hi)) > 0
}

// judge applies the context rules, in order, each with a name the admin
// page shows.
func (d *Detector) judge(c *context, sc *scratch, v Verdict, explain bool, win modelHit, text string) Verdict {
	signals, idioms, frames, concepts := sc.signals[:0], sc.idioms[:0], sc.frames[:0], sc.concepts[:0]
	cues := &sc.cues
	for k := range cues {
		cues[k] = cues[k][:0]
	}
	sc.composed = sc.composed[:0]
	sc.outings = sc.outings[:0]
	defer func() {
		sc.signals, sc.idioms, sc.frames, sc.concepts = signals[:0], idioms[:0], frames[:0], concepts[:0]
	}()
	maxIdiom := 0
	labels := c.contentWarnings()
	var labelled []occurrence
	for _, o := range sc.occs {
		// Rule W: a content-warning label ("TW: suicide, self harm")
		// names what a post is about, not what the writer says.
		if len(labels) > 0 && o.e.kind != kIdiom && inLabel(labels, o) {
			labelled = append(labelled, o)
			continue
		}
		switch o.e.kind {
		case kSignal:
			signals = append(signals, o)
		case kTopic:
			signals = append(signals, o)
			concepts = append(concepts, o)
		case kFrame:
			frames = append(frames, o)
		case kConcept:
			concepts = append(concepts, o)
		case kIdiom:
			idioms = append(idioms, o)
			maxIdiom = max(maxIdiom, o.j-o.i)
		case kCue:
			// Overlapping cues of one kind count once, as the longest
			// ("thank you all for being kind" over "thank you all for
			// being", "logging off for good from everything" over
			// "logging off for good", which an idiom may cancel); a
			// quote's times, means and goodbyes are not the writer's.
			if c.isQuoted(o.sentence) {
				continue
			}
			// A means not at hand now is no means (see notAtHand);
			// outings are kept for rule 2g.
			if o.e.cue == idMeans {
				if aside, outing := c.notAtHand(o); aside {
					if outing {
						sc.outings = append(sc.outings, o)
					}
					continue
				}
			}
			if q := cues[o.e.cue]; len(q) > 0 && o.i <= q[len(q)-1].j {
				if o.i <= q[len(q)-1].i {
					q[len(q)-1] = o
				}
				continue
			}
			cues[o.e.cue] = append(cues[o.e.cue], o)
		}
	}
	// Concepts in text order (rule C and leftOpen read them so).
	slices.SortFunc(concepts, func(a, b occurrence) int { return a.ti - b.ti })
	// An idiom that runs on from a cue of danger, or from a wish to be
	// with someone, changes what it names ("my final post of the year",
	// "standing on the roof terrace", "I'll be next to his mum") and
	// cancels it; one that only touches its start ("jump in" before "in
	// front of a train") does not, nor does an idiom left open by what
	// follows it ("my final post for good", see leftOpen). So does one
	// that runs on from an accident cue (a plan that "fell through" is
	// no fall) or from a recovery cue ("twenty years on the landings"
	// is a career, not "five years on").
	if len(idioms) > 0 {
		// Asked here without signals (composed ones do not exist yet),
		// so not from rule 1's cache, which reads them all.
		means := cues[idMeans]
		cueOpen := func(k int) bool { return c.leftOpen(idioms[k], means, concepts, nil) }
		for _, kind := range []int{idMeans, idPlan, idTime, idGoodbye, idFarewell, idRejoin, idAccident, idRecovery} {
			// An accident or recovery cue gives way only to an idiom
			// that starts with it: "run with a blade" does not unsay
			// "now I run".
			from := kind == idAccident || kind == idRecovery
			cues.drop(kind, func(q occurrence) bool {
				return idiomRunsOn(idioms, maxIdiom, q, from, cueOpen) || kind == idTime && idiomNames(idioms, q)
			})
		}
	}
	// A distant-past cue inside a recent one ("ago" in "an hour ago")
	// does not count.
	if len(cues[idRecent]) > 0 && len(cues[idDistant]) > 0 {
		recent := cues[idRecent]
		cues.drop(idDistant, func(q occurrence) bool {
			// Recent cues are ordered by end and short, so only those
			// ending just after q can contain it.
			for k := sort.Search(len(recent), func(x int) bool { return recent[x].j >= q.j }); k < len(recent) && recent[k].j <= q.j+64; k++ {
				if recent[k].i <= q.i {
					return true
				}
			}
			return false
		})
	}
	// Nor does a time clean ("Two years off oxycodone", "eight months
	// sober", "clean for two years"): it tells how long the writer went
	// without, not when what follows happened.
	cues.drop(idDistant, c.timeWithout)
	// Nor does an amount of time ("Five years of work for nothing, I'm
	// going to step off", "months of pain"): it tells how much, not when.
	cues.drop(idDistant, c.amountOf)
	// Nor does "used to" in a comparison ("way more than I used to"): it
	// weighs now against then.
	cues.drop(idDistant, c.comparedWithThen)
	// Nor is "at 22" the writer's age when minutes follow it ("at
	// 22:10", read as "at 22 , 10"): it is a clock time.
	cues.drop(idDistant, c.clockMinutes)
	// Nor is a time clean that a relapse ended ("picked up after 14
	// months clean") recovery talk.
	cues.drop(idRecovery, c.cleanTimeEnded)
	// Nor is cleaning something ("clean the sink so nobody knows").
	cues.drop(idRecovery, c.cleaningThing)
	// Nor does a time said as a habit ("every Monday", "each night"): it
	// tells how often, not when.
	cues.drop(idTime, c.habit)
	// Nor is an apology for something said ("I'm sorry for the late
	// reply", "sorry to hear that") a goodbye.
	cues.drop(idGoodbye, c.apologyFor)
	// Nor is a goodbye with a hello in its sentence ("Goodbye
	// agoraphobia, hello train to London"): one thing left for another.
	cues.drop(idGoodbye, c.helloAfter)
	// Nor is forgiveness someone would or will give ("God would
	// forgive me", "Mum will never forgive me") asked for: it is said
	// of them.
	cues.drop(idFarewell, c.forgivenBy)
	// Nor is a train one rides or catches ("every time I'm on the train
	// I think about it", "taking the train home") a means.
	cues.drop(idMeans, c.ridden)
	// Rule 7g: belongings given away ("Gave my Xbox to my little
	// brother") are a plan wherever the lexicon has no phrase for them
	// (see givenAway). Alone a plan says nothing; with a time, means or
	// a goodbye the rules below read it.
	if sc.seen&flagGive != 0 && len(cues[idTime])+len(cues[idMeans])+len(cues[idGoodbye])+len(cues[idFarewell])+len(cues[idPlan]) > 0 {
		c.givenAway(sc, cues)
	}
	inSentence := func(kind int, s int32) bool { return cues.inSentences(kind, s, s) }
	near := func(kind int, s int32) bool { return cues.inSentences(kind, s-1, s+1) }
	// urgeMet: an urge phrase ("urge to cut", "the urge to scratch my
	// arms") with a step to stay safe
	// or a word of holding back in its sentence or the next.
	urgeMet := func(o occurrence) bool {
		return (hasWordOf(o.e.frame, urgeWords) || hasWordOf(o.e.Phrase, urgeWords) || c.urgeBefore(o)) &&
			(cues.inSentences(idReached, o.sentence, o.sentence+1) || cues.inSentences(idRestraint, o.sentence, o.sentence+1))
	}
	// vetoed: a context rule set a hit aside (or lowered it as past
	// talk) in a sentence of the model's window; the model keeps quiet.
	var vetoed [2]bool
	veto := func(sn int32) {
		if win.first >= 0 && sn >= win.first && sn <= win.last {
			vetoed[sn-win.first] = true
		}
	}
	drop := func(o occurrence, why string) {
		if why != "inside a longer phrase" {
			veto(o.sentence)
		}
		if explain {
			v.Dropped = append(v.Dropped, Dropped{Term: o.e.term(), Start: o.start, End: o.end, Why: why})
		}
	}
	for _, o := range labelled {
		drop(o, "content warning")
	}

	// Rule C: composition. A frame ("want to", "thinking about") followed
	// within maxFrameGap words in the same clause by a concept ("die", "stop
	// existing", a topic word) is a signal of the concept's category:
	// high when the writer speaks of themselves, low for someone else.
	lexical := len(signals) // the lexicon's own signals, before any composed one
	for _, f := range frames {
		first := sort.Search(len(concepts), func(x int) bool { return concepts[x].ti >= f.tj })
		for _, k := range concepts[first:] {
			if k.ti-f.tj > maxFrameGap {
				break
			}
			if c.toks[k.ti].clause != c.toks[f.ti].clause || !pairs(f.e, k.e) {
				continue
			}
			// A hand, a head or a knee is hurt by accident as often as
			// not: it composes only in a sentence that says it was meant
			// ("slammed my hand in the door on purpose").
			if k.e.Class == "limb" && !c.purposeIn(f.sentence, f.sentence) {
				continue
			}
			// So is any part of the body bruised or scraped ("bruised my
			// hip on the table"), though not the writer ("bruising
			// myself").
			if f.e.Category == "harm" && knocks[strings.TrimSpace(f.e.norm)] && !hasWordOf(k.e.Phrase, reflexive) && !c.purposeIn(f.sentence, f.sentence) {
				continue
			}
			// A crisis phrase or concept that starts nearer the frame and
			// ends by this concept's end is what the frame is about
			// ("thought about putting bleach in his drink" is no
			// drinking talk).
			if phraseBefore(signals[:lexical], f.tj, k, true) || phraseBefore(concepts, f.tj, k, false) {
				continue
			}
			// A number of my people or things is no dose: "I took 20 of
			// my students to the museum", "12 of my best photos"; nor is
			// a bottle of water, and a bottle of wine is drinking talk,
			// low ("tempted to buy a bottle of brandy").
			drink := int8(0)
			if k.e.Category == "overdose" {
				drink = c.bottledDrink(k)
				// Taken (after a frame in the past tense: "necked the whole
				// tub and a bottle of rum"), or beside pills in its
				// sentence ("took all my diazepam and most of a bottle of
				// rum"), the drink is taken with them.
				if drink == 2 && (takenFrame(f.e.norm) || otherOverdose(signals[:lexical], k) || otherOverdose(concepts, k)) {
					drink = 0
				}
			}
			if k.e.Category == "overdose" && c.countsThings(k) || drink == 1 {
				continue
			}
			// A concept that names a field of talk or work ("going to a
			// suicide prevention walk", "off to the overdose awareness
			// training") is no act.
			if c.namesAField(cues[idMention], k) || c.mentionBetween(cues[idMention], f, k) {
				continue
			}
			// A jump done for a swim or for fun ("jump into the lake
			// tomorrow for the charity swim"), and medicine carried to
			// an errand's place ("take a whole bottle of cough syrup to
			// the food bank"), are no acts of harm.
			if c.doneFor(k) || k.e.Category == "overdose" && c.carriedTo(k) {
				continue
			}
			// Self-harm done to someone else is not self-harm (as rule
			// 2f for the lexicon's own phrases).
			if k.e.Category == "self_harm" && k.tj < len(c.toks) && othersObject[string(c.word(k.tj))] {
				continue
			}
			// The reader as the frame's subject ("you're going to die if
			// you keep eating like that") is no desire of the writer's.
			if f.e.Category == "self" && f.ti > 0 && addressed[string(c.word(f.ti-1))] {
				continue
			}
			// A negation between them denies it: "I will not hurt
			// myself", "I will never hurt myself again" (the concept
			// alone is then negated in its turn, rule 2).
			if c.negatorIn(f.tj, k.ti) {
				continue
			}
			// A violence verb that is a noun here ("finish the bottle of
			// wine with my wife") hurts no one.
			if f.e.Category == "violence" && c.wordIs(f.tj, "of") {
				continue
			}
			// Violence toward a person counts when the writer is the
			// one who would do it ("I'll hurt him", "gonna hurt him",
			// not "did he hurt him").
			if (f.e.Category == "violence" || f.e.Category == "thrust") && !c.firstPersonWithin(f, 6) && !c.subjectDropped(f) && !c.subjectShared(f) {
				continue
			}
			// What is thrown at a person is a threat when it is a means
			// ("throw acid at her", "a brick at him"), not when it is
			// whatever is to hand ("throw the leaflet at her").
			if f.e.Category == "violence" && k.ti > f.tj && string(c.word(k.ti-1)) == "at" && !cueBetween(cues[idMeans], f.tj, k.ti) && !c.wordOfBetween(thrownHarm, f.tj, k.ti) {
				continue
			}
			tier, cat := k.e.Tier, k.e.Category
			switch {
			case f.e.Category == "incite":
				// Urged on the reader, dying or harm is harm to others.
				tier, cat = High, "harm_to_others"
			case drink == 2:
				tier, cat = Low, "relapse"
			case f.e.Category == "other" && !c.comparedSelf(f) || k.e.Category == "relapse":
				tier = Low
			case f.e.Tier == Critical && k.e.Category != "hopelessness":
				tier = Critical // "ive just taken" … "30 sleeping pills"
			case tier < High:
				tier = High
			}
			sc.composed = append(sc.composed, compiled{kind: kSignal, Entry: Entry{Kind: KindSignal, Category: cat, Tier: tier,
				Past: k.e.Past || f.e.Past && ownActs[k.e.Category], Phrase: k.e.Phrase, Class: k.e.Class}, frame: f.e.Phrase, cue: -1})
			signals = append(signals, occurrence{e: &sc.composed[len(sc.composed)-1], i: f.i, j: k.j, ci: k.i, ti: f.ti, tj: k.tj,
				sentence: f.sentence, start: f.start, end: k.end})
		}
	}
	// Rule 1f: another adult's blow with the writer as its object ("she
	// keeps slapping me", "my husband punched me") is abuse, high,
	// wherever the lexicon has no phrase for it (see blows).
	signals = c.blows(sc, signals)
	// Rule 1g: a threat to the writer reported from someone else's mouth
	// ("he's saying he'll shoot me", "she texted that she's going to
	// hurt my kids") is abuse, high, wherever the lexicon has no phrase
	// for it (see threats).
	signals = c.threats(sc, signals)
	// Rule 1h: all of a medicine named before, taken at once ("I've
	// saved up my lamotrigine and I'm taking all of it tonight"), is an
	// overdose wherever the lexicon has no phrase for it (see
	// medsTakenBack).
	signals = c.medsTakenBack(sc, signals)
	// Rule 1k: a medicine named, then kept back by a pronoun ("The
	// pills are in the shoebox. You've been saving them since March.")
	// is a store kept back, high, wherever the lexicon has no phrase
	// for it (see keptBackNamed).
	signals = c.keptBackNamed(sc, signals)
	// Rule 1i: a means named, then "I'm going to use it" (see
	// meansUsed).
	signals = c.meansUsed(sc, signals, cues[idMeans])
	// Rule 1j: the writer's own death supposed and welcomed ("If I died
	// tomorrow it would be a relief", "if I fell off the scaffold it'd
	// be a blessing"; see welcomedDeath).
	signals = c.welcomedDeath(sc, signals, frames)
	// Rule 6f: drinking or using every day again ("I've been smoking
	// skunk every day again since the funeral") is high relapse wherever
	// the lexicon has no phrase for it (see dailyUse): daily use after
	// time away is a relapse in full, not a slip to check in on.
	signals = c.dailyUse(sc, signals)
	// Rule 6g: a slip after time sober ("Two years off the grog and I
	// got absolutely smashed at the pub") is a low relapse wherever the
	// lexicon has no phrase for it, and high where every day since
	// follows ("Been on it every night since."); see slips.
	signals = c.slips(sc, signals)
	// Rule 7t: terse intent, a text of fragments that name a means and
	// a time or a goodbye ("Bridge. Now. Goodbye."; see terseIntent).
	signals = c.terseIntent(sc, signals)
	// Rule 7u: a rope, a place to hang it from and a time, in a short
	// text that names no other use ("bought rope today. garage has a
	// beam. tonight when wife is at her mums"; see ropeAnchorTime).
	signals = c.ropeAnchorTime(sc, signals)
	// Rule 7v: a cover story told for an absence, then denied in the
	// last words ("Told my mate I'd be gone by Christmas. He thought I
	// meant emigrating. I didn't."; see coverDenied).
	signals = c.coverDenied(sc, signals)
	// Rule 1e: the writer's body hurt by someone else's hand ("she
	// scratched my face", "he burned my arm with his cigarette") is
	// abuse, high, not self-harm. Children and animals scratch and bite
	// without it being either ("the toddler scratched my face"): only
	// the adults in handsOn make it abuse, and anyone else sets it aside.
	live := signals[:0]
	for _, o := range signals {
		if o.e.Category == "self_harm" && o.ti > 0 && hasWordOf(o.e.Phrase, myWord) {
			switch {
			case handsOn[string(c.word(o.ti-1))]:
				sc.composed = append(sc.composed, compiled{kind: kSignal, Entry: Entry{Kind: KindSignal, Category: "abuse", Tier: High,
					Past: o.e.Past, Phrase: o.e.Phrase}, frame: o.e.frame, cue: -1, rule: "another adult's hand"})
				o.e = &sc.composed[len(sc.composed)-1]
			case c.toks[o.ti-1].flags&flagOther != 0:
				drop(o, "someone else's hand")
				continue
			}
		}
		live = append(live, o)
	}
	signals = live
	// Rule 1: idioms ("killing it", "cut myself shaving") that overlap a
	// signal set it aside; this comes before rule 0 so a phrase an idiom
	// cancels does not hide a shorter one inside it that stands. An idiom
	// left open by what follows it ("ending it with pills", see leftOpen)
	// sets nothing aside. It is asked only when it overlaps a signal, and
	// once; leftOpen reads every signal, also those set aside below,
	// through a copy ordered by start, made the first time it is asked.
	var byStart []occurrence
	var openState []int8 // by idiom: 0 not asked, 1 open, 2 not
	open := func(k int) bool {
		if openState == nil {
			byStart = append(sc.byStart[:0], signals...)
			slices.SortFunc(byStart, func(a, b occurrence) int { return a.ti - b.ti })
			openState = append(sc.open[:0], make([]int8, len(idioms))...)
			sc.byStart, sc.open = byStart, openState
		}
		if openState[k] == 0 {
			openState[k] = 2
			if c.leftOpen(idioms[k], cues[idMeans], concepts, byStart) || c.jumpAtEdge(idioms[k], cues) {
				openState[k] = 1
			}
		}
		return openState[k] == 1
	}
	live = signals[:0]
	for _, o := range signals {
		// A threat said in a common way ("I could strangle him") is
		// exasperation, unless a means is named in its sentence ("I
		// could strangle him tonight, I've got the rope"), as for a
		// joke (rule 2c); so is a blow ("she stabbed me in the back"),
		// unless it is done with one ("… in the back with a knife"), or
		// the writer says they mean it ("I told him I will kill him if
		// he comes near my garden again and I meant every word").
		violent := o.e.Category == "harm_to_others" || o.e.Category == "abuse"
		// A hand hurt in a sentence that says in so many words it was
		// meant is no accident, whatever idiom tells one ("burned my
		// hand on the kettle on purpose"); tension or anger beside it
		// ("burnt my hand on the iron, tension before the interview")
		// leaves the idiom its say.
		meant := o.e.Class == "limb" && o.e.frame != "" && c.doneOnPurpose(o.sentence)
		if overlapsIdiom(idioms, maxIdiom, o, open) && !(violent && (inSentence(idMeans, o.sentence) || c.meant(o.sentence, o.sentence+1))) && !meant {
			drop(o, "idiom")
			continue
		}
		live = append(live, o)
	}
	signals = live
	// Rule 1c: a crisis word inside a step taken to stay safe ("I gave
	// my razor blades to my mum") names what was put away.
	if reached := cues[idReached]; len(reached) > 0 {
		live = signals[:0]
		for _, o := range signals {
			k := sort.Search(len(reached), func(x int) bool { return reached[x].j >= o.j })
			if k < len(reached) && reached[k].i <= o.i {
				drop(o, "a step to stay safe")
				continue
			}
			live = append(live, o)
		}
		signals = live
	}
	// Rule 0: a longer phrase wins over a phrase inside it ("my son is
	// suicidal" over "suicidal", "tried to kill myself" over "kill
	// myself"). Sorted by start, longest first, one sweep finds them.
	slices.SortStableFunc(signals, func(a, b occurrence) int {
		if a.i != b.i {
			return a.i - b.i
		}
		if a.j != b.j {
			return b.j - a.j
		}
		// The same words as a signal and as a topic: the signal stands.
		if (a.e.kind == kTopic) != (b.e.kind == kTopic) {
			if a.e.kind == kTopic {
				return 1
			}
			return -1
		}
		return int(b.e.Tier) - int(a.e.Tier)
	})
	outer := sc.outer[:0]
	reach := -1
	for _, o := range signals {
		if o.j <= reach {
			drop(o, "inside a longer phrase")
			continue
		}
		reach = o.j
		outer = append(outer, o)
	}
	sc.outer = outer
	keep := sc.keep[:0]
	// danger: a means, plan, time or goodbye anywhere but inside a
	// signal's own words ("the will" of "lost the will to live").
	danger := false
	for _, kind := range []int{idMeans, idPlan, idTime, idGoodbye, idFarewell} {
		for _, q := range cues[kind] {
			danger = danger || !withinAny(q, outer)
		}
	}
	// Only a text with a quotation mark in it can quote a line (rule 3b).
	quotable := ""
	if strings.IndexByte(text, '"') >= 0 || strings.Contains(text, "\u201c") {
		quotable = text
	}
	for _, o := range outer {
		// Rule 2: negation in the same clause ("I'm not going to hurt myself"),
		// unless it held only until now and the crisis has come back
		// ("I haven't felt suicidal since my son was born. Lately the
		// thoughts are back": rule 4f).
		if c.negated(o) && !(c.deniedUntilNow(o) && c.cameBack(o)) {
			drop(o, "negated")
			continue
		}
		// Rule 2m: a streak kept ("Ten months without burning myself.
		// The scars are fading"), unless the sentence says it ended
		// ("… and I did it twice this week").
		if c.streak(o) {
			drop(o, "a streak kept")
			continue
		}
		// Rule 2l: a note or a letter written for an occasion or an
		// errand named in its sentence ("Writing a note for my partner to
		// find in the morning, it's our anniversary", "Left a note on my
		// pillow for my husband to wake me at 7") is no goodbye.
		if o.e.Category == "suicide" && hasWordOf(o.e.Phrase, noteWords) && c.occasionIn(o.sentence) {
			drop(o, "a note for an occasion or an errand")
			continue
		}
		// Rule 2k: "he beat me" at the end of a sentence about a game or
		// a sport played with a child, a friend or a sibling ("Went clay
		// pigeon shooting with my son, he beat me") is a game lost.
		if o.e.Category == "abuse" && c.gameLost(o) {
			drop(o, "a game lost")
			continue
		}
		// Rule 2j: a will to drink "it" with a poison named in its
		// sentence or the one before ("I bought bleach today and tonight
		// I'm going to drink it") is an overdose, not a drink: judged as
		// one, high, from here on.
		if o.e.Category == "relapse" && c.drinksPoison(o, cues[idMeans]) {
			e := *o.e
			e.kind, e.Kind, e.Category, e.Tier, e.rule = kSignal, KindSignal, "overdose", High, "a poison to drink"
			sc.composed = append(sc.composed, e)
			o.e = &sc.composed[len(sc.composed)-1]
		}
		// Rule 2o: medicine taken as it was prescribed ("I took all my
		// tablets this morning as prescribed", "… like the doctor
		// said") is the day's dose, not an overdose.
		if o.e.Category == "overdose" && c.asPrescribed(o.sentence) {
			drop(o, "taken as prescribed")
			continue
		}
		// Rule 2v: a blow from an animal ("That cob kicked me square in
		// the thigh", "the ram headbutted me") is an injury, not abuse.
		if o.e.Category == "abuse" && c.animalBefore(o) {
			drop(o, "an animal")
			continue
		}
		// Rule 2u: medicine taken out of its packs or its cupboard ("I
		// took all my tablets out of the blister packs and into her
		// dosette box") is handled, not swallowed, unless the sentence
		// swallows it after.
		if o.e.Category == "overdose" && c.takenOut(o) {
			drop(o, "taken out")
			continue
		}
		// Rule 2q: stopping eating a food named just after ("I'm going
		// to stop eating sugar tomorrow", "stop eating meat from
		// Monday") is a diet, not starving oneself.
		if o.e.Category == "self_harm" && c.foodAfter(o) {
			drop(o, "a diet")
			continue
		}
		// Rule 2p: not being here for a reason of everyday life said
		// just after ("I won't be here tomorrow, I'm on holiday",
		// "… day off!") is an absence, not a goodbye.
		if o.e.Category == "suicide" && (hasWordOf(o.e.Phrase, absentWords) || strings.HasPrefix(o.e.norm, " by the time you read this")) && c.absentFor(o) {
			drop(o, "an everyday absence")
			continue
		}
		// Rule 4h: a mood named low with a "but" after it in its
		// sentence ("Feeling down about the rota but my team are
		// great") is a mood weighed against something, no distress to
		// check on.
		if o.e.Category == "hopelessness" && o.e.Tier == Low && hasWordOf(o.e.Phrase, moodWords) && c.butAfter(o) {
			drop(o, "a mood weighed")
			continue
		}
		// Rule 2s: medicine kept back for a journey named just after it
		// ("been saving my painkillers for the trip", "… for the
		// flight") is packing, not a store.
		if o.e.Category == "overdose" && hasWordOf(o.e.Phrase, stockpileVerbs) && c.forWhat(o, 3, journeys) {
			drop(o, "medicine kept for a journey")
			continue
		}
		// Rule 2r: a rope kept for a use named just after it ("a rope
		// in my car for towing", "for the tent") is a rope.
		if o.e.Category == "suicide" && hasWordOf(o.e.Phrase, ropeWords) && c.ropeFor(o) {
			drop(o, "a rope for a use")
			continue
		}
		// Rule 2b: self-harm words in a sentence about an accident
		// ("burned my arm on the stove"), unless it says it was meant
		// ("with the iron on purpose"), in its sentence or the next ("I
		// burn myself with the iron sometimes. It's the only pain I can
		// control."); so are overdose words said with
		// "by accident" ("I drank bleach by accident as a toddler"): an
		// accidental poisoning is for a doctor, not a crisis.
		if (o.e.Category == "self_harm" || o.e.Category == "overdose") && !hasWordOf(o.e.Phrase, neverAccident) &&
			c.accidentBeside(cues[idAccident], o) && !c.purposeIn(o.sentence, o.sentence+1) && !c.beenAtIt(o) {
			drop(o, "accident")
			continue
		}
		// Rule 2n: "will kill somebody" said of a thing ("Traffic in
		// Lagos will kill somebody", "those potholes are going to kill
		// someone") names a danger, not a threat; said of another
		// person ("my brother will kill somebody one day") it is a
		// worry about them, a low check-in.
		named := dangerNone
		if o.e.Category == "harm_to_others" {
			if named = c.dangerNamed(o); named == dangerOfThing {
				drop(o, "a danger named")
				continue
			}
		}
		// Rule 2f: self-harm words whose object is someone else ("I want
		// to cut her out of my life", "I'm going to cut his face open").
		// Followed at once by "with" ("thinking about cutting her with
		// my scissors"), the words are a harm to that person, judged by
		// the rules for threats from here on.
		if o.e.Category == "self_harm" && o.tj+2 < len(c.toks) && othersObject[string(c.word(o.tj))] && string(c.word(o.tj+1)) == "with" &&
			!kindWith[string(c.word(o.tj+2))] {
			e := *o.e
			e.kind, e.Kind, e.Category, e.Tier, e.rule = kSignal, KindSignal, "harm_to_others", High, "done to someone else with something"
			sc.composed = append(sc.composed, e)
			o.e = &sc.composed[len(sc.composed)-1]
		} else if o.e.Category == "self_harm" && o.tj < len(c.toks) && othersObject[string(c.word(o.tj))] {
			drop(o, "done to someone else")
			continue
		}
		// Rule 2n: an urging to die shouted or written at the writer by
		// someone else ("A heckler shouted 'kill yourself'") is abuse
		// they met, a check-in, not harm they mean to others; the word
		// model keeps quiet in its sentence, unless the writer takes the
		// urging up after it ("… and honestly they're right, I'm
		// thinking about doing it").
		if o.e.Category == "harm_to_others" && c.saidToWriter(o) {
			e := *o.e
			e.Category, e.Tier, e.rule = "abuse", Low, "said to the writer"
			sc.composed = append(sc.composed, e)
			o.e = &sc.composed[len(sc.composed)-1]
			if !selfFrameAfter(frames, o) {
				veto(o.sentence) // the model reads the same words
			}
		}
		// Rule 2w: a threat someone else made to another, told ("a
		// woman whose ex threatened to kill her", "the defendant
		// threatened to kill her"), is abuse the writer heard of, a
		// check-in; one made in the writer's home ("my dad threatened to
		// kill her", "he threatened to kill her") stays as it is.
		if o.e.Category == "harm_to_others" && c.reportedThreat(o) {
			e := *o.e
			e.Category, e.Tier, e.rule = "abuse", Low, "someone else's threat told"
			sc.composed = append(sc.composed, e)
			o.e = &sc.composed[len(sc.composed)-1]
		}
		// Rule 2d: a complaint about having to do something ("if I have
		// to sit through one more meeting I'm going to die"), or dying of
		// embarrassment at a moment ("I wanted to die when my professor
		// asked me a question. So embarrassing haha"), unless a
		// means or a plan is near ("… I'll end it, and I've already got
		// everything I need") or the writer says they mean it ("… I'll
		// kill myself, I mean it"). A means in the threat's own words
		// counts too, unless the writer takes it back just after ("… I
		// will walk into the sea. (I won't, it's too cold.)").
		if (c.hyperboleBefore(o) || c.embarrassedWhen(o)) && len(cues[idPlan]) == 0 && !c.meant(o.sentence, o.sentence+1) && (!near(idMeans, o.sentence) ||
			c.takenBack(o.sentence) && ownCuesOnly(cues[idMeans], o, o.sentence-1, o.sentence+1)) {
			drop(o, "hyperbole")
			continue
		}
		// Rule 2e: a strong preference ("I'd rather jump off the scaffold
		// than sit through another induction"), unless what is set
		// against it is going on living, or means or a plan is near.
		if c.preferredOver(o) && !near(idMeans, o.sentence) && len(cues[idPlan]) == 0 {
			drop(o, "preference")
			continue
		}
		// Rule 2g: a place reached for on an outing ("heading to the
		// viaduct now for the sunrise photo walk", "we're heading to the
		// viaduct now"): a phrase that ends in means, followed by a
		// purpose or led by "we" (see outing), or whose means was set
		// aside as an outing already.
		// A stock of pills goes on no outing ("stockpiling my meds for
		// a rainy day").
		if o.e.kind == kSignal && o.e.Category != "overdose" && (c.endsInMeans(cues[idMeans], o) && c.outing(o) || c.endsInMeans(sc.outings, o)) {
			drop(o, "an outing")
			continue
		}
		// Rule 2c: threats to others in a sentence that says it is joking
		// ("I'll strangle my brother for eating my leftovers, jk"), unless
		// it names a means ("bleach in the milk to teach him").
		if o.e.Category == "harm_to_others" && c.joking(o.sentence, o.sentence) && !inSentence(idMeans, o.sentence) {
			drop(o, "joking")
			continue
		}
		// Rule 2l: "kill" said of neighbours' noise ("It's 2am and the
		// neighbours' party is still going, I'm going to kill them") is
		// venting; any other harm named, a means, or the writer saying
		// they mean it ("… I will kill him, I am serious") stays a threat.
		if o.e.Category == "harm_to_others" && strings.Contains(o.e.Phrase, "kill") && c.noiseVenting(o.sentence) && !inSentence(idMeans, o.sentence) && !c.meant(o.sentence, o.sentence) {
			drop(o, "neighbours' noise")
			continue
		}
		// Rule 2h: a threat over a small failing ("I'll kill him if he's
		// late again", "I'm going to kill my brother. He ate my birthday
		// cake."), unless a means is named or the writer says they mean
		// it.
		// So is one said of someone else over what they will find out or
		// see ("Mom would kill him if she found out he still talks to me",
		// "my wife will kill him when she sees the mess").
		if o.e.Category == "harm_to_others" && (c.pettyIf(o) || c.othersPetty(o) || c.ateNext(o.sentence)) && !inSentence(idMeans, o.sentence) && !c.meant(o.sentence, o.sentence+1) {
			drop(o, "a small failing")
			continue
		}
		// Rule 2t: "… I've got to stop ego lifting or I'll hurt myself":
		// a hurt that need and "or" warn of is an injury to avoid, not
		// a threat ("Leave me alone or I'll hurt myself" names no need).
		if o.e.Category == "self_harm" && c.warnedOr(o) && !inSentence(idMeans, o.sentence) {
			drop(o, "a warning")
			continue
		}
		// Rule 2i: "I could kill my flatmate for telling her": a threat
		// in "could", with the grievance after "for", is exasperation,
		// unless a means or a plan is near.
		if o.e.Category == "harm_to_others" && c.couldFor(o) && !inSentence(idMeans, o.sentence) && len(cues[idPlan]) == 0 {
			drop(o, "exasperation")
			continue
		}
		tier, why := o.e.Tier, "lexicon tier"
		if o.e.rule != "" {
			why = o.e.rule
		}
		if named == dangerOfPerson {
			tier, why = min(tier, Low), "someone else"
		}
		// Rule 3i: abuse told of someone else who is said to be safe
		// now ("A pupil told me she was being hurt at home. Followed
		// procedure, she's safe") is a check-in: the danger is theirs
		// and in hand.
		if o.e.Category == "abuse" && c.someoneElse(o) && c.safeIn(o.sentence, o.sentence+1) {
			tier, why = min(tier, Low), "someone else, safe"
		}
		// Rule 3: topic words are mentions unless the writer speaks of
		// themselves; talk about films, news or prevention is none.
		// Rule 3b: any other phrase in a sentence that retells a film,
		// song or story, without the writer in it, is a mention too.
		if o.e.kind == kTopic {
			switch {
			case c.firstPersonWithin(o, 2) && !mentionBeside(cues, o):
				// "That show made me relapse": the writer, just before
				// the word, is its subject, whatever the sentence is about.
				why = "topic in first person"
			case c.mentionIn(cues[idMention], o.sentence), inSentence(idStory, o.sentence):
				drop(o, "mention")
				continue
			case c.firstPersonBefore(o), o.e.Past && c.opensSentence(o):
				// A past verb opening its sentence has the writer as its
				// subject, left out ("Overdosed about an hour ago").
				why = "topic in first person"
			default:
				tier, why = Low, "topic word"
			}
		} else if c.retold(o, cues, quotable) {
			drop(o, "mention")
			continue
		}
		// Rule 3g: a note left for someone who calls on an errand ("left
		// a note on the car for the parking warden", "wrote a note for
		// the cleaner"), or one that says where the writer is or when
		// they will be back ("… to say I'd be at the library til 6"), is
		// an everyday note.
		if c.errandNote(o) {
			drop(o, "an everyday note")
			continue
		}
		// Rule 3h: a life ended in one place and begun in another ("I
		// finish my life in Turkey and start new life in Germany", in
		// the English of a Turkish speaker) is a move.
		if o.e.Category == "suicide" && strings.Contains(o.e.Phrase, "my life") && c.newLifeAfter(o) {
			drop(o, "a move")
			continue
		}
		// Rule 3e: a phrase that opens its sentence and is then called a
		// word ("sewer slide is such a weird euphemism", "kms is short
		// for …") is talked about, not said.
		if c.calledAWord(o) {
			drop(o, "a word talked about")
			continue
		}
		// Rule 3f: a question someone asked, answered no ("The nurse
		// asked if anyone at home hurts me. No.", "they asked if I'd had
		// any thoughts of ending my life. None at all.") is the question's
		// words, not the writer's. A lie owned up to ("I lied and said
		// no") or a "but" after the no keeps the phrase.
		if c.answeredNo(o) {
			drop(o, "a question answered no")
			continue
		}
		// Rule 3c: someone else's crisis ("my partner who struggles with
		// suicidal thoughts", "the person who posted about wanting to
		// die") is a low check-in, as the lexicon's own phrases about
		// others are ("my son is suicidal"), and so is what someone else
		// fears the writer may do ("my family worries that I'll hurt
		// myself"); the word model keeps quiet there too. Rule Q: so are
		// words quoted from someone else's post (see ScanQuoting), in
		// every category.
		quoted := c.isQuoted(o.sentence)
		if quoted && !selfDirected[o.e.Category] {
			tier, why = min(tier, Low), "quoted"
			veto(o.sentence)
		}
		if selfDirected[o.e.Category] {
			other := ""
			switch {
			case quoted:
				other = "quoted"
			case c.someoneElse(o), c.quotedSpeech(o), c.readerAdvised(o):
				other = "someone else"
			case c.othersFear(o):
				other = "someone else's fear"
			}
			// Rule 3d: the writer joins in ("my husband is suicidal and
			// so am I", "she wants to die. Me too."): it is theirs too.
			// A low phrase or topic word with a person in it or just
			// before it ("my son is suicidal", "she self harms") is
			// someone else's too.
			theirs := other == "someone else" || other == "quoted" || (why == "lexicon tier" || why == "topic word") && tier == Low &&
				c.flagAmong(max(o.ti-2, 0), o.tj, flagOther)
			joinedAt, joined := int32(0), false
			if theirs {
				joinedAt, joined = c.writerJoins(o)
			}
			switch {
			case joined:
				tier, why = max(tier, High), "the writer too"
				if quoted {
					// What is near is what is near the writer's words.
					o.sentence = joinedAt
				}
			case other == "someone else" && o.e.kind != kTopic && o.e.Category != "hopelessness" && !c.conditional(o) && !c.pastBefore(o) && !c.pastWhenAfter(o) && !c.safeIn(o.sentence, o.sentence+1) &&
				(c.imminent(cues[idTime], o.sentence) || c.imminent(cues[idTime], o.sentence+1) || inSentence(idPlan, o.sentence) || inSentence(idMeans, o.sentence)):
				// Rule 3h: someone else in danger now, with a plan or
				// means, told in the present
				// means ("my boyfriend texted he's going to jump off the
				// bridge. He's there now."), and not said to be safe:
				// the writer needs help at once to get them help, so a
				// human is alerted as for high, not left for a check-in.
				// Rule 6 leaves it high: the danger is not the writer's.
				tier, why = High, "someone else, in danger now"
				veto(o.sentence)
			case other != "":
				tier, why = min(tier, Low), other
				veto(o.sentence)
			}
		}
		// Rule 4: past-tense forms, and phrases that begin with a past
		// desire ("thought about …", "wanted to …"). A recent-time cue in
		// the sentence keeps the tier ("relapsed after two years");
		// distant past with recovery talk is none; distant past alone is a
		// low check-in. A phrase set between a then and a now ("Two years
		// ago I want to die, now I have good job") is past whatever its
		// tense.
		pastBefore := c.pastBefore(o)
		// A blow in the past tense is told in the past ("five years ago
		// he punched me every week; now I'm safe").
		// "By then I'll have hanged myself": a past form after "will
		// have" is the future, done by a time ahead (asked last: most
		// phrases are not in the past at all).
		// Rule 4f: a crisis told in the past only to say it has come back
		// ("Three years ago I tried to hang myself and survived. This
		// week it came back") is the present.
		past := (o.e.Past || pastBefore || c.toks[o.ti].flags&flagPast != 0 || o.e.Category == "abuse" && c.wordOfBetween(blowVerbs, o.ti, o.tj) || c.thenAndNow(cues[idDistant], o)) && !c.futurePerfect(o)
		if past && c.cameBack(o) {
			past, why = false, "come back"
		}
		if past {
			distantHere := inSentence(idDistant, o.sentence)
			// "I've used every night since": the perfect, then "since",
			// runs from then until now.
			recentHere := c.recentFor(cues, o) || c.perfectBefore(o) && c.wordIs(o.tj, "since")
			// Help sought is no recovery from a blow told with no time:
			// "I tried to call the helpline and he hit me with the
			// phone" is abuse now.
			// A recovery cue in the phrase's own words ("disappointed
			// I survived") tells no recovery.
			recovery := cuesBeyond(cues[idRecovery], o) || len(cues[idReached]) > 0 && (o.e.Category != "abuse" || distantHere)
			// Time sober conceded beside the slip ("Had a few pints
			// after the court hearing even though I've been sober a
			// year") is when it happened, not a recovery since.
			if recovery && len(cues[idReached]) == 0 && c.conceded(cues[idRecovery], o.sentence) {
				recovery = false
			}
			// An act critical in itself ("I swallowed all my pills", not
			// "I wanted to take all my pills") told with no time may be
			// minutes old: a grateful word ("glad I found this forum")
			// does not make it a recovery story, a distant cue does; and
			// help called after it does not make it a check-in.
			act := o.e.Tier >= Critical && !pastBefore && !pastDesires[string(c.word(o.ti))]
			switch {
			case !distantHere && urgeMet(o):
				// Rule 4g, told in the past: a recent urge met with a
				// step ("had the urge to hurt myself after the loss but
				// I went for a run instead") is a check-in, not a story.
				tier, why = Low, "urge met with a step"
				veto(o.sentence)
			case distantHere && recovery, !recentHere && recovery && (!act || len(cues[idDistant]) > 0):
				drop(o, "past, recovery talk")
				continue
			case distantHere && !recentHere, !recentHere && len(cues[idDistant]) > 0 && !((act || c.perfectBefore(o)) && c.durationsOnly(cues[idDistant])),
				// A wish told in the past and a now set against it in
				// the next sentence, with no danger anywhere ("When my
				// dad died I wanted to die too. Now I've used his
				// inheritance to start a bakery").
				!recentHere && !act && !danger && c.nowNext(o):
				// An act told beside how long something has gone on ("The
				// abuse has gone on for three years. I've taken all my
				// tablets") is no story of then, nor is a thought in the
				// present perfect ("… missed my cancer for two years. I've
				// thought about going to his house with a knife").
				tier, why = Low, "distant past"
				veto(o.sentence)
			case recentHere && !act && (inSentence(idReached, o.sentence) || inSentence(idReached, o.sentence+1)):
				// Rule 4c: a recent urge the writer met with a step to stay
				// safe ("last night I wanted to take all my pills but I
				// gave them to my sister") is a low check-in.
				tier, why = Low, "past, reached out"
				veto(o.sentence)
			}
		}
		// Rule 4b: a phrase laughed off at once ("my team lost the final, I
		// want to die lol") in a text with no means, plan, time or goodbye
		// is a low check-in: a person still looks, without a crisis page.
		// Despair named beside it, and not laughed at, is no joke.
		if tier == High && o.e.Category != "harm_to_others" && !danger && c.laughedOff(o) && !c.despairBeside(outer, o) {
			tier, why = Low, "laughed off"
			veto(o.sentence)
		}
		// Rule 4d: an urge the writer means to meet with a step to stay
		// safe ("I'm going to call the helpline if the urges to cut come
		// back") is a low check-in: the urge is an "if", the step is
		// in the same sentence.
		if tier == High && c.conditional(o) && inSentence(idReached, o.sentence) {
			tier, why = Low, "if, with a step to stay safe"
			veto(o.sentence)
		}
		// Rule 4g: an urge the writer names and meets with a step to
		// stay safe in the same breath ("I have the urge to cut but
		// I'm holding on", "the urge to hurt myself comes back every
		// November. Holding on so far.") is a low check-in, unless
		// means, a time or a plan is near.
		if tier == High && urgeMet(o) && !near(idMeans, o.sentence) && !near(idTime, o.sentence) && len(cues[idPlan]) == 0 {
			tier, why = Low, "urge met with a step"
			veto(o.sentence)
		}
		// Rule 4e: a thought the writer says in the same sentence they
		// will not act on ("I'd never act on it, but the intrusive
		// thoughts about jumping scare me"), or takes back in a short
		// sentence of its own just after ("I'll throw the kettle at
		// him. (I won't.)"), is a low check-in, unless means, a time or
		// a plan is near. Means in the thought's own words ("intrusive
		// thoughts about jumping in front of trains … I'd never do it")
		// are what it is about, not means to hand.
		// So is a wish to vanish followed by a word of safety ("Some days
		// I just want to disappear. I'm safe though."): a wish, not an
		// intent, that the writer says they are safe with.
		if tier == High && (c.restrained(cues[idRestraint], o) || c.takenBack(o.sentence) || (hasWordOf(o.e.frame, wishWords) || hasWordOf(o.e.Phrase, wishWords)) && c.saidSafe(o.sentence)) &&
			(!near(idMeans, o.sentence) || ownCuesOnly(cues[idMeans], c.withObject(o), o.sentence-1, o.sentence+1)) && !near(idTime, o.sentence) && len(cues[idPlan]) == 0 {
			tier, why = Low, "will not act on it"
			veto(o.sentence)
		}
		// Rule 4i: "I'll die." said alone as a sentence after another
		// ("The gym's closing for two weeks. I'll die.") is how people
		// groan at news; a check-in at most, unless a time, means or a
		// plan is near.
		if tier == High && o.e.Category == "suicide" && c.bareDie(o) && !near(idMeans, o.sentence) && !near(idTime, o.sentence) && len(cues[idPlan]) == 0 {
			tier, why = Low, "a groan at news"
		}
		// Rule 4h: harm to someone asked as "what if I" ("had the
		// 'what if I push someone onto the tracks' thought") is a
		// feared thought, the shape obsessive fears take, not an
		// intent: a low check-in, whatever means its own words name,
		// unless it is set for tonight or the next hours ("what if I
		// push him down the stairs tonight") or a plan is made.
		if tier >= High && o.e.Category == "harm_to_others" && c.fearedAsk(o) && !c.imminent(cues[idTime], o.sentence) && len(cues[idPlan]) == 0 {
			tier, why = Low, "a feared thought"
			veto(o.sentence)
		}
		keep = append(keep, kept{o: o, tier: tier, why: why})
	}
	// Rule 8: the word model's second opinion. Where the model finds a
	// window of one or two sentences is crisis language and the rules kept
	// nothing high there, it is high, unless something in the window
	// speaks against it: an idiom, a hit a context rule set aside
	// (negation, mention, accident, the past), a mention, recovery,
	// distant-past or accident cue, or a joking word.
	for _, q := range idioms {
		veto(q.sentence)
	}
	checkIn := false
	if win.first >= 0 && !vetoed[0] && !vetoed[1] && !c.modelVeto(win, cues) {
		covered := false
		for _, k := range keep {
			if k.tier >= High && k.o.sentence >= win.first && k.o.sentence <= win.last {
				covered = true
				break
			}
		}
		// It speaks only where a crisis word (domainWords) or a lexicon
		// hit of crisis talk is in the window too, or where it is sure
		// (modelSure): on ordinary sentences ("I keep thinking about my
		// ex") it is often past its threshold, seldom sure. Elsewhere it
		// may only ask for a check-in (rule 8c).
		switch {
		case covered:
		case inWindowDomain(c, sc.occs, win):
			o := d.modelOccurrence(c, sc, win)
			// Rule 8b: the sentence it names has someone else as its
			// subject and not the writer ("my husband … he's started
			// talking about his pistol"), or, for a relapse, its own
			// words are someone else's as rule 3 reads them ("he says he
			// started using again and I'm worried"): a low check-in, as
			// rule 3c.
			// Rule 8d: the writer says there, or takes back just after,
			// that they will not act on it ("… not wake up. But I will
			// not do anything, don't worry."): a low check-in, as rule
			// 4e, unless means, a time or a plan is near.
			held := (cues.inSentences(idRestraint, win.first, win.last) || c.takenBack(win.last)) &&
				!near(idMeans, win.last) && !near(idTime, win.last) && len(cues[idPlan]) == 0
			switch {
			case selfDirected[o.e.Category] && c.othersSentence(o), o.e.Category == "relapse" && (c.othersSentence(o) || c.someoneElse(o)):
				keep = append(keep, kept{o: o, tier: Low, why: "someone else"})
			case held:
				keep = append(keep, kept{o: o, tier: Low, why: "will not act on it"})
			default:
				keep = append(keep, kept{o: o, tier: High, why: "word model"})
			}
		default:
			checkIn = c.speaksOfSelf(win.first-1, win.last) && !c.addressed(win.first, win.last) // rule 8c, below
		}
	}
	// Rule 6d: joining someone who has died. A wish or intent to be with
	// someone ("I'm going to be with him", "coming to join you") in a
	// text that says someone close has died, in that sentence or before
	// it ("Our son was stillborn on Tuesday"), is high, unless negated,
	// an "if", a mention, a story or the distant past. Apart, the two
	// are ordinary words ("going to be with her tonight").
	if k := c.rejoining(cues, keep); k >= 0 {
		q := cues[idRejoin][k]
		sc.composed = append(sc.composed, compiled{kind: kSignal, Entry: Entry{Kind: KindSignal, Category: "suicide", Tier: High, Phrase: q.e.Phrase}, cue: -1})
		q.e = &sc.composed[len(sc.composed)-1]
		keep = append(keep, kept{o: q, tier: High, why: "joining someone who died"})
	}
	// Rule 6e: using again with opioids named beside it ("Twelve years
	// off heroin … I've started using again") is high, not a check-in:
	// after a time without, the body has lost its tolerance and the old
	// dose can stop breathing. Only a relapse phrase about using counts
	// ("started using again", not "had a drink"), as the lexicon set it,
	// and only of the writer ("my brother … started using again" stays
	// a check-in).
	for i := range keep {
		k := &keep[i]
		if k.tier == Low && k.why == "lexicon tier" && k.o.e.Category == "relapse" && hasWordOf(k.o.e.norm, usingWords) &&
			c.namesOpioid(k.o.sentence-1, k.o.sentence+1) && !c.someoneElse(k.o) && !c.othersSentence(k.o) {
			k.tier, k.why = High, "using again with opioids"
		}
	}
	// Rule 6g: a relapse the writer cannot stop ("Off the drink two
	// years and I'm after going on a three-day bender. Still going,
	// can't stop.") is a relapse in full, high, not a slip to check in
	// on: "can't stop" in its sentence or the next.
	for i := range keep {
		k := &keep[i]
		if k.tier == Low && k.why == "lexicon tier" && k.o.e.Category == "relapse" && c.cantStop(k.o.sentence, k.o.sentence+1) {
			k.tier, k.why = High, "a relapse that cannot stop"
		}
		// Nor one that went on again now ("I used again last night in
		// the car park. And tonight.").
		if k.tier == Low && k.why == "lexicon tier" && k.o.e.Category == "relapse" && c.goesOnNow(k.o.sentence+1) && !c.someoneElse(k.o) && !c.othersSentence(k.o) {
			k.tier, k.why = High, "a relapse that goes on"
		}
	}
	// Rule 6c: despair said again. Two different hopeless phrases, each
	// low on its own and left as it is by every rule, in different
	// clauses of one text ("Every day is just pain. There's nothing to
	// look forward to, nothing will ever change.") are high: a mood
	// named once is a check-in, a mood the writer keeps returning to is
	// someone to reach now.
	if k := c.despairAgain(keep); k >= 0 {
		keep[k].tier, keep[k].why = High, "despair said again"
	}
	// Rule 3i: the writer named in the third person ("Your girl is
	// done", "This idiot cut herself again", "She burns herself … She
	// is me"): the text's third-person crisis phrases, low as someone
	// else's, are the writer's own and high.
	if c.selfNamed(cues[idSelf]) {
		for i := range keep {
			k := &keep[i]
			if k.tier == Low && (k.why == "lexicon tier" || k.why == "someone else") && selfCategories[k.o.e.Category] && hasWordOf(k.o.e.Phrase, thirdPersons) {
				k.tier, k.why = High, "the writer in the third person"
			}
		}
	}
	// Rule 6: escalation. A high suicide, self-harm, overdose or
	// harm-to-others signal with a time (a when: habits are set aside
	// above), means or plan cue nearby, or any goodbye, is critical.
	farewell, goodbye := partings(cues)
	for i := range keep {
		k := &keep[i]
		if k.tier != High || k.why == "someone else, in danger now" {
			continue
		}
		// A death supposed (rule 1j) holds its own when and where ("if I
		// fell off the scaffold tomorrow"): they are no plan.
		if k.o.e.rule == ruleWelcomed && ownCuesOnly(cues[idTime], k.o, k.o.sentence-1, k.o.sentence+1) &&
			ownCuesOnly(cues[idMeans], k.o, k.o.sentence-1, k.o.sentence+1) && len(cues[idPlan]) == 0 && farewell+goodbye == 0 {
			continue
		}
		switch k.o.e.Category {
		case "suicide", "self_harm", "overdose", "harm_to_others":
		case "abuse":
			// Abuse with tonight, right now or a few minutes or hours
			// in its own sentence is happening or about to ("he's got
			// his hands round my throat right now", "I'm scared to go
			// home tonight"); a day ahead or an hour of the night may be
			// a habit told ("kicks me at 3am"), and means and plans are
			// the writer's words, not the abuser's, so neither counts.
			if c.imminent(cues[idTime], k.o.sentence) {
				k.tier, k.why = Critical, "abuse with a time"
			}
			continue
		default:
			continue
		}
		// Near means the sentence before, its own and the one after;
		// for the word model, around its whole window, whose strongest
		// word may sit in either sentence ("I have 60 of my mum's
		// tramadol in front of me. Is that enough? Tonight I want to
		// find out.").
		lo, hi := k.o.sentence-1, k.o.sentence+1
		if k.why == "word model" {
			lo, hi = win.first-1, win.last+1
		}
		switch {
		case c.timeFor(cues[idTime], k.o, lo, hi):
			k.tier, k.why = Critical, "with a time"
		case cues.inSentences(idMeans, lo, hi) && !c.meansOwn(cues[idMeans], k.o, lo, hi) && !(k.o.e.model && c.meansThought(cues[idMeans], lo, hi)) || planBeyond(cues[idPlan], k.o),
			k.o.e.Category == "suicide" && c.standingAt(cues[idMeans], k.o.sentence-2, false):
			// The writer where they stand stays there a sentence
			// longer ("I'm on the roof of my halls block. I've
			// messaged my flatmates. I'm going to jump.").
			k.tier, k.why = Critical, "with means or a plan"
		case k.o.e.Category == "self_harm" && c.bleedingOn(lo, hi):
			// Rule 6h: a wound that will not stop bleeding is an
			// emergency whatever words tell it ("It's deep and there's
			// blood on the carpet and it won't stop").
			k.tier, k.why = Critical, "bleeding that will not stop"
		case farewell+goodbye > 0 && (k.o.e.model || partingBeyond(cues, k.o)):
			// A goodbye in a lexicon phrase's own words ("I won't be
			// here for the next birthday") is the phrase, not a second
			// sign. The word model's window is read whole: a goodbye
			// that the model leans on still counts ("Goodbye everyone.
			// I can't do this anymore.").
			k.tier, k.why = Critical, "with a goodbye"
		}
	}
	// Rule 6b: goodbyes with hopelessness. One goodbye with despair is
	// high; two goodbyes with despair ("can't do this anymore, goodbye
	// everyone, I'm sorry") are critical.
	if farewell+goodbye > 0 {
		for i := range keep {
			k := &keep[i]
			if k.o.e.Category != "hopelessness" || k.tier >= High {
				continue
			}
			k.tier, k.why = High, "despair with a goodbye"
			if farewell+goodbye >= 2 {
				k.tier = Critical
			}
		}
	}
	// Rule 6e: despair with means and a time. A low hopelessness or
	// suicide phrase, with means and a time together in its own
	// sentence, the one before or the next, is critical ("I can't face
	// them. I'm going up to the top floor of the car park tonight.",
	// "I'm on the bridge right now. I can't do it anymore."): each cue
	// alone is everyday, and the despair says what they are for. The
	// writer must be alone in that sentence: "meeting Jess at the car
	// park tonight", "we're going up the multi storey tonight" are plans
	// with others.
	for i := range keep {
		k := &keep[i]
		if k.tier != Low || k.why != "lexicon tier" || k.o.e.Category != "hopelessness" && k.o.e.Category != "suicide" {
			continue
		}
		for sn := max(k.o.sentence-1, 0); sn <= k.o.sentence+1; sn++ {
			// A time said as a fragment just after belongs to the
			// means ("Rope's in the shed. Tonight.").
			timeTo := sn
			if c.fragment(sn + 1) {
				timeTo = sn + 1
			}
			if c.liveCues(cues[idMeans], sn, sn) > 0 && c.liveCues(cues[idTime], sn, timeTo) > 0 && (c.alone(sn) || c.meansAfter(cues, sn, k.o.sentence)) {
				k.tier, k.why = Critical, "despair with means and a time"
				break
			}
		}
	}
	// Rule 7a: a goodbye that looks forward to meeting again ("love you
	// all, see you soon!") is no goodbye on its own, nor with means or
	// a plan; in a text the rules above found high it still counts ("I
	// can't do this anymore. Goodbye everyone. See you soon.").
	high := false
	for _, k := range keep {
		high = high || k.tier >= High
	}
	if farewell+goodbye > 0 && !high {
		for _, kind := range []int{idGoodbye, idFarewell} {
			kept := cues[kind][:0]
			for _, q := range cues[kind] {
				if c.reunionAt(q.sentence-1, q.sentence+1) {
					drop(q, "see you again")
					continue
				}
				kept = append(kept, q)
			}
			cues[kind] = kept
		}
		farewell, goodbye = partings(cues)
	}
	// Rule 7d: leaving well. Goodbyes in a text with no crisis phrase
	// at all, where the writer says they are well now ("Two years sober
	// and I want my nights back for my kids. This is my final post.
	// Thank you all."), are a member moving on. A recovery told in the
	// past ("I was sober for two years") or denied says nothing of now,
	// and means or a plan anywhere in the text leave the goodbyes as
	// they are.
	if farewell+goodbye > 0 && len(keep) == 0 && c.wellNow(cues[idRecovery]) &&
		c.liveCues(cues[idMeans], 0, math.MaxInt32) == 0 && c.liveCues(cues[idPlan], 0, math.MaxInt32) == 0 {
		for _, kind := range []int{idGoodbye, idFarewell} {
			for _, q := range cues[kind] {
				drop(q, "leaving well")
			}
			cues[kind] = cues[kind][:0]
		}
		farewell, goodbye = partings(cues)
	}
	// Rule 7: goodbyes without other signals. A farewell ("my last
	// post") with another goodbye, with two preparations near it
	// ("Gave my tools away and wrote my letters. I won't be here for
	// the spring planting."), or with a plan or means and a time ("Going
	// to walk in off the slipway when it gets dark. Ye were all good to
	// me."), is critical; with distress, or with
	// means or a plan within three sentences ("I'm sat on the wall of
	// the multi-storey … Tell my mum it wasn't her fault.", "Final post.
	// I've given my cat to my neighbour."), it is high.
	if farewell > 0 {
		tier := Low
		switch {
		case farewell+goodbye >= 2, c.nearFarewell(cues, idPlan) >= 2,
			c.nearFarewell(cues, idPlan)+c.nearFarewell(cues, idMeans) > 0 && c.nearFarewell(cues, idTime) > 0:
			tier = Critical
		case len(keep) > 0 || c.nearFarewell(cues, idMeans) > 0 || c.nearFarewell(cues, idPlan) > 0:
			tier = High
		}
		if tier > Low || len(keep) == 0 {
			for _, q := range cues[idFarewell] {
				keep = append(keep, kept{o: q, tier: tier, why: "goodbye"})
			}
		}
	}
	// Rule 7b: preparation. A plan with means, or a plan with a time (a
	// when, not a habit) and one more cue (another plan,
	// means, a time, a goodbye), within two sentences of each other, is
	// critical even with no crisis phrase ("bought rope. I know where I'm
	// going to do it", "it's all planned for Friday. I'm ready").
	for _, p := range cues[idPlan] {
		// A plan told in the distant past ("a year ago I was writing
		// goodbye letters") is a story.
		if c.negated(p) || inSentence(idDistant, p.sentence) && !inSentence(idRecent, p.sentence) {
			continue
		}
		// Nor is an outing (rule 2g): "driving to the bridge now for a
		// picnic".
		if c.outing(p) {
			drop(p, "an outing")
			continue
		}
		lo, hi := p.sentence-2, p.sentence+2
		means, times := c.liveCues(cues[idMeans], lo, hi), c.liveCues(cues[idTime], lo, hi)
		// Belongings given away (rule 7g) that are a means themselves
		// ("gave my old knife roll to the new commis") name what is
		// given, not a means at hand.
		if p.e.rule == ruleGivenAway {
			means = c.liveCuesBeyond(cues[idMeans], lo, hi, p)
		}
		if means > 0 || times > 0 && c.liveCues(cues[idPlan], lo, hi)+means+times+c.liveCues(cues[idGoodbye], lo, hi)+c.liveCues(cues[idFarewell], lo, hi) >= 3 {
			keep = append(keep, kept{o: p, tier: Critical, why: "a plan with means or a time"})
		}
	}
	// Rule 7d: three or more preparations close together ("tying up
	// loose ends. Returned borrowed things, deleted my socials") are a
	// low check-in even with no crisis phrase, no time and no means:
	// each alone is everyday, together they may be affairs put in order.
	// Not high: someone moving abroad or retiring writes the same.
	for _, p := range cues[idPlan] {
		if !c.negated(p) && c.liveCues(cues[idPlan], p.sentence-2, p.sentence+2) >= 3 {
			keep = append(keep, kept{o: p, tier: Low, why: "preparations"})
			break
		}
	}
	// Rule 7c: means with a goodbye in the sentence before, the same or
	// one of the next two ("the rope is ready. goodbye.", "The pills are
	// in my hand. I'm so tired. Goodbye.") is critical even with no
	// crisis phrase.
	if farewell+goodbye > 0 {
		for _, m := range cues[idMeans] {
			if !c.negated(m) && (cues.inSentences(idGoodbye, m.sentence-1, m.sentence+2) || cues.inSentences(idFarewell, m.sentence-1, m.sentence+2)) {
				keep = append(keep, kept{o: m, tier: Critical, why: "means with a goodbye"})
			}
		}
	}
	// Rule 7e: a goodbye with a preparation in the two sentences before
	// it, its own or the next ("Gave my guitars away. Thank you all for
	// everything.") is high even with no crisis phrase; with two
	// preparations ("I've given my bike away and written my letters.
	// Goodbye everyone.") it is critical. A farewell is rule 7's.
	if goodbye > 0 && farewell == 0 {
		for _, g := range cues[idGoodbye] {
			if c.negated(g) {
				continue
			}
			// A plan counts when it is not the goodbye's own words
			// ("writing goodbye letters") nor told of long ago.
			n := 0
			for _, p := range inSentenceRange(cues[idPlan], g.sentence-2, g.sentence+1) {
				if p.i < g.j && g.i < p.j || c.negated(p) || inSentence(idDistant, p.sentence) && !inSentence(idRecent, p.sentence) {
					continue
				}
				n++
			}
			if n == 0 {
				continue
			}
			tier := High
			if n >= 2 {
				tier = Critical
			}
			keep = append(keep, kept{o: g, tier: tier, why: "a goodbye with a plan"})
			break
		}
	}
	// Rule 8c: where the word model is past its threshold, short of
	// sure, with no crisis word or crisis hit in its window, it asks
	// for a check-in when the writer speaks of themselves there or in
	// the sentence before ("I", "me", "my") and not to someone ("I'm
	// thinking of you tonight", "I wish I could give you a hug":
	// replies of support), and only when no rule above kept anything:
	// it raises no other rule's tier. Replaying the first runs of sets
	// 40–72 (see modelSure), 357 of their 458 crisis lines reach a human
	// at low or above instead of 325, and 31 of 527 calm lines are
	// checked in instead of 24.
	if checkIn && len(keep) == 0 {
		keep = append(keep, kept{o: d.modelOccurrence(c, sc, win), tier: Low, why: "word model, no crisis word"})
	}
	var cats uint32 // bit i: sortedCategories[i]
	if len(keep) > 0 {
		v.Matches = make([]Match, 0, len(keep))
	}
	for _, k := range keep {
		cat := k.o.e.Category
		if k.o.e.kind == kCue {
			cat = "suicide"
		}
		if k.tier > v.Severity {
			v.Severity = k.tier
		}
		cats |= 1 << categoryIndex(cat)
		if k.o.e.model && withinKept(keep, k) {
			continue // "my last" of the model inside "my last post" of a rule
		}
		v.Matches = append(v.Matches, Match{Term: k.o.e.term(), Category: cat, Start: k.o.start, End: k.o.end, Tier: k.tier.String(), Why: k.why})
	}
	for i, cat := range sortedCategories {
		if cats&(1<<i) != 0 {
			v.Categories = append(v.Categories, cat)
		}
	}
	sc.keep = keep[:0]
	slices.SortFunc(v.Matches, func(a, b Match) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	return v
}

// withinKept: another kept hit, not the word model's, spans k's words
// at k's tier or above, so naming k as well would only repeat it.
func withinKept(keep []kept, k kept) bool {
	for _, o := range keep {
		if !o.o.e.model && o.tier >= k.tier && o.o.start <= k.o.start && k.o.end <= o.o.end {
			return true
		}
	}
	return false
}

// partings counts the farewells ("my last post") and the goodbyes that
// are not part of one ("thank you all" in "thank you all for being").
func partings(cues *cueIndex) (farewell, goodbye int) {
	farewells := cues[idFarewell]
	for _, g := range cues[idGoodbye] {
		// Farewells are ordered by end and do not overlap each other:
		// only the first that ends after g starts can overlap it.
		k := sort.Search(len(farewells), func(x int) bool { return farewells[x].j > g.i })
		if k == len(farewells) || farewells[k].i >= g.j {
			goodbye++
		}
	}
	return len(farewells), goodbye
}

// cuesBeyond: one of qs lies outside o's words.
func cuesBeyond(qs []occurrence, o occurrence) bool {
	for _, q := range qs {
		if q.i < o.i || q.j > o.j {
			return true
		}
	}
	return false
}

// partingBeyond: a goodbye or farewell cue lies outside o's words.
func partingBeyond(cues *cueIndex, o occurrence) bool {
	return cuesBeyond(cues[idFarewell], o) || cuesBeyond(cues[idGoodbye], o)
}

// pairs reports whether a frame and a concept compose: desire frames
// ("want to") with dying and harm, "against" frames ("no reason to",
// "tired of") with living, harm verbs ("carved", "burning") with one's
// own body, violence ("stab", "hurt") with another person, "if"
// ("happier if i") with absence ("wasnt around"), and incite frames
// ("why don't you just") with dying or an overdose only.
func pairs(frame, concept *compiled) bool {
	if frame.Category == "incite" && concept.Category != "suicide" && concept.Category != "overdose" {
		return false // "why don't you just cut your hair"
	}
	fc := frameCategories[frame.Category]
	return fc == concept.Class || fc == "body" && concept.Class == "limb"
}

// maxFrameGap is how many words may stand between a frame and its
// concept ("I want to just go to sleep and die"): five kept every hard
// negative of the corpus below high while catching more phrasing.
const maxFrameGap = 5

// usingWords say a phrase is about taking drugs ("started using
// again", "scored off my old dealer", "bought heroin again").
var usingWords = map[string]bool{"use": true, "using": true, "used": true, "relapsed": true, "score": true, "bought": true,
	"scored": true, "dealer": true, "shot": true, "smoked": true, "smoking": true}

// reportedThreat: o is a harm to a third person ("kill her") just after
// "threatened to", and the one who threatened is someone met or told
// of ("whose ex", "the defendant", "a client"), not the writer, nor
// "my" or "our" someone, nor a bare "he" or "she" who may be at home.
func (c *context) reportedThreat(o occurrence) bool {
	if !c.wordIs(o.ti-1, "to") || !c.wordIn(o.ti-2, threatWords) || !c.wordIn(o.tj-1, thirdObjects) {
		return false
	}
	cl := c.toks[o.ti].clause
	for k := o.ti - 3; k >= 0 && k >= o.ti-6 && c.toks[k].clause == cl; k-- {
		switch {
		case c.toks[k].flags&flagFirstPerson != 0, c.wordIs(k, "our"), c.wordIs(k, "he"), c.wordIs(k, "she"), c.wordIs(k, "they"):
			return false
		case c.wordIn(k, toldOf):
			return true
		}
	}
	return false
}

// threatWords say a threat was made; thirdObjects are the one it was
// made against; toldOf open the name of someone met or told of.
var (
	threatWords  = map[string]bool{"threatened": true, "threatening": true, "threatens": true, "threaten": true}
	thirdObjects = map[string]bool{"her": true, "him": true, "them": true}
	toldOf       = map[string]bool{"whose": true, "the": true, "a": true, "an": true, "her": true, "his": true, "their": true}
)
