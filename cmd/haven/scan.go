package main

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"

	"haven/app/crisis"
)

// scanVerdict is one line of `haven scan` output (DESIGN.md CLI contract).
type scanVerdict struct {
	Severity   string         `json:"severity"`
	Categories []string       `json:"categories"`
	Matches    []crisis.Match `json:"matches"`
}

// maxScanLine bounds one input line. The contract is lines up to 1 MB;
// longer lines are judged on their first 16 MB, so a runaway input cannot
// exhaust memory.
const maxScanLine = 16 << 20

// scan streams stdin lines to JSON verdicts, one per line, in order,
// flushing whenever the input has no more buffered lines so a pipe gets
// answers as it writes. Invalid UTF-8 is read as separators.
func scan(stdin io.Reader, stdout io.Writer) error {
	det := crisis.New(crisis.DefaultLexicon())
	in := bufio.NewReaderSize(stdin, 64*1024)
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for {
		line, err := readLine(in)
		if line != nil {
			text := strings.TrimSuffix(string(line), "\r")
			if len(text) > maxScanLine {
				text = text[:maxScanLine]
			}
			v := det.Scan(text)
			res := scanVerdict{Severity: v.Severity.String(), Categories: v.Categories, Matches: v.Matches}
			if res.Categories == nil {
				res.Categories = []string{}
			}
			if res.Matches == nil {
				res.Matches = []crisis.Match{}
			}
			if err := enc.Encode(res); err != nil {
				return err
			}
			if in.Buffered() == 0 {
				if err := out.Flush(); err != nil {
					return err
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// readLine returns one line without its newline, keeping at most
// maxScanLine bytes and discarding the rest of an overlong line.
func readLine(r *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(buf) < maxScanLine+1 {
			room := maxScanLine + 1 - len(buf)
			buf = append(buf, chunk[:min(len(chunk), room)]...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && len(buf) == 0 {
			return nil, io.EOF
		}
		return []byte(strings.TrimSuffix(string(buf), "\n")), err
	}
}
