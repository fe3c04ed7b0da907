package vfp

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Flag bits of a rule, as documented by vfpctrl help.
const (
	FlagTerminating       uint64 = 1
	FlagStateful          uint64 = 2
	FlagNonSYNOnly        uint64 = 4
	FlagTrackTCPState     uint64 = 8
	FlagSYNOnly           uint64 = 16
	FlagSkipHairpinning   uint64 = 32
	FlagOptionalCondition uint64 = 128
	FlagAudit             uint64 = 4096
)

var flagNames = []struct {
	bit  uint64
	name string
}{
	{FlagTerminating, "terminating"},
	{FlagStateful, "stateful"},
	{FlagNonSYNOnly, "non-syn-only"},
	{FlagTrackTCPState, "track-tcp-state"},
	{FlagSYNOnly, "syn-only"},
	{FlagSkipHairpinning, "skip-hairpinning"},
	{FlagOptionalCondition, "optional-condition"},
	{FlagAudit, "audit"},
}

// Flags is a "Flags : <number> <words>" value. Value is decimal for rules
// and hexadecimal (0x...) for layers; Words is the text after the number.
type Flags struct {
	Value uint64 `json:"value"`
	Words string `json:"words,omitempty"`
}

func parseFlags(s string) Flags {
	num, words, _ := strings.Cut(s, " ")
	v, err := strconv.ParseUint(num, 0, 64)
	if err != nil {
		return Flags{Words: s}
	}
	return Flags{Value: v, Words: strings.TrimSpace(words)}
}

// Has reports a flag bit, from the number or, as vfpctrl's words are the
// more reliable text, from a word naming it.
func (f Flags) Has(bit uint64) bool {
	if f.Value&bit != 0 {
		return true
	}
	if f.Words == "" {
		return false
	}
	words := strings.ToLower(f.Words)
	for _, fn := range flagNames {
		if fn.bit == bit {
			return strings.Contains(words, fn.name) ||
				strings.Contains(words, strings.ReplaceAll(fn.name, "-", " "))
		}
	}
	return false
}

// Names lists the known bits that are set.
func (f Flags) Names() []string {
	var out []string
	for _, fn := range flagNames {
		if f.Has(fn.bit) {
			out = append(out, fn.name)
		}
	}
	return out
}

// MarshalJSON adds the decoded bit names.
func (f Flags) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Value uint64   `json:"value"`
		Words string   `json:"words,omitempty"`
		Bits  []string `json:"bits,omitempty"`
	}{f.Value, f.Words, f.Names()})
}

// LayerFlags is a layer's "Flags : 0x<hex> <words>" value.
type LayerFlags struct {
	Value uint64 `json:"value"`
	Words string `json:"words,omitempty"`
}

func parseLayerFlags(s string) LayerFlags {
	return LayerFlags(parseFlags(s))
}
