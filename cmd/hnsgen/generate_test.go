package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const committed = "../../testdata/bundles"

var update = flag.Bool("update", false, "rewrite golden files")

// TestCommittedBundlesUpToDate regenerates every scenario and compares it with
// testdata/bundles: folders byte for byte, archives entry by entry (their
// compressed bytes depend on the Go version's deflate).
func TestCommittedBundlesUpToDate(t *testing.T) {
	if *update {
		if err := writeScenarios(committed, allScenarios(), true, false); err != nil {
			t.Fatal(err)
		}
	}
	fresh := t.TempDir()
	if err := writeScenarios(fresh, allScenarios(), true, false); err != nil {
		t.Fatal(err)
	}
	want, err := snapshotTree(fresh)
	if err != nil {
		t.Fatal(err)
	}
	got, err := snapshotTree(committed)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(keys(want), keys(got)); diff != "" {
		t.Fatalf("testdata/bundles has different files than hnsgen writes (-generated +committed):\n%s\nrun `make testdata`", diff)
	}
	for _, k := range keys(want) {
		if !bytes.Equal(want[k], got[k]) {
			t.Errorf("%s differs from what hnsgen generates; run `make testdata`", k)
		}
	}
}

func keys(m map[string][]byte) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// snapshotTree maps every file under root, and every entry of every archive,
// to its content.
func snapshotTree(root string) (map[string][]byte, error) {
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		switch {
		case strings.HasSuffix(p, ".zip"):
			return zipEntries(rel, data, out)
		case strings.HasSuffix(p, ".tar.gz"):
			return tarEntries(rel, data, out)
		}
		out[rel] = data
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", root, err)
	}
	return out, nil
}

func zipEntries(name string, data []byte, out map[string][]byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("%s!%s: %w", name, f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return fmt.Errorf("%s!%s: %w", name, f.Name, err)
		}
		out[name+"!"+f.Name] = b
	}
	return nil
}

func tarEntries(name string, data []byte, out map[string][]byte) error {
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return fmt.Errorf("%s!%s: %w", name, h.Name, err)
		}
		out[name+"!"+h.Name] = b
	}
}

func TestScenarioNamesAndDocs(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range allScenarios() {
		if seen[s.Name] {
			t.Errorf("duplicate scenario %s", s.Name)
		}
		seen[s.Name] = true
		if s.What == "" {
			t.Errorf("scenario %s has no description", s.Name)
		}
		if strings.Contains(s.Name, "healthy") != (s.Broken == "") {
			t.Errorf("scenario %s: name and Broken disagree on whether it is healthy", s.Name)
		}
	}
	for _, must := range []string{"l2bridge-v1-healthy", "l2bridge-v2-healthy", "overlay-v1-healthy", "overlay-v2-healthy",
		"l2bridge-v2-ps7-healthy", "l2bridge-json2018-healthy", "aks-l2bridge-v2-healthy", "rancher-overlay-v1-healthy",
		"script-in-names", "aks-logs-errors", "old-build-1709", "old-build-1709-patched"} {
		if !seen[must] {
			t.Errorf("scenario %s is missing", must)
		}
	}
}
