// swiftgo: the functions gc implements in assembly here fall back to
// the portable Go code of package math (have* = false).

//go:build arm64

package math

const haveArchExp2 = false

func archExp2(x float64) float64 { panic("unreachable") }
