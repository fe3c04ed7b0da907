package main

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is written by the progress timer and read by the test.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestProgressOnlyForSlowBundles(t *testing.T) {
	var fast lockedBuffer
	p := startProgress(&fast, "fast.zip", time.Hour)
	p.stage("parse")
	p.done()
	if fast.String() != "" {
		t.Errorf("fast bundle printed progress %q", fast.String())
	}

	var slow lockedBuffer
	p = startProgress(&slow, "slow.zip", time.Millisecond)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(slow.String(), "analyzing slow.zip") && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	p.stage("rules")
	p.done()
	out := slow.String()
	for _, want := range []string{"analyzing slow.zip", "slow.zip: rules", "analyzed slow.zip in"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress output %q lacks %q", out, want)
		}
	}
}

func TestIsTerminal(t *testing.T) {
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a regular file is not a terminal")
	}
}
