package main

import "github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"

func stopped(name, host, svc string) scenario {
	return scenario{Name: name, What: "l2bridge v2 node",
		Broken: "Windows service " + svc + " is stopped (windowsServices.txt Stopped, absent from sc.exe queryex)",
		Build: func() *nodegen.Node {
			n := l2v2(host)
			s := n.Service(svc)
			must(s != nil, "service "+svc)
			s.Running, s.PID = false, 0
			return n.Derive()
		}}
}

func serviceScenarios(r *registry) {
	r.add(stopped("l2bridge-hns-stopped", "win-l2b-hnsstop", "hns"))
	r.add(stopped("l2bridge-kubeproxy-stopped", "win-l2b-kpstop", "kubeproxy"))
}
