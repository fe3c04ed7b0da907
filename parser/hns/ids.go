package hns

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser"
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

func normalizeGUIDs(ids []string) []string {
	var out []string
	for _, id := range ids {
		if n := NormalizeGUID(id); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// NormalizeMAC returns a MAC address in lower-case colon form whatever its
// spelling (00-15-5D-.., 0E-2A-0a-.., 00:11:.., 0015.5d.., 00155d..). A value
// that is not 12 hex digits is returned lower-cased and trimmed.
func NormalizeMAC(mac string) string {
	hex, ok := parser.CompactMAC(mac)
	if !ok {
		return strings.ToLower(strings.TrimSpace(mac))
	}
	var b strings.Builder
	b.Grow(17)
	for i := 0; i < len(hex); i += 2 {
		if i > 0 {
			b.WriteByte(':')
		}
		b.WriteString(hex[i : i+2])
	}
	return b.String()
}
