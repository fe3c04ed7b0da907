package vfp

import (
	"sort"
)

// Command verbs of a port section, in the order the dump script runs them.
const (
	VerbListSpace      = "list-space"
	VerbListMapping    = "list-mapping"
	VerbListRule       = "list-rule"
	VerbGetRuleCounter = "get-rule-counter"
	VerbGetPortState   = "get-port-state"
	VerbListNATRange   = "list-nat-range"
	VerbGetFlowStats   = "get-flow-stats"
)

var commandOrder = []string{VerbListSpace, VerbListMapping, VerbListRule, VerbGetRuleCounter,
	VerbGetPortState, VerbListNATRange, VerbGetFlowStats}

// defaultCommandSet is assumed when no command of the file succeeded.
var defaultCommandSet = []string{VerbListSpace, VerbListMapping, VerbListRule, VerbGetPortState, VerbListNATRange}

func orderIndex(verb string) int {
	for i, v := range commandOrder {
		if v == verb {
			return i
		}
	}
	return -1
}

// commandSet lists the verbs seen with a terminator: known ones in script
// order, then others sorted.
func commandSet(seen map[string]bool) []string {
	var out, other []string
	for _, v := range commandOrder {
		if seen[v] {
			out = append(out, v)
		}
	}
	for v := range seen {
		if orderIndex(v) < 0 {
			other = append(other, v)
		}
	}
	sort.Strings(other)
	return append(out, other...)
}

// resolvePort names the commands that ended with ERROR or were cut, and
// moves each command's content to the port. A command without a verb is
// named by its content when that is telling (a rule listing, port-state
// keys), else it is the next command of the file's command set after the
// previous one and before the next named one; when the set has none there
// (the set is learnt from successes, and a failing command may have none in
// the whole file), the full script order is used. known is the file's
// command set of known verbs (see knownVerbs).
func resolvePort(port *Port, known []string) {
	prev := -1
	for i, c := range port.Commands {
		if c.Verb == "" {
			next := nextNamed(port.Commands[i+1:])
			c.Verb = verbByContent(c)
			if c.Verb == "" {
				c.Verb = verbBetween(known, prev, next)
			}
			if c.Verb == "" {
				c.Verb = verbBetween(commandOrder, prev, next)
			}
			c.Inferred = c.Verb != ""
		}
		if i := orderIndex(c.Verb); i >= 0 {
			prev = i
		}
		attach(port, c)
		c.layers, c.listing = nil, nil
	}
}

// knownVerbs keeps the verbs of the script order from a command set, or
// gives the default set when none is left.
func knownVerbs(set []string) []string {
	var out []string
	for _, v := range set {
		if orderIndex(v) >= 0 {
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return defaultCommandSet
	}
	return out
}

// nextNamed is the order index of the next command with a known verb, or
// len(commandOrder) when there is none.
func nextNamed(cmds []*Command) int {
	for _, c := range cmds {
		if i := orderIndex(c.Verb); i >= 0 && c.Terminated {
			return i
		}
	}
	return len(commandOrder)
}

func verbBetween(set []string, prev, next int) string {
	for _, v := range set {
		if i := orderIndex(v); i > prev && i < next {
			return v
		}
	}
	return ""
}

func verbByContent(c *Command) string {
	if len(c.layers) > 0 {
		for _, l := range c.layers {
			for _, g := range l.Groups {
				for _, r := range g.Rules {
					if r.Counters != nil {
						return VerbGetRuleCounter
					}
				}
			}
		}
		return VerbListRule
	}
	if c.listing != nil && c.Error == "" {
		if st := portStateFrom(c.listing); st.Enabled != Unknown || st.Blocked != Unknown {
			return VerbGetPortState
		}
	}
	return ""
}

func attach(port *Port, c *Command) {
	switch c.Verb {
	case VerbListRule, VerbGetRuleCounter:
		c.Stray = strayLines(c.listing)
		if c.Error != "" {
			return
		}
		if port.RuleSource == "" || c.Verb == VerbGetRuleCounter {
			port.Layers, port.RuleSource = c.layers, c.Verb
		}
		return
	case VerbGetPortState:
		if c.Error != "" {
			st := newPortState(c.Line)
			st.Error = c.Error
			port.State = st
			return
		}
		port.State = portStateFrom(listingOf(c))
	case VerbListSpace:
		port.Spaces = listingOf(c)
	case VerbListMapping:
		port.Mappings = listingOf(c)
	case VerbListNATRange:
		port.NATRanges = listingOf(c)
	case VerbGetFlowStats:
		port.FlowStats = listingOf(c)
	}
}

// listingOf returns a command's generic listing. get-flow-stats prints
// per-layer blocks headed "LAYER : <name>", which the line reader took for
// a rule tree; they are turned back into records here.
func listingOf(c *Command) *Listing {
	l := c.listing
	if l == nil {
		l = &Listing{Line: c.Line}
	}
	for _, layer := range c.layers {
		l.Records = append(l.Records, layerRecord(layer))
		for _, g := range layer.Groups {
			l.Records = append(l.Records, Record{Line: g.Line, Fields: append(
				[]Attr{{Key: "GROUP", Value: g.Name, Line: g.Line}}, g.Extra...)})
		}
	}
	return l
}

func layerRecord(layer *Layer) Record {
	fields := []Attr{{Key: "LAYER", Value: layer.Name, Line: layer.Line}}
	if layer.FriendlyName != "" {
		fields = append(fields, Attr{Key: "Friendly name", Value: layer.FriendlyName, Line: layer.Line})
	}
	return Record{Line: layer.Line, Fields: append(fields, layer.Extra...)}
}

func strayLines(l *Listing) []NumberedLine {
	if l == nil {
		return nil
	}
	out := append([]NumberedLine(nil), l.Text...)
	for _, r := range l.Records {
		for _, f := range r.Fields {
			out = append(out, NumberedLine{Line: f.Line, Text: f.Key + " : " + f.Value})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}
