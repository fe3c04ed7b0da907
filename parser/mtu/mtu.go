// Package mtu parses mtu.txt ("netsh int ipv4 sh int", the host
// compartment's IPv4 interfaces) and Rancher's ipv4subinterfaces ("netsh
// int ipv4 sh subinterfaces").
package mtu

import (
	"io"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// Sources an interface row was read from.
const (
	SourceInterfaces    = "netsh-interfaces"
	SourceSubinterfaces = "netsh-subinterfaces"
)

// Interface is one row. Interface tables give IfIndex, Metric and State;
// subinterface tables give MediaSenseState and byte counters instead.
type Interface struct {
	IfIndex         int             `json:"ifIndex,omitempty"`
	Metric          *int64          `json:"metric,omitempty"`
	MTU             int64           `json:"mtu"`
	State           string          `json:"state,omitempty"`
	MediaSenseState *int64          `json:"mediaSenseState,omitempty"`
	BytesIn         *int64          `json:"bytesIn,omitempty"`
	BytesOut        *int64          `json:"bytesOut,omitempty"`
	Name            string          `json:"name"`
	Source          string          `json:"source"`
	Pos             parser.Position `json:"pos"`
}

// Parse reads an mtu.txt or ipv4subinterfaces file. Rows are read by
// tokens, not by column spans: netsh pads State to 12 characters, so a
// longer state ("hardware not present") pushes Name to the right.
func Parse(file string, r io.Reader) ([]Interface, []parser.Problem) {
	ps := &parser.Problems{File: file}
	lines := pstext.ReadLines(r, ps)
	var out []Interface
	for i := 0; i < len(lines); i++ {
		if !pstext.IsTableStart(lines, i) {
			if !pstext.IsBlank(lines[i].Text) {
				ps.Add(lines[i].Num, parser.LevelInfo, "line outside the interface table ignored")
			}
			continue
		}
		numeric := 3
		source := SourceInterfaces
		if len(pstext.DashSpans(lines[i+1].Text)) == 5 && !strings.Contains(strings.ToLower(lines[i].Text), "idx") {
			numeric, source = 4, SourceSubinterfaces
		}
		i += 2
		for ; i < len(lines) && !pstext.IsBlank(lines[i].Text); i++ {
			if it, ok := row(file, lines[i], numeric, source); ok {
				out = append(out, it)
			} else {
				ps.Add(lines[i].Num, parser.LevelWarning, "interface row not read: %q", strings.TrimSpace(lines[i].Text))
			}
		}
	}
	return out, ps.List
}

// row reads the leading numbers, then (for interface tables) the state up
// to the first double blank, then the name.
func row(file string, l pstext.Line, numeric int, source string) (Interface, bool) {
	rest := strings.TrimSpace(l.Text)
	nums := make([]int64, numeric)
	for k := range nums {
		tok, tail, _ := strings.Cut(rest, " ")
		n, err := strconv.ParseInt(tok, 10, 64)
		if err != nil {
			return Interface{}, false
		}
		nums[k], rest = n, strings.TrimSpace(tail)
	}
	it := Interface{Source: source, Pos: parser.Position{File: file, Line: l.Num}}
	if source == SourceSubinterfaces {
		it.MTU, it.MediaSenseState, it.BytesIn, it.BytesOut = nums[0], &nums[1], &nums[2], &nums[3]
		it.Name = rest
		return it, rest != ""
	}
	it.IfIndex, it.Metric, it.MTU = int(nums[0]), &nums[1], nums[2]
	state, name, ok := strings.Cut(rest, "  ")
	if !ok {
		return Interface{}, false
	}
	it.State, it.Name = strings.TrimSpace(state), strings.TrimSpace(name)
	return it, it.Name != ""
}
