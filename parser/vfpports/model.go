package vfpports

// File is the parsed content of ports.txt (or Rancher's vfpports.txt,
// which has only the port list).
type File struct {
	File  string  `json:"file"`
	Ports []*Port `json:"ports"`
	// Counters are the per-port "Get-port-counter for port:" blocks.
	Counters []*PortCounters `json:"counters,omitempty"`
	// Terminated reports "Command list-vmswitch-port succeeded!".
	Terminated bool       `json:"terminated"`
	Errors     []TextLine `json:"errors,omitempty"`
}

// TextLine is a line kept verbatim with its number.
type TextLine struct {
	Line int    `json:"line"`
	Text string `json:"text"`
}

// Port is one /list-vmswitch-port block. Fields are found by key, never by
// position: which keys appear, and in which order, varies by build.
type Port struct {
	Line    int `json:"line"`
	EndLine int `json:"endLine"`
	// Name is the vmswitch/VFP port name (a GUID), the key of the port's
	// section in vfpOutput.txt.
	Name               string `json:"name"`
	FriendlyName       string `json:"friendlyName,omitempty"`
	SwitchName         string `json:"switchName,omitempty"`
	SwitchFriendlyName string `json:"switchFriendlyName,omitempty"`
	PortID             int    `json:"portId"`
	Type               string `json:"type,omitempty"`
	NICName            string `json:"nicName,omitempty"`
	NICFriendlyName    string `json:"nicFriendlyName,omitempty"`
	MTU                int    `json:"mtu,omitempty"`
	// MAC is normalised (lower-case hex, no separators); MACRaw as printed.
	MAC    string `json:"mac,omitempty"`
	MACRaw string `json:"macRaw,omitempty"`
	VMName string `json:"vmName,omitempty"`
	VMID   string `json:"vmId,omitempty"`
	// State, MACLearning and NICState come from the sentence lines
	// "Port is Enabled.", "MAC Learning is Disabled.", "NIC is Connected.".
	State       string `json:"state,omitempty"`
	MACLearning string `json:"macLearning,omitempty"`
	NICState    string `json:"nicState,omitempty"`
	// Stats are the numeric "key : number" lines (VMQ weight, byte and
	// packet counts, drop totals...).
	Stats []Stat `json:"stats,omitempty"`
	// Drops are the three-part "Ingress packet drops : <reason> : <count>"
	// lines.
	Drops []Drop `json:"drops,omitempty"`
	// Other holds key/value lines with a non-numeric value that are not
	// modelled; Sentences the other lines without a colon.
	Other     []Attr     `json:"other,omitempty"`
	Sentences []TextLine `json:"sentences,omitempty"`
}

// Stat is a numeric port attribute.
type Stat struct {
	Name  string `json:"name"`
	Value uint64 `json:"value"`
	Line  int    `json:"line"`
}

// Stat returns the value of a statistic, compared without case and spaces.
func (p *Port) Stat(name string) (uint64, bool) {
	want := normKey(name)
	for _, s := range p.Stats {
		if normKey(s.Name) == want {
			return s.Value, true
		}
	}
	return 0, false
}

// Drop is a per-reason drop count.
type Drop struct {
	// Direction is "Ingress" or "Egress" as printed.
	Direction string `json:"direction"`
	Reason    string `json:"reason"`
	Count     uint64 `json:"count"`
	Line      int    `json:"line"`
}

// Attr is a key/value line kept verbatim.
type Attr struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Line  int    `json:"line"`
}

// PortCounters is the get-port-counter output of one port.
type PortCounters struct {
	Port       string      `json:"port"`
	Line       int         `json:"line"`
	EndLine    int         `json:"endLine"`
	Error      string      `json:"error,omitempty"`
	Terminated bool        `json:"terminated"`
	Directions []Direction `json:"directions,omitempty"`
}

// Direction is the "Direction - OUT" or "Direction - IN" part of a counter
// block.
type Direction struct {
	// Name is "OUT" or "IN" ("" for counters printed before any heading).
	Name     string    `json:"name"`
	Line     int       `json:"line"`
	Counters []Counter `json:"counters"`
}

// Counter is one "label : number" line.
type Counter struct {
	Label string `json:"label"`
	Value uint64 `json:"value"`
	Line  int    `json:"line"`
}

// Get returns a counter by label, compared without case and spaces.
func (d Direction) Get(label string) (uint64, bool) {
	want := normKey(label)
	for _, c := range d.Counters {
		if normKey(c.Label) == want {
			return c.Value, true
		}
	}
	return 0, false
}
