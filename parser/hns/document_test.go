package hns

import (
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
)

func TestJSONErrorLines(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		items     int
		wantLine  int
		wantLevel parser.Level
	}{
		{"syntax error in second element", "\nIpAddress\n---------\n10.0.0.1\n\n[\n  {\"ID\": \"a\"},\n  {\"ID\": \"b\",\n   \"X\": tru},\n  {\"ID\": \"c\"}\n]\n", 1, 9, parser.LevelError},
		{"cut", "[\n {\"ID\": \"a\"},\n {\"ID\":", 1, 3, parser.LevelError},
		{"trailing text", "{\n \"ID\": \"a\"\n}\nError: something\n", 1, 4, parser.LevelWarning},
		{"second value", "[\n {\"ID\": \"a\"}\n]\n[\n {\"ID\": \"b\"}\n]\n", 1, 4, parser.LevelWarning},
		{"compact one line", `[{"ID": "a"}, {"ID": "b"}]`, 2, 0, ""},
		{"overlong text line", strings.Repeat("x", 100000) + "\n[\n{\"ID\": \"a\"}\n]\n", 1, 1, parser.LevelWarning},
		{"overlong JSON line", "[" + strings.Repeat(`{"ID": "a"},`, 20000) + `{"ID": "b"}]`, 20001, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			probs := &parser.Problems{File: "f"}
			n := 0
			readDocument(strings.NewReader(tt.text), probs, func(item) { n++ })
			if n != tt.items {
				t.Errorf("items = %d, want %d", n, tt.items)
			}
			if tt.wantLine == 0 {
				if len(probs.List) != 0 {
					t.Errorf("unexpected problems %v", probs.List)
				}
				return
			}
			if len(probs.List) != 1 || probs.List[0].Pos.Line != tt.wantLine || probs.List[0].Level != tt.wantLevel {
				t.Errorf("problems = %v, want one %s at line %d", probs.List, tt.wantLevel, tt.wantLine)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	macs := map[string]string{
		"00-15-5D-3C-71-0A": "00:15:5d:3c:71:0a", "0E-2A-0a-f4-02-8d": "0e:2a:0a:f4:02:8d",
		"00:11:22:33:44:55": "00:11:22:33:44:55", "0015.5d3c.710a": "00:15:5d:3c:71:0a",
		"00155D3C710A": "00:15:5d:3c:71:0a", " 02-11-0A-F0-00-0B ": "02:11:0a:f0:00:0b",
		"not-a-mac": "not-a-mac", "": "",
	}
	for in, want := range macs {
		if got := NormalizeMAC(in); got != want {
			t.Errorf("NormalizeMAC(%q) = %q, want %q", in, got, want)
		}
	}
	guids := map[string]string{
		"/endpoints/BA06178E-11E9-4BA3-931D-7C2989B51DD7": "ba06178e-11e9-4ba3-931d-7c2989b51dd7",
		"{0694B065-E10B-4A86-A34A-2C3F88B2909E}":          "0694b065-e10b-4a86-a34a-2c3f88b2909e",
		"00000000-0000-0000-0000-000000000000":            "",
		"":                                                "",
	}
	for in, want := range guids {
		if got := NormalizeGUID(in); got != want {
			t.Errorf("NormalizeGUID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCanonicalKeys(t *testing.T) {
	o := obj{"Id": "A", "ipaddress": "10.0.0.1", "VIRTUALNETWORKNAME": "cbr0", "Other": 1}
	canonicalize(o)
	if o.str("ID") != "A" || o.str("IPAddress") != "10.0.0.1" || o.str("VirtualNetworkName") != "cbr0" || !o.has("Other") {
		t.Errorf("canonicalize gave %v", o)
	}
	if o.str("IpAddress") != "10.0.0.1" {
		t.Errorf("IpAddress alias not found in %v", o)
	}
}
