package hns

import (
	"bytes"
	"flag"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

var update = flag.Bool("update", false, "rewrite golden files")

type golden struct {
	Result   any              `json:"result"`
	Problems []parser.Problem `json:"problems"`
}

// parseFixture runs the parser that the fixture's name prefix selects.
func parseFixture(name string, r io.Reader) golden {
	switch {
	case strings.HasPrefix(name, "endpoint"):
		res, probs := ParseEndpoints(name, r)
		return golden{res, probs}
	case strings.HasPrefix(name, "network"):
		res, probs := ParseNetworks(name, r)
		return golden{res, probs}
	case strings.HasPrefix(name, "policy"):
		res, probs := ParseLoadBalancers(name, r)
		return golden{res, probs}
	case strings.HasPrefix(name, "namespaces"):
		res, probs := ParseNamespaces(name, r)
		return golden{res, probs}
	}
	panic("no parser for fixture " + name)
}

func allFixtures() []pstexttest.Fixture {
	var all []pstexttest.Fixture
	all = append(all, endpointFixtures...)
	all = append(all, networkFixtures...)
	all = append(all, policyFixtures...)
	all = append(all, namespaceFixtures...)
	return all
}

func TestGolden(t *testing.T) {
	fixtures := allFixtures()
	pstexttest.Sync(t, "testdata", fixtures, *update)
	for _, fx := range fixtures {
		t.Run(fx.Name, func(t *testing.T) {
			text, _ := pstexttest.Decode(t, filepath.Join("testdata", fx.Name))
			got := parseFixture(fx.Name, strings.NewReader(text))
			path := filepath.Join("testdata", strings.TrimSuffix(fx.Name, ".txt")+".golden.json")
			pstexttest.Golden(t, path, got, *update)
		})
	}
}

// decodeRaw runs raw file bytes through textenc as the analyzer does.
func decodeRaw(raw []byte) io.Reader {
	r, _, err := textenc.NewReader(bytes.NewReader(raw))
	if err != nil {
		return bytes.NewReader(nil)
	}
	return r
}
