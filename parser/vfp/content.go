package vfp

import (
	"bytes"
	"strconv"

	"github.com/hnsscope/hnsscope/parser"
)

// attrKind names the attribute keys the tree parser acts on. Keys are
// compared after normKey, so "Flow TTL" and "FlowTTL:" are the same.
type attrKind uint8

const (
	attrUnknown attrKind = iota
	attrLayer
	attrGroup
	attrRule
	attrFriendlyName
	attrPriority
	attrFlags
	attrType
	attrDirection
	attrConditions
	attrMatchType
	attrFlowTTL
	attrFlagsEx
	attrRuleData
	attrModify
	attrTransposition
	attrSetVLAN
	attrEncapDest
	attrDIPRange
	attrMatched
	attrDropped
	attrPending
	attrDroppedFlows
	attrEncapType
	attrEncapSource
	attrVNI
	attrMapSpace
)

var attrKinds = map[string]attrKind{
	"layer": attrLayer, "group": attrGroup, "rule": attrRule,
	"friendlyname": attrFriendlyName, "priority": attrPriority, "flags": attrFlags,
	"type": attrType, "direction": attrDirection, "conditions": attrConditions,
	"matchtype": attrMatchType, "flowttl": attrFlowTTL, "flagsex": attrFlagsEx,
	"ruledata": attrRuleData, "modify": attrModify, "transposition": attrTransposition,
	"setvlan": attrSetVLAN, "encapdestination": attrEncapDest, "encapdestinations": attrEncapDest,
	"encapdestination(s)": attrEncapDest, "diprange": attrDIPRange, "dipranges": attrDIPRange,
	"diprange(s)": attrDIPRange, "dips": attrDIPRange,
	"matchedpackets": attrMatched, "droppedpackets": attrDropped, "pendingpackets": attrPending,
	"droppedunifiedflows": attrDroppedFlows, "droppedflows": attrDroppedFlows,
	"encaptype": attrEncapType, "encapsourceip": attrEncapSource, "sourcepa": attrEncapSource,
	"encapsource": attrEncapSource, "vni": attrVNI, "encapvni": attrVNI, "vsid": attrVNI,
	"mapspace": attrMapSpace,
}

// endsDataBlock lists the keys that close a Rule Data / Modify /
// Transposition / brace block; other keys inside such a block are data.
func endsDataBlock(k attrKind, mode blockMode) bool {
	switch k {
	case attrLayer, attrGroup, attrRule, attrFlagsEx, attrRuleData, attrModify, attrEncapDest,
		attrDIPRange, attrMatched, attrDropped, attrPending, attrDroppedFlows, attrConditions:
		return true
	case attrTransposition, attrSetVLAN:
		return mode != modeTransposition || k == attrSetVLAN
	}
	return false
}

// content handles a line inside a command output.
func (p *sectionParser) content(t []byte, n int) {
	key, val, hasColon := splitKV(t)
	kind := attrUnknown
	if hasColon && len(key) < len(p.keyBuf) {
		kind = attrKinds[string(normKeyBytes(p.keyBuf[:0], key))]
	}
	switch p.mode {
	case modeConditions:
		if p.conditionLine(t, key, val, kind, hasColon, n) {
			return
		}
	case modeRuleData, modeModify, modeTransposition, modeBraces:
		if !endsDataBlock(kind, p.mode) {
			p.dataLine(t, key, val, kind, hasColon, n)
			return
		}
		p.closeBlock()
	}
	switch kind {
	case attrLayer:
		p.startLayer(val, n)
		return
	case attrGroup:
		p.startGroup(val, n)
		return
	case attrRule:
		p.startRule(val, n)
		return
	}
	switch p.level {
	case 0:
		p.listingLine(t, key, val, hasColon, n)
	case 1:
		p.layerAttr(key, val, kind, hasColon, n)
	case 2:
		p.groupAttr(key, val, kind, hasColon, n)
	default:
		p.ruleAttr(t, key, val, kind, hasColon, n)
	}
}

// splitKV splits at the first colon: values may hold colons (IPv6).
func splitKV(t []byte) (key, val []byte, ok bool) {
	i := bytes.IndexByte(t, ':')
	if i < 0 {
		return nil, nil, false
	}
	return bytes.TrimRight(t[:i], " \t"), bytes.TrimSpace(t[i+1:]), true
}

func (p *sectionParser) startLayer(val []byte, n int) {
	p.layer = &Layer{Name: p.in.bytes(val), Line: n}
	p.cmd.layers = append(p.cmd.layers, p.layer)
	p.level, p.group, p.rule = 1, nil, nil
}

func (p *sectionParser) startGroup(val []byte, n int) {
	if p.layer == nil {
		p.problem(n, parser.LevelWarning, "GROUP before any LAYER; kept under an unnamed layer")
		p.startLayer(nil, n)
	}
	p.group = &Group{Name: p.in.bytes(val), Line: n}
	p.layer.Groups = append(p.layer.Groups, p.group)
	p.level, p.rule = 2, nil
}

func (p *sectionParser) startRule(val []byte, n int) {
	if p.group == nil {
		p.problem(n, parser.LevelWarning, "RULE before any GROUP; kept under an unnamed group")
		p.startGroup(nil, n)
	}
	p.rule = take(&p.rules)
	p.rule.Line = n
	if len(val) > 0 {
		p.rule.ID = string(val)
	}
	p.group.Rules = append(p.group.Rules, p.rule)
	p.level = 3
}

func (p *sectionParser) layerAttr(key, val []byte, kind attrKind, hasColon bool, n int) {
	switch kind {
	case attrFriendlyName:
		p.layer.FriendlyName = p.in.bytes(val)
	case attrPriority:
		p.layer.Priority = p.atoi(val, n)
	case attrFlags:
		p.layer.Flags = parseLayerFlags(p.in.bytes(val))
	default:
		p.layer.Extra = p.extra(p.layer.Extra, key, val, hasColon, n)
	}
}

func (p *sectionParser) groupAttr(key, val []byte, kind attrKind, hasColon bool, n int) {
	g := p.group
	switch kind {
	case attrFriendlyName:
		g.FriendlyName = p.in.bytes(val)
	case attrPriority:
		g.Priority = p.atoi(val, n)
	case attrDirection:
		g.Direction = p.in.bytes(val)
	case attrType:
		g.Type = p.in.bytes(val)
	case attrMatchType:
		g.MatchType = p.in.bytes(val)
	case attrConditions:
		p.startConditions(val, n)
	default:
		g.Extra = p.extra(g.Extra, key, val, hasColon, n)
	}
}

// extra keeps an attribute that is not modelled; a line without a colon
// where attributes are expected is reported.
func (p *sectionParser) extra(dst []Attr, key, val []byte, hasColon bool, n int) []Attr {
	if !hasColon {
		p.problem(n, parser.LevelWarning, "unrecognised line in rule listing")
		return dst
	}
	return append(dst, Attr{Key: p.in.bytes(key), Value: p.in.bytes(val), Line: n})
}

func (p *sectionParser) atoi(val []byte, n int) int {
	neg := len(val) > 1 && val[0] == '-'
	digits := val
	if neg {
		digits = val[1:]
	}
	v, ok := decimal(digits)
	if !ok || v > 1<<62 {
		p.problem(n, parser.LevelWarning, "not a number: "+strconv.Quote(string(val)))
		return 0
	}
	if neg {
		return -int(v)
	}
	return int(v)
}

// decimal reads an unsigned decimal number without converting the bytes
// to a string: priorities and counters are on every rule.
func decimal(b []byte) (uint64, bool) {
	if len(b) == 0 || len(b) > 20 {
		return 0, false
	}
	var v uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		d := uint64(c - '0')
		if v > (1<<64-1-d)/10 {
			return 0, false
		}
		v = v*10 + d
	}
	return v, true
}

// lastUint reads the last token of a counter value as uint64.
func (p *sectionParser) lastUint(val []byte, n int) uint64 {
	if i := bytes.LastIndexAny(val, " \t"); i >= 0 {
		val = val[i+1:]
	}
	v, ok := decimal(val)
	if !ok {
		p.problem(n, parser.LevelWarning, "counter is not a number: "+strconv.Quote(string(val)))
	}
	return v
}
