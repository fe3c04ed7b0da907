package logscan

import (
	"io"
	"sync"

	"github.com/hnsscope/hnsscope/parser"
)

// Format says how an input is read.
type Format int

// Input formats.
const (
	// FormatText is a line-oriented log.
	FormatText Format = iota
	// FormatEventJSON is Get-WinEvent | ConvertTo-Json.
	FormatEventJSON
	// FormatEventCSV is Get-WinEvent | Export-Csv.
	FormatEventCSV
)

// Input is one file to scan. Open returns its decoded UTF-8 text.
type Input struct {
	File   string
	Format Format
	Open   func() (io.ReadCloser, error)
}

// ScanAll scans the inputs on up to workers goroutines and returns one
// result per input, in input order, plus every problem met.
func (sc *Scanner) ScanAll(inputs []Input, workers int) ([]*FileResult, []parser.Problem) {
	results := make([]*FileResult, len(inputs))
	probs := make([][]parser.Problem, len(inputs))
	if workers < 1 {
		workers = 1
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(workers, len(inputs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], probs[i] = sc.scanInput(inputs[i])
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	var all []parser.Problem
	for _, p := range probs {
		all = append(all, p...)
	}
	return results, all
}

func (sc *Scanner) scanInput(in Input) (*FileResult, []parser.Problem) {
	rc, err := in.Open()
	if err != nil {
		ps := parser.Problems{File: in.File}
		ps.Add(0, parser.LevelError, "cannot open: %v", err)
		return &FileResult{File: in.File}, ps.List
	}
	defer rc.Close()
	switch in.Format {
	case FormatEventJSON:
		return sc.ScanEventsJSON(in.File, rc)
	case FormatEventCSV:
		return sc.ScanEventsCSV(in.File, rc)
	}
	return sc.Scan(in.File, rc)
}
