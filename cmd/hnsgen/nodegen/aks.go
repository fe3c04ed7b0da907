package nodegen

import (
	"fmt"
	"strings"
	"time"
)

// Klog formats one klog line: severity, MMDD hh:mm:ss.micro, pid, file:line] msg.
func Klog(t time.Time, sev byte, pid int, src, msg string) string {
	return fmt.Sprintf("%c%s %7d %s] %s", sev, t.Format("0102 15:04:05.000000"), pid, src, msg)
}

func (n *Node) aksFiles() []File {
	t := n.CollectedAt().Add(-2 * time.Hour)
	logs := map[string][]string{}
	svc := func(name string) int {
		if s := n.Service(name); s != nil {
			return s.PID
		}
		return 0
	}
	logs["kubelet.log"] = []string{
		Klog(t, 'I', svc("kubelet"), "server.go:487", `"Kubelet version" kubeletVersion="v1.29.9"`),
		Klog(t.Add(2*time.Second), 'I', svc("kubelet"), "kubelet.go:2378", `"Starting kubelet main sync loop"`),
		Klog(t.Add(31*time.Second), 'I', svc("kubelet"), "kubelet.go:2465", `"SyncLoop ADD" source="api" pods=["kube-system/coredns-7db6d8ff4d-x2kqv","default/web-5d8f7c9b6-4htzp","default/client-6c9f8d7b5-q8wlm"]`),
	}
	logs["kubeproxy.log"] = []string{
		Klog(t, 'I', svc("kubeproxy"), "server_others.go:72", `"Using winkernel proxy"`),
		Klog(t.Add(time.Second), 'I', svc("kubeproxy"), "proxier.go:655", fmt.Sprintf(`"Hns Network" networkName="%s" networkType="%s"`, n.PodNetwork().Name, n.PodNetwork().Type)),
		Klog(t.Add(3*time.Second), 'I', svc("kubeproxy"), "proxier.go:1198", `"Syncing proxy rules complete" elapsed="1.2143612s"`),
	}
	logs["containerd.log"] = []string{
		fmt.Sprintf(`time="%s" level=info msg="starting containerd" revision=d8f198a4ed8892c764191ef7b3b06d8a2eeb5c7f version=v1.7.22`, t.Format(time.RFC3339Nano)),
		fmt.Sprintf(`time="%s" level=info msg="containerd successfully booted in 0.124516s"`, t.Add(time.Second).Format(time.RFC3339Nano)),
	}
	logs["azure-vnet.log"] = []string{
		t.Format("2006/01/02 15:04:05") + " [2716] Formatted Boot time: 2024-11-18 09:12:31",
		t.Add(time.Minute).Format("2006/01/02 15:04:05") + " [2716] [cni-net] Plugin azure-vnet version v1.5.38.",
	}
	var fs []File
	for _, name := range []string{"kubelet.log", "kubeproxy.log", "containerd.log", "azure-vnet.log"} {
		fs = append(fs, File{Path: name, Data: []byte(strings.Join(logs[name], "\n") + "\n")})
	}
	ts := n.CollectedAt().Format("20060102-030405")
	fs = append(fs, File{Path: ts + "-cri-containerd-pods.txt", Data: Encode(EncUTF16, CRLF(n.crictlPods()))})
	fs = append(fs, File{Path: ts + "-containerd-info.txt", Data: Encode(EncUTF16, CRLF(
		"containerd github.com/containerd/containerd v1.7.22 7f7fdf5fed64eb6a7caf99b3e12efcf9d60e311c\n"))})
	fs = append(fs, File{Path: "kubeclusterconfig.json", Data: Encode(EncUTF16, CRLF(ConvertToJSON(JSONPS51, []any{n.clusterConfig()})))})
	fs = append(fs, File{Path: "10-azure.conflist", Data: []byte(RenderJSON(JSONPS7, n.cniConfig()) + "\n")})
	return fs
}

func (n *Node) clusterConfig() Obj {
	return Obj{
		{"Cri", Obj{{"Name", "containerd"}, {"Images", Obj{{"Pause", "mcr.microsoft.com/oss/kubernetes/pause:3.9"}}}}},
		{"Cni", Obj{{"Name", "azure"}, {"Plugin", Obj{{"Name", "bridge"}}}, {"Config", Obj{{"Path", `c:\k\azurecni\netconf`}}}}},
		{"Csi", Obj{{"EnableProxy", true}}},
		{"Kubernetes", Obj{
			{"Source", Obj{{"Release", "1.29.9"}}},
			{"ControlPlane", Obj{{"IpAddress", "10.240.0.10"}, {"Username", "azureuser"}, {"MasterSubnet", n.NodeSubnet.String()}}},
			{"Network", Obj{{"ServiceCidr", n.Cluster.ServiceCIDR.String()}, {"ClusterCidr", n.Cluster.ClusterCIDR.String()}, {"DnsIp", n.Cluster.DNSIP.String()}}},
			{"Kubelet", Obj{{"NodeLabels", "kubernetes.azure.com/role=agent,kubernetes.io/os=windows"}, {"ConfigArgs", Arr{"--max-pods=30", "--cluster-dns=" + n.Cluster.DNSIP.String()}}}},
			{"Kubeproxy", Obj{{"FeatureGates", Arr{"WinDSR=true"}}, {"ConfigArgs", Arr{"--enable-dsr=true", "--hostname-override=" + strings.ToLower(n.Name)}}}},
		}},
		{"Install", Obj{{"Destination", `c:\k`}}},
	}
}

func (n *Node) cniConfig() Obj {
	var exc []string
	for _, e := range n.LocalPods() {
		for _, p := range e.Policies {
			if p.Kind == PolOutBoundNAT && exc == nil {
				exc = p.Exceptions
			}
		}
	}
	return Obj{
		{"cniVersion", "0.3.0"}, {"name", n.PodNetwork().Name}, {"adapterName", ""},
		{"plugins", Arr{Obj{
			{"type", "azure-vnet"}, {"mode", "bridge"}, {"bridge", "azure0"}, {"capabilities", Obj{{"portMappings", true}, {"dns", true}}},
			{"ipam", Obj{{"type", "azure-vnet-ipam"}}},
			{"dns", Obj{{"Nameservers", Arr{n.Cluster.DNSIP.String(), "168.63.129.16"}}, {"Search", Arr{"svc.cluster.local"}}}},
			{"AdditionalArgs", Arr{
				Obj{{"Name", "EndpointPolicy"}, {"Value", Obj{{"Type", "OutBoundNAT"}, {"ExceptionList", strs(exc)}}}},
				Obj{{"Name", "EndpointPolicy"}, {"Value", Obj{{"Type", "ROUTE"}, {"DestinationPrefix", n.Cluster.ServiceCIDR.String()}, {"NeedEncap", true}}}},
			}},
			{"windowsSettings", Obj{{"enableLoopbackDSR", true}}},
		}}},
	}
}

// crictlPods renders `crictl pods`, which ties pod names to sandbox IDs.
func (n *Node) crictlPods() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-20s%-20s%-20s%-27s%-20s%-20s%s\n", "POD ID", "CREATED", "STATE", "NAME", "NAMESPACE", "ATTEMPT", "RUNTIME")
	for _, e := range n.LocalPods() {
		if len(e.Containers) == 0 {
			continue
		}
		ns := "default"
		if len(e.DNSSuffix) > 0 {
			ns = strings.TrimSuffix(e.DNSSuffix[0], ".svc.cluster.local")
		}
		fmt.Fprintf(&b, "%-20s%-20s%-20s%-27s%-20s%-20d%s\n", e.Containers[0][:13], "2 hours ago", "Ready", e.PodName, ns, 0, "(default)")
	}
	return b.String()
}
