package main

import (
	"strings"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

func vfpScenarios(r *registry) {
	r.add(scenario{Name: "l2bridge-missing-l2-rewrite", What: "l2bridge v1 node",
		Broken: "external port has no EXTERNAL_L2_REWRITE rules for local endpoint 10.244.1.4 (pod " + podWeb + ")",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-nol2rw").Derive()
			must(n.ExternalVfpPort().RemoveRules(func(r *nodegen.Rule) bool { return strings.HasSuffix(r.Name, "_10.244.1.4") }) == 2, "L2 rewrite rules")
			return n
		}})
	r.add(scenario{Name: "l2bridge-duplicate-l2-rewrite", What: "l2bridge v2 node",
		Broken: "external port has two EXTERNAL_L2_REWRITE_GROUP_IPV4_OUT rules with different IDs for the same key (10.244.1.5, pod " + podClient + ")",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-dupl2rw").Derive()
			g, rule := n.ExternalVfpPort().FindRule(func(r *nodegen.Rule) bool { return r.Name == "L2_REWRITE_OUT_10.244.1.5" })
			must(rule != nil, "L2 rewrite OUT rule")
			dup := *rule
			dup.ID = "{" + nodegen.GUID("stale-l2-rewrite") + "}"
			g.Rules = append(g.Rules, &dup)
			return n
		}})
	r.add(scenario{Name: "l2bridge-v2-missing-lb-dsr-rules", What: "l2bridge v2 node (DSR)",
		Broken: "no pod port has the LB_DSR rule for service VIP " + webVIP + ":80 (LB default/web:http)",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-nodsr").Derive()
			removed := 0
			for _, p := range n.Ports {
				removed += p.RemoveRules(func(r *nodegen.Rule) bool {
					return strings.HasPrefix(r.Name, "LB_DSR_") && strings.Contains(r.Name, "_"+webVIP+"_")
				})
			}
			must(removed == 3, "LB_DSR rules for the web VIP")
			return n
		}})
	r.add(scenario{Name: "l2bridge-v1-missing-lbnat-rules", What: "l2bridge v1 node (no DSR)",
		Broken: "no pod port has the SLB_LB_LAYER lbnat rule for service VIP " + webVIP + ":80, and the host vNIC lacks LB_HOST for it",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-nolbnat").Derive()
			removed := 0
			for _, p := range n.Ports {
				removed += p.RemoveRules(func(r *nodegen.Rule) bool { return r.Type == "lbnat" && strings.Contains(r.Name, "_"+webVIP+"_") })
			}
			must(removed == 4, "lbnat rules for the web VIP")
			return n
		}})
	r.add(scenario{Name: "l2bridge-v2-lb-dsr-dip-mismatch", What: "l2bridge v2 node (DSR)",
		Broken: "LB_DSR rules for " + webVIP + ":80 list DIP 10.244.2.99 instead of backend 10.244.2.7 on every pod port",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-dipmis").Derive()
			changed := 0
			for _, p := range n.Ports {
				_, rule := p.FindRule(func(r *nodegen.Rule) bool {
					return strings.HasPrefix(r.Name, "LB_DSR_") && strings.Contains(r.Name, "_"+webVIP+"_")
				})
				if rule != nil {
					for i, d := range rule.Data {
						rule.Data[i] = strings.Replace(d, "10.244.2.7 ", "10.244.2.99 ", 1)
					}
					changed++
				}
			}
			must(changed == 3, "LB_DSR rules")
			return n
		}})
	r.add(scenario{Name: "l2bridge-v2-duplicate-lb-dsr", What: "l2bridge v2 node (DSR)",
		Broken: "VFP port of pod " + podClient + " has two LB_DSR_IPv4_OUT rules with the same condition key (10.96.0.10, 53, UDP)",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-dupdsr").Derive()
			g, rule := n.Port(n.EndpointByPod(podClient)).FindRule(func(r *nodegen.Rule) bool {
				return strings.HasPrefix(r.Name, "LB_DSR_") && strings.HasSuffix(r.Name, "_10.96.0.10_53_53_17")
			})
			must(rule != nil, "DNS UDP LB_DSR rule")
			dup := *rule
			dup.Name = "LB_DSR_" + strings.ToUpper(nodegen.Hex(6, "stale-dns")) + strings.TrimPrefix(rule.Name, rule.Name[:len("LB_DSR_XXXXXX")])
			g.Rules = append(g.Rules, &dup)
			return n
		}})
	r.add(scenario{Name: "l2bridge-v2-dns-vfp-rules-missing", What: "l2bridge v2 node (DSR)",
		Broken: "VFP port of pod " + podClient + " lacks both DNS LB_DSR rules ..._10.96.0.10_53_53_6 and _53_53_17",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-nodnsrule").Derive()
			must(n.Port(n.EndpointByPod(podClient)).RemoveRules(func(r *nodegen.Rule) bool {
				return strings.HasPrefix(r.Name, "LB_DSR_") && strings.Contains(r.Name, "_10.96.0.10_53_53_")
			}) == 2, "DNS LB_DSR rules")
			return n
		}})
	r.add(scenario{Name: "l2bridge-v2-rule-drop-counters", What: "l2bridge v2 node, get-rule-counter",
		Broken: "SNAT_UDP_OUTBOUNDNAT rule on the port of pod " + podWeb + " has Dropped packets 1843, Pending packets 12, Dropped unified flows 37; the port shows ingress drops",
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-drops").Derive()
			p := n.Port(n.EndpointByPod(podWeb))
			_, rule := p.FindRule(func(r *nodegen.Rule) bool { return strings.HasPrefix(r.Name, "SNAT_UDP_OUTBOUNDNAT_") })
			must(rule != nil, "UDP SNAT rule")
			rule.Dropped, rule.Pending, rule.DroppedFlows = 1843, 12, 37
			p.Stats.IngressDrops, p.Stats.DropReason = 1843, "Failed policy"
			return n
		}})
	r.add(scenario{Name: "l2bridge-blocked-port", What: "l2bridge v1 node",
		Broken: "VFP port of pod " + podWeb + " (10.244.1.4) is blocked (get-port-state Blocked : TRUE)",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-blocked").Derive()
			n.Port(n.EndpointByPod(podWeb)).Blocked = true
			return n
		}})
	r.add(scenario{Name: "l2bridge-endpoint-without-port", What: "l2bridge v1 node",
		Broken: "local endpoint of pod " + podClient + " (10.244.1.5) has an EndpointPortGuid but no VFP port (absent from ports.txt and vfpOutput.txt)",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-noport").Derive()
			p := n.Port(n.EndpointByPod(podClient))
			must(p != nil, "client port")
			kept := n.Ports[:0]
			for _, q := range n.Ports {
				if q != p {
					kept = append(kept, q)
				}
			}
			n.Ports = kept
			return n
		}})
	r.add(scenario{Name: "l2bridge-orphan-vfp-port", What: "l2bridge v1 node",
		Broken: "a pod-looking VFP port (friendly name " + nodegen.GUID("orphan-endpoint") + ", MAC 00-15-5D-52-C1-99) belongs to no HNS endpoint",
		Build: func() *nodegen.Node {
			n := l2v1("win-l2b-orphan").Derive()
			src := n.Port(n.EndpointByPod(podWeb))
			orphan := *src
			orphan.Name, orphan.Friendly, orphan.NICName = nodegen.GUID("orphan-port"), nodegen.GUID("orphan-endpoint"), nodegen.GUID("orphan-port")
			orphan.MAC, orphan.Endpoint, orphan.PortID = "00-15-5D-52-C1-99", nil, 40
			n.Ports = append(n.Ports, &orphan)
			return n
		}})
}
