package posting

import (
	"strings"
	"testing"
)

// BenchmarkRender measures Markdown → sanitized HTML for a typical 2 KB post.
func BenchmarkRender(b *testing.B) {
	para := "Today was **hard** but I went to my meeting and called my sponsor. " +
		"Here is what helped: [grounding](https://example.org/grounding), a walk, _tea_.\n\n"
	src := strings.Repeat(para, 2048/len(para)+1)[:2048]
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Render(src)
	}
}
