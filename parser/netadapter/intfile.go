package netadapter

import (
	"io"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// Setting is one "Key : value" line of the netsh block.
type Setting struct {
	Key   string `json:"key"`
	Value string `json:"value"`
	Line  int    `json:"line"`
}

// Interface is what one adapters\<Name>_int.txt holds. The netsh part
// (IPv4 interface parameters of the host compartment) may be replaced by a
// netsh error sentence (NetshError) for interfaces in other compartments.
// Use IfIndex and Name from inside the file as keys, never the file name.
type Interface struct {
	Name        string    `json:"name,omitempty"`
	IfIndex     int       `json:"ifIndex,omitempty"`
	State       string    `json:"state,omitempty"`
	Metric      *int      `json:"metric,omitempty"`
	LinkMTU     *int      `json:"linkMtu,omitempty"`
	Forwarding  string    `json:"forwarding,omitempty"`
	Advertising string    `json:"advertising,omitempty"`
	Settings    []Setting `json:"settings,omitempty"`
	NetshError  string    `json:"netshError,omitempty"`
	// From the Format-List * dump of the adapter object.
	MAC                  string            `json:"mac,omitempty"`
	MtuSize              *int              `json:"mtuSize,omitempty"`
	Status               string            `json:"status,omitempty"`
	MediaConnectionState string            `json:"mediaConnectionState,omitempty"`
	InterfaceDescription string            `json:"interfaceDescription,omitempty"`
	InterfaceGUID        string            `json:"interfaceGuid,omitempty"`
	Properties           map[string]string `json:"properties,omitempty"`
	Pos                  parser.Position   `json:"pos"`
	PropertiesPos        *parser.Position  `json:"propertiesPos,omitempty"`
}

// ParseInterfaceFile reads one adapters\<Name>_int.txt (or a root-level
// <Name>_int.txt of older bundles, which has the netsh part only).
func ParseInterfaceFile(file string, r io.Reader) (*Interface, []parser.Problem) {
	ps := &parser.Problems{File: file}
	lines := pstext.ReadLines(r, ps)
	it := &Interface{Pos: parser.Position{File: file}}
	for _, b := range pstext.Scan(lines, ps) {
		switch b.Kind {
		case pstext.ListBlock:
			for i, rec := range b.List.Records {
				if i == 0 && b.Title != "" || isNetsh(rec) {
					it.netsh(file, b.Title, rec)
				} else {
					it.properties(file, rec, ps)
				}
			}
		case pstext.TextBlock:
			var text []string
			for _, l := range b.Text {
				text = append(text, strings.TrimSpace(l.Text))
			}
			it.NetshError = strings.TrimSpace(it.NetshError + " " + strings.Join(text, " "))
			if it.Pos.Line == 0 {
				it.Pos.Line = b.StartLine
			}
		default:
			ps.Add(b.StartLine, parser.LevelInfo, "table in an interface file ignored")
		}
	}
	if it.Pos.Line == 0 && len(lines) > 0 {
		ps.Add(0, parser.LevelWarning, "no interface parameters found")
	}
	return it, ps.List
}

func isNetsh(rec pstext.Record) bool {
	_, luid := rec.Field("IfLuid")
	_, mtu := rec.Field("Link MTU")
	return luid || mtu
}

// netsh reads the parameter block; the title is "Interface <Name>
// Parameters".
func (it *Interface) netsh(file, title string, rec pstext.Record) {
	if name, ok := strings.CutPrefix(title, "Interface "); ok {
		it.Name = strings.TrimSpace(strings.TrimSuffix(name, " Parameters"))
	}
	it.Pos = parser.Position{File: file, Line: rec.Line}
	for _, f := range rec.Fields {
		it.Settings = append(it.Settings, Setting{Key: f.Name, Value: f.Value, Line: f.Line})
	}
	it.IfIndex, _ = pstext.Int(rec.Value("IfIndex"))
	it.State = rec.Value("State")
	it.Metric = leadingInt(rec.Value("Metric"))
	it.LinkMTU = leadingInt(rec.Value("Link MTU"))
	it.Forwarding = rec.Value("Forwarding")
	it.Advertising = rec.Value("Advertising")
}

func (it *Interface) properties(file string, rec pstext.Record, ps *parser.Problems) {
	if it.Properties == nil {
		it.Properties = map[string]string{}
		it.PropertiesPos = &parser.Position{File: file, Line: rec.Line}
	}
	for _, f := range rec.Fields {
		it.Properties[f.Name] = f.Value
	}
	if it.Name == "" {
		it.Name = rec.Value("Name")
	}
	if idx, ok := pstext.Int(rec.Value("ifIndex")); ok && it.IfIndex == 0 {
		it.IfIndex = idx
	}
	if mac := macAddress(rec.Value("MacAddress"), rec.Line, ps); mac != "" {
		it.MAC = mac
	}
	it.MtuSize = leadingInt(rec.Value("MtuSize"))
	it.Status = rec.Value("Status")
	it.MediaConnectionState = rec.Value("MediaConnectionState")
	it.InterfaceDescription = rec.Value("InterfaceDescription")
	it.InterfaceGUID = rec.Value("InterfaceGuid")
}

// leadingInt reads "1500 bytes" or "15" as a number.
func leadingInt(v string) *int {
	f := strings.Fields(v)
	if len(f) == 0 {
		return nil
	}
	n, ok := pstext.Int(f[0])
	if !ok {
		return nil
	}
	return &n
}
