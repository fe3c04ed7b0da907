package hns

import (
	"strings"
)

// NormalizeGUID returns id lower-cased without a "/endpoints/"-style path
// prefix or braces. The all-zero GUID means "none" and yields "".
func NormalizeGUID(id string) string {
	id = strings.TrimSpace(id)
	if i := strings.LastIndexByte(id, '/'); i >= 0 {
		id = id[i+1:]
	}
	id = strings.ToLower(strings.Trim(id, "{} "))
	if strings.Trim(id, "0-") == "" {
		return ""
	}
	return id
}

// IsGUID reports whether s has the 8-4-4-4-12 hex shape, braces allowed.
func IsGUID(s string) bool {
	s = strings.Trim(s, "{}")
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !isHex(c) {
				return false
			}
		}
	}
	return true
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// NormalizeMAC returns a MAC address in lower-case colon form whatever its
// spelling (00-15-5D-.., 0E-2A-0a-.., 00:11:.., 0015.5d.., 00155d..). A value
// that is not 12 hex digits is returned lower-cased and trimmed.
func NormalizeMAC(mac string) string {
	mac = strings.TrimSpace(mac)
	var hex [12]byte
	n := 0
	for i := 0; i < len(mac); i++ {
		c := mac[i]
		switch {
		case c == '-' || c == ':' || c == '.' || c == ' ':
			continue
		case isHex(c) && n < 12:
			hex[n] = lower(c)
			n++
		default:
			return strings.ToLower(mac)
		}
	}
	if n != 12 {
		return strings.ToLower(mac)
	}
	var b strings.Builder
	b.Grow(17)
	for i := 0; i < 12; i += 2 {
		if i > 0 {
			b.WriteByte(':')
		}
		b.WriteByte(hex[i])
		b.WriteByte(hex[i+1])
	}
	return b.String()
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func normalizeGUIDs(ids []string) []string {
	var out []string
	for _, id := range ids {
		if n := NormalizeGUID(id); n != "" {
			out = append(out, n)
		}
	}
	return out
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] = lower(b[i])
	}
	return string(b)
}
