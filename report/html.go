package report

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser"
)

//go:embed assets/report.html.tmpl assets/report.css assets/report.js
var assets embed.FS

// WriteHTML writes the report as one self-contained HTML page: styles and
// the filter script are inline, nothing is loaded from elsewhere. All
// bundle text goes through html/template's contextual escaping.
func WriteHTML(w io.Writer, rep *Report) error {
	tmpl, err := template.New("report.html.tmpl").Funcs(template.FuncMap{
		"upper":     strings.ToUpper,
		"longToken": longToken,
	}).ParseFS(assets, "assets/report.html.tmpl")
	if err != nil {
		return fmt.Errorf("parse HTML template: %w", err)
	}
	page, err := htmlPageOf(rep)
	if err != nil {
		return err
	}
	if err := tmpl.Execute(w, page); err != nil {
		return fmt.Errorf("write HTML report: %w", err)
	}
	return nil
}

type htmlPage struct {
	Tool     Tool
	Gate     string
	FailOn   string
	Counts   SeverityCounts
	Rules    RuleCounts
	Baseline *BaselineSummary
	Bundles  []htmlBundle
	// CSS and JS are the page's own embedded assets, never bundle data.
	CSS template.CSS
	JS  template.JS
}

type htmlBundle struct {
	Anchor       string
	Name         string
	Facts        []fact
	Counts       SeverityCounts
	Rules        RuleCounts
	Cluster      []clusterParam
	Groups       []htmlGroup
	RuleRows     []analyzer.RuleResult
	Problems     []parser.Problem
	Sources      []analyzer.SourceFile
	Missing      []analyzer.SourceKind
	Unrecognised []string
	Tables       []Table
	Trees        []Tree
}

type htmlGroup struct {
	ruleGroup
	Class string
}

func htmlPageOf(rep *Report) (htmlPage, error) {
	css, err := assets.ReadFile("assets/report.css")
	if err != nil {
		return htmlPage{}, fmt.Errorf("read HTML assets: %w", err)
	}
	js, err := assets.ReadFile("assets/report.js")
	if err != nil {
		return htmlPage{}, fmt.Errorf("read HTML assets: %w", err)
	}
	sc, rc := rep.Totals()
	page := htmlPage{
		Tool: rep.Tool, Gate: rep.gateName(), FailOn: failOnName(rep.FailOn),
		Counts: sc, Rules: rc, Baseline: rep.Baseline,
		CSS: template.CSS(css), JS: template.JS(js),
	}
	for i, b := range rep.Bundles {
		page.Bundles = append(page.Bundles, htmlBundleOf(rep, b, i))
	}
	return page, nil
}

func htmlBundleOf(rep *Report, b Bundle, i int) htmlBundle {
	res := b.Result
	fs := rep.Reported(b)
	hb := htmlBundle{
		Anchor:   fmt.Sprintf("bundle-%d", i+1),
		Name:     res.Bundle,
		Facts:    htmlFacts(res),
		Counts:   CountSeverities(fs),
		Rules:    CountRules(res.Rules),
		Cluster:  clusterParams(res.Cluster),
		RuleRows: sortedRules(res.Rules),
		Problems: sortedProblems(res),
		Sources:  inventorySources(res.Inventory),
		Tables:   snapshotTables(res.Snapshot),
		Trees:    snapshotTrees(res.Snapshot),
	}
	if inv := res.Inventory; inv != nil {
		hb.Missing, hb.Unrecognised = inv.Missing, inv.Unrecognised
	}
	for _, g := range groupByRule(res, fs) {
		hb.Groups = append(hb.Groups, htmlGroup{ruleGroup: g, Class: severityName(g.Severity)})
	}
	return hb
}

func htmlFacts(res *analyzer.Result) []fact {
	facts := nodeFacts(res)
	for i := range facts {
		if facts[i].Value == "" {
			facts[i].Value = "unknown"
		}
	}
	return facts
}

// longToken reports a cell holding a word too long for its column (IDs,
// generated names), which may then wrap anywhere; short values such as
// addresses keep their lines whole.
func longToken(s string) bool {
	for _, w := range strings.Fields(s) {
		if len(w) > 24 {
			return true
		}
	}
	return false
}
