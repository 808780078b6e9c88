package posting

import (
	"context"
	"strings"

	"haven/app/crisis"
)

// quotableLimit is how many of a thread's latest posts a quote is looked
// for in. A quote of an older post reads as the writer's own words,
// which errs towards a person looking.
const quotableLimit = 200

// scanReply scans a post in a thread by author. Only when the text alone
// finds something, and it quotes, are the thread's posts loaded to tell
// the quotes from the writer's own words: reading a quote as someone
// else's never finds a crisis the text alone did not.
func (s *Service) scanReply(ctx context.Context, threadID, author uint, body string) verdict {
	v := s.scan("", body, nil)
	if v.severity < crisis.Low {
		return v
	}
	if quoted := s.quotes(ctx, threadID, author, body); len(quoted) > 0 {
		v = s.scan("", body, quoted)
	}
	return v
}

// quotes finds the lines of a reply's body that quote another member's
// post in the thread, for the detector to read as someone else's words
// (crisis.ScanQuoting). Only lines found in another member's post count:
// a writer who sets their own words in a Markdown quote is read as
// anywhere else. Should the posts not load, nothing is taken as quoted.
func (s *Service) quotes(ctx context.Context, threadID, author uint, body string) []crisis.Span {
	lines := quoteLines(body)
	if len(lines) == 0 {
		return nil
	}
	others, err := s.store.QuotableBodies(ctx, threadID, author, quotableLimit)
	if err != nil || len(others) == 0 {
		return nil
	}
	for i, o := range others {
		others[i] = ownWords(o)
	}
	var spans []crisis.Span
	for _, l := range lines {
		for _, o := range others {
			if strings.Contains(o, l.text) {
				spans = append(spans, l.span)
				break
			}
		}
	}
	return spans
}

type quoteLine struct {
	span crisis.Span
	text string // the quoted words, squashed
}

// quoteLines returns the Markdown quote lines of body ("> words", up to
// three spaces in, nested quotes too) with their byte spans and words.
func quoteLines(body string) []quoteLine {
	var out []quoteLine
	at := 0
	for _, line := range strings.SplitAfter(body, "\n") {
		start := at
		at += len(line)
		rest := strings.TrimLeft(line, " ")
		if len(line)-len(rest) > 3 || !strings.HasPrefix(rest, ">") {
			continue
		}
		for strings.HasPrefix(rest, ">") {
			rest = strings.TrimLeft(rest[1:], " \t")
		}
		if text := squash(rest); text != "" {
			out = append(out, quoteLine{span: crisis.Span{Start: start, End: start + len(strings.TrimRight(line, "\r\n"))}, text: text})
		}
	}
	return out
}

// ownWords is a post's text without its own quote lines, squashed: what
// its author wrote. Words a post quotes are not its author's, and a
// writer's words quoted back by someone else are still the writer's.
func ownWords(body string) string {
	var b strings.Builder
	for _, line := range strings.Split(body, "\n") {
		if rest := strings.TrimLeft(line, " "); len(line)-len(rest) <= 3 && strings.HasPrefix(rest, ">") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return squash(b.String())
}

// squash lowercases s and folds runs of white space to one space, so a
// quote is found however its lines were wrapped.
func squash(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
