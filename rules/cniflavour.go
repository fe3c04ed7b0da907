package rules

import (
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/cniconf"
)

// azureCNI reports an AKS Azure CNI pod network (the "azure" network, or an
// azure-vnet plugin in the CNI configuration) and says how it was told.
func azureCNI(s *analyzer.Snapshot) (bool, string) {
	if s.PodNetwork != nil && strings.EqualFold(s.PodNetwork.Name, "azure") {
		return true, "the pod network is named azure"
	}
	if c := azureConfig(s); c != nil {
		return true, c.File + " uses the " + c.PluginType.Value + " plugin"
	}
	return false, ""
}

// notAzureCNI: Azure CNI pods use the VNet gateway, not .1/.2.
func notAzureCNI(s *analyzer.Snapshot) (bool, string) {
	if ok, why := azureCNI(s); ok {
		return false, "Azure CNI (" + why + "): pods use the VNet gateway and hold VNet addresses; the .1/.2 layout and per-node pod subnets do not apply"
	}
	return true, ""
}

// azureConfig returns the Azure CNI configuration of the bundle, the one
// listing OutBoundNAT exceptions (10-azure.conflist) first, before the AKS
// cluster config that only names the plugin; nil when there is none.
func azureConfig(s *analyzer.Snapshot) *cniconf.Config {
	var named *cniconf.Config
	for _, c := range s.Configs {
		if !strings.EqualFold(c.PluginType.Value, "azure-vnet") && !strings.EqualFold(c.PluginType.Value, "azure") {
			continue
		}
		if len(c.Exceptions) > 0 {
			return c
		}
		if named == nil {
			named = c
		}
	}
	return named
}

// calicoL2Bridge reports a Calico l2bridge (BGP) pod network: the network
// is named Calico or the CNI configuration uses the calico plugin.
// The .1/.2 layout is documented for flannel host-gw, win-bridge and
// sdnbridge only, so Calico's gateway layout is not known.
func calicoL2Bridge(s *analyzer.Snapshot) (bool, string) {
	if s.Mode != "l2bridge" {
		return false, ""
	}
	if s.PodNetwork != nil && strings.HasPrefix(strings.ToLower(s.PodNetwork.Name), "calico") {
		return true, "the l2bridge pod network is named " + s.PodNetwork.Name
	}
	for _, c := range s.Configs {
		if strings.EqualFold(c.PluginType.Value, "calico") {
			return true, c.File + " uses the calico plugin"
		}
	}
	return false, ""
}

// bridgeLayoutKnown: the .1/.2 gateway layout is documented for flannel
// host-gw, win-bridge and sdnbridge, not for Azure CNI or Calico.
func bridgeLayoutKnown(s *analyzer.Snapshot) (bool, string) {
	if ok, why := notAzureCNI(s); !ok {
		return false, why
	}
	if ok, why := calicoL2Bridge(s); ok {
		return false, "Calico l2bridge (" + why + "): its gateway and bridge-endpoint layout is not documented, only that of flannel host-gw, win-bridge and sdnbridge"
	}
	return true, ""
}

// flannelRemote reports a remote endpoint flannel VXLAN created for one
// remote pod before the Remote Subnet feature ("remote_<ip>" with a PA
// policy): flannel owns it, not kube-proxy, so no
// load balancer has to reference it.
func flannelRemote(e *analyzer.Endpoint) bool {
	return e.Remote && e.IP.IsValid() && strings.EqualFold(e.Name, "remote_"+e.IP.String())
}
