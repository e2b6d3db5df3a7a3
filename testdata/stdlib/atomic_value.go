package main

// sync/atomic.Value and sync.Pool use runtime_procPin/procUnpin, which gc
// links from the runtime and swiftgo supplies as intrinsics.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(config{"first", 1})
	c := v.Load().(config)
	fmt.Println(c.name, c.version)
	v.Store(config{"second", 2})
	fmt.Println(v.Load().(config).version)
	old := v.Swap(config{"third", 3})
	fmt.Println(old.(config).name, v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"third", 3}, config{"fourth", 4}), v.Load().(config).name)
	fmt.Println(v.CompareAndSwap(config{"x", 0}, config{"y", 0}), v.Load().(config).name)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store("a string")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var w atomic.Value
		w.Store(nil)
	}()

	var wg sync.WaitGroup
	var total atomic.Int64
	var p atomic.Pointer[config]
	p.Store(&config{"ptr", 9})
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			total.Add(int64(n))
		}(i)
	}
	wg.Wait()
	fmt.Println(total.Load(), p.Load().name)

	pool := sync.Pool{New: func() any { return new([64]byte) }}
	b := pool.Get().(*[64]byte)
	b[0] = 42
	pool.Put(b)
	b2 := pool.Get().(*[64]byte)
	fmt.Println(len(b2))
}
