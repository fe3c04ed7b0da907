package vfp

import "strings"

// Tristate is a port-state boolean that may be missing.
type Tristate string

// Tristate values.
const (
	True    Tristate = "TRUE"
	False   Tristate = "FALSE"
	Unknown Tristate = "unknown"
)

// PortState is the get-port-state output of a port.
type PortState struct {
	// Known is false when get-port-state failed (ERROR) or printed nothing
	// usable: the port state is unknown, which is not the same as blocked.
	Known                bool     `json:"known"`
	Error                string   `json:"error,omitempty"`
	Line                 int      `json:"line"`
	Enabled              Tristate `json:"enabled"`
	Blocked              Tristate `json:"blocked"`
	BlockedOnRestore     Tristate `json:"blockedOnRestore"`
	BlockedLayerCreation Tristate `json:"blockedLayerCreation"`
	PreservingVlan       Tristate `json:"preservingVlan"`
	VMContextSet         Tristate `json:"vmContextSet"`
	// Flags are the bare lines printed only when true ("VMQ Enabled").
	Flags []string `json:"flags,omitempty"`
	Other []Attr   `json:"other,omitempty"`
}

// IsBlocked is true only for an explicit "Blocked : TRUE".
func (s *PortState) IsBlocked() bool { return s != nil && s.Blocked == True }

// HasFlag reports a bare flag line, compared without case.
func (s *PortState) HasFlag(name string) bool {
	for _, f := range s.Flags {
		if strings.EqualFold(f, name) {
			return true
		}
	}
	return false
}

func newPortState(line int) *PortState {
	return &PortState{
		Line: line, Enabled: Unknown, Blocked: Unknown, BlockedOnRestore: Unknown,
		BlockedLayerCreation: Unknown, PreservingVlan: Unknown, VMContextSet: Unknown,
	}
}

// portStateFrom reads get-port-state output from its generic listing.
func portStateFrom(l *Listing) *PortState {
	st := newPortState(l.Line)
	for _, rec := range l.Records {
		for _, f := range rec.Fields {
			if !st.setField(f) {
				st.Other = append(st.Other, f)
			}
		}
	}
	for _, t := range l.Text {
		st.Flags = append(st.Flags, t.Text)
	}
	st.Known = st.Enabled != Unknown || st.Blocked != Unknown || len(st.Flags) > 0
	return st
}

func (s *PortState) setField(f Attr) bool {
	var dst *Tristate
	switch normKey(f.Key) {
	case "enabled":
		dst = &s.Enabled
	case "blocked":
		dst = &s.Blocked
	case "blockedonrestore":
		dst = &s.BlockedOnRestore
	case "blockedlayercreation":
		dst = &s.BlockedLayerCreation
	case "preservingvlan":
		dst = &s.PreservingVlan
	case "vmcontextset":
		dst = &s.VMContextSet
	default:
		return false
	}
	switch strings.ToUpper(f.Value) {
	case "TRUE":
		*dst = True
	case "FALSE":
		*dst = False
	default:
		return false
	}
	return true
}
