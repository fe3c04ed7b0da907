// Package routes parses routes.txt: the host's "route print" output followed
// by the Get-NetRoute -IncludeAllCompartments table. Rancher bundles keep
// "route print -4" / "-6" and Get-NetRoute in separate files (ipv4routes.txt,
// ipv6routes.txt, networkroutes); they parse with the same code.
package routes

import (
	"io"
	"net/netip"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// Sources a route was read from.
const (
	SourceRoutePrintV4 = "route-print-v4"
	SourceRoutePrintV6 = "route-print-v6"
	SourceGetNetRoute  = "get-netroute"
)

// Stores a route can be kept in.
const (
	StoreActive     = "active"
	StorePersistent = "persistent"
)

// HostCompartment is the compartment route print runs in.
const HostCompartment = 1

// Route is one route from any section. route print rows name the
// interface by IPv4 address (InterfaceIP) and print one summed Metric;
// Get-NetRoute rows name it by IfIndex and give RouteMetric and IfMetric.
// Compartment is 0 when the section does not say (Get-NetRoute: resolve it
// through the interface's compartment).
type Route struct {
	Compartment int          `json:"compartment,omitempty"`
	IfIndex     int          `json:"ifIndex,omitempty"`
	InterfaceIP netip.Addr   `json:"interfaceIP,omitzero"`
	Destination netip.Prefix `json:"destination,omitzero"`
	NextHop     netip.Addr   `json:"nextHop,omitzero"`
	OnLink      bool         `json:"onLink,omitempty"`
	Metric      *int         `json:"metric,omitempty"`
	RouteMetric *int         `json:"routeMetric,omitempty"`
	IfMetric    *int         `json:"ifMetric,omitempty"`
	Store       string       `json:"store,omitempty"`
	// DestinationRaw and NextHopRaw keep a value that is not a valid
	// prefix or address, such as one cut by the table width.
	DestinationRaw string          `json:"destinationRaw,omitempty"`
	NextHopRaw     string          `json:"nextHopRaw,omitempty"`
	Truncated      []string        `json:"truncated,omitempty"`
	Source         string          `json:"source"`
	Pos            parser.Position `json:"pos"`
}

// Interface is one row of route print's interface list. MAC is empty for
// interfaces without a physical address (loopback).
type Interface struct {
	IfIndex     int             `json:"ifIndex"`
	MAC         string          `json:"mac,omitempty"`
	Description string          `json:"description"`
	Pos         parser.Position `json:"pos"`
}

// Table is everything read from one routes file.
type Table struct {
	Interfaces []Interface `json:"interfaces"`
	Routes     []Route     `json:"routes"`
	// Columns lists the Get-NetRoute columns present (others were dropped
	// for the output width).
	Columns []string `json:"columns,omitempty"`
}

// Parse reads a routes file of any of the supported shapes.
func Parse(file string, r io.Reader) (*Table, []parser.Problem) {
	ps := &parser.Problems{File: file}
	lines := pstext.ReadLines(r, ps)
	t := &Table{}
	for i := 0; i < len(lines); {
		if pstext.IsTableStart(lines, i) {
			i += t.parseNetRoute(file, lines[i:], ps)
			continue
		}
		i += t.parseRoutePrint(file, lines[i:], ps)
	}
	if len(lines) > 0 && len(t.Routes) == 0 && len(t.Interfaces) == 0 {
		ps.Add(0, parser.LevelWarning, "no routes found")
	}
	return t, ps.List
}
