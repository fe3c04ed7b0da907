package nodegen

import (
	"fmt"
	"slices"
	"strings"
)

// PortRange is a run of ports, both ends included. Administered marks an
// exclusion an administrator added (netsh prints "*").
type PortRange struct {
	Start, End   int
	Administered bool
}

// ProtocolPorts is one protocol's dynamic port range and exclusions, as
// netsh shows them: exclusions may overlap one another and the range.
type ProtocolPorts struct {
	DynamicStart, DynamicCount int
	Excluded                   []PortRange
}

// EphemeralPorts holds the TCP and UDP port plans of a node.
type EphemeralPorts struct {
	TCP, UDP ProtocolPorts
}

// defaultEphemeralPorts is a Windows Server node with Hyper-V: the default
// dynamic range 49152-65535, a reserved block below it, the administered
// 50000-50059 block and 100-port blocks HNS and WinNAT reserved for
// themselves (TCP only).
func defaultEphemeralPorts() EphemeralPorts {
	return EphemeralPorts{
		TCP: ProtocolPorts{DynamicStart: 49152, DynamicCount: 16384, Excluded: []PortRange{
			{Start: 1024, End: 1123}, {Start: 50000, End: 50059, Administered: true},
			{Start: 50060, End: 50159}, {Start: 50160, End: 50259}}},
		UDP: ProtocolPorts{DynamicStart: 49152, DynamicCount: 16384, Excluded: []PortRange{
			{Start: 50000, End: 50059, Administered: true}}},
	}
}

// freeChunks counts the whole 64-port runs the exclusions leave in the
// dynamic range.
func (p ProtocolPorts) freeChunks() int {
	lo, hi := p.DynamicStart, p.DynamicStart+p.DynamicCount-1
	ex := slices.Clone(p.Excluded)
	slices.SortFunc(ex, func(a, b PortRange) int { return a.Start - b.Start })
	n, next := 0, lo
	for _, x := range ex {
		s, e := max(x.Start, lo), min(x.End, hi)
		if s > e {
			continue
		}
		if s > next {
			n += (s - next) / 64
		}
		next = max(next, e+1)
	}
	if next <= hi {
		n += (hi - next + 1) / 64
	}
	return n
}

// PortRangeFiles returns reservedports.txt, excludedportrange.txt and
// dynamicportrange.txt. The collector's estimate covers TCP only and also
// counts the ports in use, so it stays a few runs below the free count.
func (n *Node) PortRangeFiles() (reserved, excluded, dynamic string) {
	const inUse = 8
	est := n.EphemeralPorts.TCP.freeChunks() - inUse
	if est > 0 {
		reserved = fmt.Sprintf("Rough estimation of the ephemeral port availability: up to %d allocations of 64 contiguous TCP ports may be possible\n", est)
	} else {
		reserved = "ERROR: Running out of ephemeral ports. The ephemeral ports range doesn't have enough resources to allow allocating 64 contiguous TCP ports.\n"
	}
	if est >= 10 {
		reserved += "Successfully reserved 10 ranges of 64 ports\n"
	} else {
		reserved += fmt.Sprintf("Couldn't reserve more than %d ranges of 64 ports\n", max(est, 0))
	}
	var ex, dyn strings.Builder
	for _, pp := range []struct {
		name string
		p    ProtocolPorts
	}{{"tcp", n.EphemeralPorts.TCP}, {"udp", n.EphemeralPorts.UDP}} {
		fmt.Fprintf(&ex, "\nProtocol %s Port Exclusion Ranges\n\nStart Port    End Port\n----------    --------\n", pp.name)
		for _, x := range pp.p.Excluded {
			mark := ""
			if x.Administered {
				mark = "     *"
			}
			fmt.Fprintf(&ex, "%10d  %10d%s\n", x.Start, x.End, mark)
		}
		ex.WriteString("\n* - Administered port exclusions.\n\n")
		fmt.Fprintf(&dyn, "\nProtocol %s Dynamic Port Range\n---------------------------------\nStart Port      : %d\nNumber of Ports : %d\n\n",
			pp.name, pp.p.DynamicStart, pp.p.DynamicCount)
	}
	return reserved, ex.String(), dyn.String()
}
