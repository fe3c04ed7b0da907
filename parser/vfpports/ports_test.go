package vfpports

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

var update = flag.Bool("update", false, "rewrite golden files")

// windowsText encodes a fixture the way collectlogs.ps1 writes ports.txt
// (UTF-16LE with BOM, CRLF) or, for Rancher, UTF-8 with BOM.
func windowsText(s string, utf16le bool) []byte {
	enc := textenc.UTF16LEBOM
	if !utf16le {
		enc = textenc.UTF8BOM
	}
	return pstexttest.Fixture{Enc: enc, Text: s}.Bytes()
}

type golden struct {
	File     *File            `json:"file"`
	Problems []parser.Problem `json:"problems"`
}

func parseFixture(t testing.TB, raw []byte, name string) golden {
	t.Helper()
	text, _ := pstexttest.DecodeBytes(t, raw)
	f, probs := Parse(name, strings.NewReader(text))
	return golden{f, probs}
}

func TestGolden(t *testing.T) {
	for _, tt := range []struct {
		in      string
		utf16le bool
	}{
		{"ports.in", true},
		{"rancher-vfpports.in", false},
	} {
		t.Run(tt.in, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", tt.in))
			if err != nil {
				t.Fatal(err)
			}
			gold := filepath.Join("testdata", strings.TrimSuffix(tt.in, ".in")+".golden.json")
			pstexttest.Golden(t, gold, parseFixture(t, windowsText(string(src), tt.utf16le), tt.in), *update)
		})
	}
}

func TestRoles(t *testing.T) {
	tests := map[string]Role{
		"ExternalPort":                         RoleExternal,
		"Container NIC 5e0a2b51":               RoleHostVNIC,
		"Host Vnic":                            RoleHostVNIC,
		"Host Vnic 2":                          RoleHostVNIC,
		"External Port":                        RoleExternal,
		"5E0A2B51-6B8C-4C1E-9C39-0D4C2F8B7A61": RolePod,
		"Dynamic Ethernet Switch Port":         RoleOther,
		"":                                     RoleOther,
	}
	for name, want := range tests {
		if got := RoleOf(name); got != want {
			t.Errorf("RoleOf(%q) = %s, want %s", name, got, want)
		}
	}
}

func FuzzParsePorts(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.in")
	for _, name := range files {
		raw, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
		f.Add(windowsText(string(raw), true))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		r, _, err := textenc.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Skip()
		}
		file, probs := Parse("ports.txt", r)
		if file == nil {
			t.Fatal("nil file")
		}
		for _, p := range file.Ports {
			if p.Line < 1 || p.EndLine < p.Line {
				t.Fatalf("port lines %d..%d", p.Line, p.EndLine)
			}
		}
		for _, p := range probs {
			if p.Pos.File != "ports.txt" {
				t.Fatalf("problem without file: %v", p)
			}
		}
	})
}
