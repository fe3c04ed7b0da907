package rules

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/winver"
)

// akstestKinds classifies the files of the AKS-layout fixture the way the
// resolver does for an AKS collect-windows-logs zip.
var akstestKinds = map[string]analyzer.SourceKind{
	"kubelet.log":                  analyzer.SourceKubeletLog,
	"kubelet.err.log":              analyzer.SourceKubeletLog,
	"kubeproxy.log":                analyzer.SourceKubeProxyLog,
	"containerd.log":               analyzer.SourceContainerdLog,
	"azure-vnet.log":               analyzer.SourceCNILog,
	"eventlogs/system.json":        analyzer.SourceEventLog,
	"eventlogs/hns-admin.json":     analyzer.SourceEventLog,
	"20241123-100000_services.csv": analyzer.SourceEventLog,
	"winevt/System.evtx":           analyzer.SourceEventLog,
	"winevt/Microsoft-Windows-Host-Network-Service-Admin.evtx": analyzer.SourceEventLog,
}

// fixtureSnapshot builds a snapshot over the files of dir, read from disk
// through the snapshot's text opener.
func fixtureSnapshot(t *testing.T, dir string, kinds map[string]analyzer.SourceKind, p *analyzer.Parsed) *analyzer.Snapshot {
	t.Helper()
	sources := map[analyzer.SourceKind][]analyzer.SourceFile{}
	for name, kind := range kinds {
		st, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		sources[kind] = append(sources[kind], analyzer.SourceFile{Kind: kind, Path: name, Size: st.Size(), State: analyzer.StatePresent})
	}
	open := func(name string) (io.ReadCloser, error) {
		if _, ok := kinds[name]; !ok {
			return nil, fmt.Errorf("%s: not in the fixture", name)
		}
		return os.Open(filepath.Join(dir, filepath.FromSlash(name)))
	}
	return analyzer.NewSnapshot(sources, p, analyzer.ClusterOverrides{}, open)
}

// findingsByRule runs the known-issue rules and groups their findings.
func findingsByRule(s *analyzer.Snapshot) map[string][]analyzer.Finding {
	out := map[string][]analyzer.Finding{}
	for _, rr := range analyzer.Run(s, KnownIssues()) {
		out[rr.Rule.ID] = append(out[rr.Rule.ID], rr.Findings...)
	}
	return out
}

func winverSnapshot(t *testing.T, build int, kbs []string, nets []*hns.Network) *analyzer.Snapshot {
	t.Helper()
	info := &winver.Info{Raw: fmt.Sprintf("Microsoft Windows NT 10.0.%d.0", build), Major: 10, Build: build}
	info.Pos.File, info.Pos.Line = "winver.txt", 1
	for _, kb := range kbs {
		info.HotFixes = append(info.HotFixes, winver.HotFix{ID: kb})
	}
	s := analyzer.NewSnapshot(map[analyzer.SourceKind][]analyzer.SourceFile{
		analyzer.SourceWinver: {{Kind: analyzer.SourceWinver, Path: "winver.txt", Size: 100, State: analyzer.StatePresent}},
	}, &analyzer.Parsed{Networks: nets}, analyzer.ClusterOverrides{}, nil)
	s.Winver = info
	return s
}

func joined(fs []analyzer.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Message + "\n" + strings.Join(f.Remediation, "\n") + "\n")
		for _, e := range f.Evidence {
			fmt.Fprintf(&b, "%s:%d %s %s\n", e.File, e.Line, e.JSONPath, e.Excerpt)
		}
	}
	return b.String()
}
