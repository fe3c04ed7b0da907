// Package arp parses arp.txt: "arp -a" blocks of the host compartment,
// then the Get-NetNeighbor -IncludeAllCompartments table.
package arp

import (
	"io"
	"net/netip"
	"regexp"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// Sources an entry was read from.
const (
	SourceArp         = "arp"
	SourceNetNeighbor = "get-netneighbor"
)

// Entry is one neighbour. arp -a entries carry the interface address of
// their block and a Type (dynamic/static); Get-NetNeighbor entries carry a
// State and a Store. Unresolved is set for an empty or all-zero link-layer
// address.
type Entry struct {
	IfIndex     int             `json:"ifIndex,omitempty"`
	InterfaceIP netip.Addr      `json:"interfaceIP,omitzero"`
	IP          netip.Addr      `json:"ip,omitzero"`
	IPRaw       string          `json:"ipRaw,omitempty"`
	MAC         string          `json:"mac,omitempty"`
	Unresolved  bool            `json:"unresolved,omitempty"`
	Type        string          `json:"type,omitempty"`
	State       string          `json:"state,omitempty"`
	Store       string          `json:"store,omitempty"`
	Truncated   []string        `json:"truncated,omitempty"`
	Source      string          `json:"source"`
	Pos         parser.Position `json:"pos"`
}

// Interface header of an arp -a block, in any language:
// "Interface: 10.240.0.4 --- 0xe", "Schnittstelle: 10.240.0.4 --- 0xe".
var blockHeader = regexp.MustCompile(`^\S[^:]*:\s+(\S+)\s+---\s+0x([0-9a-fA-F]+)\s*$`)

var arpTypes = map[string]string{
	"dynamic": "dynamic", "dynamisch": "dynamic", "dynamique": "dynamic",
	"static": "static", "statisch": "static", "statique": "static",
}

// Parse reads an arp.txt.
func Parse(file string, r io.Reader) ([]Entry, []parser.Problem) {
	ps := &parser.Problems{File: file}
	lines := pstext.ReadLines(r, ps)
	var out []Entry
	var block *Entry // interface of the current arp -a block
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if pstext.IsTableStart(lines, i) {
			tbl, n := pstext.ParseTable(lines[i:], ps)
			out = append(out, neighbors(file, tbl, ps)...)
			i += n - 1
			block = nil
			continue
		}
		if m := blockHeader.FindStringSubmatch(l.Text); m != nil {
			block = &Entry{}
			block.InterfaceIP, _ = netip.ParseAddr(m[1])
			idx, _ := strconv.ParseInt(m[2], 16, 32)
			block.IfIndex = int(idx)
			continue
		}
		if e, ok := arpRow(file, l, block); ok {
			out = append(out, e)
		} else if f := strings.Fields(l.Text); len(f) > 0 && isAddr(f[0]) {
			ps.Add(l.Num, parser.LevelWarning, "arp line not read: %q", strings.TrimSpace(l.Text))
		}
	}
	return out, ps.List
}

// arpRow reads "  10.240.0.1   12-34-56-78-9a-bc   dynamic"; header and
// other lines do not match.
func arpRow(file string, l pstext.Line, block *Entry) (Entry, bool) {
	f := strings.Fields(l.Text)
	if block == nil || len(f) != 3 {
		return Entry{}, false
	}
	ip, err := netip.ParseAddr(f[0])
	mac, ok := pstext.NormalizeMAC(f[1])
	if err != nil || !ok {
		return Entry{}, false
	}
	typ := arpTypes[strings.ToLower(f[2])]
	if typ == "" {
		typ = f[2]
	}
	return Entry{
		IfIndex: block.IfIndex, InterfaceIP: block.InterfaceIP, IP: ip, MAC: mac,
		Unresolved: mac == "00-00-00-00-00-00", Type: typ, Source: SourceArp,
		Pos: parser.Position{File: file, Line: l.Num},
	}, true
}

func isAddr(s string) bool {
	_, err := netip.ParseAddr(s)
	return err == nil
}

func neighbors(file string, tbl *pstext.Table, ps *parser.Problems) []Entry {
	if tbl.Col("IPAddress") < 0 || tbl.Col("ifIndex") < 0 {
		ps.Add(tbl.HeaderLine, parser.LevelWarning, "table that is not Get-NetNeighbor ignored")
		return nil
	}
	var out []Entry
	for _, row := range tbl.Rows {
		e := Entry{
			State: tbl.Value(row, "State"), Store: tbl.Value(row, "PolicyStore"),
			Source: SourceNetNeighbor, Pos: parser.Position{File: file, Line: row.Line},
		}
		e.IfIndex, _ = pstext.Int(tbl.Value(row, "ifIndex"))
		ipCell, _ := tbl.Cell(row, "IPAddress")
		if ip, err := netip.ParseAddr(ipCell.Value); err == nil && !ipCell.Truncated {
			e.IP = ip
		} else {
			e.IPRaw = ipCell.Value
		}
		lla := tbl.Value(row, "LinkLayerAddress")
		if mac, ok := pstext.NormalizeMAC(lla); ok {
			e.MAC = mac
		} else if lla != "" {
			ps.Add(row.Line, parser.LevelWarning, "LinkLayerAddress %q is not a MAC address", lla)
		}
		e.Unresolved = e.MAC == "" || e.MAC == "00-00-00-00-00-00"
		e.Truncated = tbl.TruncatedColumns(row)
		out = append(out, e)
	}
	return out
}
