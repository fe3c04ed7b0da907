package logscan

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// jsonEvent holds the Get-WinEvent properties the signatures use. Numbers
// and strings are both accepted because exports differ between PowerShell
// versions.
type jsonEvent struct {
	ID           json.RawMessage `json:"Id"`
	ProviderName string          `json:"ProviderName"`
	Level        json.RawMessage `json:"Level"`
	TimeCreated  json.RawMessage `json:"TimeCreated"`
	Message      string          `json:"Message"`
}

// ScanEventsJSON matches the records of a Get-WinEvent | ConvertTo-Json
// export (an array, or one object when a single event was exported). The
// decoder streams the array one record at a time.
func (sc *Scanner) ScanEventsJSON(file string, r io.Reader) (*FileResult, []parser.Problem) {
	es := &eventScan{sc: sc, file: file}
	probs := parser.Problems{File: file}
	cr := &countingReader{r: r}
	dec := json.NewDecoder(bufio.NewReaderSize(cr, 64<<10))
	err := decodeEvents(dec, es)
	if err != nil {
		probs.AddAt(parser.Position{File: file, JSONPath: fmt.Sprintf("$[%d]", es.n)}, parser.LevelError,
			"event export unreadable after %d records: %v", es.n, err)
	}
	return &FileResult{File: file, Lines: es.n, Bytes: cr.n, Hits: es.hits.result()}, probs.List
}

func decodeEvents(dec *json.Decoder, es *eventScan) error {
	tok, err := dec.Token()
	if errors.Is(err, io.EOF) {
		return nil
	}
	if err != nil {
		return err
	}
	switch tok {
	case json.Delim('['):
		for dec.More() {
			var je jsonEvent
			if err := dec.Decode(&je); err != nil {
				return err
			}
			es.add(je.event(fmt.Sprintf("$[%d]", es.n)))
		}
		return nil
	case json.Delim('{'):
		return decodeSingleEvent(dec, es)
	}
	return fmt.Errorf("expected a JSON array or object of events, found %v", tok)
}

// decodeSingleEvent reads the fields of the one object ConvertTo-Json writes
// for a single event, after its opening brace was consumed.
func decodeSingleEvent(dec *json.Decoder, es *eventScan) error {
	fields := map[string]json.RawMessage{}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return err
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return err
		}
		if k, ok := key.(string); ok {
			fields[k] = v
		}
	}
	var je jsonEvent
	je.ID, je.Level, je.TimeCreated = fields["Id"], fields["Level"], fields["TimeCreated"]
	_ = json.Unmarshal(fields["ProviderName"], &je.ProviderName)
	_ = json.Unmarshal(fields["Message"], &je.Message)
	es.add(je.event("$"))
	return nil
}

func (je jsonEvent) event(path string) Event {
	return Event{
		ID: rawInt(je.ID), Provider: je.ProviderName, Level: rawInt(je.Level),
		Time: eventStamp(rawString(je.TimeCreated)), Message: je.Message, JSONPath: path,
	}
}

// rawString unquotes a JSON string or returns a scalar as written; for a
// PowerShell DateTime object it takes the DateTime or value property.
func rawString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(raw, &obj) == nil {
		for _, k := range []string{"value", "DateTime"} {
			if v, ok := obj[k]; ok {
				return rawString(v)
			}
		}
		return ""
	}
	return string(raw)
}

func rawInt(raw json.RawMessage) int {
	n, err := strconv.Atoi(strings.TrimSpace(rawString(raw)))
	if err != nil {
		return 0
	}
	return n
}

// ScanEventsCSV matches the records of a Get-WinEvent | Export-Csv export
// such as the AKS <ts>_services.csv. Columns are found by header name; the
// optional "#TYPE" line of Windows PowerShell is skipped.
func (sc *Scanner) ScanEventsCSV(file string, r io.Reader) (*FileResult, []parser.Problem) {
	es := &eventScan{sc: sc, file: file}
	probs := parser.Problems{File: file}
	cr := &countingReader{r: r}
	cw := csv.NewReader(bufio.NewReaderSize(cr, 64<<10))
	cw.FieldsPerRecord, cw.LazyQuotes, cw.ReuseRecord = -1, true, true
	cols := map[string]int{}
	for {
		rec, err := cw.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := cw.FieldPos(0)
		if err != nil {
			probs.Add(line, parser.LevelError, "CSV record unreadable: %v", err)
			break
		}
		if len(cols) == 0 {
			if len(rec) == 1 && strings.HasPrefix(rec[0], "#TYPE") {
				continue
			}
			for i, name := range rec {
				cols[strings.TrimSpace(name)] = i
			}
			continue
		}
		es.add(csvEvent(rec, cols, line))
	}
	if len(cols) > 0 && !hasColumn(cols, "Message") {
		probs.Add(1, parser.LevelWarning, "event export has no Message column")
	}
	return &FileResult{File: file, Lines: es.n, Bytes: cr.n, Hits: es.hits.result()}, probs.List
}

func csvEvent(rec []string, cols map[string]int, line int) Event {
	get := func(name string) string {
		if i, ok := cols[name]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	id, _ := strconv.Atoi(strings.TrimSpace(get("Id")))
	level, _ := strconv.Atoi(strings.TrimSpace(get("Level")))
	return Event{ID: id, Provider: get("ProviderName"), Level: level,
		Time: eventStamp(get("TimeCreated")), Message: get("Message"), Line: line}
}

func hasColumn(cols map[string]int, name string) bool {
	_, ok := cols[name]
	return ok
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
