package hns

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/hnsscope/hnsscope/parser"
)

// item is one top-level JSON object (or the single object) of a file.
type item struct {
	value any
	line  int
	path  string
}

// document is a file split into the formatter text before the JSON and the
// JSON values.
type document struct {
	pre     []string // lines before the JSON; pre[i] is line i+1
	items   []item
	hasJSON bool
	// jsonLine is the line the JSON starts on (0 without JSON).
	jsonLine int
}

// readDocument reads all of r and splits it. The JSON starts at the first
// line whose trimmed text is exactly "[" or "{": a table cell such as
// "{10.0.0.5, fd00::5}" must not start it.
func readDocument(r io.Reader, probs *parser.Problems) document {
	data, err := io.ReadAll(r)
	if err != nil {
		probs.Add(0, parser.LevelError, "read: %v", err)
	}
	var doc document
	line, off := 0, 0
	for off < len(data) {
		end := bytes.IndexByte(data[off:], '\n')
		next := len(data)
		if end >= 0 {
			next = off + end + 1
		} else {
			end = len(data) - off
		}
		line++
		text := bytes.TrimSuffix(data[off:off+end], []byte{'\r'})
		if t := trimLine(text); len(t) == 1 && (t[0] == '[' || t[0] == '{') {
			doc.hasJSON = true
			doc.jsonLine = line
			doc.items = decodeJSON(data[off:], line, probs)
			return doc
		}
		doc.pre = append(doc.pre, string(text))
		off = next
	}
	return doc
}

func trimLine(b []byte) []byte {
	b = bytes.TrimSpace(b)
	return bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\ufeff")))
}

// lineCounter maps increasing byte offsets of data to line numbers.
type lineCounter struct {
	data []byte
	off  int
	line int
}

func (c *lineCounter) at(off int) int {
	if off > len(c.data) {
		off = len(c.data)
	}
	// Skip whitespace and separators so the line is the value's first line.
	for off < len(c.data) && (c.data[off] == ' ' || c.data[off] == '\t' || c.data[off] == '\r' ||
		c.data[off] == '\n' || c.data[off] == ',') {
		off++
	}
	if off < c.off {
		return c.line
	}
	c.line += bytes.Count(c.data[c.off:off], []byte{'\n'})
	c.off = off
	return c.line
}

// decodeJSON decodes one JSON value from data (which starts on firstLine):
// an array yields its elements one by one, so a file cut in the middle keeps
// the elements before the cut.
func decodeJSON(data []byte, firstLine int, probs *parser.Problems) []item {
	lc := &lineCounter{data: data, line: firstLine}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var items []item
	if trimLine(data)[0] == '{' {
		var v any
		if err := dec.Decode(&v); err != nil {
			reportJSONError(probs, lc, dec, err, "$")
			return nil
		}
		items = append(items, item{value: v, line: firstLine, path: "$"})
	} else {
		if _, err := dec.Token(); err != nil {
			reportJSONError(probs, lc, dec, err, "$")
			return nil
		}
		for i := 0; dec.More(); i++ {
			line := lc.at(int(dec.InputOffset()))
			path := fmt.Sprintf("$[%d]", i)
			var v any
			if err := dec.Decode(&v); err != nil {
				reportJSONError(probs, lc, dec, err, path)
				return items
			}
			items = append(items, item{value: v, line: line, path: path})
		}
		if _, err := dec.Token(); err != nil {
			reportJSONError(probs, lc, dec, err, fmt.Sprintf("$[%d]", len(items)))
			return items
		}
	}
	reportTrailing(probs, lc, data, int(dec.InputOffset()))
	return items
}

func reportJSONError(probs *parser.Problems, lc *lineCounter, dec *json.Decoder, err error, path string) {
	off := int(dec.InputOffset())
	var se *json.SyntaxError
	msg := err.Error()
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		off = len(lc.data)
		msg = "JSON ends in the middle of a value (file cut?)"
	case errors.As(err, &se):
		off += int(se.Offset)
		msg = "JSON syntax error: " + se.Error()
	}
	probs.AddAt(parser.Position{Line: lc.at(off), JSONPath: path}, parser.LevelError, "%s; objects after this point are lost", msg)
}

func reportTrailing(probs *parser.Problems, lc *lineCounter, data []byte, off int) {
	if off >= len(data) {
		return
	}
	rest := bytes.TrimSpace(data[off:])
	if len(rest) == 0 {
		return
	}
	line := lc.at(off)
	probs.Add(line, parser.LevelWarning, "%d bytes of trailing data after the JSON value: %q", len(rest), clip(string(firstLine(rest))))
}

func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return bytes.TrimSpace(b[:i])
	}
	return b
}
