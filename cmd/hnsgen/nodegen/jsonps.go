package nodegen

import (
	"fmt"
	"strconv"
	"strings"
)

// Obj is a JSON object whose key order is preserved, because HNS (and
// therefore every dump) prints keys in a fixed, mostly alphabetical order.
type Obj []KV

// KV is one key of an Obj.
type KV struct {
	K string
	V any
}

// Arr is a JSON array. Values are string, bool, int, int64, uint64, Obj, Arr or nil.
type Arr []any

// JSONStyle selects the pretty-printer of the PowerShell that ran the collector.
type JSONStyle int

const (
	// JSONPS51 is Windows PowerShell 5.1: 4-space base indent, nested values
	// column-aligned under the value position, two spaces after the colon,
	// < > & ' escaped as \u003c and friends.
	JSONPS51 JSONStyle = iota
	// JSONPS7 is PowerShell 7 (Newtonsoft Indented): 2-space indent, one space
	// after the colon, no HTML escaping.
	JSONPS7
	// JSONCompact is Go's json.Marshal shape as kube-proxy and CNI logs print it.
	JSONCompact
)

// ConvertToJSON renders items the way `... | ConvertTo-Json -Depth 20` does:
// one item is a bare object, several are an array, none is no output at all.
func ConvertToJSON(style JSONStyle, items []any) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return RenderJSON(style, items[0]) + "\n"
	}
	return RenderJSON(style, Arr(items)) + "\n"
}

// RenderJSON renders one value with the given style, without a trailing newline.
func RenderJSON(style JSONStyle, v any) string {
	var b strings.Builder
	switch style {
	case JSONPS51:
		writePS51(&b, v, 0)
	case JSONPS7:
		writePS7(&b, v, 0)
	default:
		writeCompact(&b, v)
	}
	return b.String()
}

func writePS51(b *strings.Builder, v any, col int) {
	pad := strings.Repeat(" ", col)
	switch t := v.(type) {
	case Obj:
		if len(t) == 0 {
			b.WriteString("{\n\n" + pad + "}")
			return
		}
		b.WriteString("{\n")
		inner := col + 4
		for i, kv := range t {
			key := quote(kv.K, true)
			b.WriteString(strings.Repeat(" ", inner) + key + ":  ")
			writePS51(b, kv.V, inner+len(key)+3)
			if i < len(t)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "}")
	case Arr:
		if len(t) == 0 {
			b.WriteString("[\n\n" + pad + "]")
			return
		}
		b.WriteString("[\n")
		inner := col + 4
		for i, e := range t {
			b.WriteString(strings.Repeat(" ", inner))
			writePS51(b, e, inner)
			if i < len(t)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "]")
	default:
		b.WriteString(scalar(v, true))
	}
}

func writePS7(b *strings.Builder, v any, depth int) {
	pad := strings.Repeat("  ", depth)
	switch t := v.(type) {
	case Obj:
		if len(t) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{\n")
		for i, kv := range t {
			b.WriteString(pad + "  " + quote(kv.K, false) + ": ")
			writePS7(b, kv.V, depth+1)
			if i < len(t)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "}")
	case Arr:
		if len(t) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range t {
			b.WriteString(pad + "  ")
			writePS7(b, e, depth+1)
			if i < len(t)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(pad + "]")
	default:
		b.WriteString(scalar(v, false))
	}
}

func writeCompact(b *strings.Builder, v any) {
	switch t := v.(type) {
	case Obj:
		b.WriteString("{")
		for i, kv := range t {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(quote(kv.K, true) + ":")
			writeCompact(b, kv.V)
		}
		b.WriteString("}")
	case Arr:
		b.WriteString("[")
		for i, e := range t {
			if i > 0 {
				b.WriteString(",")
			}
			writeCompact(b, e)
		}
		b.WriteString("]")
	default:
		b.WriteString(scalar(v, true))
	}
}

func scalar(v any, htmlEscape bool) string {
	switch t := v.(type) {
	case nil:
		return "null"
	case string:
		return quote(t, htmlEscape)
	case bool:
		return strconv.FormatBool(t)
	case int:
		return strconv.Itoa(t)
	case int64:
		return strconv.FormatInt(t, 10)
	case uint64:
		return strconv.FormatUint(t, 10)
	}
	panic(fmt.Sprintf("nodegen: unsupported JSON value %T", v))
}

func quote(s string, htmlEscape bool) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20, htmlEscape && (r == '<' || r == '>' || r == '&' || r == '\''):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
