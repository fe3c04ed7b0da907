package mtu

import (
	"flag"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

type result struct {
	Interfaces []Interface      `json:"interfaces"`
	Problems   []parser.Problem `json:"problems"`
}

func TestParseGolden(t *testing.T) {
	pstexttest.RunGolden(t, "testdata", fixtures, *update, func(name, text string) any {
		got, probs := Parse(name, strings.NewReader(text))
		return result{got, probs}
	})
}

func TestMultiWordState(t *testing.T) {
	list, probs := Parse("mtu.txt", strings.NewReader(fixtures[0].Text))
	if len(probs) != 0 || len(list) != 5 {
		t.Fatalf("%d rows, problems %v", len(list), probs)
	}
	last := list[4]
	if last.State != "hardware not present" || last.Name != "Local Area Connection* 1" || last.IfIndex != 9 || last.MTU != 1500 {
		t.Errorf("row = %+v", last)
	}
	if list[0].MTU != 4294967295 {
		t.Errorf("loopback MTU = %d", list[0].MTU)
	}
}

func FuzzParse(f *testing.F) {
	pstexttest.AddSeeds(f, fixtures)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := pstexttest.DecodeBytes(t, data)
		list, _ := Parse("mtu.txt", strings.NewReader(text))
		for _, it := range list {
			if it.Name == "" || it.Pos.Line < 1 {
				t.Fatalf("row %+v", it)
			}
		}
	})
}
