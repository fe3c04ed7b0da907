package arp

import "github.com/hnsscope/hnsscope/parser/pstext/pstexttest"

var fixtures = []pstexttest.Fixture{
	{Name: "arp.txt", Text: `
Interface: 10.240.0.4 --- 0xe
  Internet Address      Physical Address      Type
  10.240.0.1            12-34-56-78-9a-bc     dynamic
  10.240.0.5            00-0d-3a-8f-11-22     dynamic
  10.240.255.255        ff-ff-ff-ff-ff-ff     static
  224.0.0.22            01-00-5e-00-00-16     static

Interface: 10.244.1.2 --- 0x1b
  Internet Address      Physical Address      Type
  10.244.1.7            00-15-5d-9a-0b-11     dynamic
  10.244.1.255          ff-ff-ff-ff-ff-ff     static


ifIndex IPAddress                                          LinkLayerAddress      State       PolicyStore
------- ---------                                          ----------------      -----       -----------
31      10.244.1.1                                         00-15-5D-C7-21-04     Reachable   ActiveStore
27      10.244.1.7                                         00-15-5D-9A-0B-11     Stale       ActiveStore
14      10.240.0.1                                         12-34-56-78-9A-BC     Reachable   ActiveStore
14      10.240.0.9                                         00-00-00-00-00-00     Unreachable ActiveStore
14      fe80::1234:5678:9abc:def0                          12-34-56-78-9A-BC     Stale       ActiveStore
14      ff02::1:ff00:4                                                           Permanent   ActiveStore


`},
	{Name: "arp-de.txt", Text: `
Schnittstelle: 192.168.10.21 --- 0x6
  Internetadresse       Physische Adresse     Typ
  192.168.10.1          00-11-22-33-44-55     dynamisch
  192.168.10.255        ff-ff-ff-ff-ff-ff     statisch
`},
	{Name: "arp-narrow.txt", Text: `
ifIndex IPAddress                  LinkLayerAddress  State
------- ---------                  ----------------  -----
14      2001:db8:aaaa:bbbb:ccc...  12-34-56-78-9A-BC Stale
`},
	{Name: "arp-broken.txt", Text: `
Interface: 10.240.0.4 --- 0xe
  Internet Address      Physical Address      Type
  10.240.0.1            12-34-56-78-9a        dynamic
No ARP Entries Found.
`},
}
