package hnsdiag

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/hns"
)

// decodeJSONAt decodes the JSON value starting on line i and returns the
// index of the first line after it. An array yields one object per element.
// A value that does not decode is reported and its first line skipped, so
// the scan resumes with the next line.
func (s *state) decodeJSONAt(i int) int {
	s.formats[FormatDetailed] = true
	start := s.t.start[i]
	dec := json.NewDecoder(bytes.NewReader(s.t.data[start:]))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		msg := err.Error()
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			msg = "JSON ends in the middle of a value (file cut?)"
		}
		s.probs.Add(i+1, parser.LevelError, "JSON value not decoded: %s", msg)
		// Resume on the line where decoding failed (often the next
		// object or heading), so each line is scanned a bounded number of
		// times.
		var se *json.SyntaxError
		if errors.As(err, &se) {
			if at := s.t.lineAt(start + int(se.Offset) - 1); at > i {
				return at
			}
		}
		return i + 1
	}
	end := start + int(dec.InputOffset())
	s.addObjects(v, i)
	next := s.t.lineAt(max(end-1, start)) + 1
	if rest := bytes.TrimSpace(s.t.data[end:min(len(s.t.data), s.lineEnd(next-1))]); len(rest) > 0 && next-1 >= i {
		s.probs.Add(next, parser.LevelWarning, "text after a JSON value on the same line ignored: %q", parser.Clip(string(rest)))
	}
	return next
}

func (s *state) lineEnd(i int) int {
	if i+1 < len(s.t.start) {
		return s.t.start[i+1]
	}
	return len(s.t.data)
}

func (s *state) addObjects(v any, i int) {
	list, isArray := v.([]any)
	if !isArray {
		list = []any{v}
	}
	for k, e := range list {
		path := "$"
		if isArray {
			path = fmt.Sprintf("$[%d]", k)
		}
		pos := parser.Position{File: s.file, Line: i + 1, JSONPath: path}
		before := len(s.probs.List)
		obj := hns.DecodeObject(e, pos, s.probs)
		if obj.Kind == hns.ObjectUnknown {
			// An HNS error reply is already reported by DecodeObject.
			if len(s.probs.List) == before {
				s.probs.AddAt(pos, parser.LevelWarning, "JSON value of unknown kind skipped")
			}
			continue
		}
		s.out.Objects = append(s.out.Objects, obj)
	}
}
