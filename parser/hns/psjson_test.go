package hns

import (
	"bytes"
	"encoding/json"
	"strings"
)

// jsonNode is a JSON value with object key order kept, so that fixtures can
// be re-rendered the way PowerShell prints them.
type jsonNode struct {
	keys   []string
	fields []*jsonNode
	elems  []*jsonNode
	scalar json.RawMessage
	isObj  bool
	isArr  bool
}

func parseNode(dec *json.Decoder) *jsonNode {
	tok, err := dec.Token()
	if err != nil {
		panic(err)
	}
	switch t := tok.(type) {
	case json.Delim:
		n := &jsonNode{isObj: t == '{', isArr: t == '['}
		for dec.More() {
			if n.isObj {
				k, _ := dec.Token()
				n.keys = append(n.keys, k.(string))
				n.fields = append(n.fields, parseNode(dec))
			} else {
				n.elems = append(n.elems, parseNode(dec))
			}
		}
		dec.Token()
		return n
	default:
		b, _ := json.Marshal(t)
		if num, ok := t.(json.Number); ok {
			b = []byte(num)
		}
		// Windows PowerShell 5.1 escapes the apostrophe as well.
		b = bytes.ReplaceAll(b, []byte("'"), []byte(`\u0027`))
		return &jsonNode{scalar: b}
	}
}

func mustNode(text string) *jsonNode {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	return parseNode(dec)
}

// ps51 renders JSON text as Windows PowerShell 5.1 ConvertTo-Json does:
// 4-space indent, nested containers column-aligned under the value, two
// spaces after the colon, empty containers as an opening line, a blank line
// and a closing line.
func ps51(text string) string {
	var b strings.Builder
	writePS51(&b, mustNode(text), 0)
	b.WriteString("\n")
	return b.String()
}

func writePS51(b *strings.Builder, n *jsonNode, col int) {
	pad := strings.Repeat(" ", col)
	switch {
	case n.isObj || n.isArr:
		open, close := "{", "}"
		if n.isArr {
			open, close = "[", "]"
		}
		b.WriteString(open + "\n")
		count := len(n.keys) + len(n.elems)
		if count == 0 {
			b.WriteString("\n" + pad + close)
			return
		}
		inner := col + 4
		for i := 0; i < count; i++ {
			b.WriteString(strings.Repeat(" ", inner))
			if n.isObj {
				prefix := `"` + n.keys[i] + `":  `
				b.WriteString(prefix)
				writePS51(b, n.fields[i], inner+len(prefix))
			} else {
				writePS51(b, n.elems[i], inner)
			}
			if i < count-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + close)
	default:
		b.Write(n.scalar)
	}
}

// ps7 renders JSON text as PowerShell 7 does (2-space indent, one space
// after the colon, empty containers as [] and {}).
func ps7(text string) string {
	var out bytes.Buffer
	compact := new(bytes.Buffer)
	if err := json.Compact(compact, []byte(text)); err != nil {
		panic(err)
	}
	if err := json.Indent(&out, compact.Bytes(), "", "  "); err != nil {
		panic(err)
	}
	return out.String() + "\n"
}
