package report

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/routes"
)

// Table is a browsable table of snapshot objects in the HTML report.
type Table struct {
	Title   string
	Columns []string
	Rows    [][]string
}

// snapshotTables lists the snapshot's HNS objects as tables, in file order.
func snapshotTables(s *analyzer.Snapshot) []Table {
	if s == nil {
		return nil
	}
	return []Table{networkTable(s), endpointTable(s), loadBalancerTable(s), hostRouteTable(s), sdnRouteTable(s), adapterTable(s)}
}

func networkTable(s *analyzer.Snapshot) Table {
	t := Table{Title: "Networks", Columns: []string{"Name", "Type", "Subnets", "Management IP", "DR MAC", "Endpoints", "ID", "Source"}}
	for _, n := range s.Networks {
		var subnets []string
		for _, sn := range n.Subnets {
			sub := sn.Prefix
			if sn.Gateway != "" {
				sub += " via " + sn.Gateway
			}
			subnets = append(subnets, sub)
		}
		t.Rows = append(t.Rows, []string{n.Name, n.TypeRaw, strings.Join(subnets, "\n"), n.ManagementIP, n.DRMAC,
			strconv.Itoa(len(n.Endpoints)), n.ID, position(n.Pos)})
	}
	return t
}

func endpointTable(s *analyzer.Snapshot) Table {
	t := Table{Title: "Endpoints", Columns: []string{"Name", "Where", "IP", "MAC", "Gateway", "State", "Network", "VFP port", "ID", "Source"}}
	for _, e := range s.Endpoints {
		where := "local"
		if e.Remote {
			where = "remote"
		}
		if e.Role != "" && string(e.Role) != where {
			where += " · " + string(e.Role)
		}
		var ips []string
		for _, ip := range e.IPs {
			ips = append(ips, ip.Address)
		}
		state := ""
		if e.State != nil {
			state = hns.StateName(*e.State)
		}
		network := e.NetworkName
		if e.Network != nil && e.Network.Name != "" {
			network = e.Network.Name
		}
		port := e.PortGUID
		if e.Port != nil {
			port = e.Port.GUID + " (by " + e.JoinedBy + ")"
		}
		t.Rows = append(t.Rows, []string{e.Name, where, strings.Join(ips, "\n"), e.MAC, strings.Join(e.Gateways, "\n"),
			state, network, port, e.ID, position(e.Pos)})
	}
	return t
}

func loadBalancerTable(s *analyzer.Snapshot) Table {
	t := Table{Title: "Load balancers", Columns: []string{"Frontend", "VIPs", "Ports", "Options", "Backends", "Source VIP", "ID", "Source"}}
	for _, lb := range s.LoadBalancers {
		var ports []string
		for _, pm := range lb.PortMappings() {
			ports = append(ports, fmt.Sprintf("%s %d → %d", analyzer.ProtocolName(pm.Protocol), pm.ExternalPort, pm.InternalPort))
		}
		var backends []string
		for _, b := range lb.Backends {
			backends = append(backends, b.Label())
		}
		for _, id := range lb.MissingBackends {
			backends = append(backends, id+" (no such endpoint)")
		}
		t.Rows = append(t.Rows, []string{lb.Label(), strings.Join(lb.VIPs, "\n"), strings.Join(ports, "\n"), lbOptions(lb.LoadBalancer),
			strings.Join(backends, "\n"), lb.SourceVIP, lb.ID, position(lb.Pos)})
	}
	return t
}

func lbOptions(lb *hns.LoadBalancer) string {
	var opts []string
	for _, o := range []struct {
		on   bool
		name string
	}{{lb.DSR, "DSR"}, {lb.ILB, "ILB"}, {lb.LocalRoutedVIP, "local-routed VIP"}} {
		if o.on {
			opts = append(opts, o.name)
		}
	}
	return strings.Join(opts, ", ")
}

// sdnRouteTable lists the HNS route policies (SDN routes of route lists).
func sdnRouteTable(s *analyzer.Snapshot) Table {
	t := Table{Title: "HNS routes", Columns: []string{"Destination", "Next hop", "Encap", "Endpoints", "Route list", "Source"}}
	if s.Parsed == nil {
		return t
	}
	for _, rl := range s.Parsed.RouteLists {
		for _, r := range rl.Routes {
			encap := ""
			if r.NeedEncap {
				encap = "yes"
			}
			t.Rows = append(t.Rows, []string{r.Prefix, r.NextHop, encap, strings.Join(rl.Endpoints, "\n"), rl.ID, position(rl.Pos)})
		}
	}
	return t
}

// hostRouteTable lists the node's IP routes (route print, Get-NetRoute).
func hostRouteTable(s *analyzer.Snapshot) Table {
	t := Table{Title: "Routes", Columns: []string{"Destination", "Next hop", "Interface", "Metric", "Compartment", "Store", "Source"}}
	for _, r := range s.Routes {
		dest := r.DestinationRaw
		if r.Destination.IsValid() {
			dest = r.Destination.String()
		}
		hop := r.NextHopRaw
		switch {
		case r.NextHop.IsValid():
			hop = r.NextHop.String()
		case r.OnLink:
			hop = "on-link"
		}
		iface := ""
		if r.InterfaceIP.IsValid() {
			iface = r.InterfaceIP.String()
		}
		if r.IfIndex != 0 {
			iface = strings.TrimSpace(iface + " if " + strconv.Itoa(r.IfIndex))
		}
		compartment := ""
		if r.Compartment != 0 {
			compartment = strconv.Itoa(r.Compartment)
		}
		t.Rows = append(t.Rows, []string{dest, hop, iface, routeMetric(r), compartment, r.Store, position(r.Pos)})
	}
	return t
}

func routeMetric(r routes.Route) string {
	switch {
	case r.Metric != nil:
		return strconv.Itoa(*r.Metric)
	case r.RouteMetric != nil && r.IfMetric != nil:
		return fmt.Sprintf("%d + %d", *r.RouteMetric, *r.IfMetric)
	case r.RouteMetric != nil:
		return strconv.Itoa(*r.RouteMetric)
	}
	return ""
}

// adapterTable lists the ipconfig adapters of every compartment.
func adapterTable(s *analyzer.Snapshot) Table {
	t := Table{Title: "Adapters", Columns: []string{"Name", "Compartment", "IPv4", "MAC", "Gateways", "DNS servers", "Endpoint", "Source"}}
	for _, a := range s.Adapters {
		endpoint := ""
		if a.Endpoint != nil {
			endpoint = a.Endpoint.Label()
		}
		t.Rows = append(t.Rows, []string{a.Name, strconv.Itoa(a.Compartment), joinAddrs(a.IPv4Addrs()), a.MAC,
			joinAddrs(a.Gateways), joinAddrs(a.DNSServers), endpoint, position(a.Pos)})
	}
	return t
}

func joinAddrs(as []netip.Addr) string {
	ss := make([]string, len(as))
	for i, a := range as {
		ss[i] = a.String()
	}
	return strings.Join(ss, "\n")
}

func position(p parser.Position) string {
	if p.File == "" {
		return ""
	}
	return p.String()
}

// snapshotOSBuild is the Windows build the bundle was collected on, when
// the snapshot knows it.
func snapshotOSBuild(s *analyzer.Snapshot) string {
	if s == nil || s.Winver == nil {
		return ""
	}
	w := s.Winver
	if w.Build == 0 {
		return w.Raw
	}
	v := fmt.Sprintf("%d.%d.%d", w.Major, w.Minor, w.Build)
	if w.Revision > 0 {
		v += fmt.Sprintf(".%d", w.Revision)
	}
	if w.Release != "" {
		v += " (" + w.Release + ")"
	}
	return v
}
