// Package schema holds the JSON Schema of hnsscope's JSON report, so tools
// and tests can validate reports against the committed contract.
package schema

import _ "embed"

//go:embed report.schema.json
var reportSchema []byte

// ReportSchema returns the JSON Schema (draft 2020-12) of the JSON report.
func ReportSchema() []byte { return append([]byte(nil), reportSchema...) }

// ReportSchemaID is the $id of the report schema.
const ReportSchemaID = "https://github.com/hnsscope/hnsscope/report/schema/report.schema.json"
