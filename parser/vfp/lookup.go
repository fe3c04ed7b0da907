package vfp

import "strings"

// Port returns the section of a port GUID (compared without case), or nil.
func (d *Dump) Port(guid string) *Port {
	guid = strings.Trim(guid, "{}")
	for _, p := range d.Ports {
		if strings.EqualFold(p.GUID, guid) {
			return p
		}
	}
	return nil
}

// Layer returns the first layer with this name (compared without case).
func (p *Port) Layer(name string) *Layer {
	for _, l := range p.Layers {
		if strings.EqualFold(l.Name, name) {
			return l
		}
	}
	return nil
}

// Group returns the first group with this name (compared without case).
func (l *Layer) Group(name string) *Group {
	if l == nil {
		return nil
	}
	for _, g := range l.Groups {
		if strings.EqualFold(g.Name, name) {
			return g
		}
	}
	return nil
}

// RuleRef is a rule with the layer and group holding it.
type RuleRef struct {
	Layer *Layer
	Group *Group
	Rule  *Rule
}

// Rules lists every rule of the port in file order.
func (p *Port) Rules() []RuleRef {
	var out []RuleRef
	for _, l := range p.Layers {
		for _, g := range l.Groups {
			for _, r := range g.Rules {
				out = append(out, RuleRef{l, g, r})
			}
		}
	}
	return out
}

// Condition returns the first condition of a kind, or nil.
func (r *Rule) Condition(kind ConditionKind) *Condition {
	for i := range r.Conditions {
		if r.Conditions[i].Kind == kind {
			return &r.Conditions[i]
		}
	}
	return nil
}
