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

// RoleOf classifies a port friendly name.
func RoleOf(friendly string) Role {
	f := strings.TrimSpace(friendly)
	switch {
	case strings.EqualFold(f, "ExternalPort"):
		return RoleExternal
	case strings.HasPrefix(strings.ToLower(f), "container nic"), strings.EqualFold(f, "Host Vnic"):
		return RoleHostVNIC
	case parser.IsGUID(f):
		return RolePod
	}
	return RoleOther
}

// normKey folds a label: spaces removed, lower-case.
func normKey(s string) string {
	return strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "\t", ""))
}
