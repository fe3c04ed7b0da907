package ipconfig

import (
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

var fixtures = []pstexttest.Fixture{
	{Name: "ip-allcompartments.txt", Text: `
Windows IP Configuration

==============================================================================
Network Information for Compartment 1 (ACTIVE)
==============================================================================
   Host Name . . . . . . . . . . . . : akswin000000
   Primary Dns Suffix  . . . . . . . :
   Node Type . . . . . . . . . . . . : Hybrid
   IP Routing Enabled. . . . . . . . : Yes
   WINS Proxy Enabled. . . . . . . . : No
   DNS Suffix Search List. . . . . . : abc.cx.internal.cloudapp.net
                                       cluster.local

Ethernet adapter vEthernet (Ethernet 2):

   Connection-specific DNS Suffix  . : abc.cx.internal.cloudapp.net
   Description . . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter #2
   Physical Address. . . . . . . . . : 00-0D-3A-8F-6C-2B
   DHCP Enabled. . . . . . . . . . . : Yes
   Autoconfiguration Enabled . . . . : Yes
   IPv6 Address. . . . . . . . . . . : 2001:db8:10::4(Preferred)
   Link-local IPv6 Address . . . . . : fe80::1c2a:3b4c:5d6e:7f80%14(Preferred)
   IPv4 Address. . . . . . . . . . . : 10.240.0.4(Preferred)
   Subnet Mask . . . . . . . . . . . : 255.255.0.0
   Lease Obtained. . . . . . . . . . : Wednesday, January 10, 2024 9:15:02 AM
   Lease Expires . . . . . . . . . . : Saturday, February 16, 2160 4:06:40 PM
   Default Gateway . . . . . . . . . : fe80::1234:5678:9abc:def0%14
                                       10.240.0.1
   DHCP Server . . . . . . . . . . . : 168.63.129.16
   DHCPv6 IAID . . . . . . . . . . . : 352324957
   DHCPv6 Client DUID. . . . . . . . : 00-01-00-01-2C-2D-3E-4F-00-0D-3A-8F-6C-2B
   DNS Servers . . . . . . . . . . . : 168.63.129.16
                                       10.240.0.10
   NetBIOS over Tcpip. . . . . . . . : Enabled

Ethernet adapter vEthernet (cbr0_ep):

   Connection-specific DNS Suffix  . :
   Description . . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter #3
   Physical Address. . . . . . . . . : 00-15-5D-C7-21-04
   DHCP Enabled. . . . . . . . . . . : No
   Autoconfiguration Enabled . . . . : Yes
   Link-local IPv6 Address . . . . . : fe80::8d1:4ef2:9a7b:21c3%27(Preferred)
   IPv4 Address. . . . . . . . . . . : 10.244.1.2(Preferred)
   Subnet Mask . . . . . . . . . . . : 255.255.255.0
   Default Gateway . . . . . . . . . :
   DNS Servers . . . . . . . . . . . : fec0:0:0:ffff::1%1
                                       fec0:0:0:ffff::2%1
   NetBIOS over Tcpip. . . . . . . . : Enabled

Ethernet adapter vEthernet (nat):

   Connection-specific DNS Suffix  . :
   Description . . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter #4
   Physical Address. . . . . . . . . : 00-15-5D-11-22-33
   DHCP Enabled. . . . . . . . . . . : No
   Autoconfiguration Enabled . . . . : Yes
   Link-local IPv6 Address . . . . . : fe80::34b5:b7e:ceb6:5800%19(Tentative)
   Default Gateway . . . . . . . . . :
   NetBIOS over Tcpip. . . . . . . . : Enabled

Ethernet adapter Ethernet 3:

   Media State . . . . . . . . . . . : Media disconnected
   Connection-specific DNS Suffix  . :
   Description . . . . . . . . . . . : Mellanox ConnectX-4 Lx Virtual Ethernet Adapter
   Physical Address. . . . . . . . . : 00-0D-3A-8F-6C-2C
   DHCP Enabled. . . . . . . . . . . : Yes
   Autoconfiguration Enabled . . . . : Yes

Ethernet adapter Ethernet 4:

   Connection-specific DNS Suffix  . :
   Description . . . . . . . . . . . : Microsoft Hyper-V Network Adapter #2
   Physical Address. . . . . . . . . : 00-0D-3A-8F-6C-2D
   DHCP Enabled. . . . . . . . . . . : Yes
   Autoconfiguration Enabled . . . . : Yes
   Link-local IPv6 Address . . . . . : fe80::5d2:9b1:77aa:101%9(Preferred)
   Autoconfiguration IPv4 Address. . : 169.254.1.1(Preferred)
   Subnet Mask . . . . . . . . . . . : 255.255.0.0
   Default Gateway . . . . . . . . . :

==============================================================================
Network Information for Compartment 2
==============================================================================

==============================================================================
Network Information for Compartment 3
==============================================================================
   Host Name . . . . . . . . . . . . : akswin000000
   Primary Dns Suffix  . . . . . . . :
   Node Type . . . . . . . . . . . . : Hybrid
   IP Routing Enabled. . . . . . . . : No
   WINS Proxy Enabled. . . . . . . . : No

Ethernet adapter vEthernet (a3c5e1f0d2b4_eth0):

   Connection-specific DNS Suffix  . : default.svc.cluster.local
   Description . . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter #7
   Physical Address. . . . . . . . . : 00-15-5D-9A-0B-11
   DHCP Enabled. . . . . . . . . . . : No
   Autoconfiguration Enabled . . . . : Yes
   Link-local IPv6 Address . . . . . : fe80::6c41:2d3e:81f2:3b7a%31(Preferred)
   IPv4 Address. . . . . . . . . . . : 10.244.1.7(Preferred)
   Subnet Mask . . . . . . . . . . . : 255.255.255.0
   Default Gateway . . . . . . . . . : 10.244.1.1
   DNS Servers . . . . . . . . . . . : 10.96.0.10
   NetBIOS over Tcpip. . . . . . . . : Disabled


IPAddress         : 10.244.1.7
InterfaceIndex    : 31
InterfaceAlias    : vEthernet (a3c5e1f0d2b4_eth0)
AddressFamily     : IPv4
Type              : Unicast
PrefixLength      : 24
PrefixOrigin      : Manual
SuffixOrigin      : Manual
AddressState      : Preferred
ValidLifetime     : Infinite ([TimeSpan]::MaxValue)
PreferredLifetime : Infinite ([TimeSpan]::MaxValue)
SkipAsSource      : False
PolicyStore       : ActiveStore

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
Type              : Unicast
PrefixLength      : 24
PrefixOrigin      : Manual
SuffixOrigin      : Manual
AddressState      : Preferred
ValidLifetime     : Infinite ([TimeSpan]::MaxValue)
PreferredLifetime : Infinite ([TimeSpan]::MaxValue)
SkipAsSource      : False
PolicyStore       : ActiveStore



ifIndex InterfaceAlias                  AddressFamily NlMtu(Bytes) InterfaceMetric Dhcp     ConnectionState PolicyStore
------- --------------                  ------------- ------------ --------------- ----     --------------- -----------
31      vEthernet (a3c5e1f0d2b4_eth0)   IPv4                  1450               5 Disabled Connected       ActiveStore
27      vEthernet (cbr0_ep)             IPv4                  1500               5 Disabled Connected       ActiveStore
14      vEthernet (Ethernet 2)          IPv4                  1500              15 Enabled  Connected       ActiveStore
7       Ethernet 3                      IPv4                  1500                 Enabled  Disconnected    ActiveStore


`},
	{Name: "ip-german.txt", Text: `
Windows-IP-Konfiguration

==============================================================================
Netzwerkinformationen für Depot 1 (AKTIV)
==============================================================================
   Hostname  . . . . . . . . . . . . : winnode01
   Primäres DNS-Suffix . . . . . . . :
   Knotentyp . . . . . . . . . . . . : Hybrid
   IP-Routing aktiviert  . . . . . . : Ja
   WINS-Proxy aktiviert  . . . . . . : Nein

Ethernet-Adapter vEthernet (Ethernet):

   Verbindungsspezifisches DNS-Suffix:
   Beschreibung. . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter
   Physische Adresse . . . . . . . . : 00-15-5D-01-02-03
   DHCP aktiviert. . . . . . . . . . : Nein
   Autokonfiguration aktiviert . . . : Ja
   Verbindungslokale IPv6-Adresse  . : fe80::a1b2:c3d4:e5f6:1234%6(Bevorzugt)
   IPv4-Adresse  . . . . . . . . . . : 192.168.10.21(Bevorzugt)
   Subnetzmaske  . . . . . . . . . . : 255.255.255.0
   Standardgateway . . . . . . . . . : 192.168.10.1
   DNS-Server  . . . . . . . . . . . : 192.168.10.2
                                       192.168.10.3
   NetBIOS über TCP/IP . . . . . . . : Aktiviert

Ethernet-Adapter Ethernet 2:

   Medienstatus. . . . . . . . . . . : Medium getrennt
   Verbindungsspezifisches DNS-Suffix:
   Beschreibung. . . . . . . . . . . : Intel(R) Ethernet Connection I217-LM
   Physische Adresse . . . . . . . . : 00-15-5D-01-02-04
`},
	{Name: "ip-french.txt", Text: `
Configuration IP de Windows

   Nom de l'hôte . . . . . . . . . . : winnode02
   Suffixe DNS principal . . . . . . :
   Type de noeud. . . . . . . . . .  : Hybride
   Routage IP activé . . . . . . . . : Non
   Proxy WINS activé . . . . . . . . : Non

Carte Ethernet vEthernet (nat) :

   Suffixe DNS propre à la connexion. . . :
   Description. . . . . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter #2
   Adresse physique . . . . . . . . . . . : 00-15-5D-AA-BB-CC
   DHCP activé. . . . . . . . . . . . . . : Non
   Configuration automatique activée. . . : Oui
   Adresse IPv6 de liaison locale. . . . .: fe80::2c8e:1a2b:3c4d:5e6f%11(préféré)
   Adresse IPv4. . . . . . . . . . . . . .: 172.28.96.1(préféré)
   Masque de sous-réseau. . . . . . . . . : 255.255.240.0
   Passerelle par défaut. . . . . . . . . :
   Serveurs DNS. . .  . . . . . . . . . . : 172.28.96.2
   NetBIOS sur Tcpip. . . . . . . . . . . : Activé
`},
	{Name: "ip-all-old.txt", Text: `
Windows IP Configuration

   Host Name . . . . . . . . . . . . : k8s-win-01
   Primary Dns Suffix  . . . . . . . :
   Node Type . . . . . . . . . . . . : Hybrid
   IP Routing Enabled. . . . . . . . : No
   WINS Proxy Enabled. . . . . . . . : No

Ethernet adapter vEthernet (Ethernet0):

   Connection-specific DNS Suffix  . :
   Description . . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter #2
   Physical Address. . . . . . . . . : 00-50-56-9A-12-34
   DHCP Enabled. . . . . . . . . . . : No
   Autoconfiguration Enabled . . . . : Yes
   Link-local IPv6 Address . . . . . : fe80::4d1c:2b3a:1f0e:9d8c%5(Preferred)
   IPv4 Address. . . . . . . . . . . : 10.10.5.21(Preferred)
   Subnet Mask . . . . . . . . . . . : 255.255.255.0
   IPv4 Address. . . . . . . . . . . : 10.10.5.22(Duplicate)
   Subnet Mask . . . . . . . . . . . : 255.255.255.0
   Default Gateway . . . . . . . . . : 10.10.5.1
   DNS Servers . . . . . . . . . . . : 10.10.5.2
   NetBIOS over Tcpip. . . . . . . . : Enabled

Tunnel adapter isatap.{3F2A1B0C-9D8E-4F7A-B6C5-D4E3F2A1B0C9}:

   Media State . . . . . . . . . . . : Media disconnected
   Connection-specific DNS Suffix  . :
   Description . . . . . . . . . . . : Microsoft ISATAP Adapter
   Physical Address. . . . . . . . . : 00-00-00-00-00-00-00-E0
   DHCP Enabled. . . . . . . . . . . : No
   Autoconfiguration Enabled . . . . : Yes
`},
	{Name: "ip-plain.txt", Text: `
Windows IP Configuration


Ethernet adapter Ethernet 2:

   Connection-specific DNS Suffix  . : example.internal.cloudapp.net
   Link-local IPv6 Address . . . . . : fe80::9a1:b2c3:d4e5:f607%7
   IPv4 Address. . . . . . . . . . . : 10.0.0.6
   Subnet Mask . . . . . . . . . . . : 255.255.255.0
   Default Gateway . . . . . . . . . : 10.0.0.1

Ethernet adapter vEthernet (nat):

   Connection-specific DNS Suffix  . :
   IPv4 Address. . . . . . . . . . . : 172.28.96.1
   Subnet Mask . . . . . . . . . . . : 255.255.240.0
   Default Gateway . . . . . . . . . :
`},
	{Name: "ip-unknown-labels.txt", Text: `
Configuración IP de Windows

==============================================================================
Información de red para el compartimento 1 (ACTIVO)
==============================================================================

Adaptador de Ethernet vEthernet (Ethernet):

   Dirección física. . . . . . . . . : 00-15-5D-01-02-05
   Vínculo: dirección IPv6 local. . . : fe80::1111:2222:3333:4444%12(Preferido)
   Dirección IPv4. . . . . . . . . . : 10.1.2.3(Preferido)
   Máscara de subred . . . . . . . . : 255.255.255.0
   Puerta de enlace predeterminada . : 10.1.2.1
   Servidores DNS. . . . . . . . . . : 10.1.2.10
`},
	{Name: "ipconfigall-rancher.txt", Enc: textenc.UTF8BOM, Text: `
Windows IP Configuration

==============================================================================
Network Information for Compartment 1 (ACTIVE)
==============================================================================
   Host Name . . . . . . . . . . . . : rke2-win-01
   Primary Dns Suffix  . . . . . . . :
   Node Type . . . . . . . . . . . . : Hybrid
   IP Routing Enabled. . . . . . . . : No
   WINS Proxy Enabled. . . . . . . . : No

Ethernet adapter vEthernet (Ethernet):

   Connection-specific DNS Suffix  . :
   Description . . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter
   Physical Address. . . . . . . . . : 00-15-5D-01-02-03
   DHCP Enabled. . . . . . . . . . . : No
   Autoconfiguration Enabled . . . . : Yes
   IPv4 Address. . . . . . . . . . . : 172.16.0.10(Preferred)
   Subnet Mask . . . . . . . . . . . : 255.255.0.0
   Default Gateway . . . . . . . . . : 172.16.0.1
   DNS Servers . . . . . . . . . . . : 172.16.0.2
   NetBIOS over Tcpip. . . . . . . . : Enabled

Ethernet adapter vEthernet (calico_ep):

   Connection-specific DNS Suffix  . :
   Description . . . . . . . . . . . : Hyper-V Virtual Ethernet Adapter #2
   Physical Address. . . . . . . . . : 00-15-5D-01-02-04
   DHCP Enabled. . . . . . . . . . . : No
   Autoconfiguration Enabled . . . . : Yes
   IPv4 Address. . . . . . . . . . . : 10.42.1.2(Preferred)
   Subnet Mask . . . . . . . . . . . : 255.255.255.0
   Default Gateway . . . . . . . . . :


IPAddress         : 172.16.0.10
InterfaceIndex    : 7
InterfaceAlias    : vEthernet (Ethernet)
AddressFamily     : IPv4

IPAddress         : fe80::1%12
InterfaceIndex    : 12
InterfaceAlias    : vEthernet (calico_ep)
AddressFamily     : IPv6
`},
}
