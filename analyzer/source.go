package analyzer

import "github.com/hnsscope/hnsscope/parser/textenc"

// SourceKind names a logical source of a bundle, independent of the file
// name and folder it has in a given collector layout.
type SourceKind string

// Logical sources. The resolver maps bundle files onto these.
const (
	SourceEndpoints         SourceKind = "hns-endpoints"
	SourceNetworks          SourceKind = "hns-networks"
	SourceNetworksDetailed  SourceKind = "hns-networks-detailed"
	SourceLoadBalancers     SourceKind = "hns-loadbalancers"
	SourceNamespaces        SourceKind = "hns-namespaces"
	SourceHNSDiag           SourceKind = "hnsdiag"
	SourceVFPDump           SourceKind = "vfp-dump"
	SourceVFPPorts          SourceKind = "vfp-ports"
	SourceVSwitchForwarding SourceKind = "vswitch-forwarding"
	SourceRoutes            SourceKind = "routes"
	SourceIPConfig          SourceKind = "ipconfig"
	SourceARP               SourceKind = "arp"
	SourceMTU               SourceKind = "mtu"
	SourceWinver            SourceKind = "winver"
	SourceServices          SourceKind = "services"
	SourceSCQuery           SourceKind = "scqueryex"
	SourceNetAdapters       SourceKind = "netadapters"
	SourceAdapterDetails    SourceKind = "adapter-details"
	SourceClusterConfig     SourceKind = "cluster-config"
	SourceCNIConfig         SourceKind = "cni-config"
	SourceKubeletLog        SourceKind = "kubelet-log"
	SourceKubeProxyLog      SourceKind = "kube-proxy-log"
	SourceContainerdLog     SourceKind = "containerd-log"
	SourceFlannelLog        SourceKind = "flannel-log"
	SourceCNILog            SourceKind = "cni-log"
	SourceOtherLog          SourceKind = "log"
	SourceEventLog          SourceKind = "event-log"
	SourceContainers        SourceKind = "containers"
	SourcePortReservations  SourceKind = "port-reservations"
)

// FileState tells apart the ways a source file can hold no data.
type FileState string

// File states.
const (
	StatePresent   FileState = "present"
	StateEmpty     FileState = "empty"      // 0 bytes or BOM only
	StateErrorText FileState = "error-text" // a tool's error or usage text instead of data
	StateTruncated FileState = "truncated"
)

// SourceFile is one bundle file recognised as a logical source.
type SourceFile struct {
	Kind     SourceKind       `json:"kind"`
	Path     string           `json:"path"`
	Size     int64            `json:"size"`
	Encoding textenc.Encoding `json:"encoding,omitempty"`
	State    FileState        `json:"state"`
	Note     string           `json:"note,omitempty"`
}

// Usable reports whether the file holds data to parse: present, or
// truncated with what came before the cut.
func (f SourceFile) Usable() bool { return f.State == StatePresent || f.State == StateTruncated }

// anyUsable reports whether one of files is usable.
func anyUsable(files []SourceFile) bool {
	for _, f := range files {
		if f.Usable() {
			return true
		}
	}
	return false
}
