package cniconf

import (
	"encoding/json"
	"strconv"
	"strings"
)

func readClusterConfig(cfg *Config, root map[string]any, loc *locator) {
	netw := field(field(root, "Kubernetes"), "Network")
	cfg.ClusterCIDR = loc.value(field(netw, "ClusterCidr"), "$.Kubernetes.Network.ClusterCidr", "ClusterCidr")
	cfg.ServiceCIDR = loc.value(field(netw, "ServiceCidr"), "$.Kubernetes.Network.ServiceCidr", "ServiceCidr")
	cfg.DNSIP = loc.value(field(netw, "DnsIp"), "$.Kubernetes.Network.DnsIp", "DnsIp")
	if cni := field(root, "Cni"); cni != nil {
		cfg.PluginType = loc.value(field(cni, "Name"), "$.Cni.Name", "Name")
	}
}

// modeOfPlugin maps a CNI plugin type to the HNS network mode it creates.
func modeOfPlugin(plugin, mode string) string {
	p := strings.ToLower(plugin)
	m := strings.ToLower(mode)
	switch {
	case strings.Contains(p, "overlay") || m == "overlay" || m == "vxlan":
		return "overlay"
	case strings.Contains(p, "bridge") || m == "bridge" || m == "l2bridge" || p == "azure-vnet":
		return "l2bridge"
	}
	return ""
}

func readCNI(cfg *Config, root map[string]any, loc *locator) {
	cfg.NetworkName = loc.value(field(root, "name"), "$.name", "name")
	plugin, path := innermostPlugin(root)
	cfg.PluginType = loc.value(field(plugin, "type"), path+".type", "type")
	if m := modeOfPlugin(cfg.PluginType.Value, str(field(plugin, "mode"))); m != "" {
		cfg.Mode = Value{Value: m, Pos: cfg.PluginType.Pos}
	}
	if dns := field(plugin, "dns"); dns != nil {
		cfg.DNSServers = strs(field(dns, "Nameservers"))
		cfg.DNSSearch = strs(field(dns, "Search"))
		if len(cfg.DNSServers) > 0 {
			cfg.DNSIP = Value{Value: cfg.DNSServers[0], Pos: loc.pos(path+".dns.Nameservers[0]", "Nameservers", cfg.DNSServers[0])}
		}
	}
	if ipam := field(plugin, "ipam"); ipam != nil {
		cfg.PodSubnet = loc.value(field(ipam, "subnet"), path+".ipam.subnet", "subnet")
	}
	readPolicies(cfg, plugin, path, loc)
}

// innermostPlugin follows "plugins"[0] and "delegate" down to the plugin that
// talks to HNS (flannel delegates to win-bridge/win-overlay).
func innermostPlugin(root map[string]any) (any, string) {
	var cur any = root
	path := "$"
	for range 4 {
		if list, ok := field(cur, "plugins").([]any); ok && len(list) > 0 {
			cur, path = list[0], path+".plugins[0]"
			continue
		}
		if d := field(cur, "delegate"); d != nil {
			cur, path = d, path+".delegate"
			continue
		}
		break
	}
	return cur, path
}

// readPolicies takes OutBoundNAT exceptions and NeedEncap routes from the
// "policies" (win-bridge/sdnbridge) or "AdditionalArgs" (Azure CNI) list.
func readPolicies(cfg *Config, plugin any, path string, loc *locator) {
	for _, key := range []string{"policies", "AdditionalArgs"} {
		list, _ := field(plugin, key).([]any)
		for i, p := range list {
			val := field(p, "value")
			typ := strings.ToLower(str(field(val, "Type")))
			settings := field(val, "Settings")
			if settings == nil {
				settings = val
			}
			at := path + "." + key + "[" + strconv.Itoa(i) + "].value"
			switch typ {
			case "outboundnat":
				ex := strs(field(settings, "ExceptionList"))
				ex = append(ex, strs(field(settings, "Exceptions"))...)
				for _, e := range ex {
					cfg.Exceptions = append(cfg.Exceptions, Value{Value: e, Pos: loc.pos(at, "ExceptionList", e)})
				}
			case "route", "sdnroute":
				if b, _ := field(settings, "NeedEncap").(bool); b {
					if d := str(field(settings, "DestinationPrefix")); d != "" {
						cfg.EncapRoutes = append(cfg.EncapRoutes, Value{Value: d, Pos: loc.pos(at, "DestinationPrefix", d)})
					}
				}
			}
		}
	}
}

func readFlannel(cfg *Config, root map[string]any, loc *locator) {
	cfg.ClusterCIDR = loc.value(field(root, "Network"), "$.Network", "Network")
	backend := field(root, "Backend")
	typ := strings.ToLower(str(field(backend, "Type")))
	if typ != "" {
		mode := "l2bridge"
		if typ == "vxlan" {
			mode = "overlay"
		}
		cfg.Mode = Value{Value: mode, Pos: loc.pos("$.Backend.Type", "Type", str(field(backend, "Type")))}
	}
	if n, ok := field(backend, "VNI").(json.Number); ok {
		cfg.VNI, _ = n.Int64()
	}
}
