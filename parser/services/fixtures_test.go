package services

import "github.com/hnsscope/hnsscope/parser/pstext/pstexttest"

var scFixtures = []pstexttest.Fixture{
	{Name: "scqueryex.txt", Text: `
SERVICE_NAME: BFE
DISPLAY_NAME: Base Filtering Engine
        TYPE               : 20  WIN32_SHARE_PROCESS
        STATE              : 4  RUNNING
                                (NOT_STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN)
        WIN32_EXIT_CODE    : 0  (0x0)
        SERVICE_EXIT_CODE  : 0  (0x0)
        CHECKPOINT         : 0x0
        WAIT_HINT          : 0x0
        PID                : 1840
        FLAGS              :

SERVICE_NAME: containerd
DISPLAY_NAME: containerd container runtime
        TYPE               : 10  WIN32_OWN_PROCESS
        STATE              : 4  RUNNING
                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)
        WIN32_EXIT_CODE    : 0  (0x0)
        SERVICE_EXIT_CODE  : 0  (0x0)
        CHECKPOINT         : 0x0
        WAIT_HINT          : 0x0
        PID                : 2716
        FLAGS              :

SERVICE_NAME: hns
DISPLAY_NAME: Host Network Service
        TYPE               : 20  WIN32_SHARE_PROCESS
        STATE              : 4  RUNNING
                                (STOPPABLE, NOT_PAUSABLE, ACCEPTS_SHUTDOWN)
        WIN32_EXIT_CODE    : 0  (0x0)
        SERVICE_EXIT_CODE  : 0  (0x0)
        CHECKPOINT         : 0x0
        WAIT_HINT          : 0x0
        PID                : 3120
        FLAGS              :

SERVICE_NAME: kubelet
DISPLAY_NAME: kubelet
        TYPE               : 10  WIN32_OWN_PROCESS
        STATE              : 2  START_PENDING
                                (NOT_STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN)
        WIN32_EXIT_CODE    : 0  (0x0)
        SERVICE_EXIT_CODE  : 0  (0x0)
        CHECKPOINT         : 0x0
        WAIT_HINT          : 0x0
        PID                : 5012
        FLAGS              :
[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: hns
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : 3   DEMAND_START
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\Windows\system32\svchost.exe -k NetSvcs -p
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : Host Network Service
        DEPENDENCIES       : RpcSs
                           : nsi
        SERVICE_START_NAME : LocalSystem
[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: vfpext
        TYPE               : 1  KERNEL_DRIVER
        START_TYPE         : 3   DEMAND_START
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : \SystemRoot\System32\drivers\vfpext.sys
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : Microsoft Azure VFP Switch Extension
        DEPENDENCIES       :
        SERVICE_START_NAME : 
[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: dnscache
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : 2   AUTO_START
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\Windows\system32\svchost.exe -k NetworkService -p
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : DNS Client
        DEPENDENCIES       : Tdx
                           : nsi
        SERVICE_START_NAME : NT AUTHORITY\NetworkService
[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: iphlpsvc
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : 2   AUTO_START  (DELAYED)
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\Windows\System32\svchost.exe -k NetSvcs -p
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : IP Helper
        DEPENDENCIES       : RpcSS
                           : Tdx
                           : winmgmt
                           : tcpip
                           : nsi
        SERVICE_START_NAME : LocalSystem
[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: BFE
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : 2   AUTO_START
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\Windows\system32\svchost.exe -k LocalServiceNoNetworkFirewall -p
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : Base Filtering Engine
        DEPENDENCIES       : RpcSs
        SERVICE_START_NAME : NT AUTHORITY\LocalService
[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: Dhcp
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : 4   DISABLED
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\Windows\system32\svchost.exe -k LocalServiceNetworkRestricted -p
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : DHCP Client
        DEPENDENCIES       : NSI
                           : Afd
        SERVICE_START_NAME : NT Authority\LocalService
[SC] OpenService FAILED 1060:

The specified service does not exist as an installed service.

[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: NetSetupSvc
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : 3   DEMAND_START
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\Windows\System32\svchost.exe -k netsvcs -p
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : Network Setup Service
        DEPENDENCIES       : RpcSs
        SERVICE_START_NAME : LocalSystem
[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: mpssvc
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : 2   AUTO_START
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\Windows\system32\svchost.exe -k LocalServiceNoNetworkFirewall -p
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : Windows Defender Firewall
        DEPENDENCIES       : mpsdrv
                           : bfe
        SERVICE_START_NAME : NT Authority\LocalService
[SC] OpenService FAILED 1060:

The specified service does not exist as an installed service.

[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: nsi
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : 2   AUTO_START
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\Windows\system32\svchost.exe -k LocalService -p
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : Network Store Interface Service
        DEPENDENCIES       : rpcss
                           : nsiproxy
        SERVICE_START_NAME : NT Authority\LocalService
`},
	{Name: "scqueryex-unmatched-failures.txt", Text: `[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: hns
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : 3   DEMAND_START
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\Windows\system32\svchost.exe -k NetSvcs -p
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : Host Network Service
        DEPENDENCIES       : RpcSs
        SERVICE_START_NAME : LocalSystem
[SC] OpenService FAILED 1060:

The specified service does not exist as an installed service.

[SC] OpenService FAILED 1060:

The specified service does not exist as an installed service.

[SC] QueryServiceConfig SUCCESS

SERVICE_NAME: BFE
        TYPE               : 20  WIN32_SHARE_PROCESS
        START_TYPE         : 2   AUTO_START
        ERROR_CONTROL      : 1   NORMAL
        BINARY_PATH_NAME   : C:\Windows\system32\svchost.exe
        LOAD_ORDER_GROUP   :
        TAG                : 0
        DISPLAY_NAME       : Base Filtering Engine
        DEPENDENCIES       : RpcSs
        SERVICE_START_NAME : LocalService
`},
	{Name: "scqueryex-access-denied.txt", Text: `[SC] EnumQueryServicesStatus:OpenSCManager FAILED 5:

Access is denied.

`},
}

var getServiceFixtures = []pstexttest.Fixture{
	{Name: "windowsServices.txt", Text: `
Status   Name               DisplayName
------   ----               -----------
Running  containerd         containerd container runtime
Running  hns                Host Network Service
Start... kubelet            kubelet
Stopped  kubeproxy          kubeproxy
Running  vfpext             Microsoft Azure VFP Switch Exten...


`},
	{Name: "windowsServices-empty.txt", Text: ""},
}
