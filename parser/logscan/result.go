package logscan

import (
	"cmp"
	"slices"
	"time"
	"unicode/utf8"
)

// MaxExamples is how many matching lines a hit keeps per signature and file.
const MaxExamples = 3

// maxExampleLen cuts example lines so one huge JSON line cannot bloat a report.
const maxExampleLen = 400

// Example is one matching line.
type Example struct {
	Line     int    `json:"line,omitempty"`
	JSONPath string `json:"jsonPath,omitempty"`
	Text     string `json:"text"`
}

// Stamp is a timestamp read from a log line. Raw keeps the text as written;
// Time is zero when the text could not be read as a time. klog stamps carry
// no year: Time then has year 0 and only orders lines of the same file.
type Stamp struct {
	Raw  string    `json:"raw"`
	Time time.Time `json:"time,omitempty"`
}

// Hit counts the lines of one file that match one signature (and, for
// signatures that decode error codes, one code).
type Hit struct {
	Signature string    `json:"signature"`
	Code      *Code     `json:"code,omitempty"`
	Count     int       `json:"count"`
	First     Stamp     `json:"first,omitempty"`
	Last      Stamp     `json:"last,omitempty"`
	Examples  []Example `json:"examples"`
}

// FileResult is what a scan found in one file.
type FileResult struct {
	File  string `json:"file"`
	Lines int    `json:"lines"`
	Bytes int64  `json:"bytes"`
	// Hits are ordered by signature order, then by code.
	Hits []Hit `json:"hits,omitempty"`
}

type hitKey struct {
	sig  int
	code uint32
}

// collector accumulates hits in the order they are first seen and sorts
// them at the end.
type collector struct {
	hits     map[hitKey]*Hit
	lastLine map[hitKey]int
	order    []hitKey
}

func (c *collector) add(k hitKey, sigID string, code *Code, line int, text []byte, at int) {
	h := c.get(k, sigID, code)
	if c.lastLine[k] == line {
		return // another piece of a line longer than a block
	}
	c.lastLine[k] = line
	h.Count++
	if st, ok := FindStamp(text); ok {
		if h.First.Raw == "" {
			h.First = st
		}
		h.Last = st
	}
	if len(h.Examples) < MaxExamples {
		h.Examples = append(h.Examples, Example{Line: line, Text: clip(text, at)})
	}
}

func (c *collector) get(k hitKey, sigID string, code *Code) *Hit {
	if c.hits == nil {
		c.hits, c.lastLine = map[hitKey]*Hit{}, map[hitKey]int{}
	}
	h, ok := c.hits[k]
	if !ok {
		h = &Hit{Signature: sigID, Code: code}
		c.hits[k] = h
		c.order = append(c.order, k)
	}
	return h
}

func (c *collector) result() []Hit {
	keys := append([]hitKey(nil), c.order...)
	sortKeys(keys)
	out := make([]Hit, 0, len(keys))
	for _, k := range keys {
		out = append(out, *c.hits[k])
	}
	return out
}

func sortKeys(keys []hitKey) {
	slices.SortFunc(keys, func(a, b hitKey) int {
		if a.sig != b.sig {
			return cmp.Compare(a.sig, b.sig)
		}
		return cmp.Compare(a.code, b.code)
	})
}

// clip shortens a long line for an example: it keeps the head (timestamp
// and component) and a window around the match, cut on rune boundaries.
func clip(b []byte, at int) string {
	if len(b) <= maxExampleLen {
		return string(b)
	}
	head := runeCut(b, maxExampleLen/4)
	from := max(at-maxExampleLen/4, len(head))
	if from <= len(head)+len(elision) {
		return string(runeCut(b, maxExampleLen)) + elision
	}
	from = runeStart(b, from)
	window := runeCut(b[from:], maxExampleLen-len(head))
	out := string(head) + elision + string(window)
	if from+len(window) < len(b) {
		out += elision
	}
	return out
}

const elision = " … "

// runeCut returns the longest prefix of b of at most n bytes that does not
// split a UTF-8 sequence.
func runeCut(b []byte, n int) []byte {
	if n >= len(b) {
		return b
	}
	return b[:runeStart(b, n)]
}

// runeStart moves i back to the start of the UTF-8 sequence it falls in.
func runeStart(b []byte, i int) int {
	for i > 0 && i < len(b) && !utf8.RuneStart(b[i]) {
		i--
	}
	return i
}
