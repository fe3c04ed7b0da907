package vfpports

import "strings"

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
	case isGUID(strings.Trim(f, "{}")):
		return RolePod
	}
	return RoleOther
}

func isGUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
				return false
			}
		}
	}
	return true
}

// NormalizeMAC turns 00-15-5D-C7-21-04 or 00:15:5d:c7:21:04 into
// 00155dc72104.
func NormalizeMAC(s string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '-' || c == ':' || c == '.':
			continue
		case c >= 'A' && c <= 'F':
			c += 'a' - 'A'
		case c >= '0' && c <= '9', c >= 'a' && c <= 'f':
		default:
			return "", false
		}
		b.WriteByte(c)
	}
	if b.Len() != 12 {
		return "", false
	}
	return b.String(), true
}

// normKey folds a label: spaces removed, lower-case.
func normKey(s string) string {
	return strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "\t", ""))
}
