package nodegen

import (
	"fmt"
	"io"
	"strings"
)

const itemList = " ITEM LIST\n===========\n\n"

// WriteVfpOutput streams vfpOutput.txt (lines end in "\n"; the caller converts).
func (n *Node) WriteVfpOutput(w io.Writer) error {
	var b strings.Builder
	if n.Era != EraJSON2018 {
		var rows [][]string
		for _, p := range n.Ports {
			rows = append(rows, []string{p.Name, p.MAC, fmt.Sprint(p.PortID)})
		}
		b.WriteString(Formatter{Ellipsis: "..."}.Table([]Column{{Header: "Port name"}, {Header: "Mac Address"}, {Header: "PortId", Right: true}}, rows))
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write port table: %w", err)
	}
	for _, p := range n.Ports {
		if n.LazyRules {
			n.fillRules(p)
		}
		if _, err := io.WriteString(w, n.portSection(p)); err != nil {
			return fmt.Errorf("write port %s: %w", p.Name, err)
		}
		if n.LazyRules {
			p.Layers = nil
		}
	}
	return nil
}

// commands returns the vfpctrl verbs dumpVfpPolicies.ps1 runs per port, in order.
func (n *Node) commands() []string {
	if n.VFP == VFPBoth {
		return []string{"list-space", "list-mapping", "list-rule", "get-rule-counter", "get-port-state", "list-nat-range"}
	}
	if n.VFP == VFPRuleCounter {
		return []string{"list-space", "list-mapping", "get-rule-counter", "get-port-state", "list-nat-range", "get-flow-stats"}
	}
	return []string{"list-space", "list-mapping", "list-rule", "get-port-state", "list-nat-range"}
}

func (n *Node) portSection(p *VfpPort) string {
	var b strings.Builder
	b.WriteString("Policy for port : \n" + p.Name + "\n")
	for _, verb := range n.commands() {
		if p.StateError != "" {
			b.WriteString("ERROR: " + p.StateError + "\n")
			continue
		}
		switch verb {
		case "list-space":
			b.WriteString(itemList)
			if len(p.Mappings) > 0 {
				fmt.Fprintf(&b, "  SPACE : %d\n    Friendly name : VNET_%d\n    Type : VNET\n\n", n.Cluster.VNI, n.Cluster.VNI)
			}
		case "list-mapping":
			b.WriteString(itemList)
			for _, m := range p.Mappings {
				fmt.Fprintf(&b, "  MAPPING :\n    Customer address : %s\n    Provider address : %s\n    MAC address : %s\n    VSID : %d\n\n", m.CA, m.PA, m.MAC, m.VSID)
			}
		case "list-rule", "get-rule-counter":
			b.WriteString(itemList)
			writeLayers(&b, p, verb == "get-rule-counter")
		case "get-port-state":
			writePortState(&b, p)
		case "list-nat-range":
			b.WriteString(itemList)
			for _, r := range p.NatRanges {
				fmt.Fprintf(&b, "  NAT RANGE :\n    IP address : %s\n    Protocol : %s\n    Start port : %d\n    End port : %d\n\n", r.IP, r.Protocol, r.Start, r.End)
			}
		case "get-flow-stats":
			writeFlowStats(&b, p)
		}
		b.WriteString("Command " + verb + " succeeded!\n")
	}
	return b.String()
}

func writeLayers(b *strings.Builder, p *VfpPort, counters bool) {
	for _, l := range p.Layers {
		fmt.Fprintf(b, "    LAYER : %s\n        Friendly name : %s\n        Flags : %s\n        Priority : %d\n", l.Name, l.Name, l.Flags, l.Priority)
		for _, g := range l.Groups {
			fmt.Fprintf(b, "        GROUP : %s\n            Friendly name : %s\n            Priority : %d\n            Direction : %s\n            Type : %s\n",
				g.Name, g.Name, g.Priority, g.Direction, g.Type)
			b.WriteString("            Conditions:\n                <none>\n            Match type : Priority-based match\n")
			for _, r := range g.Rules {
				writeRule(b, r, counters)
			}
		}
		b.WriteString("\n")
	}
}

func writeRule(b *strings.Builder, r *Rule, counters bool) {
	const in = "                "
	fmt.Fprintf(b, "            RULE : %s\n%sFriendly name : %s\n%sPriority : %d\n%sFlags : %s \n%sType : %s\n%sConditions:\n",
		r.ID, in, r.Name, in, r.Priority, in, r.Flags, in, r.Type, in)
	if len(r.Conds) == 0 {
		b.WriteString(in + "    <none>\n")
	}
	for _, c := range r.Conds {
		fmt.Fprintf(b, "%s    %s : %v\n", in, c.K, c.V)
	}
	b.WriteString(in + "Flow TTL: 0\n")
	if len(r.Data) > 0 {
		b.WriteString(in + "Rule Data:\n")
		for _, d := range r.Data {
			b.WriteString(in + "    " + d + "\n")
		}
	}
	if len(r.Modify) > 0 {
		b.WriteString(in + "Modify:\n")
		for _, m := range r.Modify {
			fmt.Fprintf(b, "%s    %s : %v\n", in, m.K, m.V)
		}
	}
	if len(r.Encap) > 0 {
		b.WriteString(in + "Encap Destination(s):\n")
		for _, e := range r.Encap {
			b.WriteString(in + "    " + e + "\n")
		}
	}
	b.WriteString(in + "FlagsEx : 0 \n")
	if counters {
		fmt.Fprintf(b, "%sMatched packets : %d\n%sDropped packets : %d\n%sPending packets : %d\n%sDropped unified flows : %d\n",
			in, r.Matched, in, r.Dropped, in, r.Pending, in, r.DroppedFlows)
	}
}

func tf(v bool) string {
	if v {
		return "TRUE"
	}
	return "FALSE"
}

func writePortState(b *strings.Builder, p *VfpPort) {
	fmt.Fprintf(b, "  Enabled : TRUE\n  Blocked : %s\n  BlockedOnRestore : FALSE\n  BlockedLayerCreation : FALSE\n  Preserving Vlan : FALSE\n  VM Context Set : %s\n",
		tf(p.Blocked), tf(p.Role == RolePod))
	if p.Role != RoleForeign {
		b.WriteString("  VMQ Enabled\n")
	}
}

func writeFlowStats(b *strings.Builder, p *VfpPort) {
	b.WriteString(itemList)
	for _, l := range p.Layers {
		fmt.Fprintf(b, "  LAYER : %s\n    Active flows : %d\n    Created flows : %d\n    Deleted flows : %d\n",
			l.Name, Num(40, p.Name, l.Name), 100+Num(4000, p.Name, l.Name, "c"), 90+Num(3900, p.Name, l.Name, "d"))
	}
}

// PortsTxt renders ports.txt: /list-vmswitch-port, then per-port counters.
func (n *Node) PortsTxt() string {
	var b strings.Builder
	b.WriteString(itemList)
	for _, p := range n.Ports {
		kv := func(k string, v any) { fmt.Fprintf(&b, "%-22s: %v\n", k, v) }
		kv("Port name", p.Name)
		kv("Port Friendly name", p.Friendly)
		kv("Switch name", p.Switch)
		kv("Switch Friendly name", p.SwitchFriendly)
		kv("PortId", p.PortID)
		kv("VMQ Weight", 100)
		kv("VMQ Usage", 0)
		kv("SR-IOV Weight", 0)
		kv("SR-IOV Usage", 0)
		kv("Port type", p.PortType)
		b.WriteString("Port is Enabled.\nMAC Learning is Disabled.\n")
		kv("NIC name", p.NICName)
		kv("NIC Friendly name", p.NICFriendly)
		kv("MTU", p.MTU)
		kv("MAC address", p.MAC)
		kv("Bytes Sent", p.Stats.BytesSent)
		kv("Bytes Received", p.Stats.BytesReceived)
		kv("Packets Sent", p.Stats.PacketsSent)
		kv("Packets Received", p.Stats.PacketsReceived)
		if p.Stats.DropReason != "" {
			fmt.Fprintf(&b, "Ingress packet drops : %s : %d\n", p.Stats.DropReason, p.Stats.IngressDrops)
		}
		kv("Ingress Packet Drops", p.Stats.IngressDrops)
		kv("Egress Packet Drops", p.Stats.EgressDrops)
		b.WriteString("NIC is Connected.\n\n")
	}
	b.WriteString("Command list-vmswitch-port succeeded!\n")
	if n.Era < EraTableV1 {
		return b.String()
	}
	for _, p := range n.Ports {
		fmt.Fprintf(&b, "Get-port-counter for port:  %s\n%s", p.Name, itemList)
		for _, dir := range []string{"OUT", "IN"} {
			pk, by := p.Stats.PacketsSent, p.Stats.BytesSent
			if dir == "IN" {
				pk, by = p.Stats.PacketsReceived, p.Stats.BytesReceived
			}
			fmt.Fprintf(&b, "Direction - %s\n    Total packets : %d\n    Total bytes : %d\n    SYN packets : %d\n    SYN-ACK packets : %d\n",
				dir, pk, by, pk/40, pk/41)
			fmt.Fprintf(&b, "    FIN packets : %d\n    RST packets : %d\n    TCP Connections Verified : %d\n    TCP Connections Timed Out : 0\n",
				pk/45, pk/900, pk/42)
			fmt.Fprintf(&b, "    TCP Connections Reset : %d\n    TCP Half Open Timeouts : 0\n    Dropped ACL packets : 0\n    Dropped packets : %d\n    Pending packets : 0\n\n",
				pk/1000, p.Stats.IngressDrops)
		}
		b.WriteString("Command get-port-counter succeeded!\n")
	}
	return b.String()
}

// VswitchForwardingTxt renders vswitchForwarding.txt.
func (n *Node) VswitchForwardingTxt() string {
	return itemList + "  Switch forwarding settings:\n    innerMacFwd : FALSE\n    reducePortMtuForEncap : FALSE\n    innerMacVmq : FALSE\n" +
		"    forwardAllTrafficToExternalNetwork : FALSE\n    usePacketTNI : FALSE\n    skipTNIValidationForInnerMacForwarding : FALSE\n" +
		"    dropLoopbackHairpin : FALSE\n\nCommand get-switch-forwarding-settings succeeded!\n"
}
