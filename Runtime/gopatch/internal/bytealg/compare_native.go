// swiftgo: gc implements Compare in assembly; this is the same contract
// in Go.

//go:build amd64 || arm64

package bytealg

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b
// in lexicographic byte order.
func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return +1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return +1
	}
	return 0
}
