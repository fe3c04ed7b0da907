package hns

import "github.com/hnsscope/hnsscope/parser/pstext/pstexttest"

var networkFixtures = []pstexttest.Fixture{}
var policyFixtures = []pstexttest.Fixture{}
var namespaceFixtures = []pstexttest.Fixture{}
