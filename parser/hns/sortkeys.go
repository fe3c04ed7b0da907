package hns

import "sort"

// sortedKeys gives map keys in a fixed order so that walks, and therefore
// warnings, are deterministic.
func sortedKeys(o obj) []string {
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
