package analyzer

import (
	"os"
	"path/filepath"
	"testing"
)

func generatedBundle(t *testing.T, name string) string {
	t.Helper()
	root := filepath.Join("..", "testdata", "bundles", name)
	entries, err := os.ReadDir(root)
	if err != nil || len(entries) == 0 {
		t.Skipf("generated bundle %s not present", name)
	}
	return filepath.Join(root, entries[0].Name())
}

// TestAnalyzeCorrelatesGeneratedBundles checks the joins on generated
// healthy nodes: every local endpoint finds its VFP port and its adapter,
// the host vNIC port is identified and no pod port is left over.
func TestAnalyzeCorrelatesGeneratedBundles(t *testing.T) {
	for _, name := range []string{"l2bridge-v1-healthy", "l2bridge-v2-healthy", "overlay-v1-healthy", "overlay-v2-healthy"} {
		t.Run(name, func(t *testing.T) {
			var stages []string
			res, err := Analyze(generatedBundle(t, name), Options{Progress: func(s string) { stages = append(stages, s) }}, nil)
			if err != nil {
				t.Fatal(err)
			}
			s := res.Snapshot
			if len(stages) != 6 || stages[0] != "open" || stages[4] != "rules" || stages[5] != "evidence" {
				t.Errorf("stages %v", stages)
			}
			if s.PodNetwork == nil || len(s.PodEndpoints()) == 0 {
				t.Fatalf("no pod network or pods: %+v", s.PodNetwork)
			}
			for _, e := range s.LocalEndpoints() {
				if e.Port == nil && e.Role != EndpointSourceVIP {
					t.Errorf("endpoint %s has no port", e.Label())
				}
				if e.Role == EndpointPod && e.Adapter == nil {
					t.Errorf("endpoint %s has no adapter", e.Label())
				}
			}
			if s.PodNetwork.HostVNIC == nil {
				t.Error("host vNIC port not identified")
			}
			if orphans := s.OrphanPorts(); len(orphans) > 0 {
				t.Errorf("orphan ports on a healthy node: %d", len(orphans))
			}
			if !res.Cluster.ClusterCIDR.Known() || !res.Cluster.ServiceCIDR.Known() || !res.Cluster.DNSIP.Known() {
				t.Errorf("cluster parameters not derived: %+v", res.Cluster)
			}
			if len(s.HostRoutes()) == 0 || s.Winver == nil || len(s.Services) == 0 {
				t.Errorf("host data missing: routes %d winver %v services %d", len(s.HostRoutes()), s.Winver, len(s.Services))
			}
		})
	}
}

func TestAnalyzeMissingBundle(t *testing.T) {
	if _, err := Analyze(filepath.Join(t.TempDir(), "nope.zip"), Options{}, nil); err == nil {
		t.Error("want an error for a missing bundle")
	}
}
