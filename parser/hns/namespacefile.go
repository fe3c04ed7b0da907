package hns

import (
	"io"

	"github.com/hnsscope/hnsscope/parser"
)

// NamespaceRow is one record of the list printed before the namespace JSON.
type NamespaceRow struct {
	Pos           parser.Position `json:"pos"`
	ID            string          `json:"id,omitempty"`
	CompartmentID *int64          `json:"compartmentId,omitempty"`
	GUID          string          `json:"guid,omitempty"`
	Type          string          `json:"type,omitempty"`
	IsDefault     *bool           `json:"isDefault,omitempty"`
	EndpointIDs   []string        `json:"endpointIds,omitempty"`
	// EndpointIDsTruncated: the list was cut ("{a, b, c, d...}").
	EndpointIDsTruncated bool `json:"endpointIdsTruncated,omitempty"`
}

// NamespaceFile is namespaces.txt.
type NamespaceFile struct {
	Namespaces []Namespace    `json:"namespaces"`
	ListRows   []NamespaceRow `json:"listRows,omitempty"`
	Schema     Schema         `json:"schema,omitempty"`
	HasJSON    bool           `json:"hasJson"`
}

// ParseNamespaces reads namespaces.txt (list + JSON).
func ParseNamespaces(file string, r io.Reader) (*NamespaceFile, []parser.Problem) {
	probs := &parser.Problems{File: file}
	out := &NamespaceFile{}
	doc := readDocument(r, probs, func(it item) {
		d := &decoder{probs: probs, line: it.line}
		o := d.begin(it.value, it.path)
		if o == nil {
			return
		}
		if k := objectKind(o); k != ObjectNamespace && k != ObjectUnknown {
			d.warn(it.path, "%s object in a namespace file", k)
		}
		ns := d.namespace(o, it.path)
		ns.Pos = parser.Position{File: file, Line: it.line, JSONPath: it.path}
		ns.Truncated = d.truncated
		out.Namespaces = append(out.Namespaces, ns)
	})
	out.HasJSON = doc.hasJSON
	for _, rec := range textRecords(doc.pre, probs, "ID", "CompartmentID", "EndpointID") {
		out.ListRows = append(out.ListRows, namespaceRow(file, rec))
	}
	out.Schema = fileSchema(len(out.Namespaces), func(i int) Schema { return out.Namespaces[i].Schema })
	if !doc.hasJSON {
		for _, row := range out.ListRows {
			out.Namespaces = append(out.Namespaces, Namespace{Pos: row.Pos, Schema: SchemaTable, ID: row.ID,
				CompartmentID: row.CompartmentID, GUID: row.GUID, Type: row.Type, IsDefault: row.IsDefault,
				EndpointIDs: row.EndpointIDs})
		}
	}
	return out, inFileOrder(probs.List)
}

func namespaceRow(file string, rec textRecord) NamespaceRow {
	row := NamespaceRow{Pos: parser.Position{File: file, Line: rec.line}}
	id, _ := rec.value("ID")
	row.ID = NormalizeGUID(id)
	if c, _ := rec.value("CompartmentID", "CompartmentId"); c != "" {
		if n, ok := toInt64(c); ok {
			row.CompartmentID = &n
		}
	}
	guid, _ := rec.value("CompartmentGuid")
	row.GUID = NormalizeGUID(guid)
	row.Type, _ = rec.value("Type")
	if v, _ := rec.value("IsDefault"); v != "" {
		row.IsDefault = boolCell(v)
	}
	row.EndpointIDs, row.EndpointIDsTruncated = rec.guidList("EndpointID")
	return row
}
