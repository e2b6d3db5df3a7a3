import Testing
import GoSyntax

/// Scans src and returns (token, literal-or-spelling, "line:col") triples, plus errors.
func scan(_ src: String) -> ([(Token, String, String)], [String]) {
    let fs = FileSet()
    let diags = DiagnosticList(fileSet: fs)
    let bytes = Array(src.utf8)
    let f = fs.addFile(name: "x.go", size: bytes.count)
    var s = Scanner(file: f, source: bytes, diagnostics: diags)
    var out: [(Token, String, String)] = []
    while true {
        s.next()
        if s.tok == .eof { break }
        let p = fs.position(s.pos)!
        out.append((s.tok, s.lit.isEmpty ? s.tok.description : s.lit, "\(p.line):\(p.column)"))
        if out.count > 10000 { break }
    }
    return (out, diags.items.map { d in "\(d.position!.line):\(d.position!.column): \(d.message)" })
}

func toks(_ src: String) -> [String] {
    scan(src).0.map { $0.1 }
}

@Suite struct ScannerTests {
    @Test func operatorsAndDelimiters() {
        let src = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! != <= >= := ... ( [ { , . ) ] } ; : ~"
        let (t, errs) = scan(src)
        #expect(errs.isEmpty)
        let kinds = t.map { $0.0 }
        let want: [Token] = [.add, .sub, .mul, .quo, .rem, .and, .or, .xor, .shl, .shr, .andNot,
                             .addAssign, .subAssign, .mulAssign, .quoAssign, .remAssign, .andAssign, .orAssign,
                             .xorAssign, .shlAssign, .shrAssign, .andNotAssign, .land, .lor, .arrow, .inc, .dec,
                             .eql, .lss, .gtr, .assign, .not, .neq, .leq, .geq, .define, .ellipsis,
                             .lparen, .lbrack, .lbrace, .comma, .period, .rparen, .rbrack, .rbrace, .semicolon, .colon,
                             .tilde]
        #expect(kinds == want)
    }

    @Test func keywordsAndIdentifiers() {
        let (t, errs) = scan("break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var _x αβ x9 breaks")
        #expect(errs.isEmpty)
        #expect(t.prefix(25).allSatisfy { $0.0.isKeyword })
        #expect(t[25].0 == .ident && t[25].1 == "_x")
        #expect(t[26].1 == "αβ")
        #expect(t[28].0 == .ident && t[28].1 == "breaks")
    }

    @Test func numbers() {
        let lits: [(String, Token)] = [
            ("0", .int), ("42", .int), ("4_2", .int), ("0600", .int), ("0_600", .int), ("0o600", .int), ("0O600", .int),
            ("0xBadFace", .int), ("0xBad_Face", .int), ("0x_67_7a_2f_cc_40_c6", .int), ("0b1011", .int), ("0B_1", .int),
            ("170141183460469231731687303715884105727", .int),
            ("0.", .float), ("72.40", .float), ("072.40", .float), ("2.71828", .float), ("1.e+0", .float),
            ("6.67428e-11", .float), ("1E6", .float), (".25", .float), (".12345E+5", .float), ("1_5.", .float),
            ("0.15e+0_2", .float), ("0x1p-2", .float), ("0x2.p10", .float), ("0x1.Fp+0", .float), ("0X.8p-0", .float),
            ("0X_1FFFP-16", .float), ("089.5", .float), ("0i", .imag), ("0123i", .imag), ("0o123i", .imag),
            ("0xabci", .imag), ("0.i", .imag), ("2.71828i", .imag), ("1.e+0i", .imag), ("6.67428e-11i", .imag),
            ("1E6i", .imag), (".25i", .imag), (".12345E+5i", .imag), ("0x1p-2i", .imag), ("089i", .imag),
        ]
        for (lit, kind) in lits {
            let (t, errs) = scan(lit)
            #expect(errs.isEmpty, "\(lit): \(errs)")
            #expect(t.count == 2 && t[0].0 == kind && t[0].1 == lit, "\(lit)")
        }
    }

    @Test func numberErrors() {
        let cases: [(String, String)] = [
            ("0x", "1:3: hexadecimal literal has no digits"),
            ("0b", "1:3: binary literal has no digits"),
            ("0o", "1:3: octal literal has no digits"),
            ("08", "1:2: invalid digit '8' in octal literal"),
            ("0b12", "1:4: invalid digit '2' in binary literal"),
            ("0o19", "1:4: invalid digit '9' in octal literal"),
            ("1__0", "1:3: '_' must separate successive digits"),
            ("1_", "1:2: '_' must separate successive digits"),
            ("0x_", "1:4: hexadecimal literal has no digits"),
            ("0x1.0", "1:6: hexadecimal mantissa requires a 'p' exponent"),
            ("1p1", "1:2: 'p' exponent requires hexadecimal mantissa"),
            ("0x1e1", ""),
            ("0b1.0", "1:4: invalid radix point in binary literal"),
            ("1e", "1:3: exponent has no digits"),
            ("0x1p", "1:5: exponent has no digits"),
        ]
        for (src, want) in cases {
            let (_, errs) = scan(src)
            #expect(errs == (want.isEmpty ? [] : [want]), "\(src)")
        }
    }

    @Test func stringsAndRunes() {
        let lits: [(String, Token)] = [
            ("'a'", .char), ("'ä'", .char), ("'本'", .char), ("'\\t'", .char), ("'\\000'", .char), ("'\\007'", .char),
            ("'\\377'", .char), ("'\\x07'", .char), ("'\\xff'", .char), ("'\\u12e4'", .char), ("'\\U00101234'", .char),
            ("'\\''", .char), ("\"\\\"\"", .string), ("`abc`", .string), ("`\\n\n\\n`", .string), ("\"\\n\"", .string),
            ("\"Hello, world!\\n\"", .string), ("\"日本語\"", .string), ("\"\\u65e5本\\U00008a9e\"", .string),
            ("\"\\xff\\u00FF\"", .string), ("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", .string),
        ]
        for (lit, kind) in lits {
            let (t, errs) = scan(lit)
            #expect(errs.isEmpty, "\(lit): \(errs)")
            #expect(t.count == 2 && t[0].0 == kind && t[0].1 == lit, "\(lit)")
        }
    }

    @Test func literalErrors() {
        let cases: [(String, String)] = [
            ("'aa'", "1:1: more than one character in rune literal"),
            ("''", "1:2: empty rune literal or unescaped '"),
            ("'a", "1:1: rune literal not terminated"),
            ("'a\n'", "1:3: newline in rune literal"),
            ("\"abc", "1:1: string not terminated"),
            ("\"abc\n\"", "1:5: newline in string"),
            ("`abc", "1:1: string not terminated"),
            ("\"\\q\"", "1:3: unknown escape"),
            ("'\\400'", "1:6: octal escape value 256 > 255"),
            ("'\\x0g'", "1:5: invalid character 'g' in hexadecimal escape"),
            ("'\\08'", "1:4: invalid character '8' in octal escape"),
            ("\"\\uD800\"", "1:8: escape is invalid Unicode code point U+D800"),
            ("\"\\U00110000\"", "1:12: escape is invalid Unicode code point U+110000"),
            ("'\\'", "1:1: rune literal not terminated"),
            ("/* abc", "1:1: comment not terminated"),
            ("#", "1:1: invalid character U+0023 '#'"),
            ("a @", "1:3: invalid character U+0040 '@'"),
            ("\u{0}", "1:1: invalid NUL character"),
            ("x\u{2022}", "1:2: invalid character U+2022 '•' in identifier"),
            ("\u{0663}x", "1:1: identifier cannot begin with digit U+0663 '٣'"),
            ("\"\u{FEFF}\"", "1:2: invalid BOM in the middle of the file"),
        ]
        for (src, want) in cases {
            let (_, errs) = scan(src)
            #expect(errs.first == want, "\(src.debugDescription): \(errs)")
        }
    }

    @Test func invalidUTF8() {
        let fs = FileSet()
        let diags = DiagnosticList(fileSet: fs)
        let bytes: [UInt8] = Array("x = \"a".utf8) + [0xFF] + Array("\"".utf8)
        let f = fs.addFile(name: "x.go", size: bytes.count)
        var s = Scanner(file: f, source: bytes, diagnostics: diags)
        repeat { s.next() } while s.tok != .eof
        #expect(diags.items.map { $0.description } == ["x.go:1:7: invalid UTF-8 encoding"])
    }

    @Test func bomAtStartIsIgnored() {
        let (t, errs) = scan("\u{FEFF}package p")
        #expect(errs.isEmpty)
        #expect(t[0].0 == .package && t[0].2 == "1:4")
    }

    @Test func semicolonInsertion() {
        // After an identifier, literal, keyword break/continue/fallthrough/return, ++ -- ) ] }.
        #expect(toks("x\n") == ["x", "newline"])
        #expect(toks("x") == ["x", "EOF"])
        #expect(toks("1\n'a'\n\"s\"\n`r`\n1.5\n2i\n") == ["1", "newline", "'a'", "newline", "\"s\"", "newline", "`r`", "newline", "1.5", "newline", "2i", "newline"])
        #expect(toks("break\ncontinue\nfallthrough\nreturn\n") == ["break", "newline", "continue", "newline", "fallthrough", "newline", "return", "newline"])
        #expect(toks("x++\nx--\n)\n]\n}\n") == ["x", "++", "newline", "x", "--", "newline", ")", "newline", "]", "newline", "}", "newline"])
        // Not after operators or other keywords.
        #expect(toks("x +\ny") == ["x", "+", "y", "EOF"])
        #expect(toks("func\n(") == ["func", "("])
        #expect(toks("if\n{") == ["if", "{"])
        // Comments: a line comment ends at the newline (semicolon after the comment).
        let (t, _) = scan("x // c\ny")
        #expect(t.map { $0.1 } == ["x", "newline", "y", "EOF"])
        #expect(t[1].2 == "1:7")
        // A general comment containing a newline acts like a newline.
        let (t2, _) = scan("x /* a\nb */ y")
        #expect(t2.map { $0.1 } == ["x", "newline", "y", "EOF"])
        #expect(t2[1].2 == "1:3")
        // A one-line general comment does not.
        #expect(toks("x /* c */ y") == ["x", "y", "EOF"])
        #expect(toks("x;y") == ["x", "semicolon", "y", "EOF"])
        #expect(toks("x /* c */\ny") == ["x", "newline", "y", "EOF"])
    }

    @Test func positions() {
        let (t, _) = scan("package p\n\nfunc  f() {\n\treturn 1\n}\n")
        let pos = t.map { "\($0.1)@\($0.2)" }
        #expect(pos == ["package@1:1", "p@1:9", "newline@1:10", "func@3:1", "f@3:7", "(@3:8", ")@3:9", "{@3:11",
                        "return@4:2", "1@4:9", "newline@4:10", "}@5:1", "newline@5:2"])
    }

    @Test func directives() {
        let src = "//go:build linux\n// +build linux\n\n// Package p.\npackage p\n\n//go:noinline\n//go:nosplit\nfunc f() {}\n\n//go:linkname x y\n\nfunc g() {}\n"
        let (f, errs) = parse(src)
        #expect(errs.isEmpty)
        #expect(f.buildConstraints == ["//go:build linux", "// +build linux"])
        #expect(f.pragmas.map { $0.text } == ["go:build linux", "go:noinline", "go:nosplit", "go:linkname x y"])
        let fns = f.decls.compactMap { $0 as? FuncDecl }
        #expect(fns[0].pragmas == ["go:noinline", "go:nosplit"])
        #expect(fns[1].pragmas == [])
    }
}

@Suite struct LiteralTests {
    @Test func unquoteStrings() {
        #expect(unquoteString("\"abc\"") == Array("abc".utf8))
        #expect(unquoteString("\"\"") == [])
        #expect(unquoteString("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"") == [7, 8, 12, 10, 13, 9, 11, 92, 34])
        #expect(unquoteString("\"\\x41\\xff\\101\\377\"") == [0x41, 0xFF, 0x41, 0xFF])
        #expect(unquoteString("\"\\u00e4\\U0001F600\"") == Array("ä😀".utf8))
        #expect(unquoteString("\"日本\"") == Array("日本".utf8))
        #expect(unquoteString("`a\\n\r\nb`") == Array("a\\n\nb".utf8))
        #expect(unquoteString("`\r\r`") == [])
        #expect(unquoteString("\"\\q\"") == nil)
        #expect(unquoteString("\"\\'\"") == nil)
        #expect(unquoteString("\"\\400\"") == nil)
        #expect(unquoteString("\"\\uD800\"") == nil)
        #expect(unquoteString("\"abc") == nil)
        #expect(unquoteString("\"a\"b\"") == nil)
    }

    @Test func unquoteChars() {
        #expect(unquoteChar("'a'") == 97)
        #expect(unquoteChar("'ä'") == 0xE4)
        #expect(unquoteChar("'本'") == 0x672C)
        #expect(unquoteChar("'\\n'") == 10)
        #expect(unquoteChar("'\\''") == 39)
        #expect(unquoteChar("'\\\\'") == 92)
        #expect(unquoteChar("'\\000'") == 0)
        #expect(unquoteChar("'\\377'") == 255)
        #expect(unquoteChar("'\\xff'") == 255)
        #expect(unquoteChar("'\\u12e4'") == 0x12E4)
        #expect(unquoteChar("'\\U00101234'") == 0x101234)
        #expect(unquoteChar("'\\\"'") == nil)
        #expect(unquoteChar("'ab'") == nil)
        #expect(unquoteChar("''") == nil)
        #expect(unquoteChar("'\\400'") == nil)
        #expect(unquoteChar("'\\U00110000'") == nil)
    }
}
