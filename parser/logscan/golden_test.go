package logscan

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// inputFiles lists the sample inputs of testdata (not the golden files).
func inputFiles(t testing.TB) []string {
	t.Helper()
	all, err := filepath.Glob(filepath.Join("testdata", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range all {
		if !strings.HasSuffix(p, ".golden.json") {
			out = append(out, p)
		}
	}
	return out
}

func scanFile(sc *Scanner, path string, data []byte) (*FileResult, int) {
	name := filepath.Base(path)
	switch filepath.Ext(name) {
	case ".json":
		res, probs := sc.ScanEventsJSON(name, strings.NewReader(string(data)))
		return res, len(probs)
	case ".csv":
		res, probs := sc.ScanEventsCSV(name, strings.NewReader(string(data)))
		return res, len(probs)
	}
	res, probs := sc.Scan(name, strings.NewReader(string(data)))
	return res, len(probs)
}

func TestScanGolden(t *testing.T) {
	sc := testScanner(t)
	for _, path := range inputFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			res, nprobs := scanFile(sc, path, data)
			if nprobs != 0 {
				t.Errorf("%d problems on a well-formed sample", nprobs)
			}
			pstexttest.Golden(t, path+".golden.json", res, *update)
		})
	}
}
