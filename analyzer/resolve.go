package analyzer

import (
	"strings"
)

// sourceByName maps lower-case base names to sources. The same logical
// source has different names in different collectors: collectlogs.ps1 (any
// folder), the AKS wrapper zip (flattened at the root) and the Rancher
// collector (network/hns/..., names without extension).
var sourceByName = map[string]SourceKind{
	"endpoint.txt":           SourceEndpoints,
	"network.txt":            SourceNetworks,
	"networkdetailed.txt":    SourceNetworksDetailed,
	"policy.txt":             SourceLoadBalancers,
	"namespaces.txt":         SourceNamespaces,
	"hnsdiag.txt":            SourceHNSDiag,
	"hnsdiaglistall":         SourceHNSDiag,
	"vfpoutput.txt":          SourceVFPDump,
	"ports.txt":              SourceVFPPorts,
	"vfpports.txt":           SourceVFPPorts,
	"vswitchforwarding.txt":  SourceVSwitchForwarding,
	"routes.txt":             SourceRoutes,
	"ipv4routes.txt":         SourceRoutes,
	"ipv6routes.txt":         SourceRoutes,
	"networkroutes":          SourceRoutes,
	"ip.txt":                 SourceIPConfig,
	"ipconfigall.txt":        SourceIPConfig,
	"arp.txt":                SourceARP,
	"mtu.txt":                SourceMTU,
	"ipv4subinterfaces":      SourceMTU,
	"winver.txt":             SourceWinver,
	"windowsservices.txt":    SourceServices,
	"scqueryex.txt":          SourceSCQuery,
	"netadapter.txt":         SourceNetAdapters,
	"networkadapter":         SourceNetAdapters,
	"kubeclusterconfig.json": SourceClusterConfig,
	"net-conf.json":          SourceCNIConfig,
	"cni-conf.json":          SourceCNIConfig,
	"containers.txt":         SourceContainers,
	"docker.txt":             SourceContainers,
	"reservedports.txt":      SourcePortReservations,
	"excludedportrange.txt":  SourcePortReservations,
	"dynamicportrange.txt":   SourcePortReservations,
}

// knownUnused are files collectors write that no check reads; they are not
// reported as unrecognised.
var knownUnused = map[string]bool{
	"firewall.txt": true, "tcpconnections.txt": true, "hcsdiag.txt": true, "nvspinfo.txt": true,
	"nmscrub.txt": true, "nmbind.txt": true, "hnsportpoolallocs.txt": true, "hnsdiag.adapters.txt": true,
	"shimdiag.txt": true, "bootstrap-config": true, "config.toml": true, "disk-usage.txt": true,
	"azure-vnet.json": true, "azure-vnet-ipam.json": true, "hosts.txt": true, "googlelookup": true,
	"ipv6subinterfaces": true, "netstatroute": true, "netstatstats": true,
	"netstatall": true, "firewallinbound": true, "firewalloutbound": true, "firewallactivepolicy": true,
	"ie-proxy.txt": true, "system-env-proxy.txt": true, "collectlogs.ps1": true,
}

// logKinds recognise component logs by the start of their name; the AKS
// wrapper copies every C:\k\*.log* (kubelet.err.log, kubelet.log.1, ...).
var logKinds = []struct {
	prefix string
	kind   SourceKind
}{
	{"kubelet", SourceKubeletLog},
	{"kubeproxy", SourceKubeProxyLog},
	{"kube-proxy", SourceKubeProxyLog},
	{"containerd", SourceContainerdLog},
	{"flanneld", SourceFlannelLog},
	{"flannel", SourceFlannelLog},
	{"azure-vnet", SourceCNILog},
	{"calico", SourceCNILog},
	{"felix", SourceCNILog},
	{"cni", SourceCNILog},
}

// classify returns the source a bundle file holds, from its path relative
// to the bundle (or nested archive) root. ok is false for files no check
// reads.
func classify(rel string) (kind SourceKind, ok bool) {
	lower := strings.ToLower(rel)
	base := lower[strings.LastIndex(lower, "/")+1:]
	if k, found := sourceByName[base]; found {
		return k, true
	}
	switch {
	case strings.HasSuffix(base, "_int.txt"):
		return SourceAdapterDetails, true
	case strings.HasSuffix(base, ".conflist"),
		strings.HasSuffix(base, ".conf") && hasDir(lower, "cni"):
		return SourceCNIConfig, true
	case strings.HasSuffix(base, ".evtx"),
		strings.HasSuffix(base, ".json") && hasDir(lower, "eventlogs"),
		strings.HasSuffix(base, "_services.csv"):
		return SourceEventLog, true
	case strings.HasSuffix(base, "-containerd-containers.txt"):
		return SourceContainers, true
	case isLogName(base):
		for _, l := range logKinds {
			if strings.HasPrefix(base, l.prefix) {
				return l.kind, true
			}
		}
		return SourceOtherLog, true
	}
	return "", false
}

// isLogName accepts x.log, x.err.log, x.log.1 and x.log.2024-01-02.
func isLogName(base string) bool {
	i := strings.Index(base, ".log")
	return i > 0 && (i+4 == len(base) || base[i+4] == '.' || base[i+4] == '-')
}

func hasDir(lowerPath, dir string) bool {
	return strings.HasPrefix(lowerPath, dir+"/") || strings.Contains(lowerPath, "/"+dir+"/")
}

// isKnownUnused reports files a collector writes that no check reads.
func isKnownUnused(rel string) bool {
	lower := strings.ToLower(rel)
	base := lower[strings.LastIndex(lower, "/")+1:]
	switch {
	case knownUnused[base]:
		return true
	case hasDir(lower, "wfp"), hasDir(lower, "hnslogs"), hasDir(lower, "firewall"), hasDir(lower, "certs"):
		return true
	case strings.HasSuffix(base, ".csv"), strings.HasSuffix(base, ".etl"), strings.HasSuffix(base, ".ps1"),
		strings.HasSuffix(base, ".psm1"), strings.HasSuffix(base, ".zip"):
		return true
	}
	return false
}
