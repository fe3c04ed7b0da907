package logscan

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Event is one record of an exported Windows event log (Get-WinEvent piped
// to ConvertTo-Json or Export-Csv).
type Event struct {
	ID       int
	Provider string
	// Level is 1 critical, 2 error, 3 warning, 4 information; 0 unknown.
	Level   int
	Time    Stamp
	Message string
	// Line or JSONPath locate the record in its file.
	Line     int
	JSONPath string
}

// eventScan applies the signatures to event records of one file.
type eventScan struct {
	sc   *Scanner
	file string
	hits collector
	n    int
}

func (es *eventScan) add(ev Event) {
	es.n++
	msg := []byte(strings.Join(strings.Fields(ev.Message), " "))
	matched := false
	for _, fallback := range []bool{false, true} {
		if fallback && matched {
			return
		}
		for i := range es.sc.sigs {
			s := &es.sc.sigs[i]
			if s.Fallback == fallback && es.matches(s, ev, msg) {
				es.record(i, ev, msg)
				matched = true
			}
		}
	}
}

func (es *eventScan) matches(s *compiledSig, ev Event, msg []byte) bool {
	switch {
	case s.Event != nil && !es.eventMatches(s.Event, ev):
		return false
	case len(s.Literals) > 0 && !containsAny(msg, s.Literals):
		return false
	}
	return s.Pattern == nil || s.Pattern.Match(msg)
}

func (es *eventScan) eventMatches(c *EventCondition, ev Event) bool {
	if len(c.IDs) > 0 && !slices.Contains(c.IDs, ev.ID) {
		return false
	}
	if c.MaxLevel > 0 && (ev.Level == 0 || ev.Level > c.MaxLevel) {
		return false
	}
	if c.Source != "" {
		where := ev.Provider
		if where == "" {
			where = es.file
		}
		if !strings.Contains(strings.ToLower(where), strings.ToLower(c.Source)) {
			return false
		}
	}
	return true
}

func (es *eventScan) record(sig int, ev Event, msg []byte) {
	s := &es.sc.sigs[sig]
	text := []byte("Event " + strconv.Itoa(ev.ID))
	if ev.Provider != "" {
		text = append(text, " ("+ev.Provider+")"...)
	}
	if ev.Time.Raw != "" {
		text = append(text, " at "+ev.Time.Raw...)
	}
	text = append(append(text, ": "...), msg...)
	at := len(text) - len(msg) + matchAt(s, msg)
	codes := []Code(nil)
	if s.DecodeCodes {
		codes = FindCodes(msg)
	}
	if len(codes) == 0 {
		es.hits.addEvent(hitKey{sig: sig}, s.ID, nil, ev, text, at)
	}
	for _, c := range codes {
		code := c
		es.hits.addEvent(hitKey{sig: sig, code: c.Value}, s.ID, &code, ev, text, at)
	}
}

func (c *collector) addEvent(k hitKey, sigID string, code *Code, ev Event, text []byte, at int) {
	h := c.get(k, sigID, code)
	h.Count++
	if ev.Time.Raw != "" {
		if h.First.Raw == "" || (!ev.Time.Time.IsZero() && ev.Time.Time.Before(h.First.Time)) {
			h.First = ev.Time
		}
		if h.Last.Raw == "" || ev.Time.Time.After(h.Last.Time) {
			h.Last = ev.Time
		}
	}
	if len(h.Examples) < MaxExamples {
		h.Examples = append(h.Examples, Example{Line: ev.Line, JSONPath: ev.JSONPath, Text: clip(text, at)})
	}
}

func containsAny(b []byte, lits []string) bool {
	for _, l := range lits {
		if bytes.Contains(b, []byte(l)) {
			return true
		}
	}
	return false
}

var msDate = regexp.MustCompile(`^/Date\((-?\d+)\)/$`)

// eventStamp reads TimeCreated as ConvertTo-Json (/Date(ms)/ in Windows
// PowerShell, ISO 8601 in PowerShell 7) or Export-Csv (en-US "1/2/2006
// 3:04:05 PM") writes it.
func eventStamp(raw string) Stamp {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return Stamp{}
	}
	if m := msDate.FindStringSubmatch(raw); m != nil {
		ms, err := strconv.ParseInt(m[1], 10, 64)
		if err == nil {
			t := time.UnixMilli(ms).UTC()
			return Stamp{Raw: t.Format(time.RFC3339), Time: t}
		}
	}
	if st, ok := isoStamp([]byte(raw)); ok {
		return st
	}
	for _, layout := range []string{"1/2/2006 3:04:05 PM", "1/2/2006 15:04:05", "02.01.2006 15:04:05"} {
		if t, err := time.Parse(layout, raw); err == nil {
			return Stamp{Raw: raw, Time: t}
		}
	}
	return Stamp{Raw: raw}
}
