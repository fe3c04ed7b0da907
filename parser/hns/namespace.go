package hns

import (
	"fmt"
	"strings"
)

// namespace decodes a v1 or v2 namespace object.
func (d *decoder) namespace(o obj, path string) Namespace {
	defer d.finish()
	ns := Namespace{Schema: schemaOf(o), ID: NormalizeGUID(o.str("ID")), Type: o.str("Type"),
		IsDefault: o.boolPtr("IsDefault")}
	ns.CompartmentID = firstInt(o, "NamespaceId", "CompartmentId")
	ns.GUID = NormalizeGUID(firstString(o, "NamespaceGuid", "CompartmentGuid"))
	key := "Resources"
	if !o.has(key) {
		key = "ResourceList"
	}
	for i, v := range d.arrayAt(o, key, path) {
		p := fmt.Sprintf("%s.%s[%d]", path, key, i)
		r := d.asObject(v, p)
		if r == nil {
			continue
		}
		data := d.objectAt(r, "Data", p)
		id := NormalizeGUID(firstString(data, "Id", "ID"))
		if id == "" {
			continue
		}
		if strings.EqualFold(r.str("Type"), "Container") {
			ns.ContainerIDs = append(ns.ContainerIDs, id)
		} else {
			ns.EndpointIDs = append(ns.EndpointIDs, id)
		}
	}
	return ns
}
