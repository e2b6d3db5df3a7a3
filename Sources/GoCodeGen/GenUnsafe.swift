// Package unsafe (§Package unsafe). unsafe.Sizeof, Alignof and Offsetof are
// constants the checker folds; conversions between unsafe.Pointer, pointers
// and uintptr are GenConvert.swift's (same representation, or ptrtoint /
// inttoptr). Here: unsafe.Add and unsafe.Slice.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    func genUnsafeBuiltin(_ c: CallExpr, _ kind: BuiltinKind) throws -> LLVMValueRef {
        let p = try genExpr(c.args[0], as: nil)
        let lenType = typeOf(c.args[1])
        let n = intCast(try genExpr(c.args[1], as: lenType), from: lenType, to: i64)
        switch kind {
        case .add:
            // unsafe.Add(ptr, len): ptr + len bytes, no checks (an address
            // computation: plain GEP, not inbounds).
            var idx: [LLVMValueRef?] = [n]
            return LLVMBuildGEP2(b, i8, p, &idx, 1, "unsafe.add")!
        default:
            return try genUnsafeSlice(c, p, n)
        }
    }

    /// unsafe.Slice(ptr, len): []T{ptr, len, len} after runtime.unsafeslice's
    /// checks (Go 1.19): len < 0, or len*sizeof(T) overflowing or wrapping past
    /// the end of the address space, panics; a nil ptr with a nonzero len has
    /// its own message. (The length's type was converted to int: a huge
    /// unsigned length becomes negative and panics, as in gc.)
    private func genUnsafeSlice(_ c: CallExpr, _ p: LLVMValueRef, _ n: LLVMValueRef) throws -> LLVMValueRef {
        guard let sl = typeOf(c).underlying as? SliceType else { throw unsupported(c, "unsafe.Slice") }
        checkOrPanic(LLVMBuildICmp(b, LLVMIntSGE, n, constInt(i64, 0), "")!, "runtime.panicunsafeslicelen", [])
        let size = sizeOf(sl.elem)
        if size > 0 {
            let mem = LLVMBuildMul(b, n, constInt(i64, size), "")!
            let overflow = LLVMBuildICmp(b, LLVMIntUGT, n, LLVMConstInt(i64, UInt64.max / UInt64(size), 0), "")!
            let negp = LLVMBuildNeg(b, LLVMBuildPtrToInt(b, p, i64, "")!, "")!
            let wraps = LLVMBuildICmp(b, LLVMIntUGT, mem, negp, "")!
            let bad = LLVMBuildOr(b, overflow, wraps, "")!
            let badB = newBlock("unsafeslice.bad"), okB = newBlock("unsafeslice.ok")
            let br = LLVMBuildCondBr(b, bad, badB, okB)!
            setBranchWeights(br, likely: 1, unlikely: 2000)
            LLVMPositionBuilderAtEnd(b, badB)
            checkOrPanic(LLVMBuildICmp(b, LLVMIntNE, p, LLVMConstNull(ptr), "")!, "runtime.panicunsafeslicenilptr", [])
            callRuntime("runtime.panicunsafeslicelen", [])
            LLVMPositionBuilderAtEnd(b, okB)
        }
        var s = LLVMGetUndef(structOf([ptr, i64, i64]))!
        s = LLVMBuildInsertValue(b, s, p, 0, "")!
        s = LLVMBuildInsertValue(b, s, n, 1, "")!
        s = LLVMBuildInsertValue(b, s, n, 2, "unsafe.slice")!
        return s
    }
}
