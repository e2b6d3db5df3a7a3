// swiftgo: the functions gc implements in assembly here fall back to
// the portable Go code of package math (have* = false).

//go:build amd64 || arm64

package math

const haveArchFloor = false

func archFloor(x float64) float64 { panic("unreachable") }

const haveArchCeil = false

func archCeil(x float64) float64 { panic("unreachable") }

const haveArchTrunc = false

func archTrunc(x float64) float64 { panic("unreachable") }
