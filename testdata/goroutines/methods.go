package main

type counter struct{ n int }

func (c counter) report(out chan int)  { out <- c.n }
func (c *counter) bump(done chan bool) { c.n++; done <- true }

type reporter interface{ report(out chan int) }

func main() {
	out := make(chan int)
	done := make(chan bool)
	c := counter{1}
	// The receiver is evaluated (a value receiver copied) at the go statement.
	go c.report(out)
	c.n = 50
	println(<-out)
	go c.bump(done)
	<-done
	println(c.n)
	var r reporter = c
	go r.report(out)
	println(<-out)
	f := c.report
	c.n = 99
	go f(out)
	println(<-out)
}
