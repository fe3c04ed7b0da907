package bundle

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

// Open opens the bundle at path: a folder, or an archive recognised by its
// content (zip, tar, compressed tar, 7z). Zero fields of lim take the
// defaults. A zip nested in the archive is opened too when it is an AKS
// *_logs.zip or when archives are all the bundle holds.
func Open(path string, lim Limits) (*Bundle, error) {
	lim = lim.orDefaults()
	st, err := os.Stat(path)
	if err != nil {
		return nil, fail(ErrUnreadable, "%s: %v", path, unwrapPathError(err))
	}
	b := &Bundle{name: path, lim: lim, entries: map[string]*entry{}}
	g := &budget{lim: lim}
	if st.IsDir() {
		err = b.walkDir(path, g)
	} else {
		err = b.openFile(path, st.Size(), g)
	}
	if err == nil {
		err = b.openNested(g)
	}
	if err == nil && len(b.files) == 0 {
		err = fail(ErrEmpty, "%s: no files to read%s", path, b.skippedNote())
	}
	if err != nil {
		b.Close()
		return nil, err
	}
	b.sortFiles()
	return b, nil
}

func (b *Bundle) openFile(path string, size int64, g *budget) error {
	f, err := os.Open(path)
	if err != nil {
		return fail(ErrUnreadable, "%s: %v", path, unwrapPathError(err))
	}
	b.closers = append(b.closers, f)
	return b.walkArchive(f, size, "", g)
}

func (l Limits) orDefaults() Limits {
	d := DefaultLimits()
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = d.MaxFileSize
	}
	if l.MaxTotalSize <= 0 {
		l.MaxTotalSize = d.MaxTotalSize
	}
	if l.MaxEntries <= 0 {
		l.MaxEntries = d.MaxEntries
	}
	return l
}

// maxNestedInMemory bounds a nested archive read into memory: archive
// readers need random access, and nothing may be written to disk.
const maxNestedInMemory = 1 << 30

// openNested opens the nested archives worth opening (see Open) and
// replaces each by the files it holds. A nested archive that cannot be read
// stays listed as a plain file and is reported as skipped.
func (b *Bundle) openNested(g *budget) error {
	var archives []File
	onlyArchives := true
	for _, f := range b.files {
		if isArchiveName(f.Path) {
			archives = append(archives, f)
		} else {
			onlyArchives = false
		}
	}
	for _, f := range archives {
		if !onlyArchives && !isNestedBundle(f.Path) {
			continue
		}
		if err := b.openOneNested(f, g); err != nil {
			if errors.Is(err, ErrUnsafe) {
				return err
			}
			b.skip(f.Path, "nested archive not opened: "+err.Error())
		}
	}
	return nil
}

func (b *Bundle) openOneNested(f File, g *budget) error {
	if f.Size > maxNestedInMemory || f.Size > b.lim.MaxFileSize {
		return fmt.Errorf("%s is too large to open in memory", HumanSize(f.Size))
	}
	rc, err := b.Open(f.Path)
	if err != nil {
		return err
	}
	defer rc.Close()
	var buf bytes.Buffer
	buf.Grow(int(f.Size))
	if _, err := io.Copy(&buf, rc); err != nil {
		return err
	}
	data := buf.Bytes()
	if err := b.walkArchive(bytes.NewReader(data), int64(len(data)), f.Path, g); err != nil {
		return err
	}
	b.remove(f.Path)
	return nil
}

func (b *Bundle) remove(path string) {
	delete(b.entries, path)
	kept := b.files[:0]
	for _, f := range b.files {
		if f.Path != path {
			kept = append(kept, f)
		}
	}
	b.files = kept
}

func (b *Bundle) skippedNote() string {
	if len(b.skipped) == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d entries skipped, first: %s: %s)", len(b.skipped), b.skipped[0].Name, b.skipped[0].Reason)
}

// unwrapPathError drops the path from an *os.PathError, since messages
// already name the bundle.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
