package winver

import "github.com/hnsscope/hnsscope/parser/pstext/pstexttest"

// The collector appends the string of two LF characters with ">>", so the
// blank lines after the version end "\n\n\r\n".
var fixtures = []pstexttest.Fixture{
	{Name: "winver-2019.txt", RawEOL: true, Text: "Microsoft Windows NT 10.0.17763.0\r\n\n\n\r\n" +
		"\r\n" +
		"Source        Description      HotFixID      InstalledBy          InstalledOn           \r\n" +
		"------        -----------      --------      -----------          -----------           \r\n" +
		"AKSWIN000000  Update           KB5011503     NT AUTHORITY\\SYSTEM  3/8/2022 12:00:00 AM  \r\n" +
		"AKSWIN000000  Security Update  KB5034127     NT AUTHORITY\\SYSTEM  1/10/2024 12:00:00 AM \r\n" +
		"AKSWIN000000  Update           KB5034439                                                \r\n" +
		"\r\n\r\n"},
	{Name: "winver-2022-empty.txt", RawEOL: true, Text: "Microsoft Windows NT 10.0.20348.0\r\n\n\n\r\n" +
		"\r\n" +
		"Source        Description      HotFixID      InstalledBy          InstalledOn\r\n" +
		"------        -----------      --------      -----------          -----------\r\n" +
		"\r\n\r\n"},
	{Name: "winver-nohotfix.txt", RawEOL: true, Text: "Microsoft Windows NT 10.0.26100.0\r\n\n\n\r\n<No hotfix>\r\n"},
	{Name: "winver-unknown-build.txt", Text: "Microsoft Windows NT 10.0.22631.0\n\n\n\nSource   Description  HotFixID  InstalledBy  InstalledOn\n------   -----------  --------  -----------  -----------\nNODE1    Security ... KB5031354 NODE1\\adm... 11/14/2023\n"},
	{Name: "winver-garbage.txt", Text: "not a version\n"},
}
