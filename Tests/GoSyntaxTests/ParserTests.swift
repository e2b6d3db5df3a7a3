import Testing
import GoSyntax

/// Parses a file that must have no errors.
func parseOK(_ src: String, sourceLocation: SourceLocation = #_sourceLocation) -> File {
    let (f, errs) = parse(src)
    #expect(errs.isEmpty, "\(errs)", sourceLocation: sourceLocation)
    return f
}

/// The statements of the body of the first function in `package p; func f() { body }`.
func body(_ stmts: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Stmt] {
    let f = parseOK("package p\nfunc f() {\n" + stmts + "\n}\n", sourceLocation: sourceLocation)
    return (f.decls.last as? FuncDecl)?.body?.stmts ?? []
}

/// The expression of `var _ = <x>`.
func expr(_ x: String, sourceLocation: SourceLocation = #_sourceLocation) -> Expr? {
    let f = parseOK("package p\nvar _ = " + x + "\n", sourceLocation: sourceLocation)
    return ((f.decls.first as? GenDecl)?.specs.first as? ValueSpec)?.values.first
}

/// The type of `type T <x>`.
func typeDecl(_ x: String, sourceLocation: SourceLocation = #_sourceLocation) -> TypeSpec? {
    let f = parseOK("package p\ntype " + x + "\n", sourceLocation: sourceLocation)
    return (f.decls.first as? GenDecl)?.specs.first as? TypeSpec
}

@Suite struct ParserTests {
    @Test func fileStructure() {
        let f = parseOK("package main\n\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t. \"strings\"\n\t_ \"os\"\n)\n\nfunc main() { fmt.Println(m.Pi) }\n")
        #expect(f.name.name == "main")
        #expect(f.imports.map { $0.pathValue } == ["fmt", "math", "strings", "os"])
        #expect(f.imports.map { $0.name?.name ?? "" } == ["", "m", ".", "_"])
        #expect(f.decls.count == 3)
        let g = f.decls[1] as? GenDecl
        #expect(g?.tok == .import && g?.lparen.isValid == true && g?.specs.count == 3)
    }

    @Test func constGroupsIota() {
        let f = parseOK("package p\nconst (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n\tE, F\n)\nconst G = 1\n")
        let specs = (f.decls[0] as! GenDecl).specs.map { $0 as! ValueSpec }
        #expect(specs.map { $0.iota } == [0, 1, 2, 3])
        #expect(specs[1].values.isEmpty && specs[1].type == nil)
        #expect(specs[2].values.count == 2 && (specs[2].type as? Ident)?.name == "int")
        #expect(specs[3].names.map { $0.name } == ["E", "F"])
        #expect(((f.decls[1] as! GenDecl).specs[0] as! ValueSpec).iota == 0)
    }

    @Test func varDecls() {
        let f = parseOK("package p\nvar a int\nvar b, c = 1, 2\nvar (\n\td []string\n\te = map[string]int{}\n)\n")
        #expect(f.decls.count == 3)
        let b = (f.decls[1] as! GenDecl).specs[0] as! ValueSpec
        #expect(b.names.count == 2 && b.values.count == 2 && b.type == nil)
    }

    @Test func typeDecls() {
        #expect(typeDecl("T int")?.isAlias == false)
        #expect(typeDecl("T = int")?.isAlias == true)
        let l = typeDecl("L[T any] struct{ next *L[T]; val T }")
        #expect(l?.typeParams?.fields.count == 1)
        #expect((l?.type as? StructType)?.fields.fields.count == 2)
        // [P *C] is a type parameter list; [N]int an array.
        // [P *C] alone is an array length expression (as in gc); a type element or a comma decides.
        let p0 = typeDecl("T[P *C] struct{}")
        #expect(p0?.typeParams == nil && p0?.type is ArrayType)
        let p = typeDecl("T[P *[]int] struct{}")
        #expect(p?.typeParams?.fields.first?.type is StarExpr)
        let a = typeDecl("T [N]int")
        #expect(a?.typeParams == nil && (a?.type as? ArrayType)?.len is Ident)
        let a2 = typeDecl("T [N * M]int")
        #expect(a2?.typeParams == nil && (a2?.type as? ArrayType)?.len is BinaryExpr)
        let p2 = typeDecl("T[P *C,] struct{}")
        #expect(p2?.typeParams != nil)
        let p3 = typeDecl("T[P interface{}|int] struct{}")
        #expect(p3?.typeParams?.fields.first?.type is BinaryExpr)
        let p4 = typeDecl("T[P ~int | ~string, Q comparable] []P")
        #expect(p4?.typeParams?.fields.count == 2)
        let p5 = typeDecl("T[A, B any] map[A]B")
        #expect(p5?.typeParams?.fields.count == 1 && p5?.typeParams?.fields[0].names.count == 2)
        let s = typeDecl("T []int")
        #expect((s?.type as? ArrayType)?.len == nil)
        let e = typeDecl("T [...]int")
        #expect((typeDecl("T [4]int")?.type as? ArrayType)?.len is BasicLit)
        _ = e
    }

    @Test func structsAndInterfaces() {
        let t = typeDecl("T struct {\n\ta, b int `json:\"a\"`\n\tfmt.Stringer\n\t*pkg.T\n\tE\n\tG[int, string]\n\tarr [4]int\n\tf func(int) (x, y string)\n}")
        let fields = (t?.type as? StructType)?.fields.fields ?? []
        #expect(fields.count == 7)
        #expect(fields[0].names.count == 2 && fields[0].tag?.value == "`json:\"a\"`")
        #expect(fields[1].names.isEmpty && fields[1].type is SelectorExpr)
        #expect(fields[2].names.isEmpty && (fields[2].type as? StarExpr)?.x is SelectorExpr)
        #expect(fields[3].names.isEmpty && fields[3].type is Ident)
        #expect(fields[4].names.isEmpty && fields[4].type is IndexListExpr)
        #expect(fields[5].names.first?.name == "arr" && fields[5].type is ArrayType)
        let i = typeDecl("I interface {\n\tio.Reader\n\tM(x int) error\n\t~int | ~string\n\tcomparable\n\tN[T]\n}")
        let elems = (i?.type as? InterfaceType)?.methods.fields ?? []
        #expect(elems.count == 5)
        #expect(elems[0].names.isEmpty && elems[0].type is SelectorExpr)
        #expect(elems[1].names.first?.name == "M" && elems[1].type is FuncType)
        #expect((elems[2].type as? BinaryExpr)?.op == .or && ((elems[2].type as? BinaryExpr)?.x as? UnaryExpr)?.op == .tilde)
        #expect(elems[4].type is IndexExpr)
    }

    @Test func funcDecls() {
        let f = parseOK("package p\nfunc F[T any, U comparable](x T, y ...U) (r int, err error) { return }\nfunc (r *R[T]) M(int, string) bool\nfunc G(a, b int, c string) {}\n")
        let fF = f.decls[0] as! FuncDecl
        #expect(fF.type.typeParams?.fields.count == 2)
        #expect(fF.type.params.fields.count == 2 && fF.type.params.fields[1].type is Ellipsis)
        #expect(fF.type.results?.fields.count == 2)
        let m = f.decls[1] as! FuncDecl
        #expect(m.recv?.fields.count == 1 && (m.recv?.fields[0].type as? StarExpr)?.x is IndexExpr)
        #expect(m.body == nil && m.type.params.fields.count == 2 && m.type.params.fields[0].names.isEmpty)
        let g = f.decls[2] as! FuncDecl
        #expect(g.type.params.fields.count == 2 && g.type.params.fields[0].names.count == 2 && g.type.params.count == 3)
    }

    @Test func expressions() {
        let b = expr("a + b*c - d") as? BinaryExpr
        #expect(b?.op == .sub && (b?.x as? BinaryExpr)?.op == .add)
        let l = expr("a || b && c == d") as? BinaryExpr
        #expect(l?.op == .lor && (l?.y as? BinaryExpr)?.op == .land)
        #expect((expr("-x") as? UnaryExpr)?.op == .sub)
        #expect((expr("<-ch") as? UnaryExpr)?.op == .arrow)
        #expect(expr("*p") is StarExpr)
        #expect((expr("&T{}") as? UnaryExpr)?.x is CompositeLit)
        #expect(expr("f(a, b...)").map { ($0 as? CallExpr)?.hasEllipsis } == true)
        #expect(expr("(*T)(x)").map { (($0 as? CallExpr)?.fun as? ParenExpr)?.x is StarExpr } == true)
        #expect(expr("T.Method") is SelectorExpr)
        #expect(expr("(*T).Method") is SelectorExpr)
        #expect(expr("x.(T)").map { ($0 as? TypeAssertExpr)?.type is Ident } == true)
        #expect(expr("F[int]") is IndexExpr)
        #expect(expr("m[K, V]") is IndexListExpr)
        #expect(expr("F[int, string](x)").map { ($0 as? CallExpr)?.fun is IndexListExpr } == true)
        let s = expr("a[1:2:3]") as? SliceExpr
        #expect(s?.slice3 == true && s?.max != nil)
        let s2 = expr("a[:]") as? SliceExpr
        #expect(s2?.low == nil && s2?.high == nil && s2?.slice3 == false)
        #expect(expr("func(x int) int { return x }") is FuncLit)
        #expect(expr("[]int{1, 2, 3}").map { ($0 as? CompositeLit)?.elts.count } == 3)
        let m = expr("map[string][]int{\"a\": {1}, \"b\": nil}") as? CompositeLit
        #expect(m?.elts.count == 2 && ((m?.elts[0] as? KeyValueExpr)?.value as? CompositeLit)?.type == nil)
        #expect(expr("[...]string{\"a\"}").map { (($0 as? CompositeLit)?.type as? ArrayType)?.len is Ellipsis } == true)
        #expect(expr("struct{ x int }{1}") is CompositeLit)
        #expect(expr("pkg.T{X: 1}") is CompositeLit)
        #expect(expr("G[int]{}") is CompositeLit)
        #expect(expr("1.5i") is BasicLit)
        #expect(expr("[]func(){}") is CompositeLit)
        #expect(expr("chan int(nil)") is CallExpr)
        #expect(expr("interface{}(nil)") is CallExpr)
    }

    @Test func channelTypes() {
        func chanType(_ s: String) -> ChanType? { typeDecl("T " + s)?.type as? ChanType }
        #expect(chanType("chan int")?.dir == .both)
        #expect(chanType("<-chan int")?.dir == .recv)
        #expect(chanType("chan<- int")?.dir == .send)
        let c = chanType("chan<- <-chan int")
        #expect(c?.dir == .send && (c?.value as? ChanType)?.dir == .recv)
        let c2 = chanType("chan<- chan int")
        #expect(c2?.dir == .send && (c2?.value as? ChanType)?.dir == .both)
        let c3 = chanType("<-chan <-chan int")
        #expect(c3?.dir == .recv && (c3?.value as? ChanType)?.dir == .recv)
        // In expressions, <- re-associates with a channel type.
        let e = expr("(<-chan chan<- int)(nil)") as? CallExpr
        let t = (e?.fun as? ParenExpr)?.x as? ChanType
        #expect(t?.dir == .recv && (t?.value as? ChanType)?.dir == .send)
        let e2 = expr("(<-chan<- chan int)(nil)") as? CallExpr
        let t2 = (e2?.fun as? ParenExpr)?.x as? ChanType
        #expect(t2?.dir == .recv && (t2?.value as? ChanType)?.dir == .recv)
    }

    @Test func compositeLiteralsInHeaders() {
        // if x == T{} is not a composite literal at expression level -1 ...
        let (_, errs) = parse("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n")
        #expect(!errs.isEmpty)
        // ... unless parenthesized, or the type is not a bare name.
        let s = body("if x == (T{}) {\n}\nif x == []int{1}[0] {\n}\nfor _, v := range []int{1} {\n\t_ = v\n}\nswitch (T{}) {\n}\nif f(T{}) {\n}")
        #expect(s.count == 5)
        #expect(s[2] is RangeStmt)
    }

    @Test func statements() {
        let s = body("""
        x := 1
        x, y = y, x
        x += 2
        x++
        ch <- 1
        <-ch
        go f()
        defer g(1)
        L:
        for i := 0; i < 10; i++ {
            if i == 2 { continue L } else if i == 3 { break } else { goto L }
        }
        for {
        }
        for x < 3 {
        }
        for range ch {
        }
        for k, v := range m {
        }
        for k = range m {
        }
        switch x := f(); x {
        case 1, 2:
            fallthrough
        default:
        }
        switch {
        }
        switch v := x.(type) {
        case int, string:
        case nil:
        }
        switch x.(type) {
        }
        select {
        case ch <- 1:
        case v := <-ch:
        case v, ok = <-ch:
        case <-ch:
        default:
        }
        var z int
        const c = 1
        type T struct{}
        {
        }
        ;
        return
        """)
        let kinds = s.map { String(describing: type(of: $0)) }
        #expect(kinds == ["AssignStmt", "AssignStmt", "AssignStmt", "IncDecStmt", "SendStmt", "ExprStmt", "GoStmt",
                          "DeferStmt", "LabeledStmt", "ForStmt", "ForStmt", "RangeStmt", "RangeStmt", "RangeStmt",
                          "SwitchStmt", "SwitchStmt", "TypeSwitchStmt", "TypeSwitchStmt", "SelectStmt", "DeclStmt",
                          "DeclStmt", "DeclStmt", "BlockStmt", "EmptyStmt", "ReturnStmt"])
        #expect((s[2] as? AssignStmt)?.tok == .addAssign)
        let loop = (s[8] as? LabeledStmt)?.stmt as? ForStmt
        #expect(loop?.initStmt != nil && loop?.cond != nil && loop?.post is IncDecStmt)
        let ifs = loop?.body.stmts.first as? IfStmt
        #expect(ifs?.elseStmt is IfStmt && ((ifs?.elseStmt as? IfStmt)?.elseStmt is BlockStmt))
        #expect((s[11] as? RangeStmt)?.tok == .illegal && (s[11] as? RangeStmt)?.key == nil)
        #expect((s[12] as? RangeStmt)?.tok == .define && (s[12] as? RangeStmt)?.value != nil)
        #expect((s[13] as? RangeStmt)?.tok == .assign && (s[13] as? RangeStmt)?.value == nil)
        let sw = s[14] as? SwitchStmt
        #expect(sw?.initStmt != nil && sw?.tag is Ident && sw?.body.stmts.count == 2)
        #expect((sw?.body.stmts[1] as? CaseClause)?.isDefault == true)
        #expect((s[15] as? SwitchStmt)?.tag == nil)
        let ts = s[16] as? TypeSwitchStmt
        #expect((ts?.assign as? AssignStmt)?.tok == .define && (ts?.body.stmts.first as? CaseClause)?.list.count == 2)
        #expect((s[17] as? TypeSwitchStmt)?.assign is ExprStmt)
        let sel = s[18] as? SelectStmt
        let comms = sel?.body.stmts.map { ($0 as? CommClause)?.comm } ?? []
        #expect(comms.count == 5)
        #expect(comms[0] is SendStmt && comms[1] is AssignStmt && comms[2] is AssignStmt && comms[3] is ExprStmt && comms[4] == nil)
    }

    @Test func labelBeforeBrace() {
        let s = body("{\nL:\n}")
        let l = (s.first as? BlockStmt)?.stmts.first as? LabeledStmt
        #expect((l?.stmt as? EmptyStmt)?.implicit == true)
    }

    @Test func positionsOfNodes() {
        let fs = FileSet()
        let d = DiagnosticList(fileSet: fs)
        let f = parseFile(fileSet: fs, filename: "a.go", source: Array("package p\n\nfunc f() {\n\tx := a + b\n}\n".utf8), diagnostics: d)
        let fn = f.decls[0] as! FuncDecl
        #expect(fs.position(fn.pos)?.description == "a.go:3:1")
        let a = fn.body!.stmts[0] as! AssignStmt
        #expect(fs.position(a.pos)?.description == "a.go:4:2")
        #expect(fs.position(a.tokPos)?.description == "a.go:4:4")
        #expect(fs.position((a.rhs[0] as! BinaryExpr).opPos)?.description == "a.go:4:9")
        #expect(fs.position(fn.body!.rbrace)?.description == "a.go:5:1")
    }

    @Test func deepNestingIsRefused() {
        for open in ["(", "[", "{", "*", "^", "!", "<-", "[]", "map[int]"] {
            let n = 100_000
            var src = "package p\nvar x = " + String(repeating: open, count: n) + "1\n"
            if open == "{" { src = "package p\nfunc f() " + String(repeating: "{", count: n) + "\n" }
            let (_, errs) = parse(src)
            #expect(errs.contains { $0.hasSuffix("nesting too deep") }, "\(open)")
        }
        // Moderately deep nesting is fine.
        let (_, errs) = parse("package p\nvar x = " + String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500) + "\n")
        #expect(errs.isEmpty)
    }
}
