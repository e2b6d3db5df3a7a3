// swiftgo: replaced by sha256block_decl.go (no assembly).

//go:build ignore

package sha256
