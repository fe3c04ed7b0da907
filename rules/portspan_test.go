package rules

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFreePorts(t *testing.T) {
	dyn := portSpan{49152, 65535}
	tests := []struct {
		name     string
		excluded []portSpan
		free     []portSpan
		taken    int
		chunks   int
	}{
		{"none", nil, []portSpan{{49152, 65535}}, 0, 256},
		{"outside the range", []portSpan{{1024, 1123}}, []portSpan{{49152, 65535}}, 0, 256},
		{"clipped at both ends", []portSpan{{49000, 49251}, {65500, 65600}}, []portSpan{{49252, 65499}}, 100 + 36, 253},
		// The first range overlapping the second: the collector's estimate
		// never compares index 0 and counts the overlap twice.
		{"first two overlap", []portSpan{{49152, 49351}, {49300, 49400}}, []portSpan{{49401, 65535}}, 249, 252},
		{"nested and unsorted", []portSpan{{50100, 50199}, {50000, 50999}, {50150, 50160}}, []portSpan{{49152, 49999}, {51000, 65535}}, 1000, 13 + 227},
		{"adjacent", []portSpan{{49152, 49215}, {49216, 49279}}, []portSpan{{49280, 65535}}, 128, 254},
		{"duplicate rows", []portSpan{{60000, 60099}, {60000, 60099}}, []portSpan{{49152, 59999}, {60100, 65535}}, 100, 169 + 84},
		{"everything", []portSpan{{40000, 70000}}, nil, 16384, 0},
		{"gaps shorter than a chunk", []portSpan{{49152, 65000}, {65050, 65535}}, []portSpan{{65001, 65049}}, 16335, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			free, taken := freePorts(dyn, tt.excluded)
			if diff := cmp.Diff(tt.free, free, cmp.AllowUnexported(portSpan{})); diff != "" {
				t.Errorf("free (-want +got):\n%s", diff)
			}
			if taken != tt.taken {
				t.Errorf("excluded ports = %d, want %d", taken, tt.taken)
			}
			if got := chunks(free, 64); got != tt.chunks {
				t.Errorf("chunks = %d, want %d", got, tt.chunks)
			}
			total := taken
			for _, f := range free {
				total += f.size()
			}
			if total != dyn.size() {
				t.Errorf("free + excluded = %d, want the range size %d", total, dyn.size())
			}
		})
	}
}
