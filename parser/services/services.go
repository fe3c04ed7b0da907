// Package services parses the service state files of a bundle:
// windowsServices.txt (a Get-Service table) and scqueryex.txt ("sc.exe
// queryex" records followed by "sc.exe qc" blocks). Both yield the same
// Service model.
package services

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// Sources a service record was read from.
const (
	SourceGetService = "get-service"
	SourceSC         = "sc"
)

// States, as Get-Service prints them; sc.exe states are mapped onto them.
const (
	StateRunning         = "Running"
	StateStopped         = "Stopped"
	StateStartPending    = "StartPending"
	StateStopPending     = "StopPending"
	StateContinuePending = "ContinuePending"
	StatePausePending    = "PausePending"
	StatePaused          = "Paused"
)

// states lists every state Get-Service prints.
var states = []string{StateRunning, StateStopped, StateStartPending, StateStopPending,
	StateContinuePending, StatePausePending, StatePaused}

// Service is what is known of one service. In sc output a service that is
// installed but absent from the queryex part is not running: its State is
// then StateStopped with StateInferred set. Installed is false when
// "sc qc" reported the service does not exist; NameInferred says the name
// of such a failure was taken from the collector's order of qc commands.
type Service struct {
	Name            string           `json:"name"`
	DisplayName     string           `json:"displayName,omitempty"`
	DisplayNameCut  bool             `json:"displayNameTruncated,omitempty"`
	State           string           `json:"state,omitempty"`
	StateInferred   bool             `json:"stateInferred,omitempty"`
	StateFlags      []string         `json:"stateFlags,omitempty"`
	Type            string           `json:"type,omitempty"`
	StartType       string           `json:"startType,omitempty"`
	DelayedStart    bool             `json:"delayedStart,omitempty"`
	PID             *int             `json:"pid,omitempty"`
	Win32ExitCode   *int             `json:"win32ExitCode,omitempty"`
	ServiceExitCode *int             `json:"serviceExitCode,omitempty"`
	BinaryPath      string           `json:"binaryPath,omitempty"`
	Dependencies    []string         `json:"dependencies,omitempty"`
	StartName       string           `json:"startName,omitempty"`
	Installed       bool             `json:"installed"`
	NameInferred    bool             `json:"nameInferred,omitempty"`
	Error           string           `json:"error,omitempty"`
	Source          string           `json:"source"`
	Pos             parser.Position  `json:"pos"`
	ConfigPos       *parser.Position `json:"configPos,omitempty"`
}

// Merge combines services read from several files by name (ignoring case):
// the first list's values win, missing ones are filled from later lists.
// Order follows first appearance.
func Merge(lists ...[]Service) []Service {
	var out []Service
	index := map[string]int{}
	for _, list := range lists {
		for _, s := range list {
			key := strings.ToLower(s.Name)
			i, seen := index[key]
			if !seen || s.Name == "" {
				index[key] = len(out)
				out = append(out, s)
				continue
			}
			fill(&out[i], s)
		}
	}
	return out
}

func fill(dst *Service, src Service) {
	if dst.DisplayName == "" || dst.DisplayNameCut && !src.DisplayNameCut && src.DisplayName != "" {
		dst.DisplayName, dst.DisplayNameCut = src.DisplayName, src.DisplayNameCut
	}
	if dst.State == "" || dst.StateInferred && !src.StateInferred && src.State != "" {
		dst.State, dst.StateInferred, dst.StateFlags = src.State, src.StateInferred, src.StateFlags
	}
	if dst.StartType == "" {
		dst.StartType, dst.DelayedStart = src.StartType, src.DelayedStart
	}
	if dst.PID == nil {
		dst.PID = src.PID
	}
	if dst.Type == "" {
		dst.Type = src.Type
	}
	if dst.BinaryPath == "" {
		dst.BinaryPath, dst.Dependencies, dst.StartName = src.BinaryPath, src.Dependencies, src.StartName
	}
	if dst.ConfigPos == nil {
		dst.ConfigPos = src.ConfigPos
	}
}
