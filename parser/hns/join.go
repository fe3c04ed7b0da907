package hns

import (
	"sort"
	"strings"

	"github.com/hnsscope/hnsscope/parser/pstext"
)

// splitCellArray splits a "{a, b}" cell; a cell cut by the column width
// marks its last item as a prefix.
func splitCellArray(v string, cut bool) ([]string, bool) {
	items, truncated := pstext.SplitArray(v)
	return items, truncated || cut
}

// joinEndpointRows gives endpoints without a State (v2 objects) the State
// and IsRemoteEndpoint of their table row. Rows are matched by IP set and
// MAC, each row used once, in file order; a truncated IP cell matches by
// prefix.
func joinEndpointRows(eps []Endpoint, rows []EndpointRow) {
	used := make([]bool, len(rows))
	byMAC := map[string][]int{}
	for k, r := range rows {
		byMAC[r.MAC] = append(byMAC[r.MAC], k)
	}
	next := 0
	for i := range eps {
		ep := &eps[i]
		if ep.Schema != SchemaV2 {
			continue
		}
		// Try the row after the previous match first: the table and the
		// JSON list the same objects in the same order. Otherwise look at
		// the rows with the same MAC (or none printed).
		j := -1
		if next < len(rows) && !used[next] && rowMatches(ep, rows[next]) {
			j = next
		} else {
			j = firstMatch(ep, rows, used, candidates(ep.MAC, byMAC, len(rows)))
		}
		if j < 0 {
			continue
		}
		used[j], next = true, j+1
		row := rows[j]
		ep.RowLine = row.Pos.Line
		if row.State != nil {
			st := *row.State
			ep.State, ep.StateSource = &st, "table"
		}
		if row.Remote != nil && *row.Remote {
			ep.Remote = true
		}
	}
}

// candidates lists the rows that can match an endpoint with mac: those with
// the same MAC or none; every row when the endpoint has no MAC.
func candidates(mac string, byMAC map[string][]int, n int) []int {
	if mac == "" {
		all := make([]int, n)
		for i := range all {
			all[i] = i
		}
		return all
	}
	c := append(append([]int(nil), byMAC[mac]...), byMAC[""]...)
	sort.Ints(c)
	return c
}

func firstMatch(ep *Endpoint, rows []EndpointRow, used []bool, candidates []int) int {
	for _, k := range candidates {
		if !used[k] && rowMatches(ep, rows[k]) {
			return k
		}
	}
	return -1
}

func rowMatches(ep *Endpoint, row EndpointRow) bool {
	if row.MAC != "" && ep.MAC != "" && row.MAC != ep.MAC {
		return false
	}
	if len(row.IPs) == 0 {
		return len(ep.IPs) == 0 && row.MAC != ""
	}
	for k, ip := range row.IPs {
		if k >= len(ep.IPs) {
			return false
		}
		last := k == len(row.IPs)-1
		if ip != ep.IPs[k].Address && !(last && row.IPsTruncated && strings.HasPrefix(ep.IPs[k].Address, ip)) {
			return false
		}
	}
	return true
}
