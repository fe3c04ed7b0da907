package nodegen

import (
	"fmt"
	"strings"
)

func (n *Node) jsonStyle() JSONStyle {
	if n.Encoding == EncUTF8 {
		return JSONPS7
	}
	return JSONPS51
}

func (n *Node) fmtr() Formatter {
	if n.Encoding == EncUTF8 {
		return Formatter{Ellipsis: "…", Width: n.ConsoleWidth}
	}
	return Formatter{Ellipsis: "...", Width: n.ConsoleWidth}
}

func (n *Node) networkObj(nw *Network, detailed bool) Obj {
	if n.Schema == SchemaV2 {
		return n.NetworkV2(nw, detailed)
	}
	return n.NetworkV1(nw, detailed)
}

// NetworkTxt renders network.txt.
func (n *Node) NetworkTxt() string {
	var items []any
	var rows [][]string
	for _, nw := range n.Networks {
		items = append(items, n.networkObj(nw, false))
		prefix := ""
		if n.Schema == SchemaV2 {
			prefix = nw.Prefix.String()
		}
		rows = append(rows, []string{nw.Name, nw.Type, nw.ID, prefix})
	}
	js := ConvertToJSON(n.jsonStyle(), items)
	if n.Era == EraJSON2018 {
		return js
	}
	return n.fmtr().Table([]Column{{Header: "Name"}, {Header: "Type"}, {Header: "Id"}, {Header: "AddressPrefix"}}, rows) + js
}

// NetworkDetailedTxt renders networkdetailed.txt (schema 2 in the v2 era whatever the schema flag).
func (n *Node) NetworkDetailedTxt() string {
	var items []any
	for _, nw := range n.Networks {
		if n.Era == EraTableV2 {
			items = append(items, n.NetworkV2(nw, true))
		} else {
			items = append(items, n.NetworkV1(nw, true))
		}
	}
	return ConvertToJSON(n.jsonStyle(), items)
}

// EndpointTxt renders endpoint.txt.
func (n *Node) EndpointTxt() string {
	var items []any
	var rows [][]string
	for _, e := range n.Endpoints {
		if n.Schema == SchemaV2 {
			items = append(items, n.EndpointV2(e))
		} else {
			items = append(items, n.EndpointV1(e))
		}
		remote := ""
		if e.Remote {
			remote = "True"
		}
		ip := e.IP.String()
		if e.IP6.IsValid() { // the table shows both addresses of a dual-stack endpoint
			ip = "{" + ip + ", " + e.IP6.String() + "}"
		}
		rows = append(rows, []string{ip, e.MAC, remote, fmt.Sprint(e.State)})
	}
	js := ConvertToJSON(n.jsonStyle(), items)
	if n.Era == EraJSON2018 {
		return js
	}
	cols := []Column{{Header: "IpAddress"}, {Header: "MacAddress"}, {Header: "IsRemoteEndpoint"}, {Header: "State", Right: true}}
	if n.Era == EraTable2019 {
		cols = []Column{{Header: "Id"}, {Header: "IpAddress"}, {Header: "MacAddress"}, {Header: "IsRemoteEndpoint"}}
		for i, e := range n.Endpoints {
			rows[i] = append([]string{e.ID}, rows[i][:3]...)
		}
	}
	return n.fmtr().Table(cols, rows) + js
}

// PolicyTxt renders policy.txt: v1 policy lists, or v2 load balancers.
func (n *Node) PolicyTxt() string {
	var items []any
	for _, lb := range n.LBs {
		if n.Schema == SchemaV2 {
			items = append(items, n.LoadBalancerV2(lb))
		} else {
			items = append(items, n.PolicyListV1(lb))
		}
	}
	return ConvertToJSON(n.jsonStyle(), items)
}

// NamespacesTxt renders namespaces.txt (v2 era): a list, then JSON.
func (n *Node) NamespacesTxt() string {
	var recs [][]KV
	var items []any
	for _, ns := range n.namespaces() {
		var ids []string
		for _, e := range ns.endpoints {
			ids = append(ids, strings.ToLower(e.ID))
			if len(e.Containers) > 0 {
				ids = append(ids, e.Containers[0])
			}
		}
		var idv any = ids
		if len(ids) == 1 {
			idv = ids[0]
		}
		recs = append(recs, []KV{{"ID", ns.id}, {"CompartmentID", fmt.Sprint(ns.compartment)}, {"CompartmentGuid", ns.guid},
			{"Type", ns.typ}, {"EndpointID", idv}})
		items = append(items, n.namespaceV2(ns))
	}
	return n.fmtr().List(recs) + ConvertToJSON(n.jsonStyle(), items)
}

// HnsdiagTxt renders `hnsdiag list all -d`: headings with one JSON object per line.
func (n *Node) HnsdiagTxt() string {
	var b strings.Builder
	b.WriteString("Networks:\n")
	for _, nw := range n.Networks {
		b.WriteString(RenderJSON(JSONCompact, n.NetworkV1(nw, true)) + "\n")
	}
	b.WriteString("\nEndpoints:\n")
	for _, e := range n.Endpoints {
		b.WriteString(RenderJSON(JSONCompact, n.EndpointV1(e)) + "\n")
	}
	b.WriteString("\nNamespaces:\n")
	for _, ns := range n.namespaces() {
		b.WriteString(RenderJSON(JSONCompact, n.namespaceV2(ns)) + "\n")
	}
	b.WriteString("\nLoadBalancers:\n")
	for _, lb := range n.LBs {
		b.WriteString(RenderJSON(JSONCompact, n.PolicyListV1(lb)) + "\n")
	}
	return b.String()
}
