// Package catalogue holds the known-issue knowledge base of hnsscope as data
// embedded in the binary: log and event signatures, OS build conditions and
// the clean-up levels their remediation refers to.
package catalogue

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser/logscan"
)

//go:embed known-issues.json
var knownIssuesJSON []byte

// Catalogue is the loaded and validated knowledge base.
type Catalogue struct {
	CleanupLevels []CleanupLevel `json:"cleanupLevels"`
	Issues        []Issue        `json:"issues"`

	scanner *logscan.Scanner // of the signatures, built by validate
}

// CleanupLevel is one step of the escalating host clean-up ladder.
type CleanupLevel struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Steps   []string `json:"steps"`
	Impact  string   `json:"impact,omitempty"`
	Warning string   `json:"warning,omitempty"`
}

// Issue is one known issue. Exactly one of Signature, Build and Fact says
// when it applies.
type Issue struct {
	ID          string          `json:"id"`
	Title       string          `json:"title"`
	Severity    string          `json:"severity"`
	Cause       string          `json:"cause"`
	Remediation []string        `json:"remediation"`
	Cleanup     string          `json:"cleanup"`
	References  []string        `json:"references"`
	Signature   *SignatureSpec  `json:"signature,omitempty"`
	Build       *BuildCondition `json:"build,omitempty"`
	// Fact names a condition computed from the snapshot (e.g. "evtx-present").
	Fact string `json:"fact,omitempty"`
}

// SignatureSpec matches log lines or event records.
type SignatureSpec struct {
	Literals    []string   `json:"literals,omitempty"`
	Regex       string     `json:"regex,omitempty"`
	DecodeCodes bool       `json:"decodeCodes,omitempty"`
	Fallback    bool       `json:"fallback,omitempty"`
	Event       *EventSpec `json:"event,omitempty"`
}

// EventSpec restricts a signature to event records.
type EventSpec struct {
	IDs      []int  `json:"ids,omitempty"`
	Source   string `json:"source,omitempty"`
	MaxLevel int    `json:"maxLevel,omitempty"`
}

// BuildCondition matches the OS build of winver.txt. Max: build ≤ Max;
// Equal: build = Equal; Below: build < Below. FixedBy lists hot-fixes whose
// presence suppresses the issue; FixBuild, when set, limits them to that
// build. Cumulative says the fix ships in every later cumulative update, so
// a listed KB with a higher number suppresses the issue too (Get-HotFix
// often shows only the latest update). Fact, when set, must also hold.
type BuildCondition struct {
	Max        int      `json:"max,omitempty"`
	Equal      int      `json:"equal,omitempty"`
	Below      int      `json:"below,omitempty"`
	FixedBy    []string `json:"fixedBy,omitempty"`
	FixBuild   int      `json:"fixBuild,omitempty"`
	Cumulative bool     `json:"cumulative,omitempty"`
	Fact       string   `json:"fact,omitempty"`
}

// Applies reports whether build meets the condition.
func (b BuildCondition) Applies(build int) bool {
	switch {
	case build <= 0:
		return false
	case b.Equal > 0:
		return build == b.Equal
	case b.Max > 0:
		return build <= b.Max
	case b.Below > 0:
		return build < b.Below
	}
	return false
}

// FixedIn reports whether the hot-fix IDs installed on build include a fix.
func (b BuildCondition) FixedIn(build int, installed []string) bool {
	if b.FixBuild > 0 && b.FixBuild != build {
		return false
	}
	for _, fix := range b.FixedBy {
		want := kbNumber(fix)
		for _, kb := range installed {
			got := kbNumber(kb)
			if got > 0 && (got == want || b.Cumulative && got > want) {
				return true
			}
		}
	}
	return false
}

func kbNumber(kb string) int {
	kb = strings.ToUpper(strings.TrimSpace(kb))
	n, err := strconv.Atoi(strings.TrimPrefix(kb, "KB"))
	if err != nil || !strings.HasPrefix(kb, "KB") {
		return 0
	}
	return n
}

// Load parses and validates the embedded catalogue.
func Load() (*Catalogue, error) { return Parse(knownIssuesJSON) }

// Parse reads a catalogue from JSON and validates it.
func Parse(data []byte) (*Catalogue, error) {
	var c Catalogue
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("known-issue catalogue: %w", err)
	}
	if err := c.validate(); err != nil {
		return nil, fmt.Errorf("known-issue catalogue: %w", err)
	}
	return &c, nil
}

// Level returns the clean-up level with id.
func (c *Catalogue) Level(id string) (CleanupLevel, bool) {
	for _, l := range c.CleanupLevels {
		if l.ID == id {
			return l, true
		}
	}
	return CleanupLevel{}, false
}

// Scanner returns the scanner of all log and event signatures, built when
// the catalogue was validated.
func (c *Catalogue) Scanner() *logscan.Scanner { return c.scanner }

// Signatures compiles the log and event signatures of all issues; each
// signature carries its issue's ID.
func (c *Catalogue) Signatures() ([]logscan.Signature, error) {
	var out []logscan.Signature
	for _, is := range c.Issues {
		if is.Signature == nil {
			continue
		}
		sig, err := is.Signature.compile(is.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, sig)
	}
	return out, nil
}

func (s *SignatureSpec) compile(id string) (logscan.Signature, error) {
	sig := logscan.Signature{ID: id, Literals: s.Literals, DecodeCodes: s.DecodeCodes, Fallback: s.Fallback}
	if s.Regex != "" {
		re, err := regexp.Compile(s.Regex)
		if err != nil {
			return sig, fmt.Errorf("%s: bad regex: %w", id, err)
		}
		sig.Pattern = re
	}
	if s.Event != nil {
		sig.Event = &logscan.EventCondition{IDs: s.Event.IDs, Source: s.Event.Source, MaxLevel: s.Event.MaxLevel}
	}
	return sig, nil
}
