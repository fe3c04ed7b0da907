package analyzer

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/hns"
	"github.com/hnsscope/hnsscope/parser/vfpports"
)

// addPorts attributes every VFP port section to an endpoint, the host vNIC
// or the external adapter, in this order: EndpointPortGuid,
// then MAC (ports.txt), then friendly name.
func (s *Snapshot) addPorts() {
	byPortGUID := map[string]*Endpoint{}
	for _, e := range s.Endpoints {
		if !e.Remote && e.PortGUID != "" && !isZeroGUID(e.PortGUID) {
			byPortGUID[hns.NormalizeGUID(e.PortGUID)] = e
		}
	}
	hostPorts := map[string]*Network{}
	extPorts := map[string]*Network{}
	for _, n := range s.Networks {
		if n.HostVnicPortGUID != "" {
			hostPorts[hns.NormalizeGUID(n.HostVnicPortGUID)] = n
		}
		if n.ExternalPortGUID != "" {
			extPorts[hns.NormalizeGUID(n.ExternalPortGUID)] = n
		}
	}
	infos := map[string]*vfpports.Port{}
	for _, f := range s.Parsed.VFPPorts {
		for _, ip := range f.Ports {
			infos[hns.NormalizeGUID(ip.Name)] = ip
		}
	}
	for _, d := range s.Parsed.VFP {
		if d == nil {
			continue
		}
		for _, vp := range d.Ports {
			p := &Port{Port: vp, File: d.File, Role: RoleUnknown}
			guid := hns.NormalizeGUID(vp.GUID)
			if info := infos[guid]; info != nil {
				p.Info, p.MAC, p.FriendlyName = info, info.MAC, info.FriendlyName
			}
			switch {
			case byPortGUID[guid] != nil:
				s.attach(p, byPortGUID[guid], "EndpointPortGuid")
			case hostPorts[guid] != nil:
				p.Role = RoleHostVNIC
				hostPorts[guid].HostVNIC = p
			case extPorts[guid] != nil:
				p.Role = RoleExternal
				extPorts[guid].External = p
			}
			s.Ports = append(s.Ports, p)
		}
	}
	s.attributeByName()
}

// attributeByName handles ports left unknown: a port named after an
// endpoint ID, or recognised by the friendly names vmswitch gives the host
// vNIC and the external adapter.
func (s *Snapshot) attributeByName() {
	for _, p := range s.Ports {
		if p.Role != RoleUnknown {
			continue
		}
		if e := s.endpointByID[hns.NormalizeGUID(p.FriendlyName)]; e != nil && !e.Remote && e.Port == nil {
			s.attach(p, e, "friendly name")
			continue
		}
		if p.MAC != "" {
			if e := s.uniqueLocalByMAC(p.MAC); e != nil {
				s.attach(p, e, "mac")
				continue
			}
		}
		switch vfpports.RoleOf(p.FriendlyName) {
		case vfpports.RoleHostVNIC:
			p.Role = RoleHostVNIC
		case vfpports.RoleExternal:
			p.Role = RoleExternal
		}
	}
}

func (s *Snapshot) attach(p *Port, e *Endpoint, by string) {
	p.Role, p.Endpoint, p.JoinedBy = RolePod, e, by
	if e.Port == nil {
		e.Port, e.JoinedBy = p, by
	}
}

// uniqueLocalByMAC returns the only local endpoint with mac; a MAC shared
// by several endpoints is not a key.
func (s *Snapshot) uniqueLocalByMAC(mac string) *Endpoint {
	var found *Endpoint
	want := parser.MACKey(mac)
	for _, e := range s.Endpoints {
		if e.Remote || e.MAC == "" || parser.MACKey(e.MAC) != want {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

func isZeroGUID(g string) bool { return strings.Trim(g, "0-{}") == "" }

// OrphanPorts lists pod-looking ports (a GUID friendly name, or a port with
// pod layers) that no endpoint claims.
func (s *Snapshot) OrphanPorts() []*Port {
	var out []*Port
	for _, p := range s.Ports {
		if p.Role == RoleUnknown && (vfpports.RoleOf(p.FriendlyName) == vfpports.RolePod || looksLikePodPort(p)) {
			out = append(out, p)
		}
	}
	return out
}

// looksLikePodPort: pod ports carry the per-pod OutBoundNAT or DSR layers.
func looksLikePodPort(p *Port) bool {
	for _, r := range p.Rules("SLB_NAT", "") {
		if strings.Contains(strings.ToUpper(r.Rule.Name()), "OUTBOUNDNAT") {
			return true
		}
	}
	return false
}

func (s *Snapshot) pickPodNetwork() {
	best, bestCount := (*Network)(nil), -1
	for _, n := range s.Networks {
		if !n.IsMode("l2bridge") && !n.IsMode("overlay") {
			continue
		}
		count := 0
		for _, e := range n.Endpoints {
			if !e.Remote {
				count++
			}
		}
		// The pre-created "External" network only keeps the vSwitch alive;
		// it is the pod network only when pods sit on it (Calico in rke2).
		if count == 0 && strings.EqualFold(n.Name, "External") {
			continue
		}
		if count > bestCount || (count == bestCount && s.configNames(n.Name)) {
			best, bestCount = n, count
		}
	}
	s.PodNetwork = best
	if best == nil {
		return
	}
	s.Mode = strings.ToLower(best.Type)
	s.ManagementIP, _ = netip.ParseAddr(strings.TrimSpace(best.ManagementIP))
	s.DRMAC = best.DRMAC
}

func (s *Snapshot) configNames(name string) bool {
	for _, c := range s.Configs {
		if c.NetworkName.Set() && strings.EqualFold(c.NetworkName.Value, name) {
			return true
		}
	}
	return false
}
