package hns

import "testing"

func TestJoinEndpointRows(t *testing.T) {
	three, one := 3, 1
	yes, no := true, false
	eps := []Endpoint{
		{Schema: SchemaV2, ID: "a", MAC: "00:15:5d:00:00:01", IPs: []IPConfig{{Address: "10.0.0.1"}, {Address: "fd00::1"}}},
		{Schema: SchemaV2, ID: "b", MAC: "00:15:5d:00:00:02", IPs: []IPConfig{{Address: "10.0.0.2"}}},
		{Schema: SchemaV2, ID: "c", MAC: "00:15:5d:00:00:03", IPs: []IPConfig{{Address: "10.0.0.3"}}},
		{Schema: SchemaV1, ID: "d", MAC: "00:15:5d:00:00:04", State: &one, StateSource: "json"},
	}
	rows := []EndpointRow{
		// Out of order, and the first one's IP list cut by the column width.
		{MAC: "00:15:5d:00:00:02", IPs: []string{"10.0.0.2"}, State: &one, Remote: &yes},
		{MAC: "00:15:5d:00:00:01", IPs: []string{"10.0.0.1", "fd00:"}, IPsTruncated: true, State: &three, Remote: &no},
		{MAC: "00:15:5d:00:00:04", IPs: []string{"10.0.0.4"}, State: &three, Remote: &no},
	}
	joinEndpointRows(eps, rows)
	check := func(i int, state int, source string, remote bool) {
		t.Helper()
		ep := eps[i]
		if ep.State == nil || *ep.State != state || ep.StateSource != source || ep.Remote != remote {
			t.Errorf("endpoint %s: state %v source %q remote %v, want %d %q %v", ep.ID, ep.State, ep.StateSource, ep.Remote, state, source, remote)
		}
	}
	check(0, 3, "table", false)
	check(1, 1, "table", true)
	if eps[2].State != nil {
		t.Errorf("endpoint c has no row but got state %d", *eps[2].State)
	}
	check(3, 1, "json", false) // v1 keeps its own State
}
