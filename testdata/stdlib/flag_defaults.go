// flag (GOROOT's, unchanged): defaults, flag.Parse over no arguments, a FlagSet parsing a given
// list, and its errors. (PrintDefaults and the usage message need reflect.New, which swiftgo's
// reflect lacks yet, so Usage is replaced here.)
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	n := flag.Int("n", 3, "how many")
	name := flag.String("name", "gopher", "who")
	v := flag.Bool("v", false, "verbose")
	d := flag.Duration("d", 1500*time.Millisecond, "how long")
	var f float64
	flag.Float64Var(&f, "f", 2.5, "a `factor`")
	flag.Parse()
	fmt.Println(*n, *name, *v, *d, f, flag.NArg(), flag.Args(), flag.Parsed())

	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Usage = func() { fmt.Println("usage of tool") }
	k := fs.Int("k", 1, "k value")
	s := fs.String("s", "", "s value")
	b := fs.Bool("b", false, "b value")
	err := fs.Parse([]string{"-k", "42", "--s=hi", "-b", "rest", "-x"})
	fmt.Println(*k, *s, *b, fs.Args(), err)
	fs.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	fmt.Println("bad int:", fs.Parse([]string{"-k", "notanumber"}))
	fmt.Println("unknown:", fs.Parse([]string{"-zzz"}))
	fmt.Println("help:", fs.Parse([]string{"-h"}))
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("flag -%s %q default %q\n", f.Name, f.Usage, f.DefValue) })
	flag.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Printf("flag -%s %s: %s (default %s)\n", f.Name, name, usage, f.DefValue)
	})
	err = flag.Set("n", "9")
	fmt.Println(flag.Lookup("n").Value, err, *n)
	err = flag.Set("n", "x")
	fmt.Println(err, *n)
}
