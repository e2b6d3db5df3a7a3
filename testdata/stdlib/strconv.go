// Checks: strconv from Go 1.19's source: integer and float formatting and parsing.
package main

import "strconv"

func main() {
	println(strconv.Itoa(-12345), strconv.FormatInt(255, 16), strconv.Quote("tab\there \"q\" é"))
	n, err := strconv.Atoi("4096")
	println(n, err == nil)
	_, err = strconv.Atoi("12a")
	println(err.Error())
	println(strconv.FormatFloat(3.14159, 'f', 3, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	f, _ := strconv.ParseFloat("2.5e-3", 64)
	println(f)
	b, _ := strconv.ParseBool("true")
	println(b, strconv.AppendInt(nil, 42, 2) != nil)
	u, err := strconv.ParseUint("300", 10, 8)
	println(u, err.Error())
}
