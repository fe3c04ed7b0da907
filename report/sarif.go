package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
)

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool            `json:"tool"`
	AutomationDetails  sarifAutomation      `json:"automationDetails"`
	OriginalURIBaseIDs map[string]sarifBase `json:"originalUriBaseIds"`
	Results            []sarifResult        `json:"results"`
}

type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name    string      `json:"name"`
	Version string      `json:"version,omitempty"`
	Rules   []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name,omitempty"`
	ShortDescription     sarifText         `json:"shortDescription"`
	FullDescription      *sarifText        `json:"fullDescription,omitempty"`
	Help                 *sarifText        `json:"help,omitempty"`
	HelpURI              string            `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
	Properties           map[string]string `json:"properties,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	BaselineState       string            `json:"baselineState,omitempty"`
}

type sarifLocation struct {
	Physical sarifPhysical     `json:"physicalLocation"`
	Logical  []sarifLogicalLoc `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	Artifact sarifArtifactLoc `json:"artifactLocation"`
	Region   *sarifRegion     `json:"region,omitempty"`
}

// sarifBase says where the BUNDLE base points: SARIF wants an absolute
// URI there, so a relative bundle path is given as a description only.
type sarifBase struct {
	URI         string     `json:"uri,omitempty"`
	Description *sarifText `json:"description,omitempty"`
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine int        `json:"startLine"`
	EndLine   int        `json:"endLine,omitempty"`
	Snippet   *sarifText `json:"snippet,omitempty"`
}

type sarifLogicalLoc struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
}

// WriteSARIF writes a SARIF 2.1.0 log with one run per bundle. Locations
// are bundle files relative to the BUNDLE base, which names the bundle.
func WriteSARIF(w io.Writer, rep *Report) error {
	log := sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{}}
	for _, b := range rep.Bundles {
		log.Runs = append(log.Runs, sarifRunOf(rep, b))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		return fmt.Errorf("write SARIF report: %w", err)
	}
	return nil
}

func sarifRunOf(rep *Report, b Bundle) sarifRun {
	run := sarifRun{
		Tool:               sarifTool{Driver: sarifDriver{Name: rep.Tool.Name, Version: rep.Tool.Version, Rules: []sarifRule{}}},
		AutomationDetails:  sarifAutomation{ID: rep.Tool.Name + "/" + b.Result.Bundle + "/"},
		OriginalURIBaseIDs: map[string]sarifBase{"BUNDLE": bundleBase(b.Result.Bundle)},
		Results:            []sarifResult{},
	}
	baseIDs := map[string]string{"": "BUNDLE", b.Result.Bundle: "BUNDLE"}
	baseOf := func(bundle string) string {
		id, ok := baseIDs[bundle]
		if !ok {
			id = fmt.Sprintf("BUNDLE%d", len(run.OriginalURIBaseIDs)+1)
			baseIDs[bundle] = id
			run.OriginalURIBaseIDs[id] = bundleBase(bundle)
		}
		return id
	}
	index := map[string]int{}
	for _, rr := range sortedRules(b.Result.Rules) {
		index[rr.Rule.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(rr.Rule))
	}
	for _, f := range b.Findings {
		i, ok := index[f.Rule]
		if !ok {
			i = len(run.Tool.Driver.Rules)
			index[f.Rule] = i
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(analyzer.RuleMeta{ID: f.Rule, Title: f.Rule, Severity: f.Severity}))
		}
		run.Results = append(run.Results, sarifResultOf(f, i, baseOf))
	}
	return run
}

func sarifRuleOf(m analyzer.RuleMeta) sarifRule {
	r := sarifRule{
		ID:                   m.ID,
		Name:                 m.Title,
		ShortDescription:     sarifText{Text: firstNonEmpty(m.Title, m.ID)},
		DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(m.Severity)},
		Properties:           map[string]string{"severity": severityName(m.Severity)},
	}
	if m.Family != "" {
		r.Properties["family"] = m.Family
	}
	if m.Breaks != "" {
		r.FullDescription = &sarifText{Text: m.Breaks}
	}
	if len(m.Remediation) > 0 {
		r.Help = &sarifText{Text: strings.Join(m.Remediation, "\n")}
	}
	if len(m.References) > 0 {
		r.HelpURI = m.References[0]
	}
	return r
}

// sarifResultOf builds one result; baseOf names the URI base of an
// evidence's bundle, so cross-node evidence points into the other bundle.
func sarifResultOf(f Finding, ruleIndex int, baseOf func(bundle string) string) sarifResult {
	r := sarifResult{
		RuleID:              f.Rule,
		RuleIndex:           ruleIndex,
		Level:               sarifLevel(f.Severity),
		Message:             sarifText{Text: f.Message},
		PartialFingerprints: map[string]string{"hnsscope/v1": f.Fingerprint},
	}
	switch f.State {
	case StateNew:
		r.BaselineState = "new"
	case StateKnown:
		r.BaselineState = "unchanged"
	}
	for _, e := range f.Evidence {
		if e.File == "" {
			continue
		}
		loc := sarifLocation{Physical: sarifPhysical{Artifact: sarifArtifactLoc{URI: fileURI(e.File), URIBaseID: baseOf(e.Bundle)}}}
		if e.Line > 0 {
			loc.Physical.Region = &sarifRegion{StartLine: e.Line, EndLine: e.EndLine}
			if e.Excerpt != "" {
				loc.Physical.Region.Snippet = &sarifText{Text: e.Excerpt}
			}
		}
		if e.Object != "" {
			loc.Logical = []sarifLogicalLoc{{FullyQualifiedName: e.Object}}
		}
		r.Locations = append(r.Locations, loc)
	}
	return r
}

func sarifLevel(s analyzer.Severity) string {
	switch {
	case s >= analyzer.SeverityError:
		return "error"
	case s == analyzer.SeverityWarning:
		return "warning"
	}
	return "note"
}

func bundleBase(bundle string) sarifBase {
	base := sarifBase{Description: &sarifText{Text: "bundle " + bundle}}
	if filepath.IsAbs(bundle) {
		u := url.URL{Scheme: "file", Path: filepath.ToSlash(bundle) + "/"}
		if !strings.HasPrefix(u.Path, "/") {
			u.Path = "/" + u.Path // a Windows drive path
		}
		base.URI = u.String()
	}
	return base
}

// fileURI turns a bundle path (possibly with backslashes) into a relative
// URI reference with its characters escaped.
func fileURI(p string) string {
	u := url.URL{Path: strings.ReplaceAll(p, `\`, "/")}
	return u.EscapedPath()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
