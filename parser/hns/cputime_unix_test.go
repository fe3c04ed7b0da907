//go:build unix

package hns

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time used by the process so far, so benchmarks
// can report throughput per CPU second next to the wall-clock figure, which
// a loaded machine distorts.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
