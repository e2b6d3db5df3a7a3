package main

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Counter int

func (c *Counter) Inc()      { *c++ }
func (c Counter) Get() int   { return int(c) }
func (c *Counter) Add(n int) { *c += Counter(n) }

type Name string

func (n Name) Greet(greeting string) (string, int) {
	s := greeting + ", " + string(n)
	return s, len(s)
}

func main() {
	c := Celsius(100)
	println(c.Fahrenheit() == 212)
	var n Counter
	n.Inc()
	n.Inc()
	n.Add(40)
	println(n.Get())
	p := &n
	p.Inc()
	println(p.Get(), n.Get())
	s, l := Name("gopher").Greet("hello")
	println(s, l)
	println(Name("x").Greet("hi"))
}
