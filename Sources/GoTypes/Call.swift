// Calls (§Calls), conversions (§Conversions) and builtins (§Built-in functions).
import GoSyntax
import BigInt

extension Checker {
    func call(_ c: CallExpr) -> Operand {
        let f = exprOrType(c.fun)
        switch f.mode {
        case .invalid:
            for a in c.args { _ = rawExpr(a, hint: nil) }
            return .invalid(c)
        case .typexpr:
            return conversion(c, to: f.type)
        case .builtin:
            return builtinCall(c, f.builtin!)
        default:
            break
        }
        guard var sig = f.type.underlying as? Signature else {
            error(c.pos, "invalid operation: cannot call non-function \(describe(f))")
            for a in c.args { _ = rawExpr(a, hint: nil) }
            return .invalid(c)
        }
        if !sig.typeParams.isEmpty {
            // A generic call's result types come from the inferred instance.
            guard let inst = arguments(c, sig) else { return .invalid(c) }
            sig = inst
        } else {
            arguments(c, sig)
        }
        if sig.results.count == 0 { return Operand(mode: .novalue, type: sig.results, val: nil, expr: c) }
        if sig.results.count == 1 { return Operand(mode: .value, type: sig.results.vars[0].type, val: nil, expr: c) }
        return Operand(mode: .value, type: sig.results, val: nil, expr: c)
    }

    /// Checks the arguments of a call against the signature's parameters;
    /// returns the signature used (instantiated, for a generic function).
    @discardableResult
    func arguments(_ c: CallExpr, _ sig0: Signature) -> Signature? {
        var sig = sig0
        var args: [Operand] = []
        if c.args.count == 1 && !c.hasEllipsis {
            args = exprList(c.args[0], allowCommaOk: false)
        } else {
            for (i, a) in c.args.enumerated() {
                let hint = i < sig.params.count ? sig.params.vars[i].type : nil
                args.append(expr(a, hint: hint))
            }
        }
        if args.contains(where: { $0.mode == .invalid }) { return nil }
        if !sig.typeParams.isEmpty {
            guard let inst = inferCall(c, sig, args) else { return nil }
            sig = inst
        }
        let params = sig.params.vars
        let name = exprString(c.fun)
        if c.hasEllipsis {
            if !sig.variadic {
                error(c.pos, "cannot use ... in call to non-variadic \(name)")
                return nil
            }
            if args.count != params.count { reportCount(c, args, sig); return nil }
            for (i, var a) in args.enumerated() { assignment(&a, params[i].type, context: "argument to \(name)") }
            return sig
        }
        if sig.variadic {
            if args.count < params.count - 1 { reportCount(c, args, sig); return nil }
            for (i, var a) in args.enumerated() {
                let t = i < params.count - 1 ? params[i].type : (params.last!.type as! SliceType).elem
                assignment(&a, t, context: "argument to \(name)")
            }
            return sig
        }
        if args.count != params.count { reportCount(c, args, sig); return nil }
        for (i, var a) in args.enumerated() { assignment(&a, params[i].type, context: "argument to \(name)") }
        return sig
    }

    private func reportCount(_ c: CallExpr, _ args: [Operand], _ sig: Signature) {
        let few = args.count < sig.params.count
        let have = "(" + args.map { $0.type.isUntyped && $0.mode == .constant ? "number" : "\($0.type)" }.joined(separator: ", ") + ")"
        let want = typeString(sig.params).replacingOccurrences(of: "", with: "")
        let wantTypes = "(" + sig.params.vars.enumerated().map { i, v in
            sig.variadic && i == sig.params.count - 1 ? "...\((v.type as! SliceType).elem)" : "\(v.type)"
        }.joined(separator: ", ") + ")"
        _ = want
        // f(g()) with a multi-value g: every operand comes from c.args[0], where gc reports.
        let fromTuple = c.args.count == 1 && args.count > 1
        let pos = fromTuple ? c.args[0].pos : few ? c.rparen : c.args[sig.params.count].pos
        error(pos, "\(few ? "not enough" : "too many") arguments in call to \(exprString(c.fun))\n\thave \(have)\n\twant \(wantTypes)")
    }

    // MARK: Conversions

    func conversion(_ c: CallExpr, to t: GoType) -> Operand {
        guard c.args.count == 1, !c.hasEllipsis else {
            if c.args.isEmpty { error(c.rparen, "missing argument in conversion to \(t)") }
            else { error(c.args[c.args.count - 1].pos, "too many arguments in conversion to \(t)") }
            for a in c.args { _ = rawExpr(a, hint: nil) }   // types2's use: the arguments count as used
            return .invalid(c)
        }
        var x = expr(c.args[0], hint: t)
        if x.mode == .invalid { return .invalid(c) }
        if x.mode == .constant, let tb = t.underlying as? BasicType, tb.isConstType, let v = x.val {
            // Constant conversion: the result is a constant of type t.
            if x.type.isString == false && tb.isString, let i = v.asInteger, x.type.isInteger {
                // string(rune constant)
                let scalar = (i >= 0 && i <= 0x10FFFF) ? Unicode.Scalar(UInt32(i)) ?? "\u{FFFD}" : "\u{FFFD}"
                return Operand(mode: .constant, type: t, val: .string(Array(String(scalar).utf8)), expr: c)
            }
            if x.type.isNumeric && tb.isNumeric || x.type.isString && tb.isString || x.type.isBoolean && tb.isBoolean {
                if tb.isInteger, let r = v.asRational, !r.isInteger {
                    error(c.args[0].pos, "cannot convert \(describe(x)) to type \(t) (truncated)")
                    return .invalid(c)
                }
                if tb.isInteger, let i = v.asInteger, !fitsInteger(i, tb.kind) {
                    error(c.args[0].pos, "cannot convert \(describe(x)) to type \(t) (overflows)")
                    return .invalid(c)
                }
                var r = v
                if tb.isInteger { r = .int(v.asInteger!) }
                else if tb.isFloat { guard let rr = v.asRational.flatMap({ roundFloat($0, tb.kind) }) else {
                        error(c.args[0].pos, "cannot convert \(describe(x)) to type \(t) (overflows)"); return .invalid(c) }
                    r = .float(rr) }
                else if tb.isComplex { r = roundConst(promote(promote(v, to: .untypedFloat), to: .untypedComplex), tb) }
                if x.type.isUntyped { updateExprType(x.expr, x.type.isNumeric && tb.isNumeric ? (tb.isInteger && x.type.isFloat ? t : t) : t) }
                return Operand(mode: .constant, type: t, val: r, expr: c)
            }
        }
        if !convertible(&x, to: t) {
            error(c.args[0].pos, "cannot convert \(describe(x)) to type \(t)")
            return .invalid(c)
        }
        return Operand(mode: .value, type: t, val: nil, expr: c)
    }

    func convertible(_ x: inout Operand, to t: GoType) -> Bool {
        if x.type.isUntyped {
            let tu = t.underlying
            if x.isNil { if assignable(x, to: t) { convertUntyped(&x, t); return true }; return false }
            if let tb = tu as? BasicType {
                if tb.isNumeric && x.type.isNumeric || tb.isString && x.type.isString || tb.isBoolean && x.type.isBoolean {
                    convertUntyped(&x, x.mode == .constant ? t : defaultType(x.type))
                    return x.mode != .invalid
                }
                if tb.isString && x.type.isInteger { convertUntyped(&x, defaultType(x.type)); return true }
            }
            if tu is InterfaceType || tu is TypeParamBound { convertUntyped(&x, defaultType(x.type)); return true }
            if let sl = tu as? SliceType, x.type.isString, let eb = sl.elem.underlying as? BasicType,
               eb.kind == .uint8 || eb.kind == .int32 { convertUntyped(&x, Universe.string); return true }
            return false
        }
        if assignable(x, to: t) { return true }
        let v = x.type, vu = v.underlying, tu = t.underlying
        if vu is TypeParamBound || tu is TypeParamBound { return true }
        if identical(stripTags(vu), stripTags(tu)) { return true }
        if let vp = vu as? PointerType, let tp = tu as? PointerType, identical(vp.elem.underlying, tp.elem.underlying) { return true }
        if v.isNumeric && t.isNumeric { return true }
        if let tb = tu as? BasicType, tb.isString {
            if v.isInteger { return true }
            if let sl = vu as? SliceType, let eb = sl.elem.underlying as? BasicType, eb.kind == .uint8 || eb.kind == .int32 { return true }
        }
        if v.isString, let sl = tu as? SliceType, let eb = sl.elem.underlying as? BasicType, eb.kind == .uint8 || eb.kind == .int32 { return true }
        let vIsPtr = vu is PointerType || (vu as? BasicType)?.kind == .uintptr
        let tIsPtr = tu is PointerType || (tu as? BasicType)?.kind == .uintptr
        if (vu as? BasicType)?.kind == .unsafePointer && tIsPtr { return true }
        if (tu as? BasicType)?.kind == .unsafePointer && vIsPtr { return true }
        if let sl = vu as? SliceType, let tp = tu as? PointerType, let arr = tp.elem.underlying as? ArrayType, identical(sl.elem, arr.elem) { return true }
        return false
    }

    private func stripTags(_ t: GoType) -> GoType {
        guard let s = t as? StructType else { return t }
        return StructType(fields: s.fields, tags: s.tags.map { _ in "" })
    }

    // MARK: Builtins

    func builtinCall(_ c: CallExpr, _ kind: BuiltinKind) -> Operand {
        let name = kind.rawValue
        func args(_ n: Int, _ variadic: Bool = false) -> Bool {
            if c.args.count < n { error(c.rparen, "invalid operation: not enough arguments for \(exprString(c)) (expected \(n), found \(c.args.count))"); return false }
            if !variadic && c.args.count > n { error(c.args[n].pos, "invalid operation: too many arguments for \(exprString(c)) (expected \(n), found \(c.args.count))"); return false }
            return true
        }
        if c.hasEllipsis && kind != .append {
            error(c.pos, "invalid operation: invalid use of ... with built-in \(name)")
            for a in c.args { _ = rawExpr(a, hint: nil) }
            return .invalid(c)
        }
        switch kind {
        case .print, .println:
            var xs: [Operand] = []
            if c.args.count == 1 {
                xs = exprList(c.args[0], allowCommaOk: false)   // println(f()) prints all of f's results
                if xs.count > 1 { return Operand(mode: .novalue, type: TupleType([]), val: nil, expr: c) }
            } else {
                xs = c.args.map { expr($0) }
            }
            for var x in xs where x.mode != .invalid && x.type.isUntyped {
                if x.isNil { error(x.expr?.pos ?? c.pos, "use of untyped nil in argument to built-in \(name)"); continue }
                convertUntyped(&x, defaultType(x.type))
            }
            return Operand(mode: .novalue, type: TupleType([]), val: nil, expr: c)
        case .panic:
            guard args(1) else { return .invalid(c) }
            var x = expr(c.args[0])
            assignment(&x, Universe.unnamedEmptyInterface, context: "argument to panic")
            return Operand(mode: .novalue, type: TupleType([]), val: nil, expr: c)
        case .recover:
            guard args(0) else { return .invalid(c) }
            return Operand(mode: .value, type: Universe.unnamedEmptyInterface, val: nil, expr: c)
        case .len, .cap:
            guard args(1) else { return .invalid(c) }
            var x = expr(c.args[0])
            if x.mode == .invalid { return .invalid(c) }
            if x.mode == .constant && x.type.isString && kind == .len, case .string(let s) = x.val! {
                if x.type.isUntyped { convertUntyped(&x, Universe.string) }
                return Operand(mode: .constant, type: Universe.int, val: .int(BigInt(s.count)), expr: c)
            }
            var t = x.type.underlying
            if let p = t as? PointerType, let a = p.elem.underlying as? ArrayType { t = a }
            switch t {
            case let a as ArrayType:
                // Constant unless the operand contains calls or receives.
                if !containsCallOrRecv(c.args[0]) { return Operand(mode: .constant, type: Universe.int, val: .int(BigInt(a.len)), expr: c) }
                return Operand(mode: .value, type: Universe.int, val: nil, expr: c)
            case is SliceType, is ChanType: return Operand(mode: .value, type: Universe.int, val: nil, expr: c)
            case let b as BasicType where b.isString && kind == .len:
                return Operand(mode: .value, type: Universe.int, val: nil, expr: c)
            case is MapType where kind == .len:
                return Operand(mode: .value, type: Universe.int, val: nil, expr: c)
            case is TypeParamBound:
                return Operand(mode: .value, type: Universe.int, val: nil, expr: c)
            default:
                error(c.args[0].pos, "invalid argument: \(describe(x)) for \(name)")
                return .invalid(c)
            }
        case .new:
            guard args(1) else { return .invalid(c) }
            let t = typExpr(c.args[0])
            return Operand(mode: .value, type: PointerType(t), val: nil, expr: c)
        case .make:
            guard c.args.count >= 1 else { error(c.rparen, "invalid operation: not enough arguments for \(exprString(c)) (expected 1, found 0)"); return .invalid(c) }
            let t = typExpr(c.args[0])
            if t.isInvalid { return .invalid(c) }
            let minArgs: Int
            switch t.underlying {
            case is SliceType: minArgs = 2
            case is MapType, is ChanType, is TypeParamBound: minArgs = 1
            default:
                error(c.args[0].pos, "invalid argument: cannot make \(exprString(c.args[0])); type must be slice, map, or channel")
                return .invalid(c)
            }
            if c.args.count < minArgs { error(c.pos, "invalid operation: \(exprString(c)) expects \(minArgs) or \(minArgs + 1) arguments; found \(c.args.count)"); return .invalid(c) }
            if c.args.count > 3 || (minArgs == 1 && c.args.count > 2 && !(t.underlying is SliceType)) {
                error(c.pos, "invalid operation: \(exprString(c)) expects \(minArgs) or \(minArgs + 1) arguments; found \(c.args.count)")
                return .invalid(c)
            }
            var sizes: [BigInt] = []
            for a in c.args.dropFirst() {
                if let v = sizeArg(a, "make") { sizes.append(v) }
            }
            if sizes.count == 2 && sizes[0] > sizes[1] {
                error(c.args[1].pos, "invalid argument: length and capacity swapped")
            }
            return Operand(mode: .value, type: t, val: nil, expr: c)
        case .append:
            guard c.args.count >= 1 else { error(c.rparen, "invalid operation: not enough arguments for append() (expected 1, found 0)"); return .invalid(c) }
            var s: Operand
            if c.args.count == 1 && !c.hasEllipsis {
                // append(f()) with a multi-valued f: f's results are the slice and the elements.
                let xs = exprList(c.args[0], allowCommaOk: false)
                s = xs.first ?? .invalid(c.args[0])
                if s.mode == .novalue {
                    error(c.args[0].pos, "\(exprString(c.args[0])) (no value) used as value")
                    s = .invalid(c.args[0])
                }
                if xs.count > 1 {
                    guard let sl = xs[0].type.underlying as? SliceType else {
                        error(c.args[0].pos, "first argument to append must be a slice; have \(xs[0].type)")
                        return .invalid(c)
                    }
                    for var y in xs.dropFirst() {
                        y.expr = nil   // typed results of one call: nothing to record
                        assignment(&y, sl.elem, context: "argument to append")
                    }
                    return Operand(mode: .value, type: xs[0].type, val: nil, expr: c)
                }
            } else {
                s = expr(c.args[0])
            }
            if s.mode == .invalid { for a in c.args.dropFirst() { _ = rawExpr(a, hint: nil) }; return .invalid(c) }
            if s.isNil { error(c.args[0].pos, "first argument to append must be a typed slice; have untyped nil"); return .invalid(c) }
            guard let sl = s.type.underlying as? SliceType else {
                if s.type.underlying is TypeParamBound { for a in c.args.dropFirst() { _ = expr(a) }; return Operand(mode: .value, type: s.type, val: nil, expr: c) }
                error(c.args[0].pos, "first argument to append must be a slice; have \(describe(s))")
                return .invalid(c)
            }
            _ = s
            if c.hasEllipsis {
                guard c.args.count == 2 else { error(c.pos, "can only use ... with final argument in list"); return .invalid(c) }
                var y = expr(c.args[1])
                if y.mode == .invalid { return .invalid(c) }
                if let eb = sl.elem.underlying as? BasicType, eb.kind == .uint8, y.type.isString {
                    if y.type.isUntyped { convertUntyped(&y, Universe.string) }
                } else {
                    assignment(&y, s.type, context: "append")
                }
                return Operand(mode: .value, type: s.type, val: nil, expr: c)
            }
            for a in c.args.dropFirst() {
                var y = expr(a, hint: sl.elem)
                assignment(&y, sl.elem, context: "argument to append")
            }
            s.mode = .value
            return Operand(mode: .value, type: s.type, val: nil, expr: c)
        case .copy:
            guard args(2) else { return .invalid(c) }
            let d = expr(c.args[0]), s = expr(c.args[1])
            if d.mode == .invalid || s.mode == .invalid { return .invalid(c) }
            guard let ds = d.type.underlying as? SliceType else {
                error(c.pos, "invalid argument: copy expects slice arguments; found \(describe(d)) and \(describe(s))")
                return .invalid(c)
            }
            if let ss = s.type.underlying as? SliceType {
                if !identical(ds.elem, ss.elem) {
                    error(c.pos, "invalid argument: arguments to copy \(describe(d)) and \(describe(s)) have different element types \(ds.elem) and \(ss.elem)")
                    return .invalid(c)
                }
            } else if !(s.type.isString && (ds.elem.underlying as? BasicType)?.kind == .uint8) {
                error(c.pos, "invalid argument: copy expects slice arguments; found \(describe(d)) and \(describe(s))")
                return .invalid(c)
            }
            var s2 = s
            if s2.type.isUntyped { convertUntyped(&s2, Universe.string) }
            return Operand(mode: .value, type: Universe.int, val: nil, expr: c)
        case .delete:
            guard args(2) else { return .invalid(c) }
            let m = expr(c.args[0])
            if m.mode == .invalid { return .invalid(c) }
            guard let mt = m.type.underlying as? MapType else {
                error(c.args[0].pos, "invalid argument: \(describe(m)) is not a map")
                return .invalid(c)
            }
            var k = expr(c.args[1], hint: mt.key)
            assignment(&k, mt.key, context: "argument to delete")
            return Operand(mode: .novalue, type: TupleType([]), val: nil, expr: c)
        case .close:
            guard args(1) else { return .invalid(c) }
            let ch = expr(c.args[0])
            if ch.mode == .invalid { return .invalid(c) }
            guard let ct = ch.type.underlying as? ChanType else {
                error(c.args[0].pos, "invalid operation: cannot close non-channel \(describe(ch))"); return .invalid(c)
            }
            if ct.dir == .recv { error(c.args[0].pos, "invalid operation: cannot close receive-only channel \(describe(ch))") }
            return Operand(mode: .novalue, type: TupleType([]), val: nil, expr: c)
        case .complex:
            var re: Operand, im: Operand
            if c.args.count == 1 {
                // complex(f()) with a two-valued f takes f's results as its arguments.
                let xs = exprList(c.args[0], allowCommaOk: false)
                if xs.count > 2 { error(c.rparen, "invalid operation: too many arguments for \(exprString(c)) (expected 2, found \(xs.count))"); return .invalid(c) }
                guard xs.count == 2 || args(2) else { return .invalid(c) }
                re = xs[0]; im = xs[1]
                re.expr = nil; im.expr = nil   // typed results of one call: nothing to record
            } else {
                guard args(2) else { return .invalid(c) }
                re = expr(c.args[0]); im = expr(c.args[1])
            }
            if re.mode == .invalid || im.mode == .invalid { return .invalid(c) }
            if re.type.isUntyped && im.type.isUntyped && re.mode == .constant && im.mode == .constant {
                // types2: untyped real constants become untyped floats; the two must then agree.
                func asFloat(_ o: Operand) -> GoType { o.type.isNumeric && o.val?.asRational != nil ? Universe.untypedFloat : o.type }
                let tr = asFloat(re), ti = asFloat(im)
                if !identical(tr, ti) {
                    error(c.args[0].pos, "invalid operation: \(exprString(c)) (mismatched types \(tr) and \(ti))")
                    return .invalid(c)
                }
                if !identical(tr, Universe.untypedFloat) {
                    error(c.args[0].pos, "invalid argument: arguments have type \(tr), expected floating-point")
                    return .invalid(c)
                }
            }
            matchTypes(&re, &im)
            if re.mode == .constant && im.mode == .constant, let a = re.val?.asRational, let b = im.val?.asRational, re.type.isUntyped && im.type.isUntyped {
                return Operand(mode: .constant, type: Universe.untypedComplex, val: .complex(a, b), expr: c)
            }
            if re.type.isUntyped { convertUntyped(&re, Universe.float64) }
            if im.type.isUntyped { convertUntyped(&im, Universe.float64) }
            guard identical(re.type, im.type), let b = re.type.underlying as? BasicType, b.kind == .float32 || b.kind == .float64 else {
                error(c.pos, "invalid operation: \(exprString(c)) (mismatched types \(re.type) and \(im.type))")
                return .invalid(c)
            }
            let t: GoType = b.kind == .float32 ? Universe.complex64 : Universe.complex128
            if re.mode == .constant && im.mode == .constant, let a = re.val?.asRational, let bb = im.val?.asRational {
                return Operand(mode: .constant, type: t, val: .complex(a, bb), expr: c)
            }
            return Operand(mode: .value, type: t, val: nil, expr: c)
        case .real, .imag:
            guard args(1) else { return .invalid(c) }
            var x = expr(c.args[0])
            if x.mode == .invalid { return .invalid(c) }
            if x.mode == .constant, x.type.isUntyped, let v = x.val {
                if !x.type.isNumeric { error(c.args[0].pos, "invalid argument: \(describe(x)) must be of complex type"); return .invalid(c) }
                let cv = promote(promote(v, to: .untypedFloat), to: .untypedComplex)
                guard case .complex(let re, let im) = cv else { return .invalid(c) }
                return Operand(mode: .constant, type: Universe.untypedFloat, val: .float(kind == .real ? re : im), expr: c)
            }
            if x.type.isUntyped { convertUntyped(&x, Universe.complex128) }
            guard let b = x.type.underlying as? BasicType, b.isComplex else {
                error(c.args[0].pos, "invalid argument: \(describe(x)) must be of complex type")
                return .invalid(c)
            }
            let t: GoType = b.kind == .complex64 ? Universe.float32 : Universe.float64
            if x.mode == .constant, case .complex(let re, let im)? = x.val {
                return Operand(mode: .constant, type: t, val: .float(kind == .real ? re : im), expr: c)
            }
            return Operand(mode: .value, type: t, val: nil, expr: c)
        case .sizeof, .alignof, .offsetof, .add, .slice:
            return unsafeBuiltin(c, kind)
        }
    }

    func sizeArg(_ a: Expr, _ what: String) -> BigInt? {
        var x = expr(a)
        guard validIndex(&x), x.mode == .constant else { return nil }
        return x.val?.asInteger
    }

    func containsCallOrRecv(_ e: Expr) -> Bool {
        switch e {
        case let c as CallExpr:
            if let tv = info.types[ObjectIdentifier(c.fun)], tv.mode == .typexpr { return c.args.contains(where: containsCallOrRecv) }
            return true
        case let u as UnaryExpr: return u.op == .arrow || containsCallOrRecv(u.x)
        case let p as ParenExpr: return containsCallOrRecv(p.x)
        case let s as SelectorExpr: return containsCallOrRecv(s.x)
        case let i as IndexExpr: return containsCallOrRecv(i.x) || containsCallOrRecv(i.index)
        case let s as StarExpr: return containsCallOrRecv(s.x)
        case let b as BinaryExpr: return containsCallOrRecv(b.x) || containsCallOrRecv(b.y)
        default: return false
        }
    }

    func unsafeBuiltin(_ c: CallExpr, _ kind: BuiltinKind) -> Operand {
        switch kind {
        case .sizeof, .alignof:
            guard c.args.count == 1 else { error(c.pos, "wrong number of arguments"); return .invalid(c) }
            var x = expr(c.args[0])
            if x.mode == .invalid { return .invalid(c) }
            if x.type.isUntyped { convertUntyped(&x, defaultType(x.type)) }
            let v = kind == .sizeof ? Layout.size(x.type) : Layout.align(x.type)
            return Operand(mode: .constant, type: Universe.uintptr, val: .int(BigInt(v)), expr: c)
        case .offsetof:
            guard c.args.count == 1, let sel = unparen(c.args[0]) as? SelectorExpr else {
                error(c.pos, "invalid argument: \(c.args.first.map(exprString) ?? "") is not a selector expression"); return .invalid(c)
            }
            let x = expr(sel.x)
            guard let st = ((x.type.underlying as? PointerType)?.elem ?? x.type).underlying as? StructType,
                  let i = st.fields.firstIndex(where: { $0.name == sel.sel.name }) else {
                _ = expr(c.args[0]); return .invalid(c)
            }
            _ = expr(c.args[0])
            return Operand(mode: .constant, type: Universe.uintptr, val: .int(BigInt(Layout.offsets(st)[i])), expr: c)
        case .add:
            guard c.args.count == 2 else { error(c.pos, "wrong number of arguments"); return .invalid(c) }
            var p = expr(c.args[0]); var n = expr(c.args[1])
            assignment(&p, Universe.unsafePointer, context: "argument to unsafe.Add")
            if n.type.isUntyped { convertUntyped(&n, Universe.int) }
            return Operand(mode: .value, type: Universe.unsafePointer, val: nil, expr: c)
        default:
            guard c.args.count == 2 else { error(c.pos, "wrong number of arguments"); return .invalid(c) }
            let p = expr(c.args[0]); var n = expr(c.args[1])
            if n.type.isUntyped { convertUntyped(&n, Universe.int) }
            guard let pt = p.type.underlying as? PointerType else {
                error(c.args[0].pos, "invalid argument: \(describe(p)) is not a pointer"); return .invalid(c)
            }
            return Operand(mode: .value, type: SliceType(pt.elem), val: nil, expr: c)
        }
    }
}

func unparen(_ e: Expr) -> Expr {
    var e = e
    while let p = e as? ParenExpr { e = p.x }
    return e
}
