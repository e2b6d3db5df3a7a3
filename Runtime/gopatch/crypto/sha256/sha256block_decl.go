// swiftgo: gc implements block in assembly on amd64 and arm64; swiftgo
// has no Go assembler, so the portable Go code of sha256block.go runs.

//go:build amd64 || arm64

package sha256

func block(dig *digest, p []byte) { blockGeneric(dig, p) }
