package nodegen

import (
	"fmt"
	"strings"
)

// WinverTxt renders winver.txt, including the bare "\n\n" PowerShell writes
// before the HotFix table (the caller must not convert this file's line ends).
func (n *Node) WinverTxt() string {
	head := fmt.Sprintf("Microsoft Windows NT 10.0.%d.0\n", n.Build)
	if len(n.HotFixes) == 0 {
		return CRLF(head) + "\n\n\r\n" + CRLF("<No hotfix>\n")
	}
	var rows [][]string
	for _, h := range n.HotFixes {
		rows = append(rows, []string{strings.ToUpper(n.Name), h.Description, h.ID, "NT AUTHORITY\\SYSTEM", h.InstalledOn})
	}
	cols := []Column{{Header: "Source", Width: 13}, {Header: "Description", Width: 16}, {Header: "HotFixID", Width: 13},
		{Header: "InstalledBy", Width: 20}, {Header: "InstalledOn"}}
	return CRLF(head) + "\n\n\r\n" + CRLF(n.fmtr().Table(cols, rows))
}

// WindowsServicesTxt renders windowsServices.txt (Get-Service table).
func (n *Node) WindowsServicesTxt() string {
	var rows [][]string
	for _, s := range n.Services {
		st := "Stopped"
		if s.Running {
			st = "Running"
		}
		rows = append(rows, []string{st, s.Name, s.Display})
	}
	return n.fmtr().Table([]Column{{Header: "Status", Width: 8}, {Header: "Name", Width: 18}, {Header: "DisplayName"}}, rows)
}

// ScQueryexTxt renders scqueryex.txt: sc.exe queryex (running services) then sc.exe qc blocks.
func (n *Node) ScQueryexTxt() string {
	var b strings.Builder
	for _, s := range n.Services {
		if !s.Running || s.Kernel {
			continue
		}
		fmt.Fprintf(&b, "\nSERVICE_NAME: %s\nDISPLAY_NAME: %s\n", s.Name, s.Display)
		b.WriteString("        TYPE               : 10  WIN32_OWN_PROCESS  \n")
		b.WriteString("        STATE              : 4  RUNNING \n                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)\n")
		b.WriteString("        WIN32_EXIT_CODE    : 0  (0x0)\n        SERVICE_EXIT_CODE  : 0  (0x0)\n        CHECKPOINT         : 0x0\n        WAIT_HINT          : 0x0\n")
		fmt.Fprintf(&b, "        PID                : %d\n        FLAGS              : \n", s.PID)
	}
	for _, name := range []string{"hns", "vfpext", "dnscache", "iphlpsvc", "BFE", "Dhcp", "hvsics", "NetSetupSvc", "mpssvc", "nvagent", "nsi", "vmcompute", "SharedAccess", "CmService", "vmms"} {
		if name == "hvsics" || name == "CmService" {
			fmt.Fprintf(&b, "[SC] OpenService FAILED 1060:\n\nThe specified service does not exist as an installed service.\n\n")
			continue
		}
		typ, start, path := "20  WIN32_SHARE_PROCESS", "3   DEMAND_START", `C:\Windows\system32\svchost.exe -k NetSvcs -p`
		if name == "vfpext" {
			typ, start, path = "1  KERNEL_DRIVER", "3   DEMAND_START", `\SystemRoot\system32\drivers\vfpext.sys`
		}
		fmt.Fprintf(&b, "[SC] QueryServiceConfig SUCCESS\n\nSERVICE_NAME: %s\n        TYPE               : %s\n        START_TYPE         : %s\n", name, typ, start)
		fmt.Fprintf(&b, "        ERROR_CONTROL      : 1   NORMAL\n        BINARY_PATH_NAME   : %s\n        LOAD_ORDER_GROUP   : \n        TAG                : 0\n", path)
		fmt.Fprintf(&b, "        DISPLAY_NAME       : %s\n        DEPENDENCIES       : RpcSs\n        SERVICE_START_NAME : LocalSystem\n\n", name)
	}
	return b.String()
}

// ContainersTxt renders containers.txt (ctr -n k8s.io c ls).
func (n *Node) ContainersTxt() string {
	var b strings.Builder
	b.WriteString("CONTAINER                                                           IMAGE                                                 RUNTIME                  \n")
	for _, e := range n.LocalPods() {
		for i, c := range e.Containers {
			img := "mcr.microsoft.com/oss/kubernetes/pause:3.9"
			if i > 0 {
				img = "mcr.microsoft.com/windows/servercore:ltsc2019"
			}
			fmt.Fprintf(&b, "%-67s %-53s %-24s \n", c, img, "io.containerd.runhcs.v1")
		}
	}
	return b.String()
}

// MtuTxt renders mtu.txt (netsh int ipv4 sh int, host compartment).
func (n *Node) MtuTxt() string {
	var b strings.Builder
	b.WriteString("\nIdx     Met         MTU          State                Name\n---  ----------  ----------  ------------  ---------------------------\n")
	for _, i := range n.Ifaces {
		if i.Compartment == 1 && !i.Physical {
			fmt.Fprintf(&b, "%3d  %10d  %10d  %-12s  %s\n", i.Index, i.Metric, i.MTU, "connected", i.Alias)
		}
	}
	b.WriteString("\n")
	return b.String()
}

// SubinterfacesTxt renders Rancher's ipv4subinterfaces (netsh interface
// ipv4 show subinterfaces, host compartment): the NIC bound to the vSwitch
// has no IPv4 binding and is absent.
func (n *Node) SubinterfacesTxt() string {
	var b strings.Builder
	b.WriteString("\n   MTU  MediaSenseState   Bytes In  Bytes Out  Interface\n------  ---------------  ---------  ---------  -------------\n")
	for _, i := range n.Ifaces {
		if i.Compartment == 1 && !i.Physical {
			in, out := 1000003*i.Index, 700001*i.Index
			if i.Loopback {
				in = 0
			}
			fmt.Fprintf(&b, "%6d  %15d  %9d  %9d  %s\n", i.MTU, 1, in, out, i.Alias)
		}
	}
	b.WriteString("\n")
	return b.String()
}

// NetAdapterTxt renders netadapter.txt (Get-NetAdapter -IncludeHidden).
func (n *Node) NetAdapterTxt() string {
	var rows [][]string
	for _, i := range n.Ifaces {
		if i.Loopback {
			continue
		}
		speed := "10 Gbps"
		if i.Physical {
			speed = "50 Gbps"
		}
		rows = append(rows, []string{i.Alias, i.Desc, fmt.Sprint(i.Index), "Up", i.MAC, speed})
	}
	cols := []Column{{Header: "Name", Width: 25, Max: 25}, {Header: "InterfaceDescription", Width: 30, Max: 30}, {Header: "ifIndex", Right: true},
		{Header: "Status", Width: 11}, {Header: "MacAddress", Width: 22}, {Header: "LinkSpeed", Right: true, Width: 12}}
	return n.fmtr().Table(cols, rows)
}

// ArpTxt renders arp.txt: arp -a (host compartment) then Get-NetNeighbor.
func (n *Node) ArpTxt() string {
	var b strings.Builder
	var rows [][]string
	for _, i := range n.Ifaces {
		if i.Compartment != 1 || i.Loopback || i.Physical {
			continue
		}
		fmt.Fprintf(&b, "\nInterface: %s --- 0x%x\n  Internet Address      Physical Address      Type\n", i.IP, i.Index)
		if i.Index == 14 {
			gwMAC := "12-34-56-78-9a-bc"
			fmt.Fprintf(&b, "  %-21s %-21s %s\n", n.NodeGW, gwMAC, "dynamic")
			rows = append(rows, []string{"14", n.NodeGW.String(), strings.ToUpper(gwMAC), "Reachable", "ActiveStore"})
			for _, r := range n.RemoteNodes {
				mac := "12-34-56-78-9a-bc"
				fmt.Fprintf(&b, "  %-21s %-21s %s\n", r.IP, mac, "dynamic")
				rows = append(rows, []string{"14", r.IP.String(), strings.ToUpper(mac), "Reachable", "ActiveStore"})
			}
		}
		bc := Last(prefixOf(i))
		fmt.Fprintf(&b, "  %-21s %-21s %s\n", bc, "ff-ff-ff-ff-ff-ff", "static")
		fmt.Fprintf(&b, "  %-21s %-21s %s\n", "224.0.0.22", "01-00-5e-00-00-16", "static")
		rows = append(rows, []string{fmt.Sprint(i.Index), "224.0.0.22", "01-00-5E-00-00-16", "Permanent", "ActiveStore"})
	}
	cols := []Column{{Header: "ifIndex"}, {Header: "IPAddress", Width: 39}, {Header: "LinkLayerAddress", Width: 31}, {Header: "State", Width: 11}, {Header: "PolicyStore"}}
	return b.String() + n.fmtr().Table(cols, rows)
}
