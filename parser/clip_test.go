package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClip(t *testing.T) {
	long := strings.Repeat("a", 100)
	tests := []struct{ in, want string }{
		{"short", "short"},
		{strings.Repeat("a", 80), strings.Repeat("a", 80)},
		{long, strings.Repeat("a", 77) + "..."},
		// "é" is two bytes; byte 77 falls inside the one at bytes 76-77.
		{strings.Repeat("a", 76) + strings.Repeat("é", 10), strings.Repeat("a", 76) + "..."},
	}
	for _, tt := range tests {
		got := Clip(tt.in)
		if got != tt.want || !utf8.ValidString(got) {
			t.Errorf("Clip(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
