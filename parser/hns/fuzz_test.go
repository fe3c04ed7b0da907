package hns

import (
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

// seed adds the bytes of the fixtures whose names start with prefix.
func seed(f *testing.F, prefix string) {
	var fixtures []pstexttest.Fixture
	for _, fx := range allFixtures() {
		if strings.HasPrefix(fx.Name, prefix) {
			fixtures = append(fixtures, fx)
		}
	}
	pstexttest.AddSeeds(f, fixtures)
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
