package bundle

import (
	"io"
	"io/fs"
	"os"
)

// walkDir lists a folder bundle. Files are opened through an os.Root, so
// no name can reach outside the folder; symbolic links are not followed.
func (b *Bundle) walkDir(dir string, g *budget) error {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fail(ErrUnreadable, "%s: %v", dir, unwrapPathError(err))
	}
	b.closers = append(b.closers, root)
	return fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			b.skip(p, "cannot be read: "+unwrapPathError(err).Error())
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case p == "." || d.IsDir():
			return nil
		case d.Type()&fs.ModeSymlink != 0:
			b.skip(p, "symbolic link (not followed)")
			return nil
		case !d.Type().IsRegular():
			b.skip(p, "not a regular file")
			return nil
		}
		info, err := d.Info()
		if err != nil {
			b.skip(p, "cannot be read: "+unwrapPathError(err).Error())
			return nil
		}
		// A folder unpacked from a Compress-Archive zip by a tool that
		// keeps backslashes holds names like "adapters\Ethernet_int.txt".
		path, _ := cleanName(p)
		if err := g.admit(b.name, path, info.Size()); err != nil {
			return err
		}
		native := p
		b.add(File{Path: path, Size: info.Size()}, p, func() (io.ReadCloser, error) { return root.Open(native) }, nil)
		return nil
	})
}
