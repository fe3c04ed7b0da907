// Package hns reads the HNS state files of a bundle — endpoint.txt,
// network.txt, networkdetailed.txt, namespaces.txt and policy.txt — into one
// normalised model that covers both HNS schemas (v1 "HNS" and v2 "HCN").
//
// # Entry points
//
// Each takes decoded UTF-8 text (see parser/textenc) and the bundle path
// used in positions, and returns the file model and the problems met:
//
//	ParseEndpoints(file, r)     → *EndpointFile      endpoint.txt
//	ParseNetworks(file, r)      → *NetworkFile       network.txt, networkdetailed.txt
//	ParseLoadBalancers(file, r) → *LoadBalancerFile  policy.txt
//	ParseNamespaces(file, r)    → *NamespaceFile     namespaces.txt
//	DecodeObject(v, pos, probs) → Object             one JSON object of any kind
//
// DecodeObject serves other parsers that meet HNS JSON (hnsdiag -d dumps).
// NormalizeGUID and NormalizeMAC (with parser.IsGUID) are the identifier
// rules all joins should use.
//
// # What is read
//
// The files are PowerShell output: a formatter table or list followed by
// ConvertTo-Json output, or JSON only. The JSON starts at the first line
// whose trimmed text is exactly "[" or "{" (or compact JSON such as `[{"`):
// a table cell like "{10.0.0.5, fd00::5}" does not start it. One JSON value
// is decoded — an array, a single object, or nothing — with encoding/json
// and UseNumber, element by element, so a file cut in the middle keeps the
// elements before the cut; trailing bytes are reported. The table or list
// part is read with parser/pstext into TableRows/ListRows; it becomes the
// records when the JSON is missing (Schema SchemaTable) and, in v2 bundles,
// gives endpoints their State and IsRemoteEndpoint (v2 objects have no State;
// rows are joined by IP and MAC, in order; Endpoint.StateSource says where
// State came from).
//
// Every object is classified as v1 or v2 on its own keys (Schema) and
// normalised: GUIDs lower-case without "/endpoints/" or braces (all-zero =
// none), MACs lower-case with colons (the raw spelling is kept), key
// spellings that differ between builds folded, numbers read as int64,
// policy types folded into a Kind with a typed sub-record (OutboundNAT,
// Route, PortMapping, ACL, RemoteSubnetRoute, ...) or kept raw. v1 top-level
// network fields and their v2 policy equivalents land in the same fields
// (ManagementIP = v1 ManagementIP or v2 ProviderAddress policy). Allocator
// objects are searched for in the whole object tree, wherever the schema put
// them, for EndpointPortGuid, CompartmendId (HNS's spelling),
// ExternalNicPortGuid.
//
// # Problems
//
// Nothing here fails or panics on bad input: what cannot be read is
// returned as parser.Problem values (file, line, JSON path) next to the
// records that could. Depth-truncated PowerShell values ("@{k=v; ...}",
// "System.Object[]", "System.Collections.Hashtable", space-joined lists) are
// salvaged where possible, always reported as warnings with their JSON path,
// and mark the record Truncated. Route objects found inside an OutBoundNAT
// ExceptionList are hoisted to the policy list with a warning. An HNS error
// reply ({"Success": false, "Error": ...}) is reported as an error.
package hns
