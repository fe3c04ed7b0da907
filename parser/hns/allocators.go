package hns

import (
	"fmt"
	"strings"
)

// allocator is a Resources.Allocators[] item (or any object with a Tag) found
// anywhere in an object tree, with its JSON path.
type allocator struct {
	o    obj
	path string
}

// sweep walks the whole tree under o once. It collects objects with a Tag
// key — allocator placement differs between v1 (Resources.Allocators), v2
// (Health.Extra.Resources.Allocators) and detailed queries — and reports
// every depth-truncated value not reported while decoding.
func (d *decoder) sweep(o obj, path string) []allocator {
	var out []allocator
	d.walk(map[string]any(o), path, true, &out)
	return out
}

func (d *decoder) walk(v any, path string, collect bool, out *[]allocator) {
	switch t := v.(type) {
	case map[string]any:
		o := obj(t)
		if collect && o.has("Tag") {
			*out = append(*out, allocator{o: o, path: path})
		}
		for _, k := range sortedKeys(o) {
			child := t[k]
			switch child.(type) {
			case map[string]any, []any, string:
				d.walk(child, path+"."+k, collect && !strings.EqualFold(k, "Policies"), out)
			}
		}
	case []any:
		for i, e := range t {
			d.walk(e, fmt.Sprintf("%s[%d]", path, i), collect, out)
		}
	case string:
		d.degenerateString(t, path, collect, out)
	}
}

// degenerateString reports a depth-truncated string; one standing for a
// resources object or an allocator is salvaged and searched.
func (d *decoder) degenerateString(s, path string, collect bool, out *[]allocator) {
	if !isDegenerate(s) || d.warned[path] {
		return
	}
	if collect && (strings.HasSuffix(path, "Resources") || strings.Contains(path, "Allocators")) && strings.HasPrefix(s, "@{") {
		if m := d.asObject(s, path); m != nil {
			d.walk(map[string]any(m), path, collect, out)
		}
		return
	}
	d.truncated = true
	d.warn(path, "depth-truncated value %q: content lost", clip(s))
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
