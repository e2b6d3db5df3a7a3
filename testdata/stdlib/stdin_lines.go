// Reading standard input (stdin_lines.in) with bufio.Scanner: lines, then words of each line,
// totals at end of input.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines, words := 0, 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		ws := bufio.NewScanner(strings.NewReader(line))
		ws.Split(bufio.ScanWords)
		n := 0
		for ws.Scan() {
			n++
		}
		words += n
		fmt.Printf("%d: %q (%d words)\n", lines, line, n)
	}
	fmt.Println("lines:", lines, "words:", words, "err:", sc.Err())
}
