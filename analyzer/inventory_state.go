package analyzer

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer/bundle"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

// sniffWindow is how much of each file the inventory looks at.
const sniffWindow = 4096

// sniffFile tells the encoding of a recognised file and whether it holds
// data, nothing, or a tool's error text.
func sniffFile(b *bundle.Bundle, kind SourceKind, f bundle.File) SourceFile {
	sf := SourceFile{Kind: kind, Path: f.Path, Size: f.Size, State: StatePresent}
	if f.Size == 0 {
		sf.Encoding, sf.State, sf.Note = textenc.Empty, StateEmpty, "0 bytes"
		return sf
	}
	if isBinary(f.Path) {
		return sf
	}
	head, complete, err := b.Head(f.Path, sniffWindow)
	if err != nil {
		sf.State, sf.Note = StateTruncated, "cannot be read: "+err.Error()
		return sf
	}
	enc, bom := textenc.Sniff(head, complete)
	sf.Encoding = enc
	text := decodeHead(head)
	note := errorText(text, complete)
	switch {
	case complete && strings.TrimSpace(text) == "":
		sf.State = StateEmpty
		sf.Note = "blank"
		if bom > 0 && bom == len(head) {
			sf.Note = "byte-order mark only"
		}
	case note != "":
		sf.State, sf.Note = StateErrorText, note
	}
	return sf
}

func isBinary(path string) bool {
	lower := strings.ToLower(path)
	return strings.HasSuffix(lower, ".evtx") || strings.HasSuffix(lower, ".etl")
}

// readText reads up to n raw bytes of a file and decodes them.
func readText(b *bundle.Bundle, path string, n int) string {
	head, _, err := b.Head(path, n)
	if err != nil {
		return ""
	}
	return decodeHead(head)
}

func decodeHead(head []byte) string {
	r, _, err := textenc.NewReader(bytes.NewReader(head))
	if err != nil {
		return ""
	}
	text, _ := io.ReadAll(r)
	return string(text)
}

// errorText returns a note when a file holds a tool's usage or error text
// instead of data: the hnsdiag usage banner (hnsdiag without the requested
// verb), or nothing but vfpctrl "ERROR:" lines or an sc.exe failure.
func errorText(text string, complete bool) string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	for _, l := range lines {
		if strings.HasPrefix(strings.ToLower(l), "hnsdiag <command>") {
			return "hnsdiag usage text instead of data: this hnsdiag lacks the requested command"
		}
	}
	if !complete || len(lines) == 0 {
		return ""
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "ERROR:") && !(strings.HasPrefix(l, "[SC]") && strings.Contains(l, "FAILED")) {
			return ""
		}
	}
	return fmt.Sprintf("tool error instead of data: %s", shorten(lines[0], 120))
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
