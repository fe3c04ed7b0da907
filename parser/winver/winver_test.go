package winver

import (
	"flag"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

type result struct {
	Info     *Info            `json:"info"`
	Problems []parser.Problem `json:"problems"`
}

func TestParseGolden(t *testing.T) {
	pstexttest.RunGolden(t, "testdata", fixtures, *update, func(name, text string) any {
		got, probs := Parse(name, strings.NewReader(text))
		return result{got, probs}
	})
}

func TestReleaseName(t *testing.T) {
	tests := map[int]string{
		14393: "Windows Server 2016 (1607)",
		17763: "Windows Server 2019 (1809)",
		20348: "Windows Server 2022",
		25398: "Windows Server 23H2",
		26100: "Windows Server 2025",
		22631: "",
	}
	for build, want := range tests {
		if got := ReleaseName(build); got != want {
			t.Errorf("ReleaseName(%d) = %q, want %q", build, got, want)
		}
	}
}

func TestBareLineFeeds(t *testing.T) {
	text, _ := pstexttest.DecodeBytes(t, fixtures[0].Bytes())
	info, probs := Parse("winver.txt", strings.NewReader(text))
	if info.Build != 17763 || len(info.HotFixes) != 3 || info.HotFixes[2].InstalledOn != "" {
		t.Errorf("info = %+v", info)
	}
	if len(probs) != 0 {
		t.Errorf("problems: %v", probs)
	}
}

func FuzzParse(f *testing.F) {
	pstexttest.AddSeeds(f, fixtures)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := pstexttest.DecodeBytes(t, data)
		info, _ := Parse("winver.txt", strings.NewReader(text))
		if info.Release != "" && info.Release != ReleaseName(info.Build) {
			t.Fatalf("release %q for build %d", info.Release, info.Build)
		}
	})
}
