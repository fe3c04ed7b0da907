package hns

import (
	"github.com/hnsscope/hnsscope/parser"
)

// Object is one HNS object of any kind, decoded from JSON that was parsed
// with encoding/json (UseNumber) into map[string]any. Exactly the field
// named by Kind is set; Kind is ObjectUnknown when the keys fit no kind.
type Object struct {
	Kind         string        `json:"kind"`
	Endpoint     *Endpoint     `json:"endpoint,omitempty"`
	Network      *Network      `json:"network,omitempty"`
	LoadBalancer *LoadBalancer `json:"loadBalancer,omitempty"`
	RouteList    *RouteList    `json:"routeList,omitempty"`
	Namespace    *Namespace    `json:"namespace,omitempty"`
}

// DecodeObject classifies v by its keys and decodes it into the normalised
// model. pos locates the object (its JSONPath is the base of policy paths);
// salvage warnings are added to probs.
func DecodeObject(v any, pos parser.Position, probs *parser.Problems) Object {
	d := &decoder{probs: probs, line: pos.Line}
	path := pos.JSONPath
	if path == "" {
		path = "$"
	}
	o := d.begin(v, path)
	if o == nil {
		return Object{Kind: ObjectUnknown}
	}
	out := Object{Kind: objectKind(o)}
	switch out.Kind {
	case ObjectEndpoint:
		ep := d.endpoint(o, path)
		ep.Pos, ep.Truncated = pos, d.truncated
		out.Endpoint = &ep
	case ObjectNetwork:
		nw := d.network(o, path)
		nw.Pos, nw.Truncated = pos, d.truncated
		out.Network = &nw
	case ObjectLoadBalancer:
		lb := d.loadBalancer(o, path)
		lb.Pos, lb.Truncated = pos, d.truncated
		out.LoadBalancer = &lb
	case ObjectRouteList:
		rl := d.routeList(o, path)
		rl.Pos = pos
		out.RouteList = &rl
	case ObjectNamespace:
		ns := d.namespace(o, path)
		ns.Pos, ns.Truncated = pos, d.truncated
		out.Namespace = &ns
	}
	return out
}
