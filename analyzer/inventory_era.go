package analyzer

import (
	"slices"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer/bundle"
)

// How much decoded text the era and VFP fingerprints look at: the endpoint
// table comes before the JSON, and every port section of vfpOutput.txt
// repeats the same command set.
const (
	eraWindow = 256 << 10
	vfpWindow = 1 << 20
)

// hnsShape is what the start of an HNS state file shows.
type hnsShape struct {
	pureJSON, idColumn, stateColumn, v1, v2 bool
}

func shapeOf(text string) hnsShape {
	var s hnsShape
	first := true
	js, at := "", 0
	for l := range strings.Lines(text) {
		start := at
		at += len(l)
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if t == "[" || t == "{" || (first && (strings.HasPrefix(t, "[") || strings.HasPrefix(t, "{"))) {
			s.pureJSON = first
			js = text[start:]
			break
		}
		if first {
			fields := strings.Fields(t)
			s.idColumn = len(fields) > 0 && fields[0] == "Id" && slices.Contains(fields, "IpAddress")
			s.stateColumn = slices.Contains(fields, "IsRemoteEndpoint") && slices.Contains(fields, "State")
		}
		first = false
	}
	if js == "" {
		return s
	}
	s.v2 = strings.Contains(js, `"IpConfigurations"`) || strings.Contains(js, `"HostComputeNetwork"`) ||
		strings.Contains(js, `"Ipams"`) || strings.Contains(js, `"HostComputeEndpoints"`)
	s.v1 = !s.v2 && (strings.Contains(js, `"IPAddress"`) || strings.Contains(js, `"VirtualNetwork"`) ||
		strings.Contains(js, `"Subnets"`) || strings.Contains(js, `"References"`))
	return s
}

// eraOf dates the collector from endpoint.txt (network.txt when there are
// no endpoints): pure JSON, table columns, HNS schema.
func eraOf(b *bundle.Bundle, inv *Inventory) (string, []string) {
	var signals []string
	var shape hnsShape
	for _, kind := range []SourceKind{SourceEndpoints, SourceNetworks} {
		for _, sf := range inv.Sources[kind] {
			if sf.State != StatePresent {
				continue
			}
			name := baseName(sf.Path)
			s := shapeOf(readText(b, sf.Path, eraWindow))
			switch {
			case s.pureJSON:
				signals = append(signals, name+" starts with JSON: collectlogs before 2018-07-02")
			case s.idColumn:
				signals = append(signals, name+" table has an Id column: collectlogs 2018-07-02 .. 2019-06-06")
			case s.stateColumn:
				signals = append(signals, name+" table has IsRemoteEndpoint and State columns: collectlogs 2019-06-06 or later")
			}
			if s.v2 {
				signals = append(signals, name+" JSON is HNS schema v2: collectlogs 2022-09-01 or later, or -HnsSchemaVersion 2")
			} else if s.v1 {
				signals = append(signals, name+" JSON is HNS schema v1: before 2022-09-01, -HnsSchemaVersion 1 or Rancher")
			}
			if s.pureJSON || s.v1 || s.v2 {
				shape = s
				return eraFromShape(shape, inv), signals
			}
		}
	}
	return eraFromShape(shape, inv), signals
}

func eraFromShape(s hnsShape, inv *Inventory) string {
	switch {
	case s.pureJSON:
		return EraJSON2018
	case s.v2:
		return EraTableV2
	case s.v1:
		return EraTableV1
	case len(inv.Sources[SourceNamespaces]) > 0:
		return EraTableV2
	}
	return EraUnknown
}

// vfpSignals date dumpVfpPolicies.ps1 by the vfpctrl commands it ran: the
// companion script can be older than collectlogs.ps1 itself.
func vfpSignals(b *bundle.Bundle, inv *Inventory) []string {
	var out []string
	for _, sf := range inv.Sources[SourceVFPDump] {
		if sf.State != StatePresent {
			continue
		}
		text := strings.ToLower(readText(b, sf.Path, vfpWindow))
		listRule := strings.Contains(text, "command list-rule succeeded")
		counters := strings.Contains(text, "command get-rule-counter succeeded")
		name := baseName(sf.Path)
		switch {
		case listRule && counters:
			out = append(out, name+" has list-rule and get-rule-counter: dumpVfpPolicies.ps1 2023-03-25 .. 2023-04-09")
		case counters:
			out = append(out, name+" has get-rule-counter only: dumpVfpPolicies.ps1 2023-04-09 or later")
		case listRule:
			out = append(out, name+" has list-rule only: dumpVfpPolicies.ps1 before 2023-03-25")
		}
		if strings.Contains(text, "command get-flow-stats succeeded") {
			out = append(out, name+" has get-flow-stats: dumpVfpPolicies.ps1 2023-04-27 or later")
		}
		if strings.HasPrefix(string(sf.Encoding), "utf-16") {
			out = append(out, name+" is UTF-16: dumpVfpPolicies.ps1 before 2018-07-02")
		}
	}
	return out
}

func baseName(p string) string { return p[strings.LastIndex(p, "/")+1:] }
