package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; nobody@nowhere.org"
	fmt.Println(re.MatchString(s), re.NumSubexp())
	fmt.Println(re.FindString(s))
	fmt.Printf("%q\n", re.FindAllString(s, -1))
	fmt.Printf("%q\n", re.FindStringSubmatch(s))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.FindStringIndex(s), re.FindAllStringSubmatchIndex(s, 1))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"))
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := named.FindStringSubmatch("date: 2022-08-01!")
	for i, n := range named.SubexpNames() {
		if n != "" {
			fmt.Printf("%s=%s ", n, m[i])
		}
	}
	fmt.Println(named.SubexpIndex("month"))
	fmt.Println(named.ReplaceAllString("2022-08-01 and 1999-12-31", "${day}/${month}/${year}"))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).Split("abaabaccadaaae", 5))
	ok, err := regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	fmt.Println(ok, err)
	_, err = regexp.Compile(`a(b`)
	fmt.Println(err)
	_, err = regexp.Compile(`x**`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1.5-2.0?[x]"))
	ci := regexp.MustCompile(`(?i)héllo|wor(ld)?`)
	fmt.Printf("%q\n", ci.FindAllString("HÉLLO World wor", -1))
	b := regexp.MustCompile(`[aeiou]`).ReplaceAllFunc([]byte("banana split"), func(x []byte) []byte { return []byte(strings.ToUpper(string(x))) })
	fmt.Println(string(b))
	multi := regexp.MustCompile(`(?m)^(\w+):\s*(.*)$`)
	for _, mm := range multi.FindAllStringSubmatch("Host: example\nAccept: */*\nbad line\n", -1) {
		fmt.Printf("%q ", mm[1:])
	}
	fmt.Println()
	fmt.Println(regexp.MustCompile(`^\p{Greek}+$`).MatchString("αβγ"), regexp.MustCompile(`a.c`).String())
	fmt.Println(regexp.MustCompile(`ab+`).LiteralPrefix())
	tmpl := regexp.MustCompile(`(?P<k>\w+)=(?P<v>\w+)`)
	var dst []byte
	for _, sm := range tmpl.FindAllStringSubmatchIndex("a=1 b=2", -1) {
		dst = tmpl.ExpandString(dst, "$v<-$k;", "a=1 b=2", sm)
	}
	fmt.Println(string(dst))
	fmt.Println(regexp.MustCompile(`(a|ab)(c|bcd)(d*)`).FindStringSubmatch("abcd"), regexp.MustCompilePOSIX(`(a|ab)(c|bcd)(d*)`).FindStringSubmatch("abcd"))
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`[z-a]`)
}
