package hns

import "github.com/hnsscope/hnsscope/parser/pstext/pstexttest"

var networkColumns = []column{{name: "Name"}, {name: "Type"}, {name: "Id"}, {name: "AddressPrefix"}}

// v1 networks of a flannel host-gw node: the Docker/containerd nat network
// and the l2bridge cbr0 network.
const networksV1L2Bridge = `[
{"ActivityId": "0A9B8C7D-6E5F-4A3B-9C2D-1E0F9A8B7C6D", "AdditionalParams": {}, "CurrentEndpointCount": 0,
 "Extensions": [{"Id": "E7C3B2F0-F3C5-48DF-AF2B-10FED6D72E7A", "IsEnabled": false, "Name": "Microsoft Windows Filtering Platform"}],
 "Flags": 8, "Health": {"LastErrorCode": 0, "LastUpdateTime": 132489011111111111},
 "ID": "B5083512-BE1D-4326-B58F-56CA5154E8D5", "IPv6": false,
 "MacPools": [{"EndMacAddress": "00-15-5D-52-CF-FF", "StartMacAddress": "00-15-5D-52-C0-00"}],
 "MaxConcurrentEndpoints": 0, "Name": "nat", "NatName": "ICSA1B2C3D4-E5F6-4789-9ABC-DEF012345678",
 "Policies": [{"Type": "VLAN", "VLAN": 1}], "State": 1,
 "Subnets": [{"AddressPrefix": "172.25.16.0/20", "GatewayAddress": "172.25.16.1", "ID": "C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F", "Policies": [], "State": 0}],
 "SwitchGuid": "B5083512-BE1D-4326-B58F-56CA5154E8D5", "TotalEndpoints": 0, "Type": "nat", "Version": 64424509440},
{"ActivityId": "3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E6F", "AdditionalParams": {}, "CurrentEndpointCount": 2,
 "DNSServerCompartment": 4, "DNSServerList": "10.96.0.10", "DrMacAddress": "00-15-5D-3C-70-FF",
 "Flags": 0, "ID": "2B5C8E1F-4A7D-4C0B-9E3F-6A9D2C5F8B1E", "ManagementIP": "192.168.1.15",
 "MacPools": [{"EndMacAddress": "00-15-5D-3C-7F-FF", "StartMacAddress": "00-15-5D-3C-70-00"}],
 "Name": "cbr0", "NetworkAdapterName": "Ethernet 2", "Policies": [],
 "Resources": {"AllocationOrder": 2, "Allocators": [
   {"AllocationOrder": 0, "EndpointPortGuid": "5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D", "ID": "6B7C8D9E-0F1A-4B2C-9D3E-4F5A6B7C8D9E", "IsPolicy": false, "Tag": "Host Vnic"},
   {"AllocationOrder": 1, "ExternalNicPortGuid": "7C8D9E0F-1A2B-4C3D-8E4F-5A6B7C8D9E0F", "ID": "8D9E0F1A-2B3C-4D4E-9F5A-6B7C8D9E0F1A", "IsPolicy": false, "Tag": "External Adapter Info"}],
  "ID": "3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E6F", "State": 1},
 "SourceMac": "00-15-5D-3C-01-02", "State": 1,
 "Subnets": [{"AddressPrefix": "10.244.1.0/24", "GatewayAddress": "10.244.1.1", "Policies": []}],
 "TotalEndpoints": 2, "Type": "L2Bridge", "Version": 64424509440}
]`

// v1 overlay networks: the pre-created External network and flannel's vxlan0.
const networksV1Overlay = `[
{"ActivityId": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", "DrMacAddress": "00-15-5D-AA-BB-01", "Flags": 0,
 "ID": "6f7e13a2-8ade-48ee-844e-ac0b0aff235d", "ManagementIP": "10.123.74.73", "Name": "External",
 "NetworkAdapterName": "Ethernet", "Policies": [],
 "Subnets": [{"AddressPrefix": "192.168.255.0/30", "GatewayAddress": "192.168.255.1", "Policies": [{"Type": "VSID", "VSID": 9999}]}],
 "Type": "Overlay", "Version": 21474836481},
{"ActivityId": "2e3d4c5b-6a79-4887-9685-b4c3d2e1f0a9", "DrMacAddress": "00-15-5D-AA-BB-01", "Flags": 8,
 "ID": "705b6b4d-e2f2-421a-b31b-e3c5e8831944", "ManagementIP": "10.123.74.73", "Name": "vxlan0",
 "NetworkAdapterName": "Ethernet", "Policies": [],
 "Subnets": [{"AddressPrefix": "10.244.3.0/24", "GatewayAddress": "10.244.3.1", "Policies": [{"Type": "VSID", "VSID": 4096}]}],
 "Type": "Overlay", "Version": 21474836481}
]`

// v2 overlay network with remote subnet routes, as HCN prints it.
const networksV2 = `[
{"ID": "705B6B4D-E2F2-421A-B31B-E3C5E8831944", "Name": "flannel.4096", "Type": "Overlay",
 "Ipams": [{"Type": "Static", "Subnets": [
   {"IpAddressPrefix": "10.244.3.0/24", "Routes": [{"NextHop": "10.244.3.1", "DestinationPrefix": "0.0.0.0/0"}],
    "Policies": [{"Type": "VSID", "Settings": {"IsolationId": 4096}}]},
   {"IpAddressPrefix": "fd00:10:244:3::/64", "Routes": [{"NextHop": "fd00:10:244:3::1", "DestinationPrefix": "::/0"}]}]}],
 "MacPool": {"Ranges": [{"StartMacAddress": "00-15-5D-C0-00-00", "EndMacAddress": "00-15-5D-C0-FF-FF"}]},
 "Dns": {"ServerList": ["10.96.0.10"], "Search": ["svc.cluster.local"]},
 "Policies": [
  {"Type": "ProviderAddress", "Settings": {"ProviderAddress": "10.123.74.73"}},
  {"Type": "DrMacAddress", "Settings": {"Address": "00-15-5D-AA-BB-01"}},
  {"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": "Ethernet"}},
  {"Type": "RemoteSubnetRoute", "Settings": {"DestinationPrefix": "10.244.2.0/24", "IsolationId": 4096, "ProviderAddress": "10.123.74.74", "DistributedRouterMacAddress": "00:15:5d:aa:bb:02"}},
  {"Type": "RemoteSubnetRoute", "Settings": {"DestinationPrefix": "10.244.1.0/24", "IsolationId": 4096, "ProviderAddress": "10.123.74.75", "DistributedRouterMacAddress": "00-15-5D-AA-BB-03"}},
  {"Type": "VxlanPort", "Settings": {"Port": 4789}},
  {"Type": "HostRoute", "Settings": {}}],
 "Flags": 8, "Health": {"Extra": {"LayeredOn": "6F7E13A2-8ADE-48EE-844E-AC0B0AFF235D", "SwitchGuid": "6F7E13A2-8ADE-48EE-844E-AC0B0AFF235D"}},
 "SchemaVersion": {"Major": 2, "Minor": 0}},
{"ID": "B5083512-BE1D-4326-B58F-56CA5154E8D5", "Name": "nat", "Type": "NAT",
 "Ipams": [{"Type": "Static", "Subnets": [{"IpAddressPrefix": "172.25.16.0/20", "Routes": [{"NextHop": "172.25.16.1", "DestinationPrefix": "0.0.0.0/0"}]}]}],
 "Policies": [{"Type": "SourceMacAddress", "Settings": {"SourceMacAddress": "00-15-5D-01-02-03"}}],
 "SchemaVersion": {"Major": 2, "Minor": 0}}
]`

// A detailed v2 query of one network, with the v1-style allocators deep in
// Health.Extra.Resources.
const networkDetailedV2 = `{"ID": "705B6B4D-E2F2-421A-B31B-E3C5E8831944", "Name": "flannel.4096", "Type": "Overlay",
 "Ipams": [{"Type": "Static", "Subnets": [{"IpAddressPrefix": "10.244.3.0/24", "Policies": [{"Type": "VSID", "Settings": {"IsolationId": 4096}}]}]}],
 "Policies": [{"Type": "ProviderAddress", "Settings": {"ProviderAddress": "10.123.74.73"}},
  {"Type": "DrMacAddress", "Settings": {"Address": "00-15-5D-AA-BB-01"}}],
 "Flags": 8,
 "Health": {"Data": 0, "Extra": {"Resources": {"AllocationOrder": 2, "Allocators": [
   {"AllocationOrder": 0, "EndpointPortGuid": "5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C8D", "Tag": "Host Vnic"},
   {"AllocationOrder": 1, "ExternalNicPortGuid": "7C8D9E0F-1A2B-4C3D-8E4F-5A6B7C8D9E0F", "Tag": "External Adapter Info"},
   {"AllocationOrder": 2, "Tag": "VSID Policy", "VSID": 4096}],
   "ID": "9E0F1A2B-3C4D-4E5F-8A6B-7C8D9E0F1A2B", "State": 1}}},
 "SchemaVersion": {"Major": 2, "Minor": 0}}`

var networkFixtures = []pstexttest.Fixture{
	{Name: "network-v1-l2bridge.txt", Text: psTable("...", networkColumns,
		[]string{"nat", "nat", "B5083512-BE1D-4326-B58F-56CA5154E8D5", ""},
		[]string{"cbr0", "L2Bridge", "2B5C8E1F-4A7D-4C0B-9E3F-6A9D2C5F8B1E", ""}) + ps51(networksV1L2Bridge)},
	{Name: "network-v1-overlay.txt", Text: psTable("...", networkColumns,
		[]string{"External", "Overlay", "6f7e13a2-8ade-48ee-844e-ac0b0aff235d", ""},
		[]string{"vxlan0", "Overlay", "705b6b4d-e2f2-421a-b31b-e3c5e8831944", ""}) + ps51(networksV1Overlay)},
	{Name: "network-v2.txt", Text: psTable("...", []column{{name: "Name"}, {name: "Type"}, {name: "Id"}, {name: "AddressPrefix", max: 30}},
		[]string{"flannel.4096", "Overlay", "705B6B4D-E2F2-421A-B31B-E3C5E8831944", "{10.244.3.0/24, fd00:10:244:3::/64}"},
		[]string{"nat", "NAT", "B5083512-BE1D-4326-B58F-56CA5154E8D5", "172.25.16.0/20"}) + ps51(networksV2)},
	{Name: "network-table-only.txt", Text: psTable("...", networkColumns,
		[]string{"nat", "NAT", "B5083512-BE1D-4326-B58F-56CA5154E8D5", "172.25.16.0/20"})},
	{Name: "networkdetailed-v2.txt", Text: ps51(networkDetailedV2)},
}
