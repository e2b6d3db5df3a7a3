// swiftgo: gc implements block in assembly on amd64 and arm64; swiftgo
// has no Go assembler, so the portable Go code of md5block.go runs.

//go:build amd64 || arm64

package md5

const haveAsm = false

func block(dig *digest, p []byte) { blockGeneric(dig, p) }
