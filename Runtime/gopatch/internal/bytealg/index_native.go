// swiftgo: gc implements Index in assembly for short patterns (at most
// MaxLen bytes); a direct search keeps the contract.

//go:build amd64 || arm64

package bytealg

// Index returns the index of the first instance of b in a, or -1.
// Callers guarantee 2 <= len(b) <= MaxLen.
func Index(a, b []byte) int {
	n := len(b)
	for i := 0; i+n <= len(a); i++ {
		if string(a[i:i+n]) == string(b) {
			return i
		}
	}
	return -1
}

// IndexString returns the index of the first instance of b in a, or -1.
func IndexString(a, b string) int {
	n := len(b)
	for i := 0; i+n <= len(a); i++ {
		if a[i:i+n] == b {
			return i
		}
	}
	return -1
}
