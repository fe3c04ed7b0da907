package parser

import "testing"

func TestCompactMAC(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"00-15-5D-C7-21-04", "00155dc72104", true},
		{"0E-2A-0a-f4-02-8d", "0e2a0af4028d", true},
		{"00:11:22:33:44:55", "001122334455", true},
		{"0015.5dc7.2104", "00155dc72104", true},
		{"00155DC72104", "00155dc72104", true},
		{"00-15-5D-C7-21", "", false},
		{"00-15-5D-C7-21-04-05", "", false},
		{"zz-15-5D-C7-21-04", "", false},
	}
	for _, tt := range tests {
		got, ok := CompactMAC(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CompactMAC(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if got := MACKey(" Not-A-MAC "); got != "not-a-mac" {
		t.Errorf("MACKey kept %q", got)
	}
}

func TestIsGUID(t *testing.T) {
	for s, want := range map[string]bool{
		"5E0A2B51-6B8C-4C1E-9C39-0D4C2F8B7A61":   true,
		"{5e0a2b51-6b8c-4c1e-9c39-0d4c2f8b7a61}": true,
		"5E0A2B51-6B8C-4C1E-9C39-0D4C2F8B7A6":    false,
		"5E0A2B51_6B8C-4C1E-9C39-0D4C2F8B7A61":   false,
		"Container NIC 5e0a2b51":                 false,
	} {
		if IsGUID(s) != want {
			t.Errorf("IsGUID(%q) != %v", s, want)
		}
	}
}
