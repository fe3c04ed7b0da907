package analyzer

import (
	"sort"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer/bundle"
)

// Inventory tells what a bundle holds: which file serves each logical
// source, in which encoding and state, which collector layout and era made
// it, what is missing and what was not recognised.
type Inventory struct {
	Bundle       string                      `json:"bundle"`
	Layout       string                      `json:"layout"`
	Era          string                      `json:"era"`
	Host         string                      `json:"host,omitempty"`
	Signals      []string                    `json:"signals,omitempty"`
	Sources      map[SourceKind][]SourceFile `json:"sources"`
	Missing      []SourceKind                `json:"missing,omitempty"`
	Unrecognised []string                    `json:"unrecognised,omitempty"`
	Skipped      []bundle.SkippedEntry       `json:"skipped,omitempty"`
}

// Layouts a bundle can be recognised as.
const (
	LayoutCollectlogs    = "collectlogs"
	LayoutAKS            = "aks"
	LayoutRancher        = "rancher"
	LayoutNetworkHealth  = "networkhealth"
	LayoutSdnDiagnostics = "sdndiagnostics"
	LayoutK2s            = "k2s"
	LayoutUnknown        = "unknown"
)

// Collector eras, from the shape of endpoint.txt and the HNS schema.
const (
	EraJSON2018 = "json-2018" // pure JSON files, collectlogs before 2018-07-02
	EraTableV1  = "table-v1"  // table then HNS v1 JSON, 2018-07-02 .. 2022-09-01
	EraTableV2  = "table-v2"  // table then HNS v2 (HCN) JSON, 2022-09-01 on
	EraUnknown  = "unknown"
)

// CollectlogsMissing is the signal given when a bundle holds none of the
// files collectlogs.ps1 writes.
const CollectlogsMissing = "collectlogs output missing"

// coreSources are what every collectlogs.ps1 run writes; Missing lists the
// ones a bundle lacks.
var coreSources = []SourceKind{
	SourceEndpoints, SourceNetworks, SourceLoadBalancers, SourceVFPDump, SourceVFPPorts,
	SourceRoutes, SourceIPConfig,
}

// TakeInventory resolves every file of the bundle to a logical source,
// sniffs its encoding and state, and fingerprints the collector.
func TakeInventory(b *bundle.Bundle) (*Inventory, error) {
	inv := &Inventory{
		Bundle:  b.Name(),
		Sources: map[SourceKind][]SourceFile{},
		Skipped: b.Skipped(),
	}
	for _, f := range b.Files() {
		rel := relPath(f)
		kind, ok := classify(rel)
		if !ok {
			if !isKnownUnused(rel) {
				inv.Unrecognised = append(inv.Unrecognised, f.Path)
			}
			continue
		}
		inv.Sources[kind] = append(inv.Sources[kind], sniffFile(b, kind, f))
	}
	for _, k := range coreSources {
		if len(inv.Sources[k]) == 0 {
			inv.Missing = append(inv.Missing, k)
		}
	}
	fp := fingerprint(b, inv)
	inv.Layout, inv.Era, inv.Signals, inv.Host = fp.layout, fp.era, fp.signals, fp.host
	sort.Strings(inv.Unrecognised)
	return inv, nil
}

// relPath is the path of a file relative to the root of the archive it came
// from, so files of a nested AKS zip resolve as if it had been uploaded alone.
func relPath(f bundle.File) string {
	if f.Nested != "" {
		return strings.TrimPrefix(f.Path, f.Nested+"/")
	}
	return f.Path
}

// Has reports whether the inventory holds a usable file of kind.
func (inv *Inventory) Has(kind SourceKind) bool { return anyUsable(inv.Sources[kind]) }
