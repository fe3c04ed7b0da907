package ipconfig

import (
	"net/netip"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext"
)

// splitAttribute splits "   Label . . . : value" at the colon that ends
// the dot leaders: the first colon followed by a blank (or the line end)
// and preceded by a dot or a blank; failing that, the first colon followed
// by a blank. Labels may hold a colon themselves ("Vínculo: dirección IPv6
// local"). A line without label text continues the previous label.
func splitAttribute(text string) (label, value string, ok bool) {
	cut := -1
	for i := 1; i < len(text); i++ {
		if text[i] != ':' || (i+1 < len(text) && text[i+1] != ' ') {
			continue
		}
		if text[i-1] == '.' || text[i-1] == ' ' {
			cut = i
			break
		}
		if cut < 0 {
			cut = i
		}
	}
	if cut < 0 {
		return "", strings.TrimSpace(text), false
	}
	label = strings.Trim(text[:cut], " .\t")
	if label == "" {
		return "", strings.TrimSpace(text[cut+1:]), false
	}
	return text[:cut], strings.TrimSpace(text[cut+1:]), true
}

func (st *state) attribute(l pstext.Line) {
	label, value, ok := splitAttribute(l.Text)
	if !ok {
		if st.lastKey != "" && value != "" {
			st.apply(l, st.lastKey, value)
		} else if value != "" {
			st.ps.Add(l.Num, parser.LevelInfo, "line without label ignored: %q", value)
		}
		return
	}
	key, known := labels[normLabel(label)]
	if !known {
		key = st.infer(l, normLabel(label), value)
	}
	st.lastKey = key
	if key != "" {
		st.apply(l, key, value)
	}
}

// infer reads an unrecognised label by the shape of its value, only where
// the shape is unambiguous, and always reports the label.
func (st *state) infer(l pstext.Line, label, value string) string {
	key := ""
	ip, state, zone := splitAddress(value)
	switch {
	case ip.IsValid() && state != "" && ip.Is4():
		key = keyIPv4
	case ip.Is6() && (zone != "" || ip.IsLinkLocalUnicast()):
		key = keyLinkLocalIPv6
	case ip.IsValid() && state != "":
		key = keyIPv6
	case isMask(ip) && ip.As4()[0] == 255 && st.adapter != nil && st.lastIPv4WithoutPrefix() != nil:
		key = keySubnetMask
	}
	if _, isMAC := pstext.NormalizeMAC(value); isMAC && key == "" {
		key = keyPhysical
	}
	if st.adapter != nil {
		st.adapter.UnrecognisedLabels = append(st.adapter.UnrecognisedLabels, label)
	}
	if key != "" {
		st.ps.Add(l.Num, parser.LevelWarning, "unrecognised label %q read as %s by the shape of its value", label, key)
	} else {
		st.ps.Add(l.Num, parser.LevelWarning, "unrecognised label %q ignored", label)
	}
	return key
}

func (st *state) apply(l pstext.Line, key, value string) {
	if st.adapter == nil {
		st.applyHost(l, key, value)
		return
	}
	a := st.adapter
	switch key {
	case keyDescription:
		a.Description, st.allOnly = value, true
	case keyPhysical:
		st.allOnly = true
		if mac, ok := pstext.NormalizeMAC(value); ok {
			a.MAC = mac
		} else if value != "" {
			st.ps.Add(l.Num, parser.LevelWarning, "physical address %q is not a MAC address", value)
		}
	case keyConnDNSSuffix:
		a.DNSSuffix = value
	case keyDHCPEnabled:
		a.DHCPEnabled = boolWord(value)
	case keyAutoconfEnabled:
		a.AutoconfigEnabled = boolWord(value)
	case keyIPv4, keyAutoconfIPv4, keyIPv6, keyTempIPv6, keyLinkLocalIPv6:
		st.addAddress(l, key, value)
	case keySubnetMask:
		st.setMask(l, value)
	case keyDefaultGateway:
		a.Gateways = st.appendAddr(l, a.Gateways, value)
	case keyDNSServers:
		a.DNSServers = st.appendAddr(l, a.DNSServers, value)
	case keyDHCPServer:
		if ip, err := netip.ParseAddr(value); err == nil {
			a.DHCPServer = ip
		}
	case keyDNSSearchList:
		if value != "" {
			a.DNSSuffixSearch = append(a.DNSSuffixSearch, value)
		}
	case keyNetBIOS:
		a.NetBIOS = value
	case keyMediaState:
		// ipconfig prints the media state only for disconnected media.
		a.MediaState, a.MediaDisconnected = value, true
	case keyHostName, keyPrimaryDNS, keyNodeType, keyIPRouting, keyWINSProxy:
		st.ps.Add(l.Num, parser.LevelWarning, "host attribute inside adapter %q", a.Name)
	}
}

func (st *state) applyHost(l pstext.Line, key, value string) {
	comp := st.compartment(l.Num)
	if comp.Host == nil {
		comp.Host = &Host{Pos: parser.Position{File: st.file, Line: l.Num}}
	}
	h := comp.Host
	st.allOnly = true
	switch key {
	case keyHostName:
		h.HostName = value
	case keyPrimaryDNS:
		h.PrimaryDNSSuffix = value
	case keyNodeType:
		h.NodeType = value
	case keyIPRouting:
		h.IPRoutingEnabled = boolWord(value)
	case keyWINSProxy:
		h.WINSProxyEnabled = boolWord(value)
	case keyDNSSearchList:
		if value != "" {
			h.DNSSuffixSearchList = append(h.DNSSuffixSearchList, value)
		}
	case keyIgnored:
	default:
		st.ps.Add(l.Num, parser.LevelWarning, "adapter attribute %s before any adapter header", key)
	}
}
