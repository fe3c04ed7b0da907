package analyzer

import (
	"io"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/mtu"
	"github.com/hnsscope/hnsscope/parser/netadapter"
	"github.com/hnsscope/hnsscope/parser/portrange"
)

// hostParserFor returns the parsers of the host interface and port
// reservation files, nil for other kinds.
func hostParserFor(kind SourceKind) parseFunc {
	switch kind {
	case SourceMTU:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			list, probs := mtu.Parse(file, r)
			return func(p *Parsed) { p.MTU = append(p.MTU, list...) }, probs
		}
	case SourceNetAdapters:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			list, probs := netadapter.Parse(file, r)
			return func(p *Parsed) { p.NetAdapters = append(p.NetAdapters, list...) }, probs
		}
	case SourceAdapterDetails:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			it, probs := netadapter.ParseInterfaceFile(file, r)
			return func(p *Parsed) { p.AdapterDetails = append(p.AdapterDetails, it) }, probs
		}
	case SourcePortReservations:
		return func(file string, r io.Reader) (func(*Parsed), []parser.Problem) {
			f, probs := portrange.Parse(file, r)
			return func(p *Parsed) { p.PortRanges = append(p.PortRanges, f) }, probs
		}
	}
	return nil
}
