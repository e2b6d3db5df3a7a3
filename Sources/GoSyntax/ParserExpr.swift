// Expressions.

extension Parser {
    func expr() -> Expr { binaryExpr(nil, 0) }

    // Expression = UnaryExpr | Expression binary_op Expression .
    func binaryExpr(_ x0: Expr?, _ prec: Int) -> Expr {
        var x = x0 ?? unaryExpr()
        // A left-deep chain a+b+c... is as deep as its length: count it
        // against the nesting limit so later tree walks cannot overflow.
        var levels = 0
        defer { depth -= levels }
        while true {
            let tprec = tok.precedence
            if tprec <= prec { break }
            levels += 1
            guard enter() else { return x }
            let op = tok
            let opPos = pos
            next()
            x = BinaryExpr(x: x, opPos: opPos, op: op, y: binaryExpr(nil, tprec))
        }
        return x
    }

    // UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
    func unaryExpr() -> Expr {
        guard enter() else { return badExpr() }
        defer { leave() }
        let p = pos
        switch tok {
        case .mul:
            next()
            return StarExpr(pos: p, x: unaryExpr())
        case .add, .sub, .not, .xor, .tilde, .and:
            let op = tok
            next()
            return UnaryExpr(pos: p, op: op, x: unaryExpr())
        case .arrow:
            next()
            // <-x is a receive, unless x is a channel type: then <- belongs to it.
            let x = unaryExpr()
            if x is ChanType {
                return reassociateRecv(p, x)
            }
            return UnaryExpr(pos: p, op: .arrow, x: x)
        default:
            return pexpr(nil, keepParens: true)
        }
    }

    /// `<-` followed by channel type x: <-(chan E) => (<-chan E),
    /// <-(chan<- E) => (<-chan (<-E)).
    func reassociateRecv(_ arrowPos: Pos, _ x: Expr) -> Expr {
        guard let c = x as? ChanType else { return x }
        switch c.dir {
        case .both:
            return ChanType(pos: arrowPos, dir: .recv, value: c.value)
        case .recv:
            // <-<-chan E is not permitted
            syntaxError("unexpected <-, expecting chan")
            return ChanType(pos: arrowPos, dir: .recv, value: c.value)
        case .send:
            let inner: Expr
            if c.value is ChanType {
                inner = reassociateRecv(c.value.pos, c.value)
            } else {
                syntaxError("unexpected \(exprString(c.value)), expecting chan")
                inner = c.value
            }
            return ChanType(pos: arrowPos, dir: .recv, value: inner)
        }
    }

    // Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
    func operand(keepParens: Bool) -> Expr {
        let p = pos
        switch tok {
        case .ident:
            return name()
        case .int, .float, .imag, .char, .string:
            return oliteral()!
        case .lparen:
            next()
            xnest += 1
            let x = expr()
            xnest -= 1
            want(.rparen)
            return ParenExpr(pos: p, x: x)
        case .func:
            next()
            let ft = funcType(p, context: "function type")
            if tok == .lbrace {
                xnest += 1
                let body = funcBody()
                xnest -= 1
                return FuncLit(pos: p, type: ft, body: body)
            }
            return ft
        case .lbrack, .chan, .map, .struct, .interface:
            return parseType()
        default:
            let x = badExpr()
            syntaxError("expecting expression")
            advance(.rparen, .rbrack, .rbrace)
            return x
        }
    }

    // PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index |
    //               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
    func pexpr(_ x0: Expr?, keepParens: Bool) -> Expr {
        var x = x0 ?? operand(keepParens: keepParens)
        var levels = 0 // see binaryExpr
        defer { depth -= levels }
        loop: while true {
            let p = pos
            levels += 1
            guard enter() else { return x }
            switch tok {
            case .period:
                next()
                switch tok {
                case .ident:
                    x = SelectorExpr(x: x, sel: name())
                case .lparen:
                    next()
                    if got(.type) {
                        x = TypeAssertExpr(x: x, type: nil, lparen: p)
                    } else {
                        x = TypeAssertExpr(x: x, type: parseType(), lparen: p)
                    }
                    want(.rparen)
                default:
                    syntaxError("expecting name or (")
                    advance(.semicolon, .rparen)
                }

            case .lbrack:
                next()
                if tok == .rbrack {
                    // invalid empty instance, slice or index expression; accept but complain
                    syntaxError("expecting operand")
                    next()
                    break
                }
                var index: Expr?
                if tok != .colon {
                    let (list, comma) = typeList()
                    if comma || tok == .rbrack {
                        want(.rbrack)
                        x = makeIndex(x, p, list)
                        break
                    }
                    index = list[0]
                }
                // x[i:...
                if !got(.colon) {
                    syntaxError("expecting comma, : or ]")
                    advance(.comma, .colon, .rbrack)
                }
                xnest += 1
                var high: Expr?
                var max: Expr?
                var slice3 = false
                if tok != .colon && tok != .rbrack {
                    high = expr()
                }
                if tok == .colon {
                    slice3 = true
                    if high == nil {
                        error("middle index required in 3-index slice")
                        high = badExpr()
                    }
                    next()
                    if tok != .rbrack {
                        max = expr()
                    } else {
                        error("final index required in 3-index slice")
                        max = badExpr()
                    }
                }
                xnest -= 1
                want(.rbrack)
                x = SliceExpr(x: x, lbrack: p, low: index, high: high, max: max, slice3: slice3)

            case .lparen:
                next()
                let (args, ellipsis, rparen) = argList()
                x = CallExpr(fun: x, lparen: p, args: args, ellipsis: ellipsis, rparen: rparen)

            case .lbrace:
                // Is '{' the start of a composite literal or of a block?
                let t = unparen(x)
                var complitOK = false
                switch t {
                case is Ident, is SelectorExpr:
                    complitOK = xnest >= 0
                case is IndexExpr, is IndexListExpr:
                    complitOK = xnest >= 0 && !isValue(t)
                case is ArrayType, is StructType, is MapType:
                    complitOK = true
                default:
                    break
                }
                if !complitOK { break loop }
                if t !== x {
                    syntaxError("cannot parenthesize type in composite literal")
                }
                x = complitexpr(type: x)

            default:
                break loop
            }
        }
        return x
    }

    /// Whether x must syntactically be a value (not a type).
    func isValue(_ x: Expr, _ level: Int = 0) -> Bool {
        if level > 1000 { return true }
        let isValue = { (e: Expr) in self.isValue(e, level + 1) }
        switch x {
        case is BasicLit, is CompositeLit, is FuncLit, is SliceExpr, is TypeAssertExpr, is CallExpr:
            return true
        case is UnaryExpr, is BinaryExpr:
            return true
        case let p as ParenExpr:
            return isValue(p.x)
        case let ix as IndexExpr:
            return isValue(ix.x) || isValue(ix.index)
        case let ix as IndexListExpr:
            return isValue(ix.x) || ix.indices.contains { isValue($0) }
        default:
            return false
        }
    }

    func unparen(_ x: Expr) -> Expr {
        var x = x
        while let p = x as? ParenExpr { x = p.x }
        return x
    }

    // Element = Expression | LiteralValue .
    func bareComplitExpr() -> Expr {
        if tok == .lbrace {
            return complitexpr(type: nil)
        }
        return expr()
    }

    // LiteralValue = "{" [ ElementList [ "," ] ] "}" .
    func complitexpr(type: Expr?) -> Expr {
        guard enter() else { return badExpr() }
        defer { leave() }
        let lbrace = pos
        xnest += 1
        want(.lbrace)
        var elts: [Expr] = []
        let rbrace = list("composite literal", .comma, .rbrace) {
            var e = bareComplitExpr()
            if tok == .colon {
                let colon = pos
                next()
                e = KeyValueExpr(key: e, colon: colon, value: bareComplitExpr())
            }
            elts.append(e)
            return false
        }
        xnest -= 1
        return CompositeLit(pos: type?.pos ?? lbrace, type: type, lbrace: lbrace, elts: elts, rbrace: rbrace)
    }

    /// Arguments after "(": returns the args, the position of a final "..." and of ")".
    func argList() -> ([Expr], Pos, Pos) {
        var args: [Expr] = []
        var ellipsis = Pos.none
        xnest += 1
        let rparen = list("argument list", .comma, .rparen) {
            args.append(expr())
            if tok == .ellipsis {
                ellipsis = pos
                next()
                return true
            }
            return false
        }
        xnest -= 1
        return (args, ellipsis, rparen)
    }

    // ExpressionList = Expression { "," Expression } .
    func exprList() -> [Expr] {
        var l = [expr()]
        while got(.comma) { l.append(expr()) }
        return l
    }

    /// typeList = arg { "," arg } [ "," ] . The first element may be any
    /// expression, the others must be types. Returns whether there was a comma.
    func typeList() -> ([Expr], Bool) {
        xnest += 1
        defer { xnest -= 1 }
        var l = [expr()]
        var comma = false
        if got(.comma) {
            comma = true
            if let t = typeOrNil() {
                l.append(t)
                while got(.comma) {
                    guard let t = typeOrNil() else { break }
                    l.append(t)
                }
            }
        }
        return (l, comma)
    }

    /// A short rendering of an expression for error messages.
    func exprString(_ x: Expr, _ level: Int = 0) -> String {
        if level > 50 { return "…" }
        let exprString = { (e: Expr) in self.exprString(e, level + 1) }
        switch x {
        case let i as Ident: return i.name
        case let b as BasicLit: return b.value
        case let s as SelectorExpr: return exprString(s.x) + "." + s.sel.name
        case let s as StarExpr: return "*" + exprString(s.x)
        case let p as ParenExpr: return "(" + exprString(p.x) + ")"
        case let u as UnaryExpr: return u.op.description + exprString(u.x)
        case let b as BinaryExpr: return exprString(b.x) + " " + b.op.description + " " + exprString(b.y)
        case let c as CallExpr:
            return exprString(c.fun) + "(" + c.args.map { exprString($0) }.joined(separator: ", ") + (c.hasEllipsis ? "...)" : ")")
        case let ix as IndexExpr: return exprString(ix.x) + "[" + exprString(ix.index) + "]"
        case let ix as IndexListExpr: return exprString(ix.x) + "[" + ix.indices.map { exprString($0) }.joined(separator: ", ") + "]"
        case let a as ArrayType: return "[" + (a.len.map { exprString($0) } ?? "") + "]" + exprString(a.elt)
        case is Ellipsis: return "..."
        case let m as MapType: return "map[" + exprString(m.key) + "]" + exprString(m.value)
        case let c as ChanType:
            switch c.dir {
            case .both: return "chan " + exprString(c.value)
            case .send: return "chan<- " + exprString(c.value)
            case .recv: return "<-chan " + exprString(c.value)
            }
        case is FuncType: return "func(...)"
        case is FuncLit: return "func literal"
        case let st as StructType: return st.fields.fields.isEmpty ? "struct{}" : "struct{…}"
        case let it as InterfaceType: return it.methods.fields.isEmpty ? "interface{}" : "interface{…}"
        case let c as CompositeLit: return (c.type.map { exprString($0) } ?? "") + "{…}"
        case let s as SliceExpr:
            return exprString(s.x) + "[" + (s.low.map { exprString($0) } ?? "") + ":" + (s.high.map { exprString($0) } ?? "")
                + (s.slice3 ? ":" + (s.max.map { exprString($0) } ?? "") : "") + "]"
        case let t as TypeAssertExpr: return exprString(t.x) + ".(" + (t.type.map { exprString($0) } ?? "type") + ")"
        case let kv as KeyValueExpr: return exprString(kv.key) + ": " + exprString(kv.value)
        default: return "BadExpr"
        }
    }
}
