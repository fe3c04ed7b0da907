// Package hnsdiag reads hnsdiag.txt, the output of "hnsdiag list all -d" in
// a bundle, in every shape it takes across Windows builds and collectors:
//
//   - the section table form of "hnsdiag list all" (Networks:, Endpoints:,
//     Namespaces:, LoadBalancers:), where long names push columns right and
//     the namespace and load balancer sections are "|"-separated with
//     space-separated ID lists;
//   - the key/value block form of newer builds ("Endpoint : <id>" and
//     indented "Key : value" lines);
//   - the detailed (-d) form, a stream of JSON values among other lines,
//     decoded with the hns package into its normalised model so that
//     allocator data such as EndpointPortGuid is available as a fallback;
//   - the usage banner printed instead of data, which yields a result
//     flagged NotCollected.
//
// Parse never fails; what it cannot read is returned as problems.
package hnsdiag

import (
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/hns"
)

// Format names the shape a file was found in.
type Format string

// Formats. A file holding several shapes reports FormatMixed.
const (
	FormatEmpty    Format = "empty"
	FormatTable    Format = "table"
	FormatKeyValue Format = "keyvalue"
	FormatDetailed Format = "detailed"
	FormatUsage    Format = "usage"
	FormatMixed    Format = "mixed"
	FormatUnknown  Format = "unknown"
)

// Network is a row of the Networks section or a Network block.
type Network struct {
	Pos  parser.Position `json:"pos"`
	Name string          `json:"name,omitempty"`
	ID   string          `json:"id"`
}

// Endpoint is a row of the Endpoints section or an Endpoint block.
type Endpoint struct {
	Pos         parser.Position `json:"pos"`
	Name        string          `json:"name,omitempty"`
	ID          string          `json:"id"`
	NetworkName string          `json:"networkName,omitempty"`
	IPAddress   string          `json:"ipAddress,omitempty"`
}

// Namespace is a row of the Namespaces section or a Namespace block.
type Namespace struct {
	Pos         parser.Position `json:"pos"`
	ID          string          `json:"id"`
	EndpointIDs []string        `json:"endpointIds,omitempty"`
}

// LoadBalancer is a row of the LoadBalancers section or a Load Balancer
// block. Backends are the "Direct IP IDs" (endpoint IDs).
type LoadBalancer struct {
	Pos      parser.Position `json:"pos"`
	ID       string          `json:"id"`
	VIPs     []string        `json:"vips,omitempty"`
	Backends []string        `json:"backends,omitempty"`
}

// Field is one "Key : value" line of a key/value block.
type Field struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Line  int    `json:"line"`
}

// Block is one key/value block: "<ObjectType> : <id>" and its fields.
type Block struct {
	Pos        parser.Position `json:"pos"`
	ObjectType string          `json:"objectType"`
	ID         string          `json:"id"`
	Fields     []Field         `json:"fields,omitempty"`
}

// Result is hnsdiag.txt. Rows of the table form and recognised key/value
// blocks fill Networks, Endpoints, Namespaces and LoadBalancers; every
// key/value block is also kept in Blocks; JSON values of the detailed form
// are in Objects.
type Result struct {
	Format Format `json:"format"`
	// NotCollected: hnsdiag printed its usage banner instead of data.
	NotCollected  bool           `json:"notCollected,omitempty"`
	Networks      []Network      `json:"networks,omitempty"`
	Endpoints     []Endpoint     `json:"endpoints,omitempty"`
	Namespaces    []Namespace    `json:"namespaces,omitempty"`
	LoadBalancers []LoadBalancer `json:"loadBalancers,omitempty"`
	Blocks        []Block        `json:"blocks,omitempty"`
	Objects       []hns.Object   `json:"objects,omitempty"`
}
