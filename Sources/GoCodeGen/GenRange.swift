// for range over arrays, pointers to arrays, slices and strings
// (cmd/compile's walk/range.go shapes). The range expression is evaluated
// once; the iteration variables of `:=` are declared once per loop, as in
// Go 1.19, so a closure that captures one sees its last value.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    func genRange(_ r: RangeStmt, label: String?) throws {
        let t = typeOf(r.x)
        switch t.underlying {
        case is ArrayType, is SliceType:
            try rangeIndexed(r, label: label)
        case let p as PointerType where p.elem.underlying is ArrayType:
            try rangeIndexed(r, label: label)
        case let bt as BasicType where bt.kind.isString:
            try rangeString(r, label: label)
        case is MapType:
            try genMapRange(r, label: label)   // GenMap.swift
        case is ChanType:
            try genChanRange(r, label: label)   // GenChan.swift
        default:
            throw unsupported(r, "range over \(t)")
        }
    }

    /// An iteration variable: a new variable (`:=`, declared here once), an
    /// assignable operand (`=`, addressed on every iteration), or nothing.
    private enum RangeTarget {
        case none
        case slot(LLVMValueRef, GoType)
        case operand(Expr)
    }

    private func rangeTarget(_ e: Expr?, _ r: RangeStmt) -> RangeTarget {
        guard let e else { return .none }
        if let id = e as? Ident, id.isBlank { return .none }
        if r.tok == .define, let id = e as? Ident, let v = info.defs[ObjectIdentifier(id)] as? Var {
            let slot = newVarSlot(v, llvmType(v.type))
            _ = LLVMBuildStore(b, LLVMConstNull(llvmType(v.type)), slot)
            return .slot(slot, v.type)
        }
        return .operand(e)
    }

    private func assign(_ target: RangeTarget, _ value: LLVMValueRef, _ valueType: GoType) throws {
        switch target {
        case .none: return
        case .slot(let slot, _): _ = LLVMBuildStore(b, value, slot)
        case .operand(let e):
            let dest = typeOf(e)
            var v = value
            if dest.underlying is InterfaceType && !(valueType.underlying is InterfaceType) {
                v = try toInterface(value, from: valueType, to: dest)
            }
            _ = LLVMBuildStore(b, v, try genAddr(e))
        }
    }

    /// Whether evaluating e could have an effect (a call or a receive):
    /// `for i := range arr` with a constant length does not evaluate arr.
    private func mayHaveEffects(_ e: Expr) -> Bool {
        var found = false
        inspect(e) { n in
            if n is CallExpr || (n as? UnaryExpr)?.op == .arrow { found = true }
            return !found
        }
        return found
    }

    /// Arrays, pointers to arrays and slices: an index from 0 to len-1.
    private func rangeIndexed(_ r: RangeStmt, label: String?) throws {
        let t = typeOf(r.x)
        let needValue: Bool = { if let v = r.value, !((v as? Ident)?.isBlank ?? false) { return true }; return false }()
        var len: LLVMValueRef
        var elemAddr: (LLVMValueRef) -> LLVMValueRef = { $0 }
        let elem: GoType
        switch t.underlying {
        case let sl as SliceType:
            let s = try genExpr(r.x, as: nil)
            len = LLVMBuildExtractValue(b, s, 1, "")!
            let base = LLVMBuildExtractValue(b, s, 0, "")!
            elem = sl.elem
            let et = llvmType(elem)
            elemAddr = { i in var idx: [LLVMValueRef?] = [i]; return LLVMBuildInBoundsGEP2(self.b, et, base, &idx, 1, "")! }
        default:
            let at = (t.underlying as? ArrayType) ?? ((t.underlying as! PointerType).elem.underlying as! ArrayType)
            elem = at.elem
            len = constInt(i64, at.len)
            let lt = llvmType(at)
            var base: LLVMValueRef?
            if needValue || mayHaveEffects(r.x) {
                if t.underlying is PointerType {
                    base = try genExpr(r.x, as: nil)
                    if needValue { nilCheck(base!) }
                } else {
                    // Ranging over an array ranges over a copy of it.
                    let copy = alloca(lt, "range.copy")
                    _ = LLVMBuildStore(b, try genExpr(r.x, as: nil), copy)
                    base = copy
                }
            }
            if let base {
                elemAddr = { i in
                    var idx: [LLVMValueRef?] = [self.constInt(self.i64, 0), i]
                    return LLVMBuildInBoundsGEP2(self.b, lt, base, &idx, 2, "")!
                }
            }
        }
        let key = rangeTarget(r.key, r), value = rangeTarget(r.value, r)
        let hv = alloca(i64, "range.i")
        _ = LLVMBuildStore(b, constInt(i64, 0), hv)
        let condB = newBlock("range.cond"), bodyB = newBlock("range.body")
        let postB = newBlock("range.post"), endB = newBlock("range.end")
        br(condB)
        LLVMPositionBuilderAtEnd(b, condB)
        let i = LLVMBuildLoad2(b, i64, hv, "")!
        _ = LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSLT, i, len, ""), bodyB, endB)
        LLVMPositionBuilderAtEnd(b, bodyB)
        try assign(key, i, Universe.int)
        if needValue {
            try assign(value, LLVMBuildLoad2(b, llvmType(elem), elemAddr(i), "")!, elem)
        }
        try rangeBody(r, label: label, post: postB, end: endB)
        LLVMPositionBuilderAtEnd(b, postB)
        _ = LLVMBuildStore(b, LLVMBuildAdd(b, LLVMBuildLoad2(b, i64, hv, ""), constInt(i64, 1), ""), hv)
        br(condB)
        LLVMPositionBuilderAtEnd(b, endB)
    }

    /// Strings: byte offsets and runes; ASCII inline, the rest decoded by
    /// runtime.decoderune (U+FFFD of width 1 for invalid UTF-8).
    private func rangeString(_ r: RangeStmt, label: String?) throws {
        let s = try genExpr(r.x, as: typeOf(r.x))
        let base = LLVMBuildExtractValue(b, s, 0, "")!, len = LLVMBuildExtractValue(b, s, 1, "")!
        let key = rangeTarget(r.key, r), value = rangeTarget(r.value, r)
        let hv = alloca(i64, "range.i"), rune = alloca(i32, "range.r")
        _ = LLVMBuildStore(b, constInt(i64, 0), hv)
        let condB = newBlock("range.cond"), bodyB = newBlock("range.body")
        let asciiB = newBlock("range.ascii"), multiB = newBlock("range.decode"), decodedB = newBlock("range.decoded")
        let endB = newBlock("range.end")
        br(condB)
        LLVMPositionBuilderAtEnd(b, condB)
        let i = LLVMBuildLoad2(b, i64, hv, "")!
        _ = LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntSLT, i, len, ""), bodyB, endB)
        LLVMPositionBuilderAtEnd(b, bodyB)
        var idx: [LLVMValueRef?] = [i]
        let c = LLVMBuildLoad2(b, i8, LLVMBuildInBoundsGEP2(b, i8, base, &idx, 1, ""), "")!
        _ = LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntULT, c, constInt(i8, 0x80), ""), asciiB, multiB)
        LLVMPositionBuilderAtEnd(b, asciiB)
        _ = LLVMBuildStore(b, LLVMBuildZExt(b, c, i32, ""), rune)
        _ = LLVMBuildStore(b, LLVMBuildAdd(b, i, constInt(i64, 1), ""), hv)
        br(decodedB)
        LLVMPositionBuilderAtEnd(b, multiB)
        _ = LLVMBuildStore(b, callRuntime("runtime.decoderune", [base, len, i, rune]), hv)
        br(decodedB)
        LLVMPositionBuilderAtEnd(b, decodedB)
        try assign(key, i, Universe.int)
        try assign(value, LLVMBuildLoad2(b, i32, rune, "")!, Universe.rune)
        // The offset already advanced: continue goes straight to the test.
        try rangeBody(r, label: label, post: condB, end: endB)
        br(condB)
        LLVMPositionBuilderAtEnd(b, endB)
    }

    private func rangeBody(_ r: RangeStmt, label: String?, post: LLVMBasicBlockRef, end: LLVMBasicBlockRef) throws {
        fn.targets.append(.init(label: label, breakBlock: end, continueBlock: post))
        try genBlock(r.body.stmts)
        fn.targets.removeLast()
        br(post)
    }
}
