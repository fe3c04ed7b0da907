package vfp

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

var update = flag.Bool("update", false, "rewrite golden files")

type golden struct {
	Dump     *Dump            `json:"dump"`
	Problems []parser.Problem `json:"problems"`
}

func parseFile(t testing.TB, path string, workers int) golden {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, _, err := textenc.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	d, probs := ParseParallel(filepath.Base(path), r, workers)
	return golden{d, probs}
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			got, err := json.MarshalIndent(parseFile(t, f, 1), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			gold := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gold, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(gold)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(strings.TrimSpace(string(want)), strings.TrimSpace(string(got))); diff != "" {
				t.Errorf("golden mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWorkersAgree checks that splitting sections over workers does not
// change the result.
func TestWorkersAgree(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		one, _ := json.Marshal(parseFile(t, f, 1))
		three, _ := json.Marshal(parseFile(t, f, 3))
		if !bytes.Equal(one, three) {
			t.Errorf("%s: 1 and 3 workers differ", f)
		}
	}
}
