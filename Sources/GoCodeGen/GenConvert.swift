// Conversions beyond the numeric ones (§Conversions): strings to and from
// byte and rune slices, integers to strings, complex widths, and
// conversions that keep the representation (named pointer and struct types).
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    func genConversionComposite(_ x: LLVMValueRef, from: GoType, to t: GoType, at n: Node) throws -> LLVMValueRef {
        if t.isString {
            if from.isInteger {
                return callRuntime("runtime.intstring", [intCast(x, from: from, to: i64)])
            }
            if let k = sliceElemKind(from) {
                let p = LLVMBuildExtractValue(b, x, 0, "")!, len = LLVMBuildExtractValue(b, x, 1, "")!
                if k == .uint8 { return callRuntime("runtime.slicebytetostring", [p, len]) }
                if k == .int32 { return callRuntime("runtime.slicerunetostring", [p, len]) }
            }
        }
        if from.isString, let k = sliceElemKind(t) {
            let p = LLVMBuildExtractValue(b, x, 0, "")!, len = LLVMBuildExtractValue(b, x, 1, "")!
            if k == .uint8 { return callRuntime("runtime.stringtoslicebyte", [p, len]) }
            if k == .int32 { return callRuntime("runtime.stringtoslicerune", [p, len]) }
        }
        if from.isComplex && t.isComplex { return convertComplex(x, to: t) }
        if t.underlying is InterfaceType { throw unsupported(n, "conversion to interface \(t)") }
        // Slice to array pointer: the slice's array, once len(s) >= N (a nil slice gives nil).
        if from.underlying is SliceType, let at = (t.underlying as? PointerType)?.elem.underlying as? ArrayType {
            let len = LLVMBuildExtractValue(b, x, 1, "len")!, n = constInt(i64, at.len)
            checkOrPanic(LLVMBuildICmp(b, LLVMIntSGE, len, n, "")!, "runtime.panicSliceConvert", [len, n])
            return LLVMBuildExtractValue(b, x, 0, "")!
        }
        let fromKind = (from.underlying as? BasicType)?.kind, toKind = (t.underlying as? BasicType)?.kind
        if fromKind == .unsafePointer && t.isInteger { return LLVMBuildPtrToInt(b, x, llvmType(t), "")! }
        if from.isInteger && toKind == .unsafePointer { return LLVMBuildIntToPtr(b, x, ptr, "")! }
        // Same representation (e.g. *T1 to *T2 with identical underlying base types).
        if llvmType(from) == llvmType(t) { return x }
        throw unsupported(n, "conversion from \(from) to \(t)")
    }

    /// The basic kind of a slice type's elements ([]byte: uint8, []rune: int32).
    private func sliceElemKind(_ t: GoType) -> BasicKind? {
        guard let sl = t.underlying as? SliceType else { return nil }
        return (sl.elem.underlying as? BasicType)?.kind
    }
}
