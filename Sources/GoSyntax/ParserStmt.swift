// Statements.

/// `[lhs (= | :=)] range x` while parsing a for header; never left in the tree.
final class RangeClause: Stmt {
    let lhs: [Expr]
    let tokPos: Pos
    let tok: Token
    let x: Expr
    init(pos: Pos, lhs: [Expr], tokPos: Pos, tok: Token, x: Expr) {
        self.lhs = lhs; self.tokPos = tokPos; self.tok = tok; self.x = x
        super.init(pos: pos)
    }
}

extension Parser {
    // SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
    func simpleStmt(_ lhs0: [Expr]?, _ keyword: Token?) -> Stmt {
        if keyword == .for && tok == .range {
            return rangeClause([], .none, .illegal)
        }
        let lhs = lhs0 ?? exprList()
        if lhs.count == 1 && tok != .assign && tok != .define {
            let x = lhs[0]
            let p = pos
            switch tok {
            case .addAssign, .subAssign, .mulAssign, .quoAssign, .remAssign, .andAssign, .orAssign,
                 .xorAssign, .shlAssign, .shrAssign, .andNotAssign:
                let op = tok
                next()
                return AssignStmt(lhs: [x], tokPos: p, tok: op, rhs: [expr()])
            case .inc, .dec:
                let op = tok
                next()
                return IncDecStmt(x: x, tokPos: p, tok: op)
            case .arrow:
                next()
                return SendStmt(chan: x, arrow: p, value: expr())
            default:
                return ExprStmt(x: x)
            }
        }
        switch tok {
        case .assign, .define:
            let p = pos
            let op = tok
            next()
            if keyword == .for && tok == .range {
                return rangeClause(lhs, p, op)
            }
            let rhs = exprList()
            return AssignStmt(lhs: lhs, tokPos: p, tok: op, rhs: rhs)
        default:
            syntaxError("expecting := or = or comma")
            advance(.semicolon, .rbrace)
            return ExprStmt(x: lhs[0])
        }
    }

    func rangeClause(_ lhs: [Expr], _ tokPos: Pos, _ op: Token) -> Stmt {
        let p = pos
        next() // range
        return RangeClause(pos: lhs.first?.pos ?? p, lhs: lhs, tokPos: tokPos, tok: op, x: expr())
    }

    func labeledStmtOrNil(_ label: Ident) -> Stmt? {
        let colon = pos
        want(.colon)
        if tok == .rbrace {
            // A label before "}" labels an (implicit) empty statement.
            return LabeledStmt(label: label, stmt: EmptyStmt(pos: pos, implicit: true))
        }
        if let st = stmtOrNil() {
            return LabeledStmt(label: label, stmt: st)
        }
        syntaxErrorAt(colon, "missing statement after label")
        return nil
    }

    /// context must be non-empty unless the current token is "{".
    func blockStmt(_ context: String) -> BlockStmt {
        let p = pos
        if !got(.lbrace) {
            syntaxError("expecting { after " + context)
            advance(.ident, .rbrace)
            let rb = pos
            if got(.rbrace) { return BlockStmt(pos: p, stmts: [], rbrace: rb) }
        }
        let stmts = stmtList()
        let rbrace = pos
        want(.rbrace)
        return BlockStmt(pos: p, stmts: stmts, rbrace: rbrace)
    }

    func declStmt() -> Stmt {
        let t = tok
        let d = genDecl(t, t == .const ? constSpec : t == .type ? typeSpec : varSpec)
        return DeclStmt(decl: d)
    }

    func forStmt() -> Stmt {
        let p = pos
        let (initStmt, condStmt, post) = header(.for)
        let body = blockStmt("for clause")
        if let r = initStmt as? RangeClause {
            return RangeStmt(pos: p, key: r.lhs.count > 0 ? r.lhs[0] : nil, value: r.lhs.count > 1 ? r.lhs[1] : nil,
                             tokPos: r.tokPos, tok: r.tok, x: r.x, body: body)
        }
        return ForStmt(pos: p, initStmt: initStmt, cond: condExpr(condStmt), post: post, body: body)
    }

    func condExpr(_ s: Stmt?) -> Expr? {
        guard let s else { return nil }
        if let e = s as? ExprStmt { return e.x }
        return BadExpr(pos: s.pos)
    }

    /// Parses `keyword [init ;] [cond]` (or a for clause / range clause).
    /// Returns the init statement, the condition as a statement (already
    /// checked to be an expression, or a type switch guard for switch) and
    /// the post statement.
    func header(_ keyword: Token) -> (Stmt?, Stmt?, Stmt?) {
        want(keyword)
        if tok == .lbrace {
            if keyword == .if {
                syntaxError("missing condition in if statement")
                return (nil, ExprStmt(x: badExpr()), nil)
            }
            return (nil, nil, nil)
        }
        let outer = xnest
        xnest = -1
        defer { xnest = outer }

        var initStmt: Stmt?
        var post: Stmt?
        if tok != .semicolon {
            if got(.var) {
                syntaxError("var declaration not allowed in \(tokstring(keyword)) initializer")
            }
            initStmt = simpleStmt(nil, keyword)
            if initStmt is RangeClause {
                return (initStmt, nil, nil)
            }
        }

        var condStmt: Stmt?
        var semiPos = Pos.none
        var semiLit = ""
        if tok != .lbrace {
            if tok == .semicolon {
                semiPos = pos
                semiLit = s.lit
                next()
            } else {
                want(.lbrace)
                if tok != .lbrace {
                    advance(.lbrace, .rbrace)
                }
            }
            if keyword == .for {
                if tok != .semicolon {
                    if tok == .lbrace {
                        syntaxError("expecting for loop condition")
                        return (initStmt, checkCond(nil, keyword, semiPos, semiLit), nil)
                    }
                    condStmt = simpleStmt(nil, nil)
                }
                want(.semicolon)
                if tok != .lbrace {
                    post = simpleStmt(nil, nil)
                    if let a = post as? AssignStmt, a.tok == .define {
                        syntaxErrorAt(a.tokPos, "cannot declare in post statement of for loop")
                    }
                }
            } else if tok != .lbrace {
                condStmt = simpleStmt(nil, keyword)
            }
        } else {
            condStmt = initStmt
            initStmt = nil
        }
        return (initStmt, checkCond(condStmt, keyword, semiPos, semiLit), post)
    }

    func checkCond(_ condStmt: Stmt?, _ keyword: Token, _ semiPos: Pos, _ semiLit: String) -> Stmt? {
        guard let cs = condStmt else {
            if keyword == .if && semiPos.isValid {
                if semiLit != "semicolon" {
                    syntaxErrorAt(semiPos, "unexpected \(semiLit), expecting { after if clause")
                } else {
                    syntaxErrorAt(semiPos, "missing condition in if statement")
                }
                return ExprStmt(x: BadExpr(pos: semiPos))
            }
            return nil
        }
        if cs is ExprStmt { return cs }
        if keyword == .switch, isTypeSwitchGuard(cs) { return cs }
        let str: String
        if let a = cs as? AssignStmt, a.tok == .assign {
            str = "assignment (" + a.lhs.map { exprString($0) }.joined(separator: ", ") + ") = ("
                + a.rhs.map { exprString($0) }.joined(separator: ", ") + ")"
        } else {
            str = stmtString(cs)
        }
        syntaxErrorAt(gcPos(cs), "cannot use \(str) as value")
        return ExprStmt(x: BadExpr(pos: cs.pos))
    }

    /// The position gc gives a simple statement: its operator's, for assignments.
    func gcPos(_ s: Stmt) -> Pos {
        switch s {
        case let a as AssignStmt: return a.tokPos
        case let i as IncDecStmt: return i.tokPos
        case let se as SendStmt: return se.arrow
        default: return s.pos
        }
    }

    func isTypeSwitchGuard(_ s: Stmt) -> Bool {
        if let e = s as? ExprStmt, let ta = e.x as? TypeAssertExpr, ta.type == nil { return true }
        if let a = s as? AssignStmt, a.tok == .define, a.lhs.count == 1, a.lhs[0] is Ident, a.rhs.count == 1,
           let ta = a.rhs[0] as? TypeAssertExpr, ta.type == nil {
            return true
        }
        return false
    }

    func stmtString(_ s: Stmt) -> String {
        switch s {
        case let a as AssignStmt:
            return a.lhs.map { exprString($0) }.joined(separator: ", ") + " " + a.tok.description + " "
                + a.rhs.map { exprString($0) }.joined(separator: ", ")
        case let i as IncDecStmt:
            return exprString(i.x) + i.tok.description
        case let se as SendStmt:
            return exprString(se.chan) + " <- " + exprString(se.value)
        case let e as ExprStmt:
            return exprString(e.x)
        default:
            return "statement"
        }
    }

    func ifStmt() -> Stmt {
        guard enter() else { return BadStmt(pos: pos) }
        defer { leave() }
        let p = pos
        let (initStmt, condStmt, _) = header(.if)
        let body = blockStmt("if clause")
        var elseStmt: Stmt?
        if got(.else) {
            switch tok {
            case .if:
                elseStmt = ifStmt()
            case .lbrace:
                elseStmt = blockStmt("")
            default:
                syntaxError("else must be followed by if or statement block")
                advance(.ident, .rbrace)
            }
        }
        return IfStmt(pos: p, initStmt: initStmt, cond: condExpr(condStmt) ?? BadExpr(pos: p), body: body, elseStmt: elseStmt)
    }

    func switchStmt() -> Stmt {
        let p = pos
        let (initStmt, tagStmt, _) = header(.switch)
        let lbrace = pos
        if !got(.lbrace) {
            syntaxError("missing { after switch clause")
            advance(.case, .default, .rbrace)
        }
        var clauses: [Stmt] = []
        while tok != .eof && tok != .rbrace {
            clauses.append(caseClause())
        }
        let rbrace = pos
        want(.rbrace)
        let body = BlockStmt(pos: lbrace, stmts: clauses, rbrace: rbrace)
        if let ts = tagStmt, isTypeSwitchGuard(ts) {
            return TypeSwitchStmt(pos: p, initStmt: initStmt, assign: ts, body: body)
        }
        return SwitchStmt(pos: p, initStmt: initStmt, tag: condExpr(tagStmt), body: body)
    }

    func selectStmt() -> Stmt {
        let p = pos
        want(.select)
        let lbrace = pos
        if !got(.lbrace) {
            syntaxError("missing { after select clause")
            advance(.case, .default, .rbrace)
        }
        var clauses: [Stmt] = []
        while tok != .eof && tok != .rbrace {
            clauses.append(commClause())
        }
        let rbrace = pos
        want(.rbrace)
        return SelectStmt(pos: p, body: BlockStmt(pos: lbrace, stmts: clauses, rbrace: rbrace))
    }

    func caseClause() -> Stmt {
        let p = pos
        var list: [Expr] = []
        var isDefault = false
        switch tok {
        case .case:
            next()
            list = exprList()
        case .default:
            next()
            isDefault = true
        default:
            syntaxError("expecting case or default or }")
            advance(.colon, .case, .default, .rbrace)
        }
        let colon = pos
        want(.colon)
        return CaseClause(pos: p, list: list, isDefault: isDefault, colon: colon, body: stmtList())
    }

    func commClause() -> Stmt {
        let p = pos
        var comm: Stmt?
        switch tok {
        case .case:
            next()
            comm = simpleStmt(nil, nil)
        case .default:
            next()
        default:
            syntaxError("expecting case or default or }")
            advance(.colon, .case, .default, .rbrace)
        }
        let colon = pos
        want(.colon)
        return CommClause(pos: p, comm: comm, colon: colon, body: stmtList())
    }

    /// go/defer: the expression must be a call.
    func callStmt() -> Stmt {
        let p = pos
        let keyword = tok
        next()
        var x = pexpr(nil, keepParens: tok == .lparen)
        if let px = x as? ParenExpr {
            errorAt(x.pos, "expression in \(keyword) must not be parenthesized")
            x = unparen(px)
        }
        let call: CallExpr
        if let c = x as? CallExpr {
            call = c
        } else {
            errorAt(x.pos, "expression in \(keyword) must be function call")
            call = CallExpr(fun: x, lparen: x.pos, args: [], ellipsis: .none, rparen: x.pos)
        }
        return keyword == .go ? GoStmt(pos: p, call: call) : DeferStmt(pos: p, call: call)
    }

    // Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt |
    //             ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt |
    //             SelectStmt | ForStmt | DeferStmt .
    func stmtOrNil() -> Stmt? {
        guard enter() else { return nil }
        defer { leave() }
        let p = pos
        switch tok {
        case .ident:
            let lhs = exprList()
            if lhs.count == 1, let label = lhs[0] as? Ident, tok == .colon {
                return labeledStmtOrNil(label)
            }
            return simpleStmt(lhs, nil)
        case .var, .const, .type:
            return declStmt()
        case .lbrace:
            return blockStmt("")
        case .add, .sub, .mul, .and, .xor, .not:
            return simpleStmt(nil, nil)
        case .int, .float, .imag, .char, .string, .func, .lparen, .lbrack, .struct, .map, .chan, .interface, .arrow:
            return simpleStmt(nil, nil)
        case .for:
            return forStmt()
        case .switch:
            return switchStmt()
        case .select:
            return selectStmt()
        case .if:
            return ifStmt()
        case .fallthrough:
            next()
            return BranchStmt(pos: p, tok: .fallthrough, label: nil)
        case .break, .continue:
            let t = tok
            next()
            var label: Ident?
            if tok == .ident { label = name() }
            return BranchStmt(pos: p, tok: t, label: label)
        case .go, .defer:
            return callStmt()
        case .goto:
            next()
            return BranchStmt(pos: p, tok: .goto, label: name())
        case .return:
            next()
            var results: [Expr] = []
            if tok != .semicolon && tok != .rbrace { results = exprList() }
            return ReturnStmt(pos: p, results: results)
        case .semicolon:
            return EmptyStmt(pos: p, implicit: false)
        default:
            return nil
        }
    }

    // StatementList = { Statement ";" } .
    func stmtList() -> [Stmt] {
        var l: [Stmt] = []
        while tok != .eof && tok != .rbrace && tok != .case && tok != .default {
            guard let st = stmtOrNil() else { break }
            l.append(st)
            // ";" is optional before "}"
            if !got(.semicolon) && tok != .rbrace {
                syntaxError("at end of statement")
                advance(.semicolon, .rbrace, .case, .default)
                _ = got(.semicolon)
            }
        }
        return l
    }
}
