package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/hns"
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
	return []Table{networkTable(s), endpointTable(s), loadBalancerTable(s), routeTable(s)}
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

// routeTable lists the HNS route policies (SDN routes of route lists).
func routeTable(s *analyzer.Snapshot) Table {
	t := Table{Title: "Routes", Columns: []string{"Destination", "Next hop", "Encap", "Endpoints", "Route list", "Source"}}
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

func position(p parser.Position) string {
	if p.File == "" {
		return ""
	}
	return p.String()
}

// snapshotOSBuild is the Windows build the bundle was collected on, when
// the snapshot knows it.
func snapshotOSBuild(s *analyzer.Snapshot) string {
	if s == nil {
		return ""
	}
	return ""
}
