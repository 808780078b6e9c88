package crisis

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed lexicon.txt
var defaultLexicon string

// Kind says how an entry takes part in a verdict.
type Kind string

const (
	KindSignal  Kind = "signal"  // a crisis phrase
	KindTopic   Kind = "topic"   // a bare topic word; context decides
	KindCue     Kind = "cue"     // context: time, means, plan, goodbye, ...
	KindIdiom   Kind = "idiom"   // cancels any signal inside it
	KindFrame   Kind = "frame"   // desire or intent: "want to", "thinking about"
	KindConcept Kind = "concept" // what a frame is about: "die", "stop existing"
)

// Categories a signal can carry.
var Categories = []string{"suicide", "self_harm", "overdose", "abuse", "harm_to_others", "relapse", "hopelessness"}

// cue types.
const (
	cueTime     = "time"
	cueMeans    = "means"
	cuePlan     = "plan"
	cueGoodbye  = "goodbye"
	cueFarewell = "farewell"
	cueMention  = "mention"
	cueStory    = "story" // a film, song, book or the news retold: a mention that also covers phrases
	cueDistant  = "distant"
	cueRecent   = "recent"
	cueRecovery = "recovery"
	cueAccident = "accident"
	// cueReached: a step the writer took to stay safe ("I called my
	// sister", "gave my pills to my mum"); recovery talk too.
	cueReached = "reached"
	// cueRestraint: the writer says they will not act on a thought ("I'd
	// never act on it", "I won't act on them").
	cueRestraint = "restraint"
	// cueBereaved: someone close has died ("stillborn", "since mum
	// died"); cueRejoin: the writer means to be with someone ("I'm going
	// to be with him", "coming to join you"). Together they are a crisis
	// signal (rule 6d); apart they are ordinary words.
	cueBereaved = "bereaved"
	cueRejoin   = "rejoin"
	// cueSelf: the writer names themselves in the third person ("your
	// girl", "yours truly", "she is me"); their third-person crisis
	// phrases are then their own (rule 3i).
	cueSelf = "self"
)

// CueTypes lists the cue types, in the order the admin page offers them.
var CueTypes = []string{cueTime, cueMeans, cuePlan, cueGoodbye, cueFarewell, cueMention, cueStory, cueDistant, cueRecent,
	cueRecovery, cueAccident, cueReached, cueRestraint, cueBereaved, cueRejoin, cueSelf}

var cueTypes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range CueTypes {
		m[c] = true
	}
	return m
}()

// Entry is one lexicon line.
type Entry struct {
	Kind     Kind
	Category string // signal/topic category, or cue type
	Tier     Severity
	Past     bool
	// Class types a frame or concept so only kindred ones compose: a
	// concept's class is "" (death and harm), life, body, person or
	// absent; a frame's class is its category.
	Class  string
	Phrase string // as written
}

// Lexicon is a versioned list of entries.
type Lexicon struct {
	Version string
	Entries []Entry
}

// DefaultLexicon parses the embedded lexicon.
func DefaultLexicon() *Lexicon {
	lex, err := ParseLexicon(defaultLexicon)
	if err != nil {
		panic("crisis: embedded lexicon: " + err.Error())
	}
	return lex
}

// ParseLexicon reads the "kind | category | tier | flags | phrase" format.
func ParseLexicon(src string) (*Lexicon, error) {
	lex := &Lexicon{}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if v, ok := strings.CutPrefix(line, "version "); ok {
			lex.Version = strings.TrimSpace(v)
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: want 5 fields separated by |", n+1)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		past, class, err := parseFlags(f[3])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		e, err := NewEntry(f[0], f[1], f[2], past, f[4])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		if class != "" {
			if e.Kind != KindConcept {
				return nil, fmt.Errorf("line %d: only concepts take a class", n+1)
			}
			e.Class = class
		}
		lex.Entries = append(lex.Entries, e)
	}
	if lex.Version == "" {
		return nil, fmt.Errorf("lexicon has no version line")
	}
	return lex, nil
}

// conceptClasses pair with frame categories in composition (see pairs).
var conceptClasses = map[string]bool{"life": true, "body": true, "limb": true, "person": true, "absent": true, "lethal": true,
	"taken": true, "struck": true}

// frameCategories: self and other frames are about dying or harm, and so
// are incite frames, which urge it on the reader ("why don't you just",
// "do us all a favour and"); the rest each pair with one concept class
// (dose: a question of quantity about a medicine, "how many of my
// sleeping pills" … "would it take to kill me"; wish: a wish that
// something past had been the writer's death, "wish the crash" … "had
// killed me"; thrust: a thing driven through someone, "put a" …
// "through his head", the writer's as violence is).
var frameCategories = map[string]string{"self": "", "other": "", "against": "life", "harm": "body", "violence": "person", "if": "absent", "incite": "", "dose": "lethal",
	"wish": "taken", "thrust": "struck"}

// parseFlags reads the flags column: "-", or a comma list of "past" and
// at most one concept class.
func parseFlags(s string) (past bool, class string, err error) {
	if s == "-" || s == "" {
		return false, "", nil
	}
	for _, f := range strings.Split(s, ",") {
		switch f = strings.TrimSpace(f); {
		case f == "past":
			past = true
		case conceptClasses[f] && class == "":
			class = f
		default:
			return false, "", fmt.Errorf("unknown flag %q", f)
		}
	}
	return past, class, nil
}

// NewEntry validates one entry (used for admin additions too).
func NewEntry(kind, category, tier string, past bool, phrase string) (Entry, error) {
	e := Entry{Kind: Kind(kind), Category: category, Past: past, Phrase: phrase}
	if strings.TrimSpace(string(Normalize(phrase).Text)) == "" {
		return e, fmt.Errorf("phrase %q has no letters", phrase)
	}
	switch e.Kind {
	case KindFrame:
		if _, ok := frameCategories[category]; !ok {
			return e, fmt.Errorf("frame category must be self, other, against, harm, violence, if, incite, dose, wish or thrust")
		}
		// A frame may be critical by itself: a completed act ("ive just
		// taken") makes what follows critical.
		if tier == "critical" {
			e.Tier = Critical
		}
	case KindSignal, KindTopic, KindConcept:
		if !validCategory(category) {
			return e, fmt.Errorf("unknown category %q", category)
		}
		t, ok := ParseSeverity(tier)
		if !ok || t == None {
			return e, fmt.Errorf("tier must be low, high or critical")
		}
		e.Tier = t
	case KindCue:
		if !cueTypes[category] {
			return e, fmt.Errorf("unknown cue type %q", category)
		}
	case KindIdiom:
		e.Category = ""
	default:
		return e, fmt.Errorf("unknown kind %q", kind)
	}
	return e, nil
}

func validCategory(c string) bool {
	for _, k := range Categories {
		if k == c {
			return true
		}
	}
	return false
}

// With returns a copy of the lexicon with extra entries and a version that
// names them, so every flag records exactly which lexicon judged it.
func (l *Lexicon) With(extra []Entry, tag string) *Lexicon {
	out := &Lexicon{Version: l.Version, Entries: append(append([]Entry(nil), l.Entries...), extra...)}
	if len(extra) > 0 {
		out.Version = l.Version + "+" + tag
	}
	return out
}
