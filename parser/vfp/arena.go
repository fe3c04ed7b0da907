package vfp

// condArena holds the typed values of many conditions in a few large
// arrays: a condition's values are appended together, so each condition
// gets a clipped window of an arena instead of three small allocations.
type condArena struct {
	ips    []IPRange
	nums   []NumRange
	protos []uint16
}

const arenaChunk = 4096

// open points the condition's slices at the free tail of each arena.
func (a *condArena) open(c *Condition) {
	if cap(a.ips)-len(a.ips) < 64 {
		a.ips = make([]IPRange, 0, arenaChunk)
	}
	if cap(a.nums)-len(a.nums) < 64 {
		a.nums = make([]NumRange, 0, arenaChunk)
	}
	if cap(a.protos)-len(a.protos) < 64 {
		a.protos = make([]uint16, 0, arenaChunk)
	}
	c.IPs, c.Ranges, c.Protocols = a.ips[len(a.ips):], a.nums[len(a.nums):], a.protos[len(a.protos):]
}

// close claims what the condition appended (when append stayed inside the
// arena) and clips each slice so later appends cannot overwrite a
// neighbour.
func (a *condArena) close(c *Condition) {
	c.IPs = claim(&a.ips, c.IPs)
	c.Ranges = claim(&a.nums, c.Ranges)
	c.Protocols = claim(&a.protos, c.Protocols)
}

func claim[T any](arena *[]T, s []T) []T {
	if len(s) == 0 {
		return nil
	}
	a := *arena
	if cap(s) == cap(a)-len(a) && &a[:len(a)+1][len(a)] == &s[0] {
		*arena = a[:len(a)+len(s)]
	}
	return s[:len(s):len(s)]
}

// take hands out the next zero value of a slab of 256, so that rules,
// counters and rule data cost one allocation per 256 objects.
func take[T any](slab *[]T) *T {
	if len(*slab) == 0 {
		*slab = make([]T, 256)
	}
	v := &(*slab)[0]
	*slab = (*slab)[1:]
	return v
}
