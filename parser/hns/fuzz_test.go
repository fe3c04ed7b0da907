package hns

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
)

// seed adds the raw bytes of the fixtures whose names start with prefix.
func seed(f *testing.F, prefix string) {
	for _, fx := range allFixtures() {
		if !strings.HasPrefix(fx.Name, prefix) {
			continue
		}
		raw, err := os.ReadFile(filepath.Join("testdata", fx.Name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
}

// checkResult asserts what must hold for any input: problems name the file
// and the result marshals to JSON (no cycles, no invalid raw values).
func checkResult(t *testing.T, file string, res any, probs []parser.Problem) {
	t.Helper()
	for _, p := range probs {
		if p.Pos.File != file {
			t.Fatalf("problem without file: %v", p)
		}
	}
	if _, err := json.Marshal(res); err != nil {
		t.Fatalf("result does not marshal: %v", err)
	}
}

func fuzzParser[T any](f *testing.F, prefix string, parse func(string, io.Reader) (T, []parser.Problem)) {
	seed(f, prefix)
	f.Fuzz(func(t *testing.T, raw []byte) {
		res, probs := parse("x.txt", decodeRaw(raw))
		checkResult(t, "x.txt", res, probs)
	})
}

func FuzzEndpoints(f *testing.F)  { fuzzParser(f, "endpoint", ParseEndpoints) }
func FuzzNetworks(f *testing.F)   { fuzzParser(f, "network", ParseNetworks) }
func FuzzPolicies(f *testing.F)   { fuzzParser(f, "policy", ParseLoadBalancers) }
func FuzzNamespaces(f *testing.F) { fuzzParser(f, "namespaces", ParseNamespaces) }
