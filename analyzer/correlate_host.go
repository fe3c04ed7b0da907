package analyzer

import (
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/routes"
)

// addHost joins ipconfig adapters to endpoints by IPv4 address (pod
// adapters sit in the pod's compartment, the l2bridge host endpoint in
// compartment 1) and collects routes, services and the OS version.
func (s *Snapshot) addHost() {
	for _, cfg := range s.Parsed.IPConfig {
		if cfg == nil {
			continue
		}
		for ci := range cfg.Compartments {
			c := &cfg.Compartments[ci]
			for ai := range c.Adapters {
				a := &Adapter{Adapter: &c.Adapters[ai], File: c.Pos.File, Compartment: c.ID}
				s.Adapters = append(s.Adapters, a)
				s.joinAdapter(a)
				s.noteHostVNIC(a)
			}
		}
	}
	for _, t := range s.Parsed.Routes {
		if t != nil {
			s.Routes = append(s.Routes, t.Routes...)
		}
	}
	s.Services = s.Parsed.Services
	s.Winver = s.Parsed.Winver
}

func (s *Snapshot) joinAdapter(a *Adapter) {
	for _, ip := range a.IPv4Addrs() {
		for _, e := range s.endpointsByIP[ip] {
			if e.Remote || e.Adapter != nil {
				continue
			}
			a.Endpoint, e.Adapter = e, a
			return
		}
	}
}

// HostRoutes returns the IPv4 routes of the host compartment: route print
// rows, and Get-NetRoute rows of compartment 1 or of an interface that is
// not a pod adapter.
func (s *Snapshot) HostRoutes() []routes.Route {
	podIf := map[int]bool{}
	for _, a := range s.Adapters {
		if a.Compartment != routes.HostCompartment && a.IfIndex != 0 {
			podIf[a.IfIndex] = true
		}
	}
	var out []routes.Route
	for _, r := range s.Routes {
		if !r.Destination.IsValid() || !r.Destination.Addr().Is4() {
			continue
		}
		if r.Compartment == routes.HostCompartment || (r.Compartment == 0 && !podIf[r.IfIndex]) {
			out = append(out, r)
		}
	}
	return out
}

// AdapterByIfIndex finds an adapter by its host-global interface index.
func (s *Snapshot) AdapterByIfIndex(idx int) *Adapter {
	for _, a := range s.Adapters {
		if idx != 0 && a.IfIndex == idx {
			return a
		}
	}
	return nil
}

// CompartmentRoutes returns the routes of a pod compartment: Get-NetRoute
// rows of its adapters' interfaces.
func (s *Snapshot) CompartmentRoutes(a *Adapter) []routes.Route {
	var out []routes.Route
	for _, r := range s.Routes {
		if (r.Compartment == a.Compartment || r.Compartment == 0) && r.IfIndex != 0 && r.IfIndex == a.IfIndex {
			out = append(out, r)
		}
	}
	return out
}

func (s *Snapshot) noteHostVNIC(a *Adapter) {
	if s.HostMAC != "" || !s.ManagementIP.IsValid() || a.MAC == "" {
		return
	}
	for _, ip := range a.IPv4Addrs() {
		if ip == s.ManagementIP {
			s.HostMAC = hns.NormalizeMAC(a.MAC)
		}
	}
}
