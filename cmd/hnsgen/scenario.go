package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

// scenario is one committed bundle: a healthy base plus at most one defect.
// A cluster scenario is instead a set of node bundles, written side by side
// into one folder, whose defect is a disagreement between two nodes.
type scenario struct {
	Name    string
	What    string // what the bundle is
	Broken  string // the defect and the object it names; "" for healthy bundles
	Build   func() *nodegen.Node
	Cluster func() []*nodegen.Node
}

// registry collects the scenarios of every scenario_<family>.go file.
type registry []scenario

func (r *registry) add(s scenario) {
	*r = append(*r, s)
}

// allScenarios returns every scenario, sorted by name.
func allScenarios() registry {
	var r registry
	for _, family := range []func(*registry){
		healthyScenarios, clusterScenarios, routeScenarios, natScenarios, vfpScenarios, overlayScenarios,
		lbScenarios, endpointScenarios, hostScenarios, serviceScenarios, logScenarios, osScenarios, variantScenarios, sourceScenarios, cniScenarios, cniRouteScenarios, cniEraScenarios, calicoScenarios, azureScenarios,
	} {
		family(&r)
	}
	slices.SortFunc(r, func(a, b scenario) int { return strings.Compare(a.Name, b.Name) })
	return r
}

func (r registry) pick(names []string) (registry, error) {
	if len(names) == 0 {
		return r, nil
	}
	var out registry
	for _, name := range names {
		i := slices.IndexFunc(r, func(s scenario) bool { return s.Name == name })
		if i < 0 {
			return nil, fmt.Errorf("unknown scenario %q", name)
		}
		out = append(out, r[i])
	}
	return out, nil
}

// must fails generation loudly when a mutation finds nothing to break: a
// scenario that silently stays healthy would make every rule test pass.
func must(ok bool, what string) {
	if !ok {
		panic("scenario mutation found nothing to change: " + what)
	}
}
