package analyzer

import (
	"sort"

	"github.com/hnsscope/hnsscope/parser"
)

// quoteEvidence sets the Line and Excerpt of every evidence that asks for
// a Quote from the text of its file, so a reader who opens the file at that
// line finds the excerpt there. Each file is read once, up to the last
// line needed, files in parallel on up to workers goroutines. An evidence
// whose file cannot be read or whose line lies past the end keeps what the
// rule wrote. Findings are sorted again, as their lines may have moved.
func quoteEvidence(open textOpener, results []RuleResult, workers int) {
	byFile := map[string][]*Evidence{}
	for i := range results {
		for j := range results[i].Findings {
			evs := results[i].Findings[j].Evidence
			for k := range evs {
				if ev := &evs[k]; ev.Quote != nil && ev.File != "" && ev.Line > 0 {
					byFile[ev.File] = append(byFile[ev.File], ev)
				}
			}
		}
	}
	files := make([]string, 0, len(byFile))
	for f := range byFile {
		files = append(files, f)
	}
	sort.Strings(files)
	runJobs(len(files), workers, func(i int) { quoteFile(open, files[i], byFile[files[i]]) })
	for i := range results {
		SortFindings(results[i].Findings)
	}
}

// quoteFile streams one file to the last record its evidence points at,
// feeding each line to the matchers of the records open at that line.
func quoteFile(open textOpener, file string, evs []*Evidence) {
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Line < evs[j].Line })
	rc, err := open(file)
	if err != nil {
		return
	}
	defer rc.Close()
	sc := parser.NewLineScanner(rc)
	var active []*recordMatcher
	var norm []byte
	next := 0
	for sc.Scan() {
		n := sc.Line()
		for next < len(evs) && evs[next].Line == n {
			active = append(active, newRecordMatcher(evs[next]))
			next++
		}
		if len(active) == 0 {
			if next == len(evs) {
				return
			}
			continue
		}
		raw := sc.Bytes()
		norm = norm[:0]
		if anyNeedsNorm(active) {
			norm = normalize(norm, raw)
		}
		pending := active[:0]
		for _, m := range active {
			m.feed(n, raw, norm)
			if m.done() {
				m.apply()
			} else {
				pending = append(pending, m)
			}
		}
		active = pending
	}
	// The file ended: the records still open end with it.
	for _, m := range active {
		m.apply()
	}
}

func anyNeedsNorm(ms []*recordMatcher) bool {
	for _, m := range ms {
		if m.needsNorm() {
			return true
		}
	}
	return false
}
