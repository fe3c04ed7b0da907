package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/netip"
	"os"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

// clusterOverrides merges --config and the flags; flags win.
func clusterOverrides(f analyzeFlags) (analyzer.ClusterOverrides, error) {
	var o analyzer.ClusterOverrides
	if f.config != "" {
		var err error
		if o, err = readClusterConfig(f.config); err != nil {
			return o, err
		}
	}
	for _, v := range []struct {
		flag, value string
		dst         *string
	}{
		{"--cluster-cidr", f.clusterCIDR, &o.ClusterCIDR},
		{"--service-cidr", f.serviceCIDR, &o.ServiceCIDR},
		{"--dns-ip", f.dnsIP, &o.DNSIP},
	} {
		if v.value != "" {
			*v.dst = v.value
		}
	}
	if err := validateOverrides(o); err != nil {
		return o, err
	}
	return o, nil
}

func validateOverrides(o analyzer.ClusterOverrides) error {
	for _, p := range []struct{ name, value string }{
		{"cluster CIDR", o.ClusterCIDR}, {"service CIDR", o.ServiceCIDR}, {"node subnet", o.NodeSubnet},
	} {
		if p.value == "" {
			continue
		}
		if _, err := netip.ParsePrefix(p.value); err != nil {
			return fmt.Errorf("%s %q is not a CIDR: %w", p.name, p.value, err)
		}
	}
	if o.DNSIP != "" {
		if _, err := netip.ParseAddr(o.DNSIP); err != nil {
			return fmt.Errorf("DNS IP %q is not an IP address: %w", o.DNSIP, err)
		}
	}
	return nil
}

// readClusterConfig reads a JSON object or "key: value" lines (# starts a
// comment) in any encoding a bundle file may have, so a file written with
// PowerShell 5.1 (UTF-16) reads as well. Keys are matched without case,
// dashes or underscores, so clusterCIDR, cluster-cidr and cluster_cidr are
// the same key.
func readClusterConfig(path string) (analyzer.ClusterOverrides, error) {
	data, err := readText(path)
	if err != nil {
		return analyzer.ClusterOverrides{}, fmt.Errorf("--config: %w", err)
	}
	pairs, err := configPairs(data)
	if err != nil {
		return analyzer.ClusterOverrides{}, fmt.Errorf("--config %s: %w", path, err)
	}
	var o analyzer.ClusterOverrides
	fields := map[string]*string{
		"clustercidr": &o.ClusterCIDR, "podcidr": &o.ClusterCIDR,
		"servicecidr": &o.ServiceCIDR, "dnsip": &o.DNSIP, "clusterdns": &o.DNSIP,
		"nodesubnet": &o.NodeSubnet,
	}
	for _, p := range pairs {
		dst, ok := fields[normalizeKey(p.key)]
		if !ok {
			return o, fmt.Errorf("--config %s:%d: unknown key %q (want clusterCIDR, serviceCIDR, dnsIP or nodeSubnet)", path, p.line, p.key)
		}
		*dst = p.value
	}
	return o, nil
}

// readText reads a file as UTF-8 text with LF line ends.
func readText(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, _, err := textenc.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return data, nil
}

type configPair struct {
	key, value string
	line       int
}

func configPairs(data []byte) ([]configPair, error) {
	trimmed := bytes.TrimSpace(data)
	if bytes.HasPrefix(trimmed, []byte("{")) {
		var m map[string]string
		if err := json.Unmarshal(trimmed, &m); err != nil {
			return nil, fmt.Errorf("not a JSON object of strings: %w", err)
		}
		var pairs []configPair
		for k, v := range m {
			pairs = append(pairs, configPair{key: k, value: strings.TrimSpace(v)})
		}
		return pairs, nil
	}
	var pairs []configPair
	sc := parser.NewLineScanner(bytes.NewReader(trimmed))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("line %d: want key: value", sc.Line())
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		pairs = append(pairs, configPair{key: strings.TrimSpace(k), value: v, line: sc.Line()})
	}
	return pairs, sc.Err()
}

func normalizeKey(k string) string {
	return strings.ToLower(strings.NewReplacer("-", "", "_", "", " ", "").Replace(k))
}
