package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"
)

const (
	podDNS    = "coredns-7db6d8ff4d-x2kqv"
	podWeb    = "web-5d8f7c9b6-4htzp"
	podClient = "client-6c9f8d7b5-q8wlm"
	webVIP    = "10.101.14.20"
)

// folderBundles are committed as plain folders; every other collectlogs
// bundle is committed as the hand-zipped folder (a layout users hand in) to
// keep the repository small.
var folderBundles = map[string]bool{
	"l2bridge-v1-healthy": true, "l2bridge-v2-healthy": true, "overlay-v1-healthy": true, "overlay-v2-healthy": true,
}

// build builds a scenario's nodes in their committed layout; folders keeps
// every collectlogs bundle a folder.
func (s scenario) build(folders bool) []*nodegen.Node {
	nodes := []*nodegen.Node{}
	if s.Cluster != nil {
		nodes = s.Cluster()
	} else {
		nodes = append(nodes, s.Build())
	}
	for _, n := range nodes {
		if !folderBundles[s.Name] && !folders && n.Layout == nodegen.LayoutFolder {
			n.Layout = nodegen.LayoutZippedFolder
		}
	}
	return nodes
}

// writeScenarios regenerates each scenario into out/<name>/ (replacing what
// was there) and, when every scenario is written, SCENARIOS.md.
func writeScenarios(out string, list registry, all, folders bool) error {
	paths := map[string]string{}
	for _, s := range list {
		dir := filepath.Join(out, s.Name)
		if err := os.RemoveAll(dir); err != nil {
			return fmt.Errorf("clear %s: %w", dir, err)
		}
		var rels []string
		for _, n := range s.build(folders) {
			path, err := n.WriteBundle(dir)
			if err != nil {
				return fmt.Errorf("scenario %s: %w", s.Name, err)
			}
			rel, err := filepath.Rel(out, path)
			if err != nil {
				return fmt.Errorf("scenario %s: %w", s.Name, err)
			}
			rels = append(rels, "`"+filepath.ToSlash(rel)+"`")
		}
		paths[s.Name] = strings.Join(rels, "<br>")
	}
	if !all {
		return nil
	}
	md := scenariosMarkdown(list, paths)
	if err := os.WriteFile(filepath.Join(out, "SCENARIOS.md"), []byte(md), 0o644); err != nil {
		return fmt.Errorf("write SCENARIOS.md: %w", err)
	}
	return nil
}

func scenariosMarkdown(list registry, paths map[string]string) string {
	var b strings.Builder
	b.WriteString("# Generated CollectLogs bundles\n\n")
	b.WriteString("Written by `go run ./cmd/hnsgen -out testdata/bundles` (`make testdata`); do not edit by hand.\n")
	b.WriteString("Every broken bundle is a healthy base with exactly one defect. The four base healthy bundles are\n")
	b.WriteString("plain collectlogs folders; the other collectlogs bundles are that folder zipped by hand (`/` names,\n")
	b.WriteString("one top folder); AKS bundles are `_logs.zip` files with backslash entry names; Rancher bundles are\n")
	b.WriteString("`.tar.gz`. `go run ./cmd/hnsgen -out DIR -folders` writes every collectlogs bundle as a folder.\n")
	b.WriteString("A `*-cluster-*` scenario holds one bundle per node of one cluster; analyse them together\n")
	b.WriteString("(`hnsscope analyze DIR/*.zip`). Its broken sets disagree between two nodes in exactly one thing.\n\n")
	b.WriteString("| scenario | bundle | what it is | what is broken (object) |\n|---|---|---|---|\n")
	for _, s := range list {
		broken := s.Broken
		if broken == "" {
			broken = "nothing (healthy)"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", s.Name, paths[s.Name], mdEscape(s.What), mdEscape(broken))
	}
	return b.String()
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;").Replace(s)
}
