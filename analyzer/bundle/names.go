package bundle

import (
	"strings"
)

// cleanName turns an archive entry name into a relative '/'-separated path.
// It returns the reason to skip the entry when the name could point outside
// the bundle. An empty path with no reason is the root or a bare directory.
func cleanName(raw string) (path, reason string) {
	name := strings.ReplaceAll(raw, `\`, "/")
	switch {
	case strings.ContainsRune(name, 0):
		return "", "name contains a NUL byte"
	case strings.HasPrefix(name, "/"):
		return "", "absolute path"
	case len(name) >= 2 && name[1] == ':' && isLetter(name[0]):
		return "", "absolute path with a drive letter"
	}
	parts := strings.Split(name, "/")
	kept := parts[:0]
	for _, p := range parts {
		switch p {
		case "", ".":
			continue
		case "..":
			return "", "path leaves the bundle (..)"
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "/"), ""
}

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// isNestedBundle tells whether a nested archive is itself a bundle worth
// opening: the AKS wrapper's <HOST>-<yyyyMMdd-hhmmss>_logs.zip, often put
// inside a support upload zip.
func isNestedBundle(path string) bool {
	base := strings.ToLower(path[strings.LastIndex(path, "/")+1:])
	return strings.HasSuffix(base, "_logs.zip")
}

// isArchiveName recognises nested archives by name (WER-*.zip,
// Minidump-*.zip and the like are only opened when nothing else is there).
func isArchiveName(path string) bool {
	p := strings.ToLower(path)
	for _, ext := range []string{".zip", ".tar.gz", ".tgz", ".tar", ".7z"} {
		if strings.HasSuffix(p, ext) {
			return true
		}
	}
	return false
}
