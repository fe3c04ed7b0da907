package report

import "github.com/hnsscope/hnsscope/analyzer"

// palette wraps text in ANSI colours, or leaves it alone when off.
type palette struct{ on bool }

func newPalette(on bool) palette { return palette{on: on} }

func (p palette) wrap(code, s string) string {
	if !p.on || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (p palette) bold(s string) string  { return p.wrap("1", s) }
func (p palette) dim(s string) string   { return p.wrap("2", s) }
func (p palette) red(s string) string   { return p.wrap("31", s) }
func (p palette) green(s string) string { return p.wrap("32", s) }
func (p palette) cyan(s string) string  { return p.wrap("36", s) }

func (p palette) severity(s analyzer.Severity, text string) string {
	switch clampSeverity(s) {
	case analyzer.SeverityCritical:
		return p.wrap("1;37;41", text)
	case analyzer.SeverityError:
		return p.wrap("1;31", text)
	case analyzer.SeverityWarning:
		return p.wrap("33", text)
	}
	return p.wrap("34", text)
}
