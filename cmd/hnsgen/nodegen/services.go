package nodegen

import (
	"fmt"
	"net/netip"
)

// service is a Kubernetes service port that kube-proxy turns into load balancers.
type service struct {
	name     string
	vip      string // "" = NodePort
	proto    int
	port     int
	target   int
	backends []string // backend IPs
}

func (n *Node) healthyServices() []service {
	coredns, web := Nth(n.PodSubnet, 3).String(), Nth(n.PodSubnet, webPodHost).String()
	dnsBackends := []string{coredns, "10.244.0.5"}
	webBackends := []string{web, "10.244.2.7"}
	if members := n.memberPeers(); len(members) > 0 {
		webBackends = []string{web}
		for _, r := range members {
			webBackends = append(webBackends, Nth(r.PodSubnet, webPodHost).String())
		}
	}
	return []service{
		{"default/kubernetes:https", "10.96.0.1", 6, 443, 6443, []string{"10.240.0.10"}},
		{"kube-system/kube-dns:dns", n.Cluster.DNSIP.String(), 17, 53, 53, dnsBackends},
		{"kube-system/kube-dns:dns-tcp", n.Cluster.DNSIP.String(), 6, 53, 53, dnsBackends},
		{"kube-system/kube-dns:metrics", n.Cluster.DNSIP.String(), 6, 9153, 9153, dnsBackends},
		{"default/web:http", "10.101.14.20", 6, 80, 8080, webBackends},
		{"default/web:http (NodePort)", "", 6, 30080, 8080, webBackends},
	}
}

// webPodHost is the host number of the web pod in every healthy pod subnet
// (.3 coredns, .4 web, .5 client).
const webPodHost = 4

func (n *Node) memberPeers() []RemoteNode {
	var out []RemoteNode
	for _, r := range n.RemoteNodes {
		if r.Member {
			out = append(out, r)
		}
	}
	return out
}

func (n *Node) addServices() {
	for _, s := range n.healthyServices() {
		n.AddService(s.name, s.vip, s.proto, s.port, s.target, s.backends)
	}
}

// AddService adds the load balancer kube-proxy creates for one service port,
// creating remote endpoints for backends that are not local pods (and, on
// overlay, the service-VIP remote endpoint).
func (n *Node) AddService(name, vip string, proto, port, target int, backends []string) *LoadBalancer {
	lb := &LoadBalancer{
		ID:      GUID(n.Name, "lb", name, vip, fmt.Sprint(proto, port)),
		Service: name, VIP: vip, Protocol: proto, InternalPort: target, ExternalPort: port,
		DSR: n.Schema == SchemaV2 && vip != "", NodePort: vip == "", State: 2,
		NetworkID: n.PodNetwork().ID,
	}
	if n.Mode == Overlay {
		lb.SourceVIP = n.SourceVIP.String()
	}
	for _, b := range backends {
		ep := n.Endpoint(b)
		if ep == nil {
			ep = n.AddRemote(netip.MustParseAddr(b))
		}
		lb.Backends = append(lb.Backends, ep.ID)
	}
	if n.Mode == Overlay && vip != "" {
		n.AddRemote(netip.MustParseAddr(vip))
	}
	n.LBs = append(n.LBs, lb)
	return lb
}

func defaultServices() []WinService {
	return []WinService{
		{Name: "containerd", Display: "containerd container runtime", Running: true, PID: 2716},
		{Name: "hns", Display: "Host Network Service", Running: true, PID: 3120},
		{Name: "kubelet", Display: "kubelet", Running: true, PID: 4488},
		{Name: "kubeproxy", Display: "kubeproxy", Running: true, PID: 5036},
		{Name: "tcpip", Display: "TCP/IP Protocol Driver", Running: true, Kernel: true},
		{Name: "vfpext", Display: "Microsoft Azure VFP Switch Extension", Running: true, Kernel: true},
	}
}

// Service returns the Windows service with the given name, or nil.
func (n *Node) Service(name string) *WinService {
	for i := range n.Services {
		if n.Services[i].Name == name {
			return &n.Services[i]
		}
	}
	return nil
}

func defaultHotFixes(build int) []HotFix {
	switch build {
	case 16299:
		return []HotFix{
			{"Update", "KB4049011", "11/14/2017 12:00:00 AM"},
			{"Security Update", "KB4054517", "12/12/2017 12:00:00 AM"},
		}
	case 20348:
		return []HotFix{
			{"Update", "KB5044024", "10/8/2024 12:00:00 AM"},
			{"Security Update", "KB5044281", "10/8/2024 12:00:00 AM"},
		}
	}
	return []HotFix{
		{"Update", "KB5044089", "10/8/2024 12:00:00 AM"},
		{"Security Update", "KB5044277", "10/8/2024 12:00:00 AM"},
	}
}
