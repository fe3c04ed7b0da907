package pstext

import (
	"strconv"
	"strings"
)

// NormalizeMAC turns a physical address as Windows tools print it
// ("00-0D-3A-8F-6C-2B", "00 0d 3a 8f 6c 2b", "00:0d:3a:8f:6c:2b",
// "000D3A8F6C2B") into the upper-case dashed form HNS uses. Six-byte
// (Ethernet) and eight-byte (tunnel) addresses are accepted; ok is false for
// anything else.
func NormalizeMAC(s string) (string, bool) {
	s = strings.TrimSpace(s)
	var hex string
	if strings.ContainsAny(s, "-: ") {
		parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ':' || r == ' ' })
		for _, p := range parts {
			if len(p) != 2 {
				return "", false
			}
		}
		hex = strings.Join(parts, "")
	} else {
		hex = s
	}
	if len(hex) != 12 && len(hex) != 16 {
		return "", false
	}
	var b strings.Builder
	for i := 0; i < len(hex); i += 2 {
		if _, err := strconv.ParseUint(hex[i:i+2], 16, 8); err != nil {
			return "", false
		}
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(strings.ToUpper(hex[i : i+2]))
	}
	return b.String(), true
}

// Int parses a decimal integer, tolerating surrounding blanks; ok is false
// for an empty or non-numeric value.
func Int(s string) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	return n, err == nil
}
