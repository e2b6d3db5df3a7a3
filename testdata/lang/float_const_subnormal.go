package main

import "fmt"

// Untyped constants converted to float64 near and below the smallest normal
// double round once, to the nearest subnormal (ties to even).
func main() {
	fmt.Println(2.2250738585072012e-308, 2.2250738585072011e-308)
	fmt.Println(4.9e-324, 2.4703282292062328e-324, 2.4703282292062327e-324, 7.4e-324)
	fmt.Println(1e-310, 1.5e-323, float32(1.4e-45), float32(7.006e-46), float32(1.1754942e-38))
	x := 2.2250738585072011e-308
	fmt.Println(x == 2.225073858507201e-308)
}
