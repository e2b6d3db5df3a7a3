// Bodies for functions that gc's standard library declares without one
// because gc implements them in assembly or in its compiler: sync/atomic's
// operations become LLVM atomics, math's square root an LLVM intrinsic, and
// internal/cpu's feature probes report no optional features (so the portable
// code paths run). Anything else without a body is left to the runtime, or
// reports itself at run time (Linker.swift).
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// Defines this package's bodiless functions that have an intrinsic.
    func genIntrinsicBodies() {
        for file in pkg.files {
            for case let fd as FuncDecl in file.decls where fd.body == nil && fd.recv == nil {
                guard let f = info.defs[ObjectIdentifier(fd.name)] as? Func, f.type is Signature else { continue }
                guard let body = intrinsicBody(pkg.path, f.name, f.signature) else { continue }
                let (fv, _) = declareFunc(f)
                beginFunction(fv, sig: f.signature, name: symbol(f))
                let args = (0..<LLVMCountParams(fv)).dropFirst().map { LLVMGetParam(fv, $0)! }
                let result = body(args)
                if let result { _ = LLVMBuildRet(b, result) } else { _ = LLVMBuildRetVoid(b) }
                endFunction()
            }
        }
    }

    private typealias Body = ([LLVMValueRef]) -> LLVMValueRef?

    private func intrinsicBody(_ path: String, _ name: String, _ sig: Signature) -> Body? {
        switch (path, name) {
        // procPin/procUnpin before the sync/atomic catch-all, which would hide them.
        case ("sync", "runtime_procPin"), ("sync/atomic", "runtime_procPin"):
            return { [unowned self] _ in self.constInt(self.i64, 0) }
        case ("sync", "runtime_procUnpin"), ("sync/atomic", "runtime_procUnpin"):
            return { _ in nil }
        case ("sync/atomic", _): return atomicBody(name, sig)
        case ("sync", "runtime_LoadAcquintptr"): return atomicBody("LoadUintptr", sig)
        case ("sync", "runtime_StoreReluintptr"):
            return { [unowned self] a in self.atomicStore(a[0], a[1]); return self.constInt(self.i64, 0) }
        case ("syscall", "runtime_envs"):
            // The environment the runtime collected at startup (runtime1.c's goenvs).
            return { [unowned self] _ in
                let t = self.resultType(sig)
                let g = LLVMGetNamedGlobal(self.module, "runtime.envs") ?? LLVMAddGlobal(self.module, t, "runtime.envs")!
                return LLVMBuildLoad2(self.b, t, g, "envs")
            }
        case ("time", "now"):
            // (sec int64, nsec int32, mono int64), filled in by the runtime.
            return { [unowned self] _ in
                let slots = [self.i64, self.i32, self.i64].map { self.alloca($0, "now") }
                self.callRuntime("runtime.timeNow", slots)
                var r = LLVMGetUndef(self.resultType(sig))!
                for (i, (slot, t)) in zip(slots, [self.i64, self.i32, self.i64]).enumerated() {
                    r = LLVMBuildInsertValue(self.b, r, LLVMBuildLoad2(self.b, t, slot, ""), UInt32(i), "")!
                }
                return r
            }
        case ("math", "archSqrt"):
            return { [unowned self] a in self.callIntrinsic("llvm.sqrt", [self.f64], a) }
        case ("internal/cpu", _):
            // No optional CPU features: results are all zero.
            return { [unowned self] _ in sig.results.count == 0 ? nil : LLVMConstNull(self.resultType(sig)) }
        default:
            return nil
        }
    }

    /// sync/atomic's Swap, CompareAndSwap, Add, Load and Store for every
    /// width: sequentially consistent, as Go's memory model requires.
    private func atomicBody(_ name: String, _ sig: Signature) -> Body? {
        let ordering = LLVMAtomicOrderingSequentiallyConsistent
        if name.hasPrefix("runtime_") { return nil }
        if name.hasPrefix("CompareAndSwap") {
            return { [unowned self] a in
                let r = LLVMBuildAtomicCmpXchg(self.b, a[0], a[1], a[2], ordering, ordering, 0)!
                return LLVMBuildExtractValue(self.b, r, 1, "swapped")
            }
        }
        if name.hasPrefix("Swap") {
            return { [unowned self] a in LLVMBuildAtomicRMW(self.b, LLVMAtomicRMWBinOpXchg, a[0], a[1], ordering, 0) }
        }
        if name.hasPrefix("Add") {
            return { [unowned self] a in
                let old = LLVMBuildAtomicRMW(self.b, LLVMAtomicRMWBinOpAdd, a[0], a[1], ordering, 0)!
                return LLVMBuildAdd(self.b, old, a[1], "new")
            }
        }
        if name.hasPrefix("Load") {
            return { [unowned self] a in
                let v = LLVMBuildLoad2(self.b, self.resultType(sig), a[0], "")!
                LLVMSetOrdering(v, ordering)
                LLVMSetAlignment(v, UInt32(Layout.size(sig.results.vars[0].type)))
                return v
            }
        }
        if name.hasPrefix("Store") {
            return { [unowned self] a in self.atomicStore(a[0], a[1]); return nil }
        }
        return nil
    }

    private func atomicStore(_ p: LLVMValueRef, _ v: LLVMValueRef) {
        let st = LLVMBuildStore(b, v, p)!
        LLVMSetOrdering(st, LLVMAtomicOrderingSequentiallyConsistent)
        LLVMSetAlignment(st, UInt32(LLVMABISizeOfType(tm.dataLayout, LLVMTypeOf(v))))
    }

    /// A call of an overloaded LLVM intrinsic (llvm.sqrt.f64, ...).
    func callIntrinsic(_ name: String, _ types: [LLVMTypeRef], _ args: [LLVMValueRef]) -> LLVMValueRef {
        var tys = types.map { $0 as LLVMTypeRef? }
        let id = LLVMLookupIntrinsicID(name, name.utf8.count)
        let f = LLVMGetIntrinsicDeclaration(module, id, &tys, tys.count)!
        var params = args.map { LLVMTypeOf($0) as LLVMTypeRef? }
        let ft = LLVMFunctionType(LLVMTypeOf(args[0]), &params, UInt32(params.count), 0)!
        var a = args.map { $0 as LLVMValueRef? }
        return LLVMBuildCall2(b, ft, f, &a, UInt32(a.count), "")!
    }
}
