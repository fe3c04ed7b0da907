package bundle

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// item is one entry of a generated test archive.
type item struct {
	name string
	body string
	link string // tar: symlink target
	hard string // tar: hard link target
	dir  bool
}

func writeZip(t testing.TB, path string, items []item) string {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, it := range items {
		if it.dir {
			if _, err := zw.Create(it.name + "/"); err != nil {
				t.Fatal(err)
			}
			continue
		}
		w, err := zw.Create(it.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, it.body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	writeBytes(t, path, buf.Bytes())
	return path
}

func tarBytes(t testing.TB, items []item) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, it := range items {
		h := &tar.Header{Name: it.name, Mode: 0o644, Size: int64(len(it.body)), Typeflag: tar.TypeReg}
		switch {
		case it.dir:
			h = &tar.Header{Name: it.name + "/", Mode: 0o755, Typeflag: tar.TypeDir}
		case it.link != "":
			h = &tar.Header{Name: it.name, Linkname: it.link, Typeflag: tar.TypeSymlink}
		case it.hard != "":
			h = &tar.Header{Name: it.name, Linkname: it.hard, Typeflag: tar.TypeLink}
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			if _, err := io.WriteString(tw, it.body); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeTar(t testing.TB, path string, items []item) string {
	writeBytes(t, path, tarBytes(t, items))
	return path
}

func gzipBytes(t testing.TB, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	gw := gzip.NewWriter(&buf)
	if _, err := gw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := gw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeTarGz(t testing.TB, path string, items []item) string {
	writeBytes(t, path, gzipBytes(t, tarBytes(t, items)))
	return path
}

func writeDir(t testing.TB, dir string, items []item) string {
	t.Helper()
	for _, it := range items {
		p := filepath.Join(dir, filepath.FromSlash(it.name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		writeBytes(t, p, []byte(it.body))
	}
	return dir
}

func writeBytes(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// contents reads every file of an opened bundle.
func contents(t testing.TB, b *Bundle) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, f := range b.Files() {
		rc, err := b.Open(f.Path)
		if err != nil {
			t.Fatalf("Open(%q): %v", f.Path, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("reading %q: %v", f.Path, err)
		}
		if int64(len(data)) != f.Size {
			t.Errorf("%s: read %d bytes, listed size %d", f.Path, len(data), f.Size)
		}
		got[f.Path] = string(data)
	}
	return got
}

func skippedNames(b *Bundle) []string {
	var names []string
	for _, s := range b.Skipped() {
		names = append(names, s.Name)
	}
	sort.Strings(names)
	return names
}
