package report

import (
	"fmt"
	"io"
	"strings"
)

// Format is an output format.
type Format string

// Output formats.
const (
	FormatText     Format = "text"
	FormatJSON     Format = "json"
	FormatHTML     Format = "html"
	FormatMarkdown Format = "markdown"
	FormatJUnit    Format = "junit"
	FormatSARIF    Format = "sarif"
)

// Formats lists every format, for help texts.
func Formats() []Format {
	return []Format{FormatText, FormatJSON, FormatHTML, FormatMarkdown, FormatJUnit, FormatSARIF}
}

// ParseFormat reads a format name; "md" is short for markdown.
func ParseFormat(s string) (Format, error) {
	name := strings.ToLower(strings.TrimSpace(s))
	if name == "md" {
		return FormatMarkdown, nil
	}
	for _, f := range Formats() {
		if string(f) == name {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want text, json, html, markdown|md, junit or sarif)", s)
}

// Write renders the report in format f.
func Write(w io.Writer, f Format, rep *Report, opts RenderOptions) error {
	switch f {
	case FormatText:
		return WriteText(w, rep, opts)
	case FormatJSON:
		return WriteJSON(w, rep)
	case FormatHTML:
		return WriteHTML(w, rep)
	case FormatMarkdown:
		return WriteMarkdown(w, rep, opts)
	case FormatJUnit:
		return WriteJUnit(w, rep)
	case FormatSARIF:
		return WriteSARIF(w, rep)
	}
	return fmt.Errorf("unknown format %q", f)
}
