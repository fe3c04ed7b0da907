package logscan

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// naiveCounts matches every line against every signature without the
// prefilter: the oracle the scanner must agree with.
func naiveCounts(sc *Scanner, data []byte) map[string]int {
	counts := map[string]int{}
	if len(data) == 0 {
		return counts
	}
	lines := bytes.Split(bytes.TrimSuffix(data, []byte{'\n'}), []byte{'\n'})
	for _, line := range lines {
		line = bytes.TrimSuffix(line, []byte{'\r'})
		for _, s := range sc.sigs {
			if s.Event != nil || !containsAny(line, s.Literals) {
				continue
			}
			if s.Pattern != nil && !s.Pattern.Match(line) {
				continue
			}
			n := 1
			if s.DecodeCodes {
				n = max(1, len(FindCodes(line)))
			}
			counts[s.ID] += n
		}
	}
	return counts
}

func FuzzScan(f *testing.F) {
	f.Add([]byte("E1123 10:00:00.123456 1 a.go:1] HNS failed with error : Unspecified error\n"))
	f.Add([]byte("x\r\n{Object Exists} already exists\r\nErrorCode\":2151350282 0x803b0007\nUnspecified errorHNS"))
	f.Add([]byte("time=\"2024-01-10T12:00:00Z\" Object ExistsObject Exists\n\n\n0x803B"))
	f.Add([]byte("2024-01-10 12:00:00 \xff\xfe ErrorCode=99999999999999 0x"))
	for _, path := range inputFiles(f) {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	sc := testScanner(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		res, _ := sc.Scan("fuzz.log", bytes.NewReader(data))
		wantLines := bytes.Count(data, []byte{'\n'})
		if len(data) > 0 && data[len(data)-1] != '\n' {
			wantLines++
		}
		if res.Lines != wantLines || res.Bytes != int64(len(data)) {
			t.Fatalf("lines=%d bytes=%d, want %d and %d", res.Lines, res.Bytes, wantLines, len(data))
		}
		got := map[string]int{}
		for _, h := range res.Hits {
			got[h.Signature] += h.Count
			for _, ex := range h.Examples {
				if ex.Line < 1 || ex.Line > res.Lines {
					t.Fatalf("example line %d outside 1..%d", ex.Line, res.Lines)
				}
			}
		}
		want := naiveCounts(sc, data)
		for id, n := range want {
			if got[id] != n {
				t.Fatalf("%s: scanner counted %d, line-by-line %d", id, got[id], n)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("scanner hits %v, line-by-line %v", got, want)
		}
	})
}

func FuzzScanEvents(f *testing.F) {
	f.Add(`[{"Id":7031,"ProviderName":"Service Control Manager","Level":2,"TimeCreated":"/Date(1700000000000)/","Message":"The Host Network Service terminated unexpectedly."}]`)
	f.Add(`{"Id":"7034","Message":"Host Network Service"}`)
	f.Add("#TYPE x\nId,Message,TimeCreated\n7031,\"The Host Network Service terminated\",1/2/2024 3:04:05 PM\n")
	for _, path := range inputFiles(f) {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(string(data))
		}
	}
	sc := testScanner(f)
	f.Fuzz(func(t *testing.T, data string) {
		for _, scan := range []func(string, *strings.Reader) (*FileResult, int){
			func(n string, r *strings.Reader) (*FileResult, int) {
				res, p := sc.ScanEventsJSON(n, r)
				return res, len(p)
			},
			func(n string, r *strings.Reader) (*FileResult, int) {
				res, p := sc.ScanEventsCSV(n, r)
				return res, len(p)
			},
		} {
			res, _ := scan("events.json", strings.NewReader(data))
			for _, h := range res.Hits {
				if h.Count < 1 || h.Count > res.Lines || len(h.Examples) > MaxExamples {
					t.Fatalf("inconsistent hit %+v of %d records", h, res.Lines)
				}
			}
		}
	})
}
