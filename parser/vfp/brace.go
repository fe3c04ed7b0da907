package vfp

import (
	"bytes"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// braceLine is the grammar of the "{ ... }" lines of rule data:
//
//	{ IP address=10.0.0.5, MAC address=00-15-5D-01-02-03, GRE key=4096 }
//	{ 10.244.0.25 : 53 }
//
// Each entry is words, a separator ("=" or a colon standing alone between
// spaces, so that IPv6 colons stay inside a word) and words.
type braceLine struct {
	Entries []*braceEntry `parser:"'{' ( @@ ( ',' @@ )* )? ','? '}'"`
}

type braceEntry struct {
	Key   []string `parser:"@Word*"`
	Sep   string   `parser:"@( '=' | Colon )"`
	Value []string `parser:"@Word*"`
}

// simpleDIP reads the common backend line "{ <ip> : <port> }" without the
// grammar: DIP lines are the most frequent brace lines and, on a node with
// many distinct backends, too varied for the cache to absorb. Anything
// else (lists, encap destinations, odd spacing) goes to the grammar.
func simpleDIP(t []byte) (ip, port []byte, ok bool) {
	if len(t) < 5 || t[0] != '{' || t[len(t)-1] != '}' {
		return nil, nil, false
	}
	inner := bytes.TrimSpace(t[1 : len(t)-1])
	i := bytes.Index(inner, []byte(" : "))
	if i <= 0 || bytes.ContainsAny(inner, ",={}") {
		return nil, nil, false
	}
	ip, port = bytes.TrimSpace(inner[:i]), bytes.TrimSpace(inner[i+3:])
	if len(ip) == 0 || len(port) == 0 || bytes.ContainsAny(ip, " \t") || bytes.ContainsAny(port, " \t:") {
		return nil, nil, false
	}
	return ip, port, true
}

type braceParser struct {
	p     *participle.Parser[braceLine] // built on first use
	cache map[string]braceResult
	admit admission
}

type braceResult struct {
	dips  []DIPRange
	encap []EncapDestination
	ok    bool
}

// maxBraceCache bounds the per-parse cache of brace lines; backends and
// encap destinations repeat on every port, so a small cache absorbs almost
// all of them.
const maxBraceCache = 1 << 16

func newBraceParser() *braceParser {
	return &braceParser{cache: make(map[string]braceResult)}
}

func buildBraceGrammar() *participle.Parser[braceLine] {
	lex := lexer.MustSimple([]lexer.SimpleRule{
		{Name: "Colon", Pattern: `:(?:[ \t]+|$)`},
		{Name: "Punct", Pattern: `[{},=]`},
		{Name: "Word", Pattern: `[^\s{},=]+`},
		{Name: "Whitespace", Pattern: `[ \t]+`},
	})
	return participle.MustBuild[braceLine](participle.Lexer(lex), participle.Elide("Whitespace"))
}

// parse reads a brace line into DIP ranges ("ip : port" entries) and encap
// destinations ("key=value" entries). The results carry line 0; the caller
// stamps its line.
func (bp *braceParser) parse(line []byte) braceResult {
	if r, ok := bp.cache[string(line)]; ok {
		bp.admit.hit()
		return r
	}
	s := string(line)
	r := bp.parseUncached(s)
	if bp.admit.miss(len(bp.cache)) && len(bp.cache) < maxBraceCache {
		bp.cache[s] = r
	}
	return r
}

func (bp *braceParser) parseUncached(s string) braceResult {
	if bp.p == nil {
		bp.p = buildBraceGrammar()
	}
	bl, err := bp.p.ParseString("", s)
	if err != nil {
		return braceResult{}
	}
	var res braceResult
	var encap *EncapDestination
	for _, e := range bl.Entries {
		key := strings.Join(e.Key, " ")
		val := strings.Join(e.Value, " ")
		if e.Sep != "=" {
			res.dips = append(res.dips, DIPRange{IP: key, Port: val})
			continue
		}
		if encap == nil {
			encap = &EncapDestination{}
		}
		encap.set(key, val)
	}
	if encap != nil {
		res.encap = []EncapDestination{*encap}
	}
	res.ok = true
	return res
}

func (e *EncapDestination) set(key, val string) {
	switch k := normKey(key); {
	case k == "ipaddress" || k == "ip" || k == "pa" || k == "paaddress" || k == "paip" || k == "destinationip":
		e.IP = val
	case strings.Contains(k, "mac"):
		e.MAC = val
	case strings.Contains(k, "key") || k == "vni" || k == "vsid" || k == "tni":
		e.Key = val
	default:
		e.Extra = append(e.Extra, Attr{Key: key, Value: val})
	}
}
