package hns

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
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
	pre     []pstext.Line // lines before the JSON; pre[i] is line i+1
	hasJSON bool
}

// inFileOrder sorts problems by line (whole-file problems first), keeping
// the order of problems on the same line.
func inFileOrder(list []parser.Problem) []parser.Problem {
	sort.SliceStable(list, func(i, j int) bool { return list[i].Pos.Line < list[j].Pos.Line })
	return list
}

// readDocument reads r and splits it. The JSON starts at the first line
// whose trimmed text is exactly "[" or "{": a table cell such as
// "{10.0.0.5, fd00::5}" must not start it. The JSON part is compacted while
// it is read, so the whole file is never held in memory.
func readDocument(r io.Reader, probs *parser.Problems, each func(item)) document {
	br := bufio.NewReaderSize(r, 64<<10)
	var doc document
	for line := 1; ; line++ {
		text, err := br.ReadSlice('\n')
		if isJSONStart(text) {
			doc.hasJSON = true
			c, rerr := compactFrom(text, br, line)
			if rerr != nil {
				probs.Add(line, parser.LevelError, "read: %v", rerr)
			}
			decodeJSON(c, probs, each)
			return doc
		}
		if err == bufio.ErrBufferFull {
			// An overlong text line: keep its head, drop the rest.
			doc.pre = append(doc.pre, pstext.Line{Num: line, Text: string(text)})
			probs.Add(line, parser.LevelWarning, "line longer than %d bytes cut", len(text))
			if !skipLine(br) {
				return doc
			}
			continue
		}
		if len(text) == 0 && err != nil {
			if err != io.EOF {
				probs.Add(line, parser.LevelError, "read: %v", err)
			}
			return doc
		}
		text = bytes.TrimSuffix(bytes.TrimSuffix(text, []byte{'\n'}), []byte{'\r'})
		doc.pre = append(doc.pre, pstext.Line{Num: line, Text: string(text)})
		if err != nil {
			return doc
		}
	}
}

// isJSONStart reports whether a line starts the JSON part: "[" or "{"
// alone, or compact JSON ({"... or [{... or ["...) that a table cell such as
// "{10.0.0.5, fd00::5}" cannot look like.
func isJSONStart(line []byte) bool {
	t := trimLine(line)
	switch {
	case len(t) == 1:
		return t[0] == '[' || t[0] == '{'
	case len(t) >= 2 && t[0] == '{':
		return t[1] == '"'
	case len(t) >= 2 && t[0] == '[':
		return t[1] == '{' || t[1] == '"' || t[1] == ']'
	}
	return false
}

// skipLine discards the rest of an overlong line.
func skipLine(br *bufio.Reader) bool {
	for {
		_, err := br.ReadSlice('\n')
		if err != bufio.ErrBufferFull {
			return err == nil
		}
	}
}

func trimLine(b []byte) []byte {
	b = bytes.TrimSpace(b)
	return bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\ufeff")))
}

// decodeJSON decodes one JSON value from the compacted text and hands each
// top-level object to each as soon as it is decoded, so only one object's
// generic tree is alive at a time. An array yields its elements one by one:
// a file cut in the middle keeps the elements before the cut.
func decodeJSON(lc *compacted, probs *parser.Problems, each func(item)) {
	data, firstLine := lc.data, lc.firstLine
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	count := 0
	if trimLine(data)[0] == '{' {
		var v any
		if err := dec.Decode(&v); err != nil {
			reportJSONError(probs, lc, dec, err, "$")
			return
		}
		each(item{value: v, line: firstLine, path: "$"})
	} else {
		if _, err := dec.Token(); err != nil {
			reportJSONError(probs, lc, dec, err, "$")
			return
		}
		for i := 0; dec.More(); i++ {
			line := lc.line(int(dec.InputOffset()))
			path := fmt.Sprintf("$[%d]", i)
			var v any
			if err := dec.Decode(&v); err != nil {
				reportJSONError(probs, lc, dec, err, path)
				return
			}
			each(item{value: v, line: line, path: path})
			count++
		}
		if _, err := dec.Token(); err != nil {
			reportJSONError(probs, lc, dec, err, fmt.Sprintf("$[%d]", count))
			return
		}
	}
	reportTrailing(probs, lc, data, int(dec.InputOffset()))
}

func reportJSONError(probs *parser.Problems, lc *compacted, dec *json.Decoder, err error, path string) {
	off := int(dec.InputOffset())
	var se *json.SyntaxError
	msg := err.Error()
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		off = len(lc.data)
		msg = "JSON ends in the middle of a value (file cut?)"
	case errors.As(err, &se):
		// The offset of a Decoder's syntax error counts only the bytes of
		// the values it scanned; re-scan this value alone to place it.
		var v any
		var local *json.SyntaxError
		if errors.As(json.NewDecoder(bytes.NewReader(lc.data[off:])).Decode(&v), &local) && local.Offset > 0 {
			off += int(local.Offset) - 1
		}
		msg = "JSON syntax error: " + se.Error()
	}
	probs.AddAt(parser.Position{Line: lc.line(off), JSONPath: path}, parser.LevelError, "%s; objects after this point are lost", msg)
}

func reportTrailing(probs *parser.Problems, lc *compacted, data []byte, off int) {
	if off >= len(data) {
		return
	}
	rest := bytes.TrimSpace(data[off:])
	if len(rest) == 0 {
		return
	}
	line := lc.line(off)
	probs.Add(line, parser.LevelWarning, "%d bytes of trailing data after the JSON value: %q", len(rest), parser.Clip(string(firstLine(rest))))
}

func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return bytes.TrimSpace(b[:i])
	}
	return b
}
