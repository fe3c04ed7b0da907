package bundle

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNestedArchives(t *testing.T) {
	logsZip := func(t *testing.T, d string) string {
		p := writeZip(t, filepath.Join(d, "inner.zip"), []item{
			{name: "endpoint.txt", body: "e"},
			{name: `adapters\Ethernet_int.txt`, body: "a"},
		})
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	tests := []struct {
		name      string
		items     func(inner string) []item
		wantFiles []File
		wantSkip  []string
	}{
		{"AKS logs zip inside an upload", func(inner string) []item {
			return []item{
				{name: "case-123/readme.txt", body: "r"},
				{name: "case-123/AKSWIN01-20240102-031500_logs.zip", body: inner},
				{name: "case-123/WER-20240102.zip", body: inner},
			}
		}, []File{
			{Path: "case-123/AKSWIN01-20240102-031500_logs.zip/adapters/Ethernet_int.txt", Size: 1, Nested: "case-123/AKSWIN01-20240102-031500_logs.zip"},
			{Path: "case-123/AKSWIN01-20240102-031500_logs.zip/endpoint.txt", Size: 1, Nested: "case-123/AKSWIN01-20240102-031500_logs.zip"},
			{Path: "case-123/WER-20240102.zip", Size: -1},
			{Path: "case-123/readme.txt", Size: 1},
		}, nil},
		{"archive as the only content", func(inner string) []item {
			return []item{{name: "bundle.zip", body: inner}}
		}, []File{
			{Path: "bundle.zip/adapters/Ethernet_int.txt", Size: 1, Nested: "bundle.zip"},
			{Path: "bundle.zip/endpoint.txt", Size: 1, Nested: "bundle.zip"},
		}, nil},
		{"corrupt nested logs zip stays a plain file", func(string) []item {
			return []item{{name: "N-20240102-031500_logs.zip", body: "PK\x03\x04garbage"}, {name: "x.txt", body: "x"}}
		}, []File{
			{Path: "N-20240102-031500_logs.zip", Size: 11},
			{Path: "x.txt", Size: 1},
		}, []string{"N-20240102-031500_logs.zip"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := t.TempDir()
			inner := logsZip(t, d)
			items := tt.items(inner)
			for i := range tt.wantFiles {
				if tt.wantFiles[i].Size == -1 {
					tt.wantFiles[i].Size = int64(len(inner))
				}
			}
			b, err := Open(writeZip(t, filepath.Join(d, "upload.zip"), items), DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			if diff := cmp.Diff(tt.wantFiles, b.Files()); diff != "" {
				t.Errorf("files (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantSkip, skippedNames(b)); diff != "" {
				t.Errorf("skipped (-want +got):\n%s", diff)
			}
			got := contents(t, b)
			for _, f := range tt.wantFiles {
				if f.Nested != "" && got[f.Path] == "" {
					t.Errorf("nested file %s read back empty", f.Path)
				}
			}
		})
	}
}
