package hnsdiag

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

type golden struct {
	Result   *Result          `json:"result"`
	Problems []parser.Problem `json:"problems"`
}

func TestGolden(t *testing.T) {
	pstexttest.RunGolden(t, "testdata", fixtures, *update, func(name, text string) any {
		got, probs := Parse(name, strings.NewReader(text))
		return golden{got, probs}
	})
}

func TestFormats(t *testing.T) {
	tests := []struct {
		name         string
		want         Format
		notCollected bool
	}{
		{"hnsdiag-table.txt", FormatTable, false},
		{"hnsdiag-keyvalue.txt", FormatKeyValue, false},
		{"hnsdiag-detailed.txt", FormatDetailed, false},
		{"hnsdiag-usage.txt", FormatUsage, true},
		{"hnsdiag-empty.txt", FormatEmpty, false},
	}
	for _, tt := range tests {
		text, _ := pstexttest.Decode(t, filepath.Join("testdata", tt.name))
		res, _ := Parse(tt.name, strings.NewReader(text))
		if res.Format != tt.want || res.NotCollected != tt.notCollected {
			t.Errorf("%s: format %q notCollected %v, want %q %v", tt.name, res.Format, res.NotCollected, tt.want, tt.notCollected)
		}
	}
}

func FuzzHNSDiag(f *testing.F) {
	pstexttest.AddSeeds(f, fixtures)
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, _ := pstexttest.DecodeBytes(t, raw)
		res, probs := Parse("hnsdiag.txt", strings.NewReader(text))
		if res == nil {
			t.Fatal("nil result")
		}
		for _, p := range probs {
			if p.Pos.File != "hnsdiag.txt" {
				t.Fatalf("problem without file: %v", p)
			}
		}
	})
}
