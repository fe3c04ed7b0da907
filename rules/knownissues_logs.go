package rules

import (
	"fmt"
	"io"
	"path"
	"runtime"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/logscan"
	"github.com/hnsscope/hnsscope/rules/catalogue"
)

// scanLogs scans the logs of a snapshot once for all signature rules; the
// result is kept in the snapshot's memo.
func scanLogs(s *analyzer.Snapshot, sc *logscan.Scanner) []*logscan.FileResult {
	return s.Memo("rules/known-issue-log-scan", func() any {
		// Read errors leave a partial result; the hits found before the
		// error are still worth reporting.
		results, _ := sc.ScanAll(scannableLogs(s), runtime.GOMAXPROCS(0))
		return results
	}).([]*logscan.FileResult)
}

// scannableLogs lists the snapshot's log files the scanner can read:
// text logs, and event logs exported as JSON or CSV. EVTX files are binary
// and left to the evtx rule.
func scannableLogs(s *analyzer.Snapshot) []logscan.Input {
	var out []logscan.Input
	for _, f := range s.LogFiles() {
		if !f.Usable() {
			continue
		}
		format, ok := logFormat(f)
		if !ok {
			continue
		}
		file := f.Path
		out = append(out, logscan.Input{File: file, Format: format, Open: func() (io.ReadCloser, error) {
			return s.OpenText(file)
		}})
	}
	return out
}

func logFormat(f analyzer.SourceFile) (logscan.Format, bool) {
	ext := strings.ToLower(path.Ext(strings.ReplaceAll(f.Path, `\`, "/")))
	switch {
	case ext == ".evtx" || ext == ".etl" || ext == ".zip":
		return 0, false
	case f.Kind == analyzer.SourceEventLog && ext == ".json":
		return logscan.FormatEventJSON, true
	case ext == ".csv":
		return logscan.FormatEventCSV, true
	}
	return logscan.FormatText, true
}

func (k *knownIssue) logFindings(s *analyzer.Snapshot) []analyzer.Finding {
	var out []analyzer.Finding
	for _, res := range scanLogs(s, k.scanner) {
		for _, h := range res.Hits {
			if h.Signature == k.issue.ID {
				out = append(out, hitFinding(k.issue, res.File, h))
			}
		}
	}
	return out
}

func hitFinding(is catalogue.Issue, file string, h logscan.Hit) analyzer.Finding {
	what := is.Title
	if h.Code != nil {
		what = "HNS error " + h.Code.String()
	}
	unit := "line"
	if isEventFile(file) {
		unit = "event"
	}
	msg := fmt.Sprintf("%s: %s (%s)", file, what, strings.Replace(h.String(), "line", unit, 1))
	f := analyzer.Finding{Message: msg, Objects: []string{file}}
	for _, ex := range h.Examples {
		f.Evidence = append(f.Evidence, analyzer.Evidence{File: file, Line: ex.Line, JSONPath: ex.JSONPath, Excerpt: ex.Text})
	}
	return f
}

func isEventFile(file string) bool {
	ext := strings.ToLower(path.Ext(file))
	return ext == ".json" || ext == ".csv"
}
