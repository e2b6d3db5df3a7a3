import Foundation
import Testing
import GoSyntax

/// Renders a tree in the same preorder notation as a go/ast dumper
/// (ast.Inspect: " Kind:detail(" children ")"), for comparing trees with go/parser.
struct ASTDumper {
    var out = ""

    mutating func open(_ kind: String, _ detail: String? = nil) {
        out += " " + kind
        if let detail { out += ":" + detail }
        out += "("
    }
    mutating func close() { out += ")" }

    mutating func file(_ f: File) {
        open("File")
        expr(f.name)
        for d in f.decls { decl(d) }
        close()
    }

    mutating func decl(_ d: Decl) {
        switch d {
        case let g as GenDecl:
            open("GenDecl")
            for s in g.specs { spec(s) }
            close()
        case let f as FuncDecl:
            open("FuncDecl")
            if let r = f.recv { fieldList(r) }
            expr(f.name)
            expr(f.type)
            if let b = f.body { stmt(b) }
            close()
        default:
            open("BadDecl"); close()
        }
    }

    mutating func spec(_ s: Spec) {
        switch s {
        case let i as ImportSpec:
            open("ImportSpec")
            if let n = i.name { expr(n) }
            expr(i.path)
            close()
        case let v as ValueSpec:
            open("ValueSpec", "\(v.values.count)")
            for n in v.names { expr(n) }
            if let t = v.type { expr(t) }
            for x in v.values { expr(x) }
            close()
        case let t as TypeSpec:
            open("TypeSpec")
            expr(t.name)
            if let tp = t.typeParams { fieldList(tp) }
            expr(t.type)
            close()
        default:
            open("BadSpec"); close()
        }
    }

    mutating func fieldList(_ l: FieldList) {
        open("FieldList")
        for f in l.fields {
            open("Field")
            for n in f.names { expr(n) }
            expr(f.type)
            if let t = f.tag { expr(t) }
            close()
        }
        close()
    }

    mutating func opt(_ x: Expr?) { if let x { expr(x) } }
    mutating func opt(_ s: Stmt?) { if let s { stmt(s) } }

    mutating func expr(_ x: Expr) {
        switch x {
        case let i as Ident: open("Ident", i.name); close()
        case let b as BasicLit: open("BasicLit", b.value.replacingOccurrences(of: "\n", with: "\\n")); close()
        case let e as Ellipsis: open("Ellipsis"); opt(e.elt); close()
        case let f as FuncLit: open("FuncLit"); expr(f.type); stmt(f.body); close()
        case let c as CompositeLit: open("CompositeLit"); opt(c.type); for e in c.elts { expr(e) }; close()
        case let p as ParenExpr: open("ParenExpr"); expr(p.x); close()
        case let s as SelectorExpr: open("SelectorExpr"); expr(s.x); expr(s.sel); close()
        case let i as IndexExpr: open("IndexExpr"); expr(i.x); expr(i.index); close()
        case let i as IndexListExpr: open("IndexListExpr"); expr(i.x); for e in i.indices { expr(e) }; close()
        case let s as SliceExpr: open("SliceExpr"); expr(s.x); opt(s.low); opt(s.high); opt(s.max); close()
        case let t as TypeAssertExpr: open("TypeAssertExpr"); expr(t.x); opt(t.type); close()
        case let c as CallExpr: open("CallExpr"); expr(c.fun); for a in c.args { expr(a) }; close()
        case let s as StarExpr: open("StarExpr"); expr(s.x); close()
        case let u as UnaryExpr: open("UnaryExpr", u.op.description); expr(u.x); close()
        case let b as BinaryExpr: open("BinaryExpr", b.op.description); expr(b.x); expr(b.y); close()
        case let k as KeyValueExpr: open("KeyValueExpr"); expr(k.key); expr(k.value); close()
        case let a as ArrayType: open("ArrayType"); opt(a.len); expr(a.elt); close()
        case let s as StructType: open("StructType"); fieldList(s.fields); close()
        case let f as FuncType:
            open("FuncType")
            if let tp = f.typeParams { fieldList(tp) }
            fieldList(f.params)
            if let r = f.results { fieldList(r) }
            close()
        case let i as InterfaceType: open("InterfaceType"); fieldList(i.methods); close()
        case let m as MapType: open("MapType"); expr(m.key); expr(m.value); close()
        case let c as ChanType:
            open("ChanType", c.dir == .send ? "1" : c.dir == .recv ? "2" : "3")
            expr(c.value)
            close()
        default: open("BadExpr"); close()
        }
    }

    mutating func stmts(_ l: [Stmt]) { for s in l { stmt(s) } }

    mutating func stmt(_ s: Stmt) {
        switch s {
        case let d as DeclStmt: open("DeclStmt"); decl(d.decl); close()
        case is EmptyStmt: open("EmptyStmt"); close()
        case let l as LabeledStmt: open("LabeledStmt"); expr(l.label); stmt(l.stmt); close()
        case let e as ExprStmt: open("ExprStmt"); expr(e.x); close()
        case let s as SendStmt: open("SendStmt"); expr(s.chan); expr(s.value); close()
        case let i as IncDecStmt: open("IncDecStmt"); expr(i.x); close()
        case let a as AssignStmt:
            open("AssignStmt", a.tok.description)
            for x in a.lhs { expr(x) }
            for x in a.rhs { expr(x) }
            close()
        case let g as GoStmt: open("GoStmt"); expr(g.call); close()
        case let d as DeferStmt: open("DeferStmt"); expr(d.call); close()
        case let r as ReturnStmt: open("ReturnStmt"); for x in r.results { expr(x) }; close()
        case let b as BranchStmt: open("BranchStmt"); if let l = b.label { expr(l) }; close()
        case let b as BlockStmt: open("BlockStmt"); stmts(b.stmts); close()
        case let i as IfStmt: open("IfStmt"); opt(i.initStmt); expr(i.cond); stmt(i.body); opt(i.elseStmt); close()
        case let c as CaseClause: open("CaseClause"); for x in c.list { expr(x) }; stmts(c.body); close()
        case let s as SwitchStmt: open("SwitchStmt"); opt(s.initStmt); opt(s.tag); stmt(s.body); close()
        case let t as TypeSwitchStmt: open("TypeSwitchStmt"); opt(t.initStmt); stmt(t.assign); stmt(t.body); close()
        case let c as CommClause: open("CommClause"); opt(c.comm); stmts(c.body); close()
        case let s as SelectStmt: open("SelectStmt"); stmt(s.body); close()
        case let f as ForStmt: open("ForStmt"); opt(f.initStmt); opt(f.cond); opt(f.post); stmt(f.body); close()
        case let r as RangeStmt: open("RangeStmt"); opt(r.key); opt(r.value); expr(r.x); stmt(r.body); close()
        default: open("BadStmt"); close()
        }
    }
}

@Suite struct TreeComparisonTests {
    /// Compares every corpus file's tree with go/parser's. Enabled when
    /// GOAST_DUMP names a file of "path<TAB>dump" lines produced by a
    /// go/ast dumper (see ASTDumper for the notation).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["GOAST_DUMP"] != nil, "set GOAST_DUMP to compare with go/parser"))
    func treesMatchGoParser() throws {
        let path = ProcessInfo.processInfo.environment["GOAST_DUMP"]!
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var mismatches = 0
        var checked = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let file = String(line[..<tab])
            let want = String(line[line.index(after: tab)...])
            let fs = FileSet()
            let diags = DiagnosticList(fileSet: fs)
            let f = parseFile(fileSet: fs, filename: file, source: readBytes(file), diagnostics: diags)
            var d = ASTDumper()
            d.file(f)
            checked += 1
            if d.out != want {
                mismatches += 1
                if mismatches <= 10 {
                    let a = Array(d.out.utf8), b = Array(want.utf8)
                    var i = 0
                    while i < min(a.count, b.count) && a[i] == b[i] { i += 1 }
                    let lo = max(0, i - 150)
                    print("MISMATCH \(file)\n  ours: \(String(decoding: a[lo..<min(a.count, i + 150)], as: UTF8.self))\n  go:   \(String(decoding: b[lo..<min(b.count, i + 150)], as: UTF8.self))")
                }
            }
        }
        print("tree comparison: \(checked) files, \(mismatches) mismatches")
        #expect(mismatches == 0)
    }
}
