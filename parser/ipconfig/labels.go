package ipconfig

import "strings"

// Label keys: what an ipconfig attribute line means, whatever its language.
const (
	keyHostName        = "hostName"
	keyPrimaryDNS      = "primaryDnsSuffix"
	keyNodeType        = "nodeType"
	keyIPRouting       = "ipRouting"
	keyWINSProxy       = "winsProxy"
	keyDNSSearchList   = "dnsSuffixSearchList"
	keyConnDNSSuffix   = "connectionDnsSuffix"
	keyDescription     = "description"
	keyPhysical        = "physicalAddress"
	keyDHCPEnabled     = "dhcpEnabled"
	keyAutoconfEnabled = "autoconfigEnabled"
	keyLinkLocalIPv6   = "linkLocalIPv6"
	keyIPv6            = "ipv6"
	keyTempIPv6        = "temporaryIPv6"
	keyIPv4            = "ipv4"
	keyAutoconfIPv4    = "autoconfigIPv4"
	keySubnetMask      = "subnetMask"
	keyDefaultGateway  = "defaultGateway"
	keyDHCPServer      = "dhcpServer"
	keyDNSServers      = "dnsServers"
	keyNetBIOS         = "netbios"
	keyMediaState      = "mediaState"
	keyIgnored         = "ignored" // understood, not modelled
)

// labels maps a normalised label (lower case, no dot leaders) to its key.
var labels = map[string]string{
	// English
	"host name":                                  keyHostName,
	"primary dns suffix":                         keyPrimaryDNS,
	"node type":                                  keyNodeType,
	"ip routing enabled":                         keyIPRouting,
	"wins proxy enabled":                         keyWINSProxy,
	"dns suffix search list":                     keyDNSSearchList,
	"connection-specific dns suffix":             keyConnDNSSuffix,
	"connection-specific dns suffix search list": keyDNSSearchList,
	"description":                                keyDescription,
	"physical address":                           keyPhysical,
	"dhcp enabled":                               keyDHCPEnabled,
	"autoconfiguration enabled":                  keyAutoconfEnabled,
	"link-local ipv6 address":                    keyLinkLocalIPv6,
	"ipv6 address":                               keyIPv6,
	"temporary ipv6 address":                     keyTempIPv6,
	"ipv4 address":                               keyIPv4,
	"autoconfiguration ipv4 address":             keyAutoconfIPv4,
	"subnet mask":                                keySubnetMask,
	"default gateway":                            keyDefaultGateway,
	"dhcp server":                                keyDHCPServer,
	"dns servers":                                keyDNSServers,
	"netbios over tcpip":                         keyNetBIOS,
	"media state":                                keyMediaState,
	"lease obtained":                             keyIgnored,
	"lease expires":                              keyIgnored,
	"dhcpv6 iaid":                                keyIgnored,
	"dhcpv6 client duid":                         keyIgnored,
	"primary wins server":                        keyIgnored,
	"secondary wins server":                      keyIgnored,
	"ip address":                                 keyIPv4, // Windows Server 2003-era wording
	// German
	"hostname":                           keyHostName,
	"primäres dns-suffix":                keyPrimaryDNS,
	"knotentyp":                          keyNodeType,
	"ip-routing aktiviert":               keyIPRouting,
	"wins-proxy aktiviert":               keyWINSProxy,
	"dns-suffixsuchliste":                keyDNSSearchList,
	"verbindungsspezifisches dns-suffix": keyConnDNSSuffix,
	"beschreibung":                       keyDescription,
	"physische adresse":                  keyPhysical,
	"dhcp aktiviert":                     keyDHCPEnabled,
	"autokonfiguration aktiviert":        keyAutoconfEnabled,
	"verbindungslokale ipv6-adresse":     keyLinkLocalIPv6,
	"ipv6-adresse":                       keyIPv6,
	"temporäre ipv6-adresse":             keyTempIPv6,
	"ipv4-adresse":                       keyIPv4,
	"autokonfiguration ipv4-adresse":     keyAutoconfIPv4,
	"autokonfigurations-ipv4-adresse":    keyAutoconfIPv4,
	"subnetzmaske":                       keySubnetMask,
	"standardgateway":                    keyDefaultGateway,
	"dhcp-server":                        keyDHCPServer,
	"dns-server":                         keyDNSServers,
	"netbios über tcp/ip":                keyNetBIOS,
	"medienstatus":                       keyMediaState,
	"lease erhalten":                     keyIgnored,
	"lease läuft ab":                     keyIgnored,
	"dhcpv6-iaid":                        keyIgnored,
	"dhcpv6-client-duid":                 keyIgnored,
	"primärer wins-server":               keyIgnored,
	// French
	"nom de l'hôte":                             keyHostName,
	"suffixe dns principal":                     keyPrimaryDNS,
	"type de noeud":                             keyNodeType,
	"routage ip activé":                         keyIPRouting,
	"proxy wins activé":                         keyWINSProxy,
	"liste de recherche du suffixe dns":         keyDNSSearchList,
	"suffixe dns propre à la connexion":         keyConnDNSSuffix,
	"adresse physique":                          keyPhysical,
	"dhcp activé":                               keyDHCPEnabled,
	"configuration automatique activée":         keyAutoconfEnabled,
	"adresse ipv6 de liaison locale":            keyLinkLocalIPv6,
	"adresse ipv6":                              keyIPv6,
	"adresse ipv6 temporaire":                   keyTempIPv6,
	"adresse ipv4":                              keyIPv4,
	"adresse ipv4 de configuration automatique": keyAutoconfIPv4,
	"masque de sous-réseau":                     keySubnetMask,
	"passerelle par défaut":                     keyDefaultGateway,
	"serveur dhcp":                              keyDHCPServer,
	"serveurs dns":                              keyDNSServers,
	"netbios sur tcpip":                         keyNetBIOS,
	"statut du média":                           keyMediaState,
	"bail obtenu":                               keyIgnored,
	"bail expirant":                             keyIgnored,
	"iaid dhcpv6":                               keyIgnored,
	"duid de client dhcpv6":                     keyIgnored,
	"serveur wins principal":                    keyIgnored,
}

// normLabel lower-cases a label and removes the dot leaders and padding
// ("Subnet Mask . . . ." → "subnet mask").
func normLabel(s string) string {
	s = strings.TrimRight(s, " .")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// boolWord reads Yes/No in the languages above.
func boolWord(s string) *bool {
	var v bool
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yes", "ja", "oui":
		v = true
	case "no", "nein", "non":
		v = false
	default:
		return nil
	}
	return &v
}

// addressStates maps the state suffix of an address to its English name.
var addressStates = map[string]string{
	"preferred": "preferred", "bevorzugt": "preferred", "préféré": "preferred",
	"tentative": "tentative", "vorläufig": "tentative",
	"duplicate": "duplicate", "doppelt": "duplicate", "dupliqué": "duplicate",
	"deprecated": "deprecated", "veraltet": "deprecated", "déconseillé": "deprecated",
}
