// Index, slice, composite literal, function literal and type assertion expressions.
import GoSyntax
import BigInt

extension Checker {
    func index(_ ix: IndexExpr) -> Operand {
        let x = exprOrType(ix.x)
        if x.mode == .invalid { _ = rawExpr(ix.index, hint: nil); return .invalid(ix) }
        if x.mode == .typexpr {
            return Operand(mode: .typexpr, type: instantiateType(ix, base: ix.x, indices: [ix.index]), val: nil, expr: ix)
        }
        if let sig = x.type as? Signature, x.mode == .value, !sig.typeParams.isEmpty {
            return instantiateFunc(ix, sig, [ix.index], fun: ix.x)
        }
        var t = x.type.underlying
        var mode: OperandMode = x.mode == .variable ? .variable : .value
        if let p = t as? PointerType, let a = p.elem.underlying as? ArrayType { t = a; mode = .variable }
        switch t {
        case let b as BasicType where b.isString:
            let n: Int64? = x.mode == .constant ? { if case .string(let s) = x.val! { return Int64(s.count) }; return nil }() : nil
            if let i = indexValue(ix.index, length: n), x.mode == .constant, case .string(let s) = x.val! {
                return Operand(mode: .constant, type: Universe.byte, val: .int(BigInt(s[Int(i)])), expr: ix)
            }
            return Operand(mode: .value, type: Universe.byte, val: nil, expr: ix)
        case let a as ArrayType:
            _ = indexValue(ix.index, length: a.len)
            return Operand(mode: mode, type: a.elem, val: nil, expr: ix)
        case let s as SliceType:
            _ = indexValue(ix.index, length: nil)
            return Operand(mode: .variable, type: s.elem, val: nil, expr: ix)
        case let m as MapType:
            var k = expr(ix.index, hint: m.key)
            assignment(&k, m.key, context: "map index")
            return Operand(mode: .mapindex, type: m.elem, val: nil, expr: ix)
        case is TypeParamBound:
            _ = expr(ix.index)
            return Operand(mode: .value, type: x.type, val: nil, expr: ix)
        default:
            error(ix.x.pos, "invalid operation: cannot index \(describe(x))")
            _ = rawExpr(ix.index, hint: nil)
            return .invalid(ix)
        }
    }

    /// types2's isValidIndex: an untyped constant index gets type int; the index must be an
    /// integer, and a constant one non-negative and representable as an int.
    func validIndex(_ x: inout Operand, _ what: String = "index", allowNegative: Bool = false) -> Bool {
        if x.mode == .invalid { return false }
        convertUntyped(&x, Universe.int)
        if x.mode == .invalid { return false }
        guard x.type.isInteger || x.type.underlying is TypeParamBound else {
            error(x.expr?.pos ?? .none, "invalid argument: \(what) \(describe(x)) must be integer")
            return false
        }
        if x.mode == .constant, let i = x.val?.asInteger {
            if !allowNegative && i < 0 {
                error(x.expr?.pos ?? .none, "invalid argument: \(what) \(describe(x)) must not be negative")
                return false
            }
            if !fitsInteger(i, .int) {
                error(x.expr?.pos ?? .none, "invalid argument: \(what) \(describe(x)) overflows int")
                return false
            }
        }
        return true
    }

    /// Checks an index; returns its value if constant. Reports constant
    /// indices out of range when the length is known.
    @discardableResult
    func indexValue(_ e: Expr, length: Int64?) -> Int64? {
        var x = expr(e)
        guard validIndex(&x), x.mode == .constant, let i = x.val?.asInteger else { return nil }
        if let n = length, i >= BigInt(n) {
            error(e.pos, "invalid argument: index \(i) out of bounds [0:\(n)]")
            return nil
        }
        return Int64(i)
    }

    func sliceExpr(_ s: SliceExpr) -> Operand {
        let x = expr(s.x)
        if x.mode == .invalid { for e in [s.low, s.high, s.max].compactMap({ $0 }) { _ = rawExpr(e, hint: nil) }; return .invalid(s) }
        var result: GoType = x.type
        var length: Int64?
        switch x.type.underlying {
        case let b as BasicType where b.isString:
            if s.slice3 { error(s.pos, "invalid operation: 3-index slice of string"); return .invalid(s) }
            result = x.type.isUntyped ? Universe.string : x.type
            if x.mode == .constant, case .string(let str) = x.val! { length = Int64(str.count) }
        case let a as ArrayType:
            if x.mode != .variable { error(s.pos, "invalid operation: \(describe(x)) (slice of unaddressable value)"); return .invalid(s) }
            result = SliceType(a.elem); length = a.len
        case let p as PointerType:
            guard let a = p.elem.underlying as? ArrayType else { fallthrough }
            result = SliceType(a.elem); length = a.len
        case is SliceType: break
        case is TypeParamBound: break
        default:
            error(s.pos, "invalid operation: cannot slice \(describe(x))")
            return .invalid(s)
        }
        var consts: [Int64] = []
        for e in [s.low, s.high, s.max] {
            guard let e else { continue }
            if let v = indexValue(e, length: length.map { $0 + 1 }) { consts.append(v) }
        }
        if consts.count >= 2 {
            for i in 1..<consts.count where consts[i] < consts[i - 1] {
                error(s.pos, "invalid slice indices: \(consts[i]) < \(consts[i - 1])")
            }
        }
        return Operand(mode: .value, type: result, val: nil, expr: s)
    }

    func compositeLit(_ c: CompositeLit, hint: GoType?) -> Operand {
        var t: GoType
        var literalType: GoType?
        if let te = c.type {
            if let at = te as? GoSyntax.ArrayType, at.len is Ellipsis {
                // [...]T{...}: the length is the number of elements.
                let elem = typExpr(at.elt)
                let n = arrayLitLength(c, elem)
                t = ArrayType(elem, n)
                info.types[ObjectIdentifier(te)] = TypeAndValue(mode: .typexpr, type: t, value: nil)
                return Operand(mode: .value, type: t, val: nil, expr: c)
            }
            t = typExpr(te)
        } else if let hint {
            t = hint
            // An elided &T in []*T{{...}}: the literal has type *T, as in go/types.
            if let p = hint.underlying as? PointerType { t = p.elem; literalType = hint }
        } else {
            error(c.pos, "invalid composite literal type: missing type")
            return .invalid(c)
        }
        if t.isInvalid { for e in c.elts { _ = rawExpr((e as? KeyValueExpr)?.value ?? e, hint: nil) }; return .invalid(c) }
        switch t.underlying {
        case let st as StructType: structLit(c, st, t)
        case let a as ArrayType: _ = elementList(c.elts, elem: a.elem, length: a.len)
        case let s as SliceType: _ = elementList(c.elts, elem: s.elem, length: nil)
        case let m as MapType:
            // Constant keys must be distinct; with an interface key type, only among keys of one type.
            var visited: [ConstKey: [GoType]] = [:]
            let keyIsInterface = m.key.underlying is InterfaceType
            for e in c.elts {
                guard let kv = e as? KeyValueExpr else { error(e.pos, "missing key in map literal"); _ = rawExpr(e, hint: nil); continue }
                var k = expr(kv.key, hint: m.key); assignment(&k, m.key, context: "map literal")
                if k.mode == .constant, let val = k.val, let key = ConstKey(mapKey: val) {
                    let seen = visited[key] ?? []
                    let duplicate = keyIsInterface ? seen.contains { identical($0, k.type) } : visited[key] != nil
                    visited[key, default: []].append(k.type)
                    if duplicate { error(kv.key.pos, "duplicate key \(val) in map literal") }
                }
                var v = expr(kv.value, hint: m.elem); assignment(&v, m.elem, context: "map literal")
            }
        case is TypeParamBound: for e in c.elts { _ = rawExpr((e as? KeyValueExpr)?.value ?? e, hint: nil) }
        default:
            error(c.pos, "invalid composite literal type \(t)")
            return .invalid(c)
        }
        return Operand(mode: .value, type: literalType ?? t, val: nil, expr: c)
    }

    private func arrayLitLength(_ c: CompositeLit, _ elem: GoType) -> Int64 {
        elementList(c.elts, elem: elem, length: nil)
    }

    /// Checks array/slice elements; returns the literal's length.
    private func elementList(_ elts: [Expr], elem: GoType, length: Int64?) -> Int64 {
        var idx: Int64 = 0, maxIdx: Int64 = 0
        var visited = Set<Int64>()
        for e in elts {
            var valueExpr = e
            var validIndex = false
            if let kv = e as? KeyValueExpr {
                if let i = indexValue(kv.key, length: length) {
                    idx = i
                    validIndex = true
                } else if let tv = info.types[ObjectIdentifier(kv.key)], tv.mode != .constant, tv.type.isInteger {
                    error(e.pos, "index \(exprString(kv.key)) must be integer constant")
                }
                valueExpr = kv.value
            } else if let n = length, idx >= n {
                error(e.pos, "index \(idx) is out of bounds (>= \(n))")
            } else {
                validIndex = true
            }
            if validIndex && !visited.insert(idx).inserted {
                error(e.pos, "duplicate index \(idx) in array or slice literal")
            }
            var v = expr(valueExpr, hint: elem)
            assignment(&v, elem, context: "array or slice literal")
            idx += 1
            maxIdx = max(maxIdx, idx)
        }
        return maxIdx
    }

    private func structLit(_ c: CompositeLit, _ st: StructType, _ t: GoType) {
        guard !c.elts.isEmpty else { return }
        if c.elts.first is KeyValueExpr {
            var seen = Set<String>()
            for e in c.elts {
                guard let kv = e as? KeyValueExpr, let key = kv.key as? Ident else {
                    error(e.pos, "mixture of field:value and value elements in struct literal")
                    _ = rawExpr((e as? KeyValueExpr)?.value ?? e, hint: nil)
                    continue
                }
                guard let i = st.fields.firstIndex(where: { $0.name == key.name }) else {
                    error(key.pos, "unknown field '\(key.name)' in struct literal of type \(t)")
                    _ = rawExpr(kv.value, hint: nil)
                    continue
                }
                info.uses[ObjectIdentifier(key)] = st.fields[i]
                if !seen.insert(key.name).inserted {
                    error(key.pos, "duplicate field name \(key.name) in struct literal")
                }
                var v = expr(kv.value, hint: st.fields[i].type)
                assignment(&v, st.fields[i].type, context: "struct literal")
            }
            return
        }
        for (i, e) in c.elts.enumerated() {
            if e is KeyValueExpr { error(e.pos, "mixture of field:value and value elements in struct literal"); continue }
            guard i < st.fields.count else { error(e.pos, "too many values in \(exprString(c))"); _ = rawExpr(e, hint: nil); break }
            var v = expr(e, hint: st.fields[i].type)
            assignment(&v, st.fields[i].type, context: "struct literal")
        }
        if c.elts.count < st.fields.count { error(c.rbrace, "too few values in \(exprString(c))") }
    }

    func funcLit(_ f: FuncLit) -> Operand {
        let outer = scope
        scope = Scope(parent: scope, isFunc: true)
        let sig = signature(f.type, recv: nil)
        let fscope = scope
        scope = outer
        // The body is checked in place: captured variables must already be declared.
        let saved = (scope, funcSig)
        scope = fscope
        funcBody(sig, f.body, name: "func literal")
        (scope, funcSig) = saved
        return Operand(mode: .value, type: sig, val: nil, expr: f)
    }

    func typeAssert(_ ta: TypeAssertExpr) -> Operand {
        let x = expr(ta.x)
        if x.mode == .invalid { if let t = ta.type { _ = typExpr(t) }; return .invalid(ta) }
        guard let te = ta.type else {
            error(ta.pos, "invalid syntax tree: use of .(type) outside type switch")
            return .invalid(ta)
        }
        guard x.type.underlying is InterfaceType else {
            _ = typExpr(te)
            error(ta.x.pos, "invalid operation: \(exprString(ta.x)) (\(operandDescription(x))) is not an interface")
            return .invalid(ta)
        }
        let t = typExpr(te)
        if t.isInvalid { return .invalid(ta) }
        if !(t.underlying is InterfaceType), let why = implements(t, x.type), !why.isEmpty {
            error(te.pos, "impossible type assertion: \(exprString(ta.x)).(\(exprString(te)))\n\t\(t) does not implement \(x.type)\(why.split(separator: "(", maxSplits: 1).count > 1 ? " (" + why.split(separator: "(", maxSplits: 1)[1] : "")")
            return .invalid(ta)
        }
        return Operand(mode: .commaok, type: t, val: nil, expr: ta)
    }
}
