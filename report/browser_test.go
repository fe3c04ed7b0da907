package report

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/report/browsertest"
)

var screenshotDir = flag.String("screenshot", "", "also save browser screenshots of HTML reports to `DIR`")

// writeHTMLReport renders rep to a file and returns its file:// URL.
func writeHTMLReport(t *testing.T, rep *Report) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(path, render(t, FormatHTML, rep, RenderOptions{}), 0o644); err != nil {
		t.Fatal(err)
	}
	return "file://" + filepath.ToSlash(path)
}

func TestHTMLReportInBrowser(t *testing.T) {
	ctx := browsertest.New(t)
	rep := Build([]*analyzer.Result{sampleResult(), hostileResult()}, Options{Tool: testTool, FailOn: analyzer.SeverityError})
	url := writeHTMLReport(t, rep)
	var count, status string
	var rows, imgs, scripts int
	var bodyText string
	err := chromedp.Run(ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible("#filter", chromedp.ByID),
		chromedp.Text("#findings-count", &count, chromedp.ByID),
		chromedp.Evaluate(`document.querySelectorAll("table.filterable tbody tr").length`, &rows),
		chromedp.Evaluate(`document.querySelectorAll("img").length`, &imgs),
		chromedp.Evaluate(`document.querySelectorAll("script").length`, &scripts),
		chromedp.Evaluate(`document.body.innerText`, &bodyText),
	)
	if err != nil {
		t.Fatalf("load report: %v", err)
	}
	if want := "4"; count != want {
		t.Errorf("findings count shows %q, want %q", count, want)
	}
	if rows == 0 {
		t.Error("no table rows rendered")
	}
	if imgs != 0 || scripts != 1 {
		t.Errorf("page has %d <img> and %d <script> elements; bundle text became markup", imgs, scripts)
	}
	if !strings.Contains(bodyText, "<script>alert(1)</script>") {
		t.Error("hostile endpoint name is not shown as text")
	}
	checkFilter(t, ctx)
	if err := chromedp.Run(ctx, chromedp.Text("#filter-status", &status, chromedp.ByID)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(status, "match") {
		t.Errorf("filter status %q does not say how many items match", status)
	}
	browsertest.Screenshot(t, ctx, "report-filtered.png", *screenshotDir)
}

// checkFilter types an address into the filter box and checks that rows
// without it are hidden and rows with it stay.
func checkFilter(t *testing.T, ctx context.Context) {
	t.Helper()
	var before, after []string
	err := chromedp.Run(ctx,
		chromedp.Evaluate(browsertest.VisibleRows, &before),
		chromedp.SendKeys("#filter", "10.244.2.7", chromedp.ByID),
		chromedp.Evaluate(browsertest.VisibleRows, &after),
	)
	if err != nil {
		t.Fatalf("filter: %v", err)
	}
	if len(after) == 0 || len(after) >= len(before) {
		t.Fatalf("filter kept %d of %d rows visible, want some but fewer", len(after), len(before))
	}
	for _, row := range after {
		if !strings.Contains(row, "10.244.2.7") {
			t.Errorf("row without the filter text stays visible: %q", row)
		}
	}
}
