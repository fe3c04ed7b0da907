package parser

import "strings"

// IsGUID reports whether s has the 8-4-4-4-12 hex shape, braces allowed.
func IsGUID(s string) bool {
	s = strings.Trim(s, "{}")
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch i {
		case 8, 13, 18, 23:
			if s[i] != '-' {
				return false
			}
		default:
			if !isHex(s[i]) {
				return false
			}
		}
	}
	return true
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// CompactMAC turns any spelling of a 6-byte MAC address (00-15-5D-.., 0E-2A-0a-..,
// 00:11:.., 0015.5d.., 00155d..) into 12 lower-case hex digits, the form every
// join between files compares. ok is false for anything else.
func CompactMAC(s string) (string, bool) {
	var hex [12]byte
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '-' || c == ':' || c == '.' || c == ' ':
			continue
		case !isHex(c) || n == len(hex):
			return "", false
		case c >= 'A' && c <= 'F':
			c += 'a' - 'A'
		}
		hex[n] = c
		n++
	}
	if n != len(hex) {
		return "", false
	}
	return string(hex[:]), true
}

// MACKey is CompactMAC for comparisons: a value that is not a MAC address is
// kept, trimmed and lower-cased, so it still compares equal only to itself.
func MACKey(s string) string {
	if c, ok := CompactMAC(s); ok {
		return c
	}
	return strings.ToLower(strings.TrimSpace(s))
}
