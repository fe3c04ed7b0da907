package nodegen

import (
	"fmt"
	"strings"
	"time"
)

// ps encodes text written by PowerShell redirection on this node.
func (n *Node) ps(path, text string) File {
	return File{Path: path, Data: Encode(n.Encoding, CRLF(text))}
}

// CollectLogsFiles returns the files collectlogs.ps1 writes, paths relative
// to its output folder, in the order the script writes them.
func (n *Node) CollectLogsFiles() []File {
	if !n.derivedDone {
		n.Derive()
	}
	var fs []File
	add := func(path string, render func() File) {
		if !n.SkipFiles[path] {
			fs = append(fs, render())
		}
	}
	ps := func(path string, text func() string) {
		add(path, func() File { return n.ps(path, text()) })
	}
	ps("network.txt", n.NetworkTxt)
	if n.Era >= EraTableV1 {
		ps("networkdetailed.txt", n.NetworkDetailedTxt)
	}
	ps("endpoint.txt", n.EndpointTxt)
	if n.Era == EraTableV2 {
		ps("namespaces.txt", n.NamespacesTxt)
	}
	ps("policy.txt", n.PolicyTxt)
	if n.Era >= EraTable2019 {
		ps("hnsdiag.txt", n.HnsdiagTxt)
	}
	ps("ports.txt", n.PortsTxt)
	add("vfpOutput.txt", n.vfpFile)
	if n.Era < EraTableV1 {
		ps("ip.txt", n.IPConfigTxt)
		ps("routes.txt", n.RoutePrintTxt)
		if n.Era == EraTable2019 {
			ps("mtu.txt", n.MtuTxt)
		}
		return fs
	}
	ps("vswitchForwarding.txt", n.VswitchForwardingTxt)
	ps("ip.txt", n.IPTxt)
	ps("routes.txt", n.RoutesTxt)
	ps("arp.txt", n.ArpTxt)
	ps("mtu.txt", n.MtuTxt)
	ps("netadapter.txt", n.NetAdapterTxt)
	for _, f := range n.AdapterFiles() {
		add(f.Path, func() File { return f })
	}
	add("winver.txt", func() File { return File{Path: "winver.txt", Data: Encode(n.Encoding, n.WinverTxt())} })
	if n.Era == EraTableV2 {
		ps("windowsServices.txt", n.WindowsServicesTxt)
		ps("containers.txt", n.ContainersTxt)
	}
	ps("scqueryex.txt", n.ScQueryexTxt)
	res, exc, dyn := n.PortRangeFiles()
	ps("reservedports.txt", func() string { return res })
	ps("excludedportrange.txt", func() string { return exc })
	ps("dynamicportrange.txt", func() string { return dyn })
	return fs
}

func (n *Node) vfpFile() File {
	var b strings.Builder
	_ = n.WriteVfpOutput(&b) // a strings.Builder never fails
	if n.Era == EraJSON2018 {
		return File{Path: "vfpOutput.txt", Data: Encode(EncUTF16, CRLF(b.String()))}
	}
	return File{Path: "vfpOutput.txt", Data: Encode(EncASCII, CRLF(b.String()))}
}

// IPConfigTxt is the ipconfig part of ip.txt alone (collectors before 2021).
func (n *Node) IPConfigTxt() string {
	s := n.IPTxt()
	return s[:strings.Index(s, "\nIPAddress ")]
}

// RoutePrintTxt is the route print part of routes.txt alone.
func (n *Node) RoutePrintTxt() string {
	s := n.RoutesTxt()
	return s[:strings.Index(s, "\nifIndex ")]
}

// AdapterFiles returns adapters\<Name>_int.txt for the host vNIC (ASCII).
func (n *Node) AdapterFiles() []File {
	var fs []File
	for _, i := range n.Ifaces {
		if i.Compartment != 1 || i.Loopback || i.Physical {
			continue
		}
		var b strings.Builder
		fmt.Fprintf(&b, "\nInterface %s Parameters\n----------------------------------------------\n", i.Alias)
		for _, kv := range []KV{{"IfLuid", fmt.Sprintf("ethernet_%d", 32768+i.Index)}, {"IfIndex", i.Index}, {"State", "connected"},
			{"Metric", i.Metric}, {"Link MTU", fmt.Sprintf("%d bytes", i.MTU)}, {"Reachable Time", "33000 ms"},
			{"Base Reachable Time", "30000 ms"}, {"Retransmission Interval", "1000 ms"}, {"DAD Transmits", 3},
			{"Site Prefix Length", 64}, {"Site Id", 1}, {"Forwarding", "enabled"}, {"Advertising", "disabled"},
			{"Neighbor Discovery", "enabled"}, {"Weak Host Sends", "disabled"}, {"Weak Host Receives", "disabled"},
			{"Use Automatic Metric", "enabled"}, {"Ignore Default Routes", "disabled"}} {
			fmt.Fprintf(&b, "%-35s: %v\n", kv.K, kv.V)
		}
		b.WriteString("\n" + n.fmtr().List([][]KV{{{"Name", i.Alias}, {"InterfaceDescription", i.Desc}, {"ifIndex", fmt.Sprint(i.Index)},
			{"Status", "Up"}, {"MacAddress", i.MAC}, {"MtuSize", fmt.Sprint(i.MTU)}, {"MediaConnectionState", "Connected"},
			{"InterfaceGuid", "{" + GUID(n.Name, "ifguid", i.Alias) + "}"}}}))
		fs = append(fs, File{Path: "adapters/" + i.Alias + "_int.txt", Data: Encode(EncASCII, CRLF(b.String()))})
	}
	return fs
}

// FolderName is the random 8.3 name collectlogs.ps1 gives its output folder.
func (n *Node) FolderName() string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz012345"
	h := Hex(22, n.Name, "folder")
	var b strings.Builder
	for i := 0; i < 11; i++ {
		if i == 8 {
			b.WriteByte('.')
		}
		b.WriteByte(alphabet[Num(len(alphabet), h, fmt.Sprint(i))])
	}
	return b.String()
}

// CollectedAt parses the node's collection time.
func (n *Node) CollectedAt() time.Time {
	t, err := time.Parse("2006-01-02 15:04:05", n.Time)
	if err != nil {
		return time.Date(2024, 11, 18, 14, 32, 7, 0, time.UTC)
	}
	return t
}

// BundleName is the file or folder name of the bundle in its layout.
func (n *Node) BundleName() string {
	t := n.CollectedAt()
	switch n.Layout {
	case LayoutAKS:
		return fmt.Sprintf("%s-%s_logs.zip", strings.ToUpper(n.Name), t.Format("20060102-030405"))
	case LayoutRancher:
		return fmt.Sprintf("rancher_rke2_%s_%s.tar.gz", strings.ToLower(n.Name), t.Format("2006-01-02"))
	case LayoutZippedFolder:
		return n.FolderName() + ".zip"
	}
	return n.FolderName()
}
