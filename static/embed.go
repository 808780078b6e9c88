// Package static embeds Haven's stylesheet and other static files.
package static

import "embed"

// FS holds the files served under /static.
//
//go:embed css js
var FS embed.FS
