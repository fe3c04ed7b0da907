package rules

import (
	"fmt"
	"path"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

// evtxFindings reports binary event logs as present but not analysed, so a
// clean result is not read as "HNS never crashed".
func evtxFindings(s *analyzer.Snapshot) []analyzer.Finding {
	var files []string
	for _, f := range s.LogFiles() {
		if f.Usable() && strings.EqualFold(path.Ext(f.Path), ".evtx") {
			files = append(files, f.Path)
		}
	}
	if len(files) == 0 {
		return nil
	}
	f := analyzer.Finding{
		Message: fmt.Sprintf("%d EVTX event log(s) present but not analysed: HNS crashes and HNS Admin errors in them are not checked", len(files)),
		Objects: files,
	}
	for _, p := range files {
		f.Evidence = append(f.Evidence, analyzer.Evidence{File: p})
	}
	return []analyzer.Finding{f}
}
