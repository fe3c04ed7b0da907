package hnsdiag

import (
	"strings"

	"github.com/hnsscope/hnsscope/parser/pstext/pstexttest"
)

const podA = "3f9a1c2e7b8d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f"

// "hnsdiag list all" without -d: fixed-width sections whose long names push
// the columns right, pipe-separated namespace and load balancer sections, a
// NodePort without VIP and a blank line inside a section.
var tableForm = `Networks:
Name             ID
nat              C08CB7B8-9B3C-408E-8E30-5E16A3AEB444
Calico           4E4A3E2B-1D0C-4B9A-8F7E-6D5C4B3A2F1E

Endpoints:
Name             ID                                   Virtual Network Name
Ethernet         2a7c4e11-5b3d-4f6e-9a8b-7c6d5e4f3a2b Calico
` + podA + `_Calico 5d8e2f14-6c4a-4b7e-8d9c-0a1b2c3d4e5f Calico

cid-8b7a6c5d4e3f2a1b 6e9f3a25-7d5b-4c8f-9e0a-1b2c3d4e5f6a Calico

Namespaces:
ID                                   | Endpoint IDs
9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d | 5d8e2f14-6c4a-4b7e-8d9c-0a1b2c3d4e5f

LoadBalancers:
ID                                   | Virtual IPs      | Direct IP IDs
7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918 |  10.96.0.1       | 2a7c4e11-5b3d-4f6e-9a8b-7c6d5e4f3a2b
8a7f6e5d-4c3b-4a21-9f8e-7d6c5b4a3928 |  10.96.0.10      | 5d8e2f14-6c4a-4b7e-8d9c-0a1b2c3d4e5f 6e9f3a25-7d5b-4c8f-9e0a-1b2c3d4e5f6a
9b8a7f6e-5d4c-4b32-8a9f-8e7d6c5b4a39 |                  | 5d8e2f14-6c4a-4b7e-8d9c-0a1b2c3d4e5f
`

// The key/value block form of newer hnsdiag builds.
const keyValueForm = `
Network : C08CB7B8-9B3C-408E-8E30-5E16A3AEB444
    Name             : nat
    Type             : NAT

Endpoint : {5D8E2F14-6C4A-4B7E-8D9C-0A1B2C3D4E5F}
    Name                 : ` + podA + `_Calico
    IP Address           : 10.42.1.5
    Virtual Network Name : Calico

Load Balancer : 8a7f6e5d-4c3b-4a21-9f8e-7d6c5b4a3928
    Virtual IPs          : 10.96.0.10
    Direct IP IDs        : {5d8e2f14-6c4a-4b7e-8d9c-0a1b2c3d4e5f, 6e9f3a25-7d5b-4c8f-9e0a-1b2c3d4e5f6a}

Namespace : 9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
    Endpoint IDs         : 5d8e2f14-6c4a-4b7e-8d9c-0a1b2c3d4e5f

Adapter : {0694B065-E10B-4A86-A34A-2C3F88B2909E}
    Name             : Ethernet
    Index            : 5
`

// "hnsdiag list all -d": headings, then one JSON value per object, pretty
// and compact, one of them broken.
var detailedForm = `Networks:
{
    "ID": "4E4A3E2B-1D0C-4B9A-8F7E-6D5C4B3A2F1E", "Name": "Calico", "Type": "L2Bridge",
    "ManagementIP": "10.0.0.4",
    "Subnets": [{"AddressPrefix": "10.42.1.0/24", "GatewayAddress": "10.42.1.1"}],
    "Resources": {"Allocators": [{"Tag": "Host Vnic", "EndpointPortGuid": "A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D"}]}
}

Endpoints:
{"ID": "5d8e2f14-6c4a-4b7e-8d9c-0a1b2c3d4e5f", "Name": "` + podA + `_Calico", "VirtualNetwork": "4e4a3e2b-1d0c-4b9a-8f7e-6d5c4b3a2f1e",
 "IPAddress": "10.42.1.5", "MacAddress": "00-15-5D-8A-01-05", "State": 3,
 "Resources": {"Allocators": [{"Tag": "Endpoint Port", "EndpointPortGuid": "B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E", "CompartmendId": 7}]}}
{"ID": "6e9f3a25-7d5b-4c8f-9e0a-1b2c3d4e5f6a", "IPAddress": "10.42.2.9", "IsRemoteEndpoint": true, "MacAddress": "02-11-0a-2a-02-09",
Namespaces:
[{"ID": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "CompartmentId": 7, "ResourceList": [{"Type": "Endpoint", "Data": {"Id": "5d8e2f14-6c4a-4b7e-8d9c-0a1b2c3d4e5f"}}]}]

LoadBalancers:
{"ID": "8A7F6E5D-4C3B-4A21-9F8E-7D6C5B4A3928", "Policies": [{"Type": "ELB", "Protocol": 17, "InternalPort": 53, "ExternalPort": 53, "VIPs": ["10.96.0.10"]}],
 "References": ["/endpoints/5d8e2f14-6c4a-4b7e-8d9c-0a1b2c3d4e5f"], "State": 2}
{"Success": false, "Error": "Element not found. ", "ErrorCode": 2147943568}
`

const usageBanner = `Copyright (c) Microsoft Corporation. All rights reserved.

hnsdiag <command> <object> [options ...]
    list <object>
    delete <object> <id>

Objects
    All
    Endpoints
    Loadbalancers
    Namespaces
    Networks

Flags
    -d   detailed
`

var fixtures = []pstexttest.Fixture{
	{Name: "hnsdiag-table.txt", Text: tableForm},
	{Name: "hnsdiag-keyvalue.txt", Text: keyValueForm},
	{Name: "hnsdiag-detailed.txt", Text: detailedForm},
	{Name: "hnsdiag-usage.txt", Text: usageBanner},
	{Name: "hnsdiag-empty.txt", Text: ""},
	{Name: "hnsdiag-table-lf.txt", Enc: "utf-8", Text: strings.SplitN(tableForm, "\nNamespaces:", 2)[0] + "\n"},
}
