// Package hns reads the HNS state files of a bundle — endpoint.txt,
// network.txt, networkdetailed.txt, namespaces.txt and policy.txt — into one
// normalised model that covers both HNS schemas (v1 "HNS" and v2 "HCN").
//
// The files are PowerShell output: a formatter table or list followed by
// ConvertTo-Json output, or JSON only. Both parts are read. The JSON starts at
// the first line whose trimmed text is exactly "[" or "{"; one JSON value is
// decoded (an array, a single object, or nothing) and trailing bytes are
// reported. Each object is classified as v1 or v2 on its own keys and
// normalised: GUIDs lower-case without "/endpoints/" or braces, MACs
// lower-case with colons, policy types case-folded into a Kind.
//
// Entry points, each taking decoded UTF-8 text (see parser/textenc):
//
//	ParseEndpoints(file, r)     → *EndpointFile      (endpoint.txt)
//	ParseNetworks(file, r)      → *NetworkFile       (network.txt, networkdetailed.txt)
//	ParseLoadBalancers(file, r) → *LoadBalancerFile  (policy.txt)
//	ParseNamespaces(file, r)    → *NamespaceFile     (namespaces.txt)
//
// DecodeObject classifies and decodes one already-parsed JSON object; the
// hnsdiag package uses it for the objects of "hnsdiag list all -d".
//
// None of them fails: what cannot be read is returned as parser.Problem
// values next to the records that could. Depth-truncated PowerShell values
// ("@{k=v; ...}", "System.Object[]", space-joined lists) are salvaged where
// possible and always reported as warnings carrying the JSON path.
package hns
