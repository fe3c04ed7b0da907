package logscan

import "bytes"

// minLiteral is the shortest literal the prefilter accepts. Longer literals
// let the prefilter skip further.
const minLiteral = 8

// prefilter finds every occurrence of a set of literals in one forward pass
// (Wu-Manber over byte pairs): a window of the shortest literal's length
// slides over the text, and the pair of bytes at its end says how far the
// window can move without skipping a literal. Only when a pair ends a literal
// prefix are the literals of that pair compared.
type prefilter struct {
	window int
	shift  [1 << 16]uint8
	// bucket maps a pair to 1 + its index in lists; 0 means no literal.
	bucket  [1 << 16]uint16
	lists   [][]int
	anchors [][]byte
}

func pairAt(b []byte, i int) uint16 { return uint16(b[i])<<8 | uint16(b[i+1]) }

func newPrefilter(anchors [][]byte) *prefilter {
	p := &prefilter{anchors: anchors, window: 255}
	for _, a := range anchors {
		p.window = min(p.window, len(a))
	}
	for i := range p.shift {
		p.shift[i] = uint8(p.window - 1)
	}
	for ai, a := range anchors {
		for j := 0; j+2 <= p.window; j++ {
			g := pairAt(a, j)
			p.shift[g] = min(p.shift[g], uint8(p.window-2-j))
		}
		g := pairAt(a, p.window-2)
		if p.bucket[g] == 0 {
			p.lists = append(p.lists, nil)
			p.bucket[g] = uint16(len(p.lists))
		}
		p.lists[p.bucket[g]-1] = append(p.lists[p.bucket[g]-1], ai)
	}
	return p
}

// candidates appends the lines of data holding a literal, in line order, each
// once with the set of literals it holds.
func (p *prefilter) candidates(data []byte, out []candidate) []candidate {
	if len(p.anchors) == 0 {
		return out
	}
	cur := -1 // index in out of the line being extended
	for i := 0; i+p.window <= len(data); {
		g := pairAt(data, i+p.window-2)
		if s := p.shift[g]; s > 0 {
			i += int(s)
			continue
		}
		for _, ai := range p.lists[p.bucket[g]-1] {
			if !bytes.HasPrefix(data[i:], p.anchors[ai]) {
				continue
			}
			if cur < 0 || i >= out[cur].end {
				out = append(out, lineAround(data, i))
				cur = len(out) - 1
			}
			out[cur].anchors.set(ai)
		}
		i++
	}
	return out
}

func lineAround(data []byte, at int) candidate {
	start := bytes.LastIndexByte(data[:at], '\n') + 1
	end := len(data)
	if j := bytes.IndexByte(data[at:], '\n'); j >= 0 {
		end = at + j
	}
	return candidate{start: start, end: end}
}
