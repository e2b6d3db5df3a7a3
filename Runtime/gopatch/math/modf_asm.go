// swiftgo: the functions gc implements in assembly here fall back to
// the portable Go code of package math (have* = false).

//go:build arm64

package math

const haveArchModf = false

func archModf(f float64) (int float64, frac float64) { panic("unreachable") }
