package netadapter

import (
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

var tableFixtures = []pstexttest.Fixture{
	{Name: "netadapter.txt", Text: `

Name                      InterfaceDescription                    ifIndex Status       MacAddress             LinkSpeed
----                      --------------------                    ------- ------       ----------             ---------
vEthernet (Ethernet 2)    Hyper-V Virtual Ethernet Adapter #2          14 Up           00-0D-3A-8F-6C-2B        50 Gbps
Ethernet 2                Microsoft Hyper-V Network Adapter             6 Up           00-0D-3A-8F-6C-2B        50 Gbps
vEthernet (cbr0_ep)       Hyper-V Virtual Ethernet Adapter #3          27 Up           00-15-5D-C7-21-04        10 Gbps
Ethernet 3                Mellanox ConnectX-4 Lx Virtual Ethern...      7 Disconnected 00-0D-3A-8F-6C-2C          0 bps
Local Area Connection* 1  WAN Miniport (IP)                             9 Not Present                            0 bps
vEthernet (a3c5e1f0d2b...  Hyper-V Virtual Ethernet Adapter #7          31 Up           00-15-5D-9A-0B-11        10 Gbps


`},
}

var intFixtures = []pstexttest.Fixture{
	{Name: "adapters/vEthernet (Ethernet 2)_int.txt", Enc: textenc.UTF8, Text: `

Interface vEthernet (Ethernet 2) Parameters
----------------------------------------------
IfLuid                             : ethernet_32769
IfIndex                            : 14
State                              : connected
Metric                             : 15
Link MTU                           : 1500 bytes
Reachable Time                     : 33000 ms
Base Reachable Time                : 30000 ms
Retransmission Interval            : 1000 ms
DAD Transmits                      : 3
Site Prefix Length                 : 64
Site Id                            : 1
Forwarding                         : enabled
Advertising                        : disabled
Neighbor Discovery                 : enabled
Neighbor Unreachability Detection  : enabled
Router Discovery                   : dhcp
Managed Address Configuration      : enabled
Other Stateful Configuration       : enabled
Weak Host Sends                    : disabled
Weak Host Receives                 : disabled
Use Automatic Metric               : enabled
Ignore Default Routes              : disabled
Advertised Router Lifetime         : 1800 seconds
Advertise Default Route            : disabled
Current Hop Limit                  : 0
Force ARPND Wake up patterns       : disabled
Directed MAC Wake up patterns      : disabled
ECN capability                     : application
RA Based DNS Config (RFC 6106)     : disabled
DHCP/Static IP coexistence         : disabled



MacAddress                                       : 00-0D-3A-8F-6C-2B
Status                                           : Up
LinkSpeed                                        : 50 Gbps
MediaType                                        : 802.3
PhysicalMediaType                                : Unspecified
AdminStatus                                      : Up
MediaConnectionState                             : Connected
DriverInformation                                : Driver Date 2006-06-21 Version 10.0.17763.1 NDIS 6.30
DriverFileName                                   : vmswitch.sys
NdisVersion                                      : 6.30
ifOperStatus                                     : Up
ifAlias                                          : vEthernet (Ethernet 2)
InterfaceAlias                                   : vEthernet (Ethernet 2)
ifIndex                                          : 14
ifDesc                                           : Hyper-V Virtual Ethernet Adapter #2
ifName                                           : ethernet_32769
DriverVersion                                    : 10.0.17763.1
LowerLayerInterfaceIndices                       :
HigherLayerInterfaceIndices                      : {22}
InterfaceDescription                             : Hyper-V Virtual Ethernet Adapter #2
InterfaceGuid                                    : {4B1C7F2E-8D3A-4E5F-9A6B-7C8D9E0F1A2B}
MtuSize                                          : 1500
Name                                             : vEthernet (Ethernet 2)
Virtual                                          : True
Hidden                                           : False


`},
	{Name: "adapters/vEthernet (a3c5e1f0d2b4_eth0)_int.txt", Enc: textenc.UTF8, Text: `The filename, directory name, or volume label syntax is incorrect.



MacAddress                                       : 00-15-5D-9A-0B-11
Status                                           : Up
ifIndex                                          : 31
InterfaceDescription                             : Hyper-V Virtual Ethernet Adapter #7
MtuSize                                          : 1450
Name                                             : vEthernet (a3c5e1f0d2b4_eth0)


`},
	{Name: "vEthernet (nat)_int.txt", Enc: textenc.UTF8, Text: `

Interface vEthernet (nat) Parameters
----------------------------------------------
IfLuid                             : ethernet_32771
IfIndex                            : 19
State                              : disconnected
Metric                             : 5000
Link MTU                           : 1500 bytes
Forwarding                         : disabled

`},
}
