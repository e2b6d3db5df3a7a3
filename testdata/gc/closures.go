// Heap objects reachable only from closure records, method values,
// deferred calls and the stacks of parked goroutines, checked after lots
// of allocation has forced collections.
package main

type counter struct{ n []int }

func (c *counter) add(k int) int { c.n = append(c.n, k); return len(c.n) }

func churn() int {
	s := 0
	for i := 0; i < 20000; i++ {
		p := make([]*int, 8)
		v := i
		p[i%8] = &v
		s += *p[i%8] % 7
	}
	return s
}

func makeAdders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 100; i++ {
		base := make([]int, 10)
		base[9] = i
		fs = append(fs, func(x int) int { return base[9] + x })
	}
	return fs
}

func deferred() (r int) {
	data := &counter{}
	for i := 0; i < 10; i++ {
		data.add(i)
	}
	defer func() { r = len(data.n) * 100 }()
	churn()
	return 0
}

func worker(id int, in chan int, out chan int) {
	own := make([]int, 1000)
	for i := range own {
		own[i] = id
	}
	<-in // parked: own is reachable only from this stack
	s := 0
	for _, v := range own {
		s += v
	}
	out <- s
}

func main() {
	fs := makeAdders()
	c := &counter{}
	add := c.add
	churn()
	sum := 0
	for i, f := range fs {
		sum += f(i)
	}
	for i := 0; i < 50; i++ {
		add(i)
	}
	churn()
	println("closures", sum, len(c.n), c.n[49])
	println("deferred", deferred())

	in, out := make(chan int), make(chan int)
	for id := 1; id <= 10; id++ {
		go worker(id, in, out)
	}
	for i := 0; i < 10; i++ {
		in <- 0
		churn()
	}
	total := 0
	for i := 0; i < 10; i++ {
		total += <-out
	}
	println("goroutines", total)
}
