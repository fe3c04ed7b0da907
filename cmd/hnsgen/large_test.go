package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteLargeBundle(t *testing.T) {
	if testing.Short() {
		t.Skip("writes tens of megabytes")
	}
	root, err := writeLarge(t.TempDir(), 3)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(root, "vfpOutput.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dsr, hostLB := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "Friendly name : LB_DSR_"):
			dsr++
		case strings.HasPrefix(line, "Friendly name : LB_HOST_"):
			hostLB++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	// Every pod port holds one DSR rule per ClusterIP load balancer (the
	// node's own services included); the host vNIC one LB_HOST rule per
	// load balancer with a remote backend.
	if dsr < 3*largeServices || hostLB < largeServices {
		t.Errorf("LB_DSR rules %d, LB_HOST rules %d; want at least %d and %d", dsr, hostLB, 3*largeServices, largeServices)
	}
	if _, err := writeLarge(t.TempDir(), 0); err == nil {
		t.Error("scale 0 must be refused")
	}
}
