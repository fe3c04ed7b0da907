// Package cniconf reads the cluster configuration files that some bundles
// carry next to the HNS state: the AKS kubeclusterconfig.json, CNI network
// configurations (*.conflist, *.conf such as 10-azure.conflist or a flannel
// cni-conf.json with a win-bridge/win-overlay/sdnbridge delegate) and the
// flannel net-conf.json. They are the authoritative source of the cluster
// CIDR, service CIDR and DNS VIP; everything else has to infer them.
package cniconf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// Format names which kind of file a Config was read from.
type Format string

// Recognised formats.
const (
	FormatClusterConfig Format = "kubeclusterconfig"
	FormatCNI           Format = "cni"
	FormatFlannel       Format = "flannel-net-conf"
	FormatUnknown       Format = "unknown"
)

// Value is one setting with where it was found.
type Value struct {
	Value string          `json:"value"`
	Pos   parser.Position `json:"pos"`
}

// Set reports whether the value was present.
func (v Value) Set() bool { return v.Value != "" }

// Config is what one configuration file says about the cluster network.
// Fields a file does not carry stay empty.
type Config struct {
	File        string `json:"file"`
	Format      Format `json:"format"`
	ClusterCIDR Value  `json:"clusterCIDR"`
	ServiceCIDR Value  `json:"serviceCIDR"`
	DNSIP       Value  `json:"dnsIP"`
	// NetworkName is the CNI network name (the HNS network the plugin uses).
	NetworkName Value `json:"networkName"`
	// PluginType is the innermost plugin type (win-bridge, sdnoverlay, azure-vnet...).
	PluginType Value `json:"pluginType"`
	// Mode is "l2bridge" or "overlay" when the file says so.
	Mode       Value    `json:"mode"`
	PodSubnet  Value    `json:"podSubnet"`
	DNSServers []string `json:"dnsServers,omitempty"`
	DNSSearch  []string `json:"dnsSearch,omitempty"`
	// Exceptions are the OutBoundNAT exceptions the CNI applies to pods.
	Exceptions []Value `json:"exceptions,omitempty"`
	// EncapRoutes are ROUTE/SDNRoute prefixes with NeedEncap.
	EncapRoutes []Value `json:"encapRoutes,omitempty"`
	// VNI is the flannel VXLAN network identifier, 0 when not given.
	VNI int64 `json:"vni,omitempty"`
}

// Parse reads one configuration file. It never fails: a file that is not
// JSON, or JSON of an unknown shape, gives a Config of FormatUnknown and a
// problem.
func Parse(file string, r io.Reader) (*Config, []parser.Problem) {
	probs := &parser.Problems{File: file}
	cfg := &Config{File: file, Format: FormatUnknown}
	data, err := io.ReadAll(io.LimitReader(r, 16<<20))
	if err != nil {
		probs.Add(0, parser.LevelError, "reading configuration: %v", err)
		return cfg, probs.List
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		probs.Add(0, parser.LevelWarning, "configuration file is empty")
		return cfg, probs.List
	}
	var root map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&root); err != nil {
		probs.Add(lineOfOffset(data, dec.InputOffset()), parser.LevelError, "not a JSON object: %v", err)
		return cfg, probs.List
	}
	loc := &locator{file: file, data: data}
	switch {
	case field(root, "Kubernetes") != nil:
		cfg.Format = FormatClusterConfig
		readClusterConfig(cfg, root, loc)
	case field(root, "plugins") != nil || field(root, "type") != nil || field(root, "delegate") != nil:
		cfg.Format = FormatCNI
		readCNI(cfg, root, loc)
	case field(root, "Network") != nil && field(root, "Backend") != nil:
		cfg.Format = FormatFlannel
		readFlannel(cfg, root, loc)
	default:
		probs.Add(1, parser.LevelWarning, "JSON object is neither kubeclusterconfig.json, a CNI configuration nor a flannel net-conf.json")
	}
	return cfg, probs.List
}

// locator finds the line of a key's first occurrence, so evidence can point
// into the file without a position-tracking JSON decoder.
type locator struct {
	file string
	data []byte
}

func (l *locator) value(v any, path, key string) Value {
	s := str(v)
	if s == "" {
		return Value{}
	}
	return Value{Value: s, Pos: l.pos(path, key, s)}
}

func (l *locator) pos(path, key, val string) parser.Position {
	p := parser.Position{File: l.file, JSONPath: path}
	needle := []byte(fmt.Sprintf("%q", val))
	if i := bytes.Index(l.data, needle); i >= 0 && val != "" {
		p.Line = lineOfOffset(l.data, int64(i))
	} else if i := bytes.Index(l.data, []byte(`"`+key+`"`)); i >= 0 {
		p.Line = lineOfOffset(l.data, int64(i))
	}
	return p
}

func lineOfOffset(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// field looks a key up without case, as PowerShell-written JSON varies it.
func field(m any, key string) any {
	obj, ok := m.(map[string]any)
	if !ok {
		return nil
	}
	if v, ok := obj[key]; ok {
		return v
	}
	for k, v := range obj {
		if strings.EqualFold(k, key) {
			return v
		}
	}
	return nil
}

func str(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case json.Number:
		return t.String()
	}
	return ""
}

func strs(v any) []string {
	switch t := v.(type) {
	case []any:
		var out []string
		for _, e := range t {
			if s := str(e); s != "" {
				out = append(out, s)
			}
		}
		return out
	case string:
		return splitList(t)
	}
	return nil
}

func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
}
