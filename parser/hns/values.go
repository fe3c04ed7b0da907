package hns

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// obj is one decoded JSON object. HNS keys are looked up case-insensitively
// because their casing differs between builds and schemas.
type obj map[string]any

// decoder carries the problem sink and the position of the top-level object
// being decoded, so that salvage warnings name file, line and JSON path.
type decoder struct {
	probs     *parser.Problems
	line      int
	truncated bool
	// warned holds the paths already reported, so that the final sweep for
	// degenerate values reports each value once.
	warned map[string]bool
	// Filled by prepare: allocator objects and depth-truncated strings
	// found anywhere in the object, and the path stack of the walk.
	allocs     []allocator
	degenerate []allocator
	base       string
	segs       []segment
}

func (d *decoder) warn(path, format string, args ...any) {
	if d.warned == nil {
		d.warned = map[string]bool{}
	}
	d.warned[path] = true
	d.probs.AddAt(parser.Position{Line: d.line, JSONPath: path}, parser.LevelWarning, format, args...)
}

// get returns the value of key. Objects went through canonicalize, so a
// differently spelled key is found under its canonical spelling.
func (o obj) get(key string) (any, bool) {
	if v, ok := o[key]; ok {
		return v, true
	}
	if c := canonicalKey(key); c != key {
		v, ok := o[c]
		return v, ok
	}
	return nil, false
}

func (o obj) has(key string) bool {
	_, ok := o.get(key)
	return ok
}

// str returns the string form of key; numbers and booleans are formatted.
func (o obj) str(key string) string {
	v, _ := o.get(key)
	return scalarString(v)
}

func scalarString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case json.Number:
		return t.String()
	case bool:
		return strconv.FormatBool(t)
	}
	return ""
}

// int64Of returns key as an integer; numeric strings count, fractions do not.
func (o obj) int64Of(key string) (int64, bool) {
	v, ok := o.get(key)
	if !ok {
		return 0, false
	}
	return toInt64(v)
}

func toInt64(v any) (int64, bool) {
	var s string
	switch t := v.(type) {
	case json.Number:
		s = t.String()
	case string:
		s = strings.TrimSpace(t)
	case bool:
		if t {
			return 1, true
		}
		return 0, true
	default:
		return 0, false
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return n, true
	}
	if n, err := strconv.ParseUint(s, 10, 64); err == nil {
		return int64(n), true // FILETIME-sized values stay positive below 2^63
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == float64(int64(f)) {
		return int64(f), true
	}
	return 0, false
}

func (o obj) intPtr(key string) *int64 {
	if n, ok := o.int64Of(key); ok {
		return &n
	}
	return nil
}

// boolOf reads JSON booleans and their PowerShell/string spellings.
func (o obj) boolOf(key string) (bool, bool) {
	v, ok := o.get(key)
	if !ok {
		return false, false
	}
	return toBool(v)
}

func toBool(v any) (bool, bool) {
	switch t := v.(type) {
	case bool:
		return t, true
	case string:
		switch strings.ToLower(strings.TrimSpace(t)) {
		case "true", "1":
			return true, true
		case "false", "0":
			return false, true
		}
	case json.Number:
		n, err := t.Int64()
		return n != 0, err == nil
	}
	return false, false
}

func (o obj) flag(key string) bool {
	b, _ := o.boolOf(key)
	return b
}

func (o obj) boolPtr(key string) *bool {
	if b, ok := o.boolOf(key); ok {
		return &b
	}
	return nil
}
