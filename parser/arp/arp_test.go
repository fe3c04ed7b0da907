package arp

import (
	"flag"
	"net/netip"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

type result struct {
	Entries  []Entry          `json:"entries"`
	Problems []parser.Problem `json:"problems"`
}

func TestParseGolden(t *testing.T) {
	pstexttest.RunGolden(t, "testdata", fixtures, *update, func(name, text string) any {
		got, probs := Parse(name, strings.NewReader(text))
		return result{got, probs}
	})
}

func TestBlocksAndNeighbors(t *testing.T) {
	entries, probs := Parse("arp.txt", strings.NewReader(fixtures[0].Text))
	if len(probs) != 0 {
		t.Errorf("problems: %v", probs)
	}
	var arpCount, neighCount int
	for _, e := range entries {
		switch e.Source {
		case SourceArp:
			arpCount++
		case SourceNetNeighbor:
			neighCount++
		}
	}
	if arpCount != 6 || neighCount != 6 {
		t.Fatalf("arp %d neighbours %d", arpCount, neighCount)
	}
	if e := entries[4]; e.IfIndex != 27 || e.InterfaceIP != netip.MustParseAddr("10.244.1.2") || e.MAC != "00-15-5D-9A-0B-11" {
		t.Errorf("second block entry = %+v", e)
	}
	if e := entries[9]; !e.Unresolved || e.State != "Unreachable" {
		t.Errorf("unresolved neighbour = %+v", e)
	}
}

func FuzzParse(f *testing.F) {
	pstexttest.AddSeeds(f, fixtures)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := pstexttest.DecodeBytes(t, data)
		entries, _ := Parse("arp.txt", strings.NewReader(text))
		for _, e := range entries {
			if e.Pos.Line < 1 || e.IfIndex < 0 {
				t.Fatalf("entry %+v", e)
			}
		}
	})
}
