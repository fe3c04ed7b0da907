// Package textenc turns the bytes of a bundle file into UTF-8 text with LF line
// ends, streaming. Windows PowerShell 5.1 writes UTF-16LE with a BOM, vfpctrl
// dumps are ASCII, PowerShell 7 and Rancher write UTF-8; the encoding is
// sniffed per file and reported so the inventory can show it.
package textenc

import (
	"bufio"
	"bytes"
	"io"
	"unicode/utf8"
)

// Encoding names the byte encoding a file was found in.
type Encoding string

// Encodings a file can be found in.
const (
	Empty        Encoding = "empty"
	UTF8         Encoding = "utf-8"
	UTF8BOM      Encoding = "utf-8-bom"
	UTF16LE      Encoding = "utf-16le"
	UTF16LEBOM   Encoding = "utf-16le-bom"
	UTF16BE      Encoding = "utf-16be"
	UTF16BEBOM   Encoding = "utf-16be-bom"
	Windows1252  Encoding = "windows-1252"
	sniffWindow           = 4096
	rawChunkSize          = 64 << 10
)

// NewReader sniffs the encoding of r and returns a reader of its text as
// UTF-8 with CRLF and lone CR turned into LF. The BOM is removed. Only the
// first 4 KiB are looked at to choose the encoding; the rest is decoded as it
// is read, so memory use does not grow with the file.
func NewReader(r io.Reader) (io.Reader, Encoding, error) {
	br := bufio.NewReaderSize(r, sniffWindow)
	head, err := br.Peek(sniffWindow)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, "", err
	}
	enc, bomLen := Sniff(head, err == io.EOF)
	if _, err := br.Discard(bomLen); err != nil {
		return nil, "", err
	}
	return &decoder{src: br, enc: enc, raw: make([]byte, 0, rawChunkSize+4)}, enc, nil
}

// Sniff picks the encoding of a file from its first bytes and returns the
// length of its byte-order mark. complete says head is the whole file.
func Sniff(head []byte, complete bool) (Encoding, int) {
	switch {
	case len(head) == 0:
		return Empty, 0
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		return UTF8BOM, 3
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return UTF16LEBOM, 2
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return UTF16BEBOM, 2
	}
	if enc, ok := sniffUTF16(head); ok {
		return enc, 0
	}
	check := head
	if !complete {
		// A multi-byte sequence may be cut at the end of the window.
		check = head[:completeUTF8(head)]
	}
	if utf8.Valid(check) {
		return UTF8, 0
	}
	return Windows1252, 0
}

// sniffUTF16 recognises BOM-less UTF-16 by its NUL pattern: mostly-ASCII text
// has a zero in every second byte.
func sniffUTF16(head []byte) (Encoding, bool) {
	pairs := len(head) / 2
	if pairs < 2 {
		return "", false
	}
	var evenZero, oddZero int
	for i := 0; i+1 < len(head); i += 2 {
		if head[i] == 0 {
			evenZero++
		}
		if head[i+1] == 0 {
			oddZero++
		}
	}
	switch {
	case oddZero*10 >= pairs*7 && evenZero*10 <= pairs:
		return UTF16LE, true
	case evenZero*10 >= pairs*7 && oddZero*10 <= pairs:
		return UTF16BE, true
	}
	return "", false
}
