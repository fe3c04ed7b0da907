package logscan

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/hnsscope/hnsscope/parser"
)

// blockSize is how much text one prefilter pass looks at. A line longer than
// a block is matched in block-sized pieces.
const blockSize = 1 << 20

// candidate is a line that holds at least one anchor literal.
type candidate struct {
	start, end int
	anchors    anchorSet
}

// Scan reads decoded text from r and counts the lines matching each
// signature. file names the input in the result and in problems. Memory use
// is bounded by the block size, whatever the size of the input.
func (sc *Scanner) Scan(file string, r io.Reader) (*FileResult, []parser.Problem) {
	st := &fileScan{sc: sc, res: &FileResult{File: file}, probs: parser.Problems{File: file}}
	buf := make([]byte, blockSize)
	filled := 0
	for {
		n, err := io.ReadFull(r, buf[filled:])
		filled += n
		st.res.Bytes += int64(n)
		eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !eof {
			st.probs.Add(st.lines+1, parser.LevelError, "reading stopped: %v", err)
			eof = true
		}
		cut := bytes.LastIndexByte(buf[:filled], '\n') + 1
		if eof {
			cut = filled
		} else if cut == 0 {
			cut = filled
			st.longLine()
		}
		st.block(buf[:cut], eof)
		filled = copy(buf, buf[cut:filled])
		if eof {
			break
		}
	}
	st.res.Hits = st.hits.result()
	st.res.Lines = st.lines
	return st.res, st.probs.List
}

type fileScan struct {
	sc     *Scanner
	res    *FileResult
	probs  parser.Problems
	hits   collector
	lines  int // lines completed before the current block
	inLong bool
	cands  []candidate
}

func (st *fileScan) longLine() {
	if !st.inLong {
		st.probs.Add(st.lines+1, parser.LevelWarning, "line longer than %d bytes is matched in pieces", blockSize)
	}
	st.inLong = true
}

// block scans whole lines (the last one may be a piece of a long line or the
// unterminated end of the input).
func (st *fileScan) block(data []byte, eof bool) {
	if len(data) == 0 {
		return
	}
	st.cands = st.sc.filter.candidates(data, st.cands[:0])
	line, pos := st.lines+1, 0
	for _, c := range st.cands {
		line += bytes.Count(data[pos:c.start], []byte{'\n'})
		pos = c.start
		st.match(line, bytes.TrimSuffix(data[c.start:c.end], []byte{'\r'}), &c.anchors)
	}
	// The newlines before the last candidate are already counted in line.
	st.lines = line - 1 + bytes.Count(data[pos:], []byte{'\n'})
	if data[len(data)-1] == '\n' {
		st.inLong = false
	} else if eof {
		st.lines++
	}
}

// match records the signatures the line meets; fallback signatures only
// count lines no other signature took.
func (st *fileScan) match(line int, text []byte, anchors *anchorSet) {
	matched := false
	for _, fallback := range []bool{false, true} {
		if fallback && matched {
			return
		}
		for i := range st.sc.sigs {
			s := &st.sc.sigs[i]
			if s.Fallback != fallback || s.Event != nil || !s.anchors.meets(anchors) {
				continue
			}
			if s.Pattern != nil && !s.Pattern.Match(text) {
				continue
			}
			st.record(i, line, text)
			matched = true
		}
	}
}

func (st *fileScan) record(sig, line int, text []byte) {
	s := &st.sc.sigs[sig]
	at := matchAt(s, text)
	var codes []Code
	if s.DecodeCodes {
		codes = FindCodes(text)
	}
	if len(codes) == 0 {
		st.hits.add(hitKey{sig: sig}, s.ID, nil, line, text, at)
		return
	}
	for _, c := range codes {
		code := c
		st.hits.add(hitKey{sig: sig, code: c.Value}, s.ID, &code, line, text, at)
	}
}

// matchAt is where the signature matched in the line, so a long example
// line can be cut around it.
func matchAt(s *compiledSig, line []byte) int {
	if s.Pattern != nil {
		if loc := s.Pattern.FindIndex(line); loc != nil {
			return loc[0]
		}
	}
	for _, lit := range s.Literals {
		if i := bytes.Index(line, []byte(lit)); i >= 0 {
			return i
		}
	}
	return 0
}

// String summarises a hit for messages: "12 lines, E1123 10:00:01 .. E1123 10:05:00".
func (h Hit) String() string {
	s := fmt.Sprintf("%d line", h.Count)
	if h.Count != 1 {
		s += "s"
	}
	switch {
	case h.First.Raw != "" && h.First.Raw != h.Last.Raw:
		s += fmt.Sprintf(", %s .. %s", h.First.Raw, h.Last.Raw)
	case h.First.Raw != "":
		s += ", at " + h.First.Raw
	}
	return s
}
