package routes

import (
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

const routePrint = `===========================================================================
Interface List
 14...00 0d 3a 8f 6c 2b ......Hyper-V Virtual Ethernet Adapter #2
 27...00 15 5d c7 21 04 ......Hyper-V Virtual Ethernet Adapter #3
  6...00 0d 3a 8f 6c 2b ......Microsoft Hyper-V Network Adapter
 11...00 00 00 00 00 00 00 e0 Microsoft ISATAP Adapter #2
  1...........................Software Loopback Interface 1
===========================================================================

IPv4 Route Table
===========================================================================
Active Routes:
Network Destination        Netmask          Gateway       Interface  Metric
          0.0.0.0          0.0.0.0       10.240.0.1      10.240.0.4     15
       10.240.0.0      255.255.0.0         On-link       10.240.0.4    271
       10.244.1.0    255.255.255.0         On-link       10.244.1.2    261
       10.244.2.0    255.255.255.0       10.240.0.5      10.240.0.4     16
        127.0.0.0        255.0.0.0         On-link         127.0.0.1    331
  255.255.255.255  255.255.255.255         On-link         127.0.0.1    331
===========================================================================
Persistent Routes:
  Network Address          Netmask  Gateway Address  Metric
          0.0.0.0          0.0.0.0       10.240.0.1  Default
     10.250.0.0      255.255.0.0       10.240.0.7      5
===========================================================================

IPv6 Route Table
===========================================================================
Active Routes:
 If Metric Network Destination      Gateway
  1    331 ::1/128                  On-link
 14    271 fe80::/64                On-link
 14    271 fe80::1c2a:3b4c:5d6e:7f80/128
                                    On-link
 14    271 2001:db8:1234:5678:9abc:def0:1234:5678/128
                                    fe80::1
  1    331 ff00::/8                 On-link
===========================================================================
Persistent Routes:
  None
`

var fixtures = []pstexttest.Fixture{
	{Name: "routes-full.txt", Text: routePrint + `

ifIndex DestinationPrefix                              NextHop                                  RouteMetric ifMetric PolicyStore
------- -----------------                              -------                                  ----------- -------- -----------
27      10.244.1.0/24                                  0.0.0.0                                          256 5        ActiveStore
14      0.0.0.0/0                                      10.240.0.1                                         0 15       ActiveStore
31      0.0.0.0/0                                      10.244.1.1                                         0 5        ActiveStore
14      fe80::1c2a:3b4c:5d6e:7f80/128                  ::                                               256 15       ActiveStore
8       0.0.0.0/0                                      10.240.0.1                                         0          PersistentStore


`},
	{Name: "routes-narrow.txt", Text: routePrint + `

ifIndex DestinationPrefix              NextHop                  RouteMetric ifMetric PolicySt...
------- -----------------              -------                  ----------- -------- -----------
27      10.244.1.0/24                  0.0.0.0                          256 5        ActiveS...
14      2001:db8:aaaa:bbbb:cccc:ddd... fe80::1234:5678:9abc:...           0 15       Persist...


`},
	{Name: "routes-80col.txt", Text: `

ifIndex DestinationPrefix                              NextHop
------- -----------------                              -------
27      10.244.1.0/24                                  0.0.0.0
14      0.0.0.0/0                                      10.240.0.1


`},
	{Name: "ipv4routes.txt", Enc: textenc.UTF8BOM, Text: `===========================================================================
Interface List
  7...00 15 5d 01 02 03 ......Hyper-V Virtual Ethernet Adapter
  1...........................Software Loopback Interface 1
===========================================================================

IPv4 Route Table
===========================================================================
Active Routes:
Network Destination        Netmask          Gateway       Interface  Metric
          0.0.0.0          0.0.0.0      172.16.0.1    172.16.0.10     15
===========================================================================
Persistent Routes:
  None
`},
	{Name: "ipv6routes.txt", Enc: textenc.UTF8BOM, Text: `===========================================================================
Interface List
  7...00 15 5d 01 02 03 ......Hyper-V Virtual Ethernet Adapter
===========================================================================

IPv6 Route Table
===========================================================================
Active Routes:
 If Metric Network Destination      Gateway
  7    271 ::/0                     fe80::1
  7    271 fdfe:1234:5678:9abc:def0:1111:2222:3333/128
                                    On-link
===========================================================================
Persistent Routes:
 If Metric Network Destination      Gateway
  0 4294967295 ::/0                     fe80::1
`},
	{Name: "routes-de.txt", Text: `===========================================================================
Schnittstellenliste
 14...00 0d 3a 8f 6c 2b ......Hyper-V Virtual Ethernet Adapter #2
  1...........................Software Loopback Interface 1
===========================================================================

IPv4-Routentabelle
===========================================================================
Aktive Routen:
     Netzwerkziel    Netzwerkmaske          Gateway    Schnittstelle Metrik
          0.0.0.0          0.0.0.0       10.240.0.1      10.240.0.4     15
       10.240.0.0      255.255.0.0   Auf Verbindung      10.240.0.4    271
===========================================================================
Ständige Routen:
  Keine
`},
	{Name: "routes-badmask.txt", Text: `IPv4 Route Table
===========================================================================
Active Routes:
Network Destination        Netmask          Gateway       Interface  Metric
       10.240.0.0      255.0.255.0         On-link       10.240.0.4    271
 14    271 fe80::1c2a:3b4c:5d6e:7f80/128
`},
	{Name: "networkroutes", Enc: textenc.UTF8BOM, Text: `

ifIndex DestinationPrefix                              NextHop                                  RouteMetric ifMetric PolicyStore
------- -----------------                              -------                                  ----------- -------- -----------
7       255.255.255.255/32                             0.0.0.0                                          256 15       ActiveStore
7       172.16.0.0/16                                  0.0.0.0                                          256 15       ActiveStore
7       0.0.0.0/0                                      172.16.0.1                                         0 15       ActiveStore
1       ::1/128                                        ::                                               256 75       ActiveStore


`},
	{Name: "routes-fr.txt", Text: `===========================================================================
Liste d'Interfaces
 14...00 0d 3a 8f 6c 2b ......Hyper-V Virtual Ethernet Adapter #2
  1...........................Software Loopback Interface 1
===========================================================================

IPv4 Table de routage
===========================================================================
Itinéraires actifs :
Destination réseau    Masque réseau  Adr. passerelle   Adr. interface Métrique
          0.0.0.0          0.0.0.0       10.240.0.1      10.240.0.4     15
        127.0.0.0        255.0.0.0         On-link         127.0.0.1    331
===========================================================================
Itinéraires persistants :
  Adresse réseau    Masque réseau  Adresse passerelle Métrique
       10.250.0.0      255.255.0.0       10.240.0.7       5
===========================================================================

IPv6 Table de routage
===========================================================================
Itinéraires actifs :
 If Metric Network Destination      Gateway
 14    271 fe80::/64                On-link
===========================================================================
Itinéraires persistants :
  Aucun
`},
}
