package vfp

// interner shares one copy of strings that repeat across rules and ports:
// layer/group names, labels, types, friendly names of service rules (the
// same on every pod port). It stops admitting new strings when they do not
// repeat, so that a file of unique names does not pay for the table.
type interner struct {
	m     map[string]string
	admit admission
}

// admission decides whether a cache keeps admitting entries: after a
// warm-up it requires one hit for every four misses, and it never holds
// more than maxInterned entries.
type admission struct{ hits, misses int }

func (a *admission) hit() { a.hits++ }

func (a *admission) miss(size int) bool {
	a.misses++
	return size < maxInterned && (a.misses < 4096 || a.hits >= a.misses/4)
}

const maxInterned = 1 << 16

func newInterner() *interner { return &interner{m: make(map[string]string, 1024)} }

func (in *interner) bytes(b []byte) string {
	if s, ok := in.m[string(b)]; ok {
		in.admit.hit()
		return s
	}
	s := string(b)
	if in.admit.miss(len(in.m)) {
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
