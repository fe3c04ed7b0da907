package main

import (
	"strings"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

func setExceptions(n *nodegen.Node, pod string, exc []string) {
	ep := n.EndpointByPod(pod)
	must(ep != nil, "pod "+pod)
	for i := range ep.Policies {
		if ep.Policies[i].Kind == nodegen.PolOutBoundNAT {
			ep.Policies[i].Exceptions = exc
		}
	}
}

func natScenarios(r *registry) {
	r.add(scenario{Name: "l2bridge-endpoint-no-outboundnat", What: "l2bridge v1 node",
		Broken: "local endpoint of pod " + podClient + " (10.244.1.5) has no OutBoundNAT policy (and so no SNAT rules)",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-nonat")
			ep := n.EndpointByPod(podClient)
			ep.Policies = ep.Policies[1:]
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-exceptions-missing-service-cidr", What: "l2bridge v2 node",
		Broken: "every pod endpoint's OutBoundNAT ExceptionList lacks the service CIDR 10.96.0.0/12",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-nosvcexc")
			for _, ep := range n.LocalPods() {
				setExceptions(n, ep.PodName, []string{"10.244.0.0/16", "10.240.0.0/16"})
			}
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-invalid-exceptions", What: "l2bridge v1 node",
		Broken: "every pod endpoint's ExceptionList holds invalid entries: 10.244.0.0/0, 10.96.0.10/12 (host bits set) and the template placeholder <your service cidr>",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-badexc")
			for _, ep := range n.LocalPods() {
				setExceptions(n, ep.PodName, []string{"10.244.0.0/0", "10.96.0.10/12", "<your service cidr>", "10.240.0.0/16"})
			}
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-inconsistent-exceptions", What: "l2bridge v1 node",
		Broken: "pod " + podWeb + " has an extra OutBoundNAT exception 10.0.0.0/8 that the other pod endpoints lack",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-incexc")
			setExceptions(n, podWeb, []string{"10.244.0.0/16", "10.96.0.0/12", "10.240.0.0/16", "10.0.0.0/8"})
			return n.Derive()
		}})
	r.add(scenario{Name: "l2bridge-missing-snat-allow-rule", What: "l2bridge v2 node",
		Broken: "VFP port of pod " + podClient + " lacks the SLB_NAT_LAYER allow rule for OutBoundNAT exception 10.96.0.0/12 (ALLOW_EXCEPTION_OUTBOUNDNAT_*_1)",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-noallow").Derive()
			p := n.Port(n.EndpointByPod(podClient))
			must(p.RemoveRules(func(r *nodegen.Rule) bool {
				return strings.HasPrefix(r.Name, "ALLOW_EXCEPTION_OUTBOUNDNAT_") && strings.HasSuffix(r.Name, "_1")
			}) == 1, "exception allow rule")
			return n
		}})
	r.add(scenario{Name: "l2bridge-snat-tcp-only", What: "l2bridge v2 node",
		Broken: "VFP port of pod " + podWeb + " has only the TCP dynnat OutBoundNAT rule: SNAT_UDP_OUTBOUNDNAT_* is missing",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-tcponly").Derive()
			p := n.Port(n.EndpointByPod(podWeb))
			must(p.RemoveRules(func(r *nodegen.Rule) bool { return strings.HasPrefix(r.Name, "SNAT_UDP_OUTBOUNDNAT_") }) == 1, "UDP SNAT rule")
			return n
		}})
}
