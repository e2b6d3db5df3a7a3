import Testing
import GoSyntax

/// Parses src and returns the file and its diagnostics as "line:col: message".
func parse(_ src: String) -> (File, [String]) {
    let fs = FileSet()
    let diags = DiagnosticList(fileSet: fs)
    let f = parseFile(fileSet: fs, filename: "x.go", source: Array(src.utf8), diagnostics: diags)
    let msgs = diags.rendered(limit: 100).map { String($0.dropFirst("x.go:".count)) }
    return (f, msgs)
}

/// Bad inputs and the errors gc 1.19 reports for them (checked with `go build`).
let badInputs: [(String, [String])] = [
    ("package p\nvar x = \"abc\n", ["2:13: newline in string"]),
    ("package p\nvar x = 'ab'\n", ["2:9: more than one character in rune literal"]),
    ("package p\nvar x = ''\n", ["2:10: empty rune literal or unescaped '"]),
    ("package p\nvar x = 0778\n", ["2:12: invalid digit '8' in octal literal"]),
    ("package p\nvar x = 1__2\n", ["2:11: '_' must separate successive digits"]),
    ("package p\nvar x = 0x1.5\n", ["2:14: hexadecimal mantissa requires a 'p' exponent"]),
    ("package p\n/* abc", ["2:1: comment not terminated"]),
    ("package p\nvar x = \"\\q\"\n", ["2:11: unknown escape"]),
    ("package p\n#\n", ["2:1: invalid character U+0023 '#'"]),
    ("package p\nvar x = `abc", ["2:9: string not terminated"]),
    ("package p\nfunc f() {\n\tx := []int{1, 2\n\t}\n}\n", ["3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"]),
    ("package p\nx := 1\n", ["2:1: syntax error: non-declaration statement outside function body"]),
    ("package p\nfunc f() {\n\tif x {\n\t}\n\tif x = 1; {\n\t}\n}\n", ["5:10: syntax error: missing condition in if statement"]),
    ("package p\nfunc f(a int, b) {}\n", ["2:15: syntax error: mixed named and unnamed parameters"]),
    ("package p\nfunc f() {\n\tif x = 1 {\n\t}\n}\n", ["3:7: syntax error: cannot use assignment (x) = (1) as value"]),
    ("package p\nfunc f() {\n\tfor i := 0; i < 10; j := 1 {\n\t}\n}\n", ["3:24: syntax error: cannot declare in post statement of for loop"]),
    ("package p\nfunc f()\n{\n}\n", ["3:1: syntax error: unexpected semicolon or newline before {"]),
    ("package p\nfunc f() {\n\tgo f\n}\n", ["3:5: expression in go must be function call"]),
    ("package p\nfunc f() {\n\tdefer (f())\n}\n", ["3:8: expression in defer must not be parenthesized"]),
    ("package p\nfunc f() {\n\tx[1:2:]\n}\n", ["3:8: final index required in 3-index slice"]),
    ("package p\nvar x = 1 +\n", ["3:1: syntax error: unexpected EOF, expecting expression"]),
    ("package p\nfunc f() {\nL:\n}\nfunc g() {\n\tif true {\n\t} else for {}\n}\n", ["7:9: syntax error: else must be followed by if or statement block"]),
    ("package p\nvar x = '\\400'\n", ["2:14: octal escape value 256 > 255"]),
    ("package p\nvar x = \"\\uD800\"\n", ["2:16: escape is invalid Unicode code point U+D800"]),
    ("package p\nvar x = 0b102\n", ["2:13: invalid digit '2' in binary literal"]),
    ("package p\nvar x = 0x\n", ["2:11: hexadecimal literal has no digits"]),
    ("package p\nvar x = 1e\n", ["2:11: exponent has no digits"]),
    ("package p\nvar x = 0o1.2\n", ["2:12: invalid radix point in octal literal"]),
    ("package p\nvar x = 0x1e3p\n", ["2:15: exponent has no digits"]),
    ("package p\nvar x = 1p3\n", ["2:10: 'p' exponent requires hexadecimal mantissa"]),
    ("package p\nimport \"fmt\"\nimport fmt\n", ["3:11: syntax error: missing import path"]),
    ("package p\ntype T[P any, Q] struct{}\n", ["2:16: syntax error: missing type constraint"]),
    ("package p\nfunc f() {\n\tswitch x {\n\tfoo\n\t}\n}\n", ["4:2: syntax error: unexpected foo, expecting case or default or }", "5:2: syntax error: unexpected }, expecting :"]),
    ("package p\nvar x = '\\xZZ'\n", ["2:12: invalid character 'Z' in hexadecimal escape"]),
    ("package p\nvar x = 1_\n", ["2:10: '_' must separate successive digits"]),
    ("package p\nvar \u{a0}x int\n", ["2:5: invalid character U+00A0 in identifier"]),
    ("package p\nvar x = f(a b)\n", ["2:13: syntax error: unexpected b in argument list; possibly missing comma or )"]),
    ("package p\nfunc f() {\n\tvar x = 1\n\tx = \n}\n", ["5:1: syntax error: unexpected }, expecting expression"]),
    ("package p\ntype T struct { a int b int }\n", ["2:23: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }"]),
    ("package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n", ["3:7: syntax error: cannot use x := 1 as value"]),
    ("package p\nfunc f() {\n\tx := 1 + (2\n}\n", ["3:13: syntax error: unexpected newline, expecting )"]),
    ("x", ["1:1: syntax error: package statement must be first"]),
    ("package p\nimport 42\n", ["2:10: syntax error: import path must be a string"]),
    ("package p\nfunc f() {\n\tswitch f() := interface{}(nil).(type) {\n\t}\n}\n", ["3:13: syntax error: cannot use f() := interface{}(nil).(type) as value"]),
    ("package p\nvar x = []int{1,\n2\n}\n", ["3:2: syntax error: unexpected newline in composite literal; possibly missing comma or }"]),
    ("package p\nfunc f() { L: }\n", []),
    ("package p\nvar x = a.\n", ["3:1: syntax error: unexpected EOF, expecting name or ("]),
    ("package p\nfunc f() {\n\tfor {\n}\n", ["5:1: syntax error: unexpected EOF, expecting }"]),
    ("package p\nvar x = 'a\n", ["2:11: newline in rune literal"]),
    ("package p\nvar x = 'a", ["2:9: rune literal not terminated"]),
    ("package p\nvar x = \"a", ["2:9: string not terminated"]),
    ("package p\nvar x\u{0} int\n", ["2:6: invalid NUL character"]),
    ("package p\nvar x = 1 \u{FEFF}\n", ["2:11: invalid BOM in the middle of the file"]),
    ("\u{FEFF}package p\n", []),
    ("package p\nvar x = 08.5\nvar y = 0_8\nvar z = 09i\n", ["3:11: invalid digit '8' in octal literal"]),
    ("package p\nvar x = 0_x1\n", ["2:10: '_' must separate successive digits", "2:11: syntax error: unexpected x1 after top level declaration"]),
    ("package p\nvar x = 1.e+\n", ["2:13: exponent has no digits"]),
    ("package p\nvar x = 0b\n", ["2:11: binary literal has no digits"]),
    ("package p\nvar x = 0x1p1e\n", ["2:14: syntax error: unexpected e after top level declaration"]),
    ("package p\nvar x = 0b1e1\n", ["2:12: 'e' exponent requires decimal mantissa"]),
    ("package p\ntype T interface{ m[T any]() }\n", ["2:20: interface method must have no type parameters"]),
    ("package p\nfunc (T) m[P any]() {}\n", ["2:11: syntax error: method must have no type parameters"]),
    ("package p\nfunc (a, b T) m() {}\n", ["2:15: method has multiple receivers"]),
    ("package p\nfunc () m() {}\n", ["2:9: method has no receiver"]),
    ("package p\nfunc f() { for ; ; i := 1 {} }\n", ["2:22: syntax error: cannot declare in post statement of for loop"]),
    ("package p\nfunc f() { switch x := 1 {} }\n", ["2:21: syntax error: cannot use x := 1 as value"]),
    ("package p\nfunc f() { if { } }\n", ["2:15: syntax error: missing condition in if statement"]),
    ("package p\nfunc f() { if x\n{ } }\n", ["2:16: syntax error: unexpected newline, expecting { after if clause"]),
    ("package p\nfunc f() { var x <-<-chan int }\n", ["2:20: syntax error: unexpected <-, expecting chan"]),
    ("package p\nfunc f() { x := <-<-chan int(nil) }\n", []),
]

@Suite struct ParserErrorTests {
    @Test(arguments: badInputs.indices)
    func badInput(_ i: Int) {
        let (src, want) = badInputs[i]
        let (_, got) = parse(src)
        #expect(got == want, "source: \(src.debugDescription)")
    }
}
