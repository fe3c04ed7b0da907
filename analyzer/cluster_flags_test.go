package analyzer

import (
	"strings"
	"testing"
)

func TestScanProxyFlags(t *testing.T) {
	log := strings.Join([]string{
		`I1118 13:00:00.000000    4242 flags.go:64] FLAG: --bind-address="0.0.0.0"`,
		`I1118 13:00:00.000000    4242 flags.go:64] FLAG: --cluster-cidr="10.244.0.0/16"`,
		`C:\k\kube-proxy.exe --v=4 --proxy-mode=kernelspace --source-vip 10.244.1.2 --hostname-override=win-1`,
	}, "\n")
	var pf proxyFlags
	scanFlags("kubeproxy.log", strings.NewReader(log), &pf)
	if pf.clusterCIDR.Value != "10.244.0.0/16" || pf.clusterCIDR.From != "kubeproxy.log:2" {
		t.Errorf("cluster CIDR %+v", pf.clusterCIDR)
	}
	if pf.sourceVIP.Value != "10.244.1.2" || pf.sourceVIP.From != "kubeproxy.log:3" {
		t.Errorf("source VIP %+v", pf.sourceVIP)
	}
	var none proxyFlags
	scanFlags("x.log", strings.NewReader("--cluster-cidrs=a\n--source-vip=\n"), &none)
	if none.clusterCIDR.Known() || none.sourceVIP.Known() {
		t.Errorf("false match: %+v", none)
	}
}

func TestScanProxyFlagsPastLongLine(t *testing.T) {
	log := strings.Repeat("x", 2<<20) + "\n" + `FLAG: --cluster-cidr="10.244.0.0/16"` + "\n"
	var pf proxyFlags
	scanFlags("kubeproxy.log", strings.NewReader(log), &pf)
	if pf.clusterCIDR.Value != "10.244.0.0/16" || pf.clusterCIDR.From != "kubeproxy.log:2" {
		t.Errorf("flag after a 2 MiB line: %+v", pf.clusterCIDR)
	}
}
