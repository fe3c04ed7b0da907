package analyzer

import (
	"bytes"
	"strings"
)

// maxRecordLines bounds the search for a hint: a record longer than this
// (an overlay network with thousands of remote subnet routes) is quoted
// from its first lines only.
const maxRecordLines = 10000

// maxCaptureLines bounds the lines joined into one excerpt; the excerpt is
// clipped to maxExcerpt anyway.
const maxCaptureLines = 64

// recordMatcher finds the line of one record that an evidence quotes. It
// sees the record's lines one by one and keeps the best line so far, so
// several evidence items of one file are served by one read.
type recordMatcher struct {
	ev       *Evidence
	hints    [][]byte // normalised, best first
	indent   int
	last     int // the record's last line; 0 ends it by indentation
	seen     int
	inRecord bool
	rank     int      // hint index of best; len(hints) when none matched
	best     *capture // the line holding the best hint so far
	first    *capture // the first line that is more than a bracket
}

func newRecordMatcher(ev *Evidence) *recordMatcher {
	m := &recordMatcher{ev: ev, inRecord: true, last: ev.Quote.Last}
	for _, h := range ev.Quote.Hints {
		if n := normalize(nil, []byte(h)); len(n) > 0 {
			m.hints = append(m.hints, n)
		}
	}
	m.rank = len(m.hints)
	return m
}

// needsNorm reports whether feed will look at the normalised line.
func (m *recordMatcher) needsNorm() bool { return m.inRecord && m.rank > 0 }

// feed hands the matcher the next line of the file: raw as read, norm as
// normalize made it (only when needsNorm said so).
func (m *recordMatcher) feed(num int, raw, norm []byte) {
	for _, c := range []*capture{m.best, m.first} {
		if c != nil && !c.done {
			c.feed(num, raw)
		}
	}
	if !m.inRecord {
		return
	}
	blank := len(bytes.TrimSpace(raw)) == 0
	if m.seen == 0 {
		m.indent = indentOf(raw)
	} else if m.ended(num, raw, blank) {
		m.inRecord = false
		return
	}
	m.seen++
	if m.first == nil && !blank && !bracketsOnly(raw) {
		m.first = newCapture(num, raw, -1)
	}
	for r := 0; r < m.rank; r++ {
		if at := bytes.Index(norm, m.hints[r]); at >= 0 {
			m.best, m.rank = newCapture(num, raw, at), r
			break
		}
	}
	if (len(m.hints) > 0 && m.rank == 0) || (len(m.hints) == 0 && m.first != nil) {
		m.inRecord = false
	}
}

func (m *recordMatcher) ended(num int, raw []byte, blank bool) bool {
	switch {
	case m.seen >= maxRecordLines:
		return true
	case m.last > 0:
		return num > m.last
	}
	return !blank && indentOf(raw) <= m.indent
}

// done reports that no later line can change the quote.
func (m *recordMatcher) done() bool {
	return !m.inRecord && (m.best == nil || m.best.done) && (m.first == nil || m.first.done || m.best != nil)
}

// apply writes the quote into the evidence; a record of brackets alone
// leaves the evidence as the rule wrote it.
func (m *recordMatcher) apply() {
	c := m.best
	if c == nil {
		c = m.first
	}
	if c == nil {
		return
	}
	m.ev.Line, m.ev.Excerpt, m.ev.EndLine = c.line, c.text(), 0
	if c.last > c.line {
		m.ev.EndLine = c.last
	}
}

// capture collects the quoted line and, when its value goes on, the lines
// up to the value's end: the close of a JSON array or object, or the bare
// value printed under a "Key :" line.
type capture struct {
	line   int
	last   int // the last line joined
	parts  []string
	size   int
	depth  int
	hintAt int // offset of the hint in parts[0]; -1 when none
	// wantValue: the line ended with ':' and the value may follow.
	wantValue bool
	done      bool
}

// newCapture starts a capture at a line; hintAt is the offset of the hint
// in the normalised line, or -1.
func newCapture(num int, raw []byte, hintAt int) *capture {
	collapsed := collapse(nil, raw)
	if hintAt >= 0 {
		hintAt = collapsedOffset(collapsed, hintAt)
	}
	text := string(collapsed)
	c := &capture{line: num, last: num, parts: []string{text}, size: len(text), hintAt: hintAt}
	c.depth = bracketDepth(raw)
	c.wantValue = c.depth == 0 && strings.HasSuffix(text, ":")
	c.done = c.depth <= 0 && !c.wantValue
	return c
}

func (c *capture) feed(num int, raw []byte) {
	t := bytes.TrimSpace(raw)
	if len(t) == 0 {
		return
	}
	if c.wantValue {
		if !bytes.ContainsRune(t, ':') && !bracketsOnly(t) {
			c.add(num, t)
		}
		c.done = true
		return
	}
	c.add(num, t)
	c.depth += bracketDepth(t)
	if c.depth <= 0 || c.size > 2*maxExcerpt || len(c.parts) >= maxCaptureLines {
		c.done = true
	}
}

func (c *capture) add(num int, t []byte) {
	c.last = num
	s := string(collapse(nil, t))
	c.parts = append(c.parts, s)
	c.size += len(s) + 1
}

// text is the excerpt: the lines joined, clipped. A long line whose hint
// lies beyond the clip is shown from shortly before the hint.
func (c *capture) text() string {
	first := c.parts[0]
	if c.hintAt > maxExcerpt/2 && len(first) > maxExcerpt {
		cut := c.hintAt - 24
		for cut > 0 && !startsRune(first[cut]) {
			cut--
		}
		first = "…" + first[cut:]
	}
	return clip(strings.Join(append([]string{first}, c.parts[1:]...), " "))
}

func startsRune(b byte) bool { return b&0xC0 != 0x80 }

// bracketDepth counts the JSON brackets a line opens minus those it
// closes, ignoring brackets inside strings.
func bracketDepth(b []byte) int {
	depth, inString, escaped := 0, false, false
	for _, ch := range b {
		switch {
		case escaped:
			escaped = false
		case inString && ch == '\\':
			escaped = true
		case ch == '"':
			inString = !inString
		case inString:
		case ch == '[' || ch == '{':
			depth++
		case ch == ']' || ch == '}':
			depth--
		}
	}
	return depth
}

// bracketsOnly reports a line of JSON punctuation alone ("{", "],").
func bracketsOnly(b []byte) bool {
	t := bytes.TrimSpace(b)
	if len(t) == 0 {
		return false
	}
	for _, ch := range t {
		if !strings.ContainsRune("{}[],", rune(ch)) {
			return false
		}
	}
	return true
}

func indentOf(b []byte) int {
	n := 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\t') {
		n++
	}
	return n
}

func isBlank(ch byte) bool { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' }

// collapse appends b to dst trimmed, with each run of blanks as one space.
func collapse(dst, b []byte) []byte {
	space := false
	for _, ch := range bytes.TrimSpace(b) {
		if isBlank(ch) {
			space = true
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, ch)
	}
	return dst
}

// normalize appends b to dst without blanks and with ASCII letters
// lower-cased, so `"Key":  "v"`, `"Key": "v"` and `"key":"v"` compare equal.
func normalize(dst, b []byte) []byte {
	for _, ch := range b {
		switch {
		case isBlank(ch):
		case 'A' <= ch && ch <= 'Z':
			dst = append(dst, ch+'a'-'A')
		default:
			dst = append(dst, ch)
		}
	}
	return dst
}

// collapsedOffset maps an offset into normalize's result to the same
// character in collapse's result.
func collapsedOffset(collapsed []byte, normOffset int) int {
	seen := 0
	for i, ch := range collapsed {
		if ch == ' ' {
			continue
		}
		if seen == normOffset {
			return i
		}
		seen++
	}
	return len(collapsed)
}
