package nodegen

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPS51Shape(t *testing.T) {
	obj := Obj{{"ID", "8f109901"}, {"Policies", Arr{Obj{{"PA", "10.123.74.74"}, {"Type", "PA"}}}},
		{"SharedContainers", Arr{}}, {"Name", "<a>&'"}}
	want := strings.Join([]string{
		`{`,
		`    "ID":  "8f109901",`,
		`    "Policies":  [`,
		`                     {`,
		`                         "PA":  "10.123.74.74",`,
		`                         "Type":  "PA"`,
		`                     }`,
		`                 ],`,
		`    "SharedContainers":  [`,
		``,
		`                         ],`,
		`    "Name":  "\u003ca\u003e\u0026\u0027"`,
		`}`,
		``}, "\n")
	if diff := cmp.Diff(want, ConvertToJSON(JSONPS51, []any{obj})); diff != "" {
		t.Errorf("PS 5.1 single object (-want +got):\n%s", diff)
	}
}

func TestConvertToJSONCardinality(t *testing.T) {
	for _, tc := range []struct {
		items []any
		start string
	}{
		{nil, ""},
		{[]any{Obj{{"a", 1}}}, "{\n"},
		{[]any{Obj{{"a", 1}}, Obj{{"a", 2}}}, "[\n    {\n        \"a\":  1\n    },\n"},
	} {
		if got := ConvertToJSON(JSONPS51, tc.items); !strings.HasPrefix(got, tc.start) || (tc.start == "" && got != "") {
			t.Errorf("%d items: got %q, want prefix %q", len(tc.items), got, tc.start)
		}
	}
}

func TestPS7Shape(t *testing.T) {
	got := RenderJSON(JSONPS7, Obj{{"a", Arr{}}, {"b", Obj{{"c", "<x>"}}}})
	want := "{\n  \"a\": [],\n  \"b\": {\n    \"c\": \"<x>\"\n  }\n}"
	if got != want {
		t.Errorf("PS7 = %q, want %q", got, want)
	}
}

func TestTableTruncatesAndAligns(t *testing.T) {
	f := Formatter{Ellipsis: "..."}
	got := f.Table([]Column{{Header: "Name", Max: 8}, {Header: "Count", Right: true}}, [][]string{{"averyverylongname", "7"}, {"x", "12"}})
	want := "\nName     Count\n----     -----\navery...     7\nx           12\n\n\n"
	if got != want {
		t.Errorf("table = %q, want %q", got, want)
	}
}

func TestTableDropsColumnsOnNarrowHost(t *testing.T) {
	f := Formatter{Ellipsis: "...", Width: 13}
	got := f.Table([]Column{{Header: "ifIndex"}, {Header: "Alias"}, {Header: "Store"}}, [][]string{{"14", "eth", "ActiveStore"}})
	want := "\nifIndex Alias\n------- -----\n14      eth\n\n\n"
	if got != want {
		t.Errorf("narrow table = %q, want %q", got, want)
	}
}
