package rules

import (
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

// vxlanOverhead is what VXLAN adds to every pod packet on the wire: outer
// Ethernet 14, IPv4 20, UDP 8 and VXLAN 8 bytes. HNS states it as the
// endpoint's EncapOverhead.
const vxlanOverhead = 50

// mtuSide is an interface MTU with the interface it belongs to.
type mtuSide struct {
	name    string
	role    string
	reading analyzer.MTUReading
}

func mtuRule() analyzer.Rule {
	return &check{
		meta: analyzer.RuleMeta{ID: "HNS-OVL-007", Title: "Pod MTU leaves no room for the VXLAN overhead", Family: familyOverlay,
			Severity: analyzer.SeverityError,
			Breaks:   "Pod packets that fill the pod MTU no longer fit on the node's link once VXLAN-encapsulated: they are dropped or fragmented, so large transfers, TLS handshakes and big DNS answers between pods on different nodes stall while small packets (ping) still pass.",
			Remediation: []string{"Lower the pod interface MTU to the link MTU minus the EncapOverhead (1450 on a 1500-byte link); the overlay CNI sets it when it creates the endpoint, so fix the CNI configuration and recreate the pods.",
				"Or raise the MTU of the physical NIC and of the host vNIC (jumbo frames) on every node and on the network between them."},
			Requires: []analyzer.SourceKind{analyzer.SourceEndpoints, analyzer.SourceIPConfig}, Since: since,
			Doc: "On an overlay node, every local pod endpoint's interface MTU (Get-NetIPInterface NlMtu in ip.txt) plus the endpoint's EncapOverhead (v1 EncapOverhead, v2 EncapOverhead policy Overhead; 50 bytes for VXLAN when the endpoint states none) must not exceed the MTU of the link the encapsulated packets leave by: the physical NIC the network is bound to (adapters\\<Name>_int.txt MtuSize) when the bundle shows it, else the host vNIC holding the management IP (Get-NetIPInterface, mtu.txt, adapters\\ netsh Link MTU, Rancher ipv4subinterfaces)."},
		applies: all(modeIs("overlay"), hasPodEndpoints, mtuKnown),
		run: func(s *analyzer.Snapshot) []analyzer.Finding {
			link, _ := linkMTU(s)
			var out []analyzer.Finding
			for _, e := range s.PodEndpoints() {
				pod, ok := podMTU(e, s)
				if !ok {
					continue
				}
				overhead, from := encapOverhead(e)
				if pod.reading.MTU+overhead <= link.reading.MTU {
					continue
				}
				out = append(out, mtuFinding(e, pod, link, overhead, from))
			}
			return out
		},
	}
}

func mtuFinding(e *analyzer.Endpoint, pod, link mtuSide, overhead int64, from string) analyzer.Finding {
	n := func(v int64) string { return strconv.FormatInt(v, 10) }
	msg := "pod interface " + pod.name + " of endpoint " + endpointLabel(e) + " has MTU " + n(pod.reading.MTU) +
		"; with the " + from + " of " + n(overhead) + " bytes its packets need " + n(pod.reading.MTU+overhead) +
		" bytes, more than the MTU " + n(link.reading.MTU) + " of " + link.role + " " + link.name +
		": pod packets over " + n(link.reading.MTU-overhead) + " bytes are dropped or fragmented"
	ev := []analyzer.Evidence{pod.reading.Evidence("interface " + pod.name), link.reading.Evidence("interface " + link.name)}
	if e.EncapOverhead > 0 {
		ev = append(ev, e.Evidence(`"EncapOverhead": `+n(e.EncapOverhead), `"Overhead": `+n(e.EncapOverhead)))
	}
	return analyzer.Finding{Message: msg, Objects: []string{e.IP.String(), pod.name, link.name}, Evidence: ev}
}

func endpointLabel(e *analyzer.Endpoint) string {
	if e.IP.IsValid() {
		return e.Name + " (" + e.IP.String() + ")"
	}
	return e.Name
}

// encapOverhead is the endpoint's EncapOverhead, or the VXLAN header size
// when the endpoint does not state it.
func encapOverhead(e *analyzer.Endpoint) (int64, string) {
	if e.EncapOverhead > 0 {
		return e.EncapOverhead, "EncapOverhead"
	}
	return vxlanOverhead, "VXLAN overhead (the endpoint states no EncapOverhead)"
}

func mtuKnown(s *analyzer.Snapshot) (bool, string) {
	if _, ok := linkMTU(s); !ok {
		return false, "the bundle shows the MTU of neither the physical NIC nor the host vNIC holding the management IP"
	}
	for _, e := range s.PodEndpoints() {
		if _, ok := podMTU(e, s); ok {
			return true, ""
		}
	}
	return false, "the bundle shows no pod interface MTU (Get-NetIPInterface in ip.txt: collectlogs 2021-09-28 and later)"
}

// podMTU is the MTU of the pod's interface in its compartment.
func podMTU(e *analyzer.Endpoint, s *analyzer.Snapshot) (mtuSide, bool) {
	if e.Adapter == nil || e.Adapter.IfIndex == 0 {
		return mtuSide{}, false
	}
	return firstMTU(s, e.Adapter.IfIndex, e.Adapter.Name, "pod interface")
}

// linkMTU is the MTU of the link VXLAN packets leave by: the physical NIC
// the pod network is bound to, else the host vNIC holding the management
// IP (whose MTU Windows keeps equal to the NIC's).
func linkMTU(s *analyzer.Snapshot) (mtuSide, bool) {
	if nic := strings.TrimSpace(s.PodNetwork.AdapterName); nic != "" {
		if m, ok := firstMTU(s, 0, nic, "the physical NIC"); ok {
			return m, true
		}
	}
	for _, a := range s.Adapters {
		if a.Compartment > 1 || !s.ManagementIP.IsValid() {
			continue
		}
		for _, ip := range a.IPv4Addrs() {
			if ip == s.ManagementIP {
				if m, ok := firstMTU(s, a.IfIndex, a.Name, "the host vNIC"); ok {
					return m, true
				}
			}
		}
	}
	if nic := strings.TrimSpace(s.PodNetwork.AdapterName); nic != "" {
		return firstMTU(s, 0, "vEthernet ("+nic+")", "the host vNIC")
	}
	return mtuSide{}, false
}

func firstMTU(s *analyzer.Snapshot, ifIndex int, name, role string) (mtuSide, bool) {
	rs := s.InterfaceMTU(ifIndex, name)
	if len(rs) == 0 {
		return mtuSide{}, false
	}
	if name == "" {
		name = "ifIndex " + itoa(ifIndex)
	}
	return mtuSide{name: name, role: role, reading: rs[0]}, true
}
