package nodegen

import (
	"fmt"
	"strings"
)

// label pads an ipconfig label with its dot leaders: dots sit on odd
// columns up to column 35, the colon on column 37. Two labels keep the
// double space that ipconfig's resource strings have.
func label(name string) string {
	s := "   " + name
	if name == "Primary Dns Suffix" || name == "Connection-specific DNS Suffix" {
		s += " "
	}
	for len(s) < 36 {
		if len(s)%2 == 1 {
			s += "."
		} else {
			s += " "
		}
	}
	return s + " : "
}

// IPTxt renders ip.txt: ipconfig /allcompartments /all, Get-NetIPAddress, Get-NetIPInterface.
func (n *Node) IPTxt() string {
	var b strings.Builder
	b.WriteString("\nWindows IP Configuration\n\n")
	eq := strings.Repeat("=", 78) + "\n"
	for _, c := range n.Compartments() {
		active := ""
		if c == 1 {
			active = " (ACTIVE)"
		}
		fmt.Fprintf(&b, "%sNetwork Information for Compartment %d%s\n%s", eq, c, active, eq)
		if c == 1 {
			b.WriteString(label("Host Name") + strings.ToLower(n.Name) + "\n")
			b.WriteString(label("Primary Dns Suffix") + "\n")
			b.WriteString(label("Node Type") + "Hybrid\n")
			b.WriteString(label("IP Routing Enabled") + "Yes\n")
			b.WriteString(label("WINS Proxy Enabled") + "No\n")
			b.WriteString(label("DNS Suffix Search List") + "k8s.internal.cloudapp.net\n")
		}
		for _, i := range n.Ifaces {
			if i.Compartment == c && !i.Loopback && !i.Physical {
				n.writeAdapter(&b, i)
			}
		}
		b.WriteString("\n")
	}
	b.WriteString(n.netIPAddress())
	b.WriteString(n.netIPInterface())
	return b.String()
}

func (n *Node) writeAdapter(b *strings.Builder, i *Iface) {
	fmt.Fprintf(b, "\nEthernet adapter %s:\n\n", i.Alias)
	b.WriteString(label("Connection-specific DNS Suffix") + i.DNSSuffix + "\n")
	b.WriteString(label("Description") + i.Desc + "\n")
	b.WriteString(label("Physical Address") + i.MAC + "\n")
	b.WriteString(label("DHCP Enabled") + yesNo(i.DHCP) + "\n")
	b.WriteString(label("Autoconfiguration Enabled") + "Yes\n")
	if i.IP6.IsValid() {
		b.WriteString(label("IPv6 Address") + i.IP6.String() + "(Preferred)\n")
	}
	b.WriteString(label("Link-local IPv6 Address") + i.LinkLocal + "(Preferred)\n")
	if i.IP.IsLinkLocalUnicast() {
		b.WriteString(label("Autoconfiguration IPv4 Address") + i.IP.String() + "(Preferred)\n")
	} else {
		b.WriteString(label("IPv4 Address") + i.IP.String() + "(Preferred)\n")
	}
	b.WriteString(label("Subnet Mask") + Mask(i.PrefixLen) + "\n")
	if i.DHCP {
		b.WriteString(label("Lease Obtained") + "Monday, November 18, 2024 9:12:44 AM\n")
		b.WriteString(label("Lease Expires") + "Thursday, December 25, 2160 3:49:31 PM\n")
	}
	var gws []string
	if i.Gateway6.IsValid() { // dual-stack lists the IPv6 gateway first
		gws = append(gws, i.Gateway6.String())
	}
	if i.Gateway.IsValid() {
		gws = append(gws, i.Gateway.String())
	}
	b.WriteString(label("Default Gateway") + strings.Join(gws, "\n"+strings.Repeat(" ", 39)) + "\n")
	if i.DHCP {
		b.WriteString(label("DHCP Server") + "168.63.129.16\n")
	}
	b.WriteString(label("DHCPv6 IAID") + fmt.Sprint(100000000+Num(900000000, i.Alias)) + "\n")
	b.WriteString(label("DHCPv6 Client DUID") + "00-01-00-01-2C-8E-4F-61-" + i.MACOrZero() + "\n")
	for k, d := range i.DNS {
		if k == 0 {
			b.WriteString(label("DNS Servers") + d + "\n")
		} else {
			b.WriteString(strings.Repeat(" ", 39) + d + "\n")
		}
	}
	if len(i.DNS) == 0 {
		b.WriteString(label("DNS Servers") + "fec0:0:0:ffff::1%1\n" + strings.Repeat(" ", 39) + "fec0:0:0:ffff::2%1\n")
	}
	b.WriteString(label("NetBIOS over Tcpip") + "Enabled\n")
}

// MACOrZero returns the interface MAC, or zeros for MAC-less interfaces.
func (i *Iface) MACOrZero() string {
	if i.MAC == "" {
		return "00-00-00-00-00-00"
	}
	return i.MAC
}

func yesNo(v bool) string {
	if v {
		return "Yes"
	}
	return "No"
}

func (n *Node) netIPAddress() string {
	var recs [][]KV
	for _, i := range n.Ifaces {
		if i.Physical {
			continue
		}
		origin := "Manual"
		if i.DHCP {
			origin = "Dhcp"
		}
		if i.Loopback {
			origin = "WellKnown"
		}
		if i.LinkLocal != "" {
			recs = append(recs, addrRecord(i, i.LinkLocal, "IPv6", 64, "WellKnown", "Link"))
		}
		recs = append(recs, addrRecord(i, i.IP.String(), "IPv4", i.PrefixLen, origin, origin))
	}
	return n.fmtr().List(recs)
}

func addrRecord(i *Iface, ip, family string, plen int, prefixOrigin, suffixOrigin string) []KV {
	life := "Infinite ([TimeSpan]::MaxValue)"
	return []KV{{"IPAddress", ip}, {"InterfaceIndex", fmt.Sprint(i.Index)}, {"InterfaceAlias", i.Alias},
		{"AddressFamily", family}, {"Type", "Unicast"}, {"PrefixLength", fmt.Sprint(plen)},
		{"PrefixOrigin", prefixOrigin}, {"SuffixOrigin", suffixOrigin}, {"AddressState", "Preferred"},
		{"ValidLifetime", life}, {"PreferredLifetime", life}, {"SkipAsSource", "False"}, {"PolicyStore", "ActiveStore"}}
}

func (n *Node) netIPInterface() string {
	var rows [][]string
	for _, fam := range []string{"IPv6", "IPv4"} {
		for k := len(n.Ifaces) - 1; k >= 0; k-- {
			i := n.Ifaces[k]
			if i.Physical {
				continue
			}
			dhcp := "Disabled"
			if i.DHCP {
				dhcp = "Enabled"
			}
			rows = append(rows, []string{fmt.Sprint(i.Index), i.Alias, fam, fmt.Sprint(i.MTU), fmt.Sprint(i.Metric), dhcp, "Connected", "ActiveStore"})
		}
	}
	cols := []Column{{Header: "ifIndex"}, {Header: "InterfaceAlias", Width: 31}, {Header: "AddressFamily"}, {Header: "NlMtu(Bytes)", Right: true},
		{Header: "InterfaceMetric", Right: true}, {Header: "Dhcp", Width: 8}, {Header: "ConnectionState", Width: 15}, {Header: "PolicyStore"}}
	return n.fmtr().Table(cols, rows)
}
