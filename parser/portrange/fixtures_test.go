package portrange

import (
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

var fixtures = []pstexttest.Fixture{
	{Name: "dynamicportrange.txt", Text: `
Protocol tcp Dynamic Port Range
---------------------------------
Start Port      : 49152
Number of Ports : 16384


Protocol udp Dynamic Port Range
---------------------------------
Start Port      : 49152
Number of Ports : 16384

`},
	{Name: "excludedportrange.txt", Text: `
Protocol tcp Port Exclusion Ranges

Start Port    End Port
----------    --------
      1024        1123
     50000       50059     *
     50060       50159
     50100       50199

* - Administered port exclusions.


Protocol udp Port Exclusion Ranges

Start Port    End Port
----------    --------

* - Administered port exclusions.

`},
	{Name: "reservedports.txt", Text: `Rough estimation of the ephemeral port availability: up to 246 allocations of 64 contiguous TCP ports may be possible
Couldn't reserve more than 3 ranges of 64 ports
`},
	{Name: "reservedports-2019.txt", Enc: textenc.UTF8, Text: `The ephemeral port range still has room for making up to 120 allocations of 64 contiguous TCP ports
`},
	{Name: "reservedports-exhausted.txt", Text: `ERROR: Running out of ephemeral ports. The ephemeral ports range doesn't have enough resources to allow allocating 64 contiguous TCP ports.
Successfully reserved 10 ranges of 64 ports
`},
	{Name: "reservedports-tables.txt", Text: `
Protocol tcp Port Exclusion Ranges

Start Port    End Port
----------    --------
     49152       49251

* - Administered port exclusions.

`},
	{Name: "localised.txt", Enc: textenc.UTF8BOM, Text: `
Protokoll tcp Dynamischer Portbereich
---------------------------------
Startport       : 10000
Anzahl der Ports : 1000


Protokoll udp Portausschlussbereiche

Startport    Endport
----------    --------
     10000       10899     *

* - Verwaltete Portausschlüsse.

`},
	{Name: "broken.txt", Text: `The requested operation requires elevation (Run as administrator).
      2000        1000
Protocol tcp Dynamic Port Range
---------------------------------
Start Port      : 60000
Number of Ports : 16384
     1     2
Protocol udp Dynamic Port Range
Number of Ports : 100
Protocol udp Port Exclusion Ranges
     70000       70010
Rough estimation of the ephemeral port availability: up to many allocations of 64 contiguous TCP ports may be possible
`},
}
