package bundle

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// FuzzOpen feeds arbitrary bytes as an archive file: Open and reading every
// file must end with data or one of the package errors, never a panic.
func FuzzOpen(f *testing.F) {
	seeds := fuzzSeeds(f)
	for _, s := range seeds {
		f.Add(s)
	}
	// One file per fuzzing process, rewritten for every input: a fresh
	// temporary folder per input would make the file system the bottleneck.
	p := filepath.Join(f.TempDir(), "bundle.zip")
	f.Fuzz(func(t *testing.T, data []byte) {
		writeBytes(t, p, data)
		lim := Limits{MaxFileSize: 1 << 20, MaxTotalSize: 4 << 20, MaxEntries: 1000}
		b, err := Open(p, lim)
		if err != nil {
			if !errors.Is(err, ErrUnreadable) && !errors.Is(err, ErrUnsafe) && !errors.Is(err, ErrEmpty) {
				t.Fatalf("error %v wraps no package error", err)
			}
			return
		}
		defer b.Close()
		for _, file := range b.Files() {
			rc, err := b.Open(file.Path)
			if err != nil {
				continue
			}
			io.Copy(io.Discard, rc)
			rc.Close()
		}
	})
}

func fuzzSeeds(f *testing.F) [][]byte {
	dir := f.TempDir()
	read := func(p string) []byte {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		return data
	}
	zipped := read(writeZip(f, filepath.Join(dir, "a.zip"), collectlogsItems))
	seeds := [][]byte{
		zipped,
		zipped[:len(zipped)/2],
		read(writeZip(f, filepath.Join(dir, "empty.zip"), nil)),
		read(writeZip(f, filepath.Join(dir, "evil.zip"), []item{{name: "../x", body: "x"}, {name: `a\b.txt`, body: "b"}})),
		read(writeTarGz(f, filepath.Join(dir, "a.tgz"), append(collectlogsItems, item{name: "l", link: "/etc/passwd"}))),
		read(writeTar(f, filepath.Join(dir, "a.tar"), collectlogsItems)),
		read(filepath.Join("testdata", "archives", "collectlogs.7z")),
		[]byte("not an archive"),
		{},
	}
	return seeds
}
