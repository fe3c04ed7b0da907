package pstext

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

type scanResult struct {
	Blocks   []Block          `json:"blocks"`
	Problems []parser.Problem `json:"problems"`
}

func TestScanGolden(t *testing.T) {
	pstexttest.Sync(t, "testdata", fixtures, *update)
	for _, fx := range fixtures {
		t.Run(fx.Name, func(t *testing.T) {
			text, _ := pstexttest.Decode(t, filepath.Join("testdata", fx.Name))
			ps := &parser.Problems{File: fx.Name}
			got := scanResult{Blocks: Scan(ReadLines(strings.NewReader(text), ps), ps), Problems: ps.List}
			golden := filepath.Join("testdata", strings.TrimSuffix(fx.Name, ".txt")+".golden.json")
			pstexttest.Golden(t, golden, got, *update)
		})
	}
}

func TestSplitArray(t *testing.T) {
	tests := []struct {
		in        string
		want      []string
		truncated bool
	}{
		{"", nil, false},
		{"{}", nil, false},
		{"plain", []string{"plain"}, false},
		{"{a, b, c}", []string{"a", "b", "c"}, false},
		{"{10.0.0.1, 10.0.0.2, 10.0.0.3, 10.0.0.4...}", []string{"10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4"}, true},
		{"{@{Type=A; Data=x, y}, @{Type=B}}", []string{"@{Type=A; Data=x, y}", "@{Type=B}"}, false},
		{"{a, bc", []string{"a", "bc"}, true},
		{"{a, b…}", []string{"a", "b"}, true},
	}
	for _, tt := range tests {
		got, trunc := SplitArray(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" || trunc != tt.truncated {
			t.Errorf("SplitArray(%q) = %q, %v; want %q, %v", tt.in, got, trunc, tt.want, tt.truncated)
		}
	}
}

func TestCutRowSpill(t *testing.T) {
	spans := DashSpans("----- ---- -----")
	seps := []int{5, 10}
	tests := []struct {
		row  string
		want []string
	}{
		{"ab c    12 xyz", []string{"ab c ", "   12", " xyz"}},
		{"abcdef  12 xyz", []string{"abcdef", "  12", " xyz"}},
		{"ab   12345 x", []string{"ab  ", " 12345", " x"}},
		{"ab", []string{"ab", "", ""}},
		{"", []string{"", "", ""}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, cutRow([]rune(tt.row), spans, seps)); diff != "" {
			t.Errorf("cutRow(%q) (-want +got):\n%s", tt.row, diff)
		}
	}
}

func TestSeparators(t *testing.T) {
	lines := textLines(`Name                   ifIndex Status
----                   ------- ------
vEthernet (Ethernet 2)      14 Up
Ethernet 2                   6 Disconnected
`)
	tbl, _ := ParseTable(lines, nil)
	want := [][]string{{"vEthernet (Ethernet 2)", "14", "Up"}, {"Ethernet 2", "6", "Disconnected"}}
	for i, r := range tbl.Rows {
		var got []string
		for _, c := range r.Cells {
			got = append(got, c.Value)
		}
		if diff := cmp.Diff(want[i], got); diff != "" {
			t.Errorf("row %d (-want +got):\n%s", i, diff)
		}
	}
}

func TestWrappedRows(t *testing.T) {
	lines := textLines(`Name   Description     State
----   -----------     -----
a      short text      Up
b      a value filling Up
       its column
       orphan          Down
`)
	tbl, _ := ParseTable(lines, nil)
	var got [][]string
	for _, r := range tbl.Rows {
		var row []string
		for _, c := range r.Cells {
			row = append(row, c.Value)
		}
		got = append(got, row)
	}
	want := [][]string{
		{"a", "short text", "Up"},
		{"b", "a value filling its column", "Up"},
		{"", "orphan", "Down"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
}

func TestTableColumnLookup(t *testing.T) {
	lines := textLines("ifIndex Persiste...\n------- -----------\n5       ActiveS...\n")
	tbl, n := ParseTable(lines, nil)
	if n != 3 || tbl == nil {
		t.Fatalf("ParseTable consumed %d lines", n)
	}
	c, ok := tbl.Cell(tbl.Rows[0], "PersistentStore")
	if !ok || c.Value != "ActiveS" || !c.Truncated {
		t.Errorf("truncated column lookup = %+v, %v", c, ok)
	}
	if _, ok := tbl.Cell(tbl.Rows[0], "ifMetric"); ok {
		t.Error("dropped column reported present")
	}
}

func TestTruncatedColumns(t *testing.T) {
	lines := textLines("ifIndex Alias      State\n------- ---------- ------\n5       vEthern... Up\n6       Loopback   Discon...\n7       Ethernet   Up\n")
	tbl, _ := ParseTable(lines, nil)
	if tbl == nil || len(tbl.Rows) != 3 {
		t.Fatalf("ParseTable = %+v", tbl)
	}
	want := [][]string{{"Alias"}, {"State"}, nil}
	for i, row := range tbl.Rows {
		if d := cmp.Diff(want[i], tbl.TruncatedColumns(row)); d != "" {
			t.Errorf("row %d truncated columns (-want +got):\n%s", i, d)
		}
	}
}

func TestListContinuation(t *testing.T) {
	lines := textLines("Ids  : {aaaa-bb\n       cc}\nName :\n")
	l, _ := ParseList(lines, nil)
	if len(l.Records) != 1 || len(l.Records[0].Fields) != 2 {
		t.Fatalf("records = %+v", l.Records)
	}
	f := l.Records[0].Fields[0]
	if f.Value != "{aaaa-bb cc}" || f.Concat() != "{aaaa-bbcc}" {
		t.Errorf("joined %q concat %q", f.Value, f.Concat())
	}
	if v := l.Records[0].Value("name"); v != "" {
		t.Errorf("empty value read as %q", v)
	}
}

func FuzzScan(f *testing.F) {
	pstexttest.AddSeeds(f, fixtures)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := pstexttest.DecodeBytes(t, data)
		lines := textLines(text)
		for _, b := range Scan(lines, &parser.Problems{}) {
			if b.StartLine < 1 || b.EndLine < b.StartLine || b.EndLine > len(lines) {
				t.Fatalf("block %s has lines %d..%d of %d", b.Kind, b.StartLine, b.EndLine, len(lines))
			}
			if b.Table != nil {
				for _, r := range b.Table.Rows {
					if len(r.Cells) != len(b.Table.Columns) {
						t.Fatalf("row at line %d has %d cells for %d columns", r.Line, len(r.Cells), len(b.Table.Columns))
					}
				}
			}
		}
	})
}

func TestNormalizeMAC(t *testing.T) {
	tests := []struct{ in, want string }{
		{"00-0d-3a-8f-6c-2b", "00-0D-3A-8F-6C-2B"},
		{"00 0d 3a 8f 6c 2b", "00-0D-3A-8F-6C-2B"},
		{"00:15:5d:c7:21:04", "00-15-5D-C7-21-04"},
		{"00155DC72104", "00-15-5D-C7-21-04"},
		{"00 00 00 00 00 00 00 e0", "00-00-00-00-00-00-00-E0"},
		{"10.0.0.1", ""},
		{"0-1-2-3-4-5", ""},
		{"zz-0d-3a-8f-6c-2b", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := NormalizeMAC(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("NormalizeMAC(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestStripANSI(t *testing.T) {
	tests := map[string]string{
		"plain": "plain",
		"\x1b[32;1mifIndex\x1b[0m \x1b[32;1mNextHop\x1b[0m": "ifIndex NextHop",
		"\x1b]0;title\x07text":                              "text",
		"cut\x1b[":                                          "cut",
	}
	for in, want := range tests {
		if got := StripANSI(in); got != want {
			t.Errorf("StripANSI(%q) = %q, want %q", in, got, want)
		}
	}
}

// textLines reads decoded text the way parsers do.
func textLines(text string) []Line {
	return ReadLines(strings.NewReader(text), nil)
}
