package bundle

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/mholt/archiver/v4"
)

// An archive with no entries is only an end-of-central-directory record,
// which the content match of zip does not recognise.
var (
	emptyZip   = []byte("PK\x05\x06")
	emptyZip64 = []byte("PK\x06\x06")
)

// identify recognises the archive format from the content only: names lie
// (a .zip that is really a tar.gz, a download error page saved as .zip).
func identify(ra io.ReaderAt, size int64) (archiver.Format, error) {
	head := make([]byte, 16)
	n, _ := ra.ReadAt(head, 0)
	head = head[:n]
	if bytes.HasPrefix(head, emptyZip) || bytes.HasPrefix(head, emptyZip64) {
		return nil, fail(ErrEmpty, "zip archive with no entries")
	}
	format, _, err := archiver.Identify("", io.NewSectionReader(ra, 0, size))
	switch {
	case errors.Is(err, archiver.ErrNoMatch):
		return nil, fail(ErrUnreadable, "not a folder or a zip, tar, tar.gz or 7z archive (content starts with %s)",
			describeHead(head))
	case err != nil:
		return nil, fail(ErrUnreadable, "not a readable archive: %v", err)
	}
	if _, ok := format.(archiver.Extractor); !ok {
		return nil, fail(ErrUnreadable, "%s-compressed data that holds no tar archive",
			strings.TrimPrefix(format.Name(), "."))
	}
	return format, nil
}

func formatName(f archiver.Format) string {
	return strings.TrimPrefix(f.Name(), ".")
}

// describeHead shows the first bytes of an unknown file, readable when it
// is text (an HTML error page, a single log file).
func describeHead(head []byte) string {
	printable := true
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c >= 0x7f {
			printable = false
			break
		}
	}
	if printable {
		return fmt.Sprintf("%q", head)
	}
	return fmt.Sprintf("% x", head)
}
