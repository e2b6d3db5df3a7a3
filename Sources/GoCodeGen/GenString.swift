// Strings: {ptr, len} values; concatenation and comparison call the runtime,
// indexing and slicing are inline with bounds checks.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    func concatStrings(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef {
        callRuntime("runtime.concatstring2", [
            LLVMBuildExtractValue(b, x, 0, ""), LLVMBuildExtractValue(b, x, 1, ""),
            LLVMBuildExtractValue(b, y, 0, ""), LLVMBuildExtractValue(b, y, 1, ""),
        ])
    }

    func compareStrings(_ op: Token, _ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef {
        let xp = LLVMBuildExtractValue(b, x, 0, "")!, xl = LLVMBuildExtractValue(b, x, 1, "")!
        let yp = LLVMBuildExtractValue(b, y, 0, "")!, yl = LLVMBuildExtractValue(b, y, 1, "")!
        if op == .eql || op == .neq {
            // Equal lengths first; memequal only then.
            let sameLen = LLVMBuildICmp(b, LLVMIntEQ, xl, yl, "")!
            let eq = shortCircuit(sameLen, "streq") { callRuntime("runtime.memequal", [xp, yp, xl]) }
            return op == .eql ? eq : LLVMBuildNot(b, eq, "")!
        }
        let c = callRuntime("runtime.cmpstring", [xp, xl, yp, yl])
        let pred: LLVMIntPredicate
        switch op {
        case .lss: pred = LLVMIntSLT
        case .leq: pred = LLVMIntSLE
        case .gtr: pred = LLVMIntSGT
        default: pred = LLVMIntSGE
        }
        return LLVMBuildICmp(b, pred, c, constInt(i64, 0), "")!
    }

    func genIndex(_ ix: IndexExpr) throws -> LLVMValueRef {
        let t = typeOf(ix.x)
        guard t.isString else { return try genIndexValue(ix) }   // GenSlice.swift
        let s = try genExpr(ix.x, as: t)
        let idxType = typeOf(ix.index)
        let i = boundsCheck(try genExpr(ix.index, as: idxType), indexType: idxType, length: LLVMBuildExtractValue(b, s, 1, "")!)
        let p = LLVMBuildExtractValue(b, s, 0, "")!
        var idx: [LLVMValueRef?] = [i]
        let addr = LLVMBuildInBoundsGEP2(b, i8, p, &idx, 1, "")!
        return LLVMBuildLoad2(b, i8, addr, "")!
    }

    /// s[lo:hi] of a string: 0 ≤ lo ≤ hi ≤ len(s), as gc checks it.
    func genSlice(_ se: SliceExpr) throws -> LLVMValueRef {
        let t = typeOf(se.x)
        guard t.isString else { return try genSliceExpr(se) }   // GenSlice.swift
        let s = try genExpr(se.x, as: t)
        let len = LLVMBuildExtractValue(b, s, 1, "")!
        let lo = try se.low.map { intCast(try genExpr($0, as: typeOf($0)), from: typeOf($0), to: i64) } ?? constInt(i64, 0)
        let hi = try se.high.map { intCast(try genExpr($0, as: typeOf($0)), from: typeOf($0), to: i64) } ?? len
        checkOrPanic(LLVMBuildICmp(b, LLVMIntULE, hi, len, "")!, "runtime.panicSliceAlen", [hi, len])
        checkOrPanic(LLVMBuildICmp(b, LLVMIntULE, lo, hi, "")!, "runtime.panicSliceB", [lo, hi])
        var idx: [LLVMValueRef?] = [lo]
        let p = LLVMBuildInBoundsGEP2(b, i8, LLVMBuildExtractValue(b, s, 0, ""), &idx, 1, "")!
        var r = LLVMGetUndef(stringType)!
        r = LLVMBuildInsertValue(b, r, p, 0, "")!
        return LLVMBuildInsertValue(b, r, LLVMBuildSub(b, hi, lo, ""), 1, "")!
    }
}
