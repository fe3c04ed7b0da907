package vfp

import (
	"bytes"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/hnsscope/hnsscope/parser"
)

// chunkSize is the unit the splitter reads and hands to workers; lines are
// never cut except when one line is longer than a chunk.
const chunkSize = 1 << 20

// Parse reads a vfpOutput.txt (decoded UTF-8 text) with up to
// min(GOMAXPROCS, 4) workers. The result does not depend on the number of
// workers.
func Parse(file string, r io.Reader) (*Dump, []parser.Problem) {
	return ParseParallel(file, r, min(runtime.GOMAXPROCS(0), 4))
}

// ParseParallel reads a vfpOutput.txt with the given number of workers
// (at least 1). Port sections are independent, so whole sections go to the
// workers in turn while one goroutine splits the input.
func ParseParallel(file string, r io.Reader, workers int) (*Dump, []parser.Problem) {
	workers = max(workers, 1)
	probs := &parser.Problems{File: file}
	pool := make(chan *chunk, workers*4+2)
	ws := make([]*worker, workers)
	var wg sync.WaitGroup
	for i := range ws {
		ws[i] = &worker{sp: newSectionParser(file), jobs: make(chan job, 4), pool: pool}
		wg.Add(1)
		go func(w *worker) {
			defer wg.Done()
			w.run()
		}(ws[i])
	}
	s := &splitter{workers: ws, pool: pool, probs: probs, line: 1}
	s.run(r)
	for _, w := range ws {
		close(w.jobs)
	}
	wg.Wait()
	return assemble(file, ws, s.sections, probs)
}

type chunk struct {
	buf  []byte
	refs atomic.Int32
}

type jobKind uint8

const (
	jobBegin jobKind = iota
	jobLines
	jobEnd
)

type job struct {
	kind  jobKind
	id    int
	line  int
	data  []byte
	owner *chunk
	atEOF bool
}

type worker struct {
	sp      *sectionParser
	jobs    chan job
	pool    chan *chunk
	results []indexedSection
}

type indexedSection struct {
	id  int
	sec *section
}

func (w *worker) run() {
	for j := range w.jobs {
		switch j.kind {
		case jobBegin:
			w.sp.begin()
		case jobLines:
			w.lines(j.data, j.line)
			w.release(j.owner)
		case jobEnd:
			w.results = append(w.results, indexedSection{j.id, w.sp.finish(j.atEOF)})
		}
	}
}

func (w *worker) lines(data []byte, n int) {
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		var line []byte
		if i < 0 {
			line, data = data, nil
		} else {
			line, data = data[:i], data[i+1:]
		}
		if k := len(line); k > 0 && line[k-1] == '\r' {
			line = line[:k-1]
		}
		w.sp.line(line, n)
		n++
	}
}

func (w *worker) release(c *chunk) { recycle(c, w.pool) }

// recycle returns a full-size chunk to the pool once no piece uses it;
// the smaller first chunks are left to the collector.
func recycle(c *chunk, pool chan *chunk) {
	if c.refs.Add(-1) == 0 && cap(c.buf) == chunkSize {
		select {
		case pool <- c:
		default:
		}
	}
}

// splitter reads the input and cuts it at port headers.
type splitter struct {
	workers  []*worker
	pool     chan *chunk
	probs    *parser.Problems
	line     int
	sections int
	carry    []byte
	// size grows from a small first chunk, so small files cost little.
	size int
}

func (s *splitter) current() *worker { return s.workers[(s.sections-1)%len(s.workers)] }

func (s *splitter) begin() {
	s.sections++
	s.current().jobs <- job{kind: jobBegin, id: s.sections - 1}
}

func (s *splitter) end(atEOF bool) {
	s.current().jobs <- job{kind: jobEnd, id: s.sections - 1, atEOF: atEOF}
}

func (s *splitter) getChunk() *chunk {
	if s.size < chunkSize {
		s.size = max(s.size*4, 64<<10, 2*len(s.carry))
		return &chunk{buf: make([]byte, 0, s.size)}
	}
	select {
	case c := <-s.pool:
		c.buf = c.buf[:0]
		return c
	default:
		return &chunk{buf: make([]byte, 0, chunkSize)}
	}
}

func (s *splitter) run(r io.Reader) {
	s.begin()
	for {
		c := s.getChunk()
		c.buf = append(c.buf, s.carry...)
		n, err := io.ReadFull(r, c.buf[len(c.buf):cap(c.buf)])
		c.buf = c.buf[:len(c.buf)+n]
		eof := err != nil
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			s.probs.Add(s.line, parser.LevelError, "read error: %v", err)
		}
		end := len(c.buf)
		if !eof {
			// A line without end fills the chunk: carry it into a larger
			// chunk until the chunk size limit, then cut it.
			if end = bytes.LastIndexByte(c.buf, '\n') + 1; end == 0 && len(c.buf) >= chunkSize {
				end = len(c.buf)
				s.probs.Add(s.line, parser.LevelWarning, "line longer than %d bytes was cut", chunkSize)
			}
		}
		s.carry = append(s.carry[:0], c.buf[end:]...)
		s.dispatch(c, c.buf[:end])
		if eof {
			break
		}
	}
	s.end(true)
}

// dispatch sends the complete lines of a chunk, starting a new section at
// every line that begins (after blanks) with "Policy for port".
func (s *splitter) dispatch(c *chunk, data []byte) {
	c.refs.Store(1)
	pos := 0
	for from := 0; ; {
		i := bytes.Index(data[from:], []byte("Policy for port"))
		if i < 0 {
			break
		}
		h := from + i
		from = h + 1
		if !atLineStart(data, h) {
			continue
		}
		if h > pos {
			s.send(c, data[pos:h])
		}
		s.end(false)
		s.begin()
		pos = h
	}
	if pos < len(data) {
		s.send(c, data[pos:])
	}
	recycle(c, s.pool)
}

func (s *splitter) send(c *chunk, piece []byte) {
	c.refs.Add(1)
	s.current().jobs <- job{kind: jobLines, line: s.line, data: piece, owner: c}
	s.line += bytes.Count(piece, []byte{'\n'})
}

func atLineStart(data []byte, i int) bool {
	for i > 0 {
		switch data[i-1] {
		case ' ', '\t':
			i--
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}
