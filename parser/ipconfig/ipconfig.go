// Package ipconfig parses ip.txt: "ipconfig /allcompartments /all" (or, in
// old bundles, "ipconfig /all" or plain "ipconfig"), followed by the
// Get-NetIPAddress list and the Get-NetIPInterface table. English labels
// are the primary grammar; German and French labels are recognised, and any
// other label is reported rather than guessed silently.
package ipconfig

import (
	"io"
	"net/netip"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// Forms of the ipconfig section.
const (
	FormAllCompartments = "allcompartments" // /allcompartments /all
	FormAll             = "all"             // /all without compartment banners
	FormPlain           = "plain"           // no /all: addresses and gateways only
	FormNone            = ""                // no ipconfig section
)

// HostCompartment is the compartment assumed when ipconfig printed no
// compartment banners.
const HostCompartment = 1

// Config is everything read from one ip.txt.
type Config struct {
	Form string `json:"form"`
	// CompartmentAssumed is set when there were no banners and all adapters
	// were put in HostCompartment.
	CompartmentAssumed bool             `json:"compartmentAssumed,omitempty"`
	Compartments       []Compartment    `json:"compartments"`
	Addresses          []NetIPAddress   `json:"addresses,omitempty"`
	Interfaces         []NetIPInterface `json:"interfaces,omitempty"`
}

// Compartment is one "Network Information for Compartment N" section.
type Compartment struct {
	ID       int             `json:"id"`
	Active   bool            `json:"active,omitempty"`
	Host     *Host           `json:"host,omitempty"`
	Adapters []Adapter       `json:"adapters"`
	Pos      parser.Position `json:"pos"`
}

// Host is the host block printed before the first adapter.
type Host struct {
	HostName            string          `json:"hostName,omitempty"`
	PrimaryDNSSuffix    string          `json:"primaryDnsSuffix,omitempty"`
	NodeType            string          `json:"nodeType,omitempty"`
	IPRoutingEnabled    *bool           `json:"ipRoutingEnabled,omitempty"`
	WINSProxyEnabled    *bool           `json:"winsProxyEnabled,omitempty"`
	DNSSuffixSearchList []string        `json:"dnsSuffixSearchList,omitempty"`
	Pos                 parser.Position `json:"pos"`
}

// Address is an IP address of an adapter with the state ipconfig printed
// after it. Prefix is set for IPv4 once the subnet mask is known.
type Address struct {
	IP     netip.Addr   `json:"ip"`
	Prefix netip.Prefix `json:"prefix,omitzero"`
	// Kind is one of "ipv4", "autoconfig-ipv4" (APIPA), "ipv6",
	// "temporary-ipv6", "link-local-ipv6".
	Kind  string `json:"kind"`
	State string `json:"state,omitempty"`
	Line  int    `json:"line"`
}

// Adapter is one "<Type> adapter <Name>:" block.
type Adapter struct {
	Type        string `json:"type,omitempty"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	MAC         string `json:"mac,omitempty"`
	// IfIndex comes from the %scope of a link-local address, else from a
	// Get-NetIPAddress record with the same address or alias; IfIndexFrom
	// says which.
	IfIndex            int             `json:"ifIndex,omitempty"`
	IfIndexFrom        string          `json:"ifIndexFrom,omitempty"`
	DNSSuffix          string          `json:"dnsSuffix,omitempty"`
	DHCPEnabled        *bool           `json:"dhcpEnabled,omitempty"`
	AutoconfigEnabled  *bool           `json:"autoconfigEnabled,omitempty"`
	Addresses          []Address       `json:"addresses,omitempty"`
	Gateways           []netip.Addr    `json:"gateways,omitempty"`
	DHCPServer         netip.Addr      `json:"dhcpServer,omitzero"`
	DNSServers         []netip.Addr    `json:"dnsServers,omitempty"`
	DNSSuffixSearch    []string        `json:"dnsSuffixSearchList,omitempty"`
	NetBIOS            string          `json:"netbios,omitempty"`
	MediaState         string          `json:"mediaState,omitempty"`
	MediaDisconnected  bool            `json:"mediaDisconnected,omitempty"`
	UnrecognisedLabels []string        `json:"unrecognisedLabels,omitempty"`
	Pos                parser.Position `json:"pos"`
}

// IPv4 returns the adapter's IPv4 addresses (static, DHCP or APIPA).
func (a *Adapter) IPv4() []Address {
	var out []Address
	for _, ad := range a.Addresses {
		if ad.IP.Is4() {
			out = append(out, ad)
		}
	}
	return out
}

// Parse reads an ip.txt.
func Parse(file string, r io.Reader) (*Config, []parser.Problem) {
	ps := &parser.Problems{File: file}
	lines := pstext.ReadLines(r, ps)
	c := &Config{Compartments: []Compartment{}}
	st := &state{file: file, cfg: c, ps: ps}
	for i := 0; i < len(lines); {
		switch {
		case pstext.IsTableStart(lines, i):
			i += c.parseInterfaces(file, lines[i:], ps)
		case isCmdletList(lines[i].Text):
			i += c.parseAddresses(file, lines[i:], ps)
		default:
			st.line(lines[i])
			i++
		}
	}
	st.finish()
	c.resolveIfIndex()
	if len(lines) > 0 && c.Form == FormNone && len(c.Addresses) == 0 && len(c.Interfaces) == 0 {
		ps.Add(0, parser.LevelWarning, "no IP configuration found")
	}
	return c, ps.List
}
