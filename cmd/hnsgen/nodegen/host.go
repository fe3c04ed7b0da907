package nodegen

import "net/netip"

// Iface is one network interface of the host or of a pod compartment.
type Iface struct {
	Index       int
	Alias       string // InterfaceAlias / adapter name
	Desc        string
	MAC         string // dashed upper-case; "" for loopback
	IP          netip.Addr
	PrefixLen   int
	Gateway     netip.Addr
	IP6         netip.Addr // dual-stack pods: global IPv6 address and gateway
	Gateway6    netip.Addr
	DNS         []string
	DNSSuffix   string
	Compartment int
	DHCP        bool
	MTU         int
	Metric      int
	LinkLocal   string
	Physical    bool // the NIC bound to the vSwitch: no IP, netadapter only
	Loopback    bool
	Endpoint    *Endpoint
}

// Route is one IPv4 route (Get-NetRoute row; route print in the host compartment).
type Route struct {
	IfIndex int
	Dest    netip.Prefix
	NextHop netip.Addr // 0.0.0.0 = on-link
	Metric  int
	Store   string // ActiveStore / PersistentStore
}

// Iface returns the interface with the given index, or nil.
func (n *Node) Iface(index int) *Iface {
	for _, i := range n.Ifaces {
		if i.Index == index {
			return i
		}
	}
	return nil
}

// HostVnic returns the management host vNIC ("vEthernet (<NIC>)").
func (n *Node) HostVnic() *Iface {
	for _, i := range n.Ifaces {
		if i.Alias == "vEthernet ("+n.NICName+")" {
			return i
		}
	}
	return nil
}

// Endpoint returns the endpoint with the given IP (local first), or nil.
func (n *Node) Endpoint(ip string) *Endpoint {
	var remote *Endpoint
	for _, e := range n.Endpoints {
		if e.IP.String() == ip {
			if !e.Remote {
				return e
			}
			remote = e
		}
	}
	return remote
}

// EndpointByPod returns the endpoint of the named pod, or nil.
func (n *Node) EndpointByPod(pod string) *Endpoint {
	for _, e := range n.Endpoints {
		if e.PodName == pod {
			return e
		}
	}
	return nil
}

// PodNetwork returns the network carrying the pods (cbr0 / vxlan0).
func (n *Node) PodNetwork() *Network {
	for _, nw := range n.Networks {
		if nw.Type == "L2Bridge" || nw.Type == "Overlay" || nw.Type == "l2bridge" {
			if !nw.KeepAlive {
				return nw
			}
		}
	}
	// Without a pod network, kube-proxy and HNS fall back to the keep-alive network.
	for _, nw := range n.Networks {
		if nw.KeepAlive {
			return nw
		}
	}
	return nil
}

// Network returns the network with the given name, or nil.
func (n *Node) Network(name string) *Network {
	for _, nw := range n.Networks {
		if nw.Name == name {
			return nw
		}
	}
	return nil
}

// Port returns the VFP port of an endpoint, or nil.
func (n *Node) Port(ep *Endpoint) *VfpPort {
	for _, p := range n.Ports {
		if p.Endpoint == ep {
			return p
		}
	}
	return nil
}

// HostVnicPort returns the VFP port of the management host vNIC.
func (n *Node) HostVnicPort() *VfpPort {
	for _, p := range n.Ports {
		if p.Role == RoleHostVnic && p.Endpoint == nil && p.SwitchFriendly != "nat" {
			return p
		}
	}
	return nil
}

// ExternalVfpPort returns the external NIC port.
func (n *Node) ExternalVfpPort() *VfpPort {
	for _, p := range n.Ports {
		if p.Role == RoleExternal {
			return p
		}
	}
	return nil
}

// LocalPods returns the local pod endpoints (not the host-attached bridge
// endpoint, not the overlay source-VIP endpoint).
func (n *Node) LocalPods() []*Endpoint {
	var out []*Endpoint
	for _, e := range n.Endpoints {
		if !e.Remote && !e.HostAttached && e.PodName != "" {
			out = append(out, e)
		}
	}
	return out
}
