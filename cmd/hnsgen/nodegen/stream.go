package nodegen

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// crlfWriter converts "\n" to "\r\n" on the way to w.
type crlfWriter struct{ w io.Writer }

func (c crlfWriter) Write(p []byte) (int, error) {
	if _, err := c.w.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n"))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// WriteFolderStreaming writes a collectlogs folder like WriteBundle, but
// streams vfpOutput.txt (ASCII, CRLF) straight to disk port by port; with
// LazyRules set, memory stays bounded by one port's rules.
func (n *Node) WriteFolderStreaming(dir string) (string, error) {
	root := filepath.Join(dir, n.FolderName())
	n.SkipFiles["vfpOutput.txt"] = true
	if err := writeFolder(root, n.Files()); err != nil {
		return "", err
	}
	f, err := os.Create(filepath.Join(root, "vfpOutput.txt"))
	if err != nil {
		return "", fmt.Errorf("create vfpOutput.txt: %w", err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	werr := n.WriteVfpOutput(crlfWriter{bw})
	if werr == nil {
		werr = bw.Flush()
	}
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return "", fmt.Errorf("write vfpOutput.txt: %w", werr)
	}
	return root, nil
}
