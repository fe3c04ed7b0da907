// Package schema holds the JSON Schema of hnsscope's JSON report, so tools
// and tests can validate reports against the committed contract.
package schema

import (
	"bytes"
	_ "embed"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:embed report.schema.json
var reportSchema []byte

// ReportSchema returns the JSON Schema (draft 2020-12) of the JSON report.
func ReportSchema() []byte { return append([]byte(nil), reportSchema...) }

// ReportSchemaID is the $id of the report schema.
const ReportSchemaID = "https://github.com/hnsscope/hnsscope/report/schema/report.schema.json"

// Validate checks a JSON report against the schema.
func Validate(report []byte) error {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(reportSchema))
	if err != nil {
		return fmt.Errorf("report schema is not JSON: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(ReportSchemaID, doc); err != nil {
		return fmt.Errorf("load report schema: %w", err)
	}
	s, err := c.Compile(ReportSchemaID)
	if err != nil {
		return fmt.Errorf("compile report schema: %w", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(report))
	if err != nil {
		return fmt.Errorf("report is not JSON: %w", err)
	}
	return s.Validate(inst)
}
