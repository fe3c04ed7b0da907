package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/analyzer"
)

// Bundle text must never become markup, script or terminal control codes.
func TestHostileContentIsEscaped(t *testing.T) {
	rep := Build([]*analyzer.Result{hostileResult()}, Options{Tool: testTool, FailOn: analyzer.SeverityError})
	tests := []struct {
		format    Format
		forbidden []string
	}{
		{FormatHTML, []string{"<script>alert", "<img", "onerror=alert(2)>"}},
		{FormatMarkdown, []string{"\x1b"}},
		{FormatText, []string{"\x1b"}},
		{FormatJUnit, []string{"<script>", "<img", "\x1b"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			out := string(render(t, tt.format, rep, RenderOptions{Verbose: true}))
			for _, bad := range tt.forbidden {
				if strings.Contains(out, bad) {
					t.Errorf("%s output contains %q", tt.format, bad)
				}
			}
			if !strings.Contains(out, "alert(1)") {
				t.Errorf("%s output lost the hostile text instead of escaping it", tt.format)
			}
		})
	}
}

// In Markdown, code spans and fences show text literally; everywhere else
// markup must be escaped.
func TestHostileMarkdownOutsideCode(t *testing.T) {
	rep := Build([]*analyzer.Result{hostileResult()}, Options{Tool: testTool})
	out := string(render(t, FormatMarkdown, rep, RenderOptions{Verbose: true}))
	prose := regexp.MustCompile("(?s)```.*?```|`[^`]*`").ReplaceAllString(out, "")
	for _, bad := range []string{"<script>", "<img"} {
		if strings.Contains(prose, bad) {
			t.Errorf("markdown prose contains %q:\n%s", bad, prose)
		}
	}
	if !strings.Contains(prose, `\<script\>`) {
		t.Errorf("markdown prose lost the escaped text:\n%s", prose)
	}
}

func TestHTMLHasOnlyItsOwnScript(t *testing.T) {
	rep := Build([]*analyzer.Result{hostileResult(), sampleResult()}, Options{Tool: testTool})
	out := strings.ToLower(string(render(t, FormatHTML, rep, RenderOptions{})))
	if n := strings.Count(out, "<script"); n != 1 {
		t.Errorf("HTML has %d <script> tags, want exactly the report's own", n)
	}
	for _, external := range []string{"src=\"http", "href=\"http", "@import", "url(http", "<link"} {
		if strings.Contains(out, external) {
			t.Errorf("HTML loads something from elsewhere: %q", external)
		}
	}
}

func TestTextColorOnlyWhenAsked(t *testing.T) {
	rep := Build([]*analyzer.Result{sampleResult()}, Options{Tool: testTool})
	if plain := string(render(t, FormatText, rep, RenderOptions{})); strings.Contains(plain, "\x1b[") {
		t.Error("text without colour has escape codes")
	}
	if colored := string(render(t, FormatText, rep, RenderOptions{Color: true})); !strings.Contains(colored, "\x1b[1;37;41mCRITICAL") {
		t.Error("coloured text does not mark the critical finding")
	}
}
