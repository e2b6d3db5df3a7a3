//go:build !linux

package greet

// Excluded on linux: it would redeclare Hello.
func Hello(name string) int { return 0 }
