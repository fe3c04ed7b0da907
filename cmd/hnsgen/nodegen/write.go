package nodegen

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Files returns the entries of the bundle in its layout: paths are relative
// to the bundle root ("/"-separated for folders and tars; the AKS zip keeps
// the backslashes Compress-Archive writes).
func (n *Node) Files() []File {
	if n.Layout == LayoutRancher {
		// The Rancher collector writes files of its own, none of collectlogs'.
		return mergeExtra(n.rancherFiles(), n.ExtraFiles)
	}
	cl := n.CollectLogsFiles()
	switch n.Layout {
	case LayoutAKS:
		if n.WrongDirZipped {
			cl = []File{{Path: "sourceVip.json", Data: []byte(`{"ip4":{"ip":"` + n.MgmtIP.String() + `/16"}}` + "\n")}}
		}
		fs := make([]File, 0, len(cl)+8)
		for _, f := range cl {
			fs = append(fs, File{Path: strings.ReplaceAll(f.Path, "/", `\`), Data: f.Data})
		}
		return mergeExtra(append(fs, n.aksFiles()...), n.ExtraFiles)
	case LayoutZippedFolder:
		fs := mergeExtra(cl, n.ExtraFiles)
		for i := range fs {
			fs[i].Path = n.FolderName() + "/" + fs[i].Path
		}
		return fs
	}
	return mergeExtra(cl, n.ExtraFiles)
}

// mergeExtra replaces files whose path matches an extra file and appends the rest.
func mergeExtra(fs, extra []File) []File {
	for _, x := range extra {
		replaced := false
		for i := range fs {
			if fs[i].Path == x.Path {
				fs[i], replaced = x, true
			}
		}
		if !replaced {
			fs = append(fs, x)
		}
	}
	return fs
}

// WriteBundle writes the bundle into dir (a folder named by FolderName, or
// the zip / tar.gz archive) and returns its path.
func (n *Node) WriteBundle(dir string) (string, error) {
	target := filepath.Join(dir, n.BundleName())
	var err error
	switch n.Layout {
	case LayoutAKS, LayoutZippedFolder:
		err = writeArchive(target, n.Files(), n.zipBytes)
	case LayoutRancher:
		err = writeArchive(target, n.Files(), n.tarGzBytes)
	default:
		err = writeFolder(target, n.Files())
	}
	if err != nil {
		return "", err
	}
	return target, nil
}

func writeFolder(root string, fs []File) error {
	for _, f := range fs {
		p := filepath.Join(root, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("create folder for %s: %w", f.Path, err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", f.Path, err)
		}
	}
	return nil
}

func writeArchive(path string, fs []File, pack func([]File) ([]byte, error)) error {
	data, err := pack(fs)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("create folder for %s: %w", path, err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func (n *Node) zipBytes(fs []File) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range fs {
		h := &zip.FileHeader{Name: f.Path, Method: zip.Deflate, Modified: n.CollectedAt()}
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, fmt.Errorf("zip entry %s: %w", f.Path, err)
		}
		if _, err := w.Write(f.Data); err != nil {
			return nil, fmt.Errorf("zip entry %s: %w", f.Path, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("close zip: %w", err)
	}
	return buf.Bytes(), nil
}

func (n *Node) tarGzBytes(fs []File) ([]byte, error) {
	var buf bytes.Buffer
	gz, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	gz.ModTime = n.CollectedAt()
	tw := tar.NewWriter(gz)
	for _, f := range fs {
		h := &tar.Header{Name: f.Path, Mode: 0o644, Size: int64(len(f.Data)), ModTime: n.CollectedAt(), Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if err := tw.WriteHeader(h); err != nil {
			return nil, fmt.Errorf("tar entry %s: %w", f.Path, err)
		}
		if _, err := tw.Write(f.Data); err != nil {
			return nil, fmt.Errorf("tar entry %s: %w", f.Path, err)
		}
	}
	if err := tw.Close(); err != nil {
		return nil, fmt.Errorf("close tar: %w", err)
	}
	if err := gz.Close(); err != nil {
		return nil, fmt.Errorf("close gzip: %w", err)
	}
	return buf.Bytes(), nil
}
