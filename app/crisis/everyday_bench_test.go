package crisis

import (
	"strings"
	"testing"
)

// BenchmarkScanEverydayPosts1MB scans 2 KB posts made only of the
// corpus's everyday lines: ordinary forum talk with no lexicon idioms.
func BenchmarkScanEverydayPosts1MB(b *testing.B) {
	var lines []string
	for _, s := range loadCorpus(b) {
		if s.kind == "everyday" {
			lines = append(lines, s.text)
		}
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		sb.WriteString(lines[i%len(lines)])
		sb.WriteString(" ")
	}
	benchPosts(b, sb.String()[:1<<20])
}
