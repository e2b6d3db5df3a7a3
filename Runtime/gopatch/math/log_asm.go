// swiftgo: the functions gc implements in assembly here fall back to
// the portable Go code of package math (have* = false).

//go:build amd64

package math

const haveArchLog = false

func archLog(x float64) float64 { panic("unreachable") }
