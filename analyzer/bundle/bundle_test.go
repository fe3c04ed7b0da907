package bundle

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

var collectlogsItems = []item{
	{name: "kq3bz1xw.0de", dir: true},
	{name: "kq3bz1xw.0de/endpoint.txt", body: "endpoints"},
	{name: "kq3bz1xw.0de/adapters/Ethernet 2_int.txt", body: "adapter"},
}

var collectlogsWant = map[string]string{
	"kq3bz1xw.0de/endpoint.txt":                "endpoints",
	"kq3bz1xw.0de/adapters/Ethernet 2_int.txt": "adapter",
}

func TestOpenLayouts(t *testing.T) {
	tests := []struct {
		name  string
		build func(t *testing.T, dir string) string
		want  map[string]string
	}{
		{"zip with top folder", func(t *testing.T, d string) string {
			return writeZip(t, filepath.Join(d, "b.zip"), collectlogsItems)
		}, collectlogsWant},
		{"zip flattened with backslashes", func(t *testing.T, d string) string {
			return writeZip(t, filepath.Join(d, "NODE1-20240102-031500_logs.zip"), []item{
				{name: "endpoint.txt", body: "e"},
				{name: `adapters\`, body: ""},
				{name: `adapters\Ethernet 2_int.txt`, body: "a"},
				{name: `.\winevt\System.evtx`, body: "x"},
			})
		}, map[string]string{"endpoint.txt": "e", "adapters/Ethernet 2_int.txt": "a", "winevt/System.evtx": "x"}},
		{"tar", func(t *testing.T, d string) string {
			return writeTar(t, filepath.Join(d, "b.tar"), collectlogsItems)
		}, collectlogsWant},
		{"tar.gz with ./ prefix (Rancher)", func(t *testing.T, d string) string {
			return writeTarGz(t, filepath.Join(d, "rancher_rke2_node_2024-01-02.tar.gz"), []item{
				{name: "./network/hns/endpoint.txt", body: "e"},
				{name: "./network/hnsdiaglistall", body: "h"},
			})
		}, map[string]string{"network/hns/endpoint.txt": "e", "network/hnsdiaglistall": "h"}},
		{"tar.gz named .zip is read by content", func(t *testing.T, d string) string {
			return writeTarGz(t, filepath.Join(d, "mislabelled.zip"), collectlogsItems)
		}, collectlogsWant},
		{"folder", func(t *testing.T, d string) string {
			return writeDir(t, filepath.Join(d, "unpacked"), collectlogsItems[1:])
		}, collectlogsWant},
		{"7z", func(t *testing.T, d string) string {
			return filepath.Join("testdata", "archives", "collectlogs.7z")
		}, map[string]string{
			"kq3bz1xw.0de/network.txt":                 "Name Type\r\n",
			"kq3bz1xw.0de/adapters/Ethernet 2_int.txt": "Interface Ethernet Parameters\r\n",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.build(t, t.TempDir())
			b, err := Open(path, DefaultLimits())
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer b.Close()
			if b.Name() != path {
				t.Errorf("Name() = %q, want %q", b.Name(), path)
			}
			if diff := cmp.Diff(tt.want, contents(t, b)); diff != "" {
				t.Errorf("contents (-want +got):\n%s", diff)
			}
			if len(b.Skipped()) != 0 {
				t.Errorf("Skipped() = %v, want none", b.Skipped())
			}
		})
	}
}

func TestFilesSorted(t *testing.T) {
	path := writeZip(t, filepath.Join(t.TempDir(), "b.zip"), []item{
		{name: "z.txt", body: "1"}, {name: "a.txt", body: "22"}, {name: "m/b.txt", body: "333"},
	})
	b, err := Open(path, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	want := []File{{Path: "a.txt", Size: 2}, {Path: "m/b.txt", Size: 3}, {Path: "z.txt", Size: 1}}
	if diff := cmp.Diff(want, b.Files()); diff != "" {
		t.Errorf("Files() (-want +got):\n%s", diff)
	}
}

func TestOpenStreamedEntryTwice(t *testing.T) {
	// Entries above the in-memory cache size are read again from the
	// archive on every Open.
	big := strings.Repeat("0123456789abcdef", cacheEntryMax/16+10)
	path := writeTarGz(t, filepath.Join(t.TempDir(), "b.tgz"), []item{
		{name: "big.log", body: big}, {name: "small.txt", body: "s"},
	})
	b, err := Open(path, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for range 2 {
		got := contents(t, b)
		if got["big.log"] != big || got["small.txt"] != "s" {
			t.Fatalf("streamed entries not read back intact (big %d bytes)", len(got["big.log"]))
		}
	}
	// Closing early must not block or leak an error.
	rc, err := b.Open("big.log")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadFull(rc, make([]byte, 10)); err != nil {
		t.Fatal(err)
	}
	if err := rc.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenText(t *testing.T) {
	utf16 := []byte{0xFF, 0xFE, 'H', 0, 'N', 0, 'S', 0, '\r', 0, '\n', 0}
	dir := t.TempDir()
	writeBytes(t, filepath.Join(dir, "network.txt"), utf16)
	b, err := Open(dir, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	rc, enc, err := b.OpenText("network.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	text, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	if enc != textenc.UTF16LEBOM || string(text) != "HNS\n" {
		t.Errorf("OpenText = %q in %s, want \"HNS\\n\" in %s", text, enc, textenc.UTF16LEBOM)
	}
	if _, err := b.Open("absent.txt"); err == nil {
		t.Error("Open of an absent file succeeded")
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name    string
		build   func(t *testing.T, dir string) string
		want    error
		message string
	}{
		{"random bytes named .zip", func(t *testing.T, d string) string {
			p := filepath.Join(d, "upload.zip")
			writeBytes(t, p, []byte("\x8f\x03\xaa\x11 not an archive at all \x00\x01\x02"))
			return p
		}, ErrUnreadable, "not a folder or a zip"},
		{"html error page saved as .zip", func(t *testing.T, d string) string {
			p := filepath.Join(d, "download.zip")
			writeBytes(t, p, []byte("<html><body>403 Forbidden</body></html>"))
			return p
		}, ErrUnreadable, `"<html><body>403 "`},
		{"truncated zip", func(t *testing.T, d string) string {
			p := writeZip(t, filepath.Join(d, "cut.zip"), collectlogsItems)
			data, _ := os.ReadFile(p)
			writeBytes(t, p, data[:len(data)/2])
			return p
		}, ErrUnreadable, "not a readable zip archive"},
		{"truncated tar.gz", func(t *testing.T, d string) string {
			p := filepath.Join(d, "cut.tar.gz")
			data := gzipBytes(t, tarBytes(t, []item{{name: "a.txt", body: strings.Repeat("x", 100000)}}))
			writeBytes(t, p, data[:len(data)-40])
			return p
		}, ErrUnreadable, "cut.tar.gz"},
		{"truncated 7z", func(t *testing.T, d string) string {
			data, err := os.ReadFile(filepath.Join("testdata", "archives", "collectlogs.7z"))
			if err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(d, "cut.7z")
			writeBytes(t, p, data[:len(data)/2])
			return p
		}, ErrUnreadable, "not a readable 7z archive"},
		{"gzip of a single file", func(t *testing.T, d string) string {
			p := filepath.Join(d, "endpoint.txt.gz")
			writeBytes(t, p, gzipBytes(t, []byte("just text, no tar header in here at all")))
			return p
		}, ErrUnreadable, "holds no tar archive"},
		{"empty zip", func(t *testing.T, d string) string {
			return writeZip(t, filepath.Join(d, "empty.zip"), nil)
		}, ErrEmpty, "no entries"},
		{"zip of empty folders", func(t *testing.T, d string) string {
			return writeZip(t, filepath.Join(d, "dirs.zip"), []item{{name: "a", dir: true}})
		}, ErrEmpty, "no files"},
		{"zero-byte file", func(t *testing.T, d string) string {
			p := filepath.Join(d, "zero.zip")
			writeBytes(t, p, nil)
			return p
		}, ErrEmpty, "0 bytes"},
		{"empty folder", func(t *testing.T, d string) string { return d }, ErrEmpty, "no files"},
		{"missing path", func(t *testing.T, d string) string {
			return filepath.Join(d, "nope.zip")
		}, ErrUnreadable, "no such file"},
		{"only hostile entries", func(t *testing.T, d string) string {
			return writeZip(t, filepath.Join(d, "evil.zip"), []item{{name: "../evil.txt", body: "x"}})
		}, ErrEmpty, "path leaves the bundle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.build(t, t.TempDir())
			b, err := Open(path, DefaultLimits())
			if err == nil {
				b.Close()
				t.Fatal("Open succeeded, want an error")
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("error %v does not wrap %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.message) {
				t.Errorf("error %q should name %q and say %q", err, path, tt.message)
			}
		})
	}
}
