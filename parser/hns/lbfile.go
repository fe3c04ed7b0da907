package hns

import (
	"io"

	"github.com/hnsscope/hnsscope/parser"
)

// LoadBalancerFile is policy.txt: v1 policy lists (ELB load balancers and
// ROUTE lists) before 2022-09 and in Rancher bundles, v2 load balancers
// after.
type LoadBalancerFile struct {
	LoadBalancers []LoadBalancer `json:"loadBalancers"`
	RouteLists    []RouteList    `json:"routeLists,omitempty"`
	Schema        Schema         `json:"schema,omitempty"`
	HasJSON       bool           `json:"hasJson"`
}

// ParseLoadBalancers reads policy.txt. An empty or BOM-only file means no
// load balancers and is not a problem.
func ParseLoadBalancers(file string, r io.Reader) (*LoadBalancerFile, []parser.Problem) {
	probs := &parser.Problems{File: file}
	out := &LoadBalancerFile{}
	doc := readDocument(r, probs, func(it item) {
		d := &decoder{probs: probs, line: it.line}
		o := d.begin(it.value, it.path)
		if o == nil {
			return
		}
		pos := parser.Position{File: file, Line: it.line, JSONPath: it.path}
		switch kind := objectKind(o); {
		case kind == ObjectRouteList:
			rl := d.routeList(o, it.path)
			rl.Pos = pos
			out.RouteLists = append(out.RouteLists, rl)
		case kind == ObjectLoadBalancer || kind == ObjectUnknown:
			lb := d.loadBalancer(o, it.path)
			lb.Pos, lb.Truncated = pos, d.truncated
			out.LoadBalancers = append(out.LoadBalancers, lb)
		default:
			d.warn(it.path, "%s object in a load balancer file skipped", kind)
		}
	})
	out.HasJSON = doc.hasJSON
	textRecords(doc.pre, probs)
	out.Schema = fileSchema(len(out.LoadBalancers), func(i int) Schema { return out.LoadBalancers[i].Schema })
	return out, inFileOrder(probs.List)
}

func (d *decoder) loadBalancer(o obj, path string) LoadBalancer {
	defer d.finish()
	var lb LoadBalancer
	if o.has("FrontendVIPs") || o.has("PortMappings") || o.has("HostComputeEndpoints") || schemaOf(o) == SchemaV2 && !o.has("References") {
		lb = d.loadBalancerV2(o, path)
	} else {
		lb = d.loadBalancerV1(o, path)
	}
	lb.NodePort = lb.LocalRoutedVIP && len(lb.VIPs) == 0
	return lb
}
