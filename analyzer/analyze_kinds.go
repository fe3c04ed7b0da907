package analyzer

import "sort"

func sortedKinds(m map[SourceKind][]SourceFile) []SourceKind {
	kinds := make([]SourceKind, 0, len(m))
	for k := range m {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	return kinds
}
