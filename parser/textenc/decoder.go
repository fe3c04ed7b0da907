package textenc

import (
	"bytes"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

type decoder struct {
	src       io.Reader
	enc       Encoding
	raw       []byte // undecoded bytes carried between chunks (a cut code unit or sequence)
	out       []byte
	outPos    int
	pendingCR bool
	err       error
}

func (d *decoder) Read(p []byte) (int, error) {
	for d.outPos == len(d.out) {
		if d.err != nil {
			return 0, d.err
		}
		d.fill()
	}
	n := copy(p, d.out[d.outPos:])
	d.outPos += n
	return n, nil
}

// fill reads one raw chunk and decodes it into out.
func (d *decoder) fill() {
	d.out = d.out[:0]
	d.outPos = 0
	start := len(d.raw)
	d.raw = d.raw[:start+rawChunkSize]
	n, err := io.ReadFull(d.src, d.raw[start:])
	d.raw = d.raw[:start+n]
	eof := false
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		eof = true
	} else if err != nil {
		d.err = err
		return
	}
	used := d.decode(d.raw, eof)
	rest := copy(d.raw, d.raw[used:])
	d.raw = d.raw[:rest]
	if eof {
		if d.pendingCR {
			d.out = append(d.out, '\n')
			d.pendingCR = false
		}
		d.err = io.EOF
	}
}

// decode converts raw into out and returns how many bytes it consumed; the
// remainder is an incomplete unit kept for the next chunk (or, at EOF,
// replaced by U+FFFD).
func (d *decoder) decode(raw []byte, eof bool) int {
	switch d.enc {
	case UTF16LE, UTF16LEBOM:
		return d.decodeUTF16(raw, eof, false)
	case UTF16BE, UTF16BEBOM:
		return d.decodeUTF16(raw, eof, true)
	case Windows1252:
		for _, b := range raw {
			if b < 0x80 {
				d.emitByte(b)
			} else {
				d.emitRune(cp1252[b-0x80])
			}
		}
		return len(raw)
	default:
		n := len(raw)
		if !eof {
			n = completeUTF8(raw)
		}
		d.copyFoldingCR(raw[:n])
		return n
	}
}

// copyFoldingCR appends UTF-8 text, turning CRLF and lone CR into LF. It
// copies whole runs between CRs, which keeps plain UTF-8 files fast.
func (d *decoder) copyFoldingCR(b []byte) {
	for len(b) > 0 {
		if d.pendingCR {
			d.pendingCR = false
			d.out = append(d.out, '\n')
			if b[0] == '\n' {
				b = b[1:]
				continue
			}
		}
		i := bytes.IndexByte(b, '\r')
		if i < 0 {
			d.out = append(d.out, b...)
			return
		}
		d.out = append(d.out, b[:i]...)
		d.pendingCR = true
		b = b[i+1:]
	}
}

func (d *decoder) decodeUTF16(raw []byte, eof, bigEndian bool) int {
	// Every 2-byte unit yields at most 3 bytes of UTF-8 (a surrogate pair,
	// 4 raw bytes, yields 4), so this capacity is never exceeded.
	if need := len(d.out) + len(raw)*3/2 + 8; cap(d.out) < need {
		grown := make([]byte, len(d.out), need)
		copy(grown, d.out)
		d.out = grown
	}
	lo, hi := 0, 1
	if bigEndian {
		lo, hi = 1, 0
	}
	i := 0
	for ; i+1 < len(raw); i += 2 {
		if !d.pendingCR {
			i = d.copyASCIIUnits(raw, i, lo, hi)
			if i+1 >= len(raw) {
				break
			}
		}
		u := unit(raw[i], raw[i+1], bigEndian)
		if u < 0x80 {
			d.emitByte(byte(u))
			continue
		}
		if utf16.IsSurrogate(rune(u)) && u < 0xDC00 {
			if i+3 >= len(raw) {
				if !eof {
					return i
				}
				d.emitRune(utf8.RuneError)
				continue
			}
			low := unit(raw[i+2], raw[i+3], bigEndian)
			if r := utf16.DecodeRune(rune(u), rune(low)); r != utf8.RuneError {
				d.emitRune(r)
				i += 2
				continue
			}
			d.emitRune(utf8.RuneError)
			continue
		}
		d.emitRune(rune(u))
	}
	if i < len(raw) && eof {
		d.emitRune(utf8.RuneError)
		return len(raw)
	}
	return i
}

// copyASCIIUnits copies the run of ASCII code units (other than CR) that
// starts at raw[i] and returns the index of the first unit it did not copy.
// It writes by index into the spare capacity reserved by decodeUTF16: this
// loop carries nearly all of a PowerShell file.
func (d *decoder) copyASCIIUnits(raw []byte, i, lo, hi int) int {
	out := d.out[:cap(d.out)]
	n := len(d.out)
	for ; i+1 < len(raw); i += 2 {
		c := raw[i+lo]
		if raw[i+hi] != 0 || c >= 0x80 || c == '\r' {
			break
		}
		out[n] = c
		n++
	}
	d.out = out[:n]
	return i
}

func unit(a, b byte, bigEndian bool) uint16 {
	if bigEndian {
		return uint16(a)<<8 | uint16(b)
	}
	return uint16(b)<<8 | uint16(a)
}

// emitByte appends one ASCII or UTF-8 byte, folding CRLF and lone CR into LF.
func (d *decoder) emitByte(b byte) {
	if d.pendingCR {
		d.pendingCR = false
		d.out = append(d.out, '\n')
		if b == '\n' {
			return
		}
	}
	if b == '\r' {
		d.pendingCR = true
		return
	}
	d.out = append(d.out, b)
}

func (d *decoder) emitRune(r rune) {
	if d.pendingCR {
		d.pendingCR = false
		d.out = append(d.out, '\n')
	}
	d.out = utf8.AppendRune(d.out, r)
}

// completeUTF8 returns the length of b without a multi-byte sequence cut at
// its end.
func completeUTF8(b []byte) int {
	for back := 1; back <= utf8.UTFMax && back <= len(b); back++ {
		c := b[len(b)-back]
		if c < 0x80 {
			return len(b)
		}
		if utf8.RuneStart(c) {
			if utf8.FullRune(b[len(b)-back:]) {
				return len(b)
			}
			return len(b) - back
		}
	}
	return len(b)
}

// cp1252 maps bytes 0x80-0xFF of Windows-1252 to runes.
var cp1252 = [128]rune{
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
	0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
	0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
	0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
	0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
	0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
	0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
}
