package bundle

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/klauspost/compress/zip"
	"github.com/mholt/archiver/v4"
)

// Streamed formats (tar and compressed tar, 7z) have no cheap random access:
// small entries are kept in memory from the first pass, and so is the
// first cacheEntryMax bytes of larger ones (all that sniffing a file
// needs), each within its own budget. The rest of a larger entry is read
// again from the start of the archive when opened.
const (
	cacheEntryMax = 1 << 20
	cacheBudget   = 64 << 20
	headBudget    = 64 << 20
)

var errStopWalk = errors.New("stop walking the archive")

// walker lists the entries of one archive into a bundle.
type walker struct {
	b      *Bundle
	g      *budget
	ex     archiver.Extractor
	ra     io.ReaderAt
	size   int64
	nested string
	random bool // entries can be opened after the walk (zip)
	cached int64
	heads  int64 // bytes of the kept starts of larger entries
	// declared sums the sizes the entries claim, against the archive size.
	declared int64
	err      error
}

// walkArchive identifies the archive in ra by its content and lists its
// entries. nested is the path of the archive inside the bundle, or "".
func (b *Bundle) walkArchive(ra io.ReaderAt, size int64, nested string, g *budget) error {
	label := b.name
	if nested != "" {
		label = b.name + ": " + nested
	}
	if size == 0 {
		return fail(ErrEmpty, "%s: file is empty (0 bytes)", label)
	}
	format, err := identify(ra, size)
	if err != nil {
		return prefixed(label, err)
	}
	w := &walker{b: b, g: g, ex: format.(archiver.Extractor), ra: ra, size: size, nested: nested}
	_, w.random = format.(archiver.Zip)
	err = w.ex.Extract(context.Background(), io.NewSectionReader(ra, 0, size), nil, w.handle)
	if w.err != nil {
		return w.err
	}
	if err != nil && !errors.Is(err, errStopWalk) {
		return fail(ErrUnreadable, "%s: not a readable %s archive (corrupt or truncated): %v",
			label, formatName(format), err)
	}
	return nil
}

func (w *walker) handle(_ context.Context, f archiver.File) error {
	b := w.b
	raw := f.NameInArchive
	path, reason := cleanName(raw)
	if reason == "" {
		reason = linkReason(f)
	}
	if reason != "" {
		b.skip(raw, reason)
		return nil
	}
	// Compress-Archive writes folder entries as "adapters\", which zip
	// readers do not take for directories.
	if path == "" || f.IsDir() || strings.HasSuffix(raw, `\`) || strings.HasSuffix(raw, "/") {
		return nil
	}
	if !f.Mode().IsRegular() {
		b.skip(raw, "not a regular file")
		return nil
	}
	if w.nested != "" {
		path = w.nested + "/" + path
	}
	err := w.g.admit(b.name, path, f.Size())
	if err == nil {
		err = checkRatio(b.name, path, f)
	}
	if err == nil {
		w.declared += f.Size()
		err = w.checkArchiveRatio(path)
	}
	if err != nil {
		w.err = err
		return errStopWalk
	}
	open, head, err := w.opener(f, raw)
	if err != nil {
		w.err = err
		return errStopWalk
	}
	b.add(File{Path: path, Size: f.Size(), Nested: w.nested}, raw, open, head)
	return nil
}

// A huge entry that compresses far better than text ever does is the
// shape of a decompression bomb; deflate tops out near 1030:1 on zeros.
const (
	ratioCheckFrom = 1 << 30
	maxRatio       = 200
)

func checkRatio(bundle, path string, f archiver.File) error {
	// archiver reads zip files with klauspost/compress/zip.
	zh, ok := f.Header.(zip.FileHeader)
	if !ok || zh.UncompressedSize64 < ratioCheckFrom {
		return nil
	}
	if zh.CompressedSize64 == 0 || zh.UncompressedSize64/zh.CompressedSize64 >= maxRatio {
		return fail(ErrUnsafe, "%s: entry %s expands %s to %s (%d:1), the shape of a decompression bomb",
			bundle, path, HumanSize(int64(zh.CompressedSize64)), HumanSize(int64(zh.UncompressedSize64)),
			zh.UncompressedSize64/max(zh.CompressedSize64, 1))
	}
	return nil
}

// checkArchiveRatio catches bombs that no single entry shows: a small
// tar.gz whose headers declare gigabytes, or zip entries sharing one block
// of compressed data. Tar sizes are exact, so the check runs at the header,
// before anything is inflated.
func (w *walker) checkArchiveRatio(path string) error {
	if w.declared < ratioCheckFrom || w.declared/max(w.size, 1) < maxRatio {
		return nil
	}
	return fail(ErrUnsafe, "%s: entries up to %s expand %s of archive to %s (%d:1), the shape of a decompression bomb",
		w.b.name, path, HumanSize(w.size), HumanSize(w.declared), w.declared/max(w.size, 1))
}

// linkReason rejects symbolic and hard links: they are never followed.
func linkReason(f archiver.File) string {
	if f.Mode()&fs.ModeSymlink != 0 {
		return fmt.Sprintf("symbolic link to %q (not followed)", f.LinkTarget)
	}
	if h, ok := f.Header.(*tar.Header); ok && h.Typeflag == tar.TypeLink {
		return fmt.Sprintf("hard link to %q (not followed)", h.Linkname)
	}
	return ""
}

// opener returns how to open an entry and the bytes of its start kept in
// memory (nil when none were kept).
func (w *walker) opener(f archiver.File, raw string) (opener, []byte, error) {
	if w.random {
		return f.Open, nil, nil
	}
	size := f.Size()
	if size > cacheEntryMax {
		var head []byte
		if w.heads+cacheEntryMax <= headBudget {
			head = readStart(f, cacheEntryMax)
			w.heads += int64(len(head))
		}
		return w.reopener(raw), head, nil
	}
	if w.cached+size > cacheBudget {
		return w.reopener(raw), nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, fail(ErrUnreadable, "%s: reading %s: %v", w.b.name, raw, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, size+1))
	if err != nil || int64(len(data)) != size {
		return nil, nil, fail(ErrUnreadable, "%s: reading %s: %d of %d bytes (%v)", w.b.name, raw, len(data), size, err)
	}
	w.cached += size
	return func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }, data, nil
}

// readStart reads the first n bytes of a larger entry, or returns nil: the
// entry is then read, and any error reported, when it is opened.
func readStart(f archiver.File, n int64) []byte {
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	head := make([]byte, n)
	if _, err := io.ReadFull(rc, head); err != nil {
		return nil
	}
	return head
}

// reopener streams one entry by walking the archive again up to it; the
// consumer reads it through a pipe, and closing the pipe ends the walk.
func (w *walker) reopener(raw string) opener {
	ex, ra, size := w.ex, w.ra, w.size
	return func() (io.ReadCloser, error) {
		pr, pw := io.Pipe()
		go func() {
			found := false
			err := ex.Extract(context.Background(), io.NewSectionReader(ra, 0, size), nil,
				func(_ context.Context, f archiver.File) error {
					if f.NameInArchive != raw || f.IsDir() {
						return nil
					}
					found = true
					rc, err := f.Open()
					if err != nil {
						return err
					}
					defer rc.Close()
					if _, err := io.Copy(pw, rc); err != nil {
						return err
					}
					return errStopWalk
				})
			switch {
			case errors.Is(err, errStopWalk):
				err = nil
			case err == nil && !found:
				err = fmt.Errorf("entry %s not found when read again", raw)
			}
			pw.CloseWithError(err)
		}()
		return pr, nil
	}
}
