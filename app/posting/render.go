package posting

import (
	"bytes"
	"sync"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"
)

// The Markdown renderer never passes raw HTML through (goldmark's default:
// raw HTML becomes a comment), and its output is then sanitized by one UGC
// policy built once. Two layers, so a bug in either is not enough.
var (
	renderOnce sync.Once
	markdown   goldmark.Markdown
	policy     *bluemonday.Policy
)

func renderer() (goldmark.Markdown, *bluemonday.Policy) {
	renderOnce.Do(func() {
		markdown = goldmark.New(
			goldmark.WithExtensions(extension.Linkify, extension.Strikethrough),
			goldmark.WithRendererOptions(html.WithHardWraps()),
		)
		policy = bluemonday.UGCPolicy()
		policy.RequireNoFollowOnLinks(true)
		policy.RequireNoReferrerOnLinks(true)
		policy.AddTargetBlankToFullyQualifiedLinks(true)
		// Images would let a post load third-party trackers into a reader's
		// browser; peers share words here, not pictures.
		policy.SkipElementsContent("img")
	})
	return markdown, policy
}

// Render turns Markdown source into sanitized HTML.
func Render(src string) string {
	md, p := renderer()
	var buf bytes.Buffer
	if err := md.Convert([]byte(src), &buf); err != nil {
		// goldmark only fails on writer errors; a bytes.Buffer has none.
		buf.Reset()
	}
	return p.Sanitize(buf.String())
}
