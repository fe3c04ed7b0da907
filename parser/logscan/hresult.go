package logscan

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
)

// Code is an HRESULT or Win32 error code found in a log line.
type Code struct {
	Value   uint32 `json:"value"`
	Name    string `json:"name"`
	Meaning string `json:"meaning,omitempty"`
}

// Hex writes the code as HNS documentation does: 0x803B000A.
func (c Code) Hex() string { return fmt.Sprintf("0x%X", c.Value) }

func (c Code) String() string {
	if c.Meaning == "" {
		return c.Hex() + " " + c.Name
	}
	return fmt.Sprintf("%s %s (%s)", c.Hex(), c.Name, c.Meaning)
}

type codeInfo struct{ name, meaning string }

// hnsCodes are the HNS (facility 0x3B) HRESULTs and the Win32/NT codes HNS
// errors surface as in component logs. Win32 codes are kept in their
// HRESULT form (0x8007xxxx): logs print the same error both ways.
var hnsCodes = map[uint32]codeInfo{
	0x803B0001: {"HCN_E_NETWORK_NOT_FOUND", "the network was not found"},
	0x803B0002: {"HCN_E_ENDPOINT_NOT_FOUND", "the endpoint was not found"},
	0x803B0003: {"HCN_E_LAYER_NOT_FOUND", "the network's underlying layer was not found"},
	0x803B0004: {"HCN_E_SWITCH_NOT_FOUND", "the virtual switch was not found"},
	0x803B0005: {"HCN_E_SUBNET_NOT_FOUND", "the network has no subnet for this endpoint"},
	0x803B0006: {"HCN_E_ADAPTER_NOT_FOUND", "an adapter was not found"},
	0x803B0007: {"HCN_E_PORT_NOT_FOUND", "the switch port was not found"},
	0x803B0008: {"HCN_E_POLICY_NOT_FOUND", "an expected policy was not found"},
	0x803B0009: {"HCN_E_VFP_PORTSETTING_NOT_FOUND", "a required VFP port setting was not found"},
	0x803B000A: {"HCN_E_INVALID_NETWORK", "network configuration invalid or missing parameters"},
	0x803B000B: {"HCN_E_INVALID_NETWORK_TYPE", "invalid network type"},
	0x803B000C: {"HCN_E_INVALID_ENDPOINT", "endpoint configuration invalid or missing parameters"},
	0x803B000D: {"HCN_E_INVALID_POLICY", "policy configuration invalid or missing parameters"},
	0x803B000E: {"HCN_E_INVALID_POLICY_TYPE", "invalid policy type"},
	0x803B000F: {"HCN_E_INVALID_REMOTE_ENDPOINT_OPERATION", "operation invalid for a remote endpoint"},
	0x803B0010: {"HCN_E_NETWORK_ALREADY_EXISTS", "the network already exists"},
	0x803B0011: {"HCN_E_LAYER_ALREADY_EXISTS", "the layer already exists"},
	0x803B0012: {"HCN_E_POLICY_ALREADY_EXISTS", "the policy already exists"},
	0x803B0013: {"HCN_E_PORT_ALREADY_EXISTS", "the port already exists"},
	0x803B0014: {"HCN_E_ENDPOINT_ALREADY_ATTACHED", "endpoint already attached"},
	0x803B0015: {"HCN_E_REQUEST_UNSUPPORTED", ""},
	0x803B0016: {"HCN_E_MAPPING_NOT_SUPPORTED", ""},
	0x803B0017: {"HCN_E_DEGRADED_OPERATION", ""},
	0x803B0018: {"HCN_E_SHARED_SWITCH_MODIFICATION", ""},
	0x803B0019: {"HCN_E_GUID_CONVERSION_FAILURE", ""},
	0x803B001A: {"HCN_E_REGKEY_FAILURE", ""},
	0x803B001B: {"HCN_E_INVALID_JSON", ""},
	0x803B001C: {"HCN_E_INVALID_JSON_REFERENCE", ""},
	0x803B001D: {"HCN_E_ENDPOINT_SHARING_DISABLED", ""},
	0x803B001E: {"HCN_E_INVALID_IP", "IP not valid for the network"},
	0x803B001F: {"HCN_E_SWITCH_EXTENSION_NOT_FOUND", ""},
	0x803B0020: {"HCN_E_MANAGER_STOPPED", "HNS stopping or stopped"},
	0x803B0021: {"GCN_E_MODULE_NOT_FOUND", ""},
	0x803B0022: {"GCN_E_NO_REQUEST_HANDLERS", ""},
	0x803B0023: {"GCN_E_REQUEST_UNSUPPORTED", ""},
	0x803B0024: {"GCN_E_RUNTIMEKEYS_FAILED", ""},
	0x803B0025: {"GCN_E_NETADAPTER_TIMEOUT", ""},
	0x803B0026: {"GCN_E_NETADAPTER_NOT_FOUND", ""},
	0x803B0027: {"GCN_E_NETCOMPARTMENT_NOT_FOUND", ""},
	0x803B0028: {"GCN_E_NETINTERFACE_NOT_FOUND", ""},
	0x803B0029: {"GCN_E_DEFAULTNAMESPACE_EXISTS", ""},
	0x803B002A: {"HCN_E_ICS_DISABLED", ""},
	0x803B002B: {"HCN_E_ENDPOINT_NAMESPACE_ALREADY_EXISTS", ""},
	0x803B002C: {"HCN_E_ENTITY_HAS_REFERENCES", ""},
	0x803B002D: {"HCN_E_INVALID_INTERNAL_PORT", ""},
	0x803B002E: {"HCN_E_NAMESPACE_ATTACH_FAILED", ""},
	0x803B002F: {"HCN_E_ADDR_INVALID_OR_RESERVED", "an address provided is invalid or reserved"},
	0x80004005: {"E_FAIL", "Unspecified error"},
	0x80070057: {"ERROR_INVALID_PARAMETER", "The parameter is incorrect."},
	0x80070490: {"ERROR_NOT_FOUND", "Element not found."},
	0x800700B7: {"ERROR_ALREADY_EXISTS", "Cannot create a file when that file already exists."},
	0x80071392: {"ERROR_OBJECT_ALREADY_EXISTS", "The object already exists."},
	0x40000000: {"STATUS_OBJECT_NAME_EXISTS", "{Object Exists} the object name already existed"},
}

// LookupCode names a code; ok is false for codes outside the table. Unknown
// HNS-facility codes are still named as such.
func LookupCode(v uint32) (Code, bool) {
	if info, ok := hnsCodes[v]; ok {
		return Code{Value: v, Name: info.name, Meaning: info.meaning}, true
	}
	if v&0xFFFF0000 == 0x803B0000 {
		return Code{Value: v, Name: "HNS error"}, true
	}
	return Code{}, false
}

// FindCodes returns the known codes a line mentions, as hex (0x803b0007) or
// as the decimal ErrorCode of an HNS JSON envelope, in order, each once.
func FindCodes(line []byte) []Code {
	var out []Code
	add := func(v uint64) {
		if v > 0xFFFFFFFF {
			return
		}
		if v > 0 && v <= 0xFFFF {
			v |= 0x80070000 // HRESULT_FROM_WIN32
		}
		c, ok := LookupCode(uint32(v))
		if !ok || slices.ContainsFunc(out, func(o Code) bool { return o.Value == c.Value }) {
			return
		}
		out = append(out, c)
	}
	for i := 0; i+2 < len(line); i++ {
		if line[i] != '0' || line[i+1]|0x20 != 'x' || (i > 0 && isHex(line[i-1])) {
			continue
		}
		digits := leading(line[i+2:], isHex)
		if len(digits) > 0 && len(digits) <= 8 {
			v, _ := strconv.ParseUint(string(digits), 16, 64)
			add(v)
		}
		i += 1 + len(digits)
	}
	for rest := line; ; {
		i := bytes.Index(rest, []byte("ErrorCode"))
		if i < 0 {
			break
		}
		rest = rest[i+len("ErrorCode"):]
		val := bytes.TrimLeft(rest, "\"' \t:=\\")
		if digits := leading(val, isDigit); len(digits) > 0 && len(digits) <= 10 {
			v, _ := strconv.ParseUint(string(digits), 10, 64)
			add(v)
		}
	}
	return out
}

func leading(b []byte, ok func(byte) bool) []byte {
	n := 0
	for n < len(b) && ok(b[n]) {
		n++
	}
	return b[:n]
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }
