package report

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"sort"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

// Fingerprint identifies a finding across runs so a baseline can tell new
// findings from known ones. It hashes the rule ID, the sorted objects and
// the sorted base names of the evidence files. It leaves out on purpose:
//   - the message, which often carries counts and addresses that change
//     between collections of the same defect;
//   - line numbers, which shift whenever the file gains or loses records;
//   - the bundle path and folder names, because a node collected again
//     comes in a new archive under a new timestamped folder.
//
// The result is 16 hex digits, prefixed with the scheme version.
func Fingerprint(f analyzer.Finding) string {
	objects := append([]string(nil), f.Objects...)
	sort.Strings(objects)
	files := evidenceFiles(f.Evidence)
	h := sha256.New()
	for _, part := range []string{f.Rule, strings.Join(objects, "\x1f"), strings.Join(files, "\x1f")} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return "v1:" + hex.EncodeToString(h.Sum(nil))[:16]
}

func evidenceFiles(evs []analyzer.Evidence) []string {
	seen := map[string]bool{}
	var files []string
	for _, e := range evs {
		name := strings.ToLower(path.Base(strings.ReplaceAll(e.File, `\`, "/")))
		if e.File == "" || seen[name] {
			continue
		}
		seen[name] = true
		files = append(files, name)
	}
	sort.Strings(files)
	return files
}
