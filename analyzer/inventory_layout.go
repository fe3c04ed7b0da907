package analyzer

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer/bundle"
)

// collectlogsNames are files only collectlogs.ps1 (in any of its copies)
// writes; one of them is enough to call a bundle collectlogs output.
var collectlogsNames = []string{
	"endpoint.txt", "network.txt", "networkdetailed.txt", "policy.txt", "namespaces.txt", "hnsdiag.txt",
	"vfpoutput.txt", "ports.txt", "vswitchforwarding.txt", "routes.txt", "ip.txt", "arp.txt", "winver.txt",
	"mtu.txt", "scqueryex.txt", "windowsservices.txt", "netadapter.txt", "reservedports.txt",
}

// lookAlikes are collectors whose bundles are not collectlogs output; they
// are recognised by file names so the user learns what was handed in.
var lookAlikes = []struct {
	layout string
	signal string
	match  func(base string) bool
}{
	{LayoutNetworkHealth, "networkhealth.ps1 replay JSON (endpointdata.json, networkdata.json ...)", func(b string) bool {
		return b == "endpointdata.json" || b == "networkdata.json" || b == "loadbalancerdata.json" || b == "nodedata.json"
	}},
	{LayoutSdnDiagnostics, "SdnDiagnostics per-port vfpctrl files", func(b string) bool {
		return strings.Contains(b, "vfpctrl_list_rule") || strings.Contains(b, "vfpctrl_get_port_state") ||
			strings.Contains(b, "vfpctrl_list-vmswitch-port") || strings.Contains(b, "vfpctrl_list_vmswitch_port")
	}},
	{LayoutK2s, "K2s NetworkDump.ps1 files (vfprules.txt, hnsdiag.json, servicestatus.txt)", func(b string) bool {
		return b == "vfprules.txt" || b == "hnsdiag.json" || b == "servicestatus.txt"
	}},
}

// presenceSignals date a collectlogs run by the files it wrote.
var presenceSignals = []struct {
	base, signal string
}{
	{"namespaces.txt", "namespaces.txt present: collectlogs 2022-09-01 or later"},
	{"containers.txt", "containers.txt present: collectlogs 2022-09-01 or later"},
	{"docker.txt", "docker.txt present: collectlogs 2019-04-16 .. 2022-09-01"},
	{"hnsportpoolallocs.txt", "hnsportpoolallocs.txt present: collectlogs 2024-07-31 or later"},
	{"windowsservices.txt", "windowsServices.txt present: collectlogs 2024-07-31 or later"},
	{"hnsdiag.adapters.txt", "hnsdiag.adapters.txt present: collectlogs 2021-03-24 .. 2022-09-01"},
	{"scqueryex.txt", "scqueryex.txt present: collectlogs 2021-11-04 or later"},
	{"netadapter.txt", "netadapter.txt present: collectlogs 2021-11-16 or later"},
	{"kubeclusterconfig.json", "kubeclusterconfig.json present: AKS collect-windows-logs.ps1 wrapper"},
	{"collect-windows-logs-output.log", "collect-windows-logs-output.log present: AKS collect-windows-logs.ps1 wrapper"},
}

var dirSignals = []struct {
	dir, signal string
}{
	{"wfp", "wfp/ present: collectlogs 2022-02-22 or later"},
	{"adapters", "adapters/ present: collectlogs 2021-11-16 or later"},
	{"winevt", "winevt/ present: collectlogs 2021-11 or later"},
	{"hnslogs", "hnslogs/ present: microsoft/wcnscripts copy of collectlogs.ps1"},
	{"network/hns", "network/hns/ present: Rancher windows log collector"},
}

var (
	aksZipName     = regexp.MustCompile(`(?i)^(.+)-\d{8}-\d{6}_logs\.zip$`)
	healthZipName  = regexp.MustCompile(`(?i)^(.+)-\d{8}-\d{6}_troubleshooting\.zip$`)
	rancherTarName = regexp.MustCompile(`(?i)^rancher_[a-z0-9]+_(.+)_\d{4}-\d{2}-\d{2}`)
)

// bundleFacts are the names and folders of a bundle, relative to the root
// of the archive each file came from.
type bundleFacts struct {
	bases map[string]bool
	dirs  map[string]bool
	// homes are the folders collectlogs files sit in ("." for the root).
	homes    map[string]bool
	rootEvtx bool
	names    []string // bundle and nested archive base names
}

func collectFacts(b *bundle.Bundle) bundleFacts {
	f := bundleFacts{bases: map[string]bool{}, dirs: map[string]bool{}, homes: map[string]bool{}}
	isCollectlogs := map[string]bool{}
	for _, n := range collectlogsNames {
		isCollectlogs[n] = true
	}
	f.names = append(f.names, path.Base(strings.ReplaceAll(b.Name(), `\`, "/")))
	nested := map[string]bool{}
	for _, file := range b.Files() {
		rel := strings.ToLower(relPath(file))
		f.bases[path.Base(rel)] = true
		if isCollectlogs[path.Base(rel)] {
			f.homes[path.Dir(relPath(file))] = true
		}
		for d := path.Dir(rel); d != "."; d = path.Dir(d) {
			f.dirs[d] = true
			f.dirs[path.Base(d)] = true
			if strings.HasSuffix(d, "network/hns") {
				f.dirs["network/hns"] = true
			}
		}
		if strings.HasSuffix(rel, ".evtx") && !strings.Contains(rel, "winevt/") {
			f.rootEvtx = true
		}
		if file.Nested != "" && !nested[file.Nested] {
			nested[file.Nested] = true
			f.names = append(f.names, path.Base(file.Nested))
		}
	}
	return f
}

// fingerprintResult is what the file names and contents tell about the
// collector that made a bundle.
type fingerprintResult struct {
	layout, era, host string
	signals           []string
}

func fingerprint(b *bundle.Bundle, inv *Inventory) fingerprintResult {
	facts := collectFacts(b)
	var r fingerprintResult
	r.signals = nameSignals(facts)
	r.layout = layoutOf(facts, &r.signals)
	era, eraSignals := eraOf(b, inv)
	r.era = era
	r.signals = append(r.signals, eraSignals...)
	r.signals = append(r.signals, vfpSignals(b, inv)...)
	r.host = hostOf(b, inv, facts)
	return r
}

func nameSignals(f bundleFacts) []string {
	var out []string
	for _, n := range f.names {
		if aksZipName.MatchString(n) {
			out = append(out, n+": AKS collect-windows-logs.ps1 zip name")
		}
	}
	for _, s := range presenceSignals {
		if f.bases[s.base] {
			out = append(out, s.signal)
		}
	}
	for _, s := range dirSignals {
		if f.dirs[s.dir] {
			out = append(out, s.signal)
		}
	}
	if !f.dirs["network/hns"] {
		out = append(out, homeSignals(f.homes)...)
	}
	if f.rootEvtx && !f.dirs["winevt"] {
		out = append(out, "*.evtx outside winevt/: collectlogs 2021-01 .. 2021-11")
	}
	return out
}

func layoutOf(f bundleFacts, signals *[]string) string {
	hasCollectlogs := false
	for _, n := range collectlogsNames {
		hasCollectlogs = hasCollectlogs || f.bases[n]
	}
	rancher := f.dirs["network/hns"] || f.bases["hnsdiaglistall"] || f.bases["vfpports.txt"]
	aks := f.bases["kubeclusterconfig.json"] || f.bases["collect-windows-logs-output.log"]
	for _, n := range f.names {
		aks = aks || aksZipName.MatchString(n)
	}
	switch {
	case rancher:
		*signals = append(*signals, "Rancher collector: no vfpOutput.txt, VFP rules are not collected")
		return LayoutRancher
	case aks && hasCollectlogs:
		return LayoutAKS
	case hasCollectlogs:
		return LayoutCollectlogs
	}
	for _, la := range lookAlikes {
		for base := range f.bases {
			if la.match(base) {
				*signals = append(*signals, la.signal+": not a collectlogs bundle")
				return la.layout
			}
		}
	}
	for _, n := range f.names {
		if healthZipName.MatchString(n) {
			*signals = append(*signals, n+": networkhealth.ps1 zip name: not a collectlogs bundle")
			return LayoutNetworkHealth
		}
	}
	if aks {
		*signals = append([]string{CollectlogsMissing + ": the AKS zip holds none of the files collectlogs.ps1 writes" +
			" (the wrapper zipped the wrong folder under C:\\k\\debug)"}, *signals...)
		return LayoutAKS
	}
	*signals = append([]string{CollectlogsMissing + ": none of the files collectlogs.ps1 writes were found"}, *signals...)
	return LayoutUnknown
}

// hostOf takes the host name from ipconfig output, else from the archive
// name the AKS, networkhealth or Rancher collector gave.
func hostOf(b *bundle.Bundle, inv *Inventory, f bundleFacts) string {
	for _, sf := range inv.Sources[SourceIPConfig] {
		for _, line := range strings.Split(readText(b, sf.Path, 16<<10), "\n") {
			key, value, ok := strings.Cut(line, ":")
			if ok && strings.HasPrefix(strings.TrimSpace(key), "Host Name") && strings.TrimSpace(value) != "" {
				return strings.TrimSpace(value)
			}
		}
	}
	names := append([]string(nil), f.names...)
	sort.Strings(names)
	for _, n := range names {
		for _, re := range []*regexp.Regexp{aksZipName, healthZipName, rancherTarName} {
			if m := re.FindStringSubmatch(n); m != nil {
				return m[1]
			}
		}
	}
	return ""
}

// homeSignals say where the collectlogs files are; several folders usually
// mean several runs zipped together, whose objects must not be merged.
func homeSignals(homes map[string]bool) []string {
	names := make([]string, 0, len(homes))
	for h := range homes {
		if h == "." {
			h = "the archive root"
		} else {
			h += "/"
		}
		names = append(names, h)
	}
	sort.Strings(names)
	switch len(names) {
	case 0:
		return nil
	case 1:
		if names[0] == "the archive root" {
			return []string{"collectlogs files at the archive root"}
		}
		return []string{"collectlogs files in folder " + names[0]}
	}
	return []string{fmt.Sprintf("collectlogs files in %d folders (%s): several runs in one bundle?",
		len(names), strings.Join(names, ", "))}
}
