package main

import (
	"fmt"
	"net/netip"
	"os"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

// largeServices is the number of service ports of the benchmark node: each
// becomes one DSR rule of roughly 750 bytes on every pod port.
const largeServices = 10000

// largeRemotes is the number of remote backend endpoints of the benchmark
// node, spread over largeRemoteNodes remote nodes with a /24 pod subnet each.
const (
	largeRemotes     = 2000
	largeRemoteNodes = 8
)

// writeLarge writes a benchmark bundle with `pods` local pod ports (at most
// 240, the /24 pod subnet), largeServices DSR load balancers and
// largeRemotes remote endpoints; vfpOutput.txt is about 7.5 MB per pod port.
func writeLarge(dir string, pods int) (string, error) {
	if pods < 1 || pods > 240 {
		return "", fmt.Errorf("-scale %d: want 1..240 pod ports", pods)
	}
	n := l2v2("win-large")
	n.LazyRules = true
	for i := len(n.LocalPods()); i < pods; i++ {
		n.AddPod(fmt.Sprintf("load-%03d-%s", i, nodegen.Hex(5, "load", fmt.Sprint(i))), "bench")
	}
	local := n.LocalPods()
	remotes := addLargeRemoteNodes(n)
	for i := 0; i < largeServices; i++ {
		vip := nodegen.Nth(netip.MustParsePrefix("10.100.0.0/16"), 10+i).String()
		// Pod addresses of a remote subnet start at .3: .1 and .2 are the
		// gateway and the bridge endpoint there as well.
		r := i % largeRemotes
		remote := nodegen.Nth(remotes[r%len(remotes)].PodSubnet, 3+r/len(remotes)).String()
		backends := []string{local[i%len(local)].IP.String(), remote}
		n.AddService(fmt.Sprintf("bench/svc-%05d:http", i), vip, 6, 80, 8080, backends)
	}
	n.Derive()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create %s: %w", dir, err)
	}
	return n.WriteFolderStreaming(dir)
}

// addLargeRemoteNodes adds the nodes holding the remote backends; the node
// gets a host route to each one's pod subnet, as on a healthy cluster.
func addLargeRemoteNodes(n *nodegen.Node) []nodegen.RemoteNode {
	var added []nodegen.RemoteNode
	for j := 0; j < largeRemoteNodes; j++ {
		name := fmt.Sprintf("win-remote-%d", j)
		added = append(added, nodegen.RemoteNode{
			Name:      name,
			IP:        nodegen.Nth(netip.MustParsePrefix("10.240.0.0/16"), 20+j),
			PodSubnet: netip.PrefixFrom(nodegen.Nth(netip.MustParsePrefix("10.244.0.0/16"), (8+j)*256), 24),
			DRMAC:     nodegen.PoolMAC(name, "drmac"),
		})
	}
	n.RemoteNodes = append(n.RemoteNodes, added...)
	return added
}
