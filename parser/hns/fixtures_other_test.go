package hns

import "github.com/hnsscope/hnsscope/parser/pstext/pstexttest"

// v1 policy lists: a ClusterIP ELB, a NodePort (LocalRoutedVip, no VIP), a
// DSR ELB created through v2 (IsDSR, HostComputeNetwork, IsApplied false)
// and a ROUTE list.
const policyListsV1 = `[
{"ActivityId": "11111111-2222-4333-8444-555555555555", "ID": "326F84D7-35EC-4355-A60A-E82E2B05EC24",
 "Policies": [{"ExternalPort": 443, "InternalPort": 6443, "Protocol": 6, "SourceVIP": "10.244.1.2", "Type": "ELB", "VIPs": ["10.96.0.1"]}],
 "References": ["/endpoints/ba06178e-11e9-4ba3-931d-7c2989b51dd7"], "State": 2, "Version": 64424509440},
{"ID": "AF826F8B-9F78-41EA-BC9E-6E433F8784DF",
 "Policies": [{"ExternalPort": 30080, "ILB": false, "InternalPort": 8080, "LocalRoutedVip": true, "Protocol": 6, "SourceVIP": "10.244.1.2", "Type": "ELB", "VIPs": []}],
 "References": ["/endpoints/fc0bbb8f-52a6-486f-bff8-10ab92859006", "/endpoints/07f382ab-8884-40ba-8adf-efe4c92e8608"], "State": 4},
{"HostComputeNetwork": "2B5C8E1F-4A7D-4C0B-9E3F-6A9D2C5F8B1E", "ID": "8C35026B-3EE6-47F1-B254-AE0B5BA7144C", "IsApplied": false,
 "Policies": [{"ExternalPort": 53, "InternalPort": 53, "IsDSR": true, "Protocol": 17, "Type": "ELB", "VIPs": ["10.96.0.10"]}],
 "References": ["/endpoints/FC0BBB8F-52A6-486F-BFF8-10AB92859006"], "State": 2},
{"ID": "FAC498E1-F37F-4BC4-B30C-6BFDEC2DC58E",
 "Policies": [{"DestinationPrefix": "10.244.2.0/24", "NeedEncap": true, "NextHop": "10.123.74.74", "Type": "ROUTE"}],
 "References": ["/endpoints/ba06178e-11e9-4ba3-931d-7c2989b51dd7"], "State": 2}
]`

// v2 load balancers: ClusterIP with DSR, a NodePort (LocalRoutedVIP flag, no
// frontend) with session affinity, and an IPv6 one.
const loadBalancersV2 = `[
{"ID": "9a1d0c3e-5b7f-4e2a-8c6d-0f1e2d3c4b5a", "HostComputeEndpoints": ["D1E2F3A4-B5C6-4D7E-8F9A-0B1C2D3E4F5A"],
 "SourceVIP": "10.244.1.2", "FrontendVIPs": ["10.96.0.10"],
 "PortMappings": [{"Protocol": 17, "InternalPort": 53, "ExternalPort": 53}], "Flags": 1,
 "SchemaVersion": {"Major": 2, "Minor": 0}},
{"ID": "3f0c1b2a-4d5e-4f6a-9b8c-7d6e5f4a3b2c", "HostComputeEndpoints": ["d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a", "e2f3a4b5-c6d7-4e8f-9a0b-1c2d3e4f5a6b"],
 "SourceVIP": "10.244.1.2",
 "PortMappings": [{"Protocol": 6, "InternalPort": 8080, "ExternalPort": 30080, "Flags": 2, "DistributionType": 2}],
 "SchemaVersion": {"Major": 2, "Minor": 0}},
{"ID": "4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d", "HostComputeEndpoints": [],
 "FrontendVIPs": ["fd00:10:96::a"], "SourceVIP": "fd00:10:244:1::2",
 "PortMappings": [{"Protocol": 6, "InternalPort": 80, "ExternalPort": 80}, {"Protocol": 6, "InternalPort": 443, "ExternalPort": 443}],
 "Flags": 2, "SchemaVersion": {"Major": 2, "Minor": 0}}
]`

var policyFixtures = []pstexttest.Fixture{
	{Name: "policy-v1.txt", Text: ps51(policyListsV1)},
	{Name: "policy-v2.txt", Text: ps51(loadBalancersV2)},
	{Name: "policy-v2-single.txt", Text: ps51(`{"ID": "9A1D0C3E-5B7F-4E2A-8C6D-0F1E2D3C4B5A", "HostComputeEndpoints": "System.Object[]",
 "FrontendVIPs": ["10.96.0.10"], "PortMappings": ["@{Protocol=6; InternalPort=53; ExternalPort=53; Flags=0}"],
 "SchemaVersion": {"Major": 2, "Minor": 0}}`)},
	{Name: "policy-empty.txt", Text: ""},
}

// namespaces.txt, v2: the 5-property list then the JSON.
const namespacesV2List = `

ID              : 7A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9
CompartmentID   : 3
CompartmentGuid : 0F1E2D3C-4B5A-4968-8776-655443322110
Type            : Host
EndpointID      : {d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a, 8a1f3c9d2e4b5a6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c
                  5d6e7f8a9b0c}

ID              : 8B2C3D4E-5F60-4172-9384-A5B6C7D8E9F0
CompartmentID   : 1
CompartmentGuid : 1E2D3C4B-5A69-4877-8665-544332211009
Type            : HostDefault
EndpointID      :



`

const namespacesV2 = `[
{"ID": "7A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9", "NamespaceId": 3, "NamespaceGuid": "0F1E2D3C-4B5A-4968-8776-655443322110",
 "Type": "Host", "Resources": [
   {"Type": "Endpoint", "Data": {"Id": "D1E2F3A4-B5C6-4D7E-8F9A-0B1C2D3E4F5A"}},
   {"Type": "Container", "Data": {"Id": "8a1f3c9d-2e4b-5a6c-7d8e-9f0a1b2c3d4e"}}],
 "SchemaVersion": {"Major": 2, "Minor": 0}},
{"ID": "8B2C3D4E-5F60-4172-9384-A5B6C7D8E9F0", "NamespaceId": 1, "NamespaceGuid": "1E2D3C4B-5A69-4877-8665-544332211009",
 "Type": "HostDefault", "Resources": [], "SchemaVersion": {"Major": 2, "Minor": 0}}
]`

const namespacesV1List = `

ID              : 7a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9
CompartmentId   : 3
CompartmentGuid : 0f1e2d3c-4b5a-4968-8776-655443322110
IsDefault       : False
EndpointID      : {5e2b6a44-3c1d-4f7a-9b8e-1a2b3c4d5e6f}



`

const namespacesV1 = `{"CompartmentGuid": "0f1e2d3c-4b5a-4968-8776-655443322110", "CompartmentId": 3,
 "ID": "7a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9", "IsDefault": false,
 "ResourceList": [{"Data": {"Id": "5e2b6a44-3c1d-4f7a-9b8e-1a2b3c4d5e6f"}, "Type": "Endpoint"}]}`

var namespaceFixtures = []pstexttest.Fixture{
	{Name: "namespaces-v2.txt", Text: namespacesV2List + ps51(namespacesV2)},
	{Name: "namespaces-v1.txt", Text: namespacesV1List + ps51(namespacesV1)},
	{Name: "namespaces-list-only.txt", Text: namespacesV2List},
}
