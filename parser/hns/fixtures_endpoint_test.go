package hns

import (
	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
	"github.com/hnsscope/hnsscope/parser/textenc"
)

const (
	sandboxA = "8a1f3c9d2e4b5a6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c"
	sandboxB = "1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c8a1f3c9d2e4b5a6c7d8e9f0a"
)

// A local pod endpoint, a kube-proxy remote endpoint and the host endpoint
// of a flannel host-gw (l2bridge) node, Windows Server 2019, v1 schema.
const endpointsV1L2Bridge = `[
{"ActivityId": "4D3E1F0A-9C8B-4A7D-8E6F-5A4B3C2D1E0F", "AdditionalParams": {},
 "CreateProcessingStartTime": 132489012345678901,
 "DNSServerList": "10.96.0.10", "DNSSuffix": "default.svc.cluster.local,svc.cluster.local,cluster.local",
 "GatewayAddress": "10.244.1.1",
 "Health": {"LastErrorCode": 0, "LastUpdateTime": 132489012349876543},
 "ID": "5E2B6A44-3C1D-4F7A-9B8E-1A2B3C4D5E6F", "IPAddress": "10.244.1.12", "MacAddress": "00-15-5D-3C-71-0A",
 "Name": "` + sandboxA + `_cbr0",
 "Namespace": {"CompartmentId": 3, "ID": "7A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9", "IsDefault": false},
 "Policies": [
  {"ExceptionList": ["10.244.0.0/16", "10.96.0.0/12", "192.168.1.0/24"], "Type": "OutBoundNAT"},
  {"DestinationPrefix": "10.96.0.0/12", "NeedEncap": true, "Type": "ROUTE"},
  {"DestinationPrefix": "192.168.1.15/32", "NeedEncap": true, "Type": "ROUTE"}],
 "PrefixLength": 24,
 "Resources": {"AllocationOrder": 3, "Allocators": [
   {"AllocationOrder": 0, "CompartmendId": 3, "EndpointNicGuid": "E1D2C3B4-A596-4877-8695-A4B3C2D1E0F9",
    "EndpointPortGuid": "C0A8010C-71AB-4C2D-9E8F-0A1B2C3D4E5F", "ID": "0F1E2D3C-4B5A-4968-8776-655443322110",
    "IsPolicy": false, "MacAddress": "00-15-5D-3C-71-0A", "State": 3,
    "SwitchId": "F0E1D2C3-B4A5-4697-8889-7A6B5C4D3E2F", "Tag": "Endpoint Port"},
   {"AllocationOrder": 1, "ID": "1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9", "IsPolicy": true,
    "NatExceptions_1": "10.244.0.0/16", "NatExceptions_2": "10.96.0.0/12", "NatExceptions_3": "192.168.1.0/24",
    "Tag": "VFP OutBound NAT Policy", "TcpNatPool": "SLB_NATPOOL_IPV4_TCP_1A2B3C4D", "VIP": "192.168.1.15"}],
  "CompartmentOperationTime": 0, "Flags": 0, "Health": {"LastErrorCode": 0, "LastUpdateTime": 132489012349876543},
  "ID": "4D3E1F0A-9C8B-4A7D-8E6F-5A4B3C2D1E0F", "PortOperationTime": 0, "State": 1,
  "SwitchOperationTime": 0, "VfpOperationTime": 0, "parentId": "2B5C8E1F-4A7D-4C0B-9E3F-6A9D2C5F8B1E"},
 "SharedContainers": ["` + sandboxA + `", "` + sandboxB + `"],
 "State": 3, "Type": "L2Bridge", "Version": 64424509440,
 "VirtualNetwork": "2B5C8E1F-4A7D-4C0B-9E3F-6A9D2C5F8B1E", "VirtualNetworkName": "cbr0"},
{"ActivityId": "9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A", "AdditionalParams": {}, "EncapOverhead": 0,
 "ID": "B7C8D9E0-F1A2-4B3C-8D4E-5F6A7B8C9D0E", "IPAddress": "10.244.2.15", "IsRemoteEndpoint": true,
 "MacAddress": "02-11-0a-f4-02-0f", "Name": "Ethernet",
 "Policies": [{"Type": "L2Driver"}], "PrefixLength": 24,
 "SharedContainers": [], "State": 1, "Type": "L2Bridge", "Version": 64424509440,
 "VirtualNetwork": "2B5C8E1F-4A7D-4C0B-9E3F-6A9D2C5F8B1E", "VirtualNetworkName": "cbr0"},
{"ActivityId": "6A5B4C3D-2E1F-4A0B-9C8D-7E6F5A4B3C2D", "AdditionalParams": {},
 "GatewayAddress": "10.244.1.1", "ID": "0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F", "IPAddress": "10.244.1.2",
 "MacAddress": "00-15-5D-3C-71-02", "Name": "cbr0_ep",
 "Namespace": {"CompartmentId": 1, "ID": "00000000-0000-0000-0000-000000000000", "IsDefault": true},
 "Policies": [], "PrefixLength": 24, "SharedContainers": [], "State": 2, "Type": "L2Bridge",
 "Version": 64424509440, "VirtualNetwork": "2B5C8E1F-4A7D-4C0B-9E3F-6A9D2C5F8B1E", "VirtualNetworkName": "cbr0"}
]`

var endpointTableV1 = psTable("...", endpointColumns,
	[]string{"10.244.1.12", "00-15-5D-3C-71-0A", "", "3"},
	[]string{"10.244.2.15", "02-11-0a-f4-02-0f", "True", "1"},
	[]string{"10.244.1.2", "00-15-5D-3C-71-02", "", "2"})

// Overlay (flannel VXLAN) endpoints: a local pod with a PA policy and the
// remote endpoint shape flannel's tests use, lower-case GUIDs (1803 era).
const endpointsV1Overlay = `[
{"ActivityId": "2d1c0b9a-8f7e-4d6c-b5a4-938271605f4e", "DNSServerList": "10.96.0.10", "EncapOverhead": 50,
 "GatewayAddress": "10.244.3.1", "ID": "a3b4c5d6-e7f8-4091-a2b3-c4d5e6f7a8b9", "IPAddress": "10.244.3.7",
 "MacAddress": "0E-2A-0a-f4-03-07", "Name": "` + sandboxB + `_vxlan0",
 "Policies": [
  {"ExceptionList": ["10.244.0.0/16", "10.96.0.0/12"], "Type": "OutBoundNAT"},
  {"DestinationPrefix": "10.96.0.0/12", "NeedEncap": true, "Type": "ROUTE"},
  {"PA": "10.123.74.73", "Type": "PA"}],
 "PrefixLength": 24, "SharedContainers": ["` + sandboxB + `"], "State": 3, "Type": "Overlay",
 "Version": 21474836481, "VirtualNetwork": "3b8e5d21-7a4c-4f9e-b2d6-1c0a9e8f7d65", "VirtualNetworkName": "vxlan0"},
{"ActivityId": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e", "EncapOverhead": 50,
 "ID": "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8", "IPAddress": "10.244.2.141", "IsRemoteEndpoint": true,
 "MacAddress": "0E-2A-0a-f4-02-8d", "Name": "remote_10.244.2.141",
 "Policies": [{"PA": "10.123.74.74", "Type": "PA"}], "PrefixLength": 16,
 "Resources": {"AllocationOrder": 1, "Allocators": [
   {"AllocationOrder": 0, "CA": "10.244.2.141", "ID": "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0", "IsLocal": false,
    "IsPolicy": true, "PA": "10.123.74.74", "Tag": "VNET Policy", "Type": 3}],
  "ID": "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e", "PortOperationTime": 0, "State": 1, "SwitchOperationTime": 0,
  "VfpOperationTime": 0, "parentId": "5f1a3c7e-9b2d-4e6f-8a0c-4d2b6e8f0a19"},
 "SharedContainers": [], "State": 1, "Type": "Overlay", "Version": 21474836481,
 "VirtualNetwork": "3b8e5d21-7a4c-4f9e-b2d6-1c0a9e8f7d65", "VirtualNetworkName": "vxlan0"}
]`

var endpointTableOverlay = psTable("...", endpointColumns,
	[]string{"10.244.3.7", "0E-2A-0a-f4-03-07", "", "3"},
	[]string{"10.244.2.141", "0E-2A-0a-f4-02-8d", "True", "1"})

// v2 endpoints: a dual-stack local pod with allocators under
// Health.Extra.Resources and two OutBoundNAT policies, a remote endpoint
// (Flags 1), and one without a table row.
const endpointsV2 = `[
{"ID": "d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a", "Name": "` + sandboxA + `_cbr0",
 "HostComputeNetwork": "2B5C8E1F-4A7D-4C0B-9E3F-6A9D2C5F8B1E",
 "HostComputeNamespace": "7a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9",
 "Policies": [
  {"Type": "OutBoundNAT", "Settings": {"Exceptions": ["10.244.0.0/16", "10.96.0.0/12"]}},
  {"Type": "OutBoundNAT", "Settings": {"Destinations": ["10.96.0.10"], "VirtualIP": "10.244.1.2"}},
  {"Type": "SDNRoute", "Settings": {"DestinationPrefix": "10.96.0.0/12", "NeedEncap": true}},
  {"Type": "PortMapping", "Settings": {"Protocol": 6, "InternalPort": 80, "ExternalPort": 8080}},
  {"Type": "L4WFPPROXY", "Settings": {"InboundProxyPort": "15001", "OutboundProxyPort": "15001", "UserSID": "S-1-5-18"}}],
 "IpConfigurations": [{"IpAddress": "10.244.1.12", "PrefixLength": 24}, {"IpAddress": "fd00:10:244:1::c", "PrefixLength": 64}],
 "Dns": {"Domain": "default.svc.cluster.local", "Search": ["default.svc.cluster.local", "svc.cluster.local"], "ServerList": ["10.96.0.10"]},
 "Routes": [{"NextHop": "10.244.1.1", "DestinationPrefix": "0.0.0.0/0"}, {"NextHop": "fd00:10:244:1::1", "DestinationPrefix": "::/0"}],
 "MacAddress": "00-15-5D-3C-71-0A", "Flags": 0,
 "Health": {"Data": 0, "Extra": {"Resources": {"Allocators": [
   {"CompartmendId": 3, "EndpointPortGuid": "C0A8010C-71AB-4C2D-9E8F-0A1B2C3D4E5F", "Tag": "Endpoint Port"}]},
   "SharedContainers": ["` + sandboxA + `"]}},
 "SchemaVersion": {"Major": 2, "Minor": 0}},
{"ID": "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b", "HostComputeNetwork": "2b5c8e1f-4a7d-4c0b-9e3f-6a9d2c5f8b1e",
 "Policies": [{"Type": "L2Driver", "Settings": {}}],
 "IpConfigurations": [{"IpAddress": "10.244.2.15"}],
 "MacAddress": "02-11-0a-f4-02-0f", "Flags": 1, "SchemaVersion": {"Major": 2, "Minor": 0}},
{"ID": "f3a4b5c6-d7e8-4f9a-8b1c-2d3e4f5a6b7c", "HostComputeNetwork": "2b5c8e1f-4a7d-4c0b-9e3f-6a9d2c5f8b1e",
 "IpConfigurations": [{"IpAddress": "10.244.1.40", "PrefixLength": 24}],
 "MacAddress": "00-15-5D-3C-71-28", "Flags": 0, "SchemaVersion": {"Major": 2, "Minor": 0}}
]`

var endpointTableV2 = psTable("...", endpointColumns,
	[]string{"{10.244.1.12, fd00:10:244:1::c}", "00-15-5D-3C-71-0A", "", "3"},
	[]string{"10.244.2.15", "02-11-0a-f4-02-0f", "True", "1"})

// PowerShell 7 narrows the IP column and cuts with "…".
var endpointTablePS7 = psTable("…", []column{{name: "IpAddress", max: 20}, {name: "MacAddress"}, {name: "IsRemoteEndpoint"}, {name: "State", right: true}},
	[]string{"{10.244.1.12, fd00:10:244:1::c}", "00-15-5D-3C-71-0A", "", "3"},
	[]string{"10.244.2.15", "02-11-0a-f4-02-0f", "True", "1"})

const endpointSingle = `{"ActivityId": "4c7d2e91-0b3a-4f58-9e61-2d8a7c5b3f10", "EncapOverhead": 50,
 "ID": "6d2a9c47-1e8b-4b3f-a5d0-7c9e2f4b8a13", "IPAddress": "10.244.2.141", "IsRemoteEndpoint": true,
 "MacAddress": "0E-2A-0a-f4-02-8d", "Name": "remote_10.244.2.141",
 "Policies": [{"PA": "10.123.74.74", "Type": "PA"}], "PrefixLength": 16,
 "SharedContainers": [], "State": 1, "Type": "Overlay", "Version": 21474836481,
 "VirtualNetwork": "3b8e5d21-7a4c-4f9e-b2d6-1c0a9e8f7d65", "VirtualNetworkName": "vxlan0"}`

// ConvertTo-Json with the default depth of 2 on an array of endpoints:
// policies, Namespace and allocators turned into their string forms.
const endpointsDepthArray = `[
{"ID": "5E2B6A44-3C1D-4F7A-9B8E-1A2B3C4D5E6F", "IPAddress": "10.244.1.12", "MacAddress": "00-15-5D-3C-71-0A",
 "Namespace": "@{CompartmentId=3; ID=7A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9; IsDefault=False}",
 "Policies": ["@{ExceptionList=System.Object[]; Type=OutBoundNAT}", "@{DestinationPrefix=10.96.0.0/12; NeedEncap=True; Type=ROUTE}"],
 "Resources": "@{AllocationOrder=3; Allocators=System.Object[]; ID=4D3E1F0A-9C8B-4A7D-8E6F-5A4B3C2D1E0F}",
 "SharedContainers": "System.Object[]", "State": 3, "VirtualNetworkName": "cbr0"},
{"ID": "0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F", "IPAddress": "10.244.1.2", "MacAddress": "00-15-5D-3C-71-02",
 "AdditionalParams": "System.Collections.Hashtable", "Policies": "System.Object[]", "State": 2,
 "VirtualNetworkName": "cbr0"}
]`

// ConvertTo-Json -Depth 2 on a single endpoint: ExceptionList becomes one
// space-joined string and allocator items "@{...}" strings.
const endpointDepthSingle = `{"ID": "5E2B6A44-3C1D-4F7A-9B8E-1A2B3C4D5E6F", "IPAddress": "10.244.1.12",
 "MacAddress": "00-15-5D-3C-71-0A",
 "Policies": [{"ExceptionList": "10.244.0.0/16 10.96.0.0/12 192.168.1.0/24", "Type": "OutBoundNAT"}],
 "Resources": {"AllocationOrder": 3, "Allocators": ["@{CompartmendId=3; EndpointPortGuid=C0A8010C-71AB-4C2D-9E8F-0A1B2C3D4E5F; Tag=Endpoint Port}"]},
 "State": 3, "VirtualNetworkName": "cbr0"}`

// A hand-copied dump whose ROUTE policies ended up inside ExceptionList.
const endpointExceptionObjects = `[{"ID": "5E2B6A44-3C1D-4F7A-9B8E-1A2B3C4D5E6F", "IPAddress": "10.244.1.12",
 "MacAddress": "00:15:5d:3c:71:0a",
 "Policies": [{"ExceptionList": ["10.244.0.0/16", {"DestinationPrefix": "10.96.0.0/12", "NeedEncap": true, "Type": "ROUTE"}], "Type": "OutBoundNAT"}],
 "State": 3, "VirtualNetworkName": "cbr0"}]`

const rancherEndpointList = `

IpAddress          : 10.42.1.5
VirtualNetworkName : Calico
IsRemoteEndpoint   :
State              : 3
EncapOverhead      : 50
SharedContainers   : {` + sandboxA + `, ` + sandboxB + `}

IpAddress          : 10.42.2.9
VirtualNetworkName : Calico
IsRemoteEndpoint   : True
State              : 1
EncapOverhead      : 50
SharedContainers   : {}



`

var endpointFixtures = []pstexttest.Fixture{
	{Name: "endpoint-v1-2018.txt", Text: ps51(endpointsV1L2Bridge)},
	{Name: "endpoint-v1-l2bridge.txt", Text: endpointTableV1 + ps51(endpointsV1L2Bridge)},
	{Name: "endpoint-v1-overlay.txt", Text: endpointTableOverlay + ps51(endpointsV1Overlay)},
	{Name: "endpoint-v2.txt", Text: endpointTableV2 + ps51(endpointsV2)},
	{Name: "endpoint-v2-ps7.txt", Enc: textenc.UTF8, Text: endpointTablePS7 + ps7(endpointsV2)},
	{Name: "endpoint-single.txt", Text: psTable("...", endpointColumns, []string{"10.244.2.141", "0E-2A-0a-f4-02-8d", "True", "1"}) + ps51(endpointSingle)},
	{Name: "endpoint-depth-array.txt", Text: ps51(endpointsDepthArray)},
	{Name: "endpoint-depth-single.txt", Text: ps51(endpointDepthSingle)},
	{Name: "endpoint-exception-objects.txt", Text: ps51(endpointExceptionObjects)},
	{Name: "endpoint-empty.txt", Enc: textenc.UTF8, Text: ""},
	{Name: "endpoint-bom-only.txt", Text: ""},
	{Name: "endpoint-cut.txt", Text: endpointTableV1 + cutAfter(ps51(endpointsV1L2Bridge), `"Name":  "Ethernet",`)},
	{Name: "endpoint-rancher.txt", Enc: textenc.UTF8BOM, Text: rancherEndpointList},
	{Name: "endpoint-2019-id-table.txt", Text: psTable("...", []column{{name: "Id"}, {name: "IpAddress"}, {name: "MacAddress"}, {name: "IsRemoteEndpoint"}},
		[]string{"6d2a9c47-1e8b-4b3f-a5d0-7c9e2f4b8a13", "10.244.2.141", "0E-2A-0a-f4-02-8d", "True"}) + ps51(endpointSingle)},
	{Name: "endpoint-hns-error.txt", Text: ps51(`[{"Success": false, "Error": "The endpoint was not found. ", "ErrorCode": 2151350282}]`)},
	{Name: "endpoint-error-text.txt", Text: "Get-HnsEndpoint : The term 'Get-HnsEndpoint' is not recognized as the name of a cmdlet.\nAt line:1 char:1\n"},
}
