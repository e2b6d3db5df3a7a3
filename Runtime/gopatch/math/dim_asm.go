// swiftgo: the functions gc implements in assembly here fall back to
// the portable Go code of package math (have* = false).

//go:build amd64 || arm64

package math

const haveArchMax = false

func archMax(x, y float64) float64 { panic("unreachable") }

const haveArchMin = false

func archMin(x, y float64) float64 { panic("unreachable") }
