package mtu

import (
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

var fixtures = []pstexttest.Fixture{
	{Name: "mtu.txt", Text: `

Idx     Met         MTU          State                Name
---  ----------  ----------  ------------  ---------------------------
  1          75  4294967295  connected     Loopback Pseudo-Interface 1
 14          15        1500  connected     vEthernet (Ethernet 2)
 27           5        1450  connected     vEthernet (cbr0_ep)
  7          25        1500  disconnected  Ethernet 3
  9          35        1500  hardware not present  Local Area Connection* 1

`},
	{Name: "ipv4subinterfaces.txt", Enc: textenc.UTF8BOM, Text: `
   MTU  MediaSenseState   Bytes In  Bytes Out  Interface
------  ---------------  ---------  ---------  -------------
4294967295                1          0      24286  Loopback Pseudo-Interface 1
  1500                1  2208478426   55226598  Ethernet
  1450                1     123456     654321  vEthernet (Ethernet)
`},
	{Name: "mtu-broken.txt", Text: `

Idx     Met         MTU          State                Name
---  ----------  ----------  ------------  ---------------------------
  x          75  4294967295  connected     Loopback Pseudo-Interface 1
 14          15        1500  connected
`},
}
