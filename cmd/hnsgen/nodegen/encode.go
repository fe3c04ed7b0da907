package nodegen

import (
	"strings"
	"unicode/utf16"
)

// Encoding is the byte encoding a collector gives a text file.
type Encoding int

const (
	// EncUTF16 is Windows PowerShell 5.1 `>` / Out-File: UTF-16LE with BOM.
	EncUTF16 Encoding = iota
	// EncUTF8 is PowerShell 7 `>`: UTF-8 without BOM.
	EncUTF8
	// EncUTF8BOM is the Rancher collector under Windows PowerShell 5.1.
	EncUTF8BOM
	// EncASCII is `Out-File -Encoding ascii`: no BOM, non-ASCII becomes '?'.
	EncASCII
)

func (e Encoding) String() string {
	return [...]string{"UTF-16LE+BOM", "UTF-8", "UTF-8+BOM", "ASCII"}[e]
}

// CRLF turns "\n" line ends into "\r\n", as every Windows writer does.
func CRLF(s string) string {
	return strings.ReplaceAll(s, "\n", "\r\n")
}

// Encode converts text (line ends already final) into the file's bytes.
func Encode(enc Encoding, text string) []byte {
	switch enc {
	case EncUTF16:
		units := utf16.Encode([]rune(text))
		out := make([]byte, 2, 2+2*len(units))
		out[0], out[1] = 0xFF, 0xFE
		for _, u := range units {
			out = append(out, byte(u), byte(u>>8))
		}
		return out
	case EncUTF8BOM:
		return append([]byte{0xEF, 0xBB, 0xBF}, text...)
	case EncASCII:
		out := make([]byte, 0, len(text))
		for _, r := range text {
			if r > 0x7F {
				r = '?'
			}
			out = append(out, byte(r))
		}
		return out
	}
	return []byte(text)
}
