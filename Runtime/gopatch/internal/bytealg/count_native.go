// swiftgo: gc implements Count in assembly; these loops keep its contract.

//go:build amd64 || arm64

package bytealg

// Count returns the number of bytes of b equal to c.
func Count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

// CountString returns the number of bytes of s equal to c.
func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}
