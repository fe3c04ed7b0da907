package ipconfig

import (
	"regexp"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// state walks the ipconfig section line by line.
type state struct {
	file       string
	cfg        *Config
	ps         *parser.Problems
	bannerOpen bool   // an "=====" rule was seen
	bannerText string // the text line after it
	bannerLine int
	banners    int
	comp       *Compartment
	adapter    *Adapter
	lastKey    string // label a continuation line belongs to
	allOnly    bool   // a label only "ipconfig /all" prints was seen
}

var lastNumber = regexp.MustCompile(`(\d+)\D*$`)

func (st *state) line(l pstext.Line) {
	text := l.Text
	trimmed := strings.TrimSpace(text)
	switch {
	case trimmed == "":
		st.lastKey = ""
	case len(trimmed) >= 10 && strings.Trim(trimmed, "=") == "":
		st.rule(l)
	case st.bannerOpen && st.bannerText == "":
		st.bannerText, st.bannerLine = trimmed, l.Num
	case st.bannerOpen:
		// The closing rule is missing: take the banner as it is.
		st.openCompartment()
		st.line(l)
	case text[0] != ' ' && text[0] != '\t':
		st.heading(l, trimmed)
	default:
		st.attribute(l)
	}
}

func (st *state) rule(l pstext.Line) {
	if st.bannerOpen && st.bannerText != "" {
		st.openCompartment()
		return
	}
	st.bannerOpen = true
	st.bannerLine = l.Num
}

// openCompartment turns the banner text ("Network Information for
// Compartment 3 (ACTIVE)", in any language) into a compartment: its ID is
// the last number, a parenthesised word after it marks the active one.
func (st *state) openCompartment() {
	text := st.bannerText
	st.bannerOpen, st.bannerText = false, ""
	st.banners++
	head, paren, _ := strings.Cut(text, "(")
	c := Compartment{Adapters: []Adapter{}, Pos: parser.Position{File: st.file, Line: st.bannerLine}}
	if m := lastNumber.FindStringSubmatch(head); m != nil {
		c.ID, _ = pstext.Int(m[1])
	} else {
		st.ps.Add(st.bannerLine, parser.LevelWarning, "compartment banner without a number: %q", text)
	}
	c.Active = paren != ""
	st.cfg.Compartments = append(st.cfg.Compartments, c)
	st.comp = &st.cfg.Compartments[len(st.cfg.Compartments)-1]
	st.adapter = nil
}

// heading handles a line at column 0: an adapter header ending in a colon,
// or the "Windows IP Configuration" title.
func (st *state) heading(l pstext.Line, text string) {
	st.lastKey = ""
	name, ok := strings.CutSuffix(text, ":")
	if !ok {
		if st.comp != nil || st.adapter != nil {
			st.ps.Add(l.Num, parser.LevelInfo, "unexpected line in ipconfig output: %q", text)
		}
		return
	}
	typ, name := splitAdapterHeader(strings.TrimSpace(name))
	if typ == "" {
		st.ps.Add(l.Num, parser.LevelWarning, "unrecognised label: adapter header %q has no adapter type", text)
	}
	comp := st.compartment(l.Num)
	comp.Adapters = append(comp.Adapters, Adapter{Type: typ, Name: name, Pos: parser.Position{File: st.file, Line: l.Num}})
	st.adapter = &comp.Adapters[len(comp.Adapters)-1]
}

// compartment returns the current compartment, assuming the host one when
// ipconfig printed no banners.
func (st *state) compartment(line int) *Compartment {
	if st.comp == nil {
		st.cfg.CompartmentAssumed = true
		st.cfg.Compartments = append(st.cfg.Compartments, Compartment{
			ID: HostCompartment, Adapters: []Adapter{}, Pos: parser.Position{File: st.file, Line: line},
		})
		st.comp = &st.cfg.Compartments[len(st.cfg.Compartments)-1]
	}
	return st.comp
}

// splitAdapterHeader separates the adapter type from its name:
// "Ethernet adapter vEthernet (nat)", "Ethernet-Adapter vEthernet (nat)",
// "Tunneladapter isatap.{...}", "Carte Ethernet vEthernet (nat)".
func splitAdapterHeader(s string) (typ, name string) {
	lower := strings.ToLower(s)
	for _, sep := range []string{" adapter ", "-adapter ", "adapter "} {
		if i := strings.Index(lower, sep); i >= 0 {
			return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
		}
	}
	if rest, ok := strings.CutPrefix(s, "Carte "); ok {
		for _, t := range []string{"réseau sans fil ", "Ethernet ", "Tunnel ", "inconnue "} {
			if n, ok := strings.CutPrefix(rest, t); ok {
				return strings.TrimSpace(t), strings.TrimSpace(n)
			}
		}
	}
	return "", s
}

// finish closes a dangling banner and decides which ipconfig form it was.
func (st *state) finish() {
	if st.bannerOpen && st.bannerText != "" {
		st.openCompartment()
	}
	c := st.cfg
	switch {
	case st.banners > 0:
		c.Form = FormAllCompartments
	case st.allOnly:
		c.Form = FormAll
	case len(c.Compartments) > 0:
		c.Form = FormPlain
	}
}
