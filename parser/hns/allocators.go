package hns

import (
	"sort"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// allocator is an object with a Tag key (a Resources.Allocators[] item) or a
// depth-truncated string, found anywhere in an object tree, with its JSON
// path. For strings o is nil and s holds the value.
type allocator struct {
	o    obj
	s    string
	path string
}

// isErrorEnvelope recognises HNS's {"Success": false, "Error": "..."} reply.
func isErrorEnvelope(o obj) bool {
	ok, present := o.boolOf("Success")
	return present && !ok && o.has("Error") && len(o) <= 4
}

type segment struct {
	key string
	idx int // -1 for a key segment
}

// begin turns a top-level value into an object and prepares it: keys are
// canonicalised in the whole tree, allocators (whose placement differs
// between v1 Resources.Allocators, v2 Health.Extra.Resources.Allocators and
// detailed queries) and depth-truncated strings are collected.
func (d *decoder) begin(v any, path string) obj {
	o := d.asObject(v, path)
	if o == nil {
		return nil
	}
	d.base, d.allocs, d.degenerate = path, nil, nil
	d.prepare(map[string]any(o), true)
	if isErrorEnvelope(o) {
		d.probs.AddAt(parser.Position{Line: d.line, JSONPath: path}, parser.LevelError,
			"HNS returned an error instead of an object: %s (code %s)", o.str("Error"), o.str("ErrorCode"))
		return nil
	}
	sort.SliceStable(d.allocs, func(i, j int) bool { return d.allocs[i].path < d.allocs[j].path })
	sort.SliceStable(d.degenerate, func(i, j int) bool { return d.degenerate[i].path < d.degenerate[j].path })
	return o
}

func (d *decoder) path() string {
	var b strings.Builder
	b.WriteString(d.base)
	for _, s := range d.segs {
		if s.idx < 0 {
			b.WriteByte('.')
			b.WriteString(s.key)
		} else {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.idx))
			b.WriteByte(']')
		}
	}
	return b.String()
}

func (d *decoder) prepare(v any, collect bool) {
	switch t := v.(type) {
	case map[string]any:
		canonicalize(t)
		if _, ok := t["Tag"]; ok && collect {
			d.allocs = append(d.allocs, allocator{o: obj(t), path: d.path()})
		}
		for k, child := range t {
			switch child.(type) {
			case map[string]any, []any, string:
				d.segs = append(d.segs, segment{key: k, idx: -1})
				d.prepare(child, collect && k != "Policies")
				d.segs = d.segs[:len(d.segs)-1]
			}
		}
	case []any:
		for i, e := range t {
			switch e.(type) {
			case map[string]any, []any, string:
				d.segs = append(d.segs, segment{idx: i})
				d.prepare(e, collect)
				d.segs = d.segs[:len(d.segs)-1]
			}
		}
	case string:
		if isDegenerate(t) {
			d.degenerate = append(d.degenerate, allocator{s: t, path: d.path()})
		}
	}
}

// finish reports the depth-truncated strings that decoding did not already
// report; those standing for resources or allocators are salvaged and
// searched for allocators.
func (d *decoder) finish() {
	// Salvaging appends what the salvaged object holds to the queue.
	for i := 0; i < len(d.degenerate); i++ {
		g := d.degenerate[i]
		if d.warned[g.path] {
			continue
		}
		salvage := strings.HasPrefix(strings.TrimSpace(g.s), "@{") && !strings.Contains(g.path, ".Policies") &&
			(strings.HasSuffix(g.path, "Resources") || strings.Contains(g.path, "Allocators"))
		if salvage {
			if m := d.asObject(g.s, g.path); m != nil {
				base := d.base
				d.base = g.path
				d.prepare(map[string]any(m), true)
				d.base = base
			}
			continue
		}
		d.truncated = true
		d.warn(g.path, "depth-truncated value %q: content lost", parser.Clip(g.s))
	}
	d.degenerate = nil
}

// portGUIDs picks the VFP port names out of allocators.
type portGUIDs struct {
	endpoint    string // Tag "Endpoint Port" EndpointPortGuid
	hostVnic    string // Tag "Host Vnic" EndpointPortGuid
	external    string // ExternalNicPortGuid
	compartment *int64
	anyPort     string // EndpointPortGuid of an allocator with another tag
}

func portsOf(allocs []allocator) portGUIDs {
	var p portGUIDs
	for _, a := range allocs {
		tag := strings.ToLower(a.o.str("Tag"))
		guid := NormalizeGUID(a.o.str("EndpointPortGuid"))
		switch {
		case tag == "endpoint port" && guid != "":
			if p.endpoint == "" {
				p.endpoint = guid
			}
			if p.compartment == nil {
				p.compartment = firstInt(a.o, "CompartmendId", "CompartmentId")
			}
		case tag == "host vnic" && guid != "":
			if p.hostVnic == "" {
				p.hostVnic = guid
			}
		case guid != "" && p.anyPort == "":
			p.anyPort = guid
		}
		if ext := NormalizeGUID(a.o.str("ExternalNicPortGuid")); ext != "" && p.external == "" {
			p.external = ext
		}
	}
	return p
}
