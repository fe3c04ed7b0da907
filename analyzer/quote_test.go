package analyzer

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

// utf16File encodes text as Windows PowerShell 5.1 writes it: UTF-16LE
// with a byte-order mark and CRLF line ends.
func utf16File(text string) []byte {
	text = strings.ReplaceAll(text, "\n", "\r\n")
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(text)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// opener serves in-memory files through the bundle's text decoder.
func opener(files map[string][]byte) textOpener {
	return func(path string) (io.ReadCloser, error) {
		b, ok := files[path]
		if !ok {
			return nil, errors.New("no such file")
		}
		r, _, err := textenc.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		return io.NopCloser(r), nil
	}
}

const endpointsJSON = `[
    {
        "ID":  "5E2B6A44-1111-2222-3333-444455556666",
        "IPAddress":  "10.244.1.4",
        "Policies":  [
                         {
                             "ExceptionList":  [
                                                   "10.96.0.0/12",
                                                   "10.244.0.0/16"
                                               ],
                             "Type":  "OutBoundNAT"
                         }
                     ],
        "State":  3
    },
    {
        "ID":  "8F109901-9970-4FDA-BB2B-E9882FB3E8FB",
        "IPAddress":  "10.244.2.141",
        "MacAddress":  "0E-2A-0A-F4-02-8D",
        "Empty":  {

                  }
    }
]
`

const vfpText = `Policy for port : 
D917D409-A50B-4975-A7D1-CE719ABB21E7
    LAYER : LB_DSR
        GROUP : LB_DSR_IPv4_OUT
            RULE : 
                Friendly name : LB_DSR_7FC672_10.240.0.4_10.96.0.1_443_6443_6
                Type : lbnat
            RULE : {59733027-4F38-41DE-9473-C3045B5081EF}
                Friendly name : L2_REWRITE_OUT_10.244.1.2
Command list-rule succeeded!
  Enabled : TRUE
  Blocked : TRUE
  BlockedOnRestore : FALSE
Command get-port-state succeeded!
`

func TestQuoteEvidence(t *testing.T) {
	long := `[{"ID":"A1","Name":"` + strings.Repeat("x", 300) + `","IPAddress":"10.1.2.3"}]`
	files := map[string][]byte{
		"u16/endpoint.txt": utf16File(endpointsJSON),
		"u8/endpoint.txt":  []byte(endpointsJSON),
		"vfpOutput.txt":    []byte(vfpText),
		"compact.txt":      []byte(long),
	}
	tests := []struct {
		name     string
		ev       Evidence
		wantLine int
		want     string
	}{
		{"utf-16 hint", EvidenceLine("u16/endpoint.txt", 2, "ep", `"IPAddress"`), 4, `"IPAddress": "10.244.1.4",`},
		{"utf-8 hint", EvidenceLine("u8/endpoint.txt", 2, "ep", `"IPAddress"`), 4, `"IPAddress": "10.244.1.4",`},
		{"hint with value", EvidenceLine("u8/endpoint.txt", 2, "ep", `"State": 3`), 14, `"State": 3`},
		{"best hint wins over an earlier line", EvidenceLine("u8/endpoint.txt", 2, "ep", `"State"`, `"ID"`), 14, `"State": 3`},
		{"hint absent", EvidenceLine("u8/endpoint.txt", 2, "ep", `"DNSServerList"`), 3, `"ID": "5E2B6A44-1111-2222-3333-444455556666",`},
		{"hint only in the next record", EvidenceLine("u8/endpoint.txt", 2, "ep", `"MacAddress"`), 3, `"ID": "5E2B6A44-1111-2222-3333-444455556666",`},
		{"no hint", EvidenceLine("u8/endpoint.txt", 16, "ep"), 17, `"ID": "8F109901-9970-4FDA-BB2B-E9882FB3E8FB",`},
		{"array value", EvidenceLine("u16/endpoint.txt", 2, "ep", `"ExceptionList"`), 7,
			`"ExceptionList": [ "10.96.0.0/12", "10.244.0.0/16" ],`},
		{"empty object value", EvidenceLine("u8/endpoint.txt", 16, "ep", `"Empty"`), 20, `"Empty": { }`},
		{"wrapped port header", EvidenceLine("vfpOutput.txt", 1, "port"), 1, "Policy for port : D917D409-A50B-4975-A7D1-CE719ABB21E7"},
		{"rule by name", EvidenceLine("vfpOutput.txt", 5, "rule", "Friendly name : LB_DSR_7FC672_10.240.0.4_10.96.0.1_443_6443_6"), 6,
			"Friendly name : LB_DSR_7FC672_10.240.0.4_10.96.0.1_443_6443_6"},
		{"rule by ID", EvidenceLine("vfpOutput.txt", 8, "rule", "{59733027-4F38-41DE-9473-C3045B5081EF}"), 8,
			"RULE : {59733027-4F38-41DE-9473-C3045B5081EF}"},
		{"flat listing through its last line", EvidenceLine("vfpOutput.txt", 11, "port", "Blocked : TRUE").Through(14), 12, "Blocked : TRUE"},
		{"flat listing without a bound", EvidenceLine("vfpOutput.txt", 11, "port", "Blocked : TRUE"), 11, "Enabled : TRUE"},
		{"long line clipped near the hint", EvidenceLine("compact.txt", 1, "ep", `"IPAddress"`), 1,
			`…` + strings.Repeat("x", 22) + `","IPAddress":"10.1.2.3"}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			results := []RuleResult{{Findings: []Finding{{Evidence: []Evidence{tt.ev}}}}}
			quoteEvidence(opener(files), results, 2)
			got := results[0].Findings[0].Evidence[0]
			if got.Line != tt.wantLine || got.Excerpt != tt.want {
				t.Errorf("got line %d %q, want line %d %q", got.Line, got.Excerpt, tt.wantLine, tt.want)
			}
		})
	}
}

// TestQuoteEvidenceKeepsWhatCannotBeQuoted: evidence past the end of its
// file, in a file that cannot be read, or not asking for a quote keeps the
// rule's line and text.
func TestQuoteEvidenceKeepsWhatCannotBeQuoted(t *testing.T) {
	files := map[string][]byte{"endpoint.txt": []byte(endpointsJSON)}
	past := EvidenceLine("endpoint.txt", 500, "ep", `"ID"`)
	past.Excerpt = "rule text"
	missing := EvidenceLine("gone.txt", 3, "ep")
	missing.Excerpt = "rule text"
	logLine := Evidence{File: "endpoint.txt", Line: 4, Excerpt: "rule text"}
	results := []RuleResult{{Findings: []Finding{{Evidence: []Evidence{past, missing, logLine}}}}}
	quoteEvidence(opener(files), results, 1)
	for i, ev := range results[0].Findings[0].Evidence {
		if ev.Excerpt != "rule text" {
			t.Errorf("evidence %d: excerpt %q changed", i, ev.Excerpt)
		}
	}
	if got := results[0].Findings[0].Evidence[0].Line; got != 500 {
		t.Errorf("line past the end moved to %d", got)
	}
}

// TestQuoteEvidenceManyItemsOneFile: items of one file that share or
// overlap records are all served by the one read.
func TestQuoteEvidenceManyItemsOneFile(t *testing.T) {
	files := map[string][]byte{"endpoint.txt": utf16File(endpointsJSON)}
	evs := []Evidence{
		EvidenceLine("endpoint.txt", 16, "b", `"MacAddress"`),
		EvidenceLine("endpoint.txt", 2, "a", `"State"`),
		EvidenceLine("endpoint.txt", 2, "a", `"IPAddress"`),
		EvidenceLine("endpoint.txt", 5, "a", `"Type"`),
	}
	results := []RuleResult{{Findings: []Finding{{Evidence: evs[:2]}, {Evidence: evs[2:]}}}}
	quoteEvidence(opener(files), results, 1)
	want := map[string]int{`"MacAddress": "0E-2A-0A-F4-02-8D",`: 19, `"State": 3`: 14, `"IPAddress": "10.244.1.4",`: 4,
		`"Type": "OutBoundNAT"`: 11}
	for _, f := range results[0].Findings {
		for _, ev := range f.Evidence {
			if line, ok := want[ev.Excerpt]; !ok || line != ev.Line {
				t.Errorf("unexpected quote line %d %q", ev.Line, ev.Excerpt)
			}
		}
	}
}

// FuzzQuoteEvidence: whatever the file holds, quoting never panics and a
// quote is the text of the line it names.
func FuzzQuoteEvidence(f *testing.F) {
	f.Add([]byte(endpointsJSON), 2, `"IPAddress"`)
	f.Add(utf16File(endpointsJSON), 7, `"ExceptionList"`)
	f.Add([]byte(vfpText), 1, "")
	f.Add([]byte("[{\"a\":[\n\"x\\\"]\"\n"), 1, `"a"`)
	f.Fuzz(func(t *testing.T, data []byte, line int, hint string) {
		if line < 1 || line > 1000 {
			return
		}
		files := map[string][]byte{"f.txt": data}
		results := []RuleResult{{Findings: []Finding{{Evidence: []Evidence{EvidenceLine("f.txt", line, "x", hint)}}}}}
		quoteEvidence(opener(files), results, 1)
		got := results[0].Findings[0].Evidence[0]
		if got.Excerpt == "" {
			return
		}
		lines := decodedLines(t, data)
		if got.Line < 1 || got.Line > len(lines) {
			t.Fatalf("quoted line %d of %d", got.Line, len(lines))
		}
		want := strings.Join(strings.Fields(lines[got.Line-1]), " ")
		body := strings.TrimSuffix(got.Excerpt, "…")
		if !strings.HasPrefix(body, "…") && !strings.HasPrefix(body, want) && !strings.HasPrefix(want, body) {
			t.Fatalf("line %d: excerpt %q is not %q", got.Line, got.Excerpt, want)
		}
	})
}

func decodedLines(t *testing.T, data []byte) []string {
	t.Helper()
	rc, err := opener(map[string][]byte{"f": data})("f")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	sc := parser.NewLineScanner(rc)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

// TestEndpointStateEvidence: a v2 endpoint's State comes from its table
// row, so that row is quoted; a v1 State is quoted from the JSON.
func TestEndpointStateEvidence(t *testing.T) {
	text := "IpAddress    MacAddress        State\n" +
		"---------    ----------        -----\n" +
		"{10.244.1.4} 00-15-5D-00-00-04     4\n" +
		"[\n    {\n        \"ID\":  \"A1\",\n        \"State\":  4\n    }\n]\n"
	files := map[string][]byte{"endpoint.txt": utf16File(text)}
	st := 4
	row := &Endpoint{Endpoint: &hns.Endpoint{ID: "a1", Pos: parser.Position{File: "endpoint.txt", Line: 5}, State: &st, StateSource: "table", RowLine: 3}}
	own := &Endpoint{Endpoint: &hns.Endpoint{ID: "a1", Pos: parser.Position{File: "endpoint.txt", Line: 5}, State: &st, StateSource: "json"}}
	results := []RuleResult{{Findings: []Finding{{Evidence: []Evidence{row.StateEvidence(), own.StateEvidence()}}}}}
	quoteEvidence(opener(files), results, 1)
	got := results[0].Findings[0].Evidence
	if got[0].Line != 3 || got[0].Excerpt != "{10.244.1.4} 00-15-5D-00-00-04 4" {
		t.Errorf("table state quoted as %d %q", got[0].Line, got[0].Excerpt)
	}
	if got[1].Line != 7 || got[1].Excerpt != `"State": 4` {
		t.Errorf("JSON state quoted as %d %q", got[1].Line, got[1].Excerpt)
	}
}

// TestQuoteEvidenceEndLine: an excerpt joining several lines says which
// line it ends at; a one-line excerpt does not.
func TestQuoteEvidenceEndLine(t *testing.T) {
	files := map[string][]byte{"endpoint.txt": []byte(endpointsJSON), "vfpOutput.txt": []byte(vfpText)}
	evs := []Evidence{
		EvidenceLine("endpoint.txt", 2, "ep", `"ExceptionList"`),
		EvidenceLine("endpoint.txt", 2, "ep", `"IPAddress"`),
		EvidenceLine("vfpOutput.txt", 1, "port"),
	}
	results := []RuleResult{{Findings: []Finding{{Evidence: evs}}}}
	quoteEvidence(opener(files), results, 2)
	for i, want := range []int{10, 0, 2} {
		if got := results[0].Findings[0].Evidence[i]; got.EndLine != want {
			t.Errorf("%q: end line %d, want %d", got.Excerpt, got.EndLine, want)
		}
	}
}
