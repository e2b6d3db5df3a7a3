package main

// An invalid pattern given to regexp.MustCompile panics with gc's message
// and the program exits with status 2.

import (
	"fmt"
	"regexp"
)

func main() {
	fmt.Println(regexp.MustCompile(`^ok$`).MatchString("ok"))
	regexp.MustCompile(`(unclosed`)
	fmt.Println("not reached")
}
