package analyzer

import (
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/hnsscope/hnsscope/analyzer/bundle"
)

// Options control one analysis.
type Options struct {
	// Limits bound what the bundle may hold; zero values take the defaults.
	Limits bundle.Limits
	// Overrides are cluster parameters given by flags; they win over the
	// bundle's configuration and inference.
	Overrides ClusterOverrides
	// Progress, when set, is told each stage as it starts ("open",
	// "inventory", "parse", "correlate", "rules", "evidence").
	Progress func(stage string)
	// Workers bounds the files parsed at once; 0 means GOMAXPROCS.
	Workers int
}

func (o Options) stage(name string) {
	if o.Progress != nil {
		o.Progress(name)
	}
}

// Timing records how long the stages of one analysis took.
type Timing struct {
	Parse     time.Duration `json:"parse"`
	Correlate time.Duration `json:"correlate"`
	Rules     time.Duration `json:"rules"`
	// Evidence is the time spent reading the lines that evidence quotes.
	Evidence time.Duration `json:"evidence"`
}

// Total is the time of all stages.
func (t Timing) Total() time.Duration { return t.Parse + t.Correlate + t.Rules + t.Evidence }

// Analyze opens the bundle at path, parses every recognised file, builds
// the snapshot and runs the rules. Parse problems do not stop the analysis:
// they are returned in Result.Problems. An error means the bundle itself
// could not be opened or read. The bundle is closed on return, so
// Snapshot.OpenText works only while the rules run.
func Analyze(path string, opts Options, rules []Rule) (*Result, error) {
	stage := opts.stage
	stage("open")
	b, err := bundle.Open(path, opts.Limits)
	if err != nil {
		return nil, fmt.Errorf("analyze %s: %w", path, err)
	}
	defer b.Close()
	stage("inventory")
	inv, err := TakeInventory(b)
	if err != nil {
		return nil, fmt.Errorf("analyze %s: %w", path, err)
	}
	res := AnalyzeInventory(inv, textOf(b), opts, rules)
	res.Bundle = path
	return res, nil
}

// textOf opens the files of b as decoded text.
func textOf(b *bundle.Bundle) textOpener {
	return func(p string) (io.ReadCloser, error) {
		rc, _, err := b.OpenText(p)
		return rc, err
	}
}

// AnalyzeInventory runs the parse, correlate and rule stages over an
// inventory whose files open reads as text, then quotes the evidence of the
// findings from those files. The snapshot keeps open so that
// rules can stream logs; it is valid while the bundle is open.
func AnalyzeInventory(inv *Inventory, open func(string) (io.ReadCloser, error), opts Options, rules []Rule) *Result {
	stage := opts.stage
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	res := &Result{Bundle: inv.Bundle, Inventory: inv}
	stage("parse")
	t0 := time.Now()
	parsed, probs := parseSources(open, inv.Sources, workers)
	t1 := time.Now()
	stage("correlate")
	snap := NewSnapshot(inv.Sources, parsed, opts.Overrides, open)
	t2 := time.Now()
	stage("rules")
	res.Rules = Run(snap, rules)
	t3 := time.Now()
	stage("evidence")
	quoteEvidence(open, res.Rules, workers)
	t4 := time.Now()
	res.Snapshot, res.Cluster, res.Problems = snap, snap.Cluster, probs
	res.Timing = Timing{Parse: t1.Sub(t0), Correlate: t2.Sub(t1), Rules: t3.Sub(t2), Evidence: t4.Sub(t3)}
	res.Collect()
	return res
}
