package textenc

import (
	"bytes"
	"encoding/binary"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf16"
)

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var buf bytes.Buffer
	if bom {
		s = "\uFEFF" + s
	}
	order := binary.ByteOrder(binary.LittleEndian)
	if bigEndian {
		order = binary.BigEndian
	}
	for _, u := range utf16.Encode([]rune(s)) {
		var b [2]byte
		order.PutUint16(b[:], u)
		buf.Write(b[:])
	}
	return buf.Bytes()
}

func decodeAll(t *testing.T, raw []byte) (string, Encoding) {
	t.Helper()
	r, enc, err := NewReader(iotest.HalfReader(bytes.NewReader(raw)))
	if err != nil {
		t.Fatalf("NewReader: %v", err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("ReadAll: %v", err)
	}
	return string(out), enc
}

func TestDecode(t *testing.T) {
	const text = "Name  Type\r\n----  ----\r\ncbr0  L2Bridge é 😀\r\nlone\rcr\n\n\r\n"
	const want = "Name  Type\n----  ----\ncbr0  L2Bridge é 😀\nlone\ncr\n\n\n"
	tests := []struct {
		name string
		raw  []byte
		enc  Encoding
		want string
	}{
		{"utf16le bom", utf16Bytes(text, false, true), UTF16LEBOM, want},
		{"utf16be bom", utf16Bytes(text, true, true), UTF16BEBOM, want},
		{"utf16le no bom", utf16Bytes(text, false, false), UTF16LE, want},
		{"utf16be no bom", utf16Bytes(text, true, false), UTF16BE, want},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, text...), UTF8BOM, want},
		{"utf8", []byte(text), UTF8, want},
		{"windows-1252", []byte("caf\xe9\r\n"), Windows1252, "café\n"},
		{"empty", nil, Empty, ""},
		{"bom only", []byte{0xFF, 0xFE}, UTF16LEBOM, ""},
		{"cut surrogate at eof", append(utf16Bytes("a", false, true), 0x3D, 0xD8), UTF16LEBOM, "a\uFFFD"},
		{"odd trailing byte", append(utf16Bytes("ab", false, true), 'x'), UTF16LEBOM, "ab\uFFFD"},
		{"trailing cr", []byte("x\r"), UTF8, "x\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := decodeAll(t, tt.raw)
			if enc != tt.enc {
				t.Errorf("encoding = %q, want %q", enc, tt.enc)
			}
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

// A CRLF and a surrogate pair cut by the 64 KiB chunk boundary must survive.
func TestDecodeAcrossChunks(t *testing.T) {
	for pad := 0; pad < 4; pad++ {
		line := strings.Repeat("x", rawChunkSize/2-1+pad) + "\r\n😀\r\n"
		got, _ := decodeAll(t, utf16Bytes(line+line, false, true))
		want := strings.ReplaceAll(line+line, "\r\n", "\n")
		if got != want {
			t.Fatalf("pad %d: decoded text differs (len %d, want %d)", pad, len(got), len(want))
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("plain\r\ntext"))
	f.Add(utf16Bytes("IpAddress MacAddress\r\n", false, true))
	f.Add(utf16Bytes("x\r\ny", true, false))
	f.Add([]byte{0xFF, 0xFE, 0x00, 0xD8})
	f.Fuzz(func(t *testing.T, raw []byte) {
		r, _, err := NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		out, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.IndexByte(out, '\r') >= 0 {
			t.Fatalf("CR left in output %q", out)
		}
	})
}

func benchDecode(b *testing.B, raw []byte) {
	b.SetBytes(int64(len(raw)))
	for i := 0; i < b.N; i++ {
		r, _, err := NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

func benchText() string {
	line := "E1118 13:02:19.123456    4120 proxier.go:1234] \"Policy creation failed\" err=\"hcnCreateLoadBalancer failed\"\r\n"
	return strings.Repeat(line, (16<<20)/len(line))
}

func BenchmarkDecodeUTF8(b *testing.B)    { benchDecode(b, []byte(benchText())) }
func BenchmarkDecodeUTF16LE(b *testing.B) { benchDecode(b, utf16Bytes(benchText(), false, true)) }
