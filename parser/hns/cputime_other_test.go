//go:build !unix

package hns

import "time"

func processCPU() (time.Duration, bool) { return 0, false }
