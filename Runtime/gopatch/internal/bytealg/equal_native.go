// swiftgo: only assembly wrappers lived here; Equal is equal_generic.go's.

//go:build ignore

package bytealg
