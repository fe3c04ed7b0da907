package report

import "github.com/hnsscope/hnsscope/analyzer"

// Table is a browsable table of snapshot objects in the HTML report.
type Table struct {
	Title   string
	Columns []string
	Rows    [][]string
}

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

// snapshotTables lists the snapshot's objects as tables.
func snapshotTables(s *analyzer.Snapshot) []Table {
	if s == nil {
		return nil
	}
	return nil
}

// snapshotTrees lists the snapshot's VFP state as trees.
func snapshotTrees(s *analyzer.Snapshot) []Tree {
	if s == nil {
		return nil
	}
	return nil
}

// snapshotOSBuild is the Windows build the bundle was collected on.
func snapshotOSBuild(s *analyzer.Snapshot) string {
	if s == nil {
		return ""
	}
	return ""
}
