package services

import (
	"flag"
	"strings"
	"testing"

	"github.com/hnsscope/hnsscope/parser"
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

var update = flag.Bool("update", false, "rewrite golden files")

type result struct {
	Services []Service        `json:"services"`
	Problems []parser.Problem `json:"problems"`
}

func TestParseGolden(t *testing.T) {
	pstexttest.RunGolden(t, "testdata", scFixtures, *update, func(name, text string) any {
		svcs, probs := ParseSC(name, strings.NewReader(text))
		return result{svcs, probs}
	})
	pstexttest.RunGolden(t, "testdata", getServiceFixtures, *update, func(name, text string) any {
		svcs, probs := ParseGetService(name, strings.NewReader(text))
		return result{svcs, probs}
	})
}

func byName(list []Service) map[string]Service {
	m := map[string]Service{}
	for _, s := range list {
		m[s.Name] = s
	}
	return m
}

func TestSCSemantics(t *testing.T) {
	svcs, _ := ParseSC("scqueryex.txt", strings.NewReader(scFixtures[0].Text))
	m := byName(svcs)
	if hns := m["hns"]; hns.State != StateRunning || hns.PID == nil || *hns.PID != 3120 || hns.StartType != "DEMAND_START" || len(hns.Dependencies) != 2 {
		t.Errorf("hns = %+v", hns)
	}
	if s := m["NetSetupSvc"]; s.State != StateStopped || !s.StateInferred {
		t.Errorf("service absent from queryex not stopped: %+v", s)
	}
	if s := m["vfpext"]; s.State != "" {
		t.Errorf("driver state inferred: %+v", s)
	}
	for _, name := range []string{"hvsics", "nvagent"} {
		if s, ok := m[name]; !ok || s.Installed || !s.NameInferred {
			t.Errorf("missing service %s = %+v, %v", name, s, ok)
		}
	}
	if s := m["iphlpsvc"]; !s.DelayedStart || s.StartType != "AUTO_START" {
		t.Errorf("delayed start not read: %+v", s)
	}
}

func TestMerge(t *testing.T) {
	gs, _ := ParseGetService("windowsServices.txt", strings.NewReader(getServiceFixtures[0].Text))
	sc, _ := ParseSC("scqueryex.txt", strings.NewReader(scFixtures[0].Text))
	m := byName(Merge(gs, sc))
	if k := m["kubelet"]; k.State != StateStartPending || k.PID == nil {
		t.Errorf("kubelet = %+v", k)
	}
	if v := m["vfpext"]; v.State != StateRunning || v.Type != "KERNEL_DRIVER" || v.DisplayNameCut {
		t.Errorf("vfpext = %+v", v)
	}
}

func FuzzParseSC(f *testing.F) {
	pstexttest.AddSeeds(f, scFixtures)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := pstexttest.DecodeBytes(t, data)
		svcs, _ := ParseSC("scqueryex.txt", strings.NewReader(text))
		for _, s := range svcs {
			if s.Pos.Line < 1 {
				t.Fatalf("service %q without line", s.Name)
			}
		}
	})
}

func FuzzParseGetService(f *testing.F) {
	pstexttest.AddSeeds(f, getServiceFixtures)
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _ := pstexttest.DecodeBytes(t, data)
		svcs, _ := ParseGetService("windowsServices.txt", strings.NewReader(text))
		for _, s := range svcs {
			if s.Pos.Line < 1 {
				t.Fatalf("service %q without line", s.Name)
			}
		}
	})
}
