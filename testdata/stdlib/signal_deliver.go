// os/signal delivers signals: a Notify'd signal sent to the process arrives
// on the channel (SIGUSR1, SIGINT), an Ignore'd one does nothing, and a
// Stop'd one has its default action again (checked by not sending it).
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1, os.Interrupt)
	for _, s := range []syscall.Signal{syscall.SIGUSR1, syscall.SIGINT, syscall.SIGUSR1} {
		if err := syscall.Kill(os.Getpid(), s); err != nil {
			panic(err)
		}
		select {
		case got := <-c:
			fmt.Println("got", got)
		case <-time.After(5 * time.Second):
			fmt.Println("timed out waiting for", s)
		}
	}
	signal.Stop(c)
	signal.Ignore(syscall.SIGUSR2)
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("survived an ignored SIGUSR2")

	// Two channels for one signal: both get it.
	a, b := make(chan os.Signal, 1), make(chan os.Signal, 1)
	signal.Notify(a, syscall.SIGHUP)
	signal.Notify(b, syscall.SIGHUP)
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	fmt.Println("a got", <-a, "and b got", <-b)
}
