package vfp

import (
	"net/netip"
	"strconv"
	"strings"
)

// Rule name kinds recognised by SplitRuleName.
const (
	NameLBDSR    = "LB_DSR"
	NameNAT      = "NAT"
	NameAllowNAT = "ALLOW_NAT"
	NameSNAT     = "SNAT_OUTBOUNDNAT"
	NameLBHost   = "LB_HOST"
	NameLB       = "LB"
	NameHairPin  = "HairPin"
	NamePARoute  = "PA_ROUTE"
)

// RuleName is a rule friendly name split into its fields, so that checks
// compare IPs, ports and protocols exactly instead of matching unanchored
// patterns (where 10.0.0.1 would also match 10.0.0.10).
type RuleName struct {
	Kind string `json:"kind"`
	// Hash is the token HNS puts after the kind (may be empty).
	Hash         string     `json:"hash,omitempty"`
	MgmtIP       netip.Addr `json:"mgmtIP,omitzero"`
	PodIP        netip.Addr `json:"podIP,omitzero"`
	VIP          netip.Addr `json:"vip,omitzero"`
	ExternalPort uint16     `json:"externalPort,omitempty"`
	// InternalPort is the backend port; for the names that repeat the
	// external port in its place it holds that second value.
	InternalPort uint16 `json:"internalPort,omitempty"`
	// Protocol is the IP protocol number (6 TCP, 17 UDP).
	Protocol uint8 `json:"protocol,omitempty"`
}

// SplitRuleName reads the friendly-name patterns HNS uses for service,
// NAT and hairpin rules:
//
//	LB_DSR_<h>_<mgmt>_<VIP>_<ext>_<int>_<proto>
//	NAT_<h>_<VIP>_<ext>_<proto>        NAT_<h>_<VIP>_<ext>_<ext>_<proto>
//	ALLOW_NAT_<h>_<VIP>_<ext>_<proto>
//	LB_HOST_<h>_<VIP>_<ext>_<int>_<proto>
//	LB_<h>_<VIP>_<ext>_<int>_<proto>   LB_<h>_<podIP>_<VIP>_<ext>_<int>_<proto>
//	HairPin_<h>_<VIP>_<ext>_<ext>_<proto>
//	SNAT_TCP_OUTBOUNDNAT_<h>           SNAT_UDP_OUTBOUNDNAT_<h>
//	PA_ROUTE
//
// Fields are taken from the right, so a hash holding "_" stays whole. ok is
// false when the name fits none of them.
func SplitRuleName(name string) (RuleName, bool) {
	switch {
	case name == NamePARoute:
		return RuleName{Kind: NamePARoute}, true
	case strings.HasPrefix(name, "SNAT_TCP_OUTBOUNDNAT_"), strings.HasPrefix(name, "SNAT_UDP_OUTBOUNDNAT_"):
		proto := uint8(6)
		if name[5] == 'U' {
			proto = 17
		}
		return RuleName{Kind: NameSNAT, Hash: name[len("SNAT_TCP_OUTBOUNDNAT_"):], Protocol: proto}, true
	}
	for _, k := range []struct {
		prefix, kind string
		split        func([]string, *RuleName) bool
	}{
		{"LB_DSR_", NameLBDSR, splitDSR},
		{"ALLOW_NAT_", NameAllowNAT, splitNAT},
		{"NAT_", NameNAT, splitNAT},
		{"LB_HOST_", NameLBHost, splitLB},
		{"HairPin_", NameHairPin, splitLB},
		{"LB_", NameLB, splitLB},
	} {
		if rest, ok := strings.CutPrefix(name, k.prefix); ok {
			rn := RuleName{Kind: k.kind}
			return rn, k.split(strings.Split(rest, "_"), &rn)
		}
	}
	return RuleName{}, false
}

// tail reads vip, ext, int and proto from the right of f and returns the
// fields left of the VIP.
func tail(f []string, rn *RuleName) ([]string, bool) {
	n := len(f)
	if n < 4 {
		return nil, false
	}
	var ok1, ok2, ok3, ok4 bool
	rn.Protocol, ok1 = protoField(f[n-1])
	rn.InternalPort, ok2 = portField(f[n-2])
	rn.ExternalPort, ok3 = portField(f[n-3])
	rn.VIP, ok4 = ipField(f[n-4])
	return f[:n-4], ok1 && ok2 && ok3 && ok4
}

func splitDSR(f []string, rn *RuleName) bool {
	left, ok := tail(f, rn)
	if !ok || len(left) < 2 {
		return false
	}
	rn.MgmtIP, ok = ipField(left[len(left)-1])
	rn.Hash = strings.Join(left[:len(left)-1], "_")
	return ok
}

func splitLB(f []string, rn *RuleName) bool {
	left, ok := tail(f, rn)
	if !ok || len(left) < 1 {
		return false
	}
	if len(left) >= 2 {
		if ip, isIP := ipField(left[len(left)-1]); isIP {
			rn.PodIP = ip
			left = left[:len(left)-1]
		}
	}
	rn.Hash = strings.Join(left, "_")
	return true
}

// splitNAT reads NAT_<h>_<VIP>_<ext>_<proto> and the five-field form that
// repeats the port.
func splitNAT(f []string, rn *RuleName) bool {
	n := len(f)
	if n >= 4 {
		if _, isIP := ipField(f[n-3]); isIP {
			var ok1, ok2, ok3 bool
			rn.Protocol, ok1 = protoField(f[n-1])
			rn.ExternalPort, ok2 = portField(f[n-2])
			rn.VIP, ok3 = ipField(f[n-3])
			rn.Hash = strings.Join(f[:n-3], "_")
			return ok1 && ok2 && ok3
		}
	}
	left, ok := tail(f, rn)
	rn.Hash = strings.Join(left, "_")
	return ok && len(left) >= 1
}

func ipField(s string) (netip.Addr, bool) {
	a, err := netip.ParseAddr(s)
	return a, err == nil
}

func portField(s string) (uint16, bool) {
	v, err := strconv.ParseUint(s, 10, 16)
	return uint16(v), err == nil
}

func protoField(s string) (uint8, bool) {
	v, err := strconv.ParseUint(s, 10, 8)
	return uint8(v), err == nil
}
