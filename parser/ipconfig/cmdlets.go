package ipconfig

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// NetIPAddress is one Get-NetIPAddress record.
type NetIPAddress struct {
	IP           netip.Addr      `json:"ip,omitzero"`
	IPRaw        string          `json:"ipRaw,omitempty"`
	IfIndex      int             `json:"ifIndex"`
	Alias        string          `json:"alias,omitempty"`
	Family       string          `json:"family,omitempty"`
	Type         string          `json:"type,omitempty"`
	PrefixLength *int            `json:"prefixLength,omitempty"`
	PrefixOrigin string          `json:"prefixOrigin,omitempty"`
	SuffixOrigin string          `json:"suffixOrigin,omitempty"`
	State        string          `json:"state,omitempty"`
	SkipAsSource *bool           `json:"skipAsSource,omitempty"`
	Store        string          `json:"store,omitempty"`
	Pos          parser.Position `json:"pos"`
}

// NetIPInterface is one Get-NetIPInterface row (one per interface and
// address family). Truncated names the columns whose value was cut.
type NetIPInterface struct {
	IfIndex         int             `json:"ifIndex"`
	Alias           string          `json:"alias,omitempty"`
	Family          string          `json:"family,omitempty"`
	MTU             *int            `json:"mtu,omitempty"`
	Metric          *int            `json:"metric,omitempty"`
	DHCP            string          `json:"dhcp,omitempty"`
	ConnectionState string          `json:"connectionState,omitempty"`
	Store           string          `json:"store,omitempty"`
	Truncated       []string        `json:"truncated,omitempty"`
	Pos             parser.Position `json:"pos"`
}

// isCmdletList recognises the first line of a Format-List record at column
// 0 ("IPAddress         : 10.0.0.1"). Property names have no blanks, which
// tells them from ipconfig headers such as "Carte Ethernet X :".
func isCmdletList(text string) bool {
	if !pstext.IsListLine(text) {
		return false
	}
	name := strings.TrimSpace(string([]rune(text)[:pstext.ColonColumn(text)]))
	return !strings.ContainsAny(name, " .")
}

func (c *Config) parseAddresses(file string, lines []pstext.Line, ps *parser.Problems) int {
	l, n := pstext.ParseList(lines, ps)
	if n == 0 {
		return 1
	}
	for _, rec := range l.Records {
		c.Addresses = append(c.Addresses, netIPAddress(file, rec, ps))
	}
	return n
}

func netIPAddress(file string, rec pstext.Record, ps *parser.Problems) NetIPAddress {
	a := NetIPAddress{
		Alias:        rec.Value("InterfaceAlias"),
		Family:       rec.Value("AddressFamily"),
		Type:         rec.Value("Type"),
		PrefixOrigin: rec.Value("PrefixOrigin"),
		SuffixOrigin: rec.Value("SuffixOrigin"),
		State:        rec.Value("AddressState"),
		Store:        rec.Value("PolicyStore"),
		Pos:          parser.Position{File: file, Line: rec.Line},
	}
	raw := rec.Value("IPAddress")
	if ip, err := netip.ParseAddr(raw); err == nil {
		a.IP = ip.WithZone("")
	} else {
		a.IPRaw = raw
		ps.Add(rec.Line, parser.LevelWarning, "Get-NetIPAddress record without a valid IPAddress (%q)", raw)
	}
	a.IfIndex, _ = pstext.Int(rec.Value("InterfaceIndex"))
	if n, ok := pstext.Int(rec.Value("PrefixLength")); ok {
		a.PrefixLength = &n
	}
	switch rec.Value("SkipAsSource") {
	case "True":
		a.SkipAsSource = new(true)
	case "False":
		a.SkipAsSource = new(false)
	}
	return a
}

func (c *Config) parseInterfaces(file string, lines []pstext.Line, ps *parser.Problems) int {
	tbl, n := pstext.ParseTable(lines, ps)
	if tbl == nil {
		return 1
	}
	if tbl.Col("ifIndex") < 0 || tbl.Col("AddressFamily") < 0 && tbl.Col("InterfaceAlias") < 0 {
		ps.Add(tbl.HeaderLine, parser.LevelWarning, "table that is not Get-NetIPInterface ignored")
		return n
	}
	for _, row := range tbl.Rows {
		it := NetIPInterface{
			Alias:           tbl.Value(row, "InterfaceAlias"),
			Family:          tbl.Value(row, "AddressFamily"),
			DHCP:            tbl.Value(row, "Dhcp"),
			ConnectionState: tbl.Value(row, "ConnectionState"),
			Store:           tbl.Value(row, "PolicyStore"),
			Pos:             parser.Position{File: file, Line: row.Line},
		}
		it.IfIndex, _ = pstext.Int(tbl.Value(row, "ifIndex"))
		if v, ok := pstext.Int(tbl.Value(row, "NlMtu(Bytes)")); ok {
			it.MTU = &v
		}
		if v, ok := pstext.Int(tbl.Value(row, "InterfaceMetric")); ok {
			it.Metric = &v
		}
		it.Truncated = tbl.TruncatedColumns(row)
		c.Interfaces = append(c.Interfaces, it)
	}
	return n
}

// resolveIfIndex gives adapters without a link-local scope the ifIndex of
// the Get-NetIPAddress record with one of their addresses, or their name.
func (c *Config) resolveIfIndex() {
	byIP := map[netip.Addr]int{}
	byAlias := map[string]int{}
	for _, a := range c.Addresses {
		if a.IfIndex == 0 {
			continue
		}
		if a.IP.IsValid() {
			byIP[a.IP] = a.IfIndex
		}
		if a.Alias != "" {
			byAlias[a.Alias] = a.IfIndex
		}
	}
	for ci := range c.Compartments {
		for ai := range c.Compartments[ci].Adapters {
			ad := &c.Compartments[ci].Adapters[ai]
			if ad.IfIndex != 0 {
				continue
			}
			for _, addr := range ad.Addresses {
				if idx, ok := byIP[addr.IP]; ok {
					ad.IfIndex, ad.IfIndexFrom = idx, "netipaddress-ip"
					break
				}
			}
			if idx, ok := byAlias[ad.Name]; ok && ad.IfIndex == 0 {
				ad.IfIndex, ad.IfIndexFrom = idx, "netipaddress-alias"
			}
		}
	}
}
