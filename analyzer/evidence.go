package analyzer

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// maxExcerpt keeps evidence excerpts to one short line.
const maxExcerpt = 160

// EvidenceAt builds evidence from a parser position, naming the object it
// is about and a short excerpt of the text there.
func EvidenceAt(pos parser.Position, object, excerpt string) Evidence {
	return Evidence{File: pos.File, Line: pos.Line, JSONPath: pos.JSONPath, Object: object, Excerpt: clip(excerpt)}
}

// EvidenceLine builds evidence for a line of a text file.
func EvidenceLine(file string, line int, object, excerpt string) Evidence {
	return Evidence{File: file, Line: line, Object: object, Excerpt: clip(excerpt)}
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > maxExcerpt {
		return s[:maxExcerpt-1] + "…"
	}
	return s
}

// Evidence points at the endpoint's JSON record.
func (e *Endpoint) Evidence(excerpt string) Evidence {
	if excerpt == "" {
		excerpt = "endpoint " + e.ID + " " + e.IP.String()
	}
	return EvidenceAt(e.Pos, "endpoint "+e.ID, excerpt)
}

// Evidence points at the network's JSON record.
func (n *Network) Evidence(excerpt string) Evidence {
	if excerpt == "" {
		excerpt = "network " + n.Name + " (" + n.TypeRaw + ")"
	}
	return EvidenceAt(n.Pos, "network "+n.ID, excerpt)
}

// Evidence points at the load balancer's JSON record.
func (lb *LoadBalancer) Evidence(excerpt string) Evidence {
	if excerpt == "" {
		excerpt = "load balancer " + lb.Label()
	}
	return EvidenceAt(lb.Pos, "load balancer "+lb.ID, excerpt)
}

// Evidence points at the port section header.
func (p *Port) Evidence(excerpt string) Evidence {
	if excerpt == "" {
		excerpt = "Policy for port : " + p.GUID
	}
	return EvidenceLine(p.File, p.Line, "vfp port "+p.GUID, excerpt)
}

// Evidence points at the rule in its port section.
func (r RuleRef) Evidence() Evidence {
	return EvidenceLine(r.Port.File, r.Rule.Line, "vfp rule "+r.Rule.Name(),
		r.Layer.Name+" / "+r.Group.Name+" / "+r.Rule.Name()+" ("+r.Rule.Type+")")
}
