// swiftgo: the functions gc implements in assembly here fall back to
// the portable Go code of package math (have* = false).

//go:build amd64 || arm64

package math

const haveArchExp = false

func archExp(x float64) float64 { panic("unreachable") }
