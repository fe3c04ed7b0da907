package hnsdiag

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/hns"
)

// tableRow parses one line of the current section of the table form. The
// Networks and Endpoints sections are fixed-width, but a long name pushes
// the rest of the row right, so rows are read by tokens around the GUID.
func (s *state) tableRow(i int, trimmed string) {
	if isColumnHeader(trimmed) {
		return
	}
	s.formats[FormatTable] = true
	switch s.section {
	case "networks", "endpoints":
		s.namedRow(i, trimmed)
	case "namespaces":
		cols := strings.Split(trimmed, "|")
		id := strings.TrimSpace(cols[0])
		if !parser.IsGUID(id) {
			s.badRow(i, trimmed)
			return
		}
		ns := Namespace{Pos: s.pos(i), ID: hns.NormalizeGUID(id)}
		if len(cols) > 1 {
			ns.EndpointIDs = guidTokens(strings.Join(cols[1:], " "))
		}
		s.out.Namespaces = append(s.out.Namespaces, ns)
	case "loadbalancers":
		cols := strings.Split(trimmed, "|")
		id := strings.TrimSpace(cols[0])
		if !parser.IsGUID(id) {
			s.badRow(i, trimmed)
			return
		}
		lb := LoadBalancer{Pos: s.pos(i), ID: hns.NormalizeGUID(id)}
		if len(cols) > 1 {
			lb.VIPs = strings.Fields(strings.ReplaceAll(cols[1], ",", " "))
		}
		if len(cols) > 2 {
			lb.Backends = guidTokens(strings.Join(cols[2:], " "))
		}
		s.out.LoadBalancers = append(s.out.LoadBalancers, lb)
	}
}

func (s *state) namedRow(i int, trimmed string) {
	toks := strings.Fields(trimmed)
	at := -1
	for k, tok := range toks {
		if parser.IsGUID(tok) {
			at = k
			break
		}
	}
	if at < 0 {
		s.badRow(i, trimmed)
		return
	}
	name := strings.Join(toks[:at], " ")
	id := hns.NormalizeGUID(toks[at])
	if s.section == "networks" {
		s.out.Networks = append(s.out.Networks, Network{Pos: s.pos(i), Name: name, ID: id})
		return
	}
	s.out.Endpoints = append(s.out.Endpoints, Endpoint{Pos: s.pos(i), Name: name, ID: id,
		NetworkName: strings.Join(toks[at+1:], " ")})
}

// isColumnHeader: the header line under a section heading ("Name  ID ...",
// "ID | Endpoint IDs"), which holds no GUID.
func isColumnHeader(trimmed string) bool {
	if len(guidTokens(strings.ReplaceAll(trimmed, "|", " "))) > 0 {
		return false
	}
	for _, tok := range strings.Fields(trimmed) {
		if tok == "ID" || tok == "Id" || tok == "Name" {
			return true
		}
	}
	return false
}

func (s *state) badRow(i int, trimmed string) {
	s.probs.Add(i+1, parser.LevelWarning, "%s row without an ID: %q", s.section, parser.Clip(trimmed))
}
