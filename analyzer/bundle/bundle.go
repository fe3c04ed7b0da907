// Package bundle opens a diagnostics bundle — a folder, .zip, .tar, .tar.gz
// or .7z — as a read-only set of files, in place. Nothing is ever extracted
// or written: entry names are normalised, hostile entries (.. segments,
// absolute paths, links) are skipped and reported, and sizes and entry
// counts are bounded so a crafted archive ends with an error instead of
// filling memory.
package bundle

import (
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/hnsscope/hnsscope/parser/textenc"
)

// Sentinel errors. Every error of Open and of reading an entry wraps one of
// them, so callers can map them to an exit status.
var (
	// ErrUnreadable: not a supported archive, corrupt or truncated.
	ErrUnreadable = errors.New("unreadable bundle")
	// ErrUnsafe: the bundle exceeds a size or entry-count limit.
	ErrUnsafe = errors.New("unsafe bundle")
	// ErrEmpty: the bundle holds no usable file.
	ErrEmpty = errors.New("empty bundle")
)

// Limits bound what a bundle may hold once uncompressed.
type Limits struct {
	MaxFileSize  int64 // uncompressed bytes of one entry
	MaxTotalSize int64 // uncompressed bytes of all entries together
	MaxEntries   int   // entries of the archive, nested archives included
}

// DefaultLimits are generous for real bundles (the biggest files are event
// logs and ETW traces) and still stop a decompression bomb early.
func DefaultLimits() Limits {
	return Limits{MaxFileSize: 4 << 30, MaxTotalSize: 16 << 30, MaxEntries: 200000}
}

// File is one regular file of a bundle.
type File struct {
	// Path is '/'-separated, relative, without a leading "./". Files of a
	// nested archive carry the nested archive's path as prefix.
	Path string `json:"path"`
	Size int64  `json:"size"`
	// Nested is the path of the nested archive the file came from, or "".
	Nested string `json:"nested,omitempty"`
}

// SkippedEntry is an archive entry that was not made available, and why.
type SkippedEntry struct {
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

// opener returns the raw bytes of one entry.
type opener func() (io.ReadCloser, error)

type entry struct {
	file File
	open opener
	// head is the start of the entry kept in memory by the walk of a
	// streamed archive, all of it for small entries; nil when none was kept.
	head []byte
}

// Bundle is an opened bundle. It must be closed.
type Bundle struct {
	name    string
	lim     Limits
	entries map[string]*entry
	files   []File
	skipped []SkippedEntry
	closers []io.Closer
}

// Name returns the bundle path as given to Open.
func (b *Bundle) Name() string { return b.name }

// Files returns the regular files of the bundle, sorted by Path.
func (b *Bundle) Files() []File { return append([]File(nil), b.files...) }

// Skipped returns the entries that were left out, in archive order.
func (b *Bundle) Skipped() []SkippedEntry { return append([]SkippedEntry(nil), b.skipped...) }

// Limits returns the limits the bundle was opened with.
func (b *Bundle) Limits() Limits { return b.lim }

// Open returns the raw bytes of the file at path. Reading stops with an
// error naming the entry when it yields more than the per-file limit.
func (b *Bundle) Open(path string) (io.ReadCloser, error) {
	e, ok := b.entries[path]
	if !ok {
		return nil, fmt.Errorf("%s: no file %q in bundle", b.name, path)
	}
	if e.file.Size > b.lim.MaxFileSize {
		return nil, b.overFileLimit(path, e.file.Size)
	}
	rc, err := e.open()
	if err != nil {
		return nil, fail(ErrUnreadable, "%s: opening %s: %v", b.name, path, err)
	}
	return &limitedReader{rc: rc, bundle: b, path: path, max: b.lim.MaxFileSize}, nil
}

// Head returns up to n raw bytes from the start of the file at path and
// whether they are all of it. The start of an entry of a streamed archive
// is served from memory, without decompressing the archive again.
func (b *Bundle) Head(path string, n int) ([]byte, bool, error) {
	if e, ok := b.entries[path]; ok && e.head != nil && (n <= len(e.head) || int64(len(e.head)) == e.file.Size) {
		head := e.head[:min(n, len(e.head))]
		return head, int64(len(head)) == e.file.Size, nil
	}
	rc, err := b.Open(path)
	if err != nil {
		return nil, false, err
	}
	defer rc.Close()
	head, err := io.ReadAll(io.LimitReader(rc, int64(n)+1))
	if err != nil {
		return nil, false, err
	}
	if len(head) > n {
		return head[:n], false, nil
	}
	return head, true, nil
}

// OpenText returns the text of the file at path decoded to UTF-8 with LF
// line ends, and the encoding it was found in.
func (b *Bundle) OpenText(path string) (io.ReadCloser, textenc.Encoding, error) {
	rc, err := b.Open(path)
	if err != nil {
		return nil, "", err
	}
	r, enc, err := textenc.NewReader(rc)
	if err != nil {
		rc.Close()
		return nil, "", err
	}
	return struct {
		io.Reader
		io.Closer
	}{r, rc}, enc, nil
}

// Close releases the archive file.
func (b *Bundle) Close() error {
	var first error
	for i := len(b.closers) - 1; i >= 0; i-- {
		if err := b.closers[i].Close(); err != nil && first == nil {
			first = err
		}
	}
	b.closers = nil
	return first
}

func (b *Bundle) overFileLimit(path string, size int64) error {
	return overFileLimit(b.name, path, size, b.lim.MaxFileSize)
}

func overFileLimit(bundle, path string, size, limit int64) error {
	return fail(ErrUnsafe, "%s: entry %s holds %s uncompressed, over the per-file limit of %s",
		bundle, path, HumanSize(size), HumanSize(limit))
}

// add registers a file; a second entry with the same normalised path is
// skipped so that Open is unambiguous.
func (b *Bundle) add(f File, raw string, open opener, head []byte) {
	if _, dup := b.entries[f.Path]; dup {
		b.skip(raw, "duplicate of an earlier entry with the same name")
		return
	}
	b.entries[f.Path] = &entry{file: f, open: open, head: head}
	b.files = append(b.files, f)
}

func (b *Bundle) skip(name, reason string) {
	b.skipped = append(b.skipped, SkippedEntry{Name: name, Reason: reason})
}

func (b *Bundle) sortFiles() {
	sort.Slice(b.files, func(i, j int) bool { return b.files[i].Path < b.files[j].Path })
}

// bundleError is an error of one of the sentinel kinds. Its message does
// not repeat the kind: "x.zip: zip archive with no entries", not "...: empty
// bundle".
type bundleError struct {
	kind error
	msg  string
}

func (e *bundleError) Error() string { return e.msg }
func (e *bundleError) Unwrap() error { return e.kind }

func fail(kind error, format string, args ...any) error {
	return &bundleError{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// prefixed puts the bundle name in front of an error of identify, keeping
// its kind.
func prefixed(label string, err error) error {
	var be *bundleError
	if errors.As(err, &be) {
		return &bundleError{kind: be.kind, msg: label + ": " + be.msg}
	}
	return fail(ErrUnreadable, "%s: %v", label, err)
}
