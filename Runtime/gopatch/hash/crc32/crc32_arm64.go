// swiftgo: gc's SSE4.2/CLMUL (amd64) and CRC32-instruction (arm64)
// versions are assembly; without them the table-driven Go code runs,
// as crc32_otherarch.go arranges on other architectures.

package crc32

func archAvailableIEEE() bool                    { return false }
func archInitIEEE()                              { panic("not available") }
func archUpdateIEEE(crc uint32, p []byte) uint32 { panic("not available") }

func archAvailableCastagnoli() bool                    { return false }
func archInitCastagnoli()                              { panic("not available") }
func archUpdateCastagnoli(crc uint32, p []byte) uint32 { panic("not available") }
