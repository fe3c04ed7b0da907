package logscan

import (
	"regexp"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func testScanner(t testing.TB) *Scanner {
	t.Helper()
	sc, err := NewScanner([]Signature{
		{ID: "unspecified", Literals: []string{"Unspecified error"}, Pattern: regexp.MustCompile(`(?i)hns`)},
		{ID: "exists", Literals: []string{"already exists", "Object Exists"}},
		{ID: "codes", Literals: []string{"ErrorCode", "0x803b00", "0x803B00"}, DecodeCodes: true},
		{ID: "crash", Event: &EventCondition{IDs: []int{7031, 7034}}, Literals: []string{"Host Network Service"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func TestScanCountsStampsExamples(t *testing.T) {
	log := strings.Join([]string{
		`I1123 09:59:59.000001    4242 server.go:10] starting`,
		`E1123 10:00:00.123456    4242 cni.go:20] HNS failed with error : Unspecified error`,
		`E1123 10:00:01.000000    4242 cni.go:20] hnsCall failed: Unspecified error`,
		`W1123 10:00:02.000000    4242 x.go:1] Unspecified error without the component name`,
		`E1123 10:00:03.000000    4242 cni.go:20] HNS failed with error : Unspecified error`,
		`E1123 10:00:04.000000    4242 cni.go:20] HNS failed with error : Unspecified error`,
		`time="2024-01-10T12:00:00.5Z" level=error msg="the object already exists"`,
		`2024-01-10 12:00:01 {"Success":false,"Error":"x","ErrorCode":2151350282}`,
	}, "\r\n")
	res, probs := testScanner(t).Scan("kubelet.log", strings.NewReader(log))
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	if res.Lines != 8 {
		t.Errorf("lines = %d, want 8", res.Lines)
	}
	if len(res.Hits) != 3 {
		t.Fatalf("hits = %+v", res.Hits)
	}
	u := res.Hits[0]
	want := Hit{Signature: "unspecified", Count: 4,
		First: Stamp{Raw: "E1123 10:00:00.123456"}, Last: Stamp{Raw: "E1123 10:00:04.000000"},
		Examples: []Example{{Line: 2, Text: `E1123 10:00:00.123456    4242 cni.go:20] HNS failed with error : Unspecified error`},
			{Line: 3, Text: `E1123 10:00:01.000000    4242 cni.go:20] hnsCall failed: Unspecified error`},
			{Line: 5, Text: `E1123 10:00:03.000000    4242 cni.go:20] HNS failed with error : Unspecified error`}}}
	if diff := cmp.Diff(want, u, cmp.Comparer(func(a, b Stamp) bool { return a.Raw == b.Raw })); diff != "" {
		t.Errorf("unspecified hit (-want +got):\n%s", diff)
	}
	if res.Hits[1].Signature != "exists" || res.Hits[1].First.Raw != "2024-01-10T12:00:00.5Z" || res.Hits[1].Examples[0].Line != 7 {
		t.Errorf("exists hit = %+v", res.Hits[1])
	}
	c := res.Hits[2]
	if c.Code == nil || c.Code.Name != "HCN_E_INVALID_NETWORK" || c.Code.Hex() != "0x803B000A" || c.First.Raw != "2024-01-10 12:00:01" {
		t.Errorf("code hit = %+v", c)
	}
}

// A tiny read size forces lines to straddle reads; a line longer than a
// block is matched in pieces and still numbered right.
func TestScanBlockBoundaries(t *testing.T) {
	var b strings.Builder
	b.WriteString("Object Exists" + strings.Repeat("x", blockSize) + "Object Exists\n")
	for i := 0; i < 50000; i++ {
		b.WriteString("I1123 10:00:00.000000 1 a.go:1] routine line with some text in it\n")
	}
	b.WriteString("E1123 10:00:00.000000 1 a.go:1] Object Exists")
	res, probs := testScanner(t).Scan("big.log", iotest.HalfReader(strings.NewReader(b.String())))
	if len(probs) != 1 {
		t.Errorf("problems = %v, want the long-line warning", probs)
	}
	if res.Lines != 50002 || len(res.Hits) != 1 || res.Hits[0].Count != 2 ||
		res.Hits[0].Examples[0].Line != 1 || res.Hits[0].Examples[1].Line != 50002 {
		t.Errorf("lines=%d hits=%+v", res.Lines, res.Hits)
	}
}

func TestFindStamp(t *testing.T) {
	tests := []struct{ line, want string }{
		{`E1123 10:00:00.123456   1 x.go:1] m`, "E1123 10:00:00.123456"},
		{`I0102 03:04:05 x`, "I0102 03:04:05"},
		{`time="2024-01-10T12:00:00.123456789+01:00" level=info`, "2024-01-10T12:00:00.123456789+01:00"},
		{`2024-01-10T12:00:00Z info`, "2024-01-10T12:00:00Z"},
		{`2024/01/10 12:00:00 [123] azure-vnet`, "2024/01/10 12:00:00"},
		{`[azure-cns] 2024-01-10 12:00:00,123 error`, "2024-01-10 12:00:00,123"},
		{`E1123 10:00 broken`, ""},
		{`no stamp 12345`, ""},
	}
	for _, tt := range tests {
		st, _ := FindStamp([]byte(tt.line))
		if st.Raw != tt.want {
			t.Errorf("FindStamp(%q) = %q, want %q", tt.line, st.Raw, tt.want)
		}
	}
}

func TestFindCodes(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{`{"ErrorCode":2151350282}`, []string{"HCN_E_INVALID_NETWORK"}},
		{`{\"ErrorCode\": 2151350279, "x": 0x803b0007}`, []string{"HCN_E_PORT_NOT_FOUND"}},
		{`failed (0X57) then 0x1392`, []string{"ERROR_INVALID_PARAMETER", "ERROR_OBJECT_ALREADY_EXISTS"}},
		{`(0x1392) {"ErrorCode":2147947410}`, []string{"ERROR_OBJECT_ALREADY_EXISTS"}},
		{`address 0xdeadbeef and ErrorCode: 12`, nil},
		{`0x803B00FF`, []string{"HNS error"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range FindCodes([]byte(tt.line)) {
			got = append(got, c.Name)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FindCodes(%q) (-want +got):\n%s", tt.line, diff)
		}
	}
}

func TestClipKeepsHeadAndMatch(t *testing.T) {
	line := "E1123 10:00:00.000000 1 a.go:1] " + strings.Repeat("é", 400) + " HNS failed with error : Unspecified error" + strings.Repeat("x", 300)
	res, _ := testScanner(t).Scan("k.log", strings.NewReader(line))
	got := res.Hits[0].Examples[0].Text
	if !strings.HasPrefix(got, "E1123 10:00:00.000000") || !strings.Contains(got, "Unspecified error") {
		t.Errorf("example lost the head or the match: %q", got)
	}
	if !utf8.ValidString(got) || len(got) > maxExampleLen+2*len(elision) {
		t.Errorf("example is invalid UTF-8 or too long (%d bytes): %q", len(got), got)
	}
}

func TestFallbackSignatureTakesOnlyUnmatchedLines(t *testing.T) {
	sc, err := NewScanner([]Signature{
		{ID: "generic", Literals: []string{"ErrorCode"}, DecodeCodes: true, Fallback: true},
		{ID: "exists", Literals: []string{"already exists"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	log := "the object already exists {\"ErrorCode\":2147947410}\n{\"ErrorCode\":2151350299}\n"
	res, _ := sc.Scan("k.log", strings.NewReader(log))
	if len(res.Hits) != 2 || res.Hits[0].Signature != "generic" || res.Hits[0].Count != 1 ||
		res.Hits[0].Code.Name != "HCN_E_INVALID_JSON" || res.Hits[1].Signature != "exists" {
		t.Errorf("hits = %+v", res.Hits)
	}
}
