// Expressions: constants are folded by the checker and emitted directly;
// everything else becomes instructions of the value's LLVM type.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// The value of e converted to `target` if given (for untyped constants
    /// and nil), otherwise of its own type.
    func genExpr(_ e: Expr, as target: GoType?) throws -> LLVMValueRef {
        let savedDebugPos = enterDebugPos(e.pos); defer { leaveDebugPos(savedDebugPos) }   // DebugInfo.swift
        let tv = info.types[ObjectIdentifier(e)]
        if let tv, tv.mode == .constant, let v = tv.value {
            var t = tv.type
            if let target, t.isUntyped || target.underlying is BasicType { t = target.underlying is InterfaceType ? defaultType(t) : target }
            if t.isUntyped { t = defaultType(t) }
            let c = constValue(v, t)
            if let target, target.underlying is InterfaceType { return try toInterface(c, from: t, to: target) }
            return c
        }
        let v = try genValue(e)
        if let target, let t = tv?.type ?? info.typeOf(e), target.underlying is InterfaceType, !identical(t, target) {
            return try toInterface(v, from: t, to: target)
        }
        return v
    }

    func typeOf(_ e: Expr) -> GoType {
        var t = info.typeOf(e) ?? Universe.invalid
        if t.isUntyped { t = defaultType(t) }
        return t
    }

    private func genValue(_ e: Expr) throws -> LLVMValueRef {
        switch e {
        case let p as ParenExpr:
            return try genExpr(p.x, as: nil)
        case let id as Ident:
            return try genIdent(id)
        case let u as UnaryExpr:
            return try genUnary(u)
        case let bin as BinaryExpr:
            return try genBinary(bin)
        case let c as CallExpr:
            guard let v = try genCall(c) else { throw unsupported(c, "using a call without results as a value") }
            return v
        case let ix as IndexExpr:
            return try genIndex(ix)
        case let s as SliceExpr:
            return try genSlice(s)
        case let fl as FuncLit:
            return try genFuncLit(fl)
        case let ta as TypeAssertExpr:
            return try genTypeAssert(ta)   // GenTypeSwitch.swift
        case let cl as CompositeLit:
            return try genCompositeLit(cl)
        case let sel as SelectorExpr:
            return try genSelector(sel)
        case let st as StarExpr:
            return try genDeref(st)
        default:
            throw unsupported(e, "this expression (\(exprString(e)))")
        }
    }

    func genIdent(_ id: Ident) throws -> LLVMValueRef {
        guard let obj = info.objectOf(id) else { throw unsupported(id, "identifier \(id.name)") }
        return try genObjectValue(obj, at: id)
    }

    /// The value of a variable, nil or function named by x or pkg.X.
    func genObjectValue(_ obj: Object, at e: Expr) throws -> LLVMValueRef {
        switch obj {
        case let v as Var:
            return LLVMBuildLoad2(b, llvmType(v.type), try varAddr(v, at: e), v.name)!
        case is Nil:
            return LLVMConstNull(llvmType(typeOf(e)))
        case let f as Func:
            return funcValue(f)
        default:
            throw unsupported(e, "identifier \(exprString(e))")
        }
    }

    /// The object a plain or package-qualified identifier (x, pkg.X) denotes.
    func referencedObject(_ e: Expr) -> Object? {
        switch unparenExpr(e) {
        case let id as Ident:
            return info.objectOf(id)
        case let s as SelectorExpr:
            guard let pkgId = s.x as? Ident, info.objectOf(pkgId) is PkgName else { return nil }
            return info.objectOf(s.sel)
        default:
            return nil
        }
    }

    func varAddr(_ v: Var, at n: Node) throws -> LLVMValueRef {
        if let s = fn.slots[ObjectIdentifier(v)] { return s }
        if let g = globals[ObjectIdentifier(v)] { return g }
        if v.isGlobal { return externalGlobal(v) }
        throw unsupported(n, "variable \(v.name) captured by a closure")
    }

    /// The address of an assignable expression.
    func genAddr(_ e: Expr) throws -> LLVMValueRef {
        switch e {
        case let p as ParenExpr: return try genAddr(p.x)
        case let id as Ident:
            guard let v = info.objectOf(id) as? Var else { throw unsupported(e, "assignment to \(id.name)") }
            return try varAddr(v, at: id)
        case let sel as SelectorExpr where referencedObject(sel) is Var:
            return try varAddr(referencedObject(sel) as! Var, at: sel)
        default:
            return try genAddrOfOperand(e)   // GenPointer.swift
        }
    }

    /// Values of a multi-value expression, each assigned to its target type: a value of a
    /// non-interface type goes into an interface-typed target boxed (§Assignability).
    func genMulti(_ e: Expr, as targets: [GoType?]) throws -> [LLVMValueRef] {
        var vals = try genMulti(e)
        // A call's result types; a comma-ok form's value type and bool.
        let types: [GoType] = (info.typeOf(e) as? TupleType)?.types ?? [typeOf(e), Universe.bool]
        for i in vals.indices where i < targets.count && i < types.count {
            guard let t = targets[i], t.underlying is InterfaceType, !identical(types[i], t) else { continue }
            vals[i] = try toInterface(vals[i], from: types[i].isUntyped ? defaultType(types[i]) : types[i], to: t)
        }
        return vals
    }

    /// Values of a multi-value expression (a call with several results).
    func genMulti(_ e: Expr) throws -> [LLVMValueRef] {
        if let ta = unparenExpr(e) as? TypeAssertExpr { return try genTypeAssertCommaOk(ta) }   // GenTypeSwitch.swift
        if let ix = mapIndexExpr(e) { return try genMapIndexCommaOk(ix) }   // GenMap.swift
        if let u = recvExpr(e) { return try genRecvCommaOk(u) }   // GenChan.swift
        guard let c = unparenExpr(e) as? CallExpr, let tuple = info.typeOf(c) as? TupleType else {
            throw unsupported(e, "this multi-value expression (comma-ok forms)")
        }
        guard let agg = try genCall(c) else { return [] }
        return (0..<tuple.count).map { LLVMBuildExtractValue(b, agg, UInt32($0), "")! }
    }

    // MARK: Constants

    func constValue(_ v: ConstValue, _ t: GoType) -> LLVMValueRef {
        let lt = llvmType(t)
        switch v {
        case .bool(let x): return constBool(x)
        case .string(let s): return constString(s)
        case .int(let i):
            if t.isFloat { return LLVMConstReal(lt, Double(i)) }
            if t.isComplex { return constComplex(Double(i), 0, t) }
            let bits = UInt64(truncatingIfNeeded: i)   // two's complement, wraps as Go's typed constants already fit
            return LLVMConstInt(lt, bits, 0)
        case .float(let r):
            if t.isInteger { return LLVMConstInt(lt, UInt64(truncatingIfNeeded: r.num), 0) }
            if t.isComplex { return constComplex(r.doubleValue, 0, t) }
            return LLVMConstReal(lt, r.doubleValue)
        case .complex(let re, let im):
            if t.isComplex { return constComplex(re.doubleValue, im.doubleValue, t) }
            if t.isFloat { return LLVMConstReal(lt, re.doubleValue) }
            return LLVMConstInt(lt, UInt64(truncatingIfNeeded: re.num / re.den), 0)
        case .unknown:
            return LLVMConstNull(lt)
        }
    }

    func constComplex(_ re: Double, _ im: Double, _ t: GoType) -> LLVMValueRef {
        let ft = (t.underlying as? BasicType)?.kind == .complex64 ? f32 : f64
        var f: [LLVMValueRef?] = [LLVMConstReal(ft, re), LLVMConstReal(ft, im)]
        return LLVMConstStructInContext(ctx, &f, 2, 0)
    }

    // MARK: Unary

    func genUnary(_ u: UnaryExpr) throws -> LLVMValueRef {
        if u.op == .and { return try genAddressOf(u) }
        if u.op == .arrow { return try genRecv(u) }   // GenChan.swift
        let t = typeOf(u)
        let x = try genExpr(u.x, as: t)
        switch u.op {
        case .add: return x
        case .sub:
            if t.isFloat { return LLVMBuildFNeg(b, x, "")! }
            if t.isComplex { return negateComplex(x, t) }
            return LLVMBuildSub(b, LLVMConstNull(llvmType(t)), x, "")!
        case .not: return LLVMBuildNot(b, x, "")!
        case .xor: return LLVMBuildNot(b, x, "")!
        default: throw unsupported(u, "operator \(u.op)")
        }
    }

    // MARK: Binary

    func genBinary(_ e: BinaryExpr) throws -> LLVMValueRef {
        if e.op == .land || e.op == .lor { return try genLogical(e) }
        if [.eql, .neq, .lss, .leq, .gtr, .geq].contains(e.op) {
            // Operands are compared in their common type.
            var t = info.typeOf(e.x) ?? Universe.invalid
            if t.isUntyped { t = info.typeOf(e.y) ?? t }
            if t.isUntyped { t = defaultType(t) }
            // A concrete operand is compared as the other operand's interface type.
            if let yt = info.typeOf(e.y), yt.underlying is InterfaceType, !(t.underlying is InterfaceType) { t = yt }
            let x = try genExpr(e.x, as: t), y = try genExpr(e.y, as: t)
            return try compare(e.op, x, y, t, at: e)
        }
        let t = typeOf(e)
        let x = try genExpr(e.x, as: t)
        let isShift = e.op == .shl || e.op == .shr
        let y = try genExpr(e.y, as: isShift ? nil : t)
        return try binaryOp(e.op, x, y, t, rhsType: isShift ? typeOf(e.y) : t, at: e)
    }

    func binaryOp(_ op: Token, _ x: LLVMValueRef, _ y: LLVMValueRef, _ t: GoType, rhsType: GoType, at n: Node) throws -> LLVMValueRef {
        switch op {
        case .shl, .shr: return shift(op, x, y, t, countType: rhsType)
        default: return try arith(op, x, y, t, at: n)
        }
    }

    /// `&&` and `||` evaluate the right operand only when needed.
    func genLogical(_ e: BinaryExpr) throws -> LLVMValueRef {
        let x = try genExpr(e.x, as: nil)
        if e.op == .land { return try shortCircuit(x, "and") { try genExpr(e.y, as: nil) } }
        let notX = LLVMBuildNot(b, x, "")!
        return LLVMBuildNot(b, try shortCircuit(notX, "or") { LLVMBuildNot(b, try genExpr(e.y, as: nil), "")! }, "")!
    }

    /// `cond && rest()`, where rest's code runs only when cond holds (Go's
    /// `&&`, and equality tests whose expensive part comes second).
    func shortCircuit(_ cond: LLVMValueRef, _ label: String, _ rest: () throws -> LLVMValueRef) rethrows -> LLVMValueRef {
        let start = LLVMGetInsertBlock(b)!
        let restB = newBlock(label + ".rest"), endB = newBlock(label + ".end")
        _ = LLVMBuildCondBr(b, cond, restB, endB)
        LLVMPositionBuilderAtEnd(b, restB)
        let r = try rest()
        let restEnd = LLVMGetInsertBlock(b)!
        _ = LLVMBuildBr(b, endB)
        LLVMPositionBuilderAtEnd(b, endB)
        let phi = LLVMBuildPhi(b, i1, "")!
        var vals: [LLVMValueRef?] = [constBool(false), r]
        var blocks: [LLVMBasicBlockRef?] = [start, restEnd]
        LLVMAddIncoming(phi, &vals, &blocks, 2)
        return phi
    }

    func arith(_ op: Token, _ x: LLVMValueRef, _ y: LLVMValueRef, _ t: GoType, at n: Node) throws -> LLVMValueRef {
        if t.isString {
            guard op == .add else { throw unsupported(n, "string operator \(op)") }
            return concatStrings(x, y)
        }
        if t.isComplex { return try complexArith(op, x, y, t, at: n) }
        if t.isFloat {
            switch op {
            case .add: return LLVMBuildFAdd(b, x, y, "")!
            case .sub: return LLVMBuildFSub(b, x, y, "")!
            case .mul: return LLVMBuildFMul(b, x, y, "")!
            case .quo: return LLVMBuildFDiv(b, x, y, "")!
            default: throw unsupported(n, "float operator \(op)")
            }
        }
        switch op {
        case .add: return LLVMBuildAdd(b, x, y, "")!
        case .sub: return LLVMBuildSub(b, x, y, "")!
        case .mul: return LLVMBuildMul(b, x, y, "")!
        case .and: return LLVMBuildAnd(b, x, y, "")!
        case .or: return LLVMBuildOr(b, x, y, "")!
        case .xor: return LLVMBuildXor(b, x, y, "")!
        case .andNot: return LLVMBuildAnd(b, x, LLVMBuildNot(b, y, ""), "")!
        case .quo, .rem: return divide(op, x, y, t)
        default: throw unsupported(n, "operator \(op)")
        }
    }

    /// Integer division with Go's rules: a zero divisor panics, and
    /// MinInt / -1 wraps instead of trapping.
    func divide(_ op: Token, _ x: LLVMValueRef, _ y: LLVMValueRef, _ t: GoType) -> LLVMValueRef {
        let lt = llvmType(t)
        checkOrPanic(LLVMBuildICmp(b, LLVMIntNE, y, LLVMConstNull(lt), "")!, "runtime.panicdivide", [])
        if t.isUnsigned {
            return op == .quo ? LLVMBuildUDiv(b, x, y, "")! : LLVMBuildURem(b, x, y, "")!
        }
        let minusOne = LLVMBuildICmp(b, LLVMIntEQ, y, LLVMConstAllOnes(lt), "")!
        let safeY = LLVMBuildSelect(b, minusOne, LLVMConstInt(lt, 1, 0), y, "")!
        if op == .quo {
            let q = LLVMBuildSDiv(b, x, safeY, "")!
            return LLVMBuildSelect(b, minusOne, LLVMBuildSub(b, LLVMConstNull(lt), x, ""), q, "")!
        }
        let r = LLVMBuildSRem(b, x, safeY, "")!
        return LLVMBuildSelect(b, minusOne, LLVMConstNull(lt), r, "")!
    }

    /// Go shifts: a count ≥ the width gives 0 (or all sign bits), a negative
    /// signed count panics.
    func shift(_ op: Token, _ x: LLVMValueRef, _ y: LLVMValueRef, _ t: GoType, countType: GoType) -> LLVMValueRef {
        let lt = llvmType(t)
        let width = Int64(LLVMGetIntTypeWidth(lt))
        if !countType.isUnsigned {
            checkOrPanic(LLVMBuildICmp(b, LLVMIntSGE, y, LLVMConstNull(LLVMTypeOf(y)), "")!, "runtime.panicshift", [])
        }
        let count64 = intCast(y, from: countType, to: i64, signed: false)
        let big = LLVMBuildICmp(b, LLVMIntUGE, count64, constInt(i64, width), "")!
        if op == .shr && !t.isUnsigned {
            let clamped = LLVMBuildSelect(b, big, constInt(i64, width - 1), count64, "")!
            return LLVMBuildAShr(b, x, intCast(clamped, from: Universe.uint64, to: lt, signed: false), "")!
        }
        let amount = intCast(LLVMBuildSelect(b, big, constInt(i64, 0), count64, ""), from: Universe.uint64, to: lt, signed: false)
        let shifted = op == .shl ? LLVMBuildShl(b, x, amount, "")! : LLVMBuildLShr(b, x, amount, "")!
        return LLVMBuildSelect(b, big, LLVMConstNull(lt), shifted, "")!
    }

    func intCast(_ v: LLVMValueRef, from: GoType, to lt: LLVMTypeRef, signed: Bool? = nil) -> LLVMValueRef {
        let fromBits = LLVMGetIntTypeWidth(LLVMTypeOf(v)), toBits = LLVMGetIntTypeWidth(lt)
        if fromBits == toBits { return v }
        if fromBits > toBits { return LLVMBuildTrunc(b, v, lt, "")! }
        let sext = signed ?? !from.isUnsigned
        return sext ? LLVMBuildSExt(b, v, lt, "")! : LLVMBuildZExt(b, v, lt, "")!
    }

    // MARK: Comparison

    func compare(_ op: Token, _ x: LLVMValueRef, _ y: LLVMValueRef, _ t: GoType, at n: Node) throws -> LLVMValueRef {
        if t.isString { return compareStrings(op, x, y) }
        if t.underlying is InterfaceType { return compareInterfaces(op, x, y, t) }   // GenInterface.swift
        if t.isComplex { return compareComplex(op, x, y, t) }
        if t.underlying is StructType || t.underlying is ArrayType { return try compareAggregate(op, x, y, t, at: n) }
        if t.underlying is SliceType { return compareSliceNil(op, x, y) }
        if t.isFloat {
            let pred: LLVMRealPredicate
            switch op {
            case .eql: pred = LLVMRealOEQ
            case .neq: pred = LLVMRealUNE
            case .lss: pred = LLVMRealOLT
            case .leq: pred = LLVMRealOLE
            case .gtr: pred = LLVMRealOGT
            default: pred = LLVMRealOGE
            }
            return LLVMBuildFCmp(b, pred, x, y, "")!
        }
        let isPtrLike = !(t.underlying is BasicType) || (t.underlying as? BasicType)?.kind == .unsafePointer
        if !t.isInteger && !t.isBoolean && !isPtrLike { throw unsupported(n, "comparison of \(t)") }
        let unsigned = t.isUnsigned || isPtrLike || t.isBoolean
        let pred: LLVMIntPredicate
        switch op {
        case .eql: pred = LLVMIntEQ
        case .neq: pred = LLVMIntNE
        case .lss: pred = unsigned ? LLVMIntULT : LLVMIntSLT
        case .leq: pred = unsigned ? LLVMIntULE : LLVMIntSLE
        case .gtr: pred = unsigned ? LLVMIntUGT : LLVMIntSGT
        default: pred = unsigned ? LLVMIntUGE : LLVMIntSGE
        }
        return LLVMBuildICmp(b, pred, x, y, "")!
    }

    // MARK: Runtime checks

    /// Continues when `ok` holds, otherwise calls a noreturn runtime panic.
    func checkOrPanic(_ ok: LLVMValueRef, _ panicFn: String, _ args: [LLVMValueRef?]) {
        if let c = LLVMIsAConstantInt(ok), LLVMConstIntGetZExtValue(c) == 1 { return }
        let failB = newBlock("panic"), contB = newBlock("cont")
        let br = LLVMBuildCondBr(b, ok, contB, failB)!
        setBranchWeights(br, likely: 2000, unlikely: 1)
        LLVMPositionBuilderAtEnd(b, failB)
        callRuntime(panicFn, args)
        LLVMPositionBuilderAtEnd(b, contB)
    }

    func setBranchWeights(_ br: LLVMValueRef, likely: Int64, unlikely: Int64) {
        let kind = LLVMGetMDKindIDInContext(ctx, "prof", 4)
        var ops: [LLVMMetadataRef?] = [
            LLVMMDStringInContext2(ctx, "branch_weights", 14),
            LLVMValueAsMetadata(constInt(i32, likely)),
            LLVMValueAsMetadata(constInt(i32, unlikely)),
        ]
        let md = LLVMMDNodeInContext2(ctx, &ops, 3)
        LLVMSetMetadata(br, kind, LLVMMetadataAsValue(ctx, md))
    }

    /// index < length, or panicIndex(index, length).
    func boundsCheck(_ index: LLVMValueRef, indexType: GoType, length: LLVMValueRef) -> LLVMValueRef {
        let i = intCast(index, from: indexType, to: i64)
        let ok = LLVMBuildICmp(b, LLVMIntULT, i, length, "")!
        checkOrPanic(ok, "runtime.panicIndex", [i, length])
        return i
    }
}

func unparenExpr(_ e: Expr) -> Expr {
    var e = e
    while let p = e as? ParenExpr { e = p.x }
    return e
}
