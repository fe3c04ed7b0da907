package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestTimingsFlag(t *testing.T) {
	healthy, broken := bundlePath(t, "l2bridge-v2-healthy"), bundlePath(t, "l2bridge-duplicate-ip")
	line := regexp.MustCompile(`^timing (.+): parse [0-9.]+[µnm]?s, correlate [0-9.]+[µnm]?s, rules [0-9.]+[µnm]?s \([0-9.]+ %\), evidence [0-9.]+[µnm]?s; slowest HNS-[A-Z0-9-]+ [0-9.]+[µnm]?s, `)

	run := runCLI(t, "--timings", "-q", healthy, broken)
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(run.stderr), "\n") {
		if strings.HasPrefix(l, "timing ") {
			got = append(got, l)
		}
	}
	if len(got) != 2 {
		t.Fatalf("want one timing line per bundle, got %d in stderr:\n%s", len(got), run.stderr)
	}
	for i, want := range []string{healthy, broken} {
		m := line.FindStringSubmatch(got[i])
		if m == nil || m[1] != want {
			t.Errorf("timing line %d = %q, want the stages of %s", i, got[i], want)
		}
	}
	if strings.Contains(run.stdout, "timing ") {
		t.Error("timings went to stdout; reports written there must stay machine-readable")
	}

	if quiet := runCLI(t, "-q", healthy); strings.Contains(quiet.stderr, "timing ") {
		t.Errorf("timings printed without --timings:\n%s", quiet.stderr)
	}
}
