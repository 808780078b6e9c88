package crisis

import "testing"

// BenchmarkStages times each stage of a scan on the realistic mix: the
// normalizer, the word automaton on already-normalized text, and the
// whole scan (the rest is the context rules).
func BenchmarkStages(b *testing.B) {
	text := realisticMix(b, 1<<20)
	var posts []string
	for i := 0; i+2048 <= len(text); i += 2048 {
		posts = append(posts, text[i:i+2048])
	}
	sc := &scratch{}
	var norms [][]byte
	words := 0
	for _, p := range posts {
		sc.n.run(p)
		norms = append(norms, append([]byte(nil), sc.n.out.Text...))
		testDetector.match(sc)
		words += len(sc.toks)
	}
	b.Run("normalize", func(b *testing.B) {
		b.SetBytes(1 << 20)
		for b.Loop() {
			for _, p := range posts {
				sc.n.run(p)
			}
		}
	})
	b.Run("match", func(b *testing.B) {
		b.SetBytes(1 << 20)
		for b.Loop() {
			for _, t := range norms {
				sc.n.out.Text = t
				testDetector.match(sc)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*words), "ns/word")
	})
	b.Run("all", func(b *testing.B) {
		b.SetBytes(1 << 20)
		for b.Loop() {
			for _, p := range posts {
				testDetector.Scan(p)
			}
		}
	})
	b.Logf("%d words", words)
}
