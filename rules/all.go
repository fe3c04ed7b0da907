package rules

import "github.com/hnsscope/hnsscope/analyzer"

// All returns every rule in report order: networking families first.
func All() []analyzer.Rule {
	var out []analyzer.Rule
	out = append(out, routeRules()...)
	out = append(out, outboundNATRules()...)
	out = append(out, l2RewriteRules()...)
	out = append(out, overlayRules()...)
	out = append(out, endpointRules()...)
	out = append(out, networkRules()...)
	out = append(out, loadBalancerRules()...)
	out = append(out, gatewayRules()...)
	out = append(out, dnsRules()...)
	out = append(out, KnownIssues()...)
	return out
}
