package vfpports

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// Role is what a port is for, judged by its friendly name.
type Role string

// Port roles.
const (
	RoleExternal Role = "external"
	RoleHostVNIC Role = "host-vnic"
	RolePod      Role = "pod"
	RoleOther    Role = "other"
)

// Role classifies the port: "ExternalPort" is the physical NIC's port,
// "Container NIC xxxxxxxx" and "Host Vnic" are host vNIC ports, and a GUID
// friendly name is a pod (container) port.
func (p *Port) Role() Role { return RoleOf(p.FriendlyName) }

// RoleOf classifies a port friendly name. Names are matched loosely
// ("External Port", "Host Vnic 2") because builds and tools differ in
// spacing and suffixes.
func RoleOf(friendly string) Role {
	f := strings.ToLower(strings.TrimSpace(friendly))
	switch {
	case strings.Contains(f, "host vnic"), strings.HasPrefix(f, "container nic"):
		return RoleHostVNIC
	case strings.Contains(f, "externalport"), strings.Contains(f, "external port"):
		return RoleExternal
	case parser.IsGUID(f):
		return RolePod
	}
	return RoleOther
}

// normKey folds a label: spaces removed, lower-case.
func normKey(s string) string {
	return strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "\t", ""))
}
