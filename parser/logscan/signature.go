// Package logscan finds known error signatures in component logs and
// exported event logs of a bundle. It streams every input in large blocks and
// looks for rare literal anchors with bytes.Index before any regular
// expression runs, so gigabytes of healthy log lines cost little more than a
// memory scan.
package logscan

import (
	"errors"
	"fmt"
	"regexp"
)

// Signature is one pattern to count in logs. A line matches when it contains
// at least one of Literals (case-sensitive) and, if Pattern is set, Pattern
// matches the line too. A signature with an Event condition matches only
// event records (JSON or CSV exports), never plain log lines.
type Signature struct {
	ID       string
	Literals []string
	Pattern  *regexp.Regexp
	Event    *EventCondition
	// DecodeCodes groups the hits by the HRESULT or Win32 code found in the
	// line (hex 0x803B0007 or the decimal "ErrorCode":2151350282 of an HNS
	// JSON error envelope), named from the HNS error table.
	DecodeCodes bool
	// Fallback signatures count only lines (or events) that no other
	// signature matched, so a generic pattern does not repeat what a
	// specific one already reports.
	Fallback bool
}

// EventCondition restricts a signature to event records.
type EventCondition struct {
	// IDs lists event IDs of which one must match; empty means any.
	IDs []int
	// Source must occur in the event's provider name or, when the export has
	// none, in the file name (e.g. "Host-Network-Service"); empty means any.
	Source string
	// MaxLevel keeps records at this level or more severe (1 critical,
	// 2 error, 3 warning); 0 means any level.
	MaxLevel int
}

// maxAnchors bounds the number of distinct literals over all signatures;
// candidate lines carry a fixed-size bit set of the anchors they hold.
const maxAnchors = 256

type anchorSet [maxAnchors / 64]uint64

func (a *anchorSet) set(i int) { a[i/64] |= 1 << (i % 64) }
func (a *anchorSet) meets(b *anchorSet) bool {
	for i := range a {
		if a[i]&b[i] != 0 {
			return true
		}
	}
	return false
}

type compiledSig struct {
	Signature
	anchors anchorSet
}

// Scanner holds a compiled set of signatures. It is safe for concurrent use.
type Scanner struct {
	sigs    []compiledSig
	anchors [][]byte
	filter  *prefilter
}

// NewScanner compiles the signatures into one scanner.
func NewScanner(sigs []Signature) (*Scanner, error) {
	sc := &Scanner{}
	index := map[string]int{}
	seen := map[string]bool{}
	for _, s := range sigs {
		if err := checkSignature(s, seen); err != nil {
			return nil, err
		}
		cs := compiledSig{Signature: s}
		for _, lit := range s.Literals {
			i, ok := index[lit]
			if !ok {
				if len(sc.anchors) == maxAnchors {
					return nil, fmt.Errorf("signature %s: more than %d distinct literals", s.ID, maxAnchors)
				}
				i = len(sc.anchors)
				index[lit] = i
				sc.anchors = append(sc.anchors, []byte(lit))
			}
			cs.anchors.set(i)
		}
		sc.sigs = append(sc.sigs, cs)
	}
	sc.filter = newPrefilter(sc.anchors)
	return sc, nil
}

func checkSignature(s Signature, seen map[string]bool) error {
	if s.ID == "" {
		return errors.New("signature without ID")
	}
	if seen[s.ID] {
		return fmt.Errorf("signature %s defined twice", s.ID)
	}
	seen[s.ID] = true
	if len(s.Literals) == 0 && s.Event == nil {
		return fmt.Errorf("signature %s: no literal to prefilter lines", s.ID)
	}
	for _, lit := range s.Literals {
		if len(lit) < minLiteral {
			return fmt.Errorf("signature %s: literal %q is shorter than %d bytes", s.ID, lit, minLiteral)
		}
	}
	return nil
}
