package vfp

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzParseVFP(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, name := range files {
		raw, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(raw))
	}
	f.Add("Policy for port :\n{0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9}\nRULE : x\nGROUP : y\nConditions:\n")
	f.Fuzz(func(t *testing.T, text string) {
		d, probs := ParseParallel("vfpOutput.txt", strings.NewReader(text), 2)
		if d == nil {
			t.Fatal("nil dump")
		}
		lines := bytes.Count([]byte(text), []byte{'\n'}) + 1
		for _, p := range probs {
			if p.Pos.Line < 0 || p.Pos.Line > lines {
				t.Fatalf("problem line %d outside 1..%d: %v", p.Pos.Line, lines, p)
			}
		}
		for _, p := range d.Ports {
			if p.Line < 1 || p.EndLine < p.Line || p.EndLine > lines {
				t.Fatalf("port lines %d..%d outside 1..%d", p.Line, p.EndLine, lines)
			}
			for _, c := range p.Commands {
				if c.Line < p.Line || c.EndLine < c.Line || c.EndLine > p.EndLine {
					t.Fatalf("command %q lines %d..%d outside port %d..%d", c.Verb, c.Line, c.EndLine, p.Line, p.EndLine)
				}
			}
		}
	})
}
