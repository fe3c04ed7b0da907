package hns

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// PowerShell's ConvertTo-Json replaces values nested deeper than -Depth by
// their string form. These are the forms it produces.
const (
	psObjectArray = "System.Object[]"
	psHashtable   = "System.Collections.Hashtable"
)

func isDegenerate(s string) bool {
	if s == "" || s[0] != '@' && s[0] != 'S' && s[0] != ' ' {
		return false
	}
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "@{") || s == psObjectArray || strings.HasPrefix(s, "System.Collections.")
}

// asObject turns v into an object. A depth-truncated "@{k=v; k2=v2}" string
// is salvaged into its keys; other degenerate strings yield nil. Both are
// reported at path.
func (d *decoder) asObject(v any, path string) obj {
	switch t := v.(type) {
	case map[string]any:
		return obj(t)
	case string:
		d.truncated = true
		if m := salvageHashString(t); m != nil {
			canonicalize(m)
			d.warn(path, "depth-truncated object %q salvaged from its string form", parser.Clip(t))
			return m
		}
		d.warn(path, "depth-truncated object %q: content lost", parser.Clip(t))
	case nil:
	default:
		d.warn(path, "expected an object, found %s", jsonKind(v))
	}
	return nil
}

func (d *decoder) objectAt(o obj, key, path string) obj {
	v, ok := o.get(key)
	if !ok || v == nil {
		return nil
	}
	return d.asObject(v, path+"."+key)
}

// arrayAt returns the array under key. A single object where an array is
// expected is wrapped; "System.Object[]" is reported and yields nil.
func (d *decoder) arrayAt(o obj, key, path string) []any {
	v, ok := o.get(key)
	if !ok {
		return nil
	}
	switch t := v.(type) {
	case []any:
		return t
	case map[string]any:
		return []any{t}
	case string:
		if strings.TrimSpace(t) == "" {
			return nil
		}
		d.truncated = true
		if strings.HasPrefix(strings.TrimSpace(t), "@{") {
			d.warn(path+"."+key, "depth-truncated list %q salvaged as one object", parser.Clip(t))
			return []any{t}
		}
		d.warn(path+"."+key, "depth-truncated list %q: content lost", parser.Clip(t))
	}
	return nil
}

// stringList reads a list of strings under key. It accepts a JSON array, a
// comma-joined string (v1 DNS fields) and a space-joined string (depth
// truncation of a CIDR list, reported). Objects found inside the array are
// returned separately so the caller can decide what they are.
func (d *decoder) stringList(o obj, key, path string) ([]string, []obj) {
	v, ok := o.get(key)
	if !ok || v == nil {
		return nil, nil
	}
	p := path + "." + key
	switch t := v.(type) {
	case []any:
		var out []string
		var objs []obj
		for _, e := range t {
			switch et := e.(type) {
			case map[string]any:
				objs = append(objs, obj(et))
			default:
				if s := scalarString(et); s != "" {
					out = append(out, s)
				}
			}
		}
		return out, objs
	case string:
		return d.splitListString(t, p), nil
	default:
		if s := scalarString(t); s != "" {
			return []string{s}, nil
		}
	}
	return nil, nil
}

func (d *decoder) splitListString(s, path string) []string {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return nil
	case isDegenerate(s):
		d.truncated = true
		d.warn(path, "depth-truncated list %q: content lost", parser.Clip(s))
		return nil
	case strings.Contains(s, ","):
		return splitTrim(s, ",")
	case strings.Contains(s, " "):
		d.truncated = true
		d.warn(path, "space-joined list %q (depth-truncated) split into items", parser.Clip(s))
		return strings.Fields(s)
	}
	return []string{s}
}

func splitTrim(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// salvageHashString parses PowerShell's "@{k=v; k2=v2}" rendering of a
// hashtable or object. Values keep their string form.
func salvageHashString(s string) obj {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "@{") {
		return nil
	}
	body := strings.TrimSuffix(strings.TrimPrefix(s, "@{"), "}")
	m := obj{}
	for _, part := range strings.Split(body, "; ") {
		k, v, ok := strings.Cut(part, "=")
		if !ok || strings.TrimSpace(k) == "" {
			continue
		}
		m[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

func jsonKind(v any) string {
	switch v.(type) {
	case []any:
		return "an array"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return "a number"
}
