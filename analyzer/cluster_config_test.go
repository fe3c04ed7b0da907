package analyzer

import (
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/cniconf"
)

func TestConfigEncapRoute(t *testing.T) {
	at := func(v string) cniconf.Value {
		return cniconf.Value{Value: v, Pos: parser.Position{File: "10-calico.conflist", Line: 7}}
	}
	mgmt := Param{Value: "10.240.0.4"}
	for _, tc := range []struct {
		name   string
		routes []cniconf.Value
		want   string
	}{
		{"service route", []cniconf.Value{at("10.96.0.0/12")}, "10.96.0.0/12"},
		{"node /32 first", []cniconf.Value{at("10.240.0.4/32"), at("10.96.0.0/12")}, "10.96.0.0/12"},
		{"only the node route", []cniconf.Value{at("10.240.0.4/32")}, ""},
		{"route holding the node", []cniconf.Value{at("10.240.0.0/16")}, ""},
		{"not a prefix", []cniconf.Value{at("<your service cidr>")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &Snapshot{Configs: []*cniconf.Config{{File: "10-calico.conflist", EncapRoutes: tc.routes}}}
			got := s.configEncapRoute(mgmt)
			if got.Value != tc.want {
				t.Fatalf("got %+v, want %q", got, tc.want)
			}
			if got.Known() && (got.Origin != OriginConfig || got.From != "10-calico.conflist:7") {
				t.Errorf("origin %+v", got)
			}
		})
	}
}

func TestConfigException(t *testing.T) {
	at := func(v string) cniconf.Value {
		return cniconf.Value{Value: v, Pos: parser.Position{File: "cni.conf", Line: 3}}
	}
	s := &Snapshot{Configs: []*cniconf.Config{{File: "cni.conf",
		Exceptions: []cniconf.Value{at("10.96.0.0/12"), at("10.244.1.0/24"), at("10.244.0.0/16")}}}}
	if got := s.configException(Param{Value: "10.244.1.0/24"}); got.Value != "10.244.0.0/16" || got.From != "cni.conf:3" {
		t.Errorf("got %+v, want 10.244.0.0/16 from cni.conf:3", got)
	}
	if got := s.configException(Param{Value: "10.244.0.0/16"}); got.Known() {
		t.Errorf("an exception no larger than the pod subnet is not the cluster CIDR: %+v", got)
	}
	if got := s.configException(Param{}); got.Known() {
		t.Errorf("unknown pod subnet: %+v", got)
	}
}
