package hns

import (
	"io"
	"strconv"

	"github.com/hnsscope/hnsscope/parser"
)

// EndpointRow is one row of the formatter table (or Rancher list) printed
// before the endpoint JSON.
type EndpointRow struct {
	Pos parser.Position `json:"pos"`
	// ID is set by the 2018-2019 table (Id column).
	ID  string   `json:"id,omitempty"`
	IPs []string `json:"ips,omitempty"`
	// IPsTruncated: the formatter cut the IpAddress value; the last item is
	// a prefix.
	IPsTruncated     bool     `json:"ipsTruncated,omitempty"`
	MAC              string   `json:"mac,omitempty"`
	MACRaw           string   `json:"macRaw,omitempty"`
	Remote           *bool    `json:"remote,omitempty"`
	State            *int     `json:"state,omitempty"`
	NetworkName      string   `json:"networkName,omitempty"`
	EncapOverhead    *int64   `json:"encapOverhead,omitempty"`
	SharedContainers []string `json:"sharedContainers,omitempty"`
}

// EndpointFile is endpoint.txt.
type EndpointFile struct {
	// Endpoints come from the JSON part; when it is missing, from the table
	// (Schema SchemaTable).
	Endpoints []Endpoint    `json:"endpoints"`
	TableRows []EndpointRow `json:"tableRows,omitempty"`
	// Schema is the schema of the JSON objects: v1, v2, "mixed", or empty
	// without JSON.
	Schema  Schema `json:"schema,omitempty"`
	HasJSON bool   `json:"hasJson"`
}

// ParseEndpoints reads endpoint.txt: the formatter table and the JSON.
// Endpoints of the v2 schema take State and IsRemoteEndpoint from the
// matching table row (same IP and MAC, in order), as HNS v2 objects have no
// State.
func ParseEndpoints(file string, r io.Reader) (*EndpointFile, []parser.Problem) {
	probs := &parser.Problems{File: file}
	out := &EndpointFile{}
	doc := readDocument(r, probs, func(it item) {
		d := &decoder{probs: probs, line: it.line}
		o := d.begin(it.value, it.path)
		if o == nil {
			return
		}
		if k := objectKind(o); k != ObjectEndpoint && k != ObjectUnknown {
			d.warn(it.path, "%s object in an endpoint file", k)
		}
		ep := d.endpoint(o, it.path)
		ep.Pos = parser.Position{File: file, Line: it.line, JSONPath: it.path}
		ep.Truncated = d.truncated
		out.Endpoints = append(out.Endpoints, ep)
	})
	out.HasJSON = doc.hasJSON
	for _, rec := range textRecords(doc.pre, probs, "IpAddress", "MacAddress", "Id") {
		out.TableRows = append(out.TableRows, endpointRow(file, rec))
	}
	out.Schema = fileSchema(len(out.Endpoints), func(i int) Schema { return out.Endpoints[i].Schema })
	if !doc.hasJSON {
		for _, row := range out.TableRows {
			out.Endpoints = append(out.Endpoints, endpointFromRow(row))
		}
	}
	joinEndpointRows(out.Endpoints, out.TableRows)
	return out, inFileOrder(probs.List)
}

func endpointRow(file string, rec textRecord) EndpointRow {
	row := EndpointRow{Pos: parser.Position{File: file, Line: rec.line}}
	id, _ := rec.value("Id", "ID")
	row.ID = NormalizeGUID(id)
	ips, cut := rec.value("IpAddress", "IPAddress")
	row.IPs, row.IPsTruncated = splitCellArray(ips, cut)
	row.MACRaw, _ = rec.value("MacAddress")
	row.MAC = NormalizeMAC(row.MACRaw)
	remote, _ := rec.value("IsRemoteEndpoint")
	if _, present := rec.values["isremoteendpoint"]; !present {
		row.Remote = nil
	} else if remote == "" {
		f := false // the v1 object carries the property only when true
		row.Remote = &f
	} else {
		row.Remote = boolCell(remote)
	}
	state, _ := rec.value("State")
	row.State = stateOf(state)
	row.NetworkName, _ = rec.value("VirtualNetworkName")
	if v, _ := rec.value("EncapOverhead"); v != "" {
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			row.EncapOverhead = &n
		}
	}
	shared, _ := rec.value("SharedContainers")
	row.SharedContainers, _ = splitCellArray(shared, false)
	return row
}

func endpointFromRow(row EndpointRow) Endpoint {
	ep := Endpoint{Pos: row.Pos, Schema: SchemaTable, ID: row.ID, MAC: row.MAC, MACRaw: row.MACRaw,
		NetworkName: row.NetworkName, SharedContainers: row.SharedContainers}
	for _, ip := range row.IPs {
		ep.IPs = append(ep.IPs, IPConfig{Address: ip})
	}
	if row.Remote != nil {
		ep.Remote = *row.Remote
	}
	if row.State != nil {
		st := *row.State
		ep.State, ep.StateSource = &st, "table"
	}
	if row.EncapOverhead != nil {
		ep.EncapOverhead = *row.EncapOverhead
	}
	return ep
}

// fileSchema summarises the per-object schemas of a file.
func fileSchema(n int, at func(int) Schema) Schema {
	var s Schema
	for i := 0; i < n; i++ {
		switch {
		case s == "":
			s = at(i)
		case s != at(i):
			return "mixed"
		}
	}
	return s
}
