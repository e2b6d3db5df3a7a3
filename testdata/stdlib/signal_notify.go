// os/signal: Notify, Ignore, Stop and Reset compile and run; a program that never receives the
// signal exits normally.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	fmt.Println("notified; ignored:", signal.Ignored(os.Interrupt))
	signal.Ignore(syscall.SIGHUP)
	fmt.Println("SIGHUP ignored:", signal.Ignored(syscall.SIGHUP))
	signal.Reset(syscall.SIGHUP)
	fmt.Println("SIGHUP after reset:", signal.Ignored(syscall.SIGHUP))
	select {
	case s := <-c:
		fmt.Println("got", s)
	default:
		fmt.Println("no signal")
	}
	signal.Stop(c)
	fmt.Println(os.Interrupt, syscall.SIGTERM, syscall.Signal(9))
}
