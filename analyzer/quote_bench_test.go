package analyzer

import (
	"io"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser/textenc"
)

// repeatReader yields block n times without holding the whole text.
type repeatReader struct {
	block string
	left  int
	pos   int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if r.pos == len(r.block) {
			if r.left == 0 {
				break
			}
			r.left--
			r.pos = 0
		}
		c := copy(p[n:], r.block[r.pos:])
		r.pos += c
		n += c
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

const benchRule = `            RULE : 
                Friendly name : LB_DSR_7FC672_10.240.0.4_10.96.0.1_443_6443_6
                Priority : 100
                Flags : 1 terminating 
                Type : lbnat
                Conditions:
                    Protocols : 6
                    Destination IP : 10.96.0.1
                    Destination ports : 443
                Flow TTL: 0
                Rule Data:
                    DIP Range:
                        { 10.240.0.10 : 6443 }
                Matched packets : 1309
                Dropped packets : 7
`

// BenchmarkQuoteEvidenceEndOfLargeFile quotes a rule at the end of a
// generated vfpOutput.txt of about 200 MB: the worst case of the evidence
// stage, which reads the file up to the quoted line.
func BenchmarkQuoteEvidenceEndOfLargeFile(b *testing.B) {
	const copies = 200 << 20 / len(benchRule)
	lines := strings.Count(benchRule, "\n")
	open := func(string) (io.ReadCloser, error) {
		r, _, err := textenc.NewReader(&repeatReader{block: benchRule, left: copies})
		return io.NopCloser(r), err
	}
	b.SetBytes(int64(copies * len(benchRule)))
	for range b.N {
		ev := EvidenceLine("vfpOutput.txt", (copies-1)*lines+1, "rule", "Dropped packets")
		results := []RuleResult{{Findings: []Finding{{Evidence: []Evidence{ev}}}}}
		quoteEvidence(open, results, 1)
		if got := results[0].Findings[0].Evidence[0]; got.Excerpt != "Dropped packets : 7" {
			b.Fatalf("quoted %d %q", got.Line, got.Excerpt)
		}
	}
}
