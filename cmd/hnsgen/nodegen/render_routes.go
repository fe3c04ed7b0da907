package nodegen

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"
)

const eqLine = "===========================================================================\n"

func macBytes(mac string) string {
	return strings.ToLower(strings.ReplaceAll(mac, "-", " "))
}

// RoutesTxt renders routes.txt: `route print` (host compartment) then Get-NetRoute -IncludeAllCompartments.
func (n *Node) RoutesTxt() string {
	var b strings.Builder
	b.WriteString(eqLine + "Interface List\n")
	ifs := slices.Clone(n.Ifaces)
	slices.SortStableFunc(ifs, func(a, c *Iface) int { return c.Index - a.Index })
	for _, i := range ifs {
		if i.Compartment != 1 || i.Physical {
			continue
		}
		if i.Loopback {
			fmt.Fprintf(&b, "%3d...........................%s\n", i.Index, i.Desc)
			continue
		}
		fmt.Fprintf(&b, "%3d...%s ......%s\n", i.Index, macBytes(i.MAC), i.Desc)
	}
	b.WriteString(eqLine + "\nIPv4 Route Table\n" + eqLine + "Active Routes:\n")
	b.WriteString("Network Destination        Netmask          Gateway       Interface  Metric\n")
	host := n.hostRoutes()
	for _, r := range host {
		ifc := n.Iface(r.IfIndex)
		gw := "On-link"
		if r.NextHop.IsValid() && !r.NextHop.IsUnspecified() {
			gw = r.NextHop.String()
		}
		fmt.Fprintf(&b, "%17s%17s%17s%16s%7d\n", r.Dest.Addr(), Mask(r.Dest.Bits()), gw, ifc.IP, r.Metric+ifc.Metric)
	}
	b.WriteString(eqLine + "Persistent Routes:\n")
	if len(n.Persistent) == 0 {
		b.WriteString("  None\n")
	} else {
		b.WriteString("  Network Address          Netmask  Gateway Address  Metric\n")
		for _, r := range n.Persistent {
			m := "Default"
			if r.Metric > 0 {
				m = fmt.Sprint(r.Metric)
			}
			fmt.Fprintf(&b, "%17s%17s%17s  %s\n", r.Dest.Addr(), Mask(r.Dest.Bits()), r.NextHop, m)
		}
	}
	b.WriteString(eqLine + "\nIPv6 Route Table\n" + eqLine + "Active Routes:\n If Metric Network Destination      Gateway\n")
	fmt.Fprintf(&b, "%3d %6d %-24s %s\n", 1, 331, "::1/128", "On-link")
	for _, i := range ifs {
		if i.Compartment == 1 && i.LinkLocal != "" {
			fmt.Fprintf(&b, "%3d %6d %-24s %s\n", i.Index, 256+i.Metric, "fe80::/64", "On-link")
			ll := strings.SplitN(i.LinkLocal, "%", 2)[0] + "/128"
			fmt.Fprintf(&b, "%3d %6d %s\n%36s%s\n", i.Index, 256+i.Metric, ll, "", "On-link")
		}
	}
	b.WriteString(eqLine + "Persistent Routes:\n  None\n")
	b.WriteString(n.netRouteTable())
	return b.String()
}

func routeLess(a, c *Route) int {
	if x := a.Dest.Addr().Compare(c.Dest.Addr()); x != 0 {
		return x
	}
	return a.Dest.Bits() - c.Dest.Bits()
}

func (n *Node) hostRoutes() []*Route {
	var out []*Route
	for _, r := range n.Routes {
		if ifc := n.Iface(r.IfIndex); ifc != nil && ifc.Compartment == 1 {
			out = append(out, r)
		}
	}
	for _, r := range n.Persistent {
		out = append(out, &Route{IfIndex: 14, Dest: r.Dest, NextHop: r.NextHop, Metric: 256, Store: "ActiveStore"})
	}
	slices.SortStableFunc(out, routeLess)
	return out
}

func (n *Node) netRouteTable() string {
	all := slices.Clone(n.Routes)
	for _, r := range n.Persistent {
		all = append(all, &Route{IfIndex: 14, Dest: r.Dest, NextHop: r.NextHop, Metric: 256, Store: "ActiveStore"}, r)
	}
	slices.SortStableFunc(all, func(a, c *Route) int {
		if a.IfIndex != c.IfIndex {
			return c.IfIndex - a.IfIndex
		}
		return -routeLess(a, c)
	})
	var rows [][]string
	for _, r := range all {
		ifc := n.Iface(r.IfIndex)
		nh := r.NextHop
		if !nh.IsValid() {
			nh = netip.IPv4Unspecified()
		}
		metric := ""
		if ifc != nil {
			metric = fmt.Sprint(ifc.Metric)
		}
		rows = append(rows, []string{fmt.Sprint(r.IfIndex), r.Dest.String(), nh.String(), fmt.Sprint(r.Metric), metric, r.Store})
	}
	cols := []Column{{Header: "ifIndex"}, {Header: "DestinationPrefix", Max: 46, Width: 46}, {Header: "NextHop", Max: 40, Width: 40},
		{Header: "RouteMetric", Right: true}, {Header: "ifMetric", Width: 8}, {Header: "PolicyStore"}}
	return n.fmtr().Table(cols, rows)
}
