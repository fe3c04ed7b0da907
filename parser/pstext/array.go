package pstext

import "strings"

// Ellipses that the formatter appends to a value cut to its column width:
// "..." in Windows PowerShell 5.1, "…" in PowerShell 7.
const (
	ellipsisASCII   = "..."
	ellipsisUnicode = "…"
)

// CutEllipsis removes a trailing truncation ellipsis and reports whether
// there was one. The value left is a prefix of the real value.
func CutEllipsis(s string) (string, bool) {
	if v, ok := strings.CutSuffix(s, ellipsisASCII); ok {
		return v, true
	}
	if v, ok := strings.CutSuffix(s, ellipsisUnicode); ok {
		return v, true
	}
	return s, false
}

// SplitArray splits the rendering of an array, "{a, b, c}", into its items.
// truncated is set when the formatter cut the list ("{a, b, c, d...}", after
// $FormatEnumerationLimit items) or the column cut the closing brace; the
// last item is then a prefix. Commas inside nested "@{...}" or "{...}" do
// not split. A value without braces is a single item; "{}" and "" are none.
func SplitArray(s string) (items []string, truncated bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, false
	}
	if !strings.HasPrefix(s, "{") {
		return []string{s}, false
	}
	body := s[1:]
	if b, ok := strings.CutSuffix(body, "}"); ok {
		body = b
	} else {
		truncated = true
	}
	if b, cut := CutEllipsis(body); cut {
		body, truncated = b, true
	}
	if strings.TrimSpace(body) == "" {
		return nil, truncated
	}
	depth, start := 0, 0
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '{':
			depth++
		case '}':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 {
				items = append(items, strings.TrimSpace(body[start:i]))
				start = i + 1
			}
		}
	}
	items = append(items, strings.TrimSpace(body[start:]))
	return items, truncated
}
