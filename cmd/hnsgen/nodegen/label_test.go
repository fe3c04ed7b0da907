package nodegen

import "testing"

func TestLabelDotLeaders(t *testing.T) {
	for name, want := range map[string]string{
		"Host Name":                      "   Host Name . . . . . . . . . . . . : ",
		"IPv4 Address":                   "   IPv4 Address. . . . . . . . . . . : ",
		"Connection-specific DNS Suffix": "   Connection-specific DNS Suffix  . : ",
		"Primary Dns Suffix":             "   Primary Dns Suffix  . . . . . . . : ",
		"Autoconfiguration IPv4 Address": "   Autoconfiguration IPv4 Address. . : ",
		"Link-local IPv6 Address":        "   Link-local IPv6 Address . . . . . : ",
	} {
		if got := label(name); got != want {
			t.Errorf("label(%q) = %q, want %q", name, got, want)
		}
	}
}
