// Package nodegen models one Windows Kubernetes node and renders the files
// a container-networking log collector writes about it.
//
// A Node is built in two phases. NewHealthy fills the intent: HNS networks
// (pod network cbr0/L2Bridge or vxlan0/Overlay, nat, External), local pod
// endpoints, remote endpoints, kube-proxy load balancers and Windows
// services. Derive then computes what HNS, flannel and kube-proxy make of it:
// VFP ports with layers, groups and rules; host and pod-compartment adapters;
// routes. A scenario may edit the intent before Derive (the derived state
// follows) or the derived state after it (to make VFP or the host disagree
// with HNS). Files renders every file in the node's era, schema, encoding
// and layout; WriteBundle writes the folder, zip or tar.gz.
//
// Names the rendered VFP rules use, beyond the patterns of the format
// reference: OutBoundNAT exceptions become `allow` rules named
// ALLOW_EXCEPTION_OUTBOUNDNAT_<h>_<index of the exception> in
// SLB_GROUP_NAT_IPv4_OUT with a `Destination IP : first-last` condition;
// load-balancing rules keep their backends in `Rule Data:` as a
// `DIP Range:` block of `{ ip : port }` lines; routeencap rules are named
// REMOTESUBNETROUTE_<h> and carry `Encap source IP : <management IP>` in
// their rule data and `{ PA=..., DMAC=..., VNI=... }` encap destinations;
// external-port L2 rewrite rules are named L2_REWRITE_OUT_<ip> and
// L2_REWRITE_IN_<ip> with a braced GUID as rule ID.
//
// Every identifier is derived from a hash of names (GUID, Hex, Num), so the
// output is identical on every run.
package nodegen
