package vfp

import (
	"bytes"
	"strconv"

	"github.com/hnsscope/hnsscope/parser"
)

func (p *sectionParser) ruleAttr(t, key, val []byte, kind attrKind, hasColon bool, n int) {
	r := p.rule
	switch kind {
	case attrFriendlyName:
		r.FriendlyName = p.names.bytes(val)
	case attrPriority:
		r.Priority = p.atoi(val, n)
	case attrFlags:
		r.Flags = parseFlags(p.in.bytes(val))
	case attrType:
		if r.Type == "" {
			r.Type = p.in.bytes(val)
			return
		}
		p.dataLine(t, key, val, kind, hasColon, n)
	case attrConditions:
		p.startConditions(val, n)
	case attrFlowTTL:
		v := p.atoi(val, n)
		if v >= 0 && v < len(p.ttls) {
			r.FlowTTL = &p.ttls[v]
		} else {
			r.FlowTTL = &v
		}
	case attrFlagsEx:
		r.FlagsEx = p.in.bytes(val)
	case attrRuleData:
		p.mode = modeRuleData
		if len(val) > 0 {
			p.dataLine(val, nil, nil, attrUnknown, false, n)
		}
	case attrModify:
		p.mode = modeModify
	case attrTransposition:
		p.mode = modeTransposition
		if len(val) > 0 {
			d := p.data()
			d.Transposition = append(d.Transposition, Attr{Key: "Transposition", Value: p.in.bytes(val), Line: n})
		}
	case attrEncapDest, attrDIPRange:
		p.mode = modeBraces
		if len(val) > 0 {
			p.dataLine(val, nil, nil, attrUnknown, false, n)
		}
	case attrMatched, attrDropped, attrPending, attrDroppedFlows:
		p.counter(kind, val, n)
	case attrEncapType, attrEncapSource, attrVNI, attrMapSpace:
		p.typedData(kind, val)
	default:
		if !hasColon {
			p.problem(n, parser.LevelInfo, "free text in a rule outside a data block; kept as rule data")
			p.dataLine(t, key, val, kind, hasColon, n)
			return
		}
		r.Extra = append(r.Extra, Attr{Key: p.in.bytes(key), Value: p.in.bytes(val), Line: n})
	}
}

func (p *sectionParser) data() *RuleData {
	if p.rule.Data == nil {
		p.rule.Data = take(&p.datas)
	}
	return p.rule.Data
}

func (p *sectionParser) counter(kind attrKind, val []byte, n int) {
	r := p.rule
	if r.Counters == nil {
		r.Counters = take(&p.counts)
		r.Counters.Line = n
	}
	v := p.lastUint(val, n)
	switch kind {
	case attrMatched:
		r.Counters.MatchedPackets = v
	case attrDropped:
		r.Counters.DroppedPackets = v
	case attrPending:
		r.Counters.PendingPackets = v
	default:
		r.Counters.DroppedUnifiedFlows = v
	}
}

func (p *sectionParser) typedData(kind attrKind, val []byte) {
	d := p.data()
	s := p.in.bytes(val)
	switch kind {
	case attrEncapType:
		d.EncapType = s
	case attrEncapSource:
		d.EncapSourceIP = s
	case attrVNI:
		d.VNI = s
	default:
		d.MapSpace = s
	}
}

// dataLine handles a line of a type-specific block of the current rule.
func (p *sectionParser) dataLine(t, key, val []byte, kind attrKind, hasColon bool, n int) {
	if len(t) > 0 && t[0] == '{' {
		p.braceLine(t, n)
		return
	}
	d := p.data()
	switch {
	case p.mode == modeModify && hasColon:
		d.Modify = append(d.Modify, Attr{Key: p.in.bytes(key), Value: p.in.bytes(val), Line: n})
		return
	case p.mode == modeTransposition && hasColon:
		d.Transposition = append(d.Transposition, Attr{Key: p.in.bytes(key), Value: p.in.bytes(val), Line: n})
		return
	}
	d.Lines = append(d.Lines, p.in.bytes(t))
	switch kind {
	case attrEncapType, attrEncapSource, attrVNI, attrMapSpace:
		p.typedData(kind, val)
	}
}

func (p *sectionParser) braceLine(t []byte, n int) {
	if ip, port, ok := simpleDIP(t); ok {
		p.appendDIP(p.rule, DIPRange{Line: n, IP: p.in.bytes(ip), Port: p.in.bytes(port)})
		return
	}
	res := p.braces.parse(t)
	if !res.ok {
		p.problem(n, parser.LevelWarning, "unreadable { } line: "+strconv.Quote(string(t)))
		d := p.data()
		d.Lines = append(d.Lines, p.in.bytes(t))
		return
	}
	for _, dip := range res.dips {
		dip.Line = n
		p.appendDIP(p.rule, dip)
	}
	if len(res.encap) == 0 {
		return
	}
	d := p.data()
	for _, e := range res.encap {
		e.Line = n
		if len(e.Extra) > 0 {
			e.Extra = append([]Attr(nil), e.Extra...)
			for i := range e.Extra {
				e.Extra[i].Line = n
			}
		}
		d.EncapDestinations = append(d.EncapDestinations, e)
	}
}

func (p *sectionParser) startConditions(val []byte, n int) {
	if p.level == 3 {
		p.rule.ConditionsLine = n
	} else {
		p.group.ConditionsLine = n
	}
	p.mode = modeConditions
	p.condKey = p.condKey[:0]
	p.condAt = n
	if bytes.Equal(val, []byte("<none>")) {
		p.closeBlock()
	}
}

// conditionLine consumes a line of a Conditions: block; false means the
// line ended the block and is to be read as an attribute.
func (p *sectionParser) conditionLine(t, key, val []byte, kind attrKind, hasColon bool, n int) bool {
	if bytes.Equal(t, []byte("<none>")) {
		p.closeBlock()
		return true
	}
	if kind != attrUnknown {
		p.closeBlock()
		return false
	}
	off := n - p.condAt
	if off > 255 {
		off = 255
	}
	p.condKey = append(p.condKey, byte(off))
	p.condKey = append(p.condKey, t...)
	p.condKey = append(p.condKey, '\n')
	return true
}

// closeBlock ends the open type-specific or conditions block.
func (p *sectionParser) closeBlock() {
	if p.mode == modeConditions && len(p.condKey) > 0 {
		conds := p.conditionsFor(p.condKey)
		if p.level == 3 {
			p.rule.Conditions = conds
		} else if p.group != nil {
			p.group.Conditions = conds
		}
	}
	p.condKey = p.condKey[:0]
	p.mode = modeNone
}

// conditionsFor parses a conditions block, sharing the result with every
// earlier identical block (service rules repeat on every pod port).
func (p *sectionParser) conditionsFor(key []byte) []Condition {
	if c, ok := p.conds[string(key)]; ok {
		p.admit.hit()
		return c
	}
	out := make([]Condition, 0, bytes.Count(key, []byte{'\n'}))
	clean := true
	for rest := key; len(rest) > 1; {
		i := 1 + bytes.IndexByte(rest[1:], '\n')
		off, line := int(rest[0]), rest[1:i]
		rest = rest[i+1:]
		k, v, _ := splitKV(line)
		if k == nil {
			k, v = nil, line
		}
		c, ok := parseCondition(int32(off), p.in.bytes(k), string(v), &p.arena)
		if !ok {
			clean = false
			p.problem(p.condAt+off, parser.LevelWarning, "condition value not understood: "+strconv.Quote(string(line)))
		}
		out = append(out, c)
	}
	if clean && p.admit.miss(len(p.conds)) {
		p.conds[string(key)] = out
	}
	return out
}

// listingLine handles a line of a command that is not a rule listing.
func (p *sectionParser) listingLine(t, key, val []byte, hasColon bool, n int) {
	if p.cmd.listing == nil {
		p.cmd.listing = &Listing{Line: n}
	}
	l := p.cmd.listing
	if !hasColon || len(key) == 0 {
		l.Text = append(l.Text, NumberedLine{Line: n, Text: p.in.bytes(t)})
		return
	}
	if p.record < 0 {
		l.Records = append(l.Records, Record{Line: n})
		p.record = len(l.Records) - 1
	}
	rec := &l.Records[p.record]
	rec.Fields = append(rec.Fields, Attr{Key: p.in.bytes(key), Value: p.in.bytes(val), Line: n})
}

func (p *sectionParser) appendDIP(d *Rule, v DIPRange) {
	if p.dipOwner != d {
		p.dipOwner, p.dipStart = d, len(p.dips)
		if len(d.DIPRanges) > 0 {
			d.DIPRanges = append(d.DIPRanges, v)
			p.dipOwner = nil
			return
		}
	}
	if len(p.dips) == cap(p.dips) {
		arena := make([]DIPRange, 0, 4096)
		p.dips = append(arena, p.dips[p.dipStart:]...)
		p.dipStart = 0
	}
	p.dips = append(p.dips, v)
	d.DIPRanges = p.dips[p.dipStart:len(p.dips):len(p.dips)]
}
