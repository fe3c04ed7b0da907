// Command hnsscope analyzes Windows container-networking log bundles
// (CollectLogs.ps1 output and the AKS and Rancher archives around it)
// offline and reports what is broken, with evidence and the fix.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
