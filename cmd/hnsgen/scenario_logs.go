package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

func logScenarios(r *registry) {
	r.add(scenario{Name: "script-in-names", What: "l2bridge v2 node whose object names carry hostile text (for HTML report escaping)",
		Broken: `endpoint of pod ` + podClient + ` is named <script>alert(1)</script>"'&<b>x</b>_cbr0 and its workload container ID is "><img src=x onerror=alert(2)>`,
		Build: func() *nodegen.Node {
			n := l2v2("win-l2b-xss")
			ep := n.EndpointByPod(podClient)
			ep.Name = `<script>alert(1)</script>"'&<b>x</b>_cbr0`
			ep.Containers[1] = `"><img src=x onerror=alert(2)>`
			return n.Derive()
		}})
	r.add(scenario{Name: "aks-logs-errors", What: "AKS zip of an l2bridge HNS v2 node whose kubelet, kube-proxy, containerd and azure-vnet logs hold HNS errors",
		Broken: "logs repeat HNS failures: hcnCreateEndpoint 0x1392, Unspecified error, Element not found 0x490, 0x803b002f, port already exists, switch-port not found, hcnCreateLoadBalancer already exists, invalid endpoint state, attach namespace failed, HNS network not found, FailedCreatePodSandBox, CreateContainer Windows system call failure",
		Build: func() *nodegen.Node {
			n := l2v2("akswin000001")
			n.Layout = nodegen.LayoutAKS
			n.Derive()
			n.ExtraFiles = errorLogs(n.CollectedAt().Add(-90 * time.Minute))
			return n
		}})
}

const sandboxID = "9f1c2e7a4b3d8c6e5f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a"

func errorLogs(t time.Time) []nodegen.File {
	at := func(min, sec int) time.Time {
		return t.Add(time.Duration(min)*time.Minute + time.Duration(sec)*time.Second + 123456*time.Microsecond)
	}
	createEP := `hcnCreateEndpoint failed in Win32: The object already exists. (0x1392) {\"Success\":false,\"Error\":\"The object already exists. \",\"ErrorCode\":2147947410}`
	var kubelet, proxy, ctrd, vnet []string
	for i := 0; i < 3; i++ {
		m := i * 7
		kubelet = append(kubelet,
			nodegen.Klog(at(m, 1), 'E', 4488, "remote_runtime.go:193", fmt.Sprintf(`"RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \"%s\": plugin type=\"sdnbridge\" name=\"cbr0\" failed (add): %s"`, sandboxID, createEP)),
			nodegen.Klog(at(m, 1), 'E', 4488, "kuberuntime_manager.go:1166", fmt.Sprintf(`"CreatePodSandbox for pod failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \"%s\": HNS failed with error : Unspecified error" pod="default/%s"`, sandboxID, podClient)),
			nodegen.Klog(at(m, 2), 'I', 4488, "event.go:376", fmt.Sprintf(`"Event occurred" object="default/%s" fieldPath="" kind="Pod" apiVersion="v1" type="Warning" reason="FailedCreatePodSandBox" message="Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox \"%s\": hcnCreateEndpoint failed in Win32: The object already exists. (0x1392)"`, podClient, sandboxID)),
			nodegen.Klog(at(m, 4), 'E', 4488, "pod_workers.go:1298", fmt.Sprintf(`"Error syncing pod, skipping" err="failed to \"StartContainer\" for \"web\" with CreateContainerError: \"failed to create containerd container: CreateContainer: failure in a Windows system call: The remote procedure call failed. (0x6be)\"" pod="default/%s"`, podWeb)),
		)
		proxy = append(proxy,
			nodegen.Klog(at(m, 10), 'E', 5036, "hns.go:240", `"Endpoint creation failed" err="hcnCreateEndpoint failed in Win32: An address provided is invalid or reserved (0x803b002f) {\"Success\":false,\"Error\":\"An address provided is invalid or reserved \",\"ErrorCode\":2151350319}"`),
			nodegen.Klog(at(m, 11), 'E', 5036, "proxier.go:1412", `"Policy creation failed" err="hcnCreateLoadBalancer failed in Win32: The object already exists. (0x1392) {\"Success\":false,\"Error\":\"The object already exists. \",\"ErrorCode\":2147947410}"`),
			nodegen.Klog(at(m, 12), 'E', 5036, "proxier.go:1412", `"Policy creation failed" err="hcnCreateLoadBalancer failed in Win32: The specified port already exists. (0x803b0013)"`),
			nodegen.Klog(at(m, 13), 'E', 5036, "hns.go:181", `"Failed to delete endpoint" err="hcnDeleteEndpoint failed in Win32: The switch-port was not found. (0x803b0007)"`),
		)
		ctrd = append(ctrd,
			fmt.Sprintf(`time="%s" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:%s,Uid:5f7c1d2e-0b8a-4c3e-9d6f-1a2b3c4d5e6f,Namespace:default,Attempt:%d,} failed, error" error="failed to setup network for sandbox \"%s\": plugin type=\"sdnbridge\" name=\"cbr0\" failed (add): %s"`,
				at(m, 1).Format(time.RFC3339Nano), podClient, i, sandboxID, strings.ReplaceAll(createEP, `\"`, `\\\"`)),
			fmt.Sprintf(`time="%s" level=error msg="CreateContainer within sandbox \"%s\" for &ContainerMetadata{Name:web,Attempt:%d,} failed" error="failed to create containerd container: CreateContainer: failure in a Windows system call: The remote procedure call failed. (0x6be)"`,
				at(m, 4).Format(time.RFC3339Nano), sandboxID, i),
		)
		vnet = append(vnet,
			at(m, 0).Format("2006/01/02 15:04:05")+" [2716] [net] Failed to create endpoint: HNS failed with error : Unspecified error",
			at(m, 0).Format("2006/01/02 15:04:05")+" [2716] [net] Failed to query network: Element not found. (0x490)",
			at(m, 1).Format("2006/01/02 15:04:05")+" [2716] [net] Endpoint "+strings.ToLower(nodegen.GUID("bad-state"))+" is in invalid state: Endpoint is in invalid state",
			at(m, 1).Format("2006/01/02 15:04:05")+" [2716] [net] Failed to add endpoint to namespace: hcnAddNamespaceEndpoint failed: attach namespace failed",
		)
	}
	proxy = append(proxy, nodegen.Klog(at(30, 0), 'E', 5036, "proxier.go:668",
		`"Unable to find HNS Network specified, please check network name and CNI deployment" err="Element not found. (0x490)" hnsNetworkName="cbr0"`))
	join := func(lines []string) []byte { return []byte(strings.Join(lines, "\n") + "\n") }
	return []nodegen.File{
		{Path: "kubelet.log", Data: join(kubelet)},
		{Path: "kubeproxy.log", Data: join(proxy)},
		{Path: "kubeproxy.err.log", Data: join(proxy[len(proxy)-1:])},
		{Path: "containerd.log", Data: join(ctrd)},
		{Path: "azure-vnet.log", Data: join(vnet)},
	}
}
