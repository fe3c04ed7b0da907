package bundle

import (
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

func TestHead(t *testing.T) {
	big := strings.Repeat("0123456789abcdef", cacheEntryMax/16+10)
	items := []item{{name: "big.log", body: big}, {name: "small.txt", body: "small"}, {name: "empty.txt"}}
	dir := t.TempDir()
	paths := map[string]string{
		"folder": writeDir(t, filepath.Join(dir, "folder"), items),
		"zip":    writeZip(t, filepath.Join(dir, "b.zip"), items),
		"tar.gz": writeTarGz(t, filepath.Join(dir, "b.tgz"), items),
	}
	cases := []struct {
		path     string
		n        int
		want     string
		complete bool
	}{
		{"small.txt", 3, "sma", false},
		{"small.txt", 5, "small", true},
		{"small.txt", 4096, "small", true},
		{"empty.txt", 10, "", true},
		{"big.log", 4096, big[:4096], false},
		{"big.log", cacheEntryMax, big[:cacheEntryMax], false},
		{"big.log", cacheEntryMax + 7, big[:cacheEntryMax+7], false},
		{"big.log", len(big), big, true},
	}
	for kind, path := range paths {
		b, err := Open(path, DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			got, complete, err := b.Head(c.path, c.n)
			if err != nil || string(got) != c.want || complete != c.complete {
				t.Errorf("%s: Head(%s, %d) = %d bytes, complete %v, %v; want %d bytes, complete %v",
					kind, c.path, c.n, len(got), complete, err, len(c.want), c.complete)
			}
		}
		b.Close()
	}
}

func TestHeadOfStreamedEntryReadsNoArchive(t *testing.T) {
	big := strings.Repeat("x", cacheEntryMax+100)
	path := writeTarGz(t, filepath.Join(t.TempDir(), "b.tgz"), []item{{name: "big.log", body: big}})
	b, err := Open(path, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	b.entries["big.log"].open = func() (io.ReadCloser, error) { return nil, errors.New("archive read again") }
	if got, _, err := b.Head("big.log", 4096); err != nil || len(got) != 4096 {
		t.Errorf("Head of a streamed entry = %d bytes, %v; want 4096 bytes from memory", len(got), err)
	}
	if _, _, err := b.Head("big.log", cacheEntryMax+1); err == nil {
		t.Errorf("Head past the kept start did not read the archive")
	}
}
