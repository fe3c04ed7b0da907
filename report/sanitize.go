package report

import (
	"fmt"
	"strings"
	"unicode"
)

// printable replaces control characters (escape sequences included) with
// visible escapes, so bundle text cannot drive the terminal or break a
// line-based format. Tabs and, when keepNewlines, newlines stay.
func printable(s string, keepNewlines bool) string {
	unsafe := func(r rune) bool {
		return unicode.IsControl(r) && r != '\t' && (r != '\n' || !keepNewlines)
	}
	if strings.IndexFunc(s, unsafe) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !unsafe(r):
			b.WriteRune(r)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\n':
			b.WriteString(`\n`)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}
