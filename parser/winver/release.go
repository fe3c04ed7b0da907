package winver

// releases names the Windows releases container nodes run, by build.
var releases = map[int]string{
	14393: "Windows Server 2016 (1607)",
	15063: "1703",
	16299: "1709",
	17134: "1803",
	17763: "Windows Server 2019 (1809)",
	18362: "1903",
	18363: "1909",
	19041: "2004",
	19042: "20H2",
	20348: "Windows Server 2022",
	25398: "Windows Server 23H2",
	26100: "Windows Server 2025",
}

// ReleaseName returns the release of a build number, or "" when the build
// is not one of the known releases.
func ReleaseName(build int) string { return releases[build] }
