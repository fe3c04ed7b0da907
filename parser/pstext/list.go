package pstext

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// Field is one "Name : value" line of a list record. A value wrapped onto
// continuation lines keeps the printed pieces in Parts; Value joins them
// with a space (prose), Concat without (IDs cut mid-token).
type Field struct {
	Name  string   `json:"name"`
	Value string   `json:"value"`
	Parts []string `json:"parts,omitempty"`
	Line  int      `json:"line"`
}

// Concat joins the printed pieces of a wrapped value without separators.
func (f Field) Concat() string {
	if len(f.Parts) == 0 {
		return f.Value
	}
	return strings.Join(f.Parts, "")
}

// Record is one list record: consecutive field lines between blank lines.
type Record struct {
	Line    int     `json:"line"`
	EndLine int     `json:"endLine"`
	Fields  []Field `json:"fields"`
}

// Field returns the first field called name (ignoring case).
func (r Record) Field(name string) (Field, bool) {
	for _, f := range r.Fields {
		if strings.EqualFold(f.Name, name) {
			return f, true
		}
	}
	return Field{}, false
}

// Value returns the value of the field called name, empty when absent.
func (r Record) Value(name string) string {
	f, _ := r.Field(name)
	return f.Value
}

// List is a run of list records.
type List struct {
	StartLine int      `json:"startLine"`
	EndLine   int      `json:"endLine"`
	Records   []Record `json:"records"`
}

// ColonColumn returns the rune index of the separating colon of a list line
// ("Name<pad> : value" or "Name :"), or -1 when s is not a list line.
func ColonColumn(s string) int {
	col := 0
	prevSpace, nonBlank := false, false
	for i, r := range s {
		if r == ':' && prevSpace && (i+1 == len(s) || s[i+1] == ' ') {
			if !nonBlank {
				return -1
			}
			return col
		}
		prevSpace = r == ' '
		nonBlank = nonBlank || r != ' ' && r != '\t'
		col++
	}
	return -1
}

// IsListLine reports whether s looks like "Name : value" with a name that
// starts at column 0.
func IsListLine(s string) bool {
	return s != "" && s[0] != ' ' && s[0] != '\t' && ColonColumn(s) > 0
}

// ParseList parses lines as list records separated by blank lines. It stops
// before the first line that is neither a field, a continuation nor blank
// (followed by a field), and returns the list and the number of lines used.
func ParseList(lines []Line, ps *parser.Problems) (*List, int) {
	l := &List{}
	n := 0
	for n < len(lines) {
		if IsBlank(lines[n].Text) {
			next := n
			for next < len(lines) && IsBlank(lines[next].Text) {
				next++
			}
			if next == len(lines) || ColonColumn(lines[next].Text) < 0 {
				break
			}
			n = next
			continue
		}
		rec, used := parseRecord(lines[n:], ps)
		if used == 0 {
			break
		}
		l.Records = append(l.Records, rec)
		n += used
	}
	if len(l.Records) > 0 {
		l.StartLine = l.Records[0].Line
		l.EndLine = l.Records[len(l.Records)-1].EndLine
	}
	return l, n
}

// parseRecord reads one record from non-blank lines. The colon column of
// the first line fixes where names end for the whole record.
func parseRecord(lines []Line, ps *parser.Problems) (Record, int) {
	col := ColonColumn(lines[0].Text)
	if col < 0 {
		return Record{}, 0
	}
	rec := Record{Line: lines[0].Num}
	n := 0
	for ; n < len(lines) && !IsBlank(lines[n].Text); n++ {
		l := lines[n]
		if f, ok := splitField(l, col); ok {
			rec.Fields = append(rec.Fields, f)
		} else if len(rec.Fields) > 0 && strings.HasPrefix(l.Text, " ") {
			appendPart(&rec.Fields[len(rec.Fields)-1], strings.TrimSpace(l.Text))
		} else if c := ColonColumn(l.Text); c > 0 {
			// Records of mixed object types pad names differently.
			col = c
			f, _ := splitField(l, col)
			rec.Fields = append(rec.Fields, f)
		} else {
			addProblem(ps, l.Num, parser.LevelWarning, "list line without \"Name : value\" form ignored: %q", clip(l.Text))
		}
		rec.EndLine = l.Num
	}
	return rec, n
}

func splitField(l Line, col int) (Field, bool) {
	at := byteOffset(l.Text, col)
	t := l.Text
	if at <= 0 || at >= len(t) || t[at] != ':' || t[at-1] != ' ' || (at+1 < len(t) && t[at+1] != ' ') {
		return Field{}, false
	}
	name := strings.TrimSpace(t[:at])
	if name == "" {
		return Field{}, false
	}
	return Field{Name: name, Value: strings.TrimSpace(t[at+1:]), Line: l.Num}, true
}

// byteOffset converts a rune column of s into a byte offset (len(s) when
// the column is past the end).
func byteOffset(s string, col int) int {
	n := 0
	for i := range s {
		if n == col {
			return i
		}
		n++
	}
	return len(s)
}

func appendPart(f *Field, part string) {
	if len(f.Parts) == 0 {
		f.Parts = []string{f.Value}
	}
	f.Parts = append(f.Parts, part)
	f.Value = strings.TrimSpace(f.Value + " " + part)
}

// clip shortens text quoted in a problem message.
func clip(s string) string {
	r := []rune(s)
	if len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}
