package rules

import "sort"

// portSpan is a run of ports, both ends included.
type portSpan struct{ lo, hi int }

func (p portSpan) size() int { return p.hi - p.lo + 1 }

// freePorts subtracts the excluded spans from the dynamic range. Every
// excluded span is clipped to the range, then the spans are sorted and
// merged, so overlapping, nested, adjacent and duplicated exclusions (also
// the first one, which the collector's own estimate never examines) count
// once. It returns the free gaps in port order and the number of excluded
// ports inside the range.
func freePorts(dynamic portSpan, excluded []portSpan) (free []portSpan, excludedPorts int) {
	var in []portSpan
	for _, x := range excluded {
		lo, hi := max(x.lo, dynamic.lo), min(x.hi, dynamic.hi)
		if lo <= hi {
			in = append(in, portSpan{lo, hi})
		}
	}
	sort.Slice(in, func(i, j int) bool { return in[i].lo < in[j].lo })
	next := dynamic.lo // first port not yet covered
	for _, x := range in {
		if x.lo > next {
			free = append(free, portSpan{next, x.lo - 1})
		}
		if x.hi >= next {
			excludedPorts += x.hi - max(x.lo, next) + 1
			next = x.hi + 1
		}
	}
	if next <= dynamic.hi {
		free = append(free, portSpan{next, dynamic.hi})
	}
	return free, excludedPorts
}

// chunks counts the whole runs of size contiguous ports in the gaps: HNS
// reserves SNAT ports in such runs, so ports in shorter gaps are unusable.
func chunks(free []portSpan, size int) int {
	n := 0
	for _, f := range free {
		n += f.size() / size
	}
	return n
}
