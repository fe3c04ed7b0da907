// Package vfp reads vfpOutput.txt, the per-port dump of VFP (the vSwitch
// filtering platform) state that the log collector writes with vfpctrl.
//
// # API
//
//	d, problems := vfp.Parse(file, r)              // r: decoded UTF-8 text (textenc)
//	d, problems := vfp.ParseParallel(file, r, 2)   // explicit worker count
//
// Dump.Ports holds one Port per "Policy for port" section, in file order.
// For each port:
//   - Commands: every vfpctrl command output with its line range (evidence),
//     verb, whether it ended with "Command <verb> succeeded!", and its ERROR
//     text. A command that failed or was cut gets its verb by content or by
//     the file's command order (Inferred).
//   - Layers → Groups → Rules: the rule tree from get-rule-counter when
//     present (it carries Counters), else from list-rule (RuleSource says
//     which). Every layer, group and rule keeps its line; conditions are
//     typed (IP ranges, port/VLAN ranges, protocols, normalised MACs; any
//     other label verbatim) and sit at Rule.ConditionsLine + Offset.
//     Backends of lbnat rules ("{ ip : port }") are Rule.DIPRanges; other
//     type-specific data (Rule Data lines, Modify, Transposition, encap
//     destinations, encap type/source/VNI, map space) is in Rule.Data. Lines
//     of a rule listing printed outside any layer are kept in Command.Stray.
//   - State: get-port-state. A failed get-port-state gives Known=false:
//     the state is unknown, which is not "blocked"; IsBlocked is true only
//     for an explicit "Blocked : TRUE".
//   - Spaces, Mappings, NATRanges, FlowStats: generic key/value records plus
//     free lines, as their layouts vary.
//
// Lookups: Dump.Port(guid), Port.Layer(name).Group(name), Port.Rules()
// (every rule with its layer and group), Rule.Condition(kind), Rule.Name()
// (ID, or friendly name when the ID is empty).
//
// Dump.CommandSet lists the verbs that succeeded somewhere in the file: it
// tells the dump script's era (list-rule vs get-rule-counter, flow stats).
// Dump.PortTable is the leading table; it comes from a positional parse by
// the collecting script and must not be trusted for port attributes.
//
// The model is shared and read-only: identical condition blocks share one
// slice, repeated names share one string, and FlowTTL pointers may be
// shared.
//
// # How it is read, and why
//
// Sections are split by a byte scanner (bytes.Index for the port header,
// no per-line work), because a port section does not depend on any other:
// whole sections go to workers in turn, and the results are put back in
// file order, so the output does not depend on the worker count. Input is
// read in 1 MiB chunks, so memory does not grow with the file beyond the
// model itself.
//
// Inside a section a hand-written line reader tracks the hierarchy by the
// LAYER/GROUP/RULE tokens, never by indentation, and dispatches attribute
// keys through one map lookup on the key folded without spaces ("Flow TTL"
// and "FlowTTL" agree, as do "Key : value" and "Key: value"). These lines
// are the bulk of a file of hundreds of megabytes, so they must cost well
// under a microsecond each.
//
// Condition values are also read by hand: they are on the hot path, and a
// whole condition block is parsed once and shared by every identical block
// (service rules repeat on every pod port).
//
// The "{ ... }" lines (encap destinations "{ IP address=..., MAC
// address=..., GRE key=... }", DIP lists and odd spellings) are read with a
// participle grammar, which states their structure (entries of words, a
// separator and words, IPv6 colons kept inside words) more clearly than
// index arithmetic. A grammar parse costs microseconds, so results are
// cached by line text (encap destinations are per remote node and repeat
// on every port), and the most frequent shape, the single backend
// "{ 10.244.0.25 : 53 }", takes a hand-written fast path so that a node
// with many distinct backends stays fast.
//
// Repeated strings are interned and identical condition blocks shared; the
// caches stop admitting entries when their hit rate is low, so a file in
// which nothing repeats costs neither the table memory nor its lookups.
// Rules, counters, rule data, DIP ranges and condition values are carved
// from slabs and arenas, which keeps allocations and per-object overhead
// low on files of hundreds of megabytes.
package vfp
