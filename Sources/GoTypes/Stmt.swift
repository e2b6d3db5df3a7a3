// Statements (§Statements), function bodies, labels and terminating statements.
import GoSyntax

extension Checker {
    func funcBody(_ sig: Signature, _ body: BlockStmt, name: String) {
        let saved = (funcSig, iota, labels)
        funcSig = sig
        iota = nil
        labels = [:]; let savedTS = inTypeSwitch; inTypeSwitch = false
        // Named results live in the function scope like parameters.
        for v in sig.results.vars where !v.name.isEmpty && v.name != "_" { v.used = true; scope.insert(v) }
        let outer = scope
        stmtList(body.stmts)
        scope = outer
        checkLabels(body)
        checkGotos(body)
        if sig.results.count > 0 && !isTerminatingList(body.stmts) {
            error(body.rbrace, "missing return")
        }
        reportUnused(outer)
        (funcSig, iota, labels) = saved; inTypeSwitch = savedTS
    }

    func openScope() { scope = Scope(parent: scope) }
    func closeScope() {
        reportUnused(scope)
        scope = scope.parent!
    }

    func reportUnused(_ s: Scope) {
        for (_, o) in s.elems {
            if let v = o as? Var, !v.used, !v.isParam, !v.isGlobal, v.name != "_" {
                error(v.pos, "\(v.name) declared but not used")
                v.used = true
            }
        }
    }

    func stmtList(_ list: [Stmt]) {
        for (i, s) in list.enumerated() {
            if let b = s as? BranchStmt, b.tok == .fallthrough {
                if inTypeSwitch {
                    error(s.pos, "cannot fallthrough in type switch")
                } else if !inSwitchCase || i != list.count - 1 {
                    error(s.pos, "fallthrough statement out of place")
                }
                continue
            }
            stmt(s)
        }
    }

    func stmt(_ s: Stmt) {
        let wasCase = inSwitchCase
        if !(s is BlockStmt) { inSwitchCase = false }
        defer { inSwitchCase = wasCase }
        switch s {
        case is EmptyStmt, is BadStmt: break
        case let d as DeclStmt: localDecl(d.decl)
        case let l as LabeledStmt: stmt(l.stmt)
        case let e as ExprStmt: exprStmt(e)
        case let s as SendStmt:
            let ch = expr(s.chan)
            var v = expr(s.value)
            if ch.mode == .invalid || v.mode == .invalid { return }
            guard let ct = ch.type.underlying as? ChanType else {
                error(s.arrow, "invalid operation: cannot send to non-channel \(describe(ch))"); return
            }
            if ct.dir == .recv { error(s.arrow, "invalid operation: cannot send to receive-only channel \(describe(ch))"); return }
            assignment(&v, ct.elem, context: "send")
        case let s as IncDecStmt:
            var x = expr(s.x)
            if x.mode == .invalid { return }
            if !x.type.isNumeric && !(x.type.underlying is TypeParamBound) {
                error(s.x.pos, "invalid operation: \(exprString(s.x))\(s.tok) (non-numeric type \(x.type))"); return
            }
            assignTarget(s.x, &x)
        case let a as AssignStmt: assignStmt(a)
        case let g as GoStmt: callStmt(g.call, "go")
        case let d as DeferStmt: callStmt(d.call, "defer")
        case let r as ReturnStmt: returnStmt(r)
        case let b as BranchStmt: branchStmt(b)
        case let b as BlockStmt:
            openScope(); stmtList(b.stmts); closeScope()
        case let i as IfStmt:
            openScope()
            if let ini = i.initStmt { stmt(ini) }
            let c = expr(i.cond)
            if c.mode != .invalid && !c.type.isBoolean {
                error(i.cond.pos, "non-boolean condition in if statement")
            }
            stmt(i.body)
            if let e = i.elseStmt { stmt(e) }
            closeScope()
        case let sw as SwitchStmt: switchStmt(sw)
        case let ts as TypeSwitchStmt: typeSwitchStmt(ts)
        case let sel as SelectStmt: selectStmt(sel)
        case let f as ForStmt:
            openScope()
            if let ini = f.initStmt { stmt(ini) }
            if let c = f.cond {
                let x = expr(c)
                if x.mode != .invalid && !x.type.isBoolean { error(c.pos, "non-boolean condition in for statement") }
            }
            if let p = f.post {
                if let a = p as? AssignStmt, a.tok == .define { error(a.pos, "cannot declare in post statement of for loop") }
                stmt(p)
            }
            loopDepth += 1; let savedTS = inTypeSwitch; inTypeSwitch = false
            stmt(f.body)
            loopDepth -= 1; inTypeSwitch = savedTS
            closeScope()
        case let r as RangeStmt: rangeStmt(r)
        default:
            error(s.pos, "unexpected statement")
        }
    }

    func exprStmt(_ e: ExprStmt) {
        let x = rawExpr(e.x, hint: nil)
        let inner = unparen(e.x)
        switch x.mode {
        case .invalid, .novalue: return
        case .builtin: error(e.pos, "\(exprString(e.x)) (built-in) must be called"); return
        case .typexpr: error(e.pos, "\(exprString(e.x)) (type) is not an expression"); return
        default: break
        }
        if let c = inner as? CallExpr {
            if let tv = info.types[ObjectIdentifier(c.fun)], tv.mode == .typexpr {
                error(e.pos, "\(exprString(e.x)) (\(operandDescription(x))) is not used"); return
            }
            if let id = unparen(c.fun) as? Ident, let b = info.uses[ObjectIdentifier(id)] as? Builtin,
               [.append, .cap, .complex, .imag, .len, .make, .new, .real].contains(b.kind) {
                error(e.pos, "\(exprString(e.x)) (\(operandDescription(x))) is not used"); return
            }
            return
        }
        if let u = inner as? UnaryExpr, u.op == .arrow { return }
        error(e.pos, "\(exprString(e.x)) (\(operandDescription(x))) is not used")
    }

    func callStmt(_ c: CallExpr, _ what: String) {
        let x = rawExpr(c, hint: nil)
        if x.mode == .invalid { return }
        if let tv = info.types[ObjectIdentifier(c.fun)], tv.mode == .typexpr {
            error(c.pos, "\(what) requires function call, not conversion"); return
        }
        if let id = unparen(c.fun) as? Ident, let b = info.uses[ObjectIdentifier(id)] as? Builtin,
           [.append, .cap, .complex, .imag, .len, .make, .new, .real].contains(b.kind) {
            error(c.pos, "\(what) discards result of \(describe(x))")
        }
    }

    // MARK: Declarations in functions

    func localDecl(_ d: GenDecl) {
        var last: (Expr?, [Expr]) = (nil, [])
        for spec in d.specs {
            switch spec {
            case let vs as ValueSpec where d.tok == .const:
                if vs.type != nil || !vs.values.isEmpty { last = (vs.type, vs.values) }
                let saved = iota
                iota = .int(.init(vs.iota))
                var consts: [Const] = []
                for (i, name) in vs.names.enumerated() {
                    let c = Const(name: name.name, type: Universe.invalid, pos: name.pos, pkg: pkg, value: .unknown)
                    let di = DeclInfo(fileScope: scope)
                    di.typeExpr = last.0
                    di.initExpr = i < last.1.count ? last.1[i] : nil
                    di.iota = vs.iota
                    di.inherited = vs.type == nil && vs.values.isEmpty
                    constDecl(c, di)
                    info.defs[ObjectIdentifier(name)] = c
                    consts.append(c)
                }
                arity(vs.pos, vs.names, last.1, constDecl: true, inherited: vs.type == nil && vs.values.isEmpty)
                for (c, name) in zip(consts, vs.names) where !name.isBlank {
                    if let old = scope.insert(c) { redeclared(name, old) }
                }
                iota = saved
            case let vs as ValueSpec:
                let declared = vs.type.map { varType($0) }
                let vars = vs.names.map { Var(name: $0.name, type: declared ?? Universe.invalid, pos: $0.pos, pkg: pkg) }
                if !vs.values.isEmpty {
                    if vs.values.count == 1 && vars.count > 1 {
                        initVars(vars, from: exprList(vs.values[0], allowCommaOk: true), declared: declared, at: vs.values[0], context: "assignment")
                    } else if vs.values.count != vars.count {
                        for v in vs.values { _ = rawExpr(v, hint: declared) }
                        arity(vs.pos, vs.names, vs.values, constDecl: false, inherited: false)
                        for v in vars where v.type.isInvalid { v.used = true }
                    } else {
                        for (v, e) in zip(vars, vs.values) {
                            var x = expr(e, hint: declared)
                            initVar(v, &x, declared: declared, context: "variable declaration")
                        }
                    }
                }
                for (v, name) in zip(vars, vs.names) {
                    info.defs[ObjectIdentifier(name)] = v
                    if !name.isBlank, let old = scope.insert(v) { redeclared(name, old) }
                }
            case let ts as TypeSpec:
                let tn = TypeName(name: ts.name.name, type: Universe.invalid, pos: ts.name.pos, pkg: pkg)
                tn.isAlias = ts.isAlias
                info.defs[ObjectIdentifier(ts.name)] = tn
                if !ts.name.isBlank, let old = scope.insert(tn) { redeclared(ts.name, old) }
                let di = DeclInfo(fileScope: scope)
                di.typeSpec = ts
                typeDecl(tn, di)
            default: break
            }
        }
    }

    /// Initializes v from x (`var v [T] = x`).
    func initVar(_ v: Var, _ x: inout Operand, declared: GoType?, context: String) {
        if x.mode == .invalid { v.type = declared ?? Universe.invalid; v.used = v.type.isInvalid ? true : v.used; return }
        if let t = declared {
            assignment(&x, t, context: context)
            v.type = t
            return
        }
        if x.isNil {
            error(x.expr!.pos, "use of untyped nil in \(context)")
            v.type = Universe.invalid
            return
        }
        if x.type.isUntyped {
            // As an assignment to the default type: `cannot use big (...) as int value in ...`.
            let saved = assignContext
            assignContext = context
            convertUntyped(&x, defaultType(x.type))
            assignContext = saved
        }
        v.type = x.mode == .invalid ? Universe.invalid : x.type
    }

    func initVars(_ vars: [Var], from xs: [Operand], declared: GoType?, at e: Expr, context: String) {
        if xs.count != vars.count {
            if !xs.contains(where: { $0.mode == .invalid }) {
                error(e.pos, assignMismatch(vars.count, [e], xs.count))
            }
            for v in vars { v.type = declared ?? Universe.invalid; v.used = true }
            return
        }
        if xs.count == 2, vars.count == 2, let inner = xs.first?.expr, xs[1].type === Universe.untypedBool, xs[1].expr === inner {
            recordCommaOk(inner)
        }
        for (v, x0) in zip(vars, xs) {
            var x = x0
            if x.type === Universe.untypedBool && x.mode == .value && declared == nil { x.type = Universe.bool }
            initVar(v, &x, declared: declared, context: context)
        }
    }

    /// Marks a comma-ok expression (map index, assertion, receive) as producing two values.
    func recordCommaOk(_ e: Expr) {
        if let tv = info.types[ObjectIdentifier(e)] {
            info.types[ObjectIdentifier(e)] = TypeAndValue(mode: .commaok, type: tv.type, value: nil)
            commaOk.insert(ObjectIdentifier(e))
        }
    }

    // MARK: Assignments

    func assignStmt(_ a: AssignStmt) {
        switch a.tok {
        case .define: shortVarDecl(a)
        case .assign: assignVars(a.lhs, a.rhs, at: a)
        default:
            guard let op = a.tok.assignOpBase, a.lhs.count == 1, a.rhs.count == 1 else {
                error(a.tokPos, "assignment operation \(a.tok) requires single-valued expressions"); return
            }
            let bin = BinaryExpr(x: a.lhs[0], opPos: a.tokPos, op: op, y: a.rhs[0])
            var x = rawExpr(bin, hint: nil)
            opAssigns[ObjectIdentifier(a)] = bin
            if x.mode == .invalid { return }
            var lhs = expr(a.lhs[0])
            if lhs.mode == .invalid { return }
            assignment(&x, lhs.type, context: "assignment")
            assignTarget(a.lhs[0], &lhs)
        }
    }

    /// Checks that e can be assigned to.
    func assignTarget(_ e: Expr, _ x: inout Operand) {
        if x.mode == .variable || x.mode == .mapindex { return }
        if let s = unparen(e) as? SelectorExpr, let tv = info.types[ObjectIdentifier(s.x)], tv.mode == .mapindex {
            error(e.pos, "cannot assign to struct field \(exprString(e)) in map")
            return
        }
        error(e.pos, "cannot assign to \(describe(x))")
    }

    /// The one value of `x = e` or `x := e`: a call of several results there is an assignment
    /// mismatch in types2 (it unpacks the call), not a multiple value in single-value context.
    func assignedValue(_ e: Expr, hint: GoType?) -> Operand {
        let x = rawExpr(e, hint: hint)
        if x.mode == .value, let t = x.type as? TupleType, t.count > 1, unparen(e) is CallExpr {
            error(e.pos, assignMismatch(1, [e], t.count))
            return .invalid(e)
        }
        return valueOf(x, e)
    }

    /// types2's assignError: `assignment mismatch: 2 variables but f returns 1 value`.
    func assignMismatch(_ nvars: Int, _ rhs: [Expr], _ nvals: Int) -> String {
        let vars = "\(nvars) variable\(nvars == 1 ? "" : "s")", vals = "\(nvals) value\(nvals == 1 ? "" : "s")"
        if rhs.count == 1, let call = unparen(rhs[0]) as? CallExpr {
            return "assignment mismatch: \(vars) but \(exprString(call.fun)) returns \(vals)"
        }
        return "assignment mismatch: \(vars) but \(vals)"
    }

    func lhsVar(_ e: Expr) -> Operand? {
        if let id = unparen(e) as? Ident, id.isBlank {
            info.defs[ObjectIdentifier(id)] = nil
            return nil
        }
        // Assigning to a local does not count as using it.
        var v: Var?
        if let id = unparen(e) as? Ident, let (_, o) = scope.lookupParent(id.name), let vv = o as? Var { v = vv }
        let wasUsed = v?.used ?? false
        var x = expr(e)
        if let v, !v.isGlobal { v.used = wasUsed }
        if x.mode == .invalid { return x }
        if x.mode == .constant || x.mode == .value && !(unparen(e) is IndexExpr) {
            if x.mode == .constant || unparen(e) is Ident || unparen(e) is CallExpr {
                error(e.pos, "cannot assign to \(describe(x))")
                return .invalid(e)
            }
        }
        assignTarget(e, &x)
        return x
    }

    func assignVars(_ lhs: [Expr], _ rhs: [Expr], at a: Stmt) {
        let targets = lhs.map { lhsVar($0) }
        if lhs.count == rhs.count {
            for (t, r) in zip(targets, rhs) {
                var x = lhs.count == 1 ? assignedValue(r, hint: t?.type) : expr(r, hint: t?.type)
                if let t {
                    if t.mode != .invalid { assignment(&x, t.type, context: "assignment") }
                } else {
                    if x.isNil { error(r.pos, "use of untyped nil in assignment") }
                    else if x.type.isUntyped { convertUntyped(&x, defaultType(x.type)) }
                }
            }
            return
        }
        guard rhs.count == 1 else {
            error(a.pos, "assignment mismatch: \(lhs.count) variable\(lhs.count == 1 ? "" : "s") but \(rhs.count) value\(rhs.count == 1 ? "" : "s")")
            return
        }
        let xs = exprList(rhs[0], allowCommaOk: lhs.count == 2)
        if xs.count != lhs.count {
            if !xs.contains(where: { $0.mode == .invalid }) {
                error(rhs[0].pos, assignMismatch(lhs.count, rhs, xs.count))
            }
            return
        }
        if xs.count == 2 && xs[1].type === Universe.untypedBool && xs[1].expr === xs[0].expr { recordCommaOk(rhs[0]) }
        for (t, x0) in zip(targets, xs) {
            var x = x0
            if let t, t.mode != .invalid { assignment(&x, t.type, context: "assignment") }
        }
    }

    func shortVarDecl(_ a: AssignStmt) {
        var newVars: [Var] = []
        var lhsVars: [Var?] = []
        var anyNew = false
        for e in a.lhs {
            guard let id = e as? Ident else {
                error(e.pos, "non-name \(exprString(e)) on left side of :=")
                _ = rawExpr(e, hint: nil)
                lhsVars.append(nil)
                continue
            }
            if let existing = scope.lookup(id.name) as? Var, !id.isBlank {
                info.uses[ObjectIdentifier(id)] = existing
                lhsVars.append(existing)
                continue
            }
            let v = Var(name: id.name, type: Universe.invalid, pos: id.pos, pkg: pkg)
            info.defs[ObjectIdentifier(id)] = v
            if !id.isBlank { anyNew = true }
            if newVars.contains(where: { $0.name == id.name && !id.isBlank }) {
                error(id.pos, "\(id.name) repeated on left side of :=")
            }
            newVars.append(v)
            lhsVars.append(v)
        }
        if !anyNew && !a.lhs.isEmpty && a.lhs.allSatisfy({ $0 is Ident }) {
            error(a.tokPos, "no new variables on left side of :=")
        }
        // Initialize: new variables get the value types, old ones are assigned.
        var xs: [Operand] = []
        if a.rhs.count == 1 && a.lhs.count > 1 {
            xs = exprList(a.rhs[0], allowCommaOk: a.lhs.count == 2)
            if xs.count == 2 && xs[1].type === Universe.untypedBool && xs[1].expr === xs[0].expr { recordCommaOk(a.rhs[0]) }
        } else {
            xs = a.rhs.map { a.lhs.count == 1 ? assignedValue($0, hint: nil) : expr($0) }
        }
        if xs.count != lhsVars.count {
            if !xs.contains(where: { $0.mode == .invalid }) {
                if a.rhs.count == 1 {
                    error(a.lhs[0].pos, assignMismatch(a.lhs.count, a.rhs, xs.count))
                } else {
                    error(a.lhs[0].pos, "assignment mismatch: \(a.lhs.count) variable\(a.lhs.count == 1 ? "" : "s") but \(a.rhs.count) value\(a.rhs.count == 1 ? "" : "s")")
                }
            }
            for v in newVars { v.used = true }
        } else {
            for (v, x0) in zip(lhsVars, xs) {
                guard let v else { continue }
                var x = x0
                if x.type === Universe.untypedBool && x.mode == .value && x.expr.map({ commaOk.contains(ObjectIdentifier($0)) }) == true {
                    x.type = Universe.bool
                }
                if newVars.contains(where: { $0 === v }) {
                    initVar(v, &x, declared: nil, context: "assignment")
                } else {
                    assignment(&x, v.type, context: "assignment")
                }
            }
        }
        for v in newVars where v.name != "_" { scope.insert(v) }
    }

    func returnStmt(_ r: ReturnStmt) {
        guard let sig = funcSig else { return }
        let want = sig.results.vars
        if r.results.isEmpty {
            if !want.isEmpty && want[0].name.isEmpty {
                error(r.pos, "not enough return values\n\thave ()\n\twant \(tupleTypes(want))")
            } else {
                // A bare return needs every named result in scope (§Return statements).
                for v in want {
                    guard let (_, alt) = scope.lookupParent(v.name), alt !== v else { continue }
                    let kind = alt is Const ? "const" : alt is TypeName ? "type" : "var"
                    error(r.pos, "result parameter \(v.name) not in scope at return\n\t\(positionString(alt.pos)): inner declaration of \(kind) \(alt.name) \(alt.type)")
                }
            }
            return
        }
        if want.isEmpty {
            for e in r.results { _ = rawExpr(e, hint: nil) }
            error(r.results[0].pos, "too many return values\n\thave (\(r.results.map { typeNameOf($0) }.joined(separator: ", ")))\n\twant ()")
            return
        }
        var xs: [Operand]
        if r.results.count == 1 && want.count > 1 {
            xs = exprList(r.results[0], allowCommaOk: false)
        } else {
            xs = r.results.enumerated().map { i, e in expr(e, hint: i < want.count ? want[i].type : nil) }
        }
        if xs.contains(where: { $0.mode == .invalid }) { return }
        if xs.count != want.count {
            let have = "(" + xs.map { $0.mode == .constant && $0.type.isUntyped ? "number" : "\($0.type)" }.joined(separator: ", ") + ")"
            error(r.results[0].pos, "\(xs.count < want.count ? "not enough" : "too many") return values\n\thave \(have)\n\twant \(tupleTypes(want))")
            return
        }
        for (var x, v) in zip(xs, want) { assignment(&x, v.type, context: "return statement") }
    }

    private func tupleTypes(_ vs: [Var]) -> String { "(" + vs.map { "\($0.type)" }.joined(separator: ", ") + ")" }
    private func typeNameOf(_ e: Expr) -> String {
        guard let tv = info.types[ObjectIdentifier(e)] else { return "?" }
        return tv.mode == .constant && tv.type.isUntyped ? "number" : "\(tv.type)"
    }

    // MARK: Switch, select, range

    func switchStmt(_ sw: SwitchStmt) {
        openScope()
        if let ini = sw.initStmt { stmt(ini) }
        var tag: Operand?
        if let t = sw.tag {
            var x = expr(t)
            if x.mode != .invalid && x.type.isUntyped {
                if x.isNil { error(t.pos, "use of untyped nil in switch expression"); x = .invalid(t) }
                else { convertUntyped(&x, defaultType(x.type)) }
            }
            tag = x
        }
        let clauses = sw.body.stmts.compactMap { $0 as? CaseClause }
        multipleDefaults(clauses)
        var seen: [ConstKey: [(type: GoType, pos: Pos)]] = [:]
        for (ci, cc) in clauses.enumerated() {
            for e in cc.list {
                if let t = tag {
                    // types2's caseValues: the value gets the tag's type, is compared with the tag,
                    // and a constant must differ from the earlier ones of its type.
                    if t.mode == .invalid { _ = rawExpr(e, hint: nil); continue }
                    var x = expr(e, hint: t.type)
                    if x.mode == .invalid { continue }
                    convertUntyped(&x, t.type)
                    if x.mode == .invalid { continue }
                    if !(assignable(x, to: t.type) || assignable(t, to: x.type)) {
                        error(e.pos, "invalid case \(exprString(e)) in switch on \(exprString(sw.tag!)) (mismatched types \(x.type) and \(t.type))")
                        continue
                    }
                    guard x.mode == .constant, let val = x.val, let key = ConstKey(caseValue: val) else { continue }
                    if let prev = seen[key]?.first(where: { identical($0.type, x.type) }) {
                        error(e.pos, "duplicate case \(describe(x)) in expression switch\n\t\(positionString(prev.pos)): previous case")
                        continue
                    }
                    seen[key, default: []].append((x.type, nodePos(e)))
                } else {
                    var x = expr(e)
                    if x.mode == .invalid { continue }
                    if x.type.isUntyped { convertUntyped(&x, Universe.bool) }
                    if !x.type.isBoolean {
                        error(e.pos, "invalid case \(exprString(e)) in switch (mismatched types \(x.type) and bool)")
                    }
                }
            }
            openScope()
            switchDepth += 1; let savedTS = inTypeSwitch; inTypeSwitch = false
            let wasCase = inSwitchCase
            inSwitchCase = true   // a trailing fallthrough in the final case is reported just below
            stmtList(cc.body)
            if let last = cc.body.last as? BranchStmt, last.tok == .fallthrough, ci == clauses.count - 1 {
                error(last.pos, "cannot fallthrough final case in switch")
            }
            inSwitchCase = wasCase
            switchDepth -= 1; inTypeSwitch = savedTS
            closeScope()
        }
        closeScope()
    }

    func typeSwitchStmt(_ ts: TypeSwitchStmt) {
        openScope()
        if let ini = ts.initStmt { stmt(ini) }
        var lhs: Ident?
        var assertExpr: TypeAssertExpr?
        if let a = ts.assign as? AssignStmt, a.lhs.count == 1, let id = a.lhs[0] as? Ident, let ta = a.rhs.first as? TypeAssertExpr {
            lhs = id; assertExpr = ta
        } else if let e = ts.assign as? ExprStmt, let ta = e.x as? TypeAssertExpr {
            assertExpr = ta
        }
        guard let ta = assertExpr else { error(ts.pos, "invalid type switch guard"); closeScope(); return }
        let x = expr(ta.x)
        if x.mode != .invalid && !(x.type.underlying is InterfaceType) {
            error(ta.x.pos, "\(exprString(ta.x)) (\(operandDescription(x))) is not an interface")
        }
        var vars: [Var] = []
        let clauses = ts.body.stmts.compactMap { $0 as? CaseClause }
        multipleDefaults(clauses)
        // types2's caseTypes: each type (or nil) once per switch.
        var seen: [(type: GoType?, pos: Pos)] = []
        func duplicate(_ t: GoType?, _ e: Expr) -> Bool {
            guard let prev = seen.first(where: { p in t == nil ? p.type == nil : p.type.map { identical($0, t!) } ?? false }) else {
                seen.append((t, e.pos))
                return false
            }
            error(e.pos, "duplicate case \(t.map { "\($0)" } ?? "nil") in type switch\n\t\(positionString(prev.pos)): previous case")
            return true
        }
        for cc in clauses {
            var caseType: GoType?
            for e in cc.list {
                if let id = e as? Ident, id.name == "nil", scope.lookupParent("nil")?.1 is Nil {
                    info.uses[ObjectIdentifier(id)] = scope.lookupParent("nil")!.1
                    info.types[ObjectIdentifier(e)] = TypeAndValue(mode: .value, type: Universe.untypedNil, value: nil)
                    caseType = cc.list.count == 1 ? x.type : nil
                    _ = duplicate(nil, e)
                    continue
                }
                let t = typExpr(e)
                caseType = cc.list.count == 1 ? t : nil
                if t.isInvalid || duplicate(t, e) { continue }
                if x.mode != .invalid, !(t.underlying is InterfaceType), x.type.underlying is InterfaceType, let why = implements(t, x.type) {
                    error(e.pos, "impossible type switch case: \(exprString(e))\n\t\(exprString(ta.x)) (\(operandDescription(x))) cannot have dynamic type \(t)\(why.range(of: "(").map { " " + why[$0.lowerBound...] } ?? "")")
                }
            }
            openScope()
            if let lhs {
                let v = Var(name: lhs.name, type: caseType ?? x.type, pos: lhs.pos, pkg: pkg)
                info.implicits[ObjectIdentifier(cc)] = v
                scope.insert(v)
                vars.append(v)
            }
            switchDepth += 1; let savedTS = inTypeSwitch; inTypeSwitch = true
            stmtList(cc.body)
            switchDepth -= 1; inTypeSwitch = savedTS
            // The symbolic variable counts as used if any case uses it.
            if let v = vars.last, lhs != nil { let u = v.used; v.used = true; closeScope(); v.used = u } else { closeScope() }
        }
        if let lhs {
            let v = Var(name: lhs.name, type: x.type, pos: lhs.pos, pkg: pkg)
            info.defs[ObjectIdentifier(lhs)] = v
            if !vars.isEmpty && !vars.contains(where: { $0.used }) { error(lhs.pos, "\(lhs.name) declared but not used") }
            if vars.isEmpty { error(lhs.pos, "\(lhs.name) declared but not used") }
        }
        closeScope()
    }

    /// types2's multipleSwitchDefaults.
    func multipleDefaults(_ clauses: [CaseClause]) {
        var first: CaseClause?
        for cc in clauses where cc.isDefault {
            if let first { error(cc.pos, "multiple defaults (first at \(positionString(first.pos)))") } else { first = cc }
        }
    }

    /// Where gc's syntax tree puts an expression (its operand's Pos, not its start): the operator
    /// of a binary expression, the parenthesis of a call. Used where gc prints such a position.
    func nodePos(_ e: Expr) -> Pos {
        switch e {
        case let b as BinaryExpr: return b.opPos
        case let c as CallExpr: return c.lparen
        default: return e.pos
        }
    }

    /// A position as messages show it (`file.go:3:5`).
    func positionString(_ pos: Pos) -> String {
        diags.fileSet.position(pos).map { "\($0)" } ?? "?"
    }

    func selectStmt(_ sel: SelectStmt) {
        var firstDefault: CommClause?
        for cc in sel.body.stmts.compactMap({ $0 as? CommClause }) {
            openScope()
            if let comm = cc.comm {
                var valid = false
                switch comm {
                case is SendStmt: valid = true
                case let e as ExprStmt: valid = (unparen(e.x) as? UnaryExpr)?.op == .arrow
                case let a as AssignStmt: valid = a.rhs.count == 1 && (unparen(a.rhs[0]) as? UnaryExpr)?.op == .arrow
                default: valid = false
                }
                if !valid { error(comm.pos, "select case must be receive, send or assign recv") }
                stmt(comm)
            } else {
                if let firstDefault { error(cc.pos, "multiple defaults (first at \(positionString(firstDefault.pos)))") }
                else { firstDefault = cc }
            }
            switchDepth += 1; let savedTS = inTypeSwitch; inTypeSwitch = false
            stmtList(cc.body)
            switchDepth -= 1; inTypeSwitch = savedTS
            closeScope()
        }
    }

    func rangeStmt(_ r: RangeStmt) {
        openScope()
        var x = expr(r.x)
        var keyType: GoType = Universe.invalid, valueType: GoType?
        if x.mode != .invalid {
            // Only an untyped string can be ranged over (types2's rangeKeyVal); it is a string.
            if x.type.isUntyped && x.type.isString { convertUntyped(&x, defaultType(x.type)) }
            var u = x.type.underlying
            if let p = u as? PointerType, let a = p.elem.underlying as? ArrayType { u = a }
            switch u {
            case let b as BasicType where b.isString: keyType = Universe.int; valueType = Universe.rune
            case let a as ArrayType: keyType = Universe.int; valueType = a.elem
            case let s as SliceType: keyType = Universe.int; valueType = s.elem
            case let m as MapType: keyType = m.key; valueType = m.elem
            case let c as ChanType:
                keyType = c.elem
                if r.value != nil { error(r.value!.pos, "range over \(describe(x)) permits only one iteration variable") }
                if c.dir == .send { error(r.x.pos, "cannot range over \(describe(x)) (receive from send-only channel)") }
            case is TypeParamBound: keyType = Universe.int; valueType = x.type
            default:
                error(r.x.pos, "cannot range over \(describe(x))")
            }
        }
        let lhs = [r.key, r.value]
        let types: [GoType?] = [keyType, valueType]
        if r.tok == .define {
            var vars: [Var] = []
            for (e, t) in zip(lhs, types) {
                guard let e else { continue }
                guard let id = e as? Ident else { error(e.pos, "non-name \(exprString(e)) on left side of :="); continue }
                let v = Var(name: id.name, type: t ?? Universe.invalid, pos: id.pos, pkg: pkg)
                info.defs[ObjectIdentifier(id)] = v
                vars.append(v)
            }
            for v in vars where v.name != "_" { scope.insert(v) }
        } else if r.tok == .assign {
            for (e, t) in zip(lhs, types) {
                guard let e, let t else { continue }
                guard var target = lhsVar(e) else { continue }
                if target.mode == .invalid { continue }
                var y = Operand(mode: .value, type: t, val: nil, expr: nil)
                if !assignable(y, to: target.type) {
                    error(e.pos, "cannot assign \(t) to \(exprString(e)) (variable of type \(target.type)) in range")
                }
                _ = target; target.mode = .variable; y.mode = .value
            }
        }
        loopDepth += 1; let savedTS = inTypeSwitch; inTypeSwitch = false
        stmt(r.body)
        loopDepth -= 1; inTypeSwitch = savedTS
        closeScope()
    }

    // MARK: Labels and branches

    func branchStmt(_ b: BranchStmt) {
        switch b.tok {
        case .break:
            if b.label == nil && loopDepth == 0 && switchDepth == 0 { error(b.pos, "break is not in a loop, switch, or select") }
        case .continue:
            if b.label == nil && loopDepth == 0 { error(b.pos, "continue is not in a loop") }
        case .goto: break
        case .fallthrough: error(b.pos, "fallthrough statement out of place")
        default: break
        }
    }

    /// Checks label declarations and uses in a function body (§Label scopes).
    func checkLabels(_ body: BlockStmt) {
        var declared: [String: LabeledStmt] = [:]
        var used: Set<String> = []
        func visit(_ s: Stmt, enclosing: [(String, Stmt)]) {
            switch s {
            case let l as LabeledStmt:
                if let prev = declared[l.label.name], prev !== l {
                    error(l.label.pos, "label \(l.label.name) already defined at \(positionString(prev.label.pos))")
                } else { declared[l.label.name] = l }
                visit(l.stmt, enclosing: enclosing + [(l.label.name, l.stmt)])
            case let b as BranchStmt:
                guard let label = b.label else { return }
                used.insert(label.name)
                if b.tok == .goto { return }
                guard let target = enclosing.last(where: { $0.0 == label.name })?.1 else {
                    if allLabels(body).contains(label.name) {
                        error(label.pos, "invalid \(b.tok) label \(label.name)")
                    } else {
                        error(label.pos, "\(b.tok) label not defined: \(label.name)")
                    }
                    return
                }
                if b.tok == .continue && !(target is ForStmt || target is RangeStmt) {
                    error(label.pos, "invalid continue label \(label.name)")
                }
                if b.tok == .break && !(target is ForStmt || target is RangeStmt || target is SwitchStmt || target is TypeSwitchStmt || target is SelectStmt) {
                    error(label.pos, "invalid break label \(label.name)")
                }
            case let b as BlockStmt: b.stmts.forEach { visit($0, enclosing: enclosing) }
            case let i as IfStmt:
                visit(i.body, enclosing: enclosing)
                if let e = i.elseStmt { visit(e, enclosing: enclosing) }
            case let f as ForStmt: visit(f.body, enclosing: enclosing)
            case let r as RangeStmt: visit(r.body, enclosing: enclosing)
            case let sw as SwitchStmt: visit(sw.body, enclosing: enclosing)
            case let ts as TypeSwitchStmt: visit(ts.body, enclosing: enclosing)
            case let sel as SelectStmt: visit(sel.body, enclosing: enclosing)
            case let cc as CaseClause: cc.body.forEach { visit($0, enclosing: enclosing) }
            case let cc as CommClause: cc.body.forEach { visit($0, enclosing: enclosing) }
            default: break
            }
        }
        body.stmts.forEach { visit($0, enclosing: []) }
        for (name, l) in declared where !used.contains(name) && name != "_" {
            error(l.label.pos, "label \(name) defined and not used")
        }
        for s in gotos(body) where !declared.keys.contains(s.label!.name) {
            error(s.label!.pos, "label \(s.label!.name) not defined")
        }
    }

    /// gc's syntax.checkBranches, for gotos: a forward goto may not jump over a variable
    /// declaration of the label's block, nor into a block. (Undefined labels: checkLabels.)
    func checkGotos(_ body: BlockStmt) {
        final class Block {
            let parent: Block?, start: Pos
            init(_ parent: Block?, _ start: Pos) { self.parent = parent; self.start = start }
        }
        var labels: [String: Block] = [:]
        // Returns the gotos of the block whose label is not declared yet (forward gotos).
        func branches(_ parent: Block?, _ start: Pos, _ list: [Stmt]) -> [BranchStmt] {
            let b = Block(parent, start)
            var varDecl: (pos: Pos, name: String)?
            var fwd: [BranchStmt] = [], jumpsOverVar: [BranchStmt] = []
            func recordVar(_ pos: Pos, _ name: String) {
                varDecl = (pos, name)
                jumpsOverVar = fwd   // unless they jump out of the block, which is not known yet
            }
            func inner(_ start: Pos, _ list: [Stmt]) { fwd += branches(b, start, list) }
            for s0 in list {
                var s = s0
                while let l = s as? LabeledStmt {
                    let name = l.label.name
                    if name != "_" {
                        if labels[name] == nil { labels[name] = b }
                        fwd = fwd.filter { g in
                            guard g.label?.name == name else { return true }
                            if let v = varDecl, jumpsOverVar.contains(where: { $0 === g }) {
                                error(g.label!.pos, "goto \(name) jumps over declaration of \(v.name) at \(positionString(v.pos))")
                            }
                            return false
                        }
                    }
                    s = l.stmt
                }
                switch s {
                case let d as DeclStmt where d.decl.tok == .var:
                    if let vs = d.decl.specs.first as? ValueSpec, let n = vs.names.first { recordVar(vs.pos, n.name) }
                case let a as AssignStmt where a.tok == .define:
                    recordVar(a.tokPos, a.lhs.map(exprString).joined(separator: ", "))
                case let g as BranchStmt where g.tok == .goto:
                    guard let name = g.label?.name else { break }
                    var target = labels[name] != nil ? b : nil
                    while let t = target, t !== labels[name] { target = t.parent }
                    if target == nil { fwd.append(g) }
                case let blk as BlockStmt: inner(blk.pos, blk.stmts)
                case let i as IfStmt:
                    inner(i.body.pos, i.body.stmts)
                    if let e = i.elseStmt { inner(e.pos, [e]) }
                case let f as ForStmt: inner(f.body.pos, f.body.stmts)
                case let r as RangeStmt: inner(r.body.pos, r.body.stmts)
                case let sw as SwitchStmt: for cc in sw.body.stmts { inner(cc.pos, (cc as? CaseClause)?.body ?? []) }
                case let ts as TypeSwitchStmt: for cc in ts.body.stmts { inner(cc.pos, (cc as? CaseClause)?.body ?? []) }
                case let sel as SelectStmt: for cc in sel.body.stmts { inner(cc.pos, (cc as? CommClause)?.body ?? []) }
                default: break
                }
            }
            return fwd
        }
        for g in branches(nil, body.pos, body.stmts) {
            guard let name = g.label?.name, let b = labels[name] else { continue }
            error(g.label!.pos, "goto \(name) jumps into block starting at \(positionString(b.start))")
        }
    }

    private func allLabels(_ b: BlockStmt) -> Set<String> {
        var r: Set<String> = []
        walkStmts(b) { if let l = $0 as? LabeledStmt { r.insert(l.label.name) } }
        return r
    }

    private func gotos(_ b: BlockStmt) -> [BranchStmt] {
        var r: [BranchStmt] = []
        walkStmts(b) { if let br = $0 as? BranchStmt, br.tok == .goto, br.label != nil { r.append(br) } }
        return r
    }

    // MARK: Terminating statements (§Terminating statements)

    func isTerminatingList(_ list: [Stmt]) -> Bool {
        // Trailing empty statements do not count.
        guard let last = list.last(where: { !($0 is EmptyStmt) }) else { return false }
        return isTerminating(last)
    }

    func isTerminating(_ s: Stmt) -> Bool {
        switch s {
        case is ReturnStmt: return true
        case let b as BranchStmt: return b.tok == .goto || b.tok == .fallthrough
        case let e as ExprStmt:
            if let c = unparen(e.x) as? CallExpr, let id = unparen(c.fun) as? Ident,
               info.uses[ObjectIdentifier(id)] is Builtin, id.name == "panic" { return true }
            return false
        case let b as BlockStmt: return isTerminatingList(b.stmts)
        case let i as IfStmt:
            guard let e = i.elseStmt else { return false }
            return isTerminatingList(i.body.stmts) && isTerminating(e)
        case let l as LabeledStmt: return isTerminating(l.stmt)
        case let f as ForStmt:
            return f.cond == nil && !hasBreak(f.body, label: labelOf(s))
        case let sw as SwitchStmt: return switchTerminates(sw.body, s)
        case let ts as TypeSwitchStmt: return switchTerminates(ts.body, s)
        case let sel as SelectStmt:
            for cc in sel.body.stmts.compactMap({ $0 as? CommClause }) {
                if !isTerminatingList(cc.body) || cc.body.contains(where: { hasBreakStmt($0, label: nil) }) { return false }
            }
            return true
        default: return false
        }
    }

    private func labelOf(_ s: Stmt) -> String? { currentLabels[ObjectIdentifier(s)] }

    private func switchTerminates(_ body: BlockStmt, _ s: Stmt) -> Bool {
        var hasDefault = false
        for cc in body.stmts.compactMap({ $0 as? CaseClause }) {
            if cc.isDefault { hasDefault = true }
            if cc.body.contains(where: { hasBreakStmt($0, label: nil) }) { return false }
            if let last = cc.body.last(where: { !($0 is EmptyStmt) }) as? BranchStmt, last.tok == .fallthrough { continue }
            if !isTerminatingList(cc.body) { return false }
        }
        return hasDefault
    }

    private func hasBreak(_ b: BlockStmt, label: String?) -> Bool {
        b.stmts.contains { hasBreakStmt($0, label: label) }
    }

    /// Whether s contains a break that targets the enclosing statement.
    private func hasBreakStmt(_ s: Stmt, label: String?) -> Bool {
        switch s {
        case let b as BranchStmt: return b.tok == .break && (b.label == nil || b.label?.name == label)
        case let b as BlockStmt: return b.stmts.contains { hasBreakStmt($0, label: label) }
        case let i as IfStmt: return hasBreakStmt(i.body, label: label) || (i.elseStmt.map { hasBreakStmt($0, label: label) } ?? false)
        case let l as LabeledStmt: return hasBreakStmt(l.stmt, label: label)
        case let cc as CaseClause: return cc.body.contains { hasBreakStmt($0, label: label) }
        case let cc as CommClause: return cc.body.contains { hasBreakStmt($0, label: label) }
        // Nested breakable statements capture unlabeled breaks.
        case let f as ForStmt: return label != nil && hasLabeledBreak(f.body, label!)
        case let r as RangeStmt: return label != nil && hasLabeledBreak(r.body, label!)
        case let sw as SwitchStmt: return label != nil && hasLabeledBreak(sw.body, label!)
        case let ts as TypeSwitchStmt: return label != nil && hasLabeledBreak(ts.body, label!)
        case let sel as SelectStmt: return label != nil && hasLabeledBreak(sel.body, label!)
        default: return false
        }
    }

    private func hasLabeledBreak(_ s: Stmt, _ label: String) -> Bool {
        var found = false
        walkStmts(s) { if let b = $0 as? BranchStmt, b.tok == .break, b.label?.name == label { found = true } }
        return found
    }

    var currentLabels: [ObjectIdentifier: String] {
        var r: [ObjectIdentifier: String] = [:]
        for f in pkg.files { for d in f.decls { if let fd = d as? FuncDecl, let b = fd.body { walkStmts(b) { if let l = $0 as? LabeledStmt { r[ObjectIdentifier(l.stmt)] = l.label.name } } } } }
        return r
    }
}

/// Calls f on s and every statement nested in it (not inside function literals).
public func walkStmts(_ s: Stmt, _ f: (Stmt) -> Void) {
    f(s)
    switch s {
    case let b as BlockStmt: b.stmts.forEach { walkStmts($0, f) }
    case let l as LabeledStmt: walkStmts(l.stmt, f)
    case let i as IfStmt:
        if let ini = i.initStmt { walkStmts(ini, f) }
        walkStmts(i.body, f)
        if let e = i.elseStmt { walkStmts(e, f) }
    case let fs as ForStmt: walkStmts(fs.body, f)
    case let r as RangeStmt: walkStmts(r.body, f)
    case let sw as SwitchStmt: walkStmts(sw.body, f)
    case let ts as TypeSwitchStmt: walkStmts(ts.body, f)
    case let sel as SelectStmt: walkStmts(sel.body, f)
    case let cc as CaseClause: cc.body.forEach { walkStmts($0, f) }
    case let cc as CommClause: cc.body.forEach { walkStmts($0, f) }
    default: break
    }
}
