// swiftgo: gc implements block in assembly here; swiftgo has no Go
// assembler, so the portable Go code of sha1block.go runs.

package sha1

func block(dig *digest, p []byte) { blockGeneric(dig, p) }
