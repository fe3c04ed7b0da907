package hns

import (
	"bytes"
	"io"
	"sort"
)

// compacted is JSON text with the whitespace between tokens removed, and a
// map back to the original lines. Windows PowerShell 5.1 pads its JSON with
// deep column alignment, so most bytes of an HNS file are blanks; removing
// them before encoding/json scans the text makes decoding several times
// faster.
type compacted struct {
	data      []byte
	firstLine int
	// lineStarts[k] is the compacted offset at which original line
	// firstLine+k+1 begins.
	lineStarts []int32
	inString   bool
	escaped    bool
}

// compactFrom compacts head (the rest of the already-read text) and then
// everything r still yields.
func compactFrom(head []byte, r io.Reader, firstLine int) (*compacted, error) {
	c := &compacted{data: make([]byte, 0, 64<<10), firstLine: firstLine}
	c.feed(head)
	buf := make([]byte, 256<<10)
	for {
		n, err := r.Read(buf)
		c.feed(buf[:n])
		if err == io.EOF {
			return c, nil
		}
		if err != nil {
			return c, err
		}
	}
}

// feed compacts one chunk; string state carries over between chunks.
func (c *compacted) feed(src []byte) {
	if need := len(c.data) + len(src); need > cap(c.data) {
		// Grow by doubling: append's growth factor for large slices is
		// small and would copy the buffer many times.
		grown := make([]byte, len(c.data), max(need, 2*cap(c.data)))
		copy(grown, c.data)
		c.data = grown
	}
	i := 0
	for i < len(src) {
		if c.inString {
			i = c.feedString(src, i)
			continue
		}
		switch b := src[i]; b {
		case '\n':
			c.newline()
			i++
		case ' ', '\t', '\r':
			i++
			for i < len(src) && src[i] == ' ' {
				i++
			}
		case '"':
			c.inString = true
			c.data = append(c.data, b)
			i++
		default:
			j := i + 1
			for j < len(src) && !isJSONBreak(src[j]) {
				j++
			}
			c.data = append(c.data, src[i:j]...)
			i = j
		}
	}
}

// newline records the start of the next original line; the slice grows by
// doubling (append's growth factor for large slices is small).
func (c *compacted) newline() {
	if len(c.lineStarts) == cap(c.lineStarts) {
		grown := make([]int32, len(c.lineStarts), 2*cap(c.lineStarts)+1024)
		copy(grown, c.lineStarts)
		c.lineStarts = grown
	}
	c.lineStarts = append(c.lineStarts, int32(len(c.data)))
}

func isJSONBreak(b byte) bool {
	return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '"'
}

// feedString copies string content from src[i:] up to and including the
// closing quote, and returns the index after what it consumed.
func (c *compacted) feedString(src []byte, i int) int {
	if c.escaped {
		c.escaped = false
		c.data = append(c.data, src[i])
		return i + 1
	}
	j := bytes.IndexByte(src[i:], '"')
	end := len(src)
	if j >= 0 {
		end = i + j
	}
	if k := bytes.IndexAny(src[i:end], "\\\n"); k >= 0 {
		// Rare: copy up to the escape or newline and handle it.
		at := i + k
		c.data = append(c.data, src[i:at+1]...)
		if src[at] == '\\' {
			c.escaped = true
		} else {
			c.newline()
		}
		return at + 1
	}
	if j < 0 {
		c.data = append(c.data, src[i:]...)
		return len(src)
	}
	c.data = append(c.data, src[i:end+1]...)
	c.inString = false
	return end + 1
}

// line returns the original line of the token at compacted offset off;
// separators (commas) at off are skipped first.
func (c *compacted) line(off int) int {
	for off < len(c.data) && c.data[off] == ',' {
		off++
	}
	n := sort.Search(len(c.lineStarts), func(i int) bool { return int(c.lineStarts[i]) > off })
	return c.firstLine + n
}
