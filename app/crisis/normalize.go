package crisis

import (
	"slices"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalized is text folded to a small alphabet for matching: lowercase
// ASCII letters and digits, single spaces between words, and ',' or '.'
// tokens for clause and sentence breaks. It always starts and ends with a
// space so a lexicon phrase " word word " matches only whole words. A '*'
// that censors a letter inside a word ("c*t", "s**cide") is kept as '*'
// for the matcher to resolve against the lexicon's vocabulary.
//
// Start[i] and End[i] give, for every byte i of Text, the byte range in the
// original text it came from, so a match maps back exactly.
type Normalized struct {
	Text  []byte
	Start []int32
	End   []int32
}

// MapSpan converts a span of Text into a byte span of the original text.
func (n *Normalized) MapSpan(i, j int) (int, int) {
	return int(n.Start[i]), int(n.End[j-1])
}

// charClass is how one original rune takes part in a word.
type charClass uint8

const (
	clsDrop     charClass = iota // invisible: zero-width, bidi, combining marks, apostrophes inside words
	clsSep                       // space and most punctuation
	clsClause                    // , : ( ) and dashes between words
	clsSentence                  // . ! ? ; newline
	clsEmoji                     // a picture that stands for a word (see emojiWords): a word of its own
	clsLetter                    // folded to one ASCII letter
	clsDigit                     // 0-9 (leetspeak inside words)
	clsLeet                      // $ @ | + ! * that stand for letters inside words
)

// leet maps digits and symbols to the letters they stand for in words.
var leet = [128]byte{
	'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
	'$': 's', '@': 'a', '|': 'l', '+': 't', '!': 'i',
	'*': '*', // a censored letter, resolved by the matcher (see uncensor)
}

// confusable folds look-alike letters from other scripts to the Latin
// letter they imitate (a subset of Unicode's confusables data chosen for
// the letters English words need).
var confusable = map[rune]byte{
	// Cyrillic
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c',
	'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w',
	'һ': 'h', 'ӏ': 'l', 'ո': 'n', 'ս': 'u', 'г': 'r', 'п': 'n', 'ь': 'b', 'Ь': 'b', 'ɡ': 'g',
	// Greek
	'α': 'a', 'β': 'b', 'γ': 'y', 'δ': 'd', 'ε': 'e', 'ζ': 'z', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v',
	'ο': 'o', 'ρ': 'p', 'σ': 's', 'ς': 's', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w', 'μ': 'u',
	// Latin look-alikes and letter-like symbols
	'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ŀ': 'l', 'ƒ': 'f', 'ß': 's', 'æ': 'a', 'œ': 'o',
	'ɑ': 'a', 'ɩ': 'i', 'ʟ': 'l', 'ɪ': 'i', 'ᴀ': 'a', 'ʙ': 'b', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e', 'ɢ': 'g',
	'ʜ': 'h', 'ᴊ': 'j', 'ᴋ': 'k', 'ᴍ': 'm', 'ɴ': 'n', 'ᴏ': 'o', 'ᴘ': 'p', 'ʀ': 'r', 'ꜱ': 's', 'ᴛ': 't',
	'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ʏ': 'y', 'ᴢ': 'z',
	// currency and other symbols that stand in for letters
	'€': 'e', '£': 'l', '¥': 'y', '©': 'c', '®': 'r', '∂': 'd', '¡': 'i',
}

// emojiWords are pictures that name a means or an act, read as the words
// they picture ("bye. tonight is the night 🌉"), and the pictures of
// laughter, read as "lol" ("kms the bus left without me AGAIN 💀"): the
// skull is "I'm dead (laughing)" in young people's posts, and a laugh
// is read as the word is (a laugh denied, "not joking this time", is no
// laugh). Pictures of feeling (😭) are left out: they cry as often as
// they laugh.
var emojiWords = []struct {
	pic  rune
	word string
}{{'🌉', "the bridge"}, {'💊', "pills"}, {'🔪', "a knife"}, {'🗡', "a knife"}, {'🪢', "a rope"}, {'🔫', "a gun"},
	{'🩸', "blood"}, {'⚰', "a coffin"}, {'🪦', "a grave"}, {'💀', "lol"}, {'😂', "lol"}, {'🤣', "lol"}}

// emojiIndex finds a picture's entry in emojiWords.
var emojiIndex = func() map[rune]byte {
	m := map[rune]byte{}
	for i, e := range emojiWords {
		m[e.pic] = byte(i)
	}
	return m
}()

// folded holds classify's answer for each rune of the Basic Multilingual
// Plane once worked out (bit 31 set, then the class and the byte), so a
// curly quote, an accented letter or an emoji is decomposed once per
// process, not once per use: the decomposition allocated, and was a third
// of a scan's allocations on the benchmark mix.
var folded [1 << 16]atomic.Uint32

// classifyOnce is classify, remembered for runes of the Basic
// Multilingual Plane.
func classifyOnce(r rune) (charClass, byte) {
	if r < 0 || r >= 1<<16 {
		return classify(r)
	}
	if v := folded[r].Load(); v != 0 {
		return charClass(v >> 8 & 0xff), byte(v) // bit 31 only marks the entry as filled
	}
	cls, b := classify(r)
	folded[r].Store(1<<31 | uint32(cls)<<8 | uint32(b))
	return cls, b
}

// classify folds one rune. For letters it returns the ASCII letter; for
// a picture in emojiWords, its index.
func classify(r rune) (charClass, byte) {
	if r < utf8.RuneSelf {
		c := byte(r)
		switch {
		case c >= 'a' && c <= 'z':
			return clsLetter, c
		case c >= 'A' && c <= 'Z':
			return clsLetter, c + 32
		case c >= '0' && c <= '9':
			return clsDigit, c
		case c == '\'' || c == '`':
			return clsDrop, 0
		case c == '!':
			return clsLeet, c // a letter inside "k!ll", else sentence punctuation
		case c == '.' || c == '?' || c == ';' || c == '\n':
			return clsSentence, 0
		case c == ',' || c == ':' || c == '(' || c == ')':
			return clsClause, 0
		case c == '$' || c == '@' || c == '|' || c == '+' || c == '*':
			return clsLeet, c
		}
		return clsSep, 0
	}
	if i, ok := emojiIndex[r]; ok {
		return clsEmoji, i
	}
	switch {
	case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '\u02bb' || r == '\uff07':
		return clsDrop, 0
	case isInvisible(r):
		return clsDrop, 0
	case r == '\u2026' || r == '\u3002' || r == '\uff0e' || r == '\uff01' || r == '\uff1f' || r == '\u2028' || r == '\u2029':
		return clsSentence, 0
	case r == '\u2013' || r == '\u2014':
		return clsClause, 0
	}
	if b, ok := confusable[r]; ok {
		return clsLetter, b
	}
	if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) {
		return clsDrop, 0
	}
	// Compatibility decomposition folds fullwidth, mathematical, circled
	// and accented letters to ASCII; a fold to one ASCII character wins.
	var buf [utf8.UTFMax * 4]byte
	n := utf8.EncodeRune(buf[:], r)
	folded := norm.NFKD.Append(buf[n:n], buf[:n]...)
	var letter byte
	for _, c := range folded {
		if c >= utf8.RuneSelf {
			continue // combining marks left after decomposition
		}
		if letter != 0 {
			return clsSep, 0 // ligatures and multi-letter folds: not a single letter
		}
		letter = c
	}
	if letter != 0 {
		cls, b := classify(rune(letter))
		if cls == clsLetter || cls == clsDigit {
			return cls, b
		}
	}
	if b, ok := confusable[unicode.ToLower(r)]; ok {
		return clsLetter, b
	}
	return clsSep, 0
}

// isInvisible reports zero-width, bidi control, soft hyphen, variation
// selector and tag characters: used to split words invisibly.
func isInvisible(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x034F, r == 0x061C, r == 0x180E,
		r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E,
		r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x206F,
		r == 0xFEFF, r >= 0xFE00 && r <= 0xFE0F,
		r >= 0xE0000 && r <= 0xE007F, r >= 0xE0100 && r <= 0xE01EF:
		return true
	}
	return false
}

// rawChar is one folded character with its original span.
type rawChar struct {
	cls        charClass
	b          byte
	start, end int32
}

// token is one word before it is written out.
type token struct {
	first, last int // indices into the rawChar slice
	letters     int
	single      bool // exactly one letter after folding
}

// normalizer holds reusable buffers.
type normalizer struct {
	chars []rawChar
	parts []token
	out   Normalized
	// censored: out holds a '*' standing for a letter.
	censored bool
}

// Normalize folds text for matching (see Normalized). Invalid UTF-8 bytes
// are treated as separators.
func Normalize(text string) *Normalized {
	var n normalizer
	n.run(text)
	return &n.out
}

// asciiClass caches classify for ASCII bytes, the hot path.
var asciiClass = func() (t [128]struct {
	cls charClass
	b   byte
}) {
	for i := range t {
		t[i].cls, t[i].b = classify(rune(i))
	}
	return t
}()

// run normalizes text. Plain ASCII words (two or more letters, or "i"
// and "a" before such a word, with no letter tripled and plain
// punctuation around them) are written directly; anything else (digits,
// symbols, other scripts, spelled-out letters) goes through the general
// path one region at a time. A region ends after a word of two ASCII
// letters or more followed by plain punctuation, where no rule of the
// general path reaches across, so both paths give the same output
// (FuzzFastPathMatchesGeneral checks this).
func (n *normalizer) run(text string) {
	n.reset(len(text))
	last := int32(-1) // end of the last character that is not dropped
	gap := 0          // start of the text after the last word written
	var sentS, clauseS, clauseE int32 = -1, -1, -1
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch a := asciiClass[c]; {
			case a.cls == clsLetter:
				e, l, ok := n.fastWord(text, i, sentS, clauseS, clauseE)
				if !ok {
					break
				}
				last = l
				i, gap = e, e
				sentS, clauseS = -1, -1
				continue
			case a.cls == clsDrop:
				i++
				continue
			case a.cls == clsSentence || c == '!':
				if sentS < 0 {
					sentS = int32(i)
				}
				last = int32(i + 1)
				i++
				continue
			case a.cls == clsClause, c == '/' && spacedSlash(text, i):
				clauseS, clauseE = int32(i), int32(i+1)
				last = int32(i + 1)
				i++
				continue
			case a.cls == clsSep:
				last = int32(i + 1)
				i++
				continue
			}
		}
		// Anything else: the general path from the end of the last word
		// to the next safe place.
		end := safeEnd(text, i)
		if l := n.region(text, gap, end); l >= 0 {
			last = l
		}
		i, gap = end, end
		sentS, clauseS = -1, -1
	}
	if last < 0 {
		last = int32(len(text))
	}
	if n.out.Text[len(n.out.Text)-1] != ' ' {
		n.put(' ', last, last)
	}
}

func (n *normalizer) reset(size int) {
	if cap(n.out.Text) < size+size/2+2 {
		n.out.Text = make([]byte, 0, size+size/2+2)
		n.out.Start = make([]int32, 0, size+size/2+2)
		n.out.End = make([]int32, 0, size+size/2+2)
	}
	n.out.Text, n.out.Start, n.out.End = n.out.Text[:0], n.out.Start[:0], n.out.End[:0]
	n.censored = false
	n.put(' ', 0, 0)
}

// odApostrophe: the apostrophe at j is the one of "OD'd" (overdosed), a
// word of its own: it reads as "e" ("oded"), since the word without it
// is "odd".
func odApostrophe(text string, j int) bool { return odApostropheSized(text, j, 1) }

// odApostropheSized is odApostrophe for an apostrophe of size bytes
// ("’" is three).
func odApostropheSized(text string, j, size int) bool {
	d := j + size // the "d" after the apostrophe
	return j >= 2 && d < len(text) && text[j-2]|0x20 == 'o' && text[j-1]|0x20 == 'd' && text[d]|0x20 == 'd' &&
		(j == 2 || !isASCIILetter(text[j-3])) && (d+1 == len(text) || !isASCIILetter(text[d+1]))
}

// theApostrophe: the apostrophe at j, of size bytes, follows a "t" that
// opens a word and comes before a letter: the Yorkshire "t'" for "the"
// ("in t'garage", "t'blood won't stop"): it reads as "the" and a break
// (see theWord).
func theApostrophe(text string, j, size int) bool {
	if j < 1 || text[j-1]|0x20 != 't' || j+size >= len(text) || !isASCIILetter(text[j+size]) {
		return false
	}
	if j == 1 {
		return true
	}
	// The "t" opens a word: a space or plain punctuation before it, not
	// a letter, a digit, an apostrophe or part of a wider character.
	b := text[j-2]
	return b < utf8.RuneSelf && !isASCIILetter(b) && (b < '0' || b > '9') && b != '\'' && b != '`'
}

// theWord writes the Yorkshire "t'" apostrophe at i, of size bytes, as
// the rest of "the" and a break: "t'garage" reads "the garage".
func (n *normalizer) theWord(i, size int) {
	s, e := int32(i), int32(i+size)
	n.chars = append(n.chars, rawChar{cls: clsLetter, b: 'h', start: s, end: e},
		rawChar{cls: clsLetter, b: 'e', start: s, end: e}, rawChar{cls: clsSep, start: s, end: e})
}

// spacedSlash: the '/' at i stands between spaces, as a line break of
// verse written on one line ("I don't want to wake tomorrow / I don't
// want to be"): a clause break. A slash inside a word ("s/h", "24/7",
// "and/or") stays a separator.
func spacedSlash(text string, i int) bool {
	return (i == 0 || text[i-1] == ' ') && (i+1 == len(text) || text[i+1] == ' ')
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// plainSep: ASCII punctuation or space that ends a word and joins nothing.
func plainSep(text string, k int) bool {
	if k >= len(text) {
		return true
	}
	c := text[k]
	if c >= utf8.RuneSelf {
		return false
	}
	if c == '*' {
		return false // may censor a letter ("c*t"): the general path decides
	}
	if c == '!' {
		// Punctuation unless a letter follows ("k!ll").
		return k+1 == len(text) || text[k+1] < utf8.RuneSelf && !isASCIILetter(text[k+1]) && asciiClass[text[k+1]].cls != clsDrop
	}
	switch asciiClass[c].cls {
	case clsSep, clsClause, clsSentence:
		return true
	}
	return false
}

// fastWord writes the word starting at i, with the break before it, if
// the word is plain (see run), and reports where it ends and the end of
// its last letter. Otherwise it writes nothing and reports false.
func (n *normalizer) fastWord(text string, i int, sentS, clauseS, clauseE int32) (int, int32, bool) {
	e := i
	for e < len(text) && (isASCIILetter(text[e]) || text[e] == '\'' || text[e] == '`') {
		e++
	}
	if !plainSep(text, e) {
		return 0, 0, false
	}
	t, st, en := n.out.Text, n.out.Start, n.out.End
	k := len(t)
	if need := k + 3 + e - i; need > cap(t) {
		t, st, en = slices.Grow(t, need-k), slices.Grow(st, need-k), slices.Grow(en, need-k)
	}
	t, st, en = t[:cap(t)], st[:cap(st)], en[:cap(en)]
	if k > 1 {
		sep := int32(i)
		switch {
		case sentS >= 0:
			t[k], t[k+1], t[k+2] = ' ', '.', ' '
			st[k], st[k+1], st[k+2] = sentS, sentS, sep
			en[k], en[k+1], en[k+2] = sentS, sentS+1, sep
			k += 3
		case clauseS >= 0:
			t[k], t[k+1], t[k+2] = ' ', ',', ' '
			st[k], st[k+1], st[k+2] = clauseS, clauseS, sep
			en[k], en[k+1], en[k+2] = clauseS, clauseE, sep
			k += 3
		default:
			t[k], st[k], en[k] = ' ', sep, sep
			k++
		}
	}
	word := k
	var last int32
	for j := i; j < e; j++ {
		c := text[j]
		if c == '\'' || c == '`' {
			if j == i+1 && c == '\'' && theApostrophe(text, j, 1) {
				return 0, 0, false // the general path parts "t'garage"
			}
			if odApostrophe(text, j) {
				t[k], st[k], en[k] = 'e', int32(j), int32(j+1)
				k++
			}
			continue
		}
		c |= 0x20
		if k-word >= 2 && t[k-1] == c && t[k-2] == c {
			return 0, 0, false // a tripled letter: the general path squeezes it
		}
		t[k], st[k], en[k] = c, int32(j), int32(j+1)
		k++
		last = int32(j + 1)
	}
	letters := k - word
	if letters == 0 {
		return 0, 0, false
	}
	// A lone letter could begin spelled-out text ("k i l l") unless a word
	// of two letters or more follows.
	if letters == 1 && !(e+2 < len(text) && text[e] == ' ' && isASCIILetter(text[e+1]) && isASCIILetter(text[e+2])) {
		return 0, 0, false
	}
	n.out.Text, n.out.Start, n.out.End = t[:k], st[:k], en[:k] // nothing is kept on failure
	return e, last, true
}

// safeEnd finds where a general-path region that takes in position i may
// stop: just after two ASCII letters followed by plain punctuation, or
// the end of the text.
func safeEnd(text string, i int) int {
	for p := i + 2; p < len(text); p++ {
		if isASCIILetter(text[p-1]) && isASCIILetter(text[p-2]) && plainSep(text, p) {
			return p
		}
	}
	return len(text)
}

// region normalizes text[a:b] through the general path and appends it to
// the output. It returns the end of its last character that is not
// dropped, or -1.
func (n *normalizer) region(text string, a, b int) int32 {
	n.chars = n.chars[:0]
	for i := a; i < b; {
		c := text[i]
		if c < utf8.RuneSelf {
			if a := asciiClass[c]; c == '\'' && odApostrophe(text, i) {
				n.chars = append(n.chars, rawChar{cls: clsLetter, b: 'e', start: int32(i), end: int32(i + 1)})
			} else if c == '\'' && theApostrophe(text, i, 1) {
				n.theWord(i, 1)
			} else if c == '/' && spacedSlash(text, i) {
				n.chars = append(n.chars, rawChar{cls: clsClause, start: int32(i), end: int32(i + 1)})
			} else if a.cls != clsDrop {
				n.chars = append(n.chars, rawChar{cls: a.cls, b: a.b, start: int32(i), end: int32(i + 1)})
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		cls, b := clsSep, byte(0)
		if r != utf8.RuneError || size > 1 {
			cls, b = classifyOnce(r)
		}
		if r == '\u2019' && odApostropheSized(text, i, size) {
			// "OD’d" typed on a phone, with a curly apostrophe.
			cls, b = clsLetter, 'e'
		}
		if r == '\u2019' && theApostrophe(text, i, size) {
			n.theWord(i, size) // "t’garage"
			i += size
			continue
		}
		if cls != clsDrop {
			n.chars = append(n.chars, rawChar{cls: cls, b: b, start: int32(i), end: int32(i + size)})
		} else if len(n.chars) > 0 && n.chars[len(n.chars)-1].cls >= clsLetter {
			// Invisible characters inside a word stay inside its span.
			n.chars[len(n.chars)-1].end = int32(i + size)
		}
		i += size
	}
	n.emit(text)
	if len(n.chars) == 0 {
		return -1
	}
	return n.chars[len(n.chars)-1].end
}

// inWord reports whether char j belongs to a word: letters, digits and
// leet symbols, except a '!' that is punctuation.
func (n *normalizer) inWord(j int) bool {
	c := n.chars[j]
	if c.cls < clsLetter {
		return false
	}
	switch c.b {
	case '!':
		return n.bangIsLetter(j)
	case '*':
		return n.starIsLetter(j)
	}
	return true
}

// bangIsLetter: '!' stands for 'i' only between two letters ("k!ll").
func (n *normalizer) bangIsLetter(j int) bool {
	return j > 0 && j+1 < len(n.chars) &&
		n.chars[j-1].cls == clsLetter && n.chars[j+1].cls == clsLetter
}

// maxCensored is the longest run of '*' read as censored letters
// ("s**cide"); longer runs are decoration.
const maxCensored = 2

// starIsLetter: a '*' stands for a censored letter when it is in a run of
// at most maxCensored stars with a letter on each side ("c*t", "s**cide").
func (n *normalizer) starIsLetter(j int) bool {
	lo, hi := j, j
	for lo > 0 && n.chars[lo-1].b == '*' && n.chars[lo-1].cls == clsLeet {
		lo--
	}
	for hi+1 < len(n.chars) && n.chars[hi+1].b == '*' && n.chars[hi+1].cls == clsLeet {
		hi++
	}
	return hi-lo < maxCensored && lo > 0 && hi+1 < len(n.chars) &&
		n.chars[lo-1].cls == clsLetter && n.chars[hi+1].cls == clsLetter
}

// emit groups the region's characters into words, joins spelled-out
// letters ("k i l l", "s.u.i.c.i.d.e"), applies leetspeak inside words,
// squeezes letter runs of three or more, and writes them out.
func (n *normalizer) emit(text string) {
	i := 0
	for i < len(n.chars) {
		if !n.inWord(i) {
			if c := n.chars[i]; c.cls == clsEmoji {
				n.writeSeparatorBefore(i)
				for _, b := range []byte(emojiWords[c.b].word) {
					n.put(b, c.start, c.end)
				}
			}
			i++
			continue
		}
		t := n.scanWord(i)
		parts := n.parts[:0]
		parts = append(parts, t)
		if t.single {
			parts = n.spelledOut(text, parts)
		}
		n.writeSeparatorBefore(parts[0].first)
		n.writeWord(parts)
		i = parts[len(parts)-1].last + 1
		n.parts = parts
	}
}

// spelledOut extends a one-letter word over following one-letter words
// separated by at most two separator characters on the same line. Three or
// more such words (with at least two real letters) become one word. A gap
// wider than the first one ends the word, then two letters are enough:
// "t a k e  i t  a l l" is three words.
func (n *normalizer) spelledOut(text string, parts []token) []token {
	t := parts[0]
	letters := t.letters
	j := t.last + 1
	firstGap := 0
	wordBreak := false // a wider gap ended the word and more letters follow
	for j < len(n.chars) {
		g := j
		for g < len(n.chars) && !n.inWord(g) && g-j < 3 {
			c := n.chars[g]
			if c.cls == clsSentence && text[c.start] == '\n' {
				break
			}
			g++
		}
		if g == j || g-j > 2 || g >= len(n.chars) || !n.inWord(g) {
			break
		}
		if firstGap == 0 {
			firstGap = g - j
		} else if g-j > firstGap {
			wordBreak = true
			break
		}
		nt := n.scanWord(g)
		if !nt.single {
			// An ending after two or more dotted or hyphenated
			// letters belongs to them: "s.h.ing", "o-d-ed". Not after
			// spaces, where it is a word of its own.
			if len(parts) >= 2 && g-j == firstGap && inflection(n.chars[nt.first:nt.last+1]) && !spaceBetween(text, n.chars[j:g]) {
				parts = append(parts, nt)
				letters += nt.letters
			}
			break
		}
		// The pronoun "I" before spelled-out lowercase letters is a word
		// of its own: "I w a n t  t o  d i e".
		if len(parts) == 1 && text[n.chars[t.first].start] == 'I' && text[n.chars[nt.first].start] >= 'a' && text[n.chars[nt.first].start] <= 'z' {
			break
		}
		parts = append(parts, nt)
		letters += nt.letters
		j = nt.last + 1
	}
	if len(parts) < 3 && !(wordBreak && len(parts) == 2) || letters < 2 {
		return parts[:1]
	}
	return parts
}

// inflection reports whether chars spell an ending that follows dotted
// letters: "ing", "in", "ed", "s", "es", "er".
func inflection(chars []rawChar) bool {
	var w [3]byte
	if len(chars) > len(w) {
		return false
	}
	for i, c := range chars {
		if c.cls != clsLetter {
			return false
		}
		w[i] = c.b
	}
	switch string(w[:len(chars)]) {
	case "ing", "in", "ed", "s", "es", "er":
		return true
	}
	return false
}

// spaceBetween reports whether any of chars is whitespace in text.
func spaceBetween(text string, chars []rawChar) bool {
	for _, c := range chars {
		if b := text[c.start]; b == ' ' || b == '\t' || b == '\n' || b == '\r' {
			return true
		}
	}
	return false
}

func (n *normalizer) scanWord(i int) token {
	t := token{first: i, last: i}
	for j := i; j < len(n.chars) && n.inWord(j); j++ {
		t.last = j
		if n.chars[j].cls == clsLetter {
			t.letters++
		}
	}
	c := n.chars[i]
	t.single = t.last == t.first && (c.cls == clsLetter || (c.b < 128 && leet[c.b] != 0 && c.cls != clsDigit))
	return t
}

// writeSeparatorBefore writes the break between the previous word and the
// word starting at char index first: a space, or " . " / " , " when
// sentence or clause punctuation lies between them.
func (n *normalizer) writeSeparatorBefore(first int) {
	if len(n.out.Text) <= 1 {
		return
	}
	var brk byte
	var bs, be int32
	for j := first - 1; j >= 0 && !n.inWord(j); j-- {
		c := n.chars[j]
		switch {
		case c.cls == clsSentence || c.b == '!':
			brk, bs, be = '.', c.start, c.end
		case c.cls == clsClause && brk == 0:
			brk, bs, be = ',', c.start, c.end
		}
	}
	sep := n.chars[first].start
	if brk == 0 {
		bs = sep
	}
	if n.out.Text[len(n.out.Text)-1] != ' ' {
		n.put(' ', bs, bs)
	}
	if brk != 0 {
		n.put(brk, bs, be)
		n.put(' ', sep, sep)
	}
}

// writeWord writes one word (or several joined one-letter words): leet
// symbols become letters in words that have letters, then runs of three
// or more equal letters are squeezed to one ("diiiie" → "die") while pairs
// stay ("kill").
func (n *normalizer) writeWord(parts []token) {
	letters := 0
	for _, p := range parts {
		letters += p.letters
	}
	if n.timeOrDate(parts) {
		letters = 0 // "9pm" and "12th" keep their digits: a time, not "gpm"
	}
	begin := len(n.out.Text)
	triple := false
	for _, p := range parts {
		for j := p.first; j <= p.last; j++ {
			c := n.chars[j]
			b := c.b
			if c.cls != clsLetter {
				switch {
				case letters > 0 && b < 128 && leet[b] != 0:
					b = leet[b]
					n.censored = n.censored || b == '*'
				case c.cls == clsDigit:
				default:
					continue
				}
			}
			if t := n.out.Text; len(t)-begin >= 2 && t[len(t)-1] == b && t[len(t)-2] == b {
				triple = true
			}
			n.put(b, c.start, c.end)
		}
	}
	if !triple {
		return
	}
	// Squeeze runs in place.
	t, st, en := n.out.Text, n.out.Start, n.out.End
	w := begin
	for r := begin; r < len(t); {
		e := r
		for e < len(t) && t[e] == t[r] {
			e++
		}
		if e-r >= 3 {
			t[w], st[w], en[w] = t[r], st[r], en[e-1]
			w++
		} else {
			for k := r; k < e; k++ {
				t[w], st[w], en[w] = t[k], st[k], en[k]
				w++
			}
		}
		r = e
	}
	n.out.Text, n.out.Start, n.out.End = t[:w], st[:w], en[:w]
	if w == begin && w > 0 && n.out.Text[w-1] == ' ' {
		return
	}
}

// timeOrDate: the word is a clock time, one to four digits and "am" or
// "pm" ("9pm", "3am", "1130pm"), or a day of the month, one or two
// digits and "st", "nd", "rd" or "th" ("12th", "1st", "23rd").
func (n *normalizer) timeOrDate(parts []token) bool {
	if len(parts) != 1 || parts[0].letters != 2 {
		return false // asked of every word: most leave here
	}
	p := parts[0]
	digits := p.last - 1 - p.first
	if digits < 1 || digits > 4 {
		return false
	}
	for j := p.first; j < p.last-1; j++ {
		if n.chars[j].cls != clsDigit {
			return false
		}
	}
	a, m := n.chars[p.last-1], n.chars[p.last]
	if a.cls != clsLetter || m.cls != clsLetter {
		return false
	}
	switch uint16(a.b)<<8 | uint16(m.b) {
	case 'a'<<8 | 'm', 'p'<<8 | 'm':
		return true
	case 's'<<8 | 't', 'n'<<8 | 'd', 'r'<<8 | 'd', 't'<<8 | 'h':
		return digits <= 2
	}
	return false
}

func (n *normalizer) put(b byte, start, end int32) {
	n.out.Text = append(n.out.Text, b)
	n.out.Start = append(n.out.Start, start)
	n.out.End = append(n.out.End, end)
}
