package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer/bundle"
	"github.com/hnsscope/hnsscope/report/schema"
)

// bundlePath returns the generated bundle of a scenario (one archive or
// folder per scenario directory).
func bundlePath(t *testing.T, scenario string) string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join("..", "..", "testdata", "bundles", scenario))
	if err != nil || len(entries) == 0 {
		t.Fatalf("generated bundle %s missing (make testdata): %v", scenario, err)
	}
	return filepath.Join("..", "..", "testdata", "bundles", scenario, entries[0].Name())
}

type cliRun struct {
	stdout, stderr string
	code           int
	err            error
}

func runCLI(t *testing.T, args ...string) cliRun {
	t.Helper()
	t.Setenv("NO_COLOR", "")
	lim := bundle.DefaultLimits()
	cmd := newAnalyzeCmd(&lim)
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return cliRun{stdout: out.String(), stderr: errOut.String(), code: exitCode(err), err: err}
}

func TestAnalyzeExitCodes(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"healthy", []string{bundlePath(t, "l2bridge-v2-healthy")}, 0},
		{"broken", []string{bundlePath(t, "l2bridge-duplicate-ip")}, exitGate},
		{"broken but gate off", []string{"--fail-on", "never", bundlePath(t, "l2bridge-duplicate-ip")}, 0},
		{"no bundle", nil, exitUsage},
		{"unknown flag", []string{"--colour", bundlePath(t, "l2bridge-v2-healthy")}, exitUsage},
		{"unknown format", []string{"--format", "yaml", bundlePath(t, "l2bridge-v2-healthy")}, exitUsage},
		{"bad fail-on", []string{"--fail-on", "fatal", bundlePath(t, "l2bridge-v2-healthy")}, exitUsage},
		{"bad cidr", []string{"--cluster-cidr", "10.244.0.0", bundlePath(t, "l2bridge-v2-healthy")}, exitUsage},
		{"quiet and verbose", []string{"-q", "-v", bundlePath(t, "l2bridge-v2-healthy")}, exitUsage},
		{"missing baseline", []string{"--baseline", filepath.Join(dir, "none.json"), bundlePath(t, "l2bridge-v2-healthy")}, exitUsage},
		{"unreadable bundle", []string{filepath.Join(dir, "absent.zip")}, exitUnreadable},
		{"one unreadable of two", []string{bundlePath(t, "l2bridge-v2-healthy"), filepath.Join(dir, "absent.zip")}, exitUnreadable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, tt.args...)
			if r.code != tt.want {
				t.Errorf("exit %d (%v), want %d\nstdout:\n%s", r.code, r.err, tt.want, r.stdout)
			}
		})
	}
}

func TestAnalyzeWritesEveryFormat(t *testing.T) {
	dir := t.TempDir()
	broken := bundlePath(t, "l2bridge-duplicate-ip")
	files := map[string]string{
		"json": "r.json", "html": "r.html", "md": "r.md", "junit": "r.xml", "sarif": "r.sarif",
	}
	args := []string{"--format", "text"}
	for f, name := range files {
		args = append(args, "--format", f+"="+filepath.Join(dir, name))
	}
	r := runCLI(t, append(args, broken)...)
	if r.code != exitGate {
		t.Fatalf("exit %d (%v), want %d", r.code, r.err, exitGate)
	}
	if !strings.Contains(r.stdout, "critical") || strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("stdout is not the plain text report:\n%s", r.stdout)
	}
	for f, name := range files {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || len(data) == 0 {
			t.Errorf("%s report not written: %v", f, err)
		}
	}
}

func TestAnalyzeRejectsTwoFormatsOnStdout(t *testing.T) {
	r := runCLI(t, "--format", "text", "--format", "json", bundlePath(t, "l2bridge-v2-healthy"))
	if r.code != exitUsage || r.stdout != "" {
		t.Errorf("exit %d, stdout %q; want usage error and nothing written", r.code, r.stdout)
	}
}

func TestAnalyzeJSONMatchesSchema(t *testing.T) {
	for _, scenario := range []string{"script-in-names", "l2bridge-duplicate-ip", "aks-logs-errors", "l2bridge-json2018-healthy"} {
		t.Run(scenario, func(t *testing.T) { checkJSONSchema(t, bundlePath(t, scenario)) })
	}
}

func checkJSONSchema(t *testing.T, bundles ...string) {
	out := filepath.Join(t.TempDir(), "report.json")
	r := runCLI(t, append([]string{"--format", "json=" + out, "--fail-on", "never"}, bundles...)...)
	if r.code != 0 {
		t.Fatalf("exit %d: %v", r.code, r.err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(data); err != nil {
		t.Errorf("JSON report does not match the schema: %v", err)
	}
	var rep struct {
		Bundles []struct {
			Rules []json.RawMessage `json:"rules"`
		} `json:"bundles"`
	}
	if err := json.Unmarshal(data, &rep); err != nil || len(rep.Bundles) != len(bundles) {
		t.Fatalf("report has not one entry per bundle (%v)", err)
	}
	for i, b := range rep.Bundles {
		if len(b.Rules) == 0 {
			t.Errorf("bundle %d has no rule results", i)
		}
	}
}

// A baseline from a run gates later runs only on findings it lacks.
func TestAnalyzeBaseline(t *testing.T) {
	dir := t.TempDir()
	healthy, broken := bundlePath(t, "l2bridge-v2-healthy"), bundlePath(t, "l2bridge-duplicate-ip")
	baselineOf := func(bundle, name string) string {
		path := filepath.Join(dir, name)
		if r := runCLI(t, "--fail-on", "never", "--format", "json="+path, bundle); r.code != 0 {
			t.Fatalf("write baseline: exit %d: %v", r.code, r.err)
		}
		return path
	}
	healthyBase, brokenBase := baselineOf(healthy, "healthy.json"), baselineOf(broken, "broken.json")
	tests := []struct {
		name, baseline, bundle string
		want                   int
		wantText               string
	}{
		{"same broken bundle", brokenBase, broken, 0, "0 new"},
		{"new defect", healthyBase, broken, exitGate, "0 known"},
		{"defect fixed", brokenBase, healthy, 0, "0 new"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "--baseline", tt.baseline, tt.bundle)
			if r.code != tt.want {
				t.Errorf("exit %d (%v), want %d\n%s", r.code, r.err, tt.want, r.stdout)
			}
			if !strings.Contains(r.stdout, tt.wantText) {
				t.Errorf("text report lacks %q:\n%s", tt.wantText, r.stdout)
			}
		})
	}
}

// The golden findings of a generated broken bundle pin what a person and a
// CI system see for one real defect. Only the findings are compared: the
// list of passed and skipped rules grows with every new rule.
func TestAnalyzeGoldenFindings(t *testing.T) {
	bundle := bundlePath(t, "l2bridge-duplicate-ip")
	tests := []struct {
		golden  string
		args    []string
		extract func(t *testing.T, out string) string
	}{
		{"duplicate-ip-quiet.txt", []string{"-q"}, func(_ *testing.T, out string) string { return out }},
		{"duplicate-ip-findings.json", []string{"--format", "json"}, jsonFindings},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			args := append(append([]string{"--fail-on", "never"}, tt.args...), bundle)
			got := hideBundleName(tt.extract(t, runCLI(t, args...).stdout), bundle)
			checkGolden(t, tt.golden, []byte(got))
			if again := hideBundleName(tt.extract(t, runCLI(t, args...).stdout), bundle); again != got {
				t.Error("two runs on the same bundle differ")
			}
		})
	}
}

// hideBundleName replaces the generated bundle's random file name, which
// also names the folder its files are in.
func hideBundleName(s, bundle string) string {
	base := filepath.Base(bundle)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	s = strings.ReplaceAll(s, filepath.ToSlash(bundle), "BUNDLE")
	return strings.ReplaceAll(s, stem+"/", "BUNDLE/")
}

// jsonFindings returns the top-level findings array of a JSON report.
func jsonFindings(t *testing.T, out string) string {
	t.Helper()
	var rep struct {
		Findings json.RawMessage `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not a JSON report: %v", err)
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, rep.Findings, "", "  "); err != nil {
		t.Fatal(err)
	}
	return buf.String() + "\n"
}

// Cluster parameters from --config and flags reach the analysis and the
// report says where they came from.
func TestAnalyzeClusterOverridesReachReport(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "cluster.conf")
	if err := os.WriteFile(cfg, []byte("serviceCIDR: 10.100.0.0/16\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, "--format", "json", "--fail-on", "never", "--config", cfg, "--cluster-cidr", "10.99.0.0/16",
		bundlePath(t, "l2bridge-v2-healthy"))
	if r.code != 0 {
		t.Fatalf("exit %d: %v", r.code, r.err)
	}
	var rep struct {
		Bundles []struct {
			Cluster map[string]struct{ Value, Origin string } `json:"cluster"`
		} `json:"bundles"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || len(rep.Bundles) != 1 {
		t.Fatalf("bad JSON report: %v", err)
	}
	c := rep.Bundles[0].Cluster
	if c["clusterCIDR"].Value != "10.99.0.0/16" || c["serviceCIDR"].Value != "10.100.0.0/16" {
		t.Errorf("cluster parameters %+v do not carry the overrides", c)
	}
	if c["clusterCIDR"].Origin != "flag" {
		t.Errorf("clusterCIDR origin %q, want flag", c["clusterCIDR"].Origin)
	}
}

// errWriter fails every write, as a closed pipe or a full disk does.
type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// A report that cannot be written is neither a gate failure nor a usage
// error: CI must not read it as "findings".
func TestOutputFailureExitCode(t *testing.T) {
	healthy := bundlePath(t, "l2bridge-v2-healthy")
	unwritable := filepath.Join(t.TempDir(), "missing-dir", "r.json")
	tests := []struct {
		name   string
		args   []string
		stdout io.Writer
	}{
		{"analyze report file", []string{"analyze", "--format", "json=" + unwritable, healthy}, io.Discard},
		{"analyze to stdout", []string{"analyze", healthy}, errWriter{}},
		{"inventory to stdout", []string{"inventory", healthy}, errWriter{}},
		{"rules list to stdout", []string{"rules"}, errWriter{}},
		{"rule explained to stdout", []string{"rules", "HNS-LB-002"}, errWriter{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			if code := run(tt.args, tt.stdout, &stderr); code != exitOutput {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, exitOutput, stderr.String())
			}
		})
	}
}
