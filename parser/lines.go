package parser

import (
	"bufio"
	"bytes"
	"io"
)

// maxLine bounds one line so that a file without newlines cannot exhaust
// memory; longer lines are cut and reported by the scanner's caller.
const maxLine = 1 << 20

// LineScanner yields the lines of decoded text with 1-based line numbers. It
// strips a trailing "\r" so parsers accept CRLF input even when it was not
// normalised by the decoder. Lines longer than 1 MiB are truncated and
// flagged with Truncated.
type LineScanner struct {
	r         *bufio.Reader
	line      []byte
	num       int
	truncated bool
	err       error
}

// NewLineScanner returns a scanner over r.
func NewLineScanner(r io.Reader) *LineScanner {
	return &LineScanner{r: bufio.NewReaderSize(r, 256<<10)}
}

// Scan advances to the next line; it returns false at the end of input or on
// a read error (see Err).
func (s *LineScanner) Scan() bool {
	if s.err != nil {
		return false
	}
	s.line = s.line[:0]
	s.truncated = false
	for {
		frag, err := s.r.ReadSlice('\n')
		if len(s.line)+len(frag) <= maxLine {
			s.line = append(s.line, frag...)
		} else {
			s.truncated = true
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if err != io.EOF {
				s.err = err
			}
			if len(s.line) == 0 && !s.truncated {
				if s.err == nil {
					s.err = io.EOF
				}
				return false
			}
			if err == io.EOF {
				s.err = io.EOF
			}
		}
		break
	}
	s.num++
	s.line = bytes.TrimSuffix(s.line, []byte{'\n'})
	s.line = bytes.TrimSuffix(s.line, []byte{'\r'})
	return true
}

// Bytes returns the current line; valid until the next call to Scan.
func (s *LineScanner) Bytes() []byte { return s.line }

// Text returns the current line as a string.
func (s *LineScanner) Text() string { return string(s.line) }

// Line returns the 1-based number of the current line.
func (s *LineScanner) Line() int { return s.num }

// Truncated reports whether the current line exceeded the line limit.
func (s *LineScanner) Truncated() bool { return s.truncated }

// Err returns the first read error other than io.EOF.
func (s *LineScanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}
