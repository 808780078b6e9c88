package main

import (
	"bufio"
	"encoding/json"
	"io"
)

// scanVerdict is one line of `haven scan` output (DESIGN.md CLI contract).
type scanVerdict struct {
	Severity   string      `json:"severity"`
	Categories []string    `json:"categories"`
	Matches    []scanMatch `json:"matches"`
}

type scanMatch struct {
	Term     string `json:"term"`
	Category string `json:"category"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// scan streams stdin lines to JSON verdicts, one per line, in order. Until
// the crisis detector lands every verdict is "none"; the streaming, the
// 1 MB line limit and the output shape are already the contract's.
func scan(stdin io.Reader, stdout io.Writer) error {
	in := bufio.NewReaderSize(stdin, 64*1024)
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	for {
		line, err := in.ReadString('\n')
		if len(line) > 0 {
			v := scanVerdict{Severity: "none", Categories: []string{}, Matches: []scanMatch{}}
			if err := enc.Encode(v); err != nil {
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
