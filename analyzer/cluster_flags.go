package analyzer

import (
	"bytes"
	"io"
	"net/netip"
	"strconv"
	"strings"

	"github.com/hnsscope/hnsscope/parser"
)

// flagScanLimit bounds how much of a kube-proxy log is read for its flags:
// klog prints them once, at start-up.
const flagScanLimit = 4 << 20

// proxyFlags are the kube-proxy command-line values that name cluster
// parameters, with the file and line they were read from.
type proxyFlags struct {
	clusterCIDR, sourceVIP Param
}

// readProxyFlags looks for --cluster-cidr and --source-vip in the
// kube-proxy logs ("FLAG: --cluster-cidr=\"10.244.0.0/16\"" lines or the
// command line itself).
func (s *Snapshot) readProxyFlags() proxyFlags {
	var pf proxyFlags
	if s.open == nil {
		return pf
	}
	for _, f := range s.Sources[SourceKubeProxyLog] {
		rc, err := s.open(f.Path)
		if err != nil {
			continue
		}
		scanFlags(f.Path, io.LimitReader(rc, flagScanLimit), &pf)
		rc.Close()
		if pf.clusterCIDR.Known() && pf.sourceVIP.Known() {
			break
		}
	}
	return pf
}

func scanFlags(file string, r io.Reader, pf *proxyFlags) {
	sc := parser.NewLineScanner(r)
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.Contains(line, []byte("--")) {
			continue
		}
		from := file + ":" + strconv.Itoa(sc.Line())
		if v, ok := flagValue(string(line), "--cluster-cidr"); ok && !pf.clusterCIDR.Known() {
			if p, err := netip.ParsePrefix(v); err == nil {
				pf.clusterCIDR = Param{Value: p.Masked().String(), Origin: OriginConfig, From: from}
			}
		}
		if v, ok := flagValue(string(line), "--source-vip"); ok && !pf.sourceVIP.Known() {
			if a, err := netip.ParseAddr(v); err == nil {
				pf.sourceVIP = Param{Value: a.String(), Origin: OriginConfig, From: from}
			}
		}
	}
}

// flagValue returns the value of --name=value or --name value on a line.
func flagValue(line, name string) (string, bool) {
	i := strings.Index(line, name)
	if i < 0 {
		return "", false
	}
	rest := line[i+len(name):]
	if !strings.HasPrefix(rest, "=") && !strings.HasPrefix(rest, " ") {
		return "", false
	}
	fields := strings.Fields(strings.TrimLeft(rest[1:], " "))
	if len(fields) == 0 {
		return "", false
	}
	return strings.Trim(fields[0], "\"',"), true
}
