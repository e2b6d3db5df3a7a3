package main

func main() {
	m := map[string]int{}
	x := 1
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap"
	delete(m) // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	_ = len(1) // ERROR "invalid argument: 1 \(untyped int constant\) for len"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = new(1) // ERROR "1 is not a type"
	_ = append(x, 1) // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	_ = len // ERROR "len \(built-in\) must be called"
	copy(x, x) // ERROR "invalid argument: copy expects slice arguments; found x \(variable of type int\) and x \(variable of type int\)"
}
