// swiftgo: gc writes these marker functions in assembly (sig_*.s) so that
// tools can find byte patterns in a binary; here they are empty Go bodies.

// Package sig holds “code signatures” that can be called
// and will result in certain code sequences being linked into
// the final binary.
package sig

// BoringCrypto indicates that the BoringCrypto module is present.
func BoringCrypto() {}

// FIPSOnly indicates that package crypto/tls/fipsonly is present.
func FIPSOnly() {}

// StandardCrypto indicates that standard Go crypto is present.
func StandardCrypto() {}
