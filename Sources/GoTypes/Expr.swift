// Expressions (§Expressions): operands, operators, constants and untyped values.
import GoSyntax
import BigInt

extension Checker {
    /// Checks e as a single value.
    @discardableResult
    func expr(_ e: Expr, hint: GoType? = nil) -> Operand {
        valueOf(rawExpr(e, hint: hint), e)
    }

    /// The checked expression e as a single value: not a type, a built-in or a tuple.
    func valueOf(_ x0: Operand, _ e: Expr) -> Operand {
        var x = x0
        singleValue(&x)
        switch x.mode {
        case .typexpr:
            error(e.pos, "\(exprString(e)) (type) is not an expression")
            x = .invalid(e)
        case .builtin:
            error(e.pos, "\(exprString(e)) (built-in) must be called")
            x = .invalid(e)
        case .novalue:
            error(e.pos, "\(exprString(e)) (no value) used as value")
            x = .invalid(e)
        default: break
        }
        return x
    }

    /// Checks e, which may be a type or a value.
    func exprOrType(_ e: Expr) -> Operand {
        var x = rawExpr(e, hint: nil)
        singleValue(&x)
        if x.mode == .novalue {
            error(e.pos, "\(exprString(e)) (no value) used as value")
            x = .invalid(e)
        }
        return x
    }

    func singleValue(_ x: inout Operand) {
        if x.mode == .value || x.mode == .commaok, let t = x.type as? TupleType {
            if t.count == 0 { x.mode = .novalue; return }
            if let e = x.expr { error(e.pos, "multiple-value \(exprString(e)) (value of type \(t)) in single-value context") }
            x = .invalid(x.expr)
        }
    }

    /// Checks e as a list of values: a multi-value call yields several operands.
    func exprList(_ e: Expr, allowCommaOk: Bool) -> [Operand] {
        let x = rawExpr(e, hint: nil)
        if let t = x.type as? TupleType, x.mode == .value {
            return t.vars.map { Operand(mode: .value, type: $0.type, val: nil, expr: e) }
        }
        var y = x
        singleValue(&y)
        if allowCommaOk && (x.mode == .commaok || x.mode == .mapindex) {
            return [y, Operand(mode: .value, type: Universe.untypedBool, val: nil, expr: e)]
        }
        switch y.mode {
        case .typexpr: error(e.pos, "\(exprString(e)) (type) is not an expression"); return [.invalid(e)]
        case .builtin: error(e.pos, "\(exprString(e)) (built-in) must be called"); return [.invalid(e)]
        default: return [y]
        }
    }

    func record(_ x: Operand) {
        guard let e = x.expr else { return }
        info.types[ObjectIdentifier(e)] = TypeAndValue(mode: x.mode, type: x.type, value: x.mode == .constant ? x.val : nil)
    }

    func rawExpr(_ e: Expr, hint: GoType?) -> Operand {
        var x = exprInternal(e, hint: hint)
        x.expr = e
        record(x)
        return x
    }

    private func exprInternal(_ e: Expr, hint: GoType?) -> Operand {
        switch e {
        case let id as Ident:
            return ident(id)
        case let lit as BasicLit:
            return basicLit(lit)
        case let p as ParenExpr:
            var x = rawExpr(p.x, hint: hint)
            x.expr = e
            return x
        case let u as UnaryExpr:
            return unary(u, hint: hint)
        case let b as BinaryExpr:
            return binary(b, hint: hint)
        case let c as CallExpr:
            return call(c)
        case let s as SelectorExpr:
            return selector(s)
        case let ix as IndexExpr:
            return index(ix)
        case let ix as IndexListExpr:
            let x = exprOrType(ix.x)
            if x.mode == .invalid { for i in ix.indices { _ = rawExpr(i, hint: nil) }; return .invalid(ix) }
            if x.mode == .typexpr { return Operand(mode: .typexpr, type: instantiateType(ix, base: ix.x, indices: ix.indices), val: nil, expr: ix) }
            guard let sig = x.type as? Signature else {
                error(ix.x.pos, "invalid operation: cannot index \(describe(x))")
                return .invalid(ix)
            }
            return instantiateFunc(ix, sig, ix.indices, fun: ix.x)
        case let s as SliceExpr:
            return sliceExpr(s)
        case let s as StarExpr:
            let x = exprOrType(s.x)
            switch x.mode {
            case .invalid: return .invalid(e)
            case .typexpr: return Operand(mode: .typexpr, type: PointerType(x.type), val: nil, expr: e)
            default:
                if x.isNil { error(e.pos, "invalid operation: cannot indirect nil"); return .invalid(e) }
                guard let p = x.type.underlying as? PointerType else {
                    error(e.pos, "invalid operation: cannot indirect \(describe(x))")
                    return .invalid(e)
                }
                return Operand(mode: .variable, type: p.elem, val: nil, expr: e)
            }
        case let c as CompositeLit:
            return compositeLit(c, hint: hint)
        case let f as FuncLit:
            return funcLit(f)
        case let ta as TypeAssertExpr:
            return typeAssert(ta)
        case is GoSyntax.ArrayType, is GoSyntax.MapType, is GoSyntax.ChanType, is FuncType,
             is GoSyntax.StructType, is GoSyntax.InterfaceType:
            return Operand(mode: .typexpr, type: typExpr(e), val: nil, expr: e)
        case let kv as KeyValueExpr:
            error(kv.pos, "unexpected key:value expression")
            return .invalid(e)
        case is BadExpr:
            return .invalid(e)
        default:
            error(e.pos, "unexpected expression \(exprString(e))")
            return .invalid(e)
        }
    }

    // MARK: Identifiers and literals

    /// Resolves an identifier through the scopes, reporting `undefined: x`.
    func lookup(_ id: Ident) -> Object? {
        if id.isBlank {
            error(id.pos, "cannot use _ as value or type")
            return nil
        }
        guard let (_, obj) = scope.lookupParent(id.name) else {
            error(id.pos, "undefined: \(id.name)")
            return nil
        }
        info.uses[ObjectIdentifier(id)] = obj
        if obj.pkg === pkg && !(obj is PkgName) {
            recordDep(obj)
            if colors[ObjectIdentifier(obj)] != .black && decls[ObjectIdentifier(obj)] != nil { objDecl(obj) }
        }
        return obj
    }

    func ident(_ id: Ident) -> Operand {
        guard let obj = lookup(id) else { return .invalid(id) }
        switch obj {
        case let c as Const:
            if c === Universe.iota {
                guard let iota else { error(id.pos, "cannot use iota outside constant declaration"); return .invalid(id) }
                return Operand(mode: .constant, type: Universe.untypedInt, val: iota, expr: id)
            }
            if c.type.isInvalid { return .invalid(id) }
            return Operand(mode: .constant, type: c.type, val: c.value, expr: id)
        case let v as Var:
            v.used = true
            if v.type.isInvalid { return .invalid(id) }
            return Operand(mode: .variable, type: v.type, val: nil, expr: id)
        case let t as TypeName:
            if t.type.isInvalid { return .invalid(id) }
            return Operand(mode: .typexpr, type: t.type, val: nil, expr: id)
        case let f as Func:
            if f.type.isInvalid { return .invalid(id) }
            return Operand(mode: .value, type: f.type, val: nil, expr: id)
        case let b as Builtin:
            return Operand(mode: .builtin, type: Universe.invalid, val: nil, expr: id, builtin: b.kind)
        case is Nil:
            return Operand(mode: .value, type: Universe.untypedNil, val: nil, expr: id)
        case let pn as PkgName:
            pn.used = true
            error(id.pos, "use of package \(pn.name) without selector")
            return .invalid(id)
        default:
            return .invalid(id)
        }
    }

    func basicLit(_ lit: BasicLit) -> Operand {
        switch lit.kind {
        case .int, .float, .imag:
            let kind: LiteralKind = lit.kind == .int ? .int : (lit.kind == .float ? .float : .imag)
            guard let v = constantFromLiteral(lit.value, kind: kind) else {
                // The scanner reported a bad literal already (types2 skips literals marked Bad).
                if !scannerReported(lit.pos) { error(lit.pos, "malformed constant: \(lit.value)") }
                return .invalid(lit)
            }
            let t: GoType = lit.kind == .int ? Universe.untypedInt : (lit.kind == .float ? Universe.untypedFloat : Universe.untypedComplex)
            return Operand(mode: .constant, type: t, val: v, expr: lit)
        case .char:
            guard let c = unquoteChar(lit.value) else { return .invalid(lit) }
            return Operand(mode: .constant, type: Universe.untypedRune, val: .int(BigInt(c)), expr: lit)
        case .string:
            guard let s = unquoteString(lit.value) else { return .invalid(lit) }
            return Operand(mode: .constant, type: Universe.untypedString, val: .string(s), expr: lit)
        default:
            return .invalid(lit)
        }
    }

    /// Whether an error was reported on pos's line before checking began (by the scanner).
    func scannerReported(_ pos: Pos) -> Bool {
        guard let p = diags.fileSet.position(pos) else { return false }
        return diags.items.contains { $0.position?.filename == p.filename && $0.position?.line == p.line }
    }

    // MARK: Untyped values

    /// Gives an untyped operand the type `target` (§Conversions of constants,
    /// §Assignability), reporting when the value does not fit.
    func convertUntyped(_ x: inout Operand, _ target: GoType) {
        guard x.mode != .invalid, x.type.isUntyped, !target.isInvalid else { return }
        if target.isUntyped {
            // Both untyped (in a binary op): the "larger" kind wins.
            if x.type.isNumeric && target.isNumeric {
                let order: [BasicKind] = [.untypedInt, .untypedRune, .untypedFloat, .untypedComplex]
                let xi = order.firstIndex(of: x.type.basic!.kind) ?? 0
                let ti = order.firstIndex(of: target.basic!.kind) ?? 0
                if ti > xi { x.type = target; if x.mode == .constant { x.val = promote(x.val!, to: target.basic!.kind) } }
            }
            return
        }
        let under = target.underlying
        if x.isNil {
            switch under {
            case is PointerType, is SliceType, is MapType, is ChanType, is Signature, is InterfaceType:
                x.type = target; updateExprType(x.expr, target); return
            case let b as BasicType where b.kind == .unsafePointer:
                x.type = target; updateExprType(x.expr, target); return
            default:
                error(x.expr?.pos ?? .none, "cannot convert nil to type \(target)")
                x = .invalid(x.expr); return
            }
        }
        if let it = under as? InterfaceType {
            // An untyped value assigned to an interface gets its default type.
            _ = it
            let d = defaultType(x.type)
            convertUntyped(&x, d)
            return
        }
        if under is TypeParamBound { x.type = target; updateExprType(x.expr, target); return }
        guard let b = under as? BasicType else {
            mismatch(x, target); x = .invalid(x.expr); return
        }
        if x.mode == .constant {
            guard let v = representable(x, b, target: target) else { x = .invalid(x.expr); return }
            x.val = v
        } else {
            // Untyped non-constant: bool from comparison, or a shifted value.
            let ok = (x.type.isBoolean && b.isBoolean) || (x.type.isNumeric && b.isNumeric) || (x.type.isString && b.isString)
            if !ok { mismatch(x, target); x = .invalid(x.expr); return }
            if x.type.isNumeric && !b.isInteger, let e = x.expr, let sh = delayedShift(e) {
                error(sh.x.pos, "invalid operation: \(exprString(sh)) (shift of type \(target))")
                x = .invalid(x.expr); return
            }
        }
        x.type = target
        updateExprType(x.expr, target)
    }

    /// The non-constant shift of an untyped constant inside an untyped
    /// expression, whose operand would get a non-integer type.
    func delayedShift(_ e: Expr) -> BinaryExpr? {
        guard let tv = info.types[ObjectIdentifier(e)], tv.type.isUntyped, tv.mode != .constant else { return nil }
        switch e {
        case let p as ParenExpr: return delayedShift(p.x)
        case let u as UnaryExpr: return delayedShift(u.x)
        case let b as BinaryExpr:
            if b.op == .shl || b.op == .shr { return b }
            if isComparison(b.op) { return nil }
            return delayedShift(b.x) ?? delayedShift(b.y)
        default: return nil
        }
    }

    private func mismatch(_ x: Operand, _ target: GoType) {
        guard let e = x.expr else { return }
        // types2's invalidConversion
        error(e.pos, "cannot convert \(describe(x)) to \(target)")
    }

    /// Records the final type of an untyped expression tree.
    func updateExprType(_ e: Expr?, _ t: GoType) {
        guard let e else { return }
        let key = ObjectIdentifier(e)
        guard let old = info.types[key], old.type.isUntyped else { return }
        switch e {
        case let p as ParenExpr: updateExprType(p.x, t)
        case let u as UnaryExpr where u.op != .not || t.isBoolean: updateExprType(u.x, t)
        case let b as BinaryExpr:
            if isComparison(b.op) { break }   // operands keep their own types
            if b.op == .shl || b.op == .shr { updateExprType(b.x, t) }
            else { updateExprType(b.x, t); updateExprType(b.y, t) }
        default: break
        }
        var v = old.value
        if let val = v, let b = t.underlying as? BasicType, !b.isUntyped { v = roundConst(val, b) }
        info.types[key] = TypeAndValue(mode: old.mode, type: t, value: v)
    }

    func promote(_ v: ConstValue, to k: BasicKind) -> ConstValue {
        switch (v, k) {
        case (.int(let i), .untypedFloat): return .float(Rational(i))
        case (.int(let i), .untypedComplex): return .complex(Rational(i), Rational(0))
        case (.float(let r), .untypedComplex): return .complex(r, Rational(0))
        default: return v
        }
    }

    /// The constant converted to basic type b, or nil (with an error) if it
    /// cannot be represented (§Representability).
    func representable(_ x: Operand, _ b: BasicType, target: GoType) -> ConstValue? {
        let v = x.val ?? .unknown
        if case .unknown = v { return v }
        let e = x.expr
        func fail(_ why: String? = nil) -> ConstValue? {
            if let e, assignContext == nil {
                // types2's invalidConversion (an implicit conversion outside an assignment)
                switch why {
                case "truncated": error(e.pos, "\(describe(x)) truncated to \(target)")
                case "overflows": error(e.pos, "\(describe(x)) overflows \(target)")
                default: error(e.pos, "cannot convert \(describe(x)) to \(target)")
                }
            } else if let e {
                if why == "overflows" && x.type.isUntyped {
                    if x.type.isInteger || v.asInteger != nil && !x.type.isComplex {
                        error(e.pos, "cannot use \(exprString(e)) (\(operandDescription(x))) as \(target) value in \(assignContext ?? "assignment") (overflows)")
                    } else {
                        error(e.pos, "cannot use \(exprString(e)) (\(operandDescription(x))) as \(target) value in \(assignContext ?? "assignment") (overflows)")
                    }
                } else if why == "truncated" {
                    error(e.pos, "cannot use \(exprString(e)) (\(operandDescription(x))) as \(target) value in \(assignContext ?? "assignment") (truncated)")
                } else {
                    error(e.pos, "cannot use \(exprString(e)) (\(operandDescription(x))) as \(target) value in \(assignContext ?? "assignment")")
                }
            }
            return nil
        }
        if b.isInteger {
            guard let r = v.asRational else { return fail() }
            // types2 names the failure by the kinds: a non-integer value is truncated, even when
            // it is whole but too large (1e100), an integer one overflows.
            let why = x.type.isInteger ? "overflows" : "truncated"
            guard r.isInteger else { return fail("truncated") }
            let i = r.num
            guard r.exp2 == 0, fitsInteger(i, b.kind) else { return fail(why) }   // exp2 > 0: beyond 2^4095
            return .int(i)
        }
        if b.isFloat {
            guard let r = v.asRational else { return fail() }
            let rounded = roundFloat(r, b.kind)
            if rounded == nil { return fail("overflows") }
            return .float(rounded!)
        }
        if b.isComplex {
            let parts: (Rational, Rational)
            switch v {
            case .int(let i): parts = (Rational(i), Rational(0))
            case .float(let r): parts = (r, Rational(0))
            case .complex(let re, let im): parts = (re, im)
            default: return fail()
            }
            let part = partKind(b.kind)
            guard let re = roundFloat(parts.0, part), let im = roundFloat(parts.1, part) else { return fail("overflows") }
            return .complex(re, im)
        }
        if b.isString { if case .string = v { return v }; return fail() }
        if b.isBoolean { if case .bool = v { return v }; return fail() }
        return fail()
    }

    func fitsInteger(_ i: BigInt, _ k: BasicKind) -> Bool {
        switch k {
        case .int8: return i >= -128 && i <= 127
        case .int16: return i >= -32768 && i <= 32767
        case .int32: return i >= BigInt(Int32.min) && i <= BigInt(Int32.max)
        case .int, .int64: return i >= BigInt(Int64.min) && i <= BigInt(Int64.max)
        case .uint8: return i >= 0 && i <= 255
        case .uint16: return i >= 0 && i <= 65535
        case .uint32: return i >= 0 && i <= BigInt(UInt32.max)
        case .uint, .uint64, .uintptr: return i >= 0 && i <= BigInt(UInt64.max)
        case .untypedInt, .untypedRune: return true
        default: return false
        }
    }

    /// Rounds to float32/float64 precision; nil on overflow.
    func roundFloat(_ r: Rational, _ k: BasicKind) -> Rational? {
        switch k {
        case .float32:
            let f = Float(r.doubleValue)
            return f.isFinite ? Rational(Double(f)) : nil
        case .float64:
            let d = r.doubleValue
            return d.isFinite ? Rational(d) : nil
        default:
            return r
        }
    }

    /// The float kind of a complex kind's parts.
    func partKind(_ k: BasicKind) -> BasicKind {
        switch k {
        case .complex64: return .float32
        case .complex128: return .float64
        default: return k
        }
    }

    func roundConst(_ v: ConstValue, _ b: BasicType) -> ConstValue {
        switch v {
        case .complex(let re, let im) where b.isComplex:
            let part = partKind(b.kind)
            guard let r = roundFloat(re, part), let i = roundFloat(im, part) else { return v }
            return .complex(r, i)
        case .float(let r) where b.isFloat: return roundFloat(r, b.kind).map { .float($0) } ?? v
        case .int(let i) where b.isFloat: return roundFloat(Rational(i), b.kind).map { .float($0) } ?? v
        case .float(let r) where b.isInteger && r.isInteger && r.exp2 == 0: return .int(r.num)
        default: return v
        }
    }

    // MARK: Unary

    func unary(_ u: UnaryExpr, hint: GoType?) -> Operand {
        if u.op == .and {
            // &x: x must be addressable, or a composite literal.
            var inner: Expr = u.x
            while let p = inner as? ParenExpr { inner = p.x }
            let x = inner is CompositeLit ? rawExpr(u.x, hint: (hint?.underlying as? PointerType)?.elem) : expr(u.x)
            if x.mode == .invalid { return .invalid(u) }
            if x.mode != .variable && !(inner is CompositeLit) {
                error(u.pos, "invalid operation: cannot take address of \(describe(x))")
                return .invalid(u)
            }
            return Operand(mode: .value, type: PointerType(x.type), val: nil, expr: u)
        }
        if u.op == .arrow {
            let x = expr(u.x)
            if x.mode == .invalid { return .invalid(u) }
            guard let ch = x.type.underlying as? ChanType else {
                error(u.pos, "invalid operation: cannot receive from non-channel \(describe(x))")
                return .invalid(u)
            }
            if ch.dir == .send {
                error(u.pos, "invalid operation: cannot receive from send-only channel \(describe(x))")
                return .invalid(u)
            }
            return Operand(mode: .commaok, type: ch.elem, val: nil, expr: u)
        }
        var x = expr(u.x, hint: hint)
        if x.mode == .invalid { return .invalid(u) }
        let ok: Bool
        switch u.op {
        case .add, .sub: ok = x.type.isNumeric
        case .xor: ok = x.type.isInteger
        case .not: ok = x.type.isBoolean
        default: ok = false
        }
        if !ok && !(x.type.underlying is TypeParamBound) {
            error(u.pos, "invalid operation: operator \(u.op) not defined on \(describe(x))")
            return .invalid(u)
        }
        if x.mode == .constant, let v = x.val {
            guard let r = constUnary(u.op, v, x.type) else { return .invalid(u) }
            x.val = r
            if let b = x.type.underlying as? BasicType, !b.isUntyped {
                var y = x; y.expr = u
                guard let rv = representable(y, b, target: x.type) else { return .invalid(u) }
                x.val = rv
            }
            x.expr = u
            return x
        }
        x.mode = .value
        x.expr = u
        return x
    }

    func constUnary(_ op: Token, _ v: ConstValue, _ t: GoType) -> ConstValue? {
        switch (op, v) {
        case (.add, _): return v
        case (.sub, .int(let i)): return .int(-i)
        case (.sub, .float(let r)): return .float(-r)
        case (.sub, .complex(let re, let im)): return .complex(-re, -im)
        case (.not, .bool(let b)): return .bool(!b)
        case (.xor, .int(let i)):
            if let b = t.underlying as? BasicType, b.isUnsigned {
                let bits = b.size * 8
                let mask = (BigInt(1) << bits) - 1
                return .int(i ^ mask)
            }
            return .int(~i)
        default: return .unknown
        }
    }

    // MARK: Binary

    func isComparison(_ op: Token) -> Bool { [.eql, .neq, .lss, .leq, .gtr, .geq].contains(op) }

    func binary(_ b: BinaryExpr, hint: GoType?) -> Operand {
        if b.op == .shl || b.op == .shr { return shift(b, hint: hint) }
        var x = expr(b.x, hint: hint)
        var y = expr(b.y, hint: hint)
        if x.mode == .invalid || y.mode == .invalid { return .invalid(b) }
        if b.op == .land || b.op == .lor {
            matchTypes(&x, &y)
            if x.mode == .invalid || y.mode == .invalid { return .invalid(b) }
            guard x.type.isBoolean, y.type.isBoolean else {
                let bad = x.type.isBoolean ? y : x
                error(b.pos, "invalid operation: operator \(b.op) not defined on \(describe(bad))")
                return .invalid(b)
            }
            if x.mode == .constant && y.mode == .constant, case .bool(let p) = x.val!, case .bool(let q) = y.val! {
                return Operand(mode: .constant, type: x.type, val: .bool(b.op == .land ? p && q : p || q), expr: b)
            }
            if !identical(x.type, y.type) { mismatchedTypes(b, x, y); return .invalid(b) }
            return Operand(mode: .value, type: x.type, val: nil, expr: b)
        }
        if isComparison(b.op) { return comparison(b, &x, &y) }

        matchTypes(&x, &y)
        if x.mode == .invalid || y.mode == .invalid { return .invalid(b) }
        if !identical(x.type, y.type) && !(x.type.underlying is TypeParamBound || y.type.underlying is TypeParamBound) {
            mismatchedTypes(b, x, y)
            return .invalid(b)
        }
        let t = x.type
        if !(t.underlying is TypeParamBound) {
            let ok: Bool
            switch b.op {
            case .add: ok = t.isNumeric || t.isString
            case .sub, .mul, .quo: ok = t.isNumeric
            case .rem, .and, .or, .xor, .andNot: ok = t.isInteger
            default: ok = false
            }
            if !ok {
                error(b.x.pos, "invalid operation: operator \(b.op) not defined on \(describe(x))")
                return .invalid(b)
            }
        }
        if (b.op == .quo || b.op == .rem) && y.mode == .constant && (x.mode == .constant || t.isInteger) {
            if let v = y.val, isZero(v) {
                error(b.y.pos, "invalid operation: division by zero")
                return .invalid(b)
            }
        }
        if x.mode == .constant && y.mode == .constant, let xv = x.val, let yv = y.val {
            guard let v = constBinary(b.op, xv, yv, t) else {
                error(b.pos, "constant result is not representable")
                return .invalid(b)
            }
            var r = Operand(mode: .constant, type: t, val: v, expr: b)
            if let bt = t.underlying as? BasicType, !bt.isUntyped {
                if bt.isInteger, let i = v.asInteger, !fitsInteger(i, bt.kind) {
                    error(b.pos, "\(describe(r)) overflows \(t)")   // m * 2 (constant 200 of type int8)
                    return .invalid(b)
                }
                r.val = roundConst(v, bt)
            }
            return r
        }
        return Operand(mode: .value, type: t, val: nil, expr: b)
    }

    private func mismatchedTypes(_ b: BinaryExpr, _ x: Operand, _ y: Operand) {
        error(b.x.pos, "invalid operation: \(exprString(b)) (mismatched types \(x.type) and \(y.type))")
    }

    func isZero(_ v: ConstValue) -> Bool {
        switch v {
        case .int(let i): return i == 0
        case .float(let r): return r.num == 0
        case .complex(let a, let b): return a.num == 0 && b.num == 0
        default: return false
        }
    }

    /// Converts untyped operands towards each other's type before a binary op.
    func matchTypes(_ x: inout Operand, _ y: inout Operand) {
        if x.type.isUntyped && !y.type.isUntyped {
            if canMix(x, y.type) { convertUntyped(&x, y.type) }
        } else if y.type.isUntyped && !x.type.isUntyped {
            if canMix(y, x.type) { convertUntyped(&y, x.type) }
        } else if x.type.isUntyped && y.type.isUntyped {
            if x.type.isNumeric && y.type.isNumeric {
                convertUntyped(&x, y.type)
                convertUntyped(&y, x.type)
            }
        }
    }

    /// Whether an untyped operand may be converted implicitly for a binary op
    /// with an operand of type t (else the op reports mismatched types).
    private func canMix(_ x: Operand, _ t: GoType) -> Bool {
        if x.isNil { return true }
        let u = t.underlying
        if u is InterfaceType || u is TypeParamBound { return true }
        guard let b = u as? BasicType else { return false }
        if x.type.isNumeric && b.isNumeric { return true }
        if x.type.isString && b.isString { return true }
        if x.type.isBoolean && b.isBoolean { return true }
        return false
    }

    func constBinary(_ op: Token, _ x: ConstValue, _ y: ConstValue, _ t: GoType) -> ConstValue? {
        let isInt = t.isInteger
        switch (x, y) {
        case (.string(let a), .string(let b)) where op == .add:
            return .string(a + b)
        case (.int(let a), .int(let b)):
            switch op {
            case .add: return .int(a + b)
            case .sub: return .int(a - b)
            case .mul: return .int(a * b)
            case .quo:
                if isInt { return .int(a.quotientAndRemainder(dividingBy: b).quotient) }
                return .float(Rational(a, b))
            case .rem: return .int(a.quotientAndRemainder(dividingBy: b).remainder)
            case .and: return .int(a & b)
            case .or: return .int(a | b)
            case .xor: return .int(a ^ b)
            case .andNot: return .int(a & ~b)
            default: return nil
            }
        case (.complex(let ar, let ai), _), (_, .complex(let ar, let ai)):
            // Promote both to complex.
            func cx(_ v: ConstValue) -> (Rational, Rational) {
                switch v {
                case .int(let i): return (Rational(i), Rational(0))
                case .float(let r): return (r, Rational(0))
                case .complex(let a, let b): return (a, b)
                default: return (Rational(0), Rational(0))
                }
            }
            _ = (ar, ai)
            let (a, b) = cx(x), (c, d) = cx(y)
            switch op {
            case .add: return .complex(a + c, b + d)
            case .sub: return .complex(a - c, b - d)
            case .mul: return .complex(a * c - b * d, b * c + a * d)
            case .quo:
                let den = c * c + d * d
                return .complex((a * c + b * d) / den, (b * c - a * d) / den)
            default: return nil
            }
        default:
            guard let a = x.asRational, let b = y.asRational else { return nil }
            let r: Rational
            switch op {
            case .add: r = a + b
            case .sub: r = a - b
            case .mul: r = a * b
            case .quo: r = a / b
            default: return nil
            }
            if isInt {
                guard r.isInteger else { return nil }
                return .int(r.num)
            }
            return .float(r)
        }
    }

    func comparison(_ b: BinaryExpr, _ x: inout Operand, _ y: inout Operand) -> Operand {
        // Comparing with nil is decided on the untyped nil, before matchTypes gives it a type.
        let xNil = x.isNil, yNil = y.isNil
        matchTypes(&x, &y)
        if x.mode == .invalid || y.mode == .invalid { return .invalid(b) }
        var ok = false
        var why = ""
        if assignable(x, to: y.type) || assignable(y, to: x.type) {
            switch b.op {
            case .eql, .neq:
                if xNil || yNil {
                    let other = xNil ? y : x
                    let u = other.type.underlying
                    ok = u is PointerType || u is SliceType || u is MapType || u is ChanType || u is Signature
                        || u is InterfaceType || (xNil && yNil) || (u as? BasicType)?.kind == .unsafePointer
                    if xNil && yNil { ok = false; why = "operator \(b.op) not defined on untyped nil" }
                } else if isComparable(x.type) && isComparable(y.type) {
                    ok = true
                } else {
                    let bad = isComparable(x.type) ? y : x
                    let u = bad.type.underlying
                    if u is SliceType || u is MapType || u is Signature {
                        let kind = u is SliceType ? "slice" : (u is MapType ? "map" : "func")
                        why = "\(kind) can only be compared to nil"
                    } else {
                        why = "operator \(b.op) not defined on \(describe(bad))"
                    }
                }
            default:
                ok = x.type.isOrdered
                // A type parameter is ordered when every type in its type set is.
                if let tb = x.type.underlying as? TypeParamBound, let ts = tb.termTypes, !ts.isEmpty {
                    ok = ts.allSatisfy { $0.isOrdered }
                }
                if !ok { why = "operator \(b.op) not defined on \(describe(x))" }
            }
        } else {
            why = "mismatched types \(x.type) and \(y.type)"
        }
        guard ok else {
            error(b.x.pos, "invalid operation: \(exprString(b)) (\(why.isEmpty ? "mismatched types \(x.type) and \(y.type)" : why))")
            return .invalid(b)
        }
        if x.mode == .constant && y.mode == .constant, let xv = x.val, let yv = y.val {
            return Operand(mode: .constant, type: Universe.untypedBool, val: .bool(constCompare(b.op, xv, yv)), expr: b)
        }
        // Untyped operands of a non-constant comparison take their default types.
        if x.type.isUntyped { convertUntyped(&x, defaultType(x.type)) }
        if y.type.isUntyped { convertUntyped(&y, defaultType(y.type)) }
        return Operand(mode: .value, type: Universe.untypedBool, val: nil, expr: b)
    }

    func constCompare(_ op: Token, _ x: ConstValue, _ y: ConstValue) -> Bool {
        let c: Int
        switch (x, y) {
        case (.bool(let a), .bool(let b)): c = a == b ? 0 : 1
        case (.string(let a), .string(let b)): c = a == b ? 0 : (a.lexicographicallyPrecedes(b) ? -1 : 1)
        case (.complex, _), (_, .complex):
            c = x == y ? 0 : 1
        default:
            let a = x.asRational ?? Rational(0), b = y.asRational ?? Rational(0)
            c = a == b ? 0 : (a < b ? -1 : 1)
        }
        switch op {
        case .eql: return c == 0
        case .neq: return c != 0
        case .lss: return c < 0
        case .leq: return c <= 0
        case .gtr: return c > 0
        default: return c >= 0
        }
    }

    /// types2's shift: the operand must be an integer (or an untyped constant with an integer
    /// value), the count a non-negative integer (an untyped constant must fit uint).
    func shift(_ b: BinaryExpr, hint: GoType?) -> Operand {
        var x = expr(b.x, hint: hint)
        var y = expr(b.y)
        if x.mode == .invalid || y.mode == .invalid { return .invalid(b) }
        let xInt = x.mode == .constant ? x.val?.asInteger : nil
        guard x.type.isInteger || x.type.underlying is TypeParamBound || x.type.isUntyped && xInt != nil else {
            error(b.x.pos, "invalid operation: shifted operand \(describe(x)) must be integer")
            return .invalid(b)
        }
        let y0 = y   // messages describe the count as written (untyped int constant)
        if y.mode == .constant, let v = y.val {
            if let n = v.asInteger, n < 0 {
                error(b.y.pos, "invalid operation: negative shift count \(describe(y))")
                return .invalid(b)
            }
            if y.type.isUntyped {
                convertUntyped(&y, Universe.uint)   // `1.5 (untyped float constant) truncated to uint`
                if y.mode == .invalid { return .invalid(b) }
            } else if !y.type.isInteger {
                error(b.y.pos, "invalid operation: shift count \(describe(y)) must be integer")
                return .invalid(b)
            }
        } else if y.type.isUntyped {
            convertUntyped(&y, Universe.uint)
            if y.mode == .invalid { return .invalid(b) }
        } else if !y.type.isInteger && !(y.type.underlying is TypeParamBound) {
            error(b.y.pos, "invalid operation: shift count \(describe(y)) must be integer")
            return .invalid(b)
        }
        if x.mode == .constant {
            if y.mode == .constant, let yv = y.val?.asInteger {
                guard let xi = xInt else { return .invalid(b) }
                // gc's bound: enough to express the smallest float64 (issue #44057).
                guard yv <= 1074 else { error(b.y.pos, "invalid operation: invalid shift count \(describe(y0))"); return .invalid(b) }
                let r = b.op == .shl ? xi << Int(yv) : floorShiftRight(xi, Int(yv))
                let type: GoType = x.type.isInteger ? x.type : Universe.untypedInt   // 1.0 << 2 is an untyped int
                let result = Operand(mode: .constant, type: type, val: .int(r), expr: b)
                if let bt = type.underlying as? BasicType, !bt.isUntyped, !fitsInteger(r, bt.kind) {
                    error(b.pos, "\(describe(result)) overflows \(type)")
                    return .invalid(b)
                }
                return result
            }
            if x.type.isUntyped {
                // Non-constant shift of an untyped constant (§Operators): the constant takes the
                // type it would have without the shift, which only the context decides; it stays
                // untyped until convertUntyped.
                _ = hint
                return Operand(mode: .value, type: Universe.untypedInt, val: nil, expr: b)
            }
        }
        return Operand(mode: .value, type: x.type, val: nil, expr: b)
    }

    // MARK: Assignability (§Assignability)

    func assignable(_ x: Operand, to t: GoType) -> Bool {
        if t.isInvalid || x.mode == .invalid { return true }
        let v = x.type
        if identical(v, t) { return true }
        let vu = v.underlying, tu = t.underlying
        if vu is TypeParamBound || tu is TypeParamBound { return true }
        if x.type.isUntyped {
            if x.isNil {
                return tu is PointerType || tu is SliceType || tu is MapType || tu is ChanType || tu is Signature
                    || tu is InterfaceType || (tu as? BasicType)?.kind == .unsafePointer
            }
            if let tb = tu as? BasicType {
                if x.mode == .constant { return (x.type.isNumeric && tb.isNumeric) || (x.type.isString && tb.isString) || (x.type.isBoolean && tb.isBoolean) }
                return (x.type.isBoolean && tb.isBoolean) || (x.type.isNumeric && tb.isNumeric)
            }
            if tu is InterfaceType { return implements(defaultType(v), t) == nil }
            return false
        }
        if identical(vu, tu) && (!v.isNamed || !t.isNamed) && !(vu is TypeParamBound) { return true }
        if tu is InterfaceType && !(t is TypeParamBound) { return implements(v, t) == nil }
        if let vc = vu as? ChanType, let tc = tu as? ChanType, vc.dir == .both, identical(vc.elem, tc.elem) {
            return !v.isNamed || !t.isNamed
        }
        return false
    }

    /// Checks that x can be assigned to a variable of type t, converting
    /// untyped values; reports gc's `cannot use … as … value in …`.
    func assignment(_ x: inout Operand, _ t: GoType, context: String) {
        guard x.mode != .invalid else { return }
        let saved = assignContext
        assignContext = context
        defer { assignContext = saved }
        if x.type.isUntyped {
            if x.isNil && t.underlying is InterfaceType { x.type = t; updateExprType(x.expr, t); return }
            if !x.isNil && (t.underlying is InterfaceType || t.isInvalid) {
                // types2: the constant gets its default type first, then must be assignable.
                convertUntyped(&x, defaultType(x.type))
                if x.mode == .invalid || t.isInvalid { return }
            } else {
                if !assignable(x, to: t) {
                    if let e = x.expr { error(e.pos, "cannot use \(describe(x)) as \(t) value in \(context)") }
                    x = .invalid(x.expr)
                    return
                }
                convertUntyped(&x, t)
                return
            }
        }
        if !assignable(x, to: t) {
            cannotUse(x, t, context)
            x = .invalid(x.expr)
        }
    }

    /// gc 1.19 (types2 with CompilerErrorMessages): `cannot use x (variable of type int) as type
    /// string in assignment`, the reason, if any, on a second line.
    func cannotUse(_ x: Operand, _ t: GoType, _ context: String) {
        guard let e = x.expr else { return }
        var msg = "cannot use \(describe(x)) as type \(t) in \(context)"
        if t.underlying is InterfaceType, let missing = implements(x.type, t) { msg += ":\n\t\(missing)" }
        error(e.pos, msg)
    }
}


/// x >> n rounding toward negative infinity, as Go's constant shifts do
/// (BigInt's >> truncates toward zero for negative values).
func floorShiftRight(_ x: BigInt, _ n: Int) -> BigInt {
    x >= 0 ? x >> n : -((-x - 1) >> n) - 1
}
