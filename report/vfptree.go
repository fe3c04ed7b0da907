package report

import (
	"fmt"
	"strings"

	"github.com/hnsscope/hnsscope/analyzer"
	"github.com/hnsscope/hnsscope/parser/vfp"
)

// Tree is a collapsible hierarchy, used for VFP ports, layers, groups and
// rules.
type Tree struct {
	Title string
	Nodes []TreeNode
}

// TreeNode is one collapsible entry of a Tree.
type TreeNode struct {
	Label    string
	Note     string
	Lines    []string
	Children []TreeNode
}

// snapshotTrees lists the VFP ports with their layers, groups and rules.
func snapshotTrees(s *analyzer.Snapshot) []Tree {
	if s == nil {
		return nil
	}
	t := Tree{Title: "VFP ports"}
	for _, p := range s.Ports {
		t.Nodes = append(t.Nodes, portNode(p))
	}
	return []Tree{t}
}

func portNode(p *analyzer.Port) TreeNode {
	n := TreeNode{Label: "Port " + p.GUID}
	notes := []string{string(p.Role)}
	if p.Endpoint != nil {
		notes = append(notes, "endpoint "+p.Endpoint.Label())
	}
	if p.FriendlyName != "" {
		notes = append(notes, p.FriendlyName)
	}
	notes = append(notes, fmt.Sprintf("%d layers", len(p.Layers)), fmt.Sprintf("%s:%d", p.File, p.Line))
	n.Note = strings.Join(notes, " · ")
	if p.MAC != "" {
		n.Lines = append(n.Lines, "MAC "+p.MAC)
	}
	if st := p.State; st != nil {
		n.Lines = append(n.Lines, portStateLine(st))
	}
	for _, l := range p.Layers {
		n.Children = append(n.Children, layerNode(l))
	}
	return n
}

func portStateLine(st *vfp.PortState) string {
	if !st.Known {
		return "state unknown " + st.Error
	}
	return fmt.Sprintf("enabled %v · blocked %v · blocked on restore %v", st.Enabled, st.Blocked, st.BlockedOnRestore)
}

func layerNode(l *vfp.Layer) TreeNode {
	n := TreeNode{
		Label: "Layer " + l.Name,
		Note:  fmt.Sprintf("priority %d · %d groups · line %d", l.Priority, len(l.Groups), l.Line),
	}
	for _, g := range l.Groups {
		n.Children = append(n.Children, groupNode(g))
	}
	return n
}

func groupNode(g *vfp.Group) TreeNode {
	n := TreeNode{
		Label: "Group " + g.Name,
		Note:  strings.Join(nonEmpty(g.Direction, g.Type, fmt.Sprintf("priority %d", g.Priority), fmt.Sprintf("%d rules", len(g.Rules)), fmt.Sprintf("line %d", g.Line)), " · "),
		Lines: conditionLines(g.Conditions),
	}
	for _, r := range g.Rules {
		n.Children = append(n.Children, ruleNode(r))
	}
	return n
}

func ruleNode(r *vfp.Rule) TreeNode {
	n := TreeNode{
		Label: "Rule " + r.Name(),
		Note:  strings.Join(nonEmpty(r.Type, fmt.Sprintf("priority %d", r.Priority), r.Flags.Words, fmt.Sprintf("line %d", r.Line)), " · "),
		Lines: conditionLines(r.Conditions),
	}
	for _, d := range r.DIPRanges {
		n.Lines = append(n.Lines, "backend "+strings.Trim(d.IP+":"+d.Port, ":"))
	}
	if r.Data != nil {
		n.Lines = append(n.Lines, r.Data.Lines...)
	}
	if c := r.Counters; c != nil {
		n.Lines = append(n.Lines, fmt.Sprintf("matched %d · dropped %d · pending %d", c.MatchedPackets, c.DroppedPackets, c.PendingPackets))
	}
	return n
}

// conditionLines shows each condition as its label and the values read.
func conditionLines(cs []vfp.Condition) []string {
	var out []string
	for _, c := range cs {
		var vals []string
		for _, ip := range c.IPs {
			if ip.Low == ip.High {
				vals = append(vals, ip.Low.String())
			} else {
				vals = append(vals, ip.Low.String()+"-"+ip.High.String())
			}
		}
		for _, r := range c.Ranges {
			if r.Low == r.High {
				vals = append(vals, fmt.Sprint(r.Low))
			} else {
				vals = append(vals, fmt.Sprintf("%d-%d", r.Low, r.High))
			}
		}
		for _, p := range c.Protocols {
			vals = append(vals, fmt.Sprint(p))
		}
		vals = append(vals, c.MACs...)
		vals = append(vals, c.Values...)
		out = append(out, c.Label+": "+strings.Join(vals, ", "))
	}
	return out
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
