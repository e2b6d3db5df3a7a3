// Per-function state: the LLVM function, local variable slots, and the
// targets of break/continue/goto/fallthrough.
import CLLVM
import GoSyntax
import GoTypes

final class FunctionState {
    let llvmFunc: LLVMValueRef
    let sig: Signature?
    let name: String
    /// Stack slots of parameters, results and locals.
    var slots: [ObjectIdentifier: LLVMValueRef] = [:]
    /// Named (or unnamed) result slots in order, for bare returns.
    var resultSlots: [LLVMValueRef] = []
    /// Where allocas go: the entry block, before its terminator.
    let entry: LLVMBasicBlockRef

    struct Targets {
        let label: String?
        let breakBlock: LLVMBasicBlockRef?
        let continueBlock: LLVMBasicBlockRef?
    }
    var targets: [Targets] = []
    var labelBlocks: [String: LLVMBasicBlockRef] = [:]
    /// The body block of the next switch clause, for fallthrough.
    var fallthroughTarget: LLVMBasicBlockRef?
    /// Which variables of this function (and its literals) live on the heap.
    var escapes = EscapeInfo()
    /// Function literals generated so far, for their names (f.func1, f.func2).
    var closureCount = 0
    /// The checkpoint of a function that defers (GenDefer.swift).
    var checkpoint: LLVMValueRef?
    /// The package's variable initializers (pkg.init): straight-line code
    /// that runs once, so a literal's new object may be static data.
    var runsOnce = false

    init(llvmFunc: LLVMValueRef, sig: Signature?, name: String, entry: LLVMBasicBlockRef) {
        self.llvmFunc = llvmFunc
        self.sig = sig
        self.name = name
        self.entry = entry
    }
}

extension CodeGen {
    func beginFunction(_ f: LLVMValueRef, sig: Signature?, name: String) {
        let entry = LLVMAppendBasicBlockInContext(ctx, f, "entry")!
        LLVMPositionBuilderAtEnd(b, entry)
        fn = FunctionState(llvmFunc: f, sig: sig, name: name, entry: entry)
        attachSubprogram(f, name: name)   // DebugInfo.swift
    }

    func endFunction() {
        // A block left open (after an unreachable statement) needs a terminator.
        if let cur = LLVMGetInsertBlock(b), LLVMGetBasicBlockTerminator(cur) == nil {
            _ = LLVMBuildUnreachable(b)
        }
        fn = nil
    }

    /// An alloca in the entry block, so that mem2reg can promote it.
    func alloca(_ t: LLVMTypeRef, _ name: String) -> LLVMValueRef {
        let cur = LLVMGetInsertBlock(b)!
        let loc = LLVMGetCurrentDebugLocation2(b)   // positioning before an instruction takes its location
        if let first = LLVMGetFirstInstruction(fn.entry) {
            LLVMPositionBuilderBefore(b, first)
        } else {
            LLVMPositionBuilderAtEnd(b, fn.entry)
        }
        let a = LLVMBuildAlloca(b, t, name)!
        LLVMPositionBuilderAtEnd(b, cur)
        LLVMSetCurrentDebugLocation2(b, loc)
        return a
    }

    func newBlock(_ name: String) -> LLVMBasicBlockRef {
        LLVMAppendBasicBlockInContext(ctx, fn.llvmFunc, name)!
    }

    /// Whether the current block already ends (after return, panic, branch).
    var blockTerminated: Bool {
        guard let cur = LLVMGetInsertBlock(b) else { return true }
        return LLVMGetBasicBlockTerminator(cur) != nil
    }

    func br(_ to: LLVMBasicBlockRef) {
        if !blockTerminated { _ = LLVMBuildBr(b, to) }
    }

    /// Continues in a fresh block that nothing branches to: code after a
    /// return or panic is still generated, and LLVM deletes it.
    func startDeadBlock() {
        LLVMPositionBuilderAtEnd(b, newBlock("dead"))
    }

    func genFunc(_ f: Func) throws {
        guard let decl = f.decl else { return }
        guard let body = decl.body else {
            // swiftgo has no assembly to supply it (found by scripts/fuzz: an
            // external declaration without linkage failed LLVM's verifier).
            let p = fileSet.position(decl.name.pos).map { "\($0): " } ?? ""
            throw CodeGenError("\(p)missing function body")
        }
        let (fv, _) = declareFunc(f)
        noteDebugPos(decl.pos)   // DebugInfo.swift
        beginFunction(fv, sig: f.signature, name: symbol(f))
        fn.escapes = EscapeAnalysis.analyze(decl, info: info)
        try genBody(f.signature, body)
    }

    /// Parameters, result slots and statements of a function or literal.
    func genBody(_ sig: Signature, _ body: BlockStmt) throws {
        var index: UInt32 = 1   // parameter 0 is the context
        if let recv = sig.recv {
            bindParam(recv, LLVMGetParam(fn.llvmFunc, index)); index += 1
        }
        for p in sig.params.vars {
            bindParam(p, LLVMGetParam(fn.llvmFunc, index)); index += 1
        }
        for r in sig.results.vars {
            let slot = newVarSlot(r, llvmType(r.type))
            _ = LLVMBuildStore(b, LLVMConstNull(llvmType(r.type)), slot)
            fn.resultSlots.append(slot)
        }
        if containsDefer(body) { beginDeferFrame() }
        try genBlock(body.stmts)
        if !blockTerminated {
            if sig.results.count == 0 { genReturnFromSlots() } else { _ = LLVMBuildUnreachable(b) }
        }
        endFunction()
    }

    private func bindParam(_ v: Var, _ value: LLVMValueRef?) {
        let slot = newVarSlot(v, llvmType(v.type))
        _ = LLVMBuildStore(b, value, slot)
    }

    /// Storage for a variable: a heap cell if it escapes, else a stack slot.
    func newVarSlot(_ v: Var, _ t: LLVMTypeRef) -> LLVMValueRef {
        let slot: LLVMValueRef
        if fn.escapes.heapVars.contains(ObjectIdentifier(v)) {
            slot = callRuntime("runtime.newobject", [typeDescriptor(v.type)], name: v.name)
        } else {
            slot = alloca(t, v.name.isEmpty ? "v" : v.name)
        }
        fn.slots[ObjectIdentifier(v)] = slot
        declareDebugVar(v, slot)   // DebugInfo.swift
        return slot
    }

    /// Returns the values in the result slots (for bare returns, and every
    /// return of a function that defers, after its deferred calls ran).
    func genReturnFromSlots() {
        if let buf = fn.checkpoint { callRuntime("runtime.deferreturn", [buf]) }
        guard let sig = fn.sig else { _ = LLVMBuildRetVoid(b); return }
        let vals = zip(fn.resultSlots, sig.results.vars).map { slot, v in
            LLVMBuildLoad2(b, llvmType(v.type), slot, "")
        }
        genReturn(vals)
    }

    func genReturn(_ vals: [LLVMValueRef?]) {
        switch vals.count {
        case 0: _ = LLVMBuildRetVoid(b)
        case 1: _ = LLVMBuildRet(b, vals[0])
        default:
            let st = resultType(fn.sig!)
            var agg = LLVMGetUndef(st)!
            for (i, v) in vals.enumerated() { agg = LLVMBuildInsertValue(b, agg, v, UInt32(i), "")! }
            _ = LLVMBuildRet(b, agg)
        }
    }
}
