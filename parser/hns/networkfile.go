package hns

import (
	"io"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// NetworkRow is one row of the "Name Type Id AddressPrefix" table printed
// before the network JSON.
type NetworkRow struct {
	Pos      parser.Position `json:"pos"`
	Name     string          `json:"name,omitempty"`
	Type     string          `json:"type,omitempty"`
	ID       string          `json:"id,omitempty"`
	Prefixes []string        `json:"prefixes,omitempty"`
	// Truncated: a value was cut by the column width (a prefix is kept).
	Truncated bool `json:"truncated,omitempty"`
}

// NetworkFile is network.txt or networkdetailed.txt.
type NetworkFile struct {
	Networks  []Network    `json:"networks"`
	TableRows []NetworkRow `json:"tableRows,omitempty"`
	Schema    Schema       `json:"schema,omitempty"`
	HasJSON   bool         `json:"hasJson"`
}

// ParseNetworks reads network.txt (table + JSON) or networkdetailed.txt
// (JSON only). Without JSON the networks are built from the table.
func ParseNetworks(file string, r io.Reader) (*NetworkFile, []parser.Problem) {
	probs := &parser.Problems{File: file}
	out := &NetworkFile{}
	doc := readDocument(r, probs, func(it item) {
		d := &decoder{probs: probs, line: it.line}
		o := d.begin(it.value, it.path)
		if o == nil {
			return
		}
		if k := objectKind(o); k != ObjectNetwork && k != ObjectUnknown {
			d.warn(it.path, "%s object in a network file", k)
		}
		nw := d.network(o, it.path)
		nw.Pos = parser.Position{File: file, Line: it.line, JSONPath: it.path}
		nw.Truncated = d.truncated
		out.Networks = append(out.Networks, nw)
	})
	out.HasJSON = doc.hasJSON
	for _, rec := range textRecords(doc.pre, probs, "Name", "Id", "AddressPrefix") {
		out.TableRows = append(out.TableRows, networkRow(file, rec))
	}
	out.Schema = fileSchema(len(out.Networks), func(i int) Schema { return out.Networks[i].Schema })
	if !doc.hasJSON {
		for _, row := range out.TableRows {
			nw := Network{Pos: row.Pos, Schema: SchemaTable, ID: row.ID, Name: row.Name, TypeRaw: row.Type,
				Type: strings.ToLower(row.Type)}
			for _, p := range row.Prefixes {
				nw.Subnets = append(nw.Subnets, Subnet{Prefix: p})
			}
			out.Networks = append(out.Networks, nw)
		}
	}
	return out, inFileOrder(probs.List)
}

func networkRow(file string, rec textRecord) NetworkRow {
	row := NetworkRow{Pos: parser.Position{File: file, Line: rec.line}}
	var c1, c2, c3, c4 bool
	row.Name, c1 = rec.value("Name")
	row.Type, c2 = rec.value("Type")
	var id, prefixes string
	id, c3 = rec.value("Id", "ID")
	row.ID = NormalizeGUID(id)
	prefixes, c4 = rec.value("AddressPrefix")
	row.Prefixes, c4 = splitCellArray(prefixes, c4)
	row.Truncated = c1 || c2 || c3 || c4
	return row
}
