package hnsdiag

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/hns"
)

var sectionHeadings = map[string]bool{"networks:": true, "endpoints:": true, "namespaces:": true, "loadbalancers:": true}

// isSectionHeading recognises the table form's headings at column 0.
func isSectionHeading(line string) bool {
	return line != "" && line[0] != ' ' && sectionHeadings[strings.ToLower(strings.TrimSpace(line))]
}

// isUsageLine recognises hnsdiag's usage text: the synopsis line and the
// Objects/Flags headings.
func isUsageLine(trimmed string) bool {
	l := strings.ToLower(trimmed)
	return strings.HasPrefix(l, "hnsdiag <command>") || strings.HasPrefix(l, "hnsdiag [") ||
		l == "objects" || l == "objects:" || l == "flags" || l == "flags:"
}

// isJSONStart: a JSON value starting at the beginning of a line.
func isJSONStart(trimmed string) bool {
	switch {
	case trimmed == "{" || trimmed == "[":
		return true
	case strings.HasPrefix(trimmed, `{"`) || strings.HasPrefix(trimmed, `[{`) || strings.HasPrefix(trimmed, `["`):
		return true
	}
	return false
}

// isDecoration: banner rules such as "////// ADAPTERS //////" or "-----".
func isDecoration(trimmed string) bool {
	return strings.Trim(trimmed, "/-=*# ") == "" || strings.HasPrefix(trimmed, "//") && strings.HasSuffix(trimmed, "//")
}

// blockHeader recognises "<Object type> : <id>" with a GUID (braces
// allowed) at the start of a key/value block.
func blockHeader(line string) (typ, id string, ok bool) {
	k, v, found := strings.Cut(line, " : ")
	if !found {
		return "", "", false
	}
	k, v = strings.TrimSpace(k), strings.TrimSpace(v)
	if k == "" || !parser.IsGUID(v) || strings.HasPrefix(line, "\t") {
		return "", "", false
	}
	// A header is less indented than its fields: an indented "Id : <guid>"
	// inside a block is a field, handled by the block reader.
	return k, hns.NormalizeGUID(v), true
}

// guidTokens returns the tokens of s that are GUIDs, normalised.
func guidTokens(s string) []string {
	var out []string
	for _, tok := range strings.Fields(s) {
		if parser.IsGUID(tok) {
			if id := hns.NormalizeGUID(tok); id != "" {
				out = append(out, id)
			}
		}
	}
	return out
}
