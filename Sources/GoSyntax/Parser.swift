// The Go parser: a recursive-descent parser following the structure of
// cmd/compile/internal/syntax/parser.go (for gc's error messages and
// recovery) and producing the go/ast-shaped tree of AST.swift.
//
// This file holds the parser state, error handling, and declarations;
// ParserExpr.swift, ParserType.swift and ParserStmt.swift hold the rest.

#if canImport(Glibc)
import Glibc
#endif

/// Parses one Go source file. Always returns a File; syntax errors are
/// reported to `diagnostics` and replaced by Bad* nodes where needed.
public func parseFile(fileSet: FileSet, filename: String, source: [UInt8], diagnostics: DiagnosticList) -> File {
    let sf = fileSet.addFile(name: filename, size: source.count)
    let p = Parser(file: sf, source: source, diagnostics: diagnostics)
    return p.parseFile()
}

final class Parser {
    var s: Scanner
    let file: SourceFile
    let diagnostics: DiagnosticList

    /// Expression nesting: < 0 in if/for/switch headers (where composite
    /// literals with a bare type name are not allowed), >= 0 elsewhere.
    var xnest = 0
    /// Function nesting: > 0 inside a function body.
    var fnest = 0
    /// Recursion depth, to refuse absurdly nested input without overflowing the stack.
    var depth = 0
    var errcnt = 0
    var tooDeep = false

    /// The deepest nesting of expressions, types and statements accepted.
    static let maxDepth = 10000

    init(file: SourceFile, source: [UInt8], diagnostics: DiagnosticList) {
        self.file = file
        self.diagnostics = diagnostics
        self.s = Scanner(file: file, source: source, diagnostics: diagnostics)
        s.next()
    }

    // MARK: - Tokens

    @inline(__always) var tok: Token { s.tok }
    @inline(__always) var pos: Pos { s.pos }
    @inline(__always) func next() { s.next() }

    @inline(__always) func got(_ t: Token) -> Bool {
        if s.tok == t {
            s.next()
            return true
        }
        return false
    }

    func want(_ t: Token) {
        if !got(t) {
            syntaxError("expecting " + tokstring(t))
            advance()
        }
    }

    /// Like got(.assign) but also accepts ":=" (with an error), for recovery.
    func gotAssign() -> Bool {
        switch tok {
        case .define:
            syntaxError("expecting =")
            next()
            return true
        case .assign:
            next()
            return true
        default:
            return false
        }
    }

    // MARK: - Errors

    func errorAt(_ pos: Pos, _ msg: String) {
        errcnt += 1
        diagnostics.error(pos, msg)
    }

    func error(_ msg: String) { errorAt(pos, msg) }
    func syntaxError(_ msg: String) { syntaxErrorAt(pos, msg) }

    func syntaxErrorAt(_ pos: Pos, _ msg0: String) {
        if tok == .eof && errcnt + s.errorCount > 0 { return } // avoid meaningless follow-up errors
        var msg = msg0
        if msg.isEmpty {
        } else if msg.hasPrefix("in ") || msg.hasPrefix("at ") || msg.hasPrefix("after ") {
            msg = " " + msg
        } else if msg.hasPrefix("expecting ") {
            msg = ", " + msg
        } else {
            errorAt(pos, "syntax error: " + msg)
            return
        }
        errorAt(pos, "syntax error: unexpected " + tokDescription() + msg)
    }

    /// How gc names the current token in "unexpected X".
    func tokDescription() -> String {
        switch tok {
        case .ident, .semicolon: return s.lit
        case .int, .float, .imag, .char, .string: return "literal " + s.lit
        default: return tokstring(tok)
        }
    }

    func tokstring(_ t: Token) -> String {
        switch t {
        case .comma: return "comma"
        case .semicolon: return "semicolon or newline"
        default: return t.description
        }
    }

    static let stopset: Set<Token> = [.break, .const, .continue, .defer, .fallthrough, .for, .go, .goto,
                                      .if, .return, .select, .switch, .type, .var]

    /// Skips tokens until one in the follow list (or the statement stop set
    /// inside functions) is found; with an empty list, skips exactly one token.
    func advance(_ followlist: Token...) {
        if followlist.isEmpty {
            if tok != .eof { next() }
            return
        }
        var follow = Set(followlist)
        follow.insert(.eof)
        if fnest > 0 { follow.formUnion(Parser.stopset) }
        while !follow.contains(tok) { next() }
    }

    // MARK: - Nesting limit

    /// Enters one level of nesting; returns false (after reporting once and
    /// skipping to the end of the file) if the input is nested too deeply.
    @inline(__always) func enter() -> Bool {
        depth += 1
        if depth > Parser.maxDepth || (depth & 7 == 0 && stackAddress() < stackLow) {
            if !tooDeep {
                tooDeep = true
                errorAt(pos, "syntax error: nesting too deep")
            }
            s.skipToEOF()
            return false
        }
        return true
    }

    @inline(__always) func leave() { depth -= 1 }

    /// The lowest stack address the parser lets itself reach (the thread's
    /// stack limit plus a safety margin), or 0 if unknown.
    lazy var stackLow: UInt = Parser.currentStackLow()

    static func currentStackLow() -> UInt {
        #if os(Linux)
        var attr = pthread_attr_t()
        guard swiftgo_pthread_getattr_np(pthread_self(), &attr) == 0 else { return 0 }
        defer { pthread_attr_destroy(&attr) }
        var addr: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attr, &addr, &size) == 0, let addr else { return 0 }
        let margin = UInt(min(256 * 1024, size / 4))
        return UInt(bitPattern: addr) + margin
        #else
        return 0
        #endif
    }

    func badExpr() -> BadExpr { BadExpr(pos: pos) }

    // MARK: - Common productions

    func name() -> Ident {
        if tok == .ident {
            let n = Ident(pos: pos, name: s.lit)
            next()
            return n
        }
        let n = Ident(pos: pos, name: "_")
        syntaxError("expecting name")
        advance()
        return n
    }

    func nameList(_ first: Ident) -> [Ident] {
        var l = [first]
        while got(.comma) { l.append(name()) }
        return l
    }

    /// list = [ f { sep f } [sep] ] close . Returns the position of close.
    func list(_ context: String, _ sep: Token, _ close: Token, _ f: () -> Bool) -> Pos {
        var done = false
        while tok != .eof && tok != close && !done {
            let before = s.offset
            done = f()
            if !got(sep) && tok != close {
                syntaxError("in \(context); possibly missing \(tokstring(sep)) or \(tokstring(close))")
                advance(.rparen, .rbrack, .rbrace)
                if tok != close { return pos }
            }
            if s.offset == before && tok != .eof && tok != close { next() } // guarantee progress
        }
        let p = pos
        want(close)
        return p
    }

    func oliteral() -> BasicLit? {
        switch tok {
        case .int, .float, .imag, .char, .string:
            let b = BasicLit(pos: pos, kind: tok, value: s.lit)
            next()
            return b
        default:
            return nil
        }
    }

    // MARK: - Files

    func parseFile() -> File {
        let pkgPos = pos
        if !got(.package) {
            syntaxError("package statement must be first")
            return File(source: file, package: pkgPos, name: Ident(pos: pkgPos, name: "_"), imports: [], decls: [],
                        buildConstraints: buildConstraints(before: s.offset), pragmas: s.directives)
        }
        let constraints = buildConstraints(before: pkgPos.raw - file.base)
        let pkgName = name()
        want(.semicolon)
        var decls: [Decl] = []
        var imports: [ImportSpec] = []
        if errcnt + s.errorCount > 0 {
            // Don't bother continuing if the package clause has errors.
            return File(source: file, package: pkgPos, name: pkgName, imports: [], decls: [],
                        buildConstraints: constraints, pragmas: s.directives)
        }

        while tok == .import {
            let d = genDecl(.import, importSpec)
            for case let sp as ImportSpec in d.specs { imports.append(sp) }
            decls.append(d)
            want(.semicolon)
        }

        while tok != .eof {
            switch tok {
            case .const, .type, .var:
                let t = tok
                decls.append(genDecl(t, t == .const ? constSpec : t == .type ? typeSpec : varSpec))
            case .func:
                if let d = funcDeclOrNil() { decls.append(d) }
            default:
                if tok == .lbrace, let f = decls.last as? FuncDecl, f.body == nil {
                    syntaxError("unexpected semicolon or newline before {")
                } else {
                    syntaxError("non-declaration statement outside function body")
                }
                advance(.const, .type, .var, .func)
                continue
            }
            if tok != .eof && !got(.semicolon) {
                syntaxError("after top level declaration")
                advance(.const, .type, .var, .func)
            }
        }
        return File(source: file, package: pkgPos, name: pkgName, imports: imports, decls: decls,
                    buildConstraints: constraints, pragmas: s.directives)
    }

    func buildConstraints(before offset: Int) -> [String] {
        s.buildLines.filter { $0.offset < offset }.map { $0.text }
    }

    // MARK: - Declarations

    /// Decl = keyword ( Spec | "(" { Spec ";" } ")" ). The current token is the keyword.
    func genDecl(_ keyword: Token, _ f: (Int) -> Spec?) -> GenDecl {
        let declPos = pos
        next()
        var specs: [Spec] = []
        if tok == .lparen {
            let lparen = pos
            next()
            var index = 0
            let rparen = list("grouped declaration", .semicolon, .rparen) {
                if let sp = f(index) { specs.append(sp) }
                index += 1
                return false
            }
            if keyword == .const { fixConstGroup(&specs) }
            return GenDecl(pos: declPos, tok: keyword, lparen: lparen, specs: specs, rparen: rparen)
        }
        if let sp = f(0) { specs.append(sp) }
        return GenDecl(pos: declPos, tok: keyword, lparen: .none, specs: specs, rparen: .none)
    }

    /// Keeps ValueSpec.iota equal to the spec's index in its group.
    func fixConstGroup(_ specs: inout [Spec]) {
        for (i, sp) in specs.enumerated() {
            if let v = sp as? ValueSpec, v.iota != i {
                specs[i] = ValueSpec(pos: v.pos, names: v.names, type: v.type, values: v.values, iota: i)
            }
        }
    }

    // ImportSpec = [ "." | PackageName ] ImportPath .
    func importSpec(_ index: Int) -> Spec? {
        let specPos = pos
        var local: Ident?
        switch tok {
        case .ident:
            local = name()
        case .period:
            local = Ident(pos: pos, name: ".")
            next()
        default:
            break
        }
        guard let path = oliteral() else {
            syntaxError("missing import path")
            advance(.semicolon, .rparen)
            return ImportSpec(pos: specPos, name: local, path: BasicLit(pos: pos, kind: .string, value: "\"\""))
        }
        if path.kind != .string {
            syntaxError("import path must be a string")
        }
        return ImportSpec(pos: specPos, name: local, path: path)
    }

    // ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
    func constSpec(_ index: Int) -> Spec? {
        let specPos = pos
        let names = nameList(name())
        var type: Expr?
        var values: [Expr] = []
        if tok != .eof && tok != .semicolon && tok != .rparen {
            type = typeOrNil()
            if gotAssign() { values = exprList() }
        }
        return ValueSpec(pos: specPos, names: names, type: type, values: values, iota: index)
    }

    // VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
    func varSpec(_ index: Int) -> Spec? {
        let specPos = pos
        let names = nameList(name())
        var type: Expr?
        var values: [Expr] = []
        if gotAssign() {
            values = exprList()
        } else {
            type = parseType()
            if gotAssign() { values = exprList() }
        }
        return ValueSpec(pos: specPos, names: names, type: type, values: values, iota: 0)
    }

    // TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
    func typeSpec(_ index: Int) -> Spec? {
        let specPos = pos
        let tname = name()
        var tparams: FieldList?
        var assign = Pos.none
        var type: Expr?
        if tok == .lbrack {
            // An array/slice type or a type parameter list.
            let lbrack = pos
            next()
            switch tok {
            case .ident:
                var x: Expr = name()
                if tok != .lbrack {
                    xnest += 1
                    x = binaryExpr(pexpr(x, keepParens: false), 0)
                    xnest -= 1
                }
                let (pname, ptype) = extractName(x, force: tok == .comma)
                if let pname, ptype != nil || tok != .rbrack {
                    let fields = paramList(lbrack, pname, ptype, .rbrack, requireNames: true)
                    tparams = fields
                    if tok == .assign || tok == .define { assign = pos }
                    _ = gotAssign()
                    type = typeOrNil()
                } else {
                    type = arrayType(lbrack, len: x)
                }
            case .rbrack:
                next()
                type = sliceType(lbrack)
            default:
                type = arrayType(lbrack, len: nil)
            }
        } else {
            if tok == .assign || tok == .define { assign = pos }
            _ = gotAssign()
            type = typeOrNil()
        }
        if type == nil {
            type = badExpr()
            syntaxError("in type declaration")
            advance(.semicolon, .rparen)
        }
        return TypeSpec(pos: specPos, name: tname, typeParams: tparams, assign: assign, type: type!)
    }

    /// Splits x into (name, type element) if x can be read as `name elem`;
    /// see extractName in cmd/compile/internal/syntax/parser.go.
    func extractName(_ x: Expr, force: Bool, level: Int = 0) -> (Ident?, Expr?) {
        if let n = x as? Ident { return (n, nil) }
        if level > 1000 { return (nil, x) } // absurdly long union: give up (not a type parameter)
        if let b = x as? BinaryExpr {
            switch b.op {
            case .mul:
                if let n = b.x as? Ident, force || isTypeElem(b.y) {
                    return (n, StarExpr(pos: b.opPos, x: b.y))
                }
            case .or:
                let (n, lhs) = extractName(b.x, force: force || isTypeElem(b.y), level: level + 1)
                if let n, let lhs {
                    return (n, BinaryExpr(x: lhs, opPos: b.opPos, op: .or, y: b.y))
                }
            default:
                break
            }
        }
        if let c = x as? CallExpr, let n = c.fun as? Ident {
            if c.args.count == 1 && !c.hasEllipsis && (force || isTypeElem(c.args[0])) {
                return (n, c.args[0])
            }
        }
        return (nil, x)
    }

    /// Whether x is certainly a type element (not an ordinary expression).
    func isTypeElem(_ x: Expr, level: Int = 0) -> Bool {
        if level > 1000 { return false }
        switch x {
        case is ArrayType, is StructType, is FuncType, is InterfaceType, is MapType, is ChanType:
            return true
        case let b as BinaryExpr:
            return isTypeElem(b.x, level: level + 1) || isTypeElem(b.y, level: level + 1)
        case let u as UnaryExpr:
            return u.op == .tilde || isTypeElem(u.x, level: level + 1)
        case let st as StarExpr:
            return isTypeElem(st.x, level: level + 1)
        case let p as ParenExpr:
            return isTypeElem(p.x, level: level + 1)
        default:
            return false
        }
    }

    // FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
    // MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
    func funcDeclOrNil() -> FuncDecl? {
        let funcPos = pos
        let pragmas = s.leadDirectives
        next() // func
        var recv: FieldList?
        if tok == .lparen {
            let lparen = pos
            next()
            let r = paramList(lparen, nil, nil, .rparen, requireNames: false)
            switch r.count {
            case 0: error("method has no receiver")
            case 1: break
            default: error("method has multiple receivers")
            }
            recv = r
        }
        if tok != .ident {
            syntaxError("expecting name or (")
            advance(.lbrace, .semicolon)
            return nil
        }
        let fname = name()
        let ftype = funcType(funcPos, context: recv != nil ? "method" : "")
        var body: BlockStmt?
        if tok == .lbrace {
            body = funcBody()
        }
        return FuncDecl(pos: funcPos, recv: recv, name: fname, type: ftype, body: body, pragmas: pragmas)
    }

    func funcBody() -> BlockStmt {
        fnest += 1
        let outer = xnest
        xnest = 0
        let b = blockStmt("")
        xnest = outer
        fnest -= 1
        return b
    }
}

#if os(Linux)
// glibc's pthread_getattr_np is hidden from Swift's Glibc module (it needs _GNU_SOURCE).
@_silgen_name("pthread_getattr_np")
func swiftgo_pthread_getattr_np(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// An address in the caller's stack frame.
@inline(never) func stackAddress() -> UInt {
    var x = 0
    return withUnsafeMutablePointer(to: &x) { UInt(bitPattern: $0) }
}
