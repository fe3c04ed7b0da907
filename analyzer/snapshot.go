package analyzer

// Snapshot is the correlated state of one node, built from one bundle.
type Snapshot struct {
	// Sources lists the recognised files of the bundle per logical source.
	Sources map[SourceKind][]SourceFile
}

// Has reports whether the bundle holds at least one usable file of kind.
func (s *Snapshot) Has(kind SourceKind) bool {
	for _, f := range s.Sources[kind] {
		if f.State == StatePresent || f.State == StateTruncated {
			return true
		}
	}
	return false
}
