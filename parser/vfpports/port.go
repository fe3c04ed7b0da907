package vfpports

import (
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

func (rd *reader) portLine(t string, n int) {
	key, val, hasColon := strings.Cut(t, ":")
	key, val = strings.TrimSpace(key), strings.TrimSpace(val)
	k := normKey(key)
	if hasColon && k == "portname" {
		rd.port = &Port{Line: n, EndLine: n, Name: val}
		rd.f.Ports = append(rd.f.Ports, rd.port)
		return
	}
	if rd.port == nil {
		rd.probs.Add(n, parser.LevelWarning, "line outside any port block: %q", t)
		return
	}
	p := rd.port
	p.EndLine = n
	if !hasColon {
		p.sentence(t, n)
		return
	}
	if reason, count, three := strings.Cut(val, ":"); three && strings.HasSuffix(k, "packetdrops") {
		rd.drop(key, strings.TrimSpace(reason), strings.TrimSpace(count), n)
		return
	}
	if !p.setKnown(k, val, n, rd.probs) {
		p.setOther(key, val, n)
	}
}

func (rd *reader) drop(key, reason, count string, n int) {
	v, err := strconv.ParseUint(count, 10, 64)
	if err != nil {
		rd.probs.Add(n, parser.LevelWarning, "drop count is not a number: %q", count)
	}
	dir, _, _ := strings.Cut(key, " ")
	rd.port.Drops = append(rd.port.Drops, Drop{Direction: dir, Reason: reason, Count: v, Line: n})
}

func (p *Port) setKnown(k, val string, n int, probs *parser.Problems) bool {
	switch k {
	case "portfriendlyname":
		p.FriendlyName = val
	case "switchname":
		p.SwitchName = val
	case "switchfriendlyname":
		p.SwitchFriendlyName = val
	case "portid":
		p.PortID = atoi(val, n, probs)
	case "porttype":
		p.Type = val
	case "nicname":
		p.NICName = val
	case "nicfriendlyname":
		p.NICFriendlyName = val
	case "mtu":
		p.MTU = atoi(val, n, probs)
	case "macaddress":
		p.MACRaw = val
		if m, ok := parser.CompactMAC(val); ok {
			p.MAC = m
		} else if val != "" {
			probs.Add(n, parser.LevelWarning, "not a MAC address: %q", val)
		}
	case "vmname":
		p.VMName = val
	case "vmid":
		p.VMID = val
	default:
		return false
	}
	return true
}

func (p *Port) setOther(key, val string, n int) {
	if v, err := strconv.ParseUint(val, 10, 64); err == nil {
		p.Stats = append(p.Stats, Stat{Name: key, Value: v, Line: n})
		return
	}
	p.Other = append(p.Other, Attr{Key: key, Value: val, Line: n})
}

// sentence reads "Port is Enabled.", "MAC Learning is Disabled." and
// "NIC is Connected."; other lines without a colon are kept.
func (p *Port) sentence(t string, n int) {
	s := strings.TrimSuffix(t, ".")
	switch subj, state, ok := strings.Cut(s, " is "); {
	case ok && strings.EqualFold(subj, "Port"):
		p.State = state
	case ok && strings.EqualFold(subj, "MAC Learning"):
		p.MACLearning = state
	case ok && strings.EqualFold(subj, "NIC"):
		p.NICState = state
	default:
		p.Sentences = append(p.Sentences, TextLine{Line: n, Text: t})
	}
}

func atoi(s string, n int, probs *parser.Problems) int {
	v, err := strconv.Atoi(s)
	if err != nil && s != "" {
		probs.Add(n, parser.LevelWarning, "not a number: %q", s)
	}
	return v
}
