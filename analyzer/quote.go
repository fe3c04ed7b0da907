package analyzer

import (
	"bufio"
	"bytes"
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
// Lines no record needs are skipped without being copied.
func quoteFile(open textOpener, file string, evs []*Evidence) {
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Line < evs[j].Line })
	rc, err := open(file)
	if err != nil {
		return
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, scanBuffer)
	sc := parser.NewLineScanner(br)
	var active []*recordMatcher
	var norm []byte
	skipped, next := 0, 0
	for {
		if len(active) == 0 {
			if next == len(evs) {
				return
			}
			skipped += skipLines(br, evs[next].Line-1-(skipped+sc.Line()))
		}
		if !sc.Scan() {
			break
		}
		n := skipped + sc.Line()
		for next < len(evs) && evs[next].Line == n {
			active = append(active, newRecordMatcher(evs[next]))
			next++
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

// scanBuffer is the read buffer of the quoting pass; parser.LineScanner
// reads through it without a second buffer of its own.
const scanBuffer = 256 << 10

// skipLines discards up to n lines of br and returns how many it
// discarded (fewer at the end of the text).
func skipLines(br *bufio.Reader, n int) int {
	done := 0
	for done < n {
		buf, err := br.Peek(max(br.Buffered(), 1))
		if len(buf) == 0 {
			return done
		}
		if br.Buffered() > len(buf) {
			buf, _ = br.Peek(br.Buffered())
		}
		i := 0
		for done < n {
			j := bytes.IndexByte(buf[i:], '\n')
			if j < 0 {
				i = len(buf)
				break
			}
			i += j + 1
			done++
		}
		if _, derr := br.Discard(i); derr != nil || (err != nil && i == len(buf)) {
			return done
		}
	}
	return done
}

func anyNeedsNorm(ms []*recordMatcher) bool {
	for _, m := range ms {
		if m.needsNorm() {
			return true
		}
	}
	return false
}
