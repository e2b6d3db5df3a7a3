// Command-line arguments (args_flags.args): os.Args and flag.Parse over them.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	n := flag.Int("n", 1, "count")
	v := flag.Bool("v", false, "verbose")
	name := flag.String("name", "x", "name")
	flag.Parse()
	fmt.Println(len(os.Args), os.Args[1:])
	fmt.Println(*n, *v, *name, flag.NArg(), flag.Args(), flag.NFlag())
}
