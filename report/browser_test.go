package report

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hnsscope/hnsscope/analyzer"
)

var screenshotDir = flag.String("screenshot", "", "also save browser screenshots of HTML reports to `DIR`")

// findChromium returns a Chromium or Chrome binary, or "" when none is
// installed.
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// newBrowser starts headless Chromium with a fresh profile and no
// background traffic.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	bin := findChromium()
	if bin == "" {
		t.Skip("no chromium binary on PATH: install chromium to run the browser test of the HTML report")
	}
	// The profile is removed by hand: Chromium's helpers may still write to
	// it for a moment after the browser exits, which t.TempDir reports as
	// a failure.
	profile, err := os.MkdirTemp("", "hnsscope-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
		removeProfile(profile)
	})
	return ctx
}

func removeProfile(dir string) {
	for range 20 {
		if os.RemoveAll(dir) == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// saveScreenshot writes a full-page PNG under t.TempDir and, with
// -screenshot, into that directory too.
func saveScreenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dirs := []string{t.TempDir()}
	if *screenshotDir != "" {
		dirs = append(dirs, *screenshotDir)
	}
	for _, dir := range dirs {
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

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
	ctx := newBrowser(t)
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
	saveScreenshot(t, ctx, "report-filtered.png")
}

// checkFilter types an address into the filter box and checks that rows
// without it are hidden and rows with it stay.
func checkFilter(t *testing.T, ctx context.Context) {
	t.Helper()
	const visibleRows = `Array.from(document.querySelectorAll("table.filterable tbody tr"))
		.filter(r => r.offsetParent !== null).map(r => r.innerText)`
	var before, after []string
	err := chromedp.Run(ctx,
		chromedp.Evaluate(visibleRows, &before),
		chromedp.SendKeys("#filter", "10.244.2.7", chromedp.ByID),
		chromedp.Evaluate(visibleRows, &after),
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
