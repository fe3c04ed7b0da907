package cniconf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func parseFile(t testing.TB, name string) (*Config, int) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, probs := Parse(name, f)
	return cfg, len(probs)
}

type summary struct {
	Format                                  Format
	Cluster, Service, DNS, Mode, Name, Plug string
	Exceptions, Encap                       []string
	VNI                                     int64
	DNSLine                                 int
}

func summarise(c *Config) summary {
	s := summary{Format: c.Format, Cluster: c.ClusterCIDR.Value, Service: c.ServiceCIDR.Value,
		DNS: c.DNSIP.Value, Mode: c.Mode.Value, Name: c.NetworkName.Value, Plug: c.PluginType.Value,
		VNI: c.VNI, DNSLine: c.DNSIP.Pos.Line}
	for _, e := range c.Exceptions {
		s.Exceptions = append(s.Exceptions, e.Value)
	}
	for _, e := range c.EncapRoutes {
		s.Encap = append(s.Encap, e.Value)
	}
	return s
}

func TestParse(t *testing.T) {
	tests := []struct {
		file  string
		want  summary
		probs int
	}{
		{"kubeclusterconfig.json", summary{Format: FormatClusterConfig, Cluster: "10.244.0.0/16",
			Service: "10.0.0.0/16", DNS: "10.0.0.10", Plug: "azure", DNSLine: 12}, 0},
		{"10-azure.conflist", summary{Format: FormatCNI, DNS: "10.0.0.10", Mode: "l2bridge", Name: "azure",
			Plug: "azure-vnet", Exceptions: []string{"10.240.0.0/16", "10.0.0.0/16"},
			Encap: []string{"10.0.0.0/16"}, DNSLine: 19}, 0},
		{"flannel-cni.conf", summary{Format: FormatCNI, DNS: "10.96.0.10", Mode: "l2bridge", Name: "cbr0",
			Plug: "win-bridge", Exceptions: []string{"10.244.0.0/16", "10.96.0.0/12", "192.168.1.0/24"},
			Encap: []string{"10.96.0.0/12"}, DNSLine: 12}, 0},
		{"net-conf.json", summary{Format: FormatFlannel, Cluster: "10.244.0.0/16", Mode: "overlay", VNI: 4096}, 0},
		{"garbage.txt", summary{Format: FormatUnknown}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			cfg, n := parseFile(t, tt.file)
			if diff := cmp.Diff(tt.want, summarise(cfg)); diff != "" {
				t.Errorf("summary mismatch (-want +got):\n%s", diff)
			}
			if n != tt.probs {
				t.Errorf("got %d problems, want %d", n, tt.probs)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	entries, _ := os.ReadDir("testdata")
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join("testdata", e.Name()))
		if err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		cfg, _ := Parse("fuzz.json", strings.NewReader(s))
		if cfg == nil {
			t.Fatal("nil config")
		}
	})
}
