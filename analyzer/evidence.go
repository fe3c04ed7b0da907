package analyzer

import (
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// maxExcerpt keeps evidence excerpts to one short line.
const maxExcerpt = 160

// EvidenceAt builds evidence for the record at a parser position, naming
// the object it is about. The excerpt is quoted from the file after the
// rules ran: the record's line holding the first hint found (see Quote).
func EvidenceAt(pos parser.Position, object string, hints ...string) Evidence {
	return Evidence{File: pos.File, Line: pos.Line, JSONPath: pos.JSONPath, Object: object, Quote: &Quote{Hints: hints}}
}

// EvidenceLine builds evidence for a record of a text file, quoted like
// EvidenceAt.
func EvidenceLine(file string, line int, object string, hints ...string) Evidence {
	return Evidence{File: file, Line: line, Object: object, Quote: &Quote{Hints: hints}}
}

// Through bounds the record of the evidence at line last, for records
// whose lines are not indented under the first.
func (e Evidence) Through(last int) Evidence {
	if e.Quote != nil {
		q := *e.Quote
		q.Last = last
		e.Quote = &q
	}
	return e
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= maxExcerpt {
		return s
	}
	cut := maxExcerpt - 1
	for cut > 0 && !startsRune(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// Evidence quotes the endpoint's JSON record (or its table row) at the
// line holding the first hint found, else at its ID.
func (e *Endpoint) Evidence(hints ...string) Evidence {
	return EvidenceAt(e.Pos, "endpoint "+e.ID, withHints(hints, e.ID)...)
}

// Evidence quotes the network's JSON record at the line holding the first
// hint found, else at its name, else at its ID.
func (n *Network) Evidence(hints ...string) Evidence {
	name := ""
	if n.Name != "" {
		name = `"Name": "` + n.Name + `"`
	}
	return EvidenceAt(n.Pos, "network "+n.ID, withHints(hints, name, n.ID)...)
}

// Evidence quotes the load balancer's JSON record at the line holding the
// first hint found, else at its VIPs (v2 FrontendVIPs, v1 VIPs), else at
// its ID.
func (lb *LoadBalancer) Evidence(hints ...string) Evidence {
	vips := []string{"", ""}
	if len(lb.VIPs) > 0 {
		vips = []string{`"FrontendVIPs"`, `"VIPs"`}
	}
	return EvidenceAt(lb.Pos, "load balancer "+lb.ID, withHints(hints, vips[0], vips[1], lb.ID)...)
}

// StateEvidence quotes where the endpoint's State was read: the v1
// `"State": n` line, or the formatter table row a v2 object took it from.
func (e *Endpoint) StateEvidence() Evidence {
	if e.StateSource == "table" && e.RowLine > 0 {
		return EvidenceLine(e.Pos.File, e.RowLine, "endpoint "+e.ID)
	}
	if e.State == nil {
		return e.Evidence()
	}
	return e.Evidence(`"State": ` + strconv.Itoa(*e.State))
}

// Evidence quotes the port section header "Policy for port : <GUID>"; with
// hints, the line of the section holding the first found.
func (p *Port) Evidence(hints ...string) Evidence {
	hints = withHints(hints)
	ev := EvidenceLine(p.File, p.Line, "vfp port "+p.GUID, hints...)
	if len(hints) > 0 {
		ev = ev.Through(p.EndLine)
	}
	return ev
}

// StateEvidence quotes the port's get-port-state output at the line
// holding the first hint found, e.g. "Blocked : TRUE".
func (p *Port) StateEvidence(hints ...string) Evidence {
	if p.State == nil || p.State.Line == 0 {
		return p.Evidence(hints...)
	}
	last := p.EndLine
	for _, c := range p.Commands {
		if c.Line <= p.State.Line && p.State.Line <= c.EndLine {
			last = c.EndLine
		}
	}
	return EvidenceLine(p.File, p.State.Line, "vfp port "+p.GUID, withHints(hints)...).Through(last)
}

// Evidence quotes the rule at the line holding the first hint found (a
// counter), else its friendly name line, else its "RULE : <ID>" line.
func (r RuleRef) Evidence(hints ...string) Evidence {
	name := ""
	if r.Rule.FriendlyName != "" {
		name = "Friendly name : " + r.Rule.FriendlyName
	}
	return EvidenceLine(r.Port.File, r.Rule.Line, "vfp rule "+r.Rule.Name(), withHints(hints, name, r.Rule.ID)...)
}

// withHints returns the caller's hints followed by the object's own,
// leaving out empty ones, without writing into the caller's slice.
func withHints(hints []string, own ...string) []string {
	out := make([]string, 0, len(hints)+len(own))
	for _, h := range append(hints[:len(hints):len(hints)], own...) {
		if h != "" {
			out = append(out, h)
		}
	}
	return out
}
