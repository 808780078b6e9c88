package crisis

import (
	"cmp"
	"slices"
	"strings"
)

// wordAutomaton is Aho–Corasick over words rather than bytes. Lexicon
// phrases are whole words of the normalized text, so the text is read
// once as a sequence of words: each word is hashed as it is read and
// looked up in the lexicon's vocabulary, a word outside it sends the
// matcher back to the root at once, and only words of some phrase step
// the automaton. This keeps the tables small (a byte-level DFA over the
// same lexicon needed about 20 MB and missed the cache on most bytes).
type wordAutomaton struct {
	vocab  wordTable // word → id (1-based)
	joined wordTable // reversed-hash table of joined phrases ("wanttodie")
	root   []int32   // word id → state after the root
	// states[s] holds state s's move filter, failure link and the start
	// of its moves in trans; a step reads one record, and its moves lie
	// together (see stateRec).
	states []stateRec
	trans  []wordMove
	outAt  []int32 // patterns ending at state s: outs[outAt[s]:outAt[s+1]]
	outs   []int32
	// outLink chains states whose output lists must also be reported.
	outLink []int32
	emits   []bool   // state has output of its own or through outLink
	flags   []uint32 // word id → rule-word flags (see ruleWords)
	canon   []int32  // vocabulary id → the id of the word it stands for
	spell   [][]byte // word id → the word as the lexicon and the rules write it
	// patternWords: ids 1..patternWords are words of some phrase; the
	// rest are words only the rules or the word model ask about.
	patternWords int32
	// me and my are the ids of "me" and "my": in much of Britain,
	// Ireland and Australia "me" is also "my" ("sorted me affairs"), so
	// the matcher follows both readings (see match).
	me, my int32
	ay     int32   // the Black Country "ain't" after a subject (see scan)
	own    int32   // read past after "my" (see scan)
	depth  []uint8 // words from the root to each state
	plen   []uint8 // words in each pattern
}

// stateRec is one state of the automaton past the root. moves has
// moveBit(w) set for every word w the state has a move on: most words
// continue no phrase, and the filter answers them without reading the
// moves. The state's moves are trans[first:next state's first], sorted
// by word.
type stateRec struct {
	moves uint64
	fail  int32
	first int32
}

// wordMove is a move on word to state next.
type wordMove struct {
	word, next int32
}

// hit is a pattern occurrence ending at byte end (exclusive, after the
// trailing space) of the normalized text, in word tok.
type hit struct {
	pattern int32
	end     int32
	tok     int32
	skip    int32 // words of the text the phrase reads past (see match)
}

// minJoined is the shortest joined phrase matched at the end of a longer
// run of letters; shorter ones would turn up inside ordinary words.
const minJoined = 8

// buildWordAutomaton compiles normalized patterns (" word word ", or a
// joined "wordword " with no leading space, which may also end a longer
// word: "iwanttodie"). It also returns the vocabulary, so the word model
// can be compiled against the same ids.
func buildWordAutomaton(patterns []string, rules map[string]uint32, extra []string) (*wordAutomaton, map[string]int32) {
	a := &wordAutomaton{}
	ids := map[string]int32{}
	idOf := func(w string) int32 {
		if id, ok := ids[w]; ok {
			return id
		}
		id := int32(len(ids) + 1)
		ids[w] = id
		return id
	}
	type node struct {
		next map[int32]int32
		out  []int32
	}
	nodes := []node{{next: map[int32]int32{}}}
	var joined []string
	for pi, p := range patterns {
		if !strings.HasPrefix(p, " ") {
			joined = append(joined, strings.TrimSpace(p))
		}
		s := int32(0)
		for _, w := range strings.Fields(p) {
			id := idOf(w)
			n, ok := nodes[s].next[id]
			if !ok {
				n = int32(len(nodes))
				nodes = append(nodes, node{next: map[int32]int32{}})
				nodes[s].next[id] = n
			}
			s = n
		}
		nodes[s].out = append(nodes[s].out, int32(pi))
		a.plen = append(a.plen, uint8(min(len(strings.Fields(p)), 255)))
	}
	a.patternWords = int32(len(ids))
	a.me, a.my = ids["me"], ids["my"]
	// Words the context rules ask about join the vocabulary with their
	// flags, so those rules test a flag instead of a string.
	for w := range rules {
		idOf(w)
	}
	for _, w := range extra {
		idOf(w)
	}
	a.ay, a.own = idOf("ay"), idOf("own")
	a.flags = make([]uint32, len(ids)+1)
	for w, f := range rules {
		a.flags[ids[w]] = f
	}
	a.spell = make([][]byte, len(ids)+1)
	for w, id := range ids {
		a.spell[id] = []byte(w)
	}
	// Text-speak, common misspellings and medicine names read as the
	// words they stand for: each gets an id of its own that canon maps
	// to the word's.
	words := len(ids)
	a.canon = make([]int32, words+1, words+1+len(readAs))
	for id := range a.canon {
		a.canon[id] = int32(id)
	}
	aliases := map[string]int32{}
	for alias, word := range readAs {
		target, ok := ids[word]
		if !ok {
			continue
		}
		if id, taken := ids[alias]; taken {
			// A word only the rules or the word model know still stands
			// for the word it shortens; a word of some phrase reads as
			// written.
			if id > a.patternWords {
				a.canon[id] = target
			}
			continue
		}
		aliases[alias] = int32(len(a.canon))
		a.canon = append(a.canon, target)
	}
	a.vocab.init(len(ids) + len(aliases))
	for w, id := range ids {
		a.vocab.add(fnv([]byte(w)), w, id)
	}
	for w, id := range aliases {
		a.vocab.add(fnv([]byte(w)), w, id)
	}
	a.joined.init(len(joined))
	for _, w := range joined {
		if len(w) >= minJoined {
			a.joined.add(fnvReverse([]byte(w)), w, ids[w])
		}
	}
	a.root = make([]int32, len(ids)+1)
	for id, n := range nodes[0].next {
		a.root[id] = n
	}
	// goTo follows failure links until a state has an edge on w.
	fail := make([]int32, len(nodes))
	goTo := func(s, w int32) int32 {
		for {
			if n, ok := nodes[s].next[w]; ok {
				return n
			}
			if s == 0 {
				return 0
			}
			s = fail[s]
		}
	}
	a.outLink = make([]int32, len(nodes))
	a.outLink[0] = -1
	queue := make([]int32, 0, len(nodes))
	a.depth = make([]uint8, len(nodes))
	for _, n := range nodes[0].next {
		queue = append(queue, n)
		a.outLink[n] = -1
		a.depth[n] = 1
	}
	// Breadth-first: a state's failure target is known before its
	// children's are computed.
	for k := 0; k < len(queue); k++ {
		s := queue[k]
		for w, n := range nodes[s].next {
			f := goTo(fail[s], w)
			fail[n] = f
			a.depth[n] = min(a.depth[s], 254) + 1
			switch {
			case len(nodes[f].out) > 0:
				a.outLink[n] = f
			case f != 0:
				a.outLink[n] = a.outLink[f]
			default:
				a.outLink[n] = -1
			}
			queue = append(queue, n)
		}
	}
	// Failure links stay links: a step that finds no move follows them
	// (see step). Resolving them ahead of time gave one probe per step
	// but an 8 MB table most steps missed in the cache.
	a.outAt = make([]int32, len(nodes)+1)
	a.emits = make([]bool, len(nodes))
	a.states = make([]stateRec, len(nodes)+1)
	for s, n := range nodes {
		a.outAt[s] = int32(len(a.outs))
		a.outs = append(a.outs, n.out...)
		a.emits[s] = len(n.out) > 0 || a.outLink[s] >= 0
		r := &a.states[s]
		r.fail, r.first = fail[s], int32(len(a.trans))
		if s == 0 {
			continue // the root's moves are the dense table
		}
		for w, m := range n.next {
			a.trans = append(a.trans, wordMove{word: w, next: m})
			r.moves |= moveBit(w)
		}
		slices.SortFunc(a.trans[r.first:], func(x, y wordMove) int { return cmp.Compare(x.word, y.word) })
	}
	a.states[len(nodes)].first = int32(len(a.trans))
	a.outAt[len(nodes)] = int32(len(a.outs))
	return a, ids
}

// moveBit is word w's bit in a state's move filter.
func moveBit(w int32) uint64 { return 1 << (uint64(uint32(w)) * 0x9E3779B97F4A7C15 >> 58) }

// step moves from state s on word id w (w > 0), following failure links
// until a state has an edge on w; the root's dense table ends the chain.
func (a *wordAutomaton) step(s, w int32) int32 {
	bit := moveBit(w)
	for s != 0 {
		r := &a.states[s]
		if r.moves&bit != 0 {
			if n := a.move(r.first, a.states[s+1].first, w); n > 0 {
				return n
			}
		}
		s = r.fail
	}
	if int(w) < len(a.root) {
		return a.root[w]
	}
	return 0
}

// move finds the move on word w among trans[lo:hi] (0: none). Most
// states have one or two moves; the few with many are searched by
// halves.
func (a *wordAutomaton) move(lo, hi, w int32) int32 {
	for hi-lo > 8 {
		mid := int32(uint32(lo+hi) >> 1)
		if a.trans[mid].word < w {
			lo = mid + 1
		} else {
			hi = mid + 1 // w, if there, is at mid or before it
		}
	}
	for _, m := range a.trans[lo:hi] {
		if m.word == w {
			return m.next
		}
	}
	return 0
}

// wordID returns the vocabulary id of a word (0 when no phrase, rule or
// model uses it). A long word outside the vocabulary may end in a joined
// phrase ("iwanttodie"); then it reads as that phrase.
func (a *wordAutomaton) wordID(w []byte, h, hd uint64) int32 {
	id := a.canon[a.vocab.find(h, hd, w)]
	if (id == 0 || id > a.patternWords) && len(w) >= 4 && len(w) < 32 && w[len(w)-1] == w[len(w)-2] && strings.IndexByte(typedTwice, w[len(w)-1]) >= 0 {
		// A last letter typed twice ("reallyy", "helpp") on a word no
		// phrase holds reads as the word with it once when a phrase
		// holds that.
		v := w[:len(w)-1]
		if s := a.canon[a.vocab.find(fnv(v), head(v), v)]; s != 0 && s <= a.patternWords {
			id = s
		}
	}
	if (id == 0 || id > a.patternWords) && len(w) >= 4 && len(w) < 32 && w[len(w)-2] == 'i' && w[len(w)-1] == 'n' {
		// "thinkin", "endin": a word of some phrase with its g dropped
		// reads as that word even when the model weighs the short form.
		if g := a.droppedG(w, h, hd); g != 0 && (id == 0 || g <= a.patternWords) {
			id = g
		}
	}
	if id == 0 && len(w) >= 5 && len(w) < 32 {
		// A letter typed twice inside a word no phrase, rule or model
		// holds ("sleepping", "bridgge") reads as the word with it once
		// when a phrase holds that. Words the model or the rules hold
		// are left as they are: asking for them too cost the word loop
		// about a tenth.
		if s := a.doubledLetter(w); s != 0 {
			id = s
		}
	}
	if id != 0 && id <= a.patternWords || len(w) <= minJoined || len(a.joined.slots) == 0 {
		return id
	}
	// Hash every suffix in one backward pass.
	r := uint64(fnvOffset)
	for i := len(w) - 1; i >= 1; i-- {
		r = (r ^ uint64(w[i])) * fnvPrime
		if len(w)-i >= minJoined {
			if j := a.joined.find(r, head(w[i:]), w[i:]); j != 0 {
				return j
			}
		}
	}
	return id
}

// typedTwice are the letters no English word ends with twice over, so a
// pair of them at a word's end is a slip or a stretch ("sorryy",
// "noww"); a final "ss", "ll", "tt" or "ee" is often a word of its own
// ("loss", "mall", "watt", "escapee") and is left as written.
const typedTwice = "ahijkmpquvwxy"

// doubledLetter looks up w with one letter of an inner pair dropped
// ("tabblets" → "tablets"), for a word of some phrase (0: none).
func (a *wordAutomaton) doubledLetter(w []byte) int32 {
	var buf [32]byte
	for i := 1; i+2 < len(w); i++ {
		if w[i] != w[i+1] {
			continue
		}
		n := copy(buf[:], w[:i])
		n += copy(buf[n:], w[i+1:])
		v := buf[:n]
		if s := a.canon[a.vocab.find(fnv(v), head(v), v)]; s != 0 && s <= a.patternWords {
			return s
		}
	}
	return 0
}

// droppedG looks up a word written without its final g ("thinkin" for
// "thinking").
func (a *wordAutomaton) droppedG(w []byte, h, hd uint64) int32 {
	var buf [32]byte
	n := copy(buf[:], w)
	buf[n] = 'g'
	if n < 8 {
		hd |= uint64('g') << (8 * n)
	}
	return a.canon[a.vocab.find((h^'g')*fnvPrime, hd, buf[:n+1])]
}

// textSpeak maps shorthand and common misspellings to the words the
// lexicon and rules use. Letters and digits that stand alone ("u", "2")
// are left out: they are also ordinary words and numbers. Words that
// only drop a final g ("goin") are found by droppedG.
var textSpeak = map[string]string{
	"dnt": "dont", "wnt": "want", "wnna": "wanna", "abt": "about", "bout": "about",
	"myslef": "myself", "myslf": "myself", "mysef": "myself", "mysel": "myself", "meself": "myself",
	"agen": "again", "agin": "again", "nite": "night", "tonite": "tonight", "2nite": "tonight",
	"wat": "what", "wud": "would", "wld": "would", "cud": "could", "shud": "should", "cuz": "because",
	"coz": "because", "bc": "because", "anymre": "anymore", "anymor": "anymore", "nomore": "anymore",
	"smthn": "something", "sumthin": "something", "evry": "every", "ppl": "people", "bf": "boyfriend",
	"gf": "girlfriend", "touchs": "touches", "ded": "dead", "oding": "overdosing",
	"suicde": "suicide", "sucide": "suicide", "suiside": "suicide", "suicidel": "suicidal",
	"overdoes": "overdose", "pils": "pills", "razer": "razor",
	"till": "until", "til": "until", "tmrw": "tomorrow", "tmr": "tomorrow", "tommorow": "tomorrow", "tomorow": "tomorrow",
	"ur":   "your",
	"yous": "you", "youse": "you", "yez": "you", "ye": "you",
	"ion": "dont", "tryna": "trying", "finna": "going", "gunna": "gonna", "gona": "gonna", "wana": "wanna",
	// Spelling as it comes when spelling is hard or hands shake.
	"wnat": "want", "sucidal": "suicidal", "sucidle": "suicidal", "suicidle": "suicidal", "slef": "self",
	"tabelts": "tablets", "tablts": "tablets", "tablest": "tablets", "agian": "again", "beter": "better",
	"monts": "months", "disapeer": "disappear", "disapear": "disappear", "dissapear": "disappear",
	"stoping": "stopping", "nife": "knife", "burnig": "burning", "anyting": "anything", "thers": "theres",
	"wil": "will", "goodbey": "goodbye", "goodby": "goodbye", "sory": "sorry", "relly": "really",
	"realy": "really", "evrything": "everything", "evryone": "everyone", "evrywere": "everywhere",
	"brige": "bridge", "wrsits": "wrists", "wirsts": "wrists", "saveing": "saving", "nobdy": "nobody",
	"stil": "still", "wen": "when", "dieing": "dying", "roap": "rope", "goodnye": "goodbye", "opne": "open",
	"overdoze": "overdose", "overdoce": "overdose", "takeing": "taking", "antidepresents": "antidepressants",
	"antidepresants": "antidepressants", "beleive": "believe", "relasped": "relapsed", "relapsd": "relapsed",
	"hopless": "hopeless", "latly": "lately", "cravins": "cravings", "lfe": "life", "stabb": "stab",
	"useing": "using", "munths": "months", "cuting": "cutting", "chokd": "choked", "killd": "killed",
	"leters": "letters", "familey": "family", "hiden": "hidden", "redy": "ready", "urj": "urge", "dizy": "dizzy",
	"tablits": "tablets", "tablit": "tablet", "rist": "wrist", "rists": "wrists", "everywere": "everywhere",
	"poynt": "point", "evr": "ever",
	// Northern English ("nowt's ever gonna change", "can't be doing with
	// owt", "gannin down the bridge").
	"nowt": "nothing", "nowts": "nothings", "owt": "anything", "summat": "something", "gannin": "going",
	"divvent": "dont", "divvnt": "dont", "ower": "over",
	// Geordie ("doon the bridge", "the blood winnit stop", "cannit
	// keep me eyes open", "nee future"); "us" for "me" and "a" for "I"
	// are left out, being also what they say.
	"doon": "down", "winnit": "wont", "cannit": "cant", "aal": "all", "nee": "no",
	// Formal English: "I cannot go on", "I shall end it", "I shan't be
	// here".
	"cannot": "cant", "shall": "will", "shant": "wont",
	// Southern US: "I'm fixin' to" is "I'm going to".
	"fixin": "going",
	// Scots, as it is written ("Ah cannae dae this", "doing masel in").
	// Left out: "ma" (also a mother), "ah" and "aw" (also sounds), "o"
	// and "ken" (a letter, a name).
	"cannae": "cant", "canna": "cant", "dinnae": "dont", "dinna": "dont", "willnae": "wont",
	"wouldnae": "wouldnt", "couldnae": "couldnt", "didnae": "didnt", "isnae": "isnt", "wasnae": "wasnt",
	"gonnae": "gonna", "masel": "myself", "masell": "myself", "naebody": "nobody", "naethin": "nothing",
	"nae": "no", "dae": "do", "fae": "from", "noo": "now", "aff": "off", "mair": "more", "tae": "to",
	"wi": "with", "aboot": "about", "oot": "out", "hame": "home", "weans": "kids", "wean": "child",
	"ahm": "im", "ahve": "ive", "voddy": "vodka", "hauf": "half", "anymair": "anymore", "wisnae": "wasnt",
	"wernae": "werent", "hadnae": "hadnt", "hasnae": "hasnt", "havnae": "havent", "shouldnae": "shouldnt",
	"awbody": "everybody", "fur": "for",
	// Jamaican Patois as written ("mi cyaan tek it", "better off
	// widout mi", "more dan di doctor seh"). Left out: "mi" (also
	// Spanish and Italian), "di" (also Italian), "fi" (to or for) and
	// "pon" (on or upon, in phrases of their own).
	"tek": "take", "waan": "want", "seh": "say", "cyaan": "cant", "widout": "without", "tink": "think",
	"dan": "than", "bredda": "brother", "stepfada": "stepfather", "fada": "father", "madda": "mother",
	// Shetland and Orkney as written ("burnin mesel", "nae wye oot",
	// "ony mair", "da blood winna stop"); "da" (also Portuguese) and
	// "wid" (also Patois "with") are left out.
	"mesel": "myself", "gaan": "going", "withoot": "without", "faimly": "family", "wye": "way", "ony": "any",
	"winna": "wont",
	// Yorkshire and Lancashire "wi'out" (a "t'" before a word is left:
	// it joins the word it stands before).
	"wiout": "without",
	// Trinidad and Tobago English ("mih chest tight", "ah cyah stand
	// up", "ah doh want to live"); "ah" and "de" (also a sound and a
	// Spanish and French word) are left out.
	"mih": "my", "mihself": "myself", "cyah": "cant", "doh": "dont", "dat": "that", "woulda": "would",
	"dem": "them",
	// Hawaiʻi Pidgin ("bettah off witout me", "notting going get
	// bettah", "anymo").
	"witout": "without", "bettah": "better", "notting": "nothing", "nutting": "nothing", "anymo": "anymore",
	"mo": "more",
}

// medicineNames are medicines the lexicon does not name one by one. Each
// reads as "pills", so every phrase written with pills ("all my pills",
// "a whole box of pills", "stockpiling his pills for me") finds them too:
// "I took all my prazosin and the zopiclone an hour ago". A medicine the
// lexicon does name (sertraline, zopiclone, insulin) is read as written,
// where its own phrases (a fatal dose of insulin) find it.
var medicineNames = strings.Fields(`
	paroxetine seroxat paxil duloxetine cymbalta vortioxetine trintellix brintellix agomelatine
	nortriptyline imipramine clomipramine dosulepin dothiepin lofepramine doxepin phenelzine
	tranylcypromine moclobemide reboxetine desvenlafaxine pristiq celexa cipralex luvox fluvoxamine
	remeron desyrel elavil
	aripiprazole abilify clozapine clozaril haloperidol haldol chlorpromazine largactil zyprexa
	risperdal paliperidone invega lurasidone latuda amisulpride sulpiride ziprasidone geodon
	cariprazine brexpiprazole asenapine
	valproate depakote epilim carbamazepine tegretol lamictal topiramate topamax levetiracetam
	keppra phenytoin lyrica neurontin oxcarbazepine
	alprazolam chlordiazepoxide librium nitrazepam oxazepam lormetazepam zaleplon eszopiclone
	lunesta stilnoct promethazine phenergan hydroxyzine atarax doxylamine diphenhydramine nytol
	sominex unisom restoril
	dihydrocodeine codydramol tapentadol palexia pethidine oramorph oxycontin oxynorm zomorph
	butrans solpadeine diclofenac voltaren celecoxib etoricoxib meloxicam calpol excedrin
	prazosin doxazosin clonidine digoxin warfarin apixaban rivaroxaban amlodipine atenolol
	bisoprolol metoprolol ramipril lisinopril losartan verapamil diltiazem nifedipine furosemide
	metformin gliclazide glipizide levothyroxine thyroxine colchicine methotrexate prednisolone
	prednisone chloroquine hydroxychloroquine isoniazid baclofen tizanidine methocarbamol
	cyclobenzaprine flexeril carisoprodol modafinil naltrexone disulfiram antabuse acamprosate
	norco lortab dilaudid hydromorphone opana oxymorphone`)

// expletives are swear words used only for force, read past by the
// matcher and the word model so a phrase holds with one inside it
// ("caving his fucking head in", "so effing done with being alive").
// "Bloody" and "bleeding" are left out: they are also what they say.
var expletives = map[string]bool{"fucking": true, "fuckin": true, "fing": true, "fking": true, "fkin": true, "fkn": true,
	"effing": true, "effin": true, "freaking": true, "freakin": true, "frigging": true, "friggin": true,
	"fricking": true, "frickin": true, "sodding": true, "fecking": true, "feckin": true, "flipping": true}

// censoredCurse: a starred word that can only be a swear word used for
// force ("f**king", "f*ckin"; three stars or more are read as a space,
// and match reads "f ing" past).
func censoredCurse(w []byte) bool {
	n := len(w)
	if n < 5 || w[0] != 'f' || w[1] != '*' {
		return false
	}
	return string(w[n-3:]) == "ing" || string(w[n-2:]) == "in"
}

// readAs maps each shorthand, misspelling and medicine name to the word
// the lexicon and the word model read it as.
var readAs = func() map[string]string {
	m := make(map[string]string, len(textSpeak)+len(medicineNames))
	for w, full := range textSpeak {
		m[w] = full
	}
	for _, w := range medicineNames {
		m[w] = "pills"
	}
	return m
}()

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnv(w []byte) uint64 {
	h := uint64(fnvOffset)
	for _, b := range w {
		h = (h ^ uint64(b)) * fnvPrime
	}
	return h
}

// fnvReverse hashes a word from its last byte to its first, so every
// suffix of a text word is hashed in one pass.
func fnvReverse(w []byte) uint64 {
	h := uint64(fnvOffset)
	for i := len(w) - 1; i >= 0; i-- {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// wordTable is an open-addressing hash set of words. A slot holds the
// word's first eight bytes, 32 bits of its hash and its id, 16 bytes in
// all, so one probe reads one slot. A word shorter than eight bytes is
// confirmed by the slot alone (its head has a zero byte where any longer
// word has a letter); a longer one also by its length and the arena.
type wordTable struct {
	slots []wordSlot
	mask  uint64
	lens  []uint32 // by id
	offs  []uint32 // by id: offset in arena
	arena []byte
}

type wordSlot struct {
	head uint64
	tag  uint32
	id   int32
}

// head packs the first eight bytes of w, little-endian, zero-padded.
func head(w []byte) uint64 {
	var h uint64
	for k := 0; k < len(w) && k < 8; k++ {
		h |= uint64(w[k]) << (8 * k)
	}
	return h
}

func (t *wordTable) init(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	t.slots = make([]wordSlot, size)
	t.mask = uint64(size - 1)
}

func (t *wordTable) add(h uint64, w string, id int32) {
	i := h & t.mask
	for t.slots[i].id != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = wordSlot{head: head([]byte(w)), tag: uint32(h >> 32), id: id}
	for int(id) >= len(t.lens) {
		t.lens, t.offs = append(t.lens, 0), append(t.offs, 0)
	}
	t.lens[id], t.offs[id] = uint32(len(w)), uint32(len(t.arena))
	t.arena = append(t.arena, w...)
}

// find looks up w, whose hash is h and head hd.
func (t *wordTable) find(h, hd uint64, w []byte) int32 {
	tag := uint32(h >> 32)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.id == 0 {
			return 0
		}
		if s.tag == tag && s.head == hd && (len(w) < 8 || int(t.lens[s.id]) == len(w) &&
			(len(w) == 8 || string(t.arena[t.offs[s.id]:int(t.offs[s.id])+len(w)]) == string(w))) {
			return s.id
		}
	}
}
