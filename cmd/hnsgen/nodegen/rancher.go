package nodegen

import (
	"fmt"
	"strings"
)

func (n *Node) rancherFiles() []File {
	if !n.derivedDone {
		n.Derive()
	}
	enc := func(p, text string) File { return File{Path: "./" + p, Data: Encode(EncUTF8BOM, CRLF(text))} }
	var netItems, epItems, detItems []any
	var netRows [][]string
	var epRecs [][]KV
	for _, nw := range n.Networks {
		netItems = append(netItems, n.NetworkV1(nw, false))
		detItems = append(detItems, n.NetworkV1(nw, true))
		netRows = append(netRows, []string{nw.Name, nw.Type, nw.ID, ""})
	}
	for _, e := range n.Endpoints {
		epItems = append(epItems, n.EndpointV1(e))
		remote := ""
		if e.Remote {
			remote = "True"
		}
		encap := ""
		if e.EncapOverhead > 0 {
			encap = fmt.Sprint(e.EncapOverhead)
		}
		epRecs = append(epRecs, []KV{{"IpAddress", e.IP.String()}, {"VirtualNetworkName", e.Network.Name}, {"IsRemoteEndpoint", remote},
			{"State", fmt.Sprint(e.State)}, {"EncapOverhead", encap}, {"SharedContainers", e.Containers}})
	}
	var pols []any
	for _, lb := range n.LBs {
		pols = append(pols, n.PolicyListV1(lb))
	}
	f := Formatter{Ellipsis: "..."}
	routes := n.RoutesTxt()
	ipv4 := routes[strings.Index(routes, "IPv4 Route Table"):strings.Index(routes, "\nIPv6 Route Table")]
	fs := []File{
		enc("network/hns/network.txt", f.Table([]Column{{Header: "Name"}, {Header: "Type"}, {Header: "Id"}, {Header: "AddressPrefix"}}, netRows)+ConvertToJSON(JSONPS51, netItems)),
		enc("network/hns/networkdetailed.txt", ConvertToJSON(JSONPS51, detItems)),
		enc("network/hns/endpoint.txt", f.List(epRecs)+ConvertToJSON(JSONPS51, epItems)),
		enc("network/hns/policy.txt", ConvertToJSON(JSONPS51, pols)),
		enc("network/hnsdiaglistall", n.HnsdiagTable()),
		enc("network/vfpports.txt", vmswitchPorts(n.PortsTxt())),
		enc("network/ipconfigall.txt", n.IPConfigTxt()),
		enc("network/ipv4routes.txt", eqLine+"Interface List\n"+eqLine+"\n"+ipv4),
		enc("network/networkadapter", n.NetAdapterTxt()),
		enc("network/ipv4subinterfaces", n.SubinterfacesTxt()),
	}
	fs = append(fs, n.rancherComponents()...)
	return fs
}

// vmswitchPorts cuts ports.txt after the list-vmswitch-port output, the
// part Rancher collects.
func vmswitchPorts(ports string) string {
	const done = "Command list-vmswitch-port succeeded!\n"
	return ports[:strings.Index(ports, done)+len(done)]
}

// HnsdiagTable renders `hnsdiag list all` without -d (the table form).
func (n *Node) HnsdiagTable() string {
	var b strings.Builder
	b.WriteString("Networks:\nName             ID\n")
	for _, nw := range n.Networks {
		fmt.Fprintf(&b, "%-16s %s\n", nw.Name, nw.ID)
	}
	b.WriteString("\nEndpoints:\nName             ID                                   Virtual Network Name\n")
	for _, e := range n.Endpoints {
		fmt.Fprintf(&b, "%-16s %s %s\n", e.Name, strings.ToLower(e.ID), e.Network.Name)
	}
	b.WriteString("\nNamespaces:\nID                                   | Endpoint IDs\n")
	for _, ns := range n.namespaces() {
		var ids []string
		for _, e := range ns.endpoints {
			ids = append(ids, strings.ToLower(e.ID))
		}
		fmt.Fprintf(&b, "%s | %s\n", strings.ToLower(ns.id), strings.Join(ids, " "))
	}
	b.WriteString("\nLoadBalancers:\nID                                   | Virtual IPs      | Direct IP IDs\n")
	for _, lb := range n.LBs {
		var ids []string
		for _, id := range lb.Backends {
			ids = append(ids, strings.ToLower(id))
		}
		fmt.Fprintf(&b, "%s |  %-15s | %s\n", strings.ToLower(lb.ID), lb.VIP, strings.Join(ids, " "))
	}
	return b.String()
}

func (n *Node) rancherComponents() []File {
	t := n.CollectedAt()
	kp := Klog(t, 'I', 5036, "server_windows.go:114", `"Using winkernel proxy"`) + "\n" +
		Klog(t, 'I', 5036, "proxier.go:655", fmt.Sprintf(`"Hns Network" networkName="%s" networkType="%s"`, n.PodNetwork().Name, n.PodNetwork().Type)) + "\n"
	kl := Klog(t, 'I', 4488, "server.go:487", `"Kubelet version" kubeletVersion="v1.28.14+rke2r1"`) + "\n"
	cni := File{Path: "./config/cni/net-conf.json", Data: Encode(EncUTF8BOM,
		fmt.Sprintf(`{"Network":"%s","Backend":{"Type":"vxlan","VNI":%d,"Port":4789}}`, n.Cluster.ClusterCIDR, n.Cluster.VNI)+"\r\n")}
	if n.CalicoCNI {
		cni = File{Path: "./config/cni/10-calico.conflist", Data: Encode(EncUTF8BOM, RenderJSON(JSONPS7, n.calicoConfig())+"\r\n")}
	}
	return []File{
		{Path: "./k8s/components/kube-proxy.log", Data: []byte(kp)},
		{Path: "./k8s/components/kubelet.log", Data: []byte(kl)},
		cni,
	}
}

// calicoConfig is the Calico VXLAN CNI configuration rke2 writes; its
// template sends the service route as SDNROUTE with flat fields.
func (n *Node) calicoConfig() Obj {
	svc := n.Cluster.ServiceCIDR.String()
	return Obj{
		{"name", n.PodNetwork().Name}, {"cniVersion", "0.3.1"},
		{"plugins", Arr{Obj{
			{"type", "calico"}, {"mode", "vxlan"}, {"vxlan_mac_prefix", "0E-2A"}, {"vxlan_vni", n.Cluster.VNI},
			{"policy", Obj{{"type", "k8s"}}}, {"log_level", "info"}, {"capabilities", Obj{{"dns", true}}},
			{"DNS", Obj{{"Nameservers", Arr{n.Cluster.DNSIP.String()}}, {"Search", Arr{"svc.cluster.local"}}}},
			{"datastore_type", "kubernetes"}, {"ipam", Obj{{"type", "calico-ipam"}, {"subnet", "usePodCidr"}}},
			{"policies", Arr{
				Obj{{"Name", "EndpointPolicy"}, {"Value", Obj{{"Type", "OutBoundNAT"}, {"ExceptionList", Arr{n.Cluster.ClusterCIDR.String(), svc}}}}},
				Obj{{"Name", "EndpointPolicy"}, {"Value", Obj{{"Type", "SDNROUTE"}, {"DestinationPrefix", svc}, {"NeedEncap", true}}}},
			}},
		}}},
	}
}
