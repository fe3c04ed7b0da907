// Package pstexttest holds test support shared by the host-text parsers:
// fixtures kept in testdata byte for byte as Windows writes them (UTF-16LE
// with BOM and CRLF by default), decoding them through textenc, and golden
// JSON files compared with go-cmp.
package pstexttest

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"

	"github.com/hnsscope/hnsscope/parser/textenc"
)

// Fixture is one test input file. Text uses LF line ends; Bytes turns them
// into CRLF unless RawEOL is set (for files whose line ends are mixed, such
// as winver.txt's "\n\n\r\n").
type Fixture struct {
	Name   string
	Enc    textenc.Encoding // textenc.UTF16LEBOM when empty
	Text   string
	RawEOL bool
}

// Bytes returns the file as the collector would have written it.
func (f Fixture) Bytes() []byte {
	text := f.Text
	if !f.RawEOL {
		text = strings.ReplaceAll(text, "\n", "\r\n")
	}
	switch f.Enc {
	case "", textenc.UTF16LEBOM, textenc.UTF16LE:
		var b bytes.Buffer
		if f.Enc != textenc.UTF16LE {
			b.Write([]byte{0xFF, 0xFE})
		}
		for _, u := range utf16.Encode([]rune(text)) {
			b.Write([]byte{byte(u), byte(u >> 8)})
		}
		return b.Bytes()
	case textenc.UTF8BOM:
		return append([]byte{0xEF, 0xBB, 0xBF}, text...)
	default:
		return []byte(text)
	}
}

// Sync writes the fixtures into dir when update is set; otherwise it checks
// that every fixture file still holds exactly the bytes of its source.
func Sync(t testing.TB, dir string, fixtures []Fixture, update bool) {
	t.Helper()
	for _, f := range fixtures {
		path := filepath.Join(dir, f.Name)
		want := f.Bytes()
		if update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("fixture %s: %v (run the tests with -update)", f.Name, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("fixture %s differs from its source (run the tests with -update)", f.Name)
		}
	}
}

// Decode reads a fixture file and returns its text as textenc decodes it.
func Decode(t testing.TB, path string) (string, textenc.Encoding) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return DecodeBytes(t, raw)
}

// DecodeBytes decodes raw file bytes through textenc.
func DecodeBytes(t testing.TB, raw []byte) (string, textenc.Encoding) {
	t.Helper()
	r, enc, err := textenc.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	text, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(text), enc
}

// Golden compares got, rendered as indented JSON, with the golden file at
// path, or rewrites the file when update is set.
func Golden(t testing.TB, path string, got any, update bool) {
	t.Helper()
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	if update {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden %s: %v (run the tests with -update)", path, err)
	}
	if diff := cmp.Diff(string(want), string(data)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", filepath.Base(path), diff)
	}
}

// RunGolden writes or checks the fixture files under dir, then for each
// fixture decodes it, parses it with parse and compares the result with the
// golden JSON next to it (name without .txt + ".golden.json").
func RunGolden(t *testing.T, dir string, fixtures []Fixture, update bool, parse func(name, text string) any) {
	t.Helper()
	Sync(t, dir, fixtures, update)
	for _, fx := range fixtures {
		t.Run(fx.Name, func(t *testing.T) {
			text, _ := Decode(t, filepath.Join(dir, fx.Name))
			golden := filepath.Join(dir, strings.TrimSuffix(fx.Name, ".txt")+".golden.json")
			Golden(t, golden, parse(fx.Name, text), update)
		})
	}
}

// AddSeeds adds every fixture's bytes to the fuzz corpus.
func AddSeeds(f *testing.F, fixtures []Fixture) {
	for _, fx := range fixtures {
		f.Add(fx.Bytes())
	}
}
