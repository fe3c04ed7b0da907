package portrange

import (
	"flag"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

type result struct {
	File     *File            `json:"file"`
	Problems []parser.Problem `json:"problems"`
}

func TestParseGolden(t *testing.T) {
	pstexttest.RunGolden(t, "testdata", fixtures, *update, func(name, text string) any {
		f, probs := Parse(name, strings.NewReader(text))
		return result{f, probs}
	})
}

func fixture(t *testing.T, name string) *File {
	t.Helper()
	for _, fx := range fixtures {
		if fx.Name == name {
			text, _ := pstexttest.DecodeBytes(t, fx.Bytes())
			f, _ := Parse(name, strings.NewReader(text))
			return f
		}
	}
	t.Fatalf("no fixture %s", name)
	return nil
}

func TestAccessors(t *testing.T) {
	tests := []struct {
		file, proto      string
		start, end       int // 0, 0: no dynamic range
		excluded         int
		hasTable         bool
		firstExcludedPos int
	}{
		{"dynamicportrange.txt", "udp", 49152, 65535, 0, false, 0},
		{"excludedportrange.txt", "tcp", 0, 0, 4, true, 6},
		{"excludedportrange.txt", "udp", 0, 0, 0, true, 0},
		{"reservedports-tables.txt", "tcp", 0, 0, 1, true, 6},
		{"localised.txt", "tcp", 10000, 10999, 0, false, 0},
		{"localised.txt", "udp", 0, 0, 1, true, 12},
		{"broken.txt", "tcp", 60000, 65535, 0, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+tt.proto, func(t *testing.T) {
			f := fixture(t, tt.file)
			d := f.Dynamic(tt.proto)
			switch {
			case tt.end == 0 && d != nil:
				t.Errorf("dynamic range %+v, want none", d)
			case tt.end != 0 && (d == nil || d.Start != tt.start || d.End() != tt.end):
				t.Errorf("dynamic range %+v, want %d-%d", d, tt.start, tt.end)
			}
			ex, ok := f.Excluded(tt.proto)
			if len(ex) != tt.excluded || ok != tt.hasTable {
				t.Fatalf("excluded %+v (table %v), want %d rows (table %v)", ex, ok, tt.excluded, tt.hasTable)
			}
			if len(ex) > 0 && ex[0].Pos.Line != tt.firstExcludedPos {
				t.Errorf("first excluded row at line %d, want %d", ex[0].Pos.Line, tt.firstExcludedPos)
			}
		})
	}
}

func TestReservedLines(t *testing.T) {
	f := fixture(t, "reservedports.txt")
	if f.Estimate == nil || f.Estimate.Allocations == nil || *f.Estimate.Allocations != 246 || f.Estimate.Pos.Line != 1 {
		t.Errorf("estimate %+v", f.Estimate)
	}
	if f.Test == nil || f.Test.Reserved != 3 || f.Test.All || f.Test.Pos.Line != 2 {
		t.Errorf("test %+v", f.Test)
	}
	ex := fixture(t, "reservedports-exhausted.txt")
	if ex.Estimate == nil || !ex.Estimate.Exhausted || ex.Test == nil || !ex.Test.All || ex.Test.Reserved != 10 {
		t.Errorf("exhausted file: %+v %+v", ex.Estimate, ex.Test)
	}
}

func FuzzParse(f *testing.F) {
	pstexttest.AddSeeds(f, fixtures)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := pstexttest.DecodeBytes(t, data)
		file, _ := Parse("reservedports.txt", strings.NewReader(text))
		for _, s := range file.Sections {
			if s.Pos.Line < 1 || s.Protocol == "" {
				t.Fatalf("section %+v", s)
			}
			if d := s.Dynamic; d != nil && (d.Count < 0 || d.End() > maxPort) {
				t.Fatalf("dynamic range %+v", d)
			}
			for _, r := range s.Excluded {
				if r.Start > r.End || r.End > maxPort || r.Pos.Line < 1 {
					t.Fatalf("excluded range %+v", r)
				}
			}
		}
	})
}
