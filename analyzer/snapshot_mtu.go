package analyzer

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/mtu"
	"github.com/hnsscope/hnsscope/parser/netadapter"
)

// MTUReading is one IPv4 MTU a bundle file shows for an interface.
type MTUReading struct {
	MTU int64
	// From names the command the value comes from.
	From string
	Pos  parser.Position
	// Hint names the line of a multi-line record that holds the value,
	// Last the record's last line (list records are not indented).
	Hint string
	Last int
}

// Evidence quotes the line the MTU was read from.
func (m MTUReading) Evidence(object string) Evidence {
	if m.Hint == "" {
		return EvidenceLine(m.Pos.File, m.Pos.Line, object)
	}
	return EvidenceLine(m.Pos.File, m.Pos.Line, object, m.Hint).Through(m.Last)
}

// InterfaceMTU lists the IPv4 MTUs the bundle shows for an interface,
// matched by its host-global ifIndex, or by name where a file has no
// index (Rancher's subinterface table). The IP layer's own view comes
// first: Get-NetIPInterface NlMtu, mtu.txt, the adapter file's netsh
// "Link MTU", then the adapter's MtuSize.
func (s *Snapshot) InterfaceMTU(ifIndex int, name string) []MTUReading {
	if s.Parsed == nil {
		return nil
	}
	match := func(idx int, n string) bool {
		return ifIndex != 0 && idx == ifIndex || name != "" && strings.EqualFold(strings.TrimSpace(n), name)
	}
	var out []MTUReading
	for _, cfg := range s.Parsed.IPConfig {
		if cfg == nil {
			continue
		}
		for _, it := range cfg.Interfaces {
			if it.MTU != nil && !strings.EqualFold(it.Family, "IPv6") && match(it.IfIndex, it.Alias) {
				out = append(out, MTUReading{MTU: int64(*it.MTU), From: "Get-NetIPInterface", Pos: it.Pos})
			}
		}
	}
	for _, it := range s.Parsed.MTU {
		if match(it.IfIndex, it.Name) {
			from := "netsh interface ipv4 show interfaces"
			if it.Source == mtu.SourceSubinterfaces {
				from = "netsh interface ipv4 show subinterfaces"
			}
			out = append(out, MTUReading{MTU: it.MTU, From: from, Pos: it.Pos})
		}
	}
	for _, d := range s.Parsed.AdapterDetails {
		if d != nil && match(d.IfIndex, d.Name) {
			out = append(out, adapterFileMTU(d)...)
		}
	}
	return out
}

// adapterFileMTU reads an adapters\<Name>_int.txt: the netsh "Link MTU"
// line, then the MtuSize property of the Format-List dump.
func adapterFileMTU(d *netadapter.Interface) []MTUReading {
	var out []MTUReading
	if d.LinkMTU != nil {
		pos := d.Pos
		for _, st := range d.Settings {
			if st.Key == "Link MTU" {
				pos.Line = st.Line
			}
		}
		out = append(out, MTUReading{MTU: int64(*d.LinkMTU), From: "netsh Link MTU", Pos: pos, Hint: "Link MTU"})
	}
	if d.MtuSize != nil && d.PropertiesPos != nil {
		// Format-List records are not indented: bound the record by its
		// property count, allowing for wrapped values.
		last := d.PropertiesPos.Line + 3*len(d.Properties)
		out = append(out, MTUReading{MTU: int64(*d.MtuSize), From: "Get-NetAdapter MtuSize", Pos: *d.PropertiesPos, Hint: "MtuSize", Last: last})
	}
	return out
}
