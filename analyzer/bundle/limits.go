package bundle

import (
	"errors"
	"fmt"
	"io"
)

// limitedReader counts the bytes an entry really yields, so a lying size
// header cannot make a reader produce more than the per-file limit.
type limitedReader struct {
	rc     io.ReadCloser
	bundle *Bundle
	path   string
	max    int64
	n      int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n > l.max {
		return 0, l.bundle.overFileLimit(l.path, l.n)
	}
	// Ask for at most one byte past the limit: enough to tell "exactly at
	// the limit" from "over it".
	if room := l.max - l.n + 1; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := l.rc.Read(p)
	l.n += int64(n)
	if l.n > l.max {
		return n, l.bundle.overFileLimit(l.path, l.n)
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return n, fail(ErrUnreadable, "%s: reading %s: %v", l.bundle.name, l.path, err)
	}
	return n, err
}

func (l *limitedReader) Close() error { return l.rc.Close() }

// budget tracks limits shared by an archive and the archives nested in it.
type budget struct {
	lim     Limits
	entries int
	total   int64
}

// admit accounts for one entry with its declared size and fails when a
// limit is crossed. Declared sizes are checked before any byte is read so
// that a bomb fails fast; readers count bytes as well.
func (g *budget) admit(bundle, name string, size int64) error {
	g.entries++
	if g.entries > g.lim.MaxEntries {
		return fail(ErrUnsafe, "%s: more than %d entries (at %s)", bundle, g.lim.MaxEntries, name)
	}
	if size > g.lim.MaxFileSize {
		return overFileLimit(bundle, name, size, g.lim.MaxFileSize)
	}
	g.total += size
	if g.total > g.lim.MaxTotalSize {
		return fail(ErrUnsafe, "%s: entries up to %s hold %s uncompressed, over the total limit of %s",
			bundle, name, HumanSize(g.total), HumanSize(g.lim.MaxTotalSize))
	}
	return nil
}

// HumanSize writes a byte count with a binary unit: 512 B, 1.5 KiB, 4.0 GiB.
func HumanSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit && exp < 5; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
