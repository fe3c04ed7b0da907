package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer/bundle"
	"github.com/spf13/cobra"
)

// sizeUnits are the suffixes a size flag accepts: binary (KiB, MiB, GiB,
// TiB, and the short K, M, G, T) and decimal (KB, MB, GB, TB).
var sizeUnits = []struct {
	suffix string
	factor float64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"t", 1 << 40},
	{"b", 1},
}

// parseSize reads "4GiB", "512MiB", "1.5G", "2000000" (bytes).
func parseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	factor := 1.0
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, factor = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.factor
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v <= 0 || v*factor > 1<<62 {
		return 0, fmt.Errorf("invalid size %q (want a positive number with an optional unit: 4GiB, 512MiB, 100MB)", s)
	}
	return int64(v * factor), nil
}

// sizeValue is a pflag.Value holding a byte count.
type sizeValue struct{ n *int64 }

// String writes the size exactly, in the largest binary unit that divides
// it, so that it parses back to the same value.
func (v sizeValue) String() string {
	if v.n == nil {
		return ""
	}
	return formatSize(*v.n)
}

func formatSize(n int64) string {
	for _, u := range []struct {
		name string
		size int64
	}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d%s", n/u.size, u.name)
		}
	}
	return strconv.FormatInt(n, 10)
}

func (v sizeValue) Set(s string) error {
	n, err := parseSize(s)
	if err != nil {
		return err
	}
	*v.n = n
	return nil
}

func (sizeValue) Type() string { return "size" }

// addLimitFlags puts the bundle limits on cmd as persistent flags.
func addLimitFlags(cmd *cobra.Command, lim *bundle.Limits) {
	*lim = bundle.DefaultLimits()
	fl := cmd.PersistentFlags()
	fl.Var(sizeValue{&lim.MaxFileSize}, "max-file-size", "largest uncompressed `SIZE` of one bundle file (4GiB, 512MiB, ...)")
	fl.Var(sizeValue{&lim.MaxTotalSize}, "max-total-size", "largest uncompressed `SIZE` of a whole bundle")
	fl.IntVar(&lim.MaxEntries, "max-entries", lim.MaxEntries, "most `ENTRIES` an archive may hold, nested archives included")
}

// checkLimits rejects limits no bundle could meet; the sizes were
// checked when their flags were set.
func checkLimits(lim bundle.Limits) error {
	if lim.MaxEntries <= 0 {
		return errors.New("--max-entries must be positive")
	}
	return nil
}
