package main

import (
	"flag"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/hnsscope/hnsscope/report/browsertest"
)

var screenshotDir = flag.String("screenshot", "", "also save browser screenshots of HTML reports to `DIR`")

// The HTML report of a broken bundle and of a bundle whose names carry
// markup must render that markup as text, show the findings and filter
// its tables.
func TestAnalyzeHTMLInBrowser(t *testing.T) {
	ctx := browsertest.New(t)
	dir := t.TempDir()
	html, js := filepath.Join(dir, "report.html"), filepath.Join(dir, "report.json")
	r := runCLI(t, "--format", "html="+html, "--format", "json="+js, "--fail-on", "never",
		bundlePath(t, "l2bridge-duplicate-ip"), bundlePath(t, "script-in-names"))
	if r.code != 0 {
		t.Fatalf("exit %d: %v", r.code, r.err)
	}
	var count, body string
	var rows, imgs, scripts int
	var before, after []string
	err := chromedp.Run(ctx,
		chromedp.Navigate("file://"+filepath.ToSlash(html)),
		chromedp.WaitVisible("#filter", chromedp.ByID),
		chromedp.Text("#findings-count", &count, chromedp.ByID),
		chromedp.Evaluate(`document.querySelectorAll("table.filterable tbody tr").length`, &rows),
		chromedp.Evaluate(`document.querySelectorAll("img").length`, &imgs),
		chromedp.Evaluate(`document.querySelectorAll("script").length`, &scripts),
		chromedp.Evaluate(`document.body.innerText`, &body),
		chromedp.Evaluate(browsertest.VisibleRows, &before),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	browsertest.Screenshot(t, ctx, "duplicate-ip-and-script-in-names.png", *screenshotDir)
	err = chromedp.Run(ctx,
		chromedp.SendKeys("#filter", "10.244.1.5", chromedp.ByID),
		chromedp.Evaluate(browsertest.VisibleRows, &after),
	)
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	if n, err := strconv.Atoi(count); err != nil || n == 0 {
		t.Errorf("findings count shows %q, want a positive number", count)
	}
	if rows == 0 {
		t.Error("no table rows rendered")
	}
	if imgs != 0 || scripts != 1 {
		t.Errorf("page has %d <img> and %d <script> elements: bundle text became markup", imgs, scripts)
	}
	if !strings.Contains(body, "<script>alert(1)</script>") {
		t.Error("hostile endpoint name is not shown as text")
	}
	if len(after) == 0 || len(after) >= len(before) {
		t.Errorf("filter kept %d of %d rows, want some but fewer", len(after), len(before))
	}
	for _, row := range after {
		if !strings.Contains(strings.ToLower(row), "10.244.1.5") {
			t.Errorf("row without the filter text stays visible: %q", row)
		}
	}
	browsertest.Screenshot(t, ctx, "duplicate-ip-and-script-in-names-filtered.png", *screenshotDir)
}
