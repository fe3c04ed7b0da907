package pstext

import (
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

var fixtures = []pstexttest.Fixture{
	{Name: "netroute-full.txt", Text: `

ifIndex DestinationPrefix                              NextHop                                  RouteMetric ifMetric PolicyStore
------- -----------------                              -------                                  ----------- -------- -----------
27      10.244.1.0/24                                  0.0.0.0                                          256 5        ActiveStore
14      0.0.0.0/0                                      10.240.0.1                                         0 15       ActiveStore
9       ff00::/8                                       ::                                               256          ActiveStore
14      0.0.0.0/0                                      10.240.0.1                                         0          PersistentStore


`},
	{Name: "netroute-narrow.txt", Text: `

ifIndex DestinationPrefix              NextHop                                  RouteMetric ifMetric Persiste...
------- -----------------              -------                                  ----------- -------- -----------
27      fe80::1c2a:3b4c:5d6e:7f80/128  ::                                               256 5        ActiveS...
14      2001:db8:aaaa:bbbb:cccc:ddd... fe80::1234:5678:9abc:def0                         0 15       Persist...


`},
	{Name: "ipaddress-list.txt", Text: `

IPAddress         : fe80::1c2a:3b4c:5d6e:7f80%14
InterfaceIndex    : 14
InterfaceAlias    : vEthernet (Ethernet 2)
AddressFamily     : IPv6
Type              : Unicast
PrefixLength      : 64
PrefixOrigin      : WellKnown
SuffixOrigin      : Link
AddressState      : Preferred
ValidLifetime     : Infinite ([TimeSpan]::MaxValue)
PreferredLifetime : Infinite ([TimeSpan]::MaxValue)
SkipAsSource      : False
PolicyStore       : ActiveStore

IPAddress         : 10.244.1.2
InterfaceIndex    : 27
InterfaceAlias    : vEthernet (cbr0_ep)
AddressFamily     : IPv4
PrefixLength      :
PolicyStore       : ActiveStore


`},
	{Name: "namespace-wrap.txt", Text: `

ID            : 5f3a9d1c-7b2e-4c11-9a0d-3e4f5a6b7c8d
IsDefault     : False
ResourceList  : {@{Type=Endpoint; Data=}, @{Type=Container; Data=}}
Endpoints     : {0a1b2c3d-4e5f-6789-abcd-ef0123456789, 1a1b2c3d-4e5f-6789-abcd-ef01234
                56789}
CompartmentId : 3


`},
	{Name: "mixed.txt", Text: `
Protocol tcp Dynamic Port Range
---------------------------------
Start Port      : 49152
Number of Ports : 16384


Protocol tcp Port Exclusion Ranges

Start Port    End Port
----------    --------
      1024        1123
     50000       50059     *

* - Administered port exclusions.

Idx     Met         MTU          State                Name
---  ----------  ----------  ------------  ---------------------------
  1          75  4294967295  connected     Loopback Pseudo-Interface 1
 14          15        1500  connected     vEthernet (Ethernet 2)
  6          25        1500  hardware not present  Ethernet 3

`},
	{Name: "services-ps7.txt", Enc: textenc.UTF8, Text: `
Status   Name               DisplayName
------   ----               -----------
Running  containerd         containerd container runtime
Stopped  hns                Host Network Servi…
Running  kubelet            kubelet
Running  kubeproxyextralongn kubeproxy
`},
}
