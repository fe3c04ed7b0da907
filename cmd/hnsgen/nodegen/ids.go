package nodegen

import (
	"crypto/sha1"
	"encoding/binary"
	"fmt"
	"net/netip"
	"strings"
)

// GUID returns a stable upper-case GUID derived from the given names, so that
// regenerating a scenario yields identical bytes.
func GUID(parts ...string) string {
	h := sha1.Sum([]byte(strings.Join(parts, "\x00")))
	h[6] = h[6]&0x0f | 0x40
	h[8] = h[8]&0x3f | 0x80
	return strings.ToUpper(fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16]))
}

// Hex returns n stable lower-case hex characters derived from the names.
func Hex(n int, parts ...string) string {
	var s string
	for i := 0; len(s) < n; i++ {
		h := sha1.Sum([]byte(strings.Join(append(parts, fmt.Sprint(i)), "\x00")))
		s += fmt.Sprintf("%x", h)
	}
	return s[:n]
}

// Num returns a stable number in [0, n) derived from the names.
func Num(n int, parts ...string) int {
	h := sha1.Sum([]byte(strings.Join(parts, "\x00")))
	return int(binary.BigEndian.Uint32(h[:4]) % uint32(n))
}

// IPMAC is the MAC flannel / kube-proxy derive from an IPv4 address:
// prefix + the four address bytes in lower-case hex ("0E-2A-0a-f4-01-05").
func IPMAC(prefix string, ip netip.Addr) string {
	b := ip.As4()
	return fmt.Sprintf("%s-%02x-%02x-%02x-%02x", prefix, b[0], b[1], b[2], b[3])
}

// PoolMAC is an HNS MAC-pool address 00-15-5D-xx-xx-xx.
func PoolMAC(parts ...string) string {
	return "00-15-5D-" + macTail(parts...)
}

// macTail is the last three bytes of a MAC, "XX-XX-XX", derived from the
// names; a vendor prefix goes before it.
func macTail(parts ...string) string {
	h := strings.ToUpper(Hex(6, parts...))
	return h[0:2] + "-" + h[2:4] + "-" + h[4:6]
}

// ColonMAC converts a dashed MAC to Go's net.HardwareAddr form (lower-case, colons).
func ColonMAC(mac string) string {
	return strings.ToLower(strings.ReplaceAll(mac, "-", ":"))
}

// Nth returns the n-th address of a prefix (n = 0 is the network address).
func Nth(p netip.Prefix, n int) netip.Addr {
	a := p.Masked().Addr().As4()
	v := binary.BigEndian.Uint32(a[:]) + uint32(n)
	binary.BigEndian.PutUint32(a[:], v)
	return netip.AddrFrom4(a)
}

// Last returns the broadcast address of a prefix.
func Last(p netip.Prefix) netip.Addr {
	return Nth(p, 1<<(32-p.Bits())-1)
}

// Mask renders a prefix length as a dotted netmask.
func Mask(bits int) string {
	m := ^uint32(0) << (32 - bits)
	if bits == 0 {
		m = 0
	}
	return fmt.Sprintf("%d.%d.%d.%d", m>>24, m>>16&0xff, m>>8&0xff, m&0xff)
}

// Range renders a prefix as a VFP address range "first-last".
func Range(p netip.Prefix) string {
	return p.Masked().Addr().String() + "-" + Last(p).String()
}

func parsePrefix(s string) (netip.Prefix, error) {
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return p, fmt.Errorf("parse prefix %q: %w", s, err)
	}
	return p, nil
}
