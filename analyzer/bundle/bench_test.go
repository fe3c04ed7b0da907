package bundle

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
)

// writeLargeBundle writes a zip of files UTF-16LE files like the ones
// collectlogs.ps1 writes, each about perFile bytes, and returns the path and
// the total uncompressed size.
func writeLargeBundle(b *testing.B, files, perFile int) (string, int64) {
	b.Helper()
	p := filepath.Join(b.TempDir(), "large_logs.zip")
	fh, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	defer fh.Close()
	bw := bufio.NewWriterSize(fh, 1<<20)
	zw := zip.NewWriter(bw)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	var total int64
	unit := make([]byte, 0, 256)
	for i := range files {
		w, err := zw.Create(fmt.Sprintf("kq3bz1xw.0de/file%02d.txt", i))
		if err != nil {
			b.Fatal(err)
		}
		w.Write([]byte{0xFF, 0xFE})
		total += 2
		for n, line := 0, 0; n < perFile; line++ {
			s := fmt.Sprintf("    \"IpAddress\": \"10.244.%d.%d\", \"Id\": \"%08X-%04d\"\r\n", line%250, line%253, line*7919, line%9973)
			unit = unit[:0]
			for _, u := range utf16.Encode([]rune(s)) {
				unit = append(unit, byte(u), byte(u>>8))
			}
			w.Write(unit)
			n += len(unit)
			total += int64(len(unit))
		}
	}
	if err := zw.Close(); err != nil {
		b.Fatal(err)
	}
	if err := bw.Flush(); err != nil {
		b.Fatal(err)
	}
	return p, total
}

// peakHeap samples the heap in use until stopped and returns the maximum.
func peakHeap() (stop func() uint64) {
	var (
		peak uint64
		mu   sync.Mutex
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			mu.Lock()
			peak = max(peak, ms.HeapInuse)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak
	}
}

// BenchmarkOpenAndDecode opens a ~200 MB bundle and reads every file, raw
// and decoded to UTF-8 as an analysis does. Reports MB/s of uncompressed
// input and the peak heap in use.
func BenchmarkOpenAndDecode(b *testing.B) {
	p, total := writeLargeBundle(b, 20, 10<<20)
	for _, mode := range []string{"raw", "text"} {
		b.Run(mode, func(b *testing.B) { benchRead(b, p, total, mode == "text") })
	}
}

func benchRead(b *testing.B, p string, total int64, text bool) {
	buf := make([]byte, 64<<10)
	b.SetBytes(total)
	b.ResetTimer()
	runtime.GC()
	stop := peakHeap()
	for range b.N {
		bd, err := Open(p, DefaultLimits())
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range bd.Files() {
			var rc io.ReadCloser
			if text {
				rc, _, err = bd.OpenText(f.Path)
			} else {
				rc, err = bd.Open(f.Path)
			}
			if err != nil {
				b.Fatal(err)
			}
			if _, err := io.CopyBuffer(io.Discard, rc, buf); err != nil {
				b.Fatal(err)
			}
			rc.Close()
		}
		bd.Close()
	}
	b.ReportMetric(float64(stop())/(1<<20), "peak-heap-MiB")
}

// BenchmarkOpenAndSniffTarGz opens a tar.gz of large entries and reads the
// start of each, as the inventory does: the walk that lists the archive
// keeps each start, so sniffing does not decompress the archive again.
func BenchmarkOpenAndSniffTarGz(b *testing.B) {
	const files, perFile = 8, 8 << 20
	line := []byte("Policy for port : 0a1b2c3d-0000-4000-8000-00155d000001  Rule : ALLOW_ALL\r\n")
	body := make([]byte, 0, perFile+len(line))
	for len(body) < perFile {
		body = append(body, line...)
	}
	var items []item
	for i := range files {
		items = append(items, item{name: fmt.Sprintf("node/file%02d.txt", i), body: string(body)})
	}
	path := filepath.Join(b.TempDir(), "large.tar.gz")
	writeBytes(b, path, gzipBytes(b, tarBytes(b, items)))
	b.SetBytes(int64(files * len(body)))
	b.ResetTimer()
	for range b.N {
		bd, err := Open(path, DefaultLimits())
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range bd.Files() {
			if _, _, err := bd.Head(f.Path, 4096); err != nil {
				b.Fatal(err)
			}
		}
		bd.Close()
	}
}
