// swiftgo: gc implements IndexByte in assembly; these loops keep its contract.

//go:build amd64 || arm64

package bytealg

// IndexByte returns the index of the first byte of b equal to c, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// IndexByteString returns the index of the first byte of s equal to c, or -1.
func IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
