package nodegen

import "net/netip"

// Member is one Windows node of a generated cluster.
type Member struct {
	Name      string
	IP        netip.Addr
	PodSubnet netip.Prefix
	// Tune adjusts the node's options (schema, era) before it is built.
	Tune func(*Options)
}

// controlPlane is the Linux control-plane node every generated cluster has;
// no bundle is written for it.
var controlPlane = RemoteNode{Name: "k8s-cp-0", IP: addr("10.240.0.10"), PodSubnet: pfx("10.244.0.0/24")}

// NewCluster builds the healthy nodes of one cluster, in member order, so
// that their bundles agree: each node knows every other member's IP, pod
// subnet and DR MAC (host routes on l2bridge, RemoteSubnetRoutes on
// overlay) and its web service balances over the web pods of all members.
// A node never routes its own pod subnet, and of two members claiming the
// same subnet the others know only the first. Call Derive on each node.
func NewCluster(o Options, members []Member) []*Node {
	nodes := make([]*Node, 0, len(members))
	for _, m := range members {
		opts := o
		opts.Name, opts.MgmtIP, opts.PodSubnet = m.Name, m.IP, m.PodSubnet
		opts.Peers = peersOf(m, members)
		if m.Tune != nil {
			m.Tune(&opts)
		}
		nodes = append(nodes, NewHealthy(opts))
	}
	return nodes
}

func peersOf(self Member, members []Member) []RemoteNode {
	out := []RemoteNode{controlPlane}
	seen := map[netip.Prefix]bool{self.PodSubnet: true, controlPlane.PodSubnet: true}
	for _, m := range members {
		if m.Name == self.Name || seen[m.PodSubnet] {
			continue
		}
		seen[m.PodSubnet] = true
		out = append(out, RemoteNode{Name: m.Name, IP: m.IP, PodSubnet: m.PodSubnet, Member: true})
	}
	return out
}
