package bundle

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestHostileEntriesAreSkipped(t *testing.T) {
	hostile := []item{
		{name: "../evil.txt", body: "x"},
		{name: `..\evil2.txt`, body: "x"},
		{name: "a/../../evil3.txt", body: "x"},
		{name: "/etc/evil4.txt", body: "x"},
		{name: `C:\Windows\evil5.txt`, body: "x"},
		{name: "ok/endpoint.txt", body: "fine"},
	}
	tarOnly := []item{
		{name: "link-to-passwd", link: "/etc/passwd"},
		{name: "hard", hard: "ok/endpoint.txt"},
	}
	tests := []struct {
		name  string
		build func(t *testing.T, path string) string
		ext   string
		want  []string
	}{
		{"zip", func(t *testing.T, p string) string { return writeZip(t, p, hostile) }, ".zip",
			[]string{"../evil.txt", `..\evil2.txt`, "/etc/evil4.txt", `C:\Windows\evil5.txt`, "a/../../evil3.txt"}},
		{"tar.gz", func(t *testing.T, p string) string { return writeTarGz(t, p, append(hostile, tarOnly...)) }, ".tar.gz",
			[]string{"../evil.txt", `..\evil2.txt`, "/etc/evil4.txt", `C:\Windows\evil5.txt`, "a/../../evil3.txt", "hard", "link-to-passwd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			work := filepath.Join(root, "work")
			if err := os.Mkdir(work, 0o755); err != nil {
				t.Fatal(err)
			}
			path := tt.build(t, filepath.Join(work, "bundle"+tt.ext))
			before := listTree(t, root)
			b, err := Open(path, DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			got := contents(t, b)
			b.Close()
			if diff := cmp.Diff(map[string]string{"ok/endpoint.txt": "fine"}, got); diff != "" {
				t.Errorf("files (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, skippedNames(b)); diff != "" {
				t.Errorf("skipped (-want +got):\n%s", diff)
			}
			for _, s := range b.Skipped() {
				if s.Reason == "" {
					t.Errorf("skipped %q without a reason", s.Name)
				}
			}
			if diff := cmp.Diff(before, listTree(t, root)); diff != "" {
				t.Errorf("opening the bundle changed the file system (-before +after):\n%s", diff)
			}
		})
	}
}

func TestFolderSymlinksAreNotFollowed(t *testing.T) {
	outside := t.TempDir()
	writeBytes(t, filepath.Join(outside, "secret.txt"), []byte("secret"))
	dir := writeDir(t, t.TempDir(), []item{{name: "endpoint.txt", body: "e"}})
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "routes.txt")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "logs")); err != nil {
		t.Fatal(err)
	}
	b, err := Open(dir, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if diff := cmp.Diff(map[string]string{"endpoint.txt": "e"}, contents(t, b)); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"logs", "routes.txt"}, skippedNames(b)); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
}

func listTree(t *testing.T, root string) []string {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(root, func(p string, _ os.DirEntry, err error) error {
		paths = append(paths, p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return paths
}

func TestLimits(t *testing.T) {
	many := make([]item, 20)
	for i := range many {
		many[i] = item{name: strings.Repeat("f", i+1) + ".txt", body: "0123456789"}
	}
	tests := []struct {
		name    string
		items   []item
		lim     Limits
		message string
	}{
		{"entry count", many, Limits{MaxEntries: 10}, "more than 10 entries"},
		{"total size", many, Limits{MaxTotalSize: 150}, "over the total limit of 150 B"},
		{"file size", []item{{name: "zeros.bin", body: strings.Repeat("\x00", 4<<20)}}, Limits{MaxFileSize: 1 << 20},
			"entry zeros.bin holds 4.0 MiB uncompressed, over the per-file limit of 1.0 MiB"},
	}
	for _, tt := range tests {
		for _, format := range []string{".zip", ".tar.gz"} {
			t.Run(tt.name+format, func(t *testing.T) {
				p := filepath.Join(t.TempDir(), "b"+format)
				if format == ".zip" {
					writeZip(t, p, tt.items)
				} else {
					writeTarGz(t, p, tt.items)
				}
				b, err := Open(p, tt.lim)
				if err == nil {
					b.Close()
					t.Fatal("Open succeeded, want a limit error")
				}
				if !errors.Is(err, ErrUnsafe) || !strings.Contains(err.Error(), tt.message) {
					t.Errorf("error %q: want ErrUnsafe saying %q", err, tt.message)
				}
			})
		}
	}
}

// rawZip writes a zip with one deflated entry whose header declares
// declared bytes, whatever the data really inflates to.
func rawZip(t testing.TB, path, name string, declared uint64, inflated io.Reader) {
	t.Helper()
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
	crc := crc32.NewIEEE()
	if _, err := io.Copy(fw, io.TeeReader(inflated, crc)); err != nil {
		t.Fatal(err)
	}
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: name, Method: zip.Deflate, CRC32: crc.Sum32(),
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: declared,
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	writeBytes(t, path, buf.Bytes())
}

type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	if z.n <= 0 {
		return 0, io.EOF
	}
	n := int(min(int64(len(p)), z.n))
	clear(p[:n])
	z.n -= int64(n)
	return n, nil
}

func TestZipBombDeclaredSizeFailsFast(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bomb.zip")
	rawZip(t, p, "zeros.txt", 5<<30, &zeros{n: 4096})
	start := time.Now()
	b, err := Open(p, DefaultLimits())
	if err == nil {
		b.Close()
		t.Fatal("Open succeeded on an entry declaring 5 GiB")
	}
	if !errors.Is(err, ErrUnsafe) || !strings.Contains(err.Error(), "entry zeros.txt holds 5.0 GiB") {
		t.Errorf("error %q: want ErrUnsafe naming zeros.txt and its size", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %s to refuse", d)
	}
}

func TestZipBombLyingHeaderIsCaughtWhileReading(t *testing.T) {
	p := filepath.Join(t.TempDir(), "liar.zip")
	rawZip(t, p, "small.txt", 1024, &zeros{n: 64 << 20})
	b, err := Open(p, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	rc, err := b.Open("small.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	n, err := io.Copy(io.Discard, rc)
	if !errors.Is(err, ErrUnreadable) || !strings.Contains(err.Error(), "small.txt") {
		t.Errorf("read %d bytes, error %v: want ErrUnreadable naming small.txt", n, err)
	}
	if n > 1<<20 {
		t.Errorf("read %d bytes from an entry declaring 1 KiB", n)
	}
}

func TestReadingStopsAtFileLimit(t *testing.T) {
	b := &Bundle{name: "b.zip", lim: Limits{MaxFileSize: 100}, entries: map[string]*entry{}}
	b.add(File{Path: "grows.log", Size: 10}, "grows.log", func() (io.ReadCloser, error) {
		return io.NopCloser(&zeros{n: 1 << 20}), nil
	}, nil)
	rc, err := b.Open("grows.log")
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, rc)
	if !errors.Is(err, ErrUnsafe) || !strings.Contains(err.Error(), "grows.log") || n > 101 {
		t.Errorf("read %d bytes, error %v: want ErrUnsafe naming grows.log after 100 bytes", n, err)
	}
}

func TestZipBombRealGigabytes(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 2.1 GB through deflate")
	}
	p := filepath.Join(t.TempDir(), "bomb.zip")
	rawZip(t, p, "zeros.txt", 2100<<20, &zeros{n: 2100 << 20})
	if st, _ := os.Stat(p); st.Size() > 8<<20 {
		t.Fatalf("bomb is %d bytes, want a few MB", st.Size())
	}
	start := time.Now()
	b, err := Open(p, DefaultLimits())
	if err == nil {
		b.Close()
		t.Fatal("Open succeeded on a 2.1 GB zip bomb")
	}
	if !errors.Is(err, ErrUnsafe) || !strings.Contains(err.Error(), "entry zeros.txt") {
		t.Errorf("error %q: want ErrUnsafe naming zeros.txt", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %s to refuse", d)
	}
}

func TestTarGzBombFailsAtTheHeader(t *testing.T) {
	// A tar header declaring 3 GiB followed by only a little data: the
	// archive is refused from its header, before anything is inflated.
	var tb bytes.Buffer
	tw := tar.NewWriter(&tb)
	tw.WriteHeader(&tar.Header{Name: "zeros.log", Mode: 0o644, Size: 3 << 30, Typeflag: tar.TypeReg})
	tw.Write(make([]byte, 1<<20))
	p := filepath.Join(t.TempDir(), "bomb.tar.gz")
	writeBytes(t, p, gzipBytes(t, tb.Bytes()))
	start := time.Now()
	b, err := Open(p, DefaultLimits())
	if err == nil {
		b.Close()
		t.Fatal("Open succeeded on a tar.gz declaring 3 GiB in a few KB")
	}
	if !errors.Is(err, ErrUnsafe) || !strings.Contains(err.Error(), "zeros.log") || !strings.Contains(err.Error(), "decompression bomb") {
		t.Errorf("error %q: want ErrUnsafe naming zeros.log as a bomb", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %s to refuse", d)
	}
}
