package vfpports

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

var update = flag.Bool("update", false, "rewrite golden files")

// windowsText encodes a fixture the way collectlogs.ps1 writes ports.txt
// (UTF-16LE with BOM, CRLF) or, for Rancher, UTF-8 with BOM.
func windowsText(s string, utf16le bool) []byte {
	s = strings.ReplaceAll(s, "\n", "\r\n")
	if !utf16le {
		return append([]byte{0xEF, 0xBB, 0xBF}, s...)
	}
	var buf bytes.Buffer
	buf.Write([]byte{0xFF, 0xFE})
	for _, u := range utf16.Encode([]rune(s)) {
		_ = binary.Write(&buf, binary.LittleEndian, u)
	}
	return buf.Bytes()
}

type golden struct {
	File     *File            `json:"file"`
	Problems []parser.Problem `json:"problems"`
}

func parseFixture(t testing.TB, raw []byte, name string) golden {
	t.Helper()
	r, _, err := textenc.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	f, probs := Parse(name, r)
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
			got, err := json.MarshalIndent(parseFixture(t, windowsText(string(src), tt.utf16le), tt.in), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			gold := filepath.Join("testdata", strings.TrimSuffix(tt.in, ".in")+".golden.json")
			if *update {
				if err := os.WriteFile(gold, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(gold)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(strings.TrimSpace(string(want)), strings.TrimSpace(string(got))); diff != "" {
				t.Errorf("golden mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRoles(t *testing.T) {
	tests := map[string]Role{
		"ExternalPort":                         RoleExternal,
		"Container NIC 5e0a2b51":               RoleHostVNIC,
		"Host Vnic":                            RoleHostVNIC,
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
