package nodegen

// PortRole tells which kind of vmswitch port a VFP port is.
type PortRole int

const (
	RoleExternal PortRole = iota // the physical NIC port, friendly name ExternalPort
	RoleHostVnic                 // a host vNIC, friendly name "Container NIC xxxxxxxx"
	RolePod                      // a local endpoint's port, friendly name = endpoint ID
	RoleForeign                  // a port of another vSwitch
)

// VfpPort is one vmswitch port with its VFP state.
type VfpPort struct {
	Name           string // port GUID
	Friendly       string
	Switch         string
	SwitchFriendly string
	PortID         int
	PortType       string
	MAC            string
	NICName        string
	NICFriendly    string
	MTU            int
	Role           PortRole
	Endpoint       *Endpoint // pod and host-attached endpoint ports
	Layers         []*Layer
	Blocked        bool
	StateError     string // vfpctrl ERROR: text instead of get-port-state
	NatRanges      []NatRange
	Mappings       []Mapping // overlay CA→PA
	Stats          PortStats
}

// NatRange is one list-nat-range entry.
type NatRange struct {
	IP         string
	Start, End int
	Protocol   string
}

// Mapping is one list-mapping CA→PA entry.
type Mapping struct {
	CA, PA, MAC string
	VSID        int
}

// PortStats are the ports.txt statistics and get-port-counter numbers.
type PortStats struct {
	BytesSent, BytesReceived, PacketsSent, PacketsReceived uint64
	IngressDrops, EgressDrops                              uint64
	DropReason                                             string
}

// Layer is a VFP layer.
type Layer struct {
	Name     string
	Priority int
	Flags    string
	Groups   []*Group
}

// Group is a VFP group.
type Group struct {
	Name      string
	Priority  int
	Direction string
	Type      string
	Rules     []*Rule
}

// Rule is a VFP rule.
type Rule struct {
	ID                                      string
	Name                                    string // Friendly name
	Priority                                int
	Flags                                   string
	Type                                    string
	Conds                                   []KV // label → string value
	Data                                    []string
	Modify                                  []KV
	Encap                                   []string
	Matched, Dropped, Pending, DroppedFlows uint64
}

// Layer returns the named layer of the port, or nil.
func (p *VfpPort) Layer(name string) *Layer {
	for _, l := range p.Layers {
		if l.Name == name {
			return l
		}
	}
	return nil
}

// Group returns the named group of the layer, or nil.
func (l *Layer) Group(name string) *Group {
	if l == nil {
		return nil
	}
	for _, g := range l.Groups {
		if g.Name == name {
			return g
		}
	}
	return nil
}

// RemoveRules deletes the rules of every group of the port that satisfy
// match and returns how many were removed.
func (p *VfpPort) RemoveRules(match func(*Rule) bool) int {
	n := 0
	for _, l := range p.Layers {
		for _, g := range l.Groups {
			kept := g.Rules[:0]
			for _, r := range g.Rules {
				if match(r) {
					n++
					continue
				}
				kept = append(kept, r)
			}
			g.Rules = kept
		}
	}
	return n
}

// FindRule returns the first rule of the port satisfying match.
func (p *VfpPort) FindRule(match func(*Rule) bool) (*Group, *Rule) {
	for _, l := range p.Layers {
		for _, g := range l.Groups {
			for _, r := range g.Rules {
				if match(r) {
					return g, r
				}
			}
		}
	}
	return nil, nil
}
