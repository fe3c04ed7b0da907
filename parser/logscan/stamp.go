package logscan

import (
	"bytes"
	"time"
)

// stampWindow is how far into a line a leading date is looked for (after a
// level tag, a bracket or a component name).
const stampWindow = 48

// FindStamp reads the timestamp of a log line: klog ("E1123 10:00:00.123456"),
// logrus/containerd (time="2024-01-10T12:00:00.1Z"), RFC 3339 / ISO 8601
// ("2024-01-10T12:00:00Z"), Go log ("2024/01/10 12:00:00") and Windows
// ("2024-01-10 12:00:00") near the start of the line.
func FindStamp(line []byte) (Stamp, bool) {
	if st, ok := klogStamp(line); ok {
		return st, true
	}
	if i := bytes.Index(line, []byte(`time="`)); i >= 0 {
		rest := line[i+len(`time="`):]
		if j := bytes.IndexByte(rest, '"'); j > 0 {
			if st, ok := isoStamp(rest[:j]); ok {
				return st, true
			}
		}
	}
	head := line
	if len(head) > stampWindow+19 {
		head = head[:stampWindow+19]
	}
	for i := 0; i+19 <= len(head) && i <= stampWindow; i++ {
		if isDigit(head[i]) && (i == 0 || !isDigit(head[i-1])) {
			if st, ok := isoStamp(head[i:]); ok {
				return st, true
			}
		}
	}
	return Stamp{}, false
}

// klogStamp reads "Lmmdd hh:mm:ss.uuuuuu" at the start of a line.
func klogStamp(b []byte) (Stamp, bool) {
	if len(b) < 14 || !bytes.ContainsRune([]byte("IWEF"), rune(b[0])) {
		return Stamp{}, false
	}
	if !digitsAt(b, 1, 4) || b[5] != ' ' || !clockAt(b, 6) {
		return Stamp{}, false
	}
	end := 14
	if len(b) > 15 && b[14] == '.' {
		end = 15 + len(leading(b[15:], isDigit))
	}
	raw := string(b[:end])
	t, err := time.Parse("0102 15:04:05.999999999", raw[1:])
	if err != nil {
		return Stamp{Raw: raw}, true
	}
	return Stamp{Raw: raw, Time: t}, true
}

// isoStamp reads "yyyy-mm-dd[T ]hh:mm:ss[.frac][zone]" (also with '/' in the
// date) at the start of b.
func isoStamp(b []byte) (Stamp, bool) {
	if len(b) < 19 || !digitsAt(b, 0, 4) || !digitsAt(b, 5, 2) || !digitsAt(b, 8, 2) {
		return Stamp{}, false
	}
	sep := b[4]
	if (sep != '-' && sep != '/') || b[7] != sep || (b[10] != 'T' && b[10] != ' ') || !clockAt(b, 11) {
		return Stamp{}, false
	}
	end := 19
	if end < len(b) && (b[end] == '.' || b[end] == ',') {
		end += 1 + len(leading(b[end+1:], isDigit))
	}
	end += zoneLen(b[end:])
	raw := b[:end]
	norm := bytes.Clone(raw)
	norm[4], norm[7], norm[10] = '-', '-', 'T'
	if len(norm) > 19 && norm[19] == ',' {
		norm[19] = '.'
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999"} {
		if t, err := time.Parse(layout, string(norm)); err == nil {
			return Stamp{Raw: string(raw), Time: t}, true
		}
	}
	return Stamp{Raw: string(raw)}, true
}

// zoneLen measures "Z" or "+01:00" at the start of b.
func zoneLen(b []byte) int {
	switch {
	case len(b) > 0 && b[0] == 'Z':
		return 1
	case len(b) >= 6 && (b[0] == '+' || b[0] == '-') && digitsAt(b, 1, 2) && b[3] == ':' && digitsAt(b, 4, 2):
		return 6
	}
	return 0
}

func digitsAt(b []byte, at, n int) bool {
	if at+n > len(b) {
		return false
	}
	for _, c := range b[at : at+n] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// clockAt checks "hh:mm:ss" at b[at:].
func clockAt(b []byte, at int) bool {
	return digitsAt(b, at, 2) && at+8 <= len(b) && b[at+2] == ':' && digitsAt(b, at+3, 2) && b[at+5] == ':' && digitsAt(b, at+6, 2)
}
