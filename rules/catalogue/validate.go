package catalogue

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/hnsscope/hnsscope/parser/logscan"
)

var (
	issueID = regexp.MustCompile(`^KI-[A-Z0-9]+(-[A-Z0-9]+)*$`)
	kbID    = regexp.MustCompile(`^KB\d{6,7}$`)
)

// Facts the rules can evaluate on a snapshot.
const (
	FactEVTXPresent              = "evtx-present"
	FactOverlayRemoteSubnetRoute = "overlay-remote-subnet-route"
)

func knownFact(f string) bool { return f == FactEVTXPresent || f == FactOverlayRemoteSubnetRoute }

func knownSeverity(s string) bool {
	return s == "info" || s == "warning" || s == "error" || s == "critical"
}

// LevelOrder is the clean-up ladder, least destructive first.
func LevelOrder() []string { return []string{"none", "alpha", "beta", "gamma", "last-resort"} }

func (c *Catalogue) validate() error {
	if err := c.validateLevels(); err != nil {
		return err
	}
	if len(c.Issues) == 0 {
		return errors.New("no issues")
	}
	seen := map[string]bool{}
	for _, is := range c.Issues {
		if seen[is.ID] {
			return fmt.Errorf("issue %s defined twice", is.ID)
		}
		seen[is.ID] = true
		if err := is.validate(c); err != nil {
			return fmt.Errorf("issue %q: %w", is.ID, err)
		}
	}
	sigs, err := c.Signatures()
	if err != nil {
		return err
	}
	c.scanner, err = logscan.NewScanner(sigs)
	return err
}

func (c *Catalogue) validateLevels() error {
	levelOrder := LevelOrder()
	if len(c.CleanupLevels) != len(levelOrder) {
		return fmt.Errorf("want clean-up levels %s", strings.Join(levelOrder, ", "))
	}
	for i, l := range c.CleanupLevels {
		if l.ID != levelOrder[i] {
			return fmt.Errorf("clean-up level %d is %q, want %q", i, l.ID, levelOrder[i])
		}
		if l.Name == "" || len(l.Steps) == 0 {
			return fmt.Errorf("clean-up level %s needs a name and steps", l.ID)
		}
	}
	return nil
}

func (is Issue) validate(c *Catalogue) error {
	switch {
	case !issueID.MatchString(is.ID):
		return errors.New("ID must look like KI-AREA-NAME")
	case is.Title == "" || is.Cause == "" || len(is.Remediation) == 0:
		return errors.New("title, cause and remediation are required")
	case !knownSeverity(is.Severity):
		return fmt.Errorf("unknown severity %q", is.Severity)
	case len(is.References) == 0:
		return errors.New("at least one reference is required")
	}
	if _, ok := c.Level(is.Cleanup); !ok {
		return fmt.Errorf("unknown clean-up level %q", is.Cleanup)
	}
	conditions := 0
	for _, set := range []bool{is.Signature != nil, is.Build != nil, is.Fact != ""} {
		if set {
			conditions++
		}
	}
	if conditions != 1 {
		return errors.New("exactly one of signature, build and fact is required")
	}
	if is.Fact != "" && !knownFact(is.Fact) {
		return fmt.Errorf("unknown fact %q", is.Fact)
	}
	if is.Build != nil {
		return is.Build.validate()
	}
	return nil
}

func (b *BuildCondition) validate() error {
	set := 0
	for _, v := range []int{b.Max, b.Equal, b.Below} {
		if v > 0 {
			set++
		}
	}
	if set != 1 {
		return errors.New("build condition needs exactly one of max, equal, below")
	}
	for _, kb := range b.FixedBy {
		if !kbID.MatchString(kb) {
			return fmt.Errorf("hot-fix %q is not a KB number", kb)
		}
	}
	if (b.Cumulative || b.FixBuild > 0) && len(b.FixedBy) == 0 {
		return errors.New("cumulative and fixBuild need fixedBy")
	}
	if b.Fact != "" && !knownFact(b.Fact) {
		return fmt.Errorf("unknown fact %q", b.Fact)
	}
	return nil
}
