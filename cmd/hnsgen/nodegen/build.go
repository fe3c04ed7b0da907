package nodegen

import "net/netip"

// Options select the variant of a healthy node.
type Options struct {
	Name     string
	Mode     Mode
	Schema   Schema
	Era      Era
	Encoding Encoding
	Layout   Layout
	VFP      VFPCommands
	Build    int
	// MgmtIP, PodSubnet and Peers place the node in a generated cluster
	// (see NewCluster); zero values keep the single-node defaults. The
	// peers' DR MACs are derived from their names.
	MgmtIP    netip.Addr
	PodSubnet netip.Prefix
	Peers     []RemoteNode
}

var (
	pfx  = netip.MustParsePrefix
	addr = netip.MustParseAddr
)

// NewHealthy builds a healthy node: networks, local and remote endpoints,
// kube-proxy load balancers and Windows services. Call Derive afterwards.
func NewHealthy(o Options) *Node {
	n := &Node{
		Name: o.Name, Mode: o.Mode, Schema: o.Schema, Era: o.Era, Encoding: o.Encoding,
		Layout: o.Layout, VFP: o.VFP, Build: o.Build, Time: "2024-11-18 14:32:07",
		Cluster: Cluster{
			ClusterCIDR: pfx("10.244.0.0/16"), ServiceCIDR: pfx("10.96.0.0/12"),
			DNSIP: addr("10.96.0.10"), VNI: 4096,
		},
		MgmtIP: addr("10.240.0.4"), NodeSubnet: pfx("10.240.0.0/16"), NodeGW: addr("10.240.0.1"),
		HostMAC: "00-0D-3A-" + macTail(o.Name, "hostmac"), NICName: "Ethernet 2",
		PodSubnet: pfx("10.244.1.0/24"),
		RemoteNodes: []RemoteNode{
			controlPlane,
			{Name: "win-node-2", IP: addr("10.240.0.5"), PodSubnet: pfx("10.244.2.0/24")},
			{Name: "win-node-3", IP: addr("10.240.0.6"), PodSubnet: pfx("10.244.3.0/24")},
		},
		SkipFiles: map[string]bool{},
	}
	if n.Build == 0 {
		n.Build = 17763
	}
	if o.MgmtIP.IsValid() {
		n.MgmtIP = o.MgmtIP
	}
	if o.PodSubnet.IsValid() {
		n.PodSubnet = o.PodSubnet
	}
	if o.Peers != nil {
		n.RemoteNodes = append([]RemoteNode(nil), o.Peers...)
	}
	for i := range n.RemoteNodes {
		n.RemoteNodes[i].DRMAC = PoolMAC(n.RemoteNodes[i].Name, "drmac")
	}
	n.DRMAC = PoolMAC(o.Name, "drmac")
	n.HotFixes = defaultHotFixes(n.Build)
	n.addNetworks()
	n.addLocalEndpoints()
	n.addServices()
	n.Services = defaultServices()
	return n
}

func (n *Node) addNetworks() {
	podName, podType := "cbr0", "L2Bridge"
	if n.Mode == Overlay {
		podName, podType = "vxlan0", "Overlay"
	}
	pod := &Network{
		ID: GUID(n.Name, "net", podName), Name: podName, Type: podType,
		Prefix: n.PodSubnet, Gateway: Nth(n.PodSubnet, 1), MgmtIP: n.MgmtIP,
		AdapterName: n.NICName, SourceMac: n.HostMAC,
		MacPool:      [2]string{"00-15-5D-52-C0-00", "00-15-5D-52-CF-FF"},
		HostVnicPort: GUID(n.Name, "port", "hostvnic"), ExternalPort: GUID(n.Name, "port", "external"),
	}
	ext := &Network{
		ID: GUID(n.Name, "net", "External"), Name: "External", Type: podType,
		Prefix: pfx("192.168.255.0/30"), Gateway: addr("192.168.255.1"), MgmtIP: n.MgmtIP,
		AdapterName: n.NICName, SourceMac: n.HostMAC, MacPool: pod.MacPool,
		HostVnicPort: pod.HostVnicPort, ExternalPort: pod.ExternalPort, KeepAlive: true,
	}
	if n.Mode == Overlay {
		pod.VSID, pod.DRMAC, pod.Flags, pod.HostRoute = n.Cluster.VNI, n.DRMAC, 8, true
		ext.VSID, ext.DRMAC = 9999, n.DRMAC
		for _, r := range n.RemoteNodes {
			pod.RSRs = append(pod.RSRs, RemoteSubnetRoute{Prefix: r.PodSubnet, VNI: n.Cluster.VNI, PA: r.IP, DRMAC: r.DRMAC})
		}
	}
	nat := &Network{
		ID: GUID(n.Name, "net", "nat"), Name: "nat", Type: "NAT",
		Prefix: pfx("172.28.96.0/20"), Gateway: addr("172.28.96.1"),
		MacPool:      [2]string{"00-15-5D-1A-20-00", "00-15-5D-1A-2F-FF"},
		HostVnicPort: GUID(n.Name, "port", "natvnic"),
	}
	n.Networks = []*Network{nat, ext, pod}
}

// pods of the healthy node, in endpoint creation order.
var healthyPods = []struct{ name, ns string }{
	{"coredns-7db6d8ff4d-x2kqv", "kube-system"},
	{"web-5d8f7c9b6-4htzp", "default"},
	{"client-6c9f8d7b5-q8wlm", "default"},
}

func (n *Node) addLocalEndpoints() {
	nw := n.PodNetwork()
	if n.Mode == L2Bridge {
		ep := n.newLocal(nw, Nth(n.PodSubnet, 2), "cbr0_ep", "")
		ep.HostAttached, ep.Compartment, ep.Containers, ep.Policies = true, 1, nil, nil
		ep.Gateway = Nth(n.PodSubnet, 1)
		ep.DNSServers, ep.DNSSuffix = nil, nil
	} else {
		n.SourceVIP = Nth(n.PodSubnet, 2)
		ep := n.newLocal(nw, n.SourceVIP, "Ethernet", "")
		// kube-proxy creates the source-VIP endpoint but never attaches it to
		// a container: it stays Created (1) and has no vmswitch port.
		ep.MAC, ep.Compartment, ep.Containers, ep.State, ep.PortGUID = ColonMAC(n.HostMAC), 0, nil, 1, ""
		ep.DNSServers, ep.DNSSuffix = nil, nil
		ep.Policies = []Policy{{Kind: PolPA, PA: n.MgmtIP.String()}}
	}
	for i, p := range healthyPods {
		n.newPod(nw, Nth(n.PodSubnet, 3+i), 2+i, p.name, p.ns)
	}
}

// newPod adds the endpoint of pod name in namespace ns, with its sandbox
// and app containers, in its own compartment.
func (n *Node) newPod(nw *Network, ip netip.Addr, compartment int, name, ns string) *Endpoint {
	sandbox := Hex(64, n.Name, "sandbox", name)
	ep := n.newLocal(nw, ip, sandbox+"_"+nw.Name, name)
	ep.Compartment = compartment
	ep.Containers = []string{sandbox, Hex(64, n.Name, "container", name)}
	ep.DNSSuffix = []string{ns + ".svc.cluster.local", "svc.cluster.local", "cluster.local"}
	return ep
}

func (n *Node) newLocal(nw *Network, ip netip.Addr, name, pod string) *Endpoint {
	ep := &Endpoint{
		ID: GUID(n.Name, "ep", ip.String()), Name: name, Network: nw, IP: ip,
		PrefixLen: 24, State: 3, PodName: pod,
		PortGUID:   GUID(n.Name, "port", ip.String()),
		DNSServers: []string{n.Cluster.DNSIP.String()},
	}
	ep.NamespaceID = GUID(n.Name, "ns", ip.String())
	if n.Mode == L2Bridge {
		ep.MAC = PoolMAC(n.Name, "mac", ip.String())
		ep.Gateway = Nth(n.PodSubnet, 2)
		ep.Policies = []Policy{
			{Kind: PolOutBoundNAT, Exceptions: []string{n.Cluster.ClusterCIDR.String(), n.Cluster.ServiceCIDR.String(), n.NodeSubnet.String()}},
			{Kind: PolRoute, Dest: n.Cluster.ServiceCIDR.String(), NeedEncap: true},
			{Kind: PolRoute, Dest: n.MgmtIP.String() + "/32", NeedEncap: true},
		}
	} else {
		ep.MAC = IPMAC("0E-2A", ip)
		ep.Gateway = Nth(n.PodSubnet, 1)
		ep.EncapOverhead = 50
		ep.Policies = []Policy{
			{Kind: PolOutBoundNAT, Exceptions: []string{n.Cluster.ClusterCIDR.String(), n.Cluster.ServiceCIDR.String()}},
			{Kind: PolRoute, Dest: n.Cluster.ServiceCIDR.String(), NeedEncap: true},
			{Kind: PolPA, PA: n.MgmtIP.String()},
		}
	}
	n.Endpoints = append(n.Endpoints, ep)
	return ep
}

// AddRemote adds (or returns the existing) remote endpoint for ip.
func (n *Node) AddRemote(ip netip.Addr) *Endpoint {
	for _, e := range n.Endpoints {
		if e.Remote && e.IP == ip {
			return e
		}
	}
	nw := n.PodNetwork()
	ep := &Endpoint{
		ID: GUID(n.Name, "remote", ip.String()), Name: "Ethernet", Network: nw, IP: ip,
		PrefixLen: 24, State: 1, Remote: true,
	}
	if n.Mode == L2Bridge {
		ep.MAC = IPMAC("02-11", ip)
		ep.Policies = []Policy{{Kind: PolL2Driver}}
	} else {
		pa := n.MgmtIP
		for _, r := range nw.RSRs {
			if r.Prefix.Contains(ip) {
				pa = r.PA
			}
		}
		if n.Cluster.ServiceCIDR.Contains(ip) {
			ep.MAC = ColonMAC(n.HostMAC)
		} else {
			ep.MAC = IPMAC("02-11", ip)
		}
		ep.EncapOverhead = 50
		ep.Policies = []Policy{{Kind: PolPA, PA: pa.String()}}
	}
	n.Endpoints = append(n.Endpoints, ep)
	return ep
}

// AddPod adds a local pod endpoint with the next free address of the pod subnet.
func (n *Node) AddPod(name, ns string) *Endpoint {
	nw, used := n.PodNetwork(), 0
	for _, e := range n.Endpoints {
		if !e.Remote && n.PodSubnet.Contains(e.IP) {
			used++
		}
	}
	return n.newPod(nw, Nth(n.PodSubnet, 2+used), 2+used, name, ns)
}
