package analyzer

import (
	"testing"

	"github.com/hnsscope/hnsscope/parser/vfp"
)

func TestVFPTruncation(t *testing.T) {
	done := []*vfp.Command{{Verb: "list-rule", Terminated: true}}
	cut := []*vfp.Command{{Verb: "list-rule"}}
	failed := []*vfp.Command{{Verb: "list-rule", Error: "ERROR: port not found"}}
	tests := []struct {
		name      string
		last      []*vfp.Command
		state     FileState
		truncated bool
	}{
		{"complete", done, StatePresent, false},
		{"last section cut", cut, StatePresent, true},
		{"failed command is not a cut", failed, StatePresent, false},
		{"inventory says truncated", done, StateTruncated, true},
	}
	for _, tt := range tests {
		p := &Parsed{VFP: []*vfp.Dump{{Ports: []*vfp.Port{{GUID: "a", Commands: done, RuleSource: "list-rule"},
			{GUID: "b", Commands: tt.last, RuleSource: "list-rule"}}}}}
		src := map[SourceKind][]SourceFile{SourceVFPDump: {{Kind: SourceVFPDump, Path: "vfpOutput.txt", State: tt.state}}}
		s := NewSnapshot(src, p, ClusterOverrides{}, nil)
		if got := s.VFPTruncated(); got != tt.truncated {
			t.Errorf("%s: VFPTruncated %v, want %v", tt.name, got, tt.truncated)
		}
		if got := s.Ports[1].RulesCut(); got != (tt.name == "last section cut") {
			t.Errorf("%s: RulesCut %v", tt.name, got)
		}
	}
}
