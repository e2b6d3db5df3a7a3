// complex64 and complex128: {float, float} and {double, double} pairs.
// + - * are inline as gc emits them (no fused multiply-add, so amd64 and
// arm64 agree); / calls runtime.complex128div, Go's Smith algorithm with
// C99's infinity and NaN corrections.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    private func parts(_ v: LLVMValueRef) -> (LLVMValueRef, LLVMValueRef) {
        (LLVMBuildExtractValue(b, v, 0, "re")!, LLVMBuildExtractValue(b, v, 1, "im")!)
    }

    func makeComplex(_ re: LLVMValueRef, _ im: LLVMValueRef, _ t: GoType) -> LLVMValueRef {
        var v = LLVMGetUndef(llvmType(t))!
        v = LLVMBuildInsertValue(b, v, re, 0, "")!
        return LLVMBuildInsertValue(b, v, im, 1, "")!
    }

    private func isComplex64(_ t: GoType) -> Bool { (t.underlying as? BasicType)?.kind == .complex64 }

    func complexArith(_ op: Token, _ x: LLVMValueRef, _ y: LLVMValueRef, _ t: GoType, at n: Node) throws -> LLVMValueRef {
        let (a, bb) = parts(x), (c, d) = parts(y)
        switch op {
        case .add: return makeComplex(LLVMBuildFAdd(b, a, c, "")!, LLVMBuildFAdd(b, bb, d, "")!, t)
        case .sub: return makeComplex(LLVMBuildFSub(b, a, c, "")!, LLVMBuildFSub(b, bb, d, "")!, t)
        case .mul:
            let re = LLVMBuildFSub(b, LLVMBuildFMul(b, a, c, ""), LLVMBuildFMul(b, bb, d, ""), "")!
            let im = LLVMBuildFAdd(b, LLVMBuildFMul(b, a, d, ""), LLVMBuildFMul(b, bb, c, ""), "")!
            return makeComplex(re, im, t)
        case .quo:
            // complex64 division is done in complex128, as gc does.
            let wide = isComplex64(t)
            let ext = { (v: LLVMValueRef) -> LLVMValueRef in wide ? LLVMBuildFPExt(self.b, v, self.f64, "")! : v }
            let out = alloca(structOf([f64, f64]), "cdiv")
            callRuntime("runtime.complex128div", [out, ext(a), ext(bb), ext(c), ext(d)])
            let r = LLVMBuildLoad2(b, structOf([f64, f64]), out, "")!
            let (re, im) = parts(r)
            if wide { return makeComplex(LLVMBuildFPTrunc(b, re, f32, "")!, LLVMBuildFPTrunc(b, im, f32, "")!, t) }
            return makeComplex(re, im, t)
        default:
            throw unsupported(n, "complex operator \(op)")
        }
    }

    func negateComplex(_ x: LLVMValueRef, _ t: GoType) -> LLVMValueRef {
        let (a, bb) = parts(x)
        return makeComplex(LLVMBuildFNeg(b, a, "")!, LLVMBuildFNeg(b, bb, "")!, t)
    }

    func compareComplex(_ op: Token, _ x: LLVMValueRef, _ y: LLVMValueRef, _ t: GoType) -> LLVMValueRef {
        let (a, bb) = parts(x), (c, d) = parts(y)
        let eq = LLVMBuildAnd(b, LLVMBuildFCmp(b, LLVMRealOEQ, a, c, ""), LLVMBuildFCmp(b, LLVMRealOEQ, bb, d, ""), "")!
        return op == .eql ? eq : LLVMBuildNot(b, eq, "")!
    }

    func convertComplex(_ x: LLVMValueRef, to t: GoType) -> LLVMValueRef {
        let (a, bb) = parts(x)
        let ft = isComplex64(t) ? f32 : f64
        if LLVMTypeOf(a) == ft { return x }
        let cv = { (v: LLVMValueRef) -> LLVMValueRef in
            ft == self.f32 ? LLVMBuildFPTrunc(self.b, v, ft, "")! : LLVMBuildFPExt(self.b, v, ft, "")!
        }
        return makeComplex(cv(a), cv(bb), t)
    }

    /// complex(re, im), real(z), imag(z) on non-constant operands.
    func genComplexBuiltin(_ c: CallExpr, _ kind: BuiltinKind) throws -> LLVMValueRef? {
        let t = typeOf(c)
        switch kind {
        case .complex:
            let partType: GoType = isComplex64(t) ? Universe.float32 : Universe.float64
            if c.args.count == 1 {   // complex(f()): f's two results
                let parts = try genMulti(c.args[0])
                return makeComplex(parts[0], parts[1], t)
            }
            return makeComplex(try genExpr(c.args[0], as: partType), try genExpr(c.args[1], as: partType), t)
        case .real, .imag:
            let z = try genExpr(c.args[0], as: typeOf(c.args[0]))
            return LLVMBuildExtractValue(b, z, kind == .real ? 0 : 1, "")!
        default:
            throw unsupported(c, "builtin \(kind.rawValue)")
        }
    }
}
