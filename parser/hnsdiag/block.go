package hnsdiag

import (
	"strings"
)

// block reads a key/value block whose header is line i and returns the index
// after it. Fields are the following lines indented deeper than the header
// with a " : " separator; a blank line or a new header ends the block.
func (s *state) block(i int, typ, id string) int {
	s.formats[FormatKeyValue] = true
	s.section = ""
	b := Block{Pos: s.pos(i), ObjectType: typ, ID: id}
	indent := indentOf(s.t.lines[i])
	j := i + 1
	for ; j < len(s.t.lines); j++ {
		line := s.t.lines[j]
		if strings.TrimSpace(line) == "" || indentOf(line) <= indent {
			break
		}
		k, v, ok := strings.Cut(line, " : ")
		if !ok {
			if k, ok = strings.CutSuffix(strings.TrimRight(line, " "), " :"); !ok {
				if n := len(b.Fields); n > 0 {
					// A wrapped value continues the previous field.
					b.Fields[n-1].Value += " " + strings.TrimSpace(line)
				}
				continue
			}
		}
		b.Fields = append(b.Fields, Field{Key: strings.TrimSpace(k), Value: strings.TrimSpace(v), Line: j + 1})
	}
	s.out.Blocks = append(s.out.Blocks, b)
	s.blockToRecord(b)
	return j
}

func indentOf(line string) int {
	return len(line) - len(strings.TrimLeft(line, " \t"))
}

func (b Block) value(keys ...string) string {
	for _, k := range keys {
		for _, f := range b.Fields {
			if strings.EqualFold(f.Key, k) {
				return f.Value
			}
		}
	}
	return ""
}

// blockToRecord files a block of a known object type with the table rows.
func (s *state) blockToRecord(b Block) {
	switch strings.ToLower(strings.ReplaceAll(b.ObjectType, " ", "")) {
	case "network":
		s.out.Networks = append(s.out.Networks, Network{Pos: b.Pos, Name: b.value("Name"), ID: b.ID})
	case "endpoint":
		s.out.Endpoints = append(s.out.Endpoints, Endpoint{Pos: b.Pos, Name: b.value("Name"), ID: b.ID,
			NetworkName: b.value("Virtual Network Name", "Network Name", "Network"),
			IPAddress:   b.value("IP Address", "IPAddress")})
	case "namespace":
		s.out.Namespaces = append(s.out.Namespaces, Namespace{Pos: b.Pos, ID: b.ID,
			EndpointIDs: guidTokens(splitList(b.value("Endpoint IDs", "Endpoints")))})
	case "loadbalancer":
		s.out.LoadBalancers = append(s.out.LoadBalancers, LoadBalancer{Pos: b.Pos, ID: b.ID,
			VIPs:     strings.Fields(splitList(b.value("Virtual IPs", "VIPs"))),
			Backends: guidTokens(splitList(b.value("Direct IP IDs", "Endpoints")))})
	}
}

// splitList turns "{a, b}", "a, b" and "a b" into space-separated items.
func splitList(v string) string {
	return strings.NewReplacer("{", " ", "}", " ", ",", " ").Replace(v)
}
