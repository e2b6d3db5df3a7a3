// Reading standard input (stdin_scan.in) with fmt.Scan, fmt.Fscan, fmt.Fscanln, then
// bufio.Reader.ReadString for the rest, and fmt.Sscanf on each line.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	var n int
	var s string
	var f float64
	c, err := fmt.Scan(&n, &s, &f)
	fmt.Println("Scan:", c, err, n, s, f)
	var a, b int
	c, err = fmt.Fscan(os.Stdin, &a, &b)
	fmt.Println("Fscan:", c, err, a+b)
	var w1, w2 string
	c, err = fmt.Fscanln(os.Stdin, &w1, &w2)
	fmt.Println("Fscanln:", c, err, w1, w2)
	r := bufio.NewReader(os.Stdin)
	for {
		line, err := r.ReadString('\n')
		if line != "" {
			var name string
			var age int
			k, serr := fmt.Sscanf(line, "%s is %d", &name, &age)
			fmt.Printf("line %q -> %d %v %s %d\n", line, k, serr, name, age)
		}
		if err != nil {
			fmt.Println("end:", err == io.EOF)
			break
		}
	}
	c, err = fmt.Scan(&n)
	fmt.Println("Scan at EOF:", c, err)
}
