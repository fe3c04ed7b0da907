package main

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/hnsscope/hnsscope/analyzer"
)

// progressDelay is how long a bundle may take before a progress line
// appears: fast runs stay silent.
const progressDelay = time.Second

// analyzeAll analyses the bundles in order. A bundle that cannot be read
// does not stop the others; the joined error names every such bundle.
// Progress goes to stderr only when it is a terminal.
func analyzeAll(stderr io.Writer, paths []string, opts analyzer.Options, rules []analyzer.Rule) ([]*analyzer.Result, error) {
	var results []*analyzer.Result
	var errs []error
	showProgress := isTerminal(stderr)
	for _, p := range paths {
		o := opts
		var pr *progress
		if showProgress {
			pr = startProgress(stderr, p, progressDelay)
			o.Progress = pr.stage
		}
		res, err := analyzer.Analyze(p, o, rules)
		if pr != nil {
			pr.done()
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		results = append(results, res)
	}
	return results, errors.Join(errs...)
}

// progress draws one status line for a bundle once it has taken longer
// than a delay, and redraws it as the analysis changes stage.
type progress struct {
	w     io.Writer
	path  string
	start time.Time
	timer *time.Timer

	mu      sync.Mutex
	current string
	shown   bool
}

func startProgress(w io.Writer, path string, delay time.Duration) *progress {
	p := &progress{w: w, path: path, start: time.Now()}
	p.timer = time.AfterFunc(delay, func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.shown = true
		p.draw()
	})
	return p
}

func (p *progress) stage(name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.current = name
	if p.shown {
		p.draw()
	}
}

// draw rewrites the terminal line; the caller holds mu.
func (p *progress) draw() {
	fmt.Fprintf(p.w, "\r\x1b[Kanalyzing %s: %s… %.0fs", p.path, p.current, time.Since(p.start).Seconds())
}

func (p *progress) done() {
	p.timer.Stop()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprintf(p.w, "\r\x1b[Kanalyzed %s in %.1fs\n", p.path, time.Since(p.start).Seconds())
	}
}
