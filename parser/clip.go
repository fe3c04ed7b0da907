package parser

import "unicode/utf8"

// maxQuote bounds input text quoted in a problem message, in bytes.
const maxQuote = 80

// Clip shortens input text quoted in a problem message: text longer than
// 80 bytes is cut, on a rune boundary so the message stays valid UTF-8, and
// marked with "...".
func Clip(s string) string {
	if len(s) <= maxQuote {
		return s
	}
	cut := maxQuote - len("...")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}
