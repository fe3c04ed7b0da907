package bundle

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Analyses parse files in parallel: every format must serve concurrent
// Opens of its entries.
func TestConcurrentOpen(t *testing.T) {
	var items []item
	want := map[string]string{}
	for i := range 12 {
		// Every fourth file is over the in-memory cache size of streamed formats.
		lines := 10
		if i%4 == 0 {
			lines = cacheEntryMax/8 + 1
		}
		body := strings.Repeat(fmt.Sprintf("line %d\r\n", i), lines)
		name := fmt.Sprintf("f%02d.txt", i)
		items = append(items, item{name: name, body: body})
		want[name] = body
	}
	d := t.TempDir()
	paths := []string{
		writeZip(t, filepath.Join(d, "b.zip"), items),
		writeTarGz(t, filepath.Join(d, "b.tar.gz"), items),
		writeDir(t, filepath.Join(d, "dir"), items),
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			b, err := Open(p, DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			var wg sync.WaitGroup
			errs := make(chan error, 4*len(items))
			for range 4 {
				for _, f := range b.Files() {
					wg.Add(1)
					go func() {
						defer wg.Done()
						rc, err := b.Open(f.Path)
						if err != nil {
							errs <- err
							return
						}
						defer rc.Close()
						data, err := io.ReadAll(rc)
						if err != nil || string(data) != want[f.Path] {
							errs <- fmt.Errorf("%s: %d bytes, %v", f.Path, len(data), err)
						}
					}()
				}
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
		})
	}
}
