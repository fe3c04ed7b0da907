package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/report"
)

func TestParseOutputs(t *testing.T) {
	tests := []struct {
		in      []string
		want    []output
		wantErr bool
	}{
		{nil, []output{{format: report.FormatText}}, false},
		{[]string{"json"}, []output{{format: report.FormatJSON}}, false},
		{[]string{"text", "html=r.html", "md=-"}, nil, true},
		{[]string{"text", "html=r.html", "junit=r.xml"},
			[]output{{format: report.FormatText}, {format: report.FormatHTML, path: "r.html"}, {format: report.FormatJUnit, path: "r.xml"}}, false},
		{[]string{"md=-"}, []output{{format: report.FormatMarkdown}}, false},
		{[]string{"json=a", "sarif=a"}, nil, true},
		{[]string{"pdf=r.pdf"}, nil, true},
	}
	for _, tt := range tests {
		got, err := parseOutputs(tt.in)
		if (err != nil) != tt.wantErr {
			t.Errorf("parseOutputs(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(output{})); !tt.wantErr && diff != "" {
			t.Errorf("parseOutputs(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestClusterOverrides(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	jsonCfg := write("c.json", `{"clusterCIDR": "10.244.0.0/16", "service-cidr": "10.96.0.0/12", "dnsIP": "10.96.0.10"}`)
	kvCfg := write("c.yaml", "# cluster\ncluster_cidr: 10.244.0.0/16\nServiceCIDR: \"10.96.0.0/12\"\nnode-subnet: 10.240.0.0/16\n")
	// PowerShell 5.1 `>` writes UTF-16LE with a BOM and CRLF line ends.
	utf16Cfg := write("ps.txt", string(utf16File("clusterCIDR: 10.244.0.0/16\r\ndnsIP: 10.96.0.10\r\n")))
	tests := []struct {
		name    string
		flags   analyzeFlags
		want    analyzer.ClusterOverrides
		wantErr bool
	}{
		{"flags only", analyzeFlags{clusterCIDR: "10.1.0.0/16", dnsIP: "10.0.0.10"},
			analyzer.ClusterOverrides{ClusterCIDR: "10.1.0.0/16", DNSIP: "10.0.0.10"}, false},
		{"json config", analyzeFlags{config: jsonCfg},
			analyzer.ClusterOverrides{ClusterCIDR: "10.244.0.0/16", ServiceCIDR: "10.96.0.0/12", DNSIP: "10.96.0.10"}, false},
		{"key value config, flag wins", analyzeFlags{config: kvCfg, clusterCIDR: "10.2.0.0/16"},
			analyzer.ClusterOverrides{ClusterCIDR: "10.2.0.0/16", ServiceCIDR: "10.96.0.0/12", NodeSubnet: "10.240.0.0/16"}, false},
		{"utf-16 key value config", analyzeFlags{config: utf16Cfg},
			analyzer.ClusterOverrides{ClusterCIDR: "10.244.0.0/16", DNSIP: "10.96.0.10"}, false},
		{"unknown key", analyzeFlags{config: write("bad.yaml", "podsubnet: 10.0.0.0/8\n")}, analyzer.ClusterOverrides{}, true},
		{"not key value", analyzeFlags{config: write("bad2.yaml", "10.0.0.0/8\n")}, analyzer.ClusterOverrides{}, true},
		{"bad json", analyzeFlags{config: write("bad.json", `{"clusterCIDR": 5}`)}, analyzer.ClusterOverrides{}, true},
		{"bad dns ip", analyzeFlags{dnsIP: "10.96.0.0/12"}, analyzer.ClusterOverrides{}, true},
		{"missing file", analyzeFlags{config: filepath.Join(dir, "none")}, analyzer.ClusterOverrides{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := clusterOverrides(tt.flags)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error = %v, want error %v", err, tt.wantErr)
			}
			if !tt.wantErr && got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseFailOn(t *testing.T) {
	for in, want := range map[string]analyzer.Severity{
		"never": 0, "info": analyzer.SeverityInfo, "WARNING": analyzer.SeverityWarning,
		"error": analyzer.SeverityError, "critical": analyzer.SeverityCritical,
	} {
		if got, err := parseFailOn(in); err != nil || got != want {
			t.Errorf("parseFailOn(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := parseFailOn("fatal"); err == nil {
		t.Error("parseFailOn accepted fatal")
	}
}
