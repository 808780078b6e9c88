// Package views embeds Haven's HTML templates.
package views

import "embed"

// FS holds layouts, pages, partials and error templates.
//
//go:embed layouts pages errors partials
var FS embed.FS
