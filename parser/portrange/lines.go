package portrange

import (
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

const maxPort = 65535

// Estimate is the collector's ephemeral-port estimate (TCP only).
// Exhausted is the "Running out of ephemeral ports" error line;
// otherwise Allocations is N of "up to N allocations of 64 contiguous TCP
// ports".
type Estimate struct {
	Text        string          `json:"text"`
	Exhausted   bool            `json:"exhausted,omitempty"`
	Allocations *int            `json:"allocations,omitempty"`
	Pos         parser.Position `json:"pos"`
}

// ReservationTest is the outcome of the collector's 10 real reservations
// of 64 ports: Reserved ranges succeeded; All is set for "Successfully
// reserved".
type ReservationTest struct {
	Text     string          `json:"text"`
	Reserved int             `json:"reserved"`
	All      bool            `json:"all,omitempty"`
	Pos      parser.Position `json:"pos"`
}

// sentence reads the two reservedports.txt lines.
func (st *state) sentence(l pstext.Line, text string) bool {
	lower := strings.ToLower(text)
	pos := parser.Position{File: st.file, Line: l.Num}
	switch {
	case strings.Contains(lower, "running out of ephemeral ports"):
		st.out.Estimate = &Estimate{Text: text, Exhausted: true, Pos: pos}
	case strings.Contains(lower, "allocations of 64"):
		e := &Estimate{Text: text, Pos: pos}
		if n, ok := numberBefore(lower, " allocations"); ok {
			e.Allocations = &n
		} else {
			st.ps.Add(l.Num, parser.LevelWarning, "estimate line without a number of allocations")
		}
		st.out.Estimate = e
	case strings.Contains(lower, "ranges of 64 ports"):
		n, ok := numberBefore(lower, " ranges")
		if !ok {
			st.ps.Add(l.Num, parser.LevelWarning, "reservation test line without a number of ranges")
		}
		st.out.Test = &ReservationTest{Text: text, Reserved: n, All: strings.HasPrefix(lower, "successfully"), Pos: pos}
	default:
		return false
	}
	return true
}

// numberBefore reads the number that ends right before word.
func numberBefore(s, word string) (int, bool) {
	i := strings.Index(s, word)
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(s[:i])
	if len(f) == 0 {
		return 0, false
	}
	n, err := strconv.Atoi(f[len(f)-1])
	return n, err == nil && n >= 0
}

// isProtocolHeader recognises "Protocol tcp Dynamic Port Range" and
// "Protocol udp Port Exclusion Ranges", also localised: a line without a
// colon naming tcp or udp as a word.
func isProtocolHeader(text string) bool {
	return !strings.Contains(text, ":") && protocolOf(strings.ToLower(text)) != ""
}

func protocolOf(lower string) string {
	for _, w := range strings.Fields(lower) {
		if w == "tcp" || w == "udp" {
			return w
		}
	}
	return ""
}

// rangeRow reads an exclusion table row: two port numbers and an optional
// "*".
func rangeRow(text string) (start, end int, admin bool, ok bool) {
	f := strings.Fields(text)
	if len(f) == 3 && f[2] == "*" {
		admin, f = true, f[:2]
	}
	if len(f) != 2 {
		return 0, 0, false, false
	}
	a, err1 := strconv.Atoi(f[0])
	b, err2 := strconv.Atoi(f[1])
	if err1 != nil || err2 != nil || a < 0 || b < 0 {
		return 0, 0, false, false
	}
	return a, b, admin, true
}

// keyNumber reads "Start Port      : 49152".
func keyNumber(text string) (label string, value int, ok bool) {
	label, v, found := strings.Cut(text, ":")
	if !found {
		return "", 0, false
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 0 || n > maxPort+1 {
		return "", 0, false
	}
	return strings.TrimSpace(label), n, true
}
