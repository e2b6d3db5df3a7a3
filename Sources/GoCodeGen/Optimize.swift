// Optimize.swift: IR-level work around LLVM's optimization pipeline.
//
// Fused multiply-add on arm64, as gc does it. The Go spec lets an
// implementation fuse x*y+z into one operation with a single rounding ("possibly
// across statements"); an explicit conversion float64(x*y) rounds and prevents
// it. gc never fuses on amd64 (GOAMD64=v1 has no FMA), but on arm64 its
// lowering rules (cmd/compile/internal/ssa/gen/ARM64.rules) turn every
//   FADDD a (FMULD x y)   into FMADDD  (a + x*y)
//   FSUBD a (FMULD x y)   into FMSUBD  (a - x*y)
//   FSUBD (FMULD x y) a   into FNMSUBD (x*y - a)
// (and the same with a negated product, FNMULD), whatever the number of uses
// of the product. Programs print different floats on gc/arm64 than on
// gc/amd64, so to print what gc prints swiftgo does the same: on arm64 only,
// after LLVM's pipeline (SSA form, inlined, constants folded, as gc's SSA is
// when it lowers), each fadd/fsub (scalar or vector) with an fmul operand
// becomes llvm.fma, picking the operand gc's rules pick (a plain product before
// a negated one; the right operand before the left). The IR carries no
// fast-math flags, so LLVM itself never contracts or reassociates. Products
// that an explicit conversion rounded pass through llvm.arithmetic.fence
// (roundExplicitly) and are never fused.
// What is not reproduced: gc's CSE may reorder the operands of an addition of
// two products (x*y + z*w); LLVM inlines more than gc (a large function called
// once, say), so it can bring together, and fuse, what gc keeps apart.
import CLLVM

extension CodeGen {
    /// An explicit conversion T(x) of a float x to its own type rounds x, so a
    /// product here must not be fused into a later addition: on arm64 the value
    /// goes through llvm.arithmetic.fence (no code; gc's Round64F).
    func roundExplicitly(_ v: LLVMValueRef) -> LLVMValueRef {
        guard tm.arch == .arm64, LLVMIsConstant(v) == 0 else { return v }
        let ty = LLVMTypeOf(v)!
        var tys: [LLVMTypeRef?] = [ty]
        let name = "llvm.arithmetic.fence"
        let id = LLVMLookupIntrinsicID(name, name.utf8.count)
        let f = LLVMGetIntrinsicDeclaration(module, id, &tys, 1)!
        var params: [LLVMTypeRef?] = [ty]
        let ft = LLVMFunctionType(ty, &params, 1, 0)
        var args: [LLVMValueRef?] = [v]
        return LLVMBuildCall2(b, ft, f, &args, 1, "")!
    }

    /// Runs after the optimization pipeline (CodeGen.optimize). gc fuses late,
    /// after its inlining and constant folding (1e308*10 - 1e308*10 is NaN, a
    /// folded +Inf - +Inf, not a fused +Inf), so this runs after LLVM's.
    func finishOptimization(_ level: OptLevel) {
        guard tm.arch == .arm64 else { return }
        fuseMultiplyAdd()
    }

    /// A product gc would fuse, as x*y: fmul x y, or fneg(fmul a b) as (-a)*b.
    /// `negated` is gc's view: FNMULD (fneg of a product, or a product with a
    /// negated factor) rather than FMULD.
    private struct Product { var x: LLVMValueRef; var y: LLVMValueRef; var negated: Bool; var negateX: Bool }

    private func product(_ v: LLVMValueRef) -> Product? {
        func opcode(_ v: LLVMValueRef) -> LLVMOpcode? { LLVMIsAInstruction(v) != nil ? LLVMGetInstructionOpcode(v) : nil }
        switch opcode(v) {
        case LLVMFMul:
            let x = LLVMGetOperand(v, 0)!, y = LLVMGetOperand(v, 1)!
            return Product(x: x, y: y, negated: opcode(x) == LLVMFNeg || opcode(y) == LLVMFNeg, negateX: false)
        case LLVMFNeg:
            let m = LLVMGetOperand(v, 0)!
            guard opcode(m) == LLVMFMul else { return nil }
            return Product(x: LLVMGetOperand(m, 0)!, y: LLVMGetOperand(m, 1)!, negated: true, negateX: true)
        default:
            return nil
        }
    }

    func fuseMultiplyAdd() {
        let fb = LLVMCreateBuilderInContext(ctx)!
        defer { LLVMDisposeBuilder(fb) }
        var f = LLVMGetFirstFunction(module)
        while let fn = f {
            f = LLVMGetNextFunction(fn)
            var bb = LLVMGetFirstBasicBlock(fn)
            while let block = bb {
                bb = LLVMGetNextBasicBlock(block)
                var inst = LLVMGetFirstInstruction(block)
                while let i = inst {
                    inst = LLVMGetNextInstruction(i)
                    let op = LLVMGetInstructionOpcode(i)
                    guard op == LLVMFAdd || op == LLVMFSub else { continue }
                    let ty = LLVMTypeOf(i)!
                    let scalar = LLVMGetTypeKind(ty) == LLVMVectorTypeKind ? LLVMGetElementType(ty)! : ty
                    guard scalar == f64 || scalar == f32 else { continue }
                    let l = LLVMGetOperand(i, 0)!, r = LLVMGetOperand(i, 1)!
                    let pl = product(l), pr = product(r)
                    // gc's rule order: plain products first, the right operand before the left.
                    let candidates: [(Product?, Bool, Bool)] = [(pr, true, false), (pl, false, false), (pr, true, true), (pl, false, true)]
                    guard let (p, right) = candidates.first(where: { $0.0 != nil && $0.0!.negated == $0.2 }).map({ ($0.0!, $0.1) }) else { continue }
                    LLVMPositionBuilderBefore(fb, i)
                    LLVMSetCurrentDebugLocation2(fb, LLVMInstructionGetDebugLoc(i))
                    var x = p.negateX ? LLVMBuildFNeg(fb, p.x, "")! : p.x
                    var a = right ? l : r
                    // a + x*y; a - x*y = a + (-x)*y; x*y - a = x*y + (-a).
                    if op == LLVMFSub {
                        if right { x = LLVMBuildFNeg(fb, x, "")! } else { a = LLVMBuildFNeg(fb, a, "")! }
                    }
                    let fused = buildFMA(fb, x, p.y, a, ty)
                    LLVMReplaceAllUsesWith(i, fused)
                    LLVMInstructionEraseFromParent(i)
                }
            }
        }
    }

    private func buildFMA(_ fb: LLVMBuilderRef, _ x: LLVMValueRef, _ y: LLVMValueRef, _ z: LLVMValueRef, _ ty: LLVMTypeRef) -> LLVMValueRef {
        var tys: [LLVMTypeRef?] = [ty]
        let id = LLVMLookupIntrinsicID("llvm.fma", 8)
        let f = LLVMGetIntrinsicDeclaration(module, id, &tys, 1)!
        var params: [LLVMTypeRef?] = [ty, ty, ty]
        let ft = LLVMFunctionType(ty, &params, 3, 0)
        var args: [LLVMValueRef?] = [x, y, z]
        return LLVMBuildCall2(fb, ft, f, &args, 3, "")!
    }
}
