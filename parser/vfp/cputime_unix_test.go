//go:build unix

package vfp

import (
	"syscall"
	"time"
)

// processCPU is the user+system CPU time of this process, so that the
// benchmark can report throughput per CPU-second, which does not depend
// on other load on the machine.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
