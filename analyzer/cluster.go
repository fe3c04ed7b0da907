package analyzer

// Param is one cluster parameter with where it came from, so a finding can
// say whether a CIDR was read from a config file, inferred from the data or
// given on the command line.
type Param struct {
	Value string `json:"value"`
	// Origin is "config", "inferred", "flag" or "" when unknown.
	Origin string `json:"origin,omitempty"`
	// From names the file or the data the value was taken from.
	From string `json:"from,omitempty"`
}

// Known reports whether the parameter has a value.
func (p Param) Known() bool { return p.Value != "" }

// Parameter origins.
const (
	OriginConfig   = "config"
	OriginInferred = "inferred"
	OriginFlag     = "flag"
)

// ClusterParams are the cluster-wide facts rules compare against.
type ClusterParams struct {
	ClusterCIDR  Param `json:"clusterCIDR"`
	ServiceCIDR  Param `json:"serviceCIDR"`
	NodeSubnet   Param `json:"nodeSubnet"`
	PodSubnet    Param `json:"podSubnet"`
	DNSIP        Param `json:"dnsIP"`
	NetworkMode  Param `json:"networkMode"`
	ManagementIP Param `json:"managementIP"`
	SourceVIP    Param `json:"sourceVIP"`
}

// ClusterOverrides are parameters given by flags or a config file; a
// non-empty value wins over what the bundle says.
type ClusterOverrides struct {
	ClusterCIDR string `json:"clusterCIDR,omitempty"`
	ServiceCIDR string `json:"serviceCIDR,omitempty"`
	DNSIP       string `json:"dnsIP,omitempty"`
	NodeSubnet  string `json:"nodeSubnet,omitempty"`
}
