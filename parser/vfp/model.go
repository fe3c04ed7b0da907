package vfp

// Dump is the parsed content of one vfpOutput.txt.
type Dump struct {
	File string `json:"file"`
	// PortTable is the table printed before the first port section. It comes
	// from a positional parse of vfpctrl output by the collecting script and
	// may hold wrong columns; use ports.txt for port attributes.
	PortTable *PortTable `json:"portTable,omitempty"`
	Ports     []*Port    `json:"ports"`
	// CommandSet lists the verbs that ended with a "Command <verb> succeeded!"
	// line anywhere in the file, in the order the dump script runs them.
	CommandSet []string `json:"commandSet"`
}

// PortTable is the leading table of the file.
type PortTable struct {
	Line    int            `json:"line"`
	Columns []string       `json:"columns,omitempty"`
	Rows    []TableRow     `json:"rows,omitempty"`
	Text    []NumberedLine `json:"text,omitempty"`
}

// TableRow is one row of the port table, cut at the dash-line column spans.
// Truncated names the columns whose value the formatter cut.
type TableRow struct {
	Line      int      `json:"line"`
	Cells     []string `json:"cells"`
	Truncated []string `json:"truncated,omitempty"`
}

// NumberedLine is a raw line kept as evidence.
type NumberedLine struct {
	Line int    `json:"line"`
	Text string `json:"text"`
}

// Port is one "Policy for port" section.
type Port struct {
	// GUID is the vmswitch/VFP port name (not the HNS endpoint ID).
	GUID     string     `json:"guid"`
	Line     int        `json:"line"`
	EndLine  int        `json:"endLine"`
	Commands []*Command `json:"commands"`
	// Layers is the rule tree of the port: from get-rule-counter when the
	// section has it (it carries counters), else from list-rule.
	Layers []*Layer `json:"layers,omitempty"`
	// RuleSource is the verb whose output filled Layers ("" when none did).
	RuleSource string `json:"ruleSource,omitempty"`
	// State is nil when the section has no get-port-state output at all; a
	// failed get-port-state gives a State whose Known is false.
	State     *PortState `json:"state,omitempty"`
	Spaces    *Listing   `json:"spaces,omitempty"`
	Mappings  *Listing   `json:"mappings,omitempty"`
	NATRanges *Listing   `json:"natRanges,omitempty"`
	FlowStats *Listing   `json:"flowStats,omitempty"`
}

// Command is one vfpctrl command output inside a port section.
type Command struct {
	// Verb is the command name: from its terminator line, or inferred from
	// the file's command order when the output ended with ERROR or was cut.
	Verb string `json:"verb"`
	// Terminated reports a "Command <verb> succeeded!" line.
	Terminated bool `json:"terminated"`
	// Inferred reports that Verb was not printed but deduced from the order.
	Inferred bool   `json:"inferred,omitempty"`
	Error    string `json:"error,omitempty"`
	Line     int    `json:"line"`
	EndLine  int    `json:"endLine"`
	// Stray holds lines of a rule listing printed outside any layer
	// (messages instead of rules), as "key : value" or verbatim.
	Stray []NumberedLine `json:"stray,omitempty"`

	layers  []*Layer
	listing *Listing
}

// Layer is a VFP layer with its groups.
type Layer struct {
	Name         string     `json:"name"`
	Line         int        `json:"line"`
	FriendlyName string     `json:"friendlyName,omitempty"`
	Priority     int        `json:"priority"`
	Flags        LayerFlags `json:"flags"`
	Extra        []Attr     `json:"extra,omitempty"`
	Groups       []*Group   `json:"groups,omitempty"`
}

// Group is a VFP group with its rules.
type Group struct {
	Name         string `json:"name"`
	Line         int    `json:"line"`
	FriendlyName string `json:"friendlyName,omitempty"`
	Priority     int    `json:"priority"`
	Direction    string `json:"direction,omitempty"`
	Type         string `json:"type,omitempty"`
	// ConditionsLine is the line of "Conditions:" (0 when absent).
	ConditionsLine int         `json:"conditionsLine,omitempty"`
	Conditions     []Condition `json:"conditions,omitempty"`
	MatchType      string      `json:"matchType,omitempty"`
	Extra          []Attr      `json:"extra,omitempty"`
	Rules          []*Rule     `json:"rules,omitempty"`
}

// Rule is a VFP rule. Conditions slices are shared between rules whose
// condition blocks are identical; treat them as read-only.
type Rule struct {
	// ID may be empty: HNS NAT and LB rules often have none, and then the
	// friendly name identifies the rule.
	ID           string `json:"id"`
	Line         int    `json:"line"`
	FriendlyName string `json:"friendlyName,omitempty"`
	Priority     int    `json:"priority"`
	Flags        Flags  `json:"flags"`
	Type         string `json:"type,omitempty"`
	// ConditionsLine is the line of "Conditions:" (0 when absent).
	ConditionsLine int         `json:"conditionsLine,omitempty"`
	Conditions     []Condition `json:"conditions,omitempty"`
	FlowTTL        *int        `json:"flowTTL,omitempty"`
	FlagsEx        string      `json:"flagsEx,omitempty"`
	// DIPRanges are the backends of an lbnat rule ("{ ip : port }" lines);
	// kept out of Data because most rules that have data have only these.
	DIPRanges []DIPRange `json:"dipRanges,omitempty"`
	Data      *RuleData  `json:"data,omitempty"`
	Counters  *Counters  `json:"counters,omitempty"`
	Extra     []Attr     `json:"extra,omitempty"`
}

// Name is the ID, or the friendly name when the ID is empty.
func (r *Rule) Name() string {
	if r.ID != "" {
		return r.ID
	}
	return r.FriendlyName
}

// RuleData holds the type-specific part of a rule.
type RuleData struct {
	// Lines are the raw lines of the "Rule Data:" block and of any other
	// free-text lines of the rule, trimmed.
	Lines             []string           `json:"lines,omitempty"`
	Modify            []Attr             `json:"modify,omitempty"`
	Transposition     []Attr             `json:"transposition,omitempty"`
	EncapDestinations []EncapDestination `json:"encapDestinations,omitempty"`
	EncapType         string             `json:"encapType,omitempty"`
	EncapSourceIP     string             `json:"encapSourceIP,omitempty"`
	VNI               string             `json:"vni,omitempty"`
	MapSpace          string             `json:"mapSpace,omitempty"`
}

// DIPRange is a backend line "{ <ip> : <port> }".
type DIPRange struct {
	Line int    `json:"line"`
	IP   string `json:"ip"`
	Port string `json:"port,omitempty"`
}

// EncapDestination is a line "{ IP address=..., MAC address=..., GRE key=... }".
type EncapDestination struct {
	Line  int    `json:"line"`
	IP    string `json:"ip,omitempty"`
	MAC   string `json:"mac,omitempty"`
	Key   string `json:"key,omitempty"`
	Extra []Attr `json:"extra,omitempty"`
}

// Counters are the get-rule-counter values of a rule.
type Counters struct {
	Line                int    `json:"line"`
	MatchedPackets      uint64 `json:"matchedPackets"`
	DroppedPackets      uint64 `json:"droppedPackets"`
	PendingPackets      uint64 `json:"pendingPackets"`
	DroppedUnifiedFlows uint64 `json:"droppedUnifiedFlows"`
}

// Attr is a "key : value" line kept verbatim.
type Attr struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Line  int    `json:"line"`
}

// Listing is the generic form of list-space, list-mapping, list-nat-range
// and get-flow-stats output, whose layouts are not pinned down: key/value
// records (split at blank lines) plus the lines that are not key/value.
type Listing struct {
	Line    int            `json:"line"`
	Records []Record       `json:"records,omitempty"`
	Text    []NumberedLine `json:"text,omitempty"`
}

// Record is a run of key/value lines.
type Record struct {
	Line   int    `json:"line"`
	Fields []Attr `json:"fields"`
}

// Get returns the first value of key (compared without case and spaces).
func (r Record) Get(key string) (string, bool) {
	want := normKey(key)
	for _, f := range r.Fields {
		if normKey(f.Key) == want {
			return f.Value, true
		}
	}
	return "", false
}
