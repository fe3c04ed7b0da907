package main

import "github.com/hnsscope/hnsscope/cmd/hnsgen/nodegen"

func osScenarios(r *registry) {
	r.add(scenario{Name: "old-build-1709", What: "l2bridge v1 node on Windows Server 1709",
		Broken: "OS build 16299 without KB4089848 / KB4093105 in the HotFix table (known service VIP and restart issues)",
		Build: func() *nodegen.Node {
			n := l2v1("win-1709")
			n.Build = 16299
			n.HotFixes = []nodegen.HotFix{
				{Description: "Update", ID: "KB4049011", InstalledOn: "11/14/2017 12:00:00 AM"},
				{Description: "Security Update", ID: "KB4054517", InstalledOn: "12/12/2017 12:00:00 AM"},
			}
			return n.Derive()
		}})
	r.add(scenario{Name: "old-build-1709-patched", What: "l2bridge v1 node on Windows Server 1709 with the service-VIP fixes",
		Broken: "OS build 16299 (old, but KB4089848 and KB4093105 are installed)",
		Build: func() *nodegen.Node {
			n := l2v1("win-1709p")
			n.Build = 16299
			n.HotFixes = []nodegen.HotFix{
				{Description: "Update", ID: "KB4089848", InstalledOn: "3/22/2018 12:00:00 AM"},
				{Description: "Security Update", ID: "KB4093105", InstalledOn: "4/23/2018 12:00:00 AM"},
			}
			return n.Derive()
		}})
}
