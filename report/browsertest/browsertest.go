// Package browsertest starts headless Chromium for tests that check the
// HTML report as a browser renders it.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// FindChromium returns a Chromium or Chrome binary, or "" when none is
// installed.
func FindChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// New starts headless Chromium with a fresh profile and no background
// traffic, and skips the test when no browser is installed. The browser
// stops when the test ends.
func New(t *testing.T) context.Context {
	t.Helper()
	bin := FindChromium()
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

// Screenshot saves a full-page PNG named name under t.TempDir and, when
// dir is not empty, in dir too. It returns the path in dir, or in the
// temporary directory when dir is empty.
func Screenshot(t *testing.T, ctx context.Context, name, dir string) string {
	t.Helper()
	var png []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := ""
	for _, d := range []string{t.TempDir(), dir} {
		if d == "" {
			continue
		}
		path = filepath.Join(d, name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// VisibleRows is a script returning the text of the visible rows of the
// report's filterable tables.
const VisibleRows = `Array.from(document.querySelectorAll("table.filterable tbody tr"))
	.filter(r => r.offsetParent !== null).map(r => r.innerText)`
