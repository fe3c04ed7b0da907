package analyzer

// Inventory tells what a bundle holds: which file serves each logical
// source, in which encoding and state, which collector layout and era made
// it, what is missing and what was not recognised.
type Inventory struct {
	Bundle       string                      `json:"bundle"`
	Layout       string                      `json:"layout"`
	Era          string                      `json:"era"`
	Host         string                      `json:"host,omitempty"`
	Signals      []string                    `json:"signals,omitempty"`
	Sources      map[SourceKind][]SourceFile `json:"sources"`
	Missing      []SourceKind                `json:"missing,omitempty"`
	Unrecognised []string                    `json:"unrecognised,omitempty"`
}
