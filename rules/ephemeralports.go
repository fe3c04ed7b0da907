package rules

import (
	"sort"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/portrange"
)

// portLimits are the thresholds of the ephemeral port check.
type portLimits struct {
	// chunk is the run of contiguous ports HNS reserves at a time.
	chunk int
	// minChunks: a protocol with this many free chunks or fewer is low
	// (networkhealth PortExhaustionTest uses 10).
	minChunks int
	// maxExcludedShare: exclusions covering more of the dynamic range
	// than this share are reported even while chunks remain.
	maxExcludedShare float64
}

func ephemeralPortsRule() analyzer.Rule {
	return portExhaustionRule(portLimits{chunk: 64, minChunks: 10, maxExcludedShare: 0.5})
}

func portExhaustionRule(lim portLimits) analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-NET-006", Title: "Ephemeral ports nearly exhausted", Family: familyNetwork,
			Severity: analyzer.SeverityWarning,
			Breaks:   "HNS takes the SNAT ports of OutBoundNAT from the dynamic port range in runs of 64: when too few free runs remain, new pods get no outbound NAT pool and their outbound connections (TCP, or UDP such as DNS to upstream servers) fail.",
			Remediation: []string{"List the exclusions with `netsh int ipv4 show excludedportrange <tcp|udp>`; remove stale administered ones (`netsh int ipv4 delete excludedportrange protocol=<tcp|udp> startport=<port> numberofports=<count>`) and find the service reserving the others (Hyper-V, WinNAT, Docker publish ranges).",
				"Or widen the dynamic range: `netsh int ipv4 set dynamicport <tcp|udp> start=<port> num=<count>`."},
			Requires: []analyzer.SourceKind{analyzer.SourcePortReservations}, Since: since,
			Doc: "Per protocol, TCP and UDP separately: the dynamic range of dynamicportrange.txt minus the excluded ranges of excludedportrange.txt (clipped, sorted and merged), counted in whole runs of 64 ports. Warns at " +
				strconv.Itoa(lim.minChunks) + " free runs or fewer (error at none), and when exclusions cover more than half of the range. reservedports.txt's TCP-only estimate is quoted as corroboration, never used."},
		applies: hasDynamicRange,
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			var out []analyzer.Finding
			for _, proto := range []string{"tcp", "udp"} {
				if f, ok := portFinding(s.Parsed.PortRanges, proto, lim); ok {
					out = append(out, f)
				}
			}
			return out
		},
	}
}

func hasDynamicRange(s *analyzer.Snapshot) (bool, string) {
	for _, f := range s.Parsed.PortRanges {
		if f.Dynamic("tcp") != nil || f.Dynamic("udp") != nil {
			return true, ""
		}
	}
	return false, "no dynamic port range in the bundle (dynamicportrange.txt is written by collectlogs from 2019-09-11 on)"
}

// portUsage is one protocol's dynamic range and what exclusions leave.
type portUsage struct {
	dynamic  *portrange.DynamicRange
	excluded []portrange.ExcludedRange
	free     []portSpan
	taken    int
}

func usageOf(files []*portrange.File, proto string) (portUsage, bool) {
	var u portUsage
	for _, f := range files {
		if u.dynamic == nil {
			u.dynamic = f.Dynamic(proto)
		}
		x, _ := f.Excluded(proto)
		u.excluded = append(u.excluded, x...)
	}
	if u.dynamic == nil || u.dynamic.Count == 0 {
		return u, false
	}
	spans := make([]portSpan, len(u.excluded))
	for i, x := range u.excluded {
		spans[i] = portSpan{x.Start, x.End}
	}
	u.free, u.taken = freePorts(portSpan{u.dynamic.Start, u.dynamic.End()}, spans)
	return u, true
}

func portFinding(files []*portrange.File, proto string, lim portLimits) (analyzer.Finding, bool) {
	u, ok := usageOf(files, proto)
	if !ok {
		return analyzer.Finding{}, false
	}
	n := chunks(u.free, lim.chunk)
	share := float64(u.taken) / float64(u.dynamic.Count)
	low, swallowed := n <= lim.minChunks, share > lim.maxExcludedShare
	if !low && !swallowed {
		return analyzer.Finding{}, false
	}
	P := strings.ToUpper(proto)
	rng := itoa(u.dynamic.Start) + "-" + itoa(u.dynamic.End())
	msg := P + ": " + itoa(n) + " free runs of " + itoa(lim.chunk) + " ports left in the dynamic range " + rng +
		" (" + itoa(u.dynamic.Count) + " ports, " + itoa(u.taken) + " of them excluded = " + strconv.Itoa(int(share*100)) + "%)"
	if big := largestExclusions(u, 3); len(big) > 0 {
		var names []string
		for _, x := range big {
			names = append(names, itoa(x.Start)+"-"+itoa(x.End))
		}
		msg += "; largest exclusions " + strings.Join(names, ", ")
	}
	if !low {
		msg += ": exclusions take most of the range"
	}
	f := analyzer.Finding{Message: msg + corroboration(files, proto), Objects: []string{P, P + " " + rng},
		Evidence: portEvidence(files, proto, u)}
	if n == 0 {
		f.Severity = analyzer.SeverityError
	}
	return f, true
}

// largestExclusions returns up to k excluded rows that overlap the range,
// those spanning the most ports first.
func largestExclusions(u portUsage, k int) []portrange.ExcludedRange {
	var rows []portrange.ExcludedRange
	for _, x := range u.excluded {
		if x.End >= u.dynamic.Start && x.Start <= u.dynamic.End() {
			rows = append(rows, x)
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].End-rows[i].Start > rows[j].End-rows[j].Start })
	return rows[:min(k, len(rows))]
}

// corroboration quotes the collector's own figures, which are about TCP:
// its estimate and the result of its reservation test.
func corroboration(files []*portrange.File, proto string) string {
	if proto != "tcp" {
		for _, f := range files {
			if f.Estimate != nil {
				return " (reservedports.txt estimates TCP only and does not see this)"
			}
		}
		return ""
	}
	var parts []string
	for _, f := range files {
		if e := f.Estimate; e != nil {
			if e.Exhausted {
				parts = append(parts, "the collector's TCP estimate also reports running out of ephemeral ports")
			} else if e.Allocations != nil {
				parts = append(parts, "the collector's TCP estimate says up to "+itoa(*e.Allocations))
			}
		}
		if t := f.Test; t != nil && !t.All {
			parts = append(parts, "its reservation test got only "+itoa(t.Reserved)+" of 10 runs of 64 ports")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

func portEvidence(files []*portrange.File, proto string, u portUsage) []analyzer.Evidence {
	P := strings.ToUpper(proto)
	d := u.dynamic
	ev := []analyzer.Evidence{analyzer.EvidenceLine(d.Pos.File, d.Pos.Line, P+" dynamic port range"),
		analyzer.EvidenceLine(d.Pos.File, d.CountLine, P+" dynamic port range")}
	for _, x := range largestExclusions(u, 3) {
		ev = append(ev, analyzer.EvidenceLine(x.Pos.File, x.Pos.Line, P+" excluded port range"))
	}
	if proto != "tcp" {
		return ev // the collector's figures are about TCP
	}
	for _, f := range files {
		if e := f.Estimate; e != nil {
			ev = append(ev, analyzer.EvidenceLine(e.Pos.File, e.Pos.Line, "collector estimate"))
		}
		if t := f.Test; t != nil && !t.All {
			ev = append(ev, analyzer.EvidenceLine(t.Pos.File, t.Pos.Line, "reservation test"))
		}
	}
	return ev
}
