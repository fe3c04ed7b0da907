package rules

import (
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser/logscan"
	"github.com/hnsscope/hnsscope/rules/catalogue"
)

// signatureCases holds, per log signature, real-looking lines that must fire
// and near misses that must not.
var signatureCases = []struct {
	id    string
	fires []string
	near  []string
}{
	{"KI-HNS-UNSPECIFIED",
		[]string{`E1123 10:00:00.123456    4242 cni.go:387] [cni-net] Failed to create endpoint: HNS failed with error : Unspecified error`,
			`time="2024-01-10T12:00:00Z" level=error msg="hcnCreateEndpoint failed in Win32: Unspecified error (0x80004005)"`},
		[]string{`E1123 10:00:00.123456    4242 config.go:12] failed to read config: Unspecified error`}},
	{"KI-HNS-INVALIDPARAM",
		[]string{`E1123 10:00:01.000000    4242 proxier.go:1375] Policy creation failed: hcnCreateLoadBalancer failed in Win32: The parameter is incorrect. (0x57)`,
			`2024/01/10 12:00:00 [azure-vnet] Failed to create network: HNS failed with error : Invalid Parameter`},
		[]string{`E1123 10:00:01.000000    4242 mount_windows.go:91] Mount failed: The parameter is incorrect.`}},
	{"KI-HNS-ELEMENTNOTFOUND",
		[]string{`E1123 10:00:02.000000    4242 hns.go:80] hnsCall failed in Win32: Element not found. (0x490)`},
		[]string{`I1123 10:00:02.000000    4242 registry.go:20] key lookup returned Element not found`}},
	{"KI-HNS-OBJEXISTS",
		[]string{`[cni-net] Failed to create network: HNS failed with error : {Object Exists} An attempt was made to create an object and the object name already existed.`,
			`E1123 10:00:03.000000    4242 network.go:1] hcnCreateNetwork failed in Win32: The object already exists. (0x1392)`},
		[]string{`E1123 10:00:03.000000    4242 kubelet.go:1] pods "web-0" already exists`}},
	{"KI-HCS-CREATECONTAINER",
		[]string{`time="2024-01-10T12:00:03Z" level=error msg="CreateContainer: failure in a Windows system call: The virtual machine could not be started. (0xc0370102)"`},
		[]string{`time="2024-01-10T12:00:03Z" level=error msg="hcsshim::System::Start: failure in a Windows system call"`}},
	{"KI-HNS-ADDRRESERVED",
		[]string{`E1123 10:00:04.000000    4242 cni.go:1] hcnCreateEndpoint failed in Win32: An address provided is invalid or reserved. (0x803b002f)`},
		[]string{`E1123 10:00:04.000000    4242 cni.go:1] dial tcp: address 10.0.0.300: invalid IP address`}},
	{"KI-HNS-PORTEXISTS",
		[]string{`E1123 10:00:05.000000    4242 proxier.go:1375] Policy creation failed: HNS failed with error : The specified port already exists.`},
		[]string{`E1123 10:00:05.000000    4242 server.go:1] The specified port is already in use by another process`}},
	{"KI-HNS-SWITCHPORTNOTFOUND",
		[]string{`E1123 10:00:06.000000    4242 cni.go:1] hcnCreateEndpoint failed in Win32: The switch-port was not found. (0x803b0007)`,
			`[cni-net] {"Success":false,"Error":"The switch-port was not found.","ErrorCode":2151350279}`},
		[]string{`E1123 10:00:06.000000    4242 service.go:1] port 30080 was not found in service default/web`}},
	{"KI-HNS-LBEXISTS",
		[]string{`E1123 10:00:07.000000    4242 hns.go:421] hcnCreateLoadBalancer failed in Win32: The object already exists. (0x1392)`},
		[]string{`I1123 10:00:07.000000    4242 hns.go:430] hcnCreateLoadBalancer succeeded, id=5d0ab1f5`}},
	{"KI-HNS-EPINVALIDSTATE",
		[]string{`E1123 10:00:08.000000    4242 cni.go:1] HNS failed with error : Endpoint is in invalid state`},
		[]string{`I1123 10:00:08.000000    4242 cni.go:1] Endpoint is in state Attached`}},
	{"KI-HNS-ATTACHNS",
		[]string{`[cni-net] Failed to add endpoint to namespace: attach namespace failed (0x803b002e)`},
		[]string{`[cni-net] attach namespace succeeded for endpoint 1f6a`}},
	{"KI-KUBEPROXY-NONETWORK",
		[]string{`E1123 10:00:09.000000    4242 server_windows.go:112] Unable to find HNS Network specified by flannel.4096. Please check network name and CNI deployment`},
		[]string{`E1123 10:00:09.000000    4242 proxier.go:1] Unable to find HNS endpoint for 10.244.1.5`}},
	{"KI-HNS-NETWORKNOTFOUND",
		[]string{`E1123 10:00:10.000000    4242 hns.go:1] HNS failed with error : Network-Not-Found`,
			`{"Success":false,"Error":"Network not found","ErrorCode":2151350273}`},
		[]string{`I1123 10:00:10.000000    4242 hns.go:1] HNS reported Network-Not-Ready, retrying`}},
	{"KI-HNS-ELBDSRUPDATE",
		[]string{`2024-01-10 12:00:11 HNS event ElbDsrPolicy-Update-Failure endpoint=6e2c1c5a`},
		[]string{`2024-01-10 12:00:11 HNS event ElbDsrPolicy-Update-Success endpoint=6e2c1c5a`}},
	{"KI-KUBELET-SANDBOX",
		[]string{`E1123 10:00:12.000000    4242 pod_workers.go:965] "Error syncing pod, skipping" err="failed to \"CreatePodSandbox\" for \"web\" with CreatePodSandboxError: \"Failed to create pod sandbox: rpc error: code = Unknown\""`,
			`Warning  FailedCreatePodSandBox  2m  kubelet  Failed to create pod sandbox`},
		[]string{`I1123 10:00:12.000000    4242 kuberuntime_manager.go:1] Created PodSandbox "web" with id 8a6f`}},
	{"KI-DOCKER-VXLANEXISTS",
		[]string{`time="2024-01-10T12:00:13Z" level=error msg="failed to create vxlan interface: error creating VXLAN interface: file exists"`},
		[]string{`time="2024-01-10T12:00:13Z" level=error msg="error creating VXLAN interface: operation not supported"`}},
	{"KI-HNS-ERRORCODE",
		[]string{`E1123 10:00:14.000000    4242 hns.go:1] {"Success":false,"Error":"Invalid network","ErrorCode":2151350282}`},
		[]string{`I1123 10:00:14.000000    4242 hns.go:1] {"Success":true,"ErrorCode":0}`}},
}

func catalogueScanner(t testing.TB) *logscan.Scanner {
	t.Helper()
	cat, err := catalogue.Load()
	if err != nil {
		t.Fatal(err)
	}
	return cat.Scanner()
}

func hitIDs(sc *logscan.Scanner, line string) map[string]bool {
	res, _ := sc.Scan("kubelet.log", strings.NewReader(line+"\n"))
	ids := map[string]bool{}
	for _, h := range res.Hits {
		ids[h.Signature] = true
	}
	return ids
}

func TestLogSignatures(t *testing.T) {
	sc := catalogueScanner(t)
	for _, tc := range signatureCases {
		t.Run(tc.id, func(t *testing.T) {
			for _, line := range tc.fires {
				if !hitIDs(sc, line)[tc.id] {
					t.Errorf("does not fire on %q", line)
				}
			}
			for _, line := range tc.near {
				if hitIDs(sc, line)[tc.id] {
					t.Errorf("fires on near miss %q", line)
				}
			}
		})
	}
}

func TestEveryLogSignatureHasCases(t *testing.T) {
	cat, err := catalogue.Load()
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for _, tc := range signatureCases {
		covered[tc.id] = true
	}
	for _, is := range cat.Issues {
		if is.Signature != nil && is.Signature.Event == nil && !covered[is.ID] {
			t.Errorf("%s has no signature test cases", is.ID)
		}
	}
}
