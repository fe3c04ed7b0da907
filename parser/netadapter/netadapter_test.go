package netadapter

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

type result struct {
	Value    any              `json:"value"`
	Problems []parser.Problem `json:"problems"`
}

func goldenName(name string) string {
	base := strings.NewReplacer("/", "_", " ", "_", "(", "", ")", "").Replace(strings.TrimSuffix(name, ".txt"))
	return filepath.Join("testdata", base+".golden.json")
}

func TestParseGolden(t *testing.T) {
	pstexttest.Sync(t, "testdata", tableFixtures, *update)
	pstexttest.Sync(t, "testdata", intFixtures, *update)
	for _, fx := range tableFixtures {
		t.Run(fx.Name, func(t *testing.T) {
			text, _ := pstexttest.Decode(t, filepath.Join("testdata", fx.Name))
			v, probs := Parse(fx.Name, strings.NewReader(text))
			pstexttest.Golden(t, goldenName(fx.Name), result{v, probs}, *update)
		})
	}
	for _, fx := range intFixtures {
		t.Run(fx.Name, func(t *testing.T) {
			text, _ := pstexttest.Decode(t, filepath.Join("testdata", fx.Name))
			v, probs := ParseInterfaceFile(fx.Name, strings.NewReader(text))
			pstexttest.Golden(t, goldenName(fx.Name), result{v, probs}, *update)
		})
	}
}

func TestTableValues(t *testing.T) {
	list, _ := Parse("netadapter.txt", strings.NewReader(tableFixtures[0].Text))
	if len(list) != 6 {
		t.Fatalf("%d adapters", len(list))
	}
	if a := list[0]; a.Name != "vEthernet (Ethernet 2)" || a.IfIndex != 14 || a.MAC != "00-0D-3A-8F-6C-2B" || a.LinkSpeed != "50 Gbps" {
		t.Errorf("first adapter = %+v", a)
	}
	if a := list[4]; a.Status != "Not Present" || a.MAC != "" {
		t.Errorf("hidden adapter = %+v", a)
	}
}

func TestInterfaceFile(t *testing.T) {
	it, _ := ParseInterfaceFile("x_int.txt", strings.NewReader(intFixtures[0].Text))
	if it.IfIndex != 14 || it.LinkMTU == nil || *it.LinkMTU != 1500 || it.Forwarding != "enabled" || it.MtuSize == nil || it.MAC != "00-0D-3A-8F-6C-2B" {
		t.Errorf("interface = %+v", it)
	}
	pod, _ := ParseInterfaceFile("y_int.txt", strings.NewReader(intFixtures[1].Text))
	if pod.NetshError == "" || pod.IfIndex != 31 || pod.LinkMTU != nil {
		t.Errorf("pod interface = %+v", pod)
	}
}

func FuzzParse(f *testing.F) {
	pstexttest.AddSeeds(f, tableFixtures)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := pstexttest.DecodeBytes(t, data)
		for _, a := range must(Parse("netadapter.txt", strings.NewReader(text))) {
			if a.Pos.Line < 1 {
				t.Fatalf("adapter %q without line", a.Name)
			}
		}
	})
}

func FuzzParseInterfaceFile(f *testing.F) {
	pstexttest.AddSeeds(f, intFixtures)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := pstexttest.DecodeBytes(t, data)
		it, _ := ParseInterfaceFile("x_int.txt", strings.NewReader(text))
		if it == nil {
			t.Fatal("nil interface")
		}
	})
}

func must(a []Adapter, _ []parser.Problem) []Adapter { return a }
