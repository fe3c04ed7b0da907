package routes

import (
	"net"
	"net/netip"
	"regexp"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// printState tracks where in route print output a line falls. Section
// titles are localised, so sections are told apart by structure: the
// interface list rows, a title naming IPv4 or IPv6, and the first and second
// "...:" subtitle of a route table (active, then persistent).
type printState struct {
	family    int // 4, 6 or 0 before the first route table
	subtitles int
	pending   *Route // IPv6 row waiting for its gateway line
}

var ifaceRow = regexp.MustCompile(`^\s*(\d+)\.\.\.((?:[0-9A-Fa-f]{2} )*)\.*(.*)$`)

// parseRoutePrint consumes route print lines until a formatter table starts
// and returns how many lines it used.
func (t *Table) parseRoutePrint(file string, lines []pstext.Line, ps *parser.Problems) int {
	var st printState
	n := 0
	for ; n < len(lines); n++ {
		if pstext.IsTableStart(lines, n) {
			break
		}
		t.routePrintLine(file, lines[n], &st, ps)
	}
	t.flushPending(&st, ps)
	return n
}

func (t *Table) routePrintLine(file string, l pstext.Line, st *printState, ps *parser.Problems) {
	text := strings.TrimSpace(l.Text)
	pos := parser.Position{File: file, Line: l.Num}
	switch {
	case text == "" || strings.Trim(text, "=") == "":
		return
	case st.pending != nil && isGatewayLine(text):
		st.pending.NextHop, st.pending.OnLink = nextHop(text)
		t.Routes = append(t.Routes, *st.pending)
		st.pending = nil
		return
	}
	t.flushPending(st, ps)
	if m := ifaceRow.FindStringSubmatch(l.Text); m != nil && st.family == 0 {
		idx, _ := pstext.Int(m[1])
		mac, _ := pstext.NormalizeMAC(m[2])
		t.Interfaces = append(t.Interfaces, Interface{IfIndex: idx, MAC: mac, Description: strings.TrimSpace(m[3]), Pos: pos})
		return
	}
	if f := tableFamily(text); f != 0 {
		st.family, st.subtitles = f, 0
		return
	}
	if isSubtitle(text) {
		st.subtitles++
		return
	}
	switch st.family {
	case 4:
		t.v4Row(text, pos, st, ps)
	case 6:
		t.v6Row(text, pos, st)
	}
}

// isGatewayLine recognises the continuation of a wrapped IPv6 row: a lone
// gateway, never a row starting with interface and metric numbers.
func isGatewayLine(text string) bool {
	f := strings.Fields(text)
	if len(f) > 2 || strings.HasSuffix(text, ":") {
		return false
	}
	_, isNum := pstext.Int(f[0])
	return !isNum
}

func (t *Table) flushPending(st *printState, ps *parser.Problems) {
	if st.pending == nil {
		return
	}
	ps.AddAt(st.pending.Pos, parser.LevelWarning, "IPv6 route %s has no gateway line", st.pending.Destination)
	t.Routes = append(t.Routes, *st.pending)
	st.pending = nil
}

// tableFamily recognises a route table title ("IPv4 Route Table",
// "IPv4-Routentabelle", "Table de routage IPv4") by the family it names.
func tableFamily(text string) int {
	if strings.ContainsAny(text, ".:/") && !strings.HasSuffix(text, ":") || len(strings.Fields(text)) > 5 {
		return 0
	}
	switch {
	case strings.Contains(text, "IPv4"):
		return 4
	case strings.Contains(text, "IPv6"):
		return 6
	}
	return 0
}

// isSubtitle recognises "Active Routes:" / "Persistent Routes:" and their
// translations: a short line ending in a colon without addresses.
func isSubtitle(text string) bool {
	return strings.HasSuffix(text, ":") && len(strings.Fields(text)) <= 3 && !strings.ContainsAny(text, ".")
}

func (st *printState) store() string {
	if st.subtitles >= 2 {
		return StorePersistent
	}
	return StoreActive
}

// v4Row reads "dest mask gateway interface metric" (active) or
// "dest mask gateway metric" (persistent); other lines are headers.
func (t *Table) v4Row(text string, pos parser.Position, st *printState, ps *parser.Problems) {
	f := strings.Fields(text)
	if len(f) < 4 {
		return
	}
	dest, err1 := netip.ParseAddr(f[0])
	mask, err2 := netip.ParseAddr(f[1])
	if err1 != nil || err2 != nil {
		return
	}
	r := Route{Compartment: HostCompartment, Store: st.store(), Source: SourceRoutePrintV4, Pos: pos}
	r.Destination, r.DestinationRaw = maskPrefix(dest, mask, f[0]+"/"+f[1])
	if r.DestinationRaw != "" {
		ps.AddAt(pos, parser.LevelWarning, "netmask %s is not a contiguous IPv4 mask", f[1])
	}
	gwEnd := len(f) - 1
	if r.Store == StoreActive && len(f) >= 5 {
		gwEnd--
		if ip, err := netip.ParseAddr(f[gwEnd]); err == nil {
			r.InterfaceIP = ip
		}
	}
	// The on-link word may be two words in some languages.
	r.NextHop, r.OnLink = nextHop(strings.Join(f[2:gwEnd], " "))
	if m, ok := pstext.Int(f[len(f)-1]); ok {
		r.Metric = new(m)
	}
	t.Routes = append(t.Routes, r)
}

// v6Row reads "if metric destination gateway"; a long destination pushes
// the gateway onto the next line.
func (t *Table) v6Row(text string, pos parser.Position, st *printState) {
	f := strings.Fields(text)
	if len(f) < 3 {
		return
	}
	idx, ok1 := pstext.Int(f[0])
	metric, ok2 := pstext.Int(f[1])
	if !ok1 || !ok2 {
		return
	}
	r := Route{Compartment: HostCompartment, IfIndex: idx, Metric: new(metric), Store: st.store(), Source: SourceRoutePrintV6, Pos: pos}
	if p, err := netip.ParsePrefix(f[2]); err == nil {
		r.Destination = p
	} else {
		r.DestinationRaw = f[2]
	}
	if len(f) == 3 {
		st.pending = &r
		return
	}
	r.NextHop, r.OnLink = nextHop(strings.Join(f[3:], " "))
	t.Routes = append(t.Routes, r)
}

// maskPrefix turns a destination and dotted netmask into a prefix; a
// non-contiguous mask leaves the raw text instead.
func maskPrefix(dest, mask netip.Addr, raw string) (netip.Prefix, string) {
	if !dest.Is4() || !mask.Is4() {
		return netip.Prefix{}, raw
	}
	b := mask.As4()
	bits, size := net.IPMask(b[:]).Size()
	if size == 0 {
		return netip.Prefix{}, raw
	}
	return netip.PrefixFrom(dest, bits), ""
}

// nextHop reads a gateway: an address, or a word meaning on-link
// ("On-link", "Auf Verbindung"): anything that is not an address. The
// unspecified address also means on-link.
func nextHop(s string) (netip.Addr, bool) {
	ip, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}, true
	}
	return ip, ip.IsUnspecified()
}
