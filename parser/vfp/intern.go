package vfp

// interner shares one copy of strings that repeat across rules and ports:
// layer/group names, labels, types, friendly names of service rules (the
// same on every pod port). It stops growing at maxInterned entries so that
// a file of unique names does not pay for the table.
type interner struct {
	m map[string]string
}

const maxInterned = 1 << 18

func newInterner() *interner { return &interner{m: make(map[string]string, 1024)} }

func (in *interner) bytes(b []byte) string {
	if s, ok := in.m[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(in.m) < maxInterned {
		in.m[s] = s
	}
	return s
}

// normKey folds a label for comparison: spaces and underscores removed,
// lower-case ASCII ("Flow TTL" and "FlowTTL" are the same key).
func normKey(s string) string {
	var buf [64]byte
	return string(normKeyBytes(buf[:0], []byte(s)))
}

func normKeyBytes(dst, s []byte) []byte {
	for _, c := range s {
		switch {
		case c == ' ' || c == '\t' || c == '_':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
