// Package vfpports reads ports.txt: the output of vfpctrl
// /list-vmswitch-port (one block per vmswitch port, on every switch)
// followed, on newer collectors, by one "Get-port-counter for port: <name>"
// block per port with its "Direction - OUT" / "Direction - IN" counters.
// Rancher's vfpports.txt has the port list only and parses the same way.
//
//	f, problems := vfpports.Parse(file, r) // r: decoded UTF-8 text (textenc)
//
// File.Ports are found by their "Port name" line and read by key, never by
// position (the key set and order vary by build; the table at the top of
// vfpOutput.txt is a positional parse and is not to be trusted). Port.Role
// tells the external port, host vNIC ports and pod ports apart by friendly
// name; Port.MAC is normalised for joining with HNS endpoints.
// File.Counters holds the counter blocks as (port, direction, label, value).
//
// The format is line-oriented with a handful of line shapes, so it is read
// with a plain line scanner; files are small (one block per port).
package vfpports
