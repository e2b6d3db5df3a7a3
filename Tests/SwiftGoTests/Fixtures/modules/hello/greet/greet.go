// Package greet makes greetings.
package greet

import "example.com/hello/internal/shout"

// Hello greets name.
func Hello(name string) string { return shout.Loud("hello, " + name) }
