// defer, panic and recover (DESIGN.md §3): a function that defers keeps a
// checkpoint (runtime.setcheckpoint, setjmp-like) so that a recovered panic
// resumes it there; it then runs its remaining deferred calls and returns
// normally with its current results.
//
// `defer f(a, b)` evaluates f, a and b at once into a closure record
// {thunk, f, a, b}; the thunk, a small function made here, calls f(a, b)
// when the record is run by runtime.deferreturn or runtime.gopanic.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// Whether the function body (not its function literals) has a defer statement.
    func containsDefer(_ body: BlockStmt) -> Bool {
        var found = false
        inspect(body) { n in
            if n is FuncLit { return false }
            if n is DeferStmt { found = true }
            return !found
        }
        return found
    }

    /// Sets up the checkpoint at function entry, after the result slots exist.
    func beginDeferFrame() {
        let buf = alloca(LLVMArrayType2(i64, 24), "checkpoint")
        fn.checkpoint = buf
        // The result slots must stay in memory: the recovered path reads
        // them after the body wrote them, through an edge LLVM cannot see.
        for slot in fn.resultSlots { escapeToOpaqueCode(slot) }
        let (f, ft) = runtime("runtime.setcheckpoint")
        addAttribute(f, "returns_twice")
        var args: [LLVMValueRef?] = [buf]
        let r = LLVMBuildCall2(b, ft, f, &args, 1, "resumed")!
        LLVMAddCallSiteAttribute(r, LLVMAttributeIndex(bitPattern: -1), enumAttribute("returns_twice"))
        let recoveredB = newBlock("recovered"), bodyB = newBlock("body")
        _ = LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntNE, r, constInt(i64, 0), ""), recoveredB, bodyB)
        LLVMPositionBuilderAtEnd(b, recoveredB)
        genReturnFromSlots()
        LLVMPositionBuilderAtEnd(b, bodyB)
    }

    /// An empty asm statement that takes p: p's memory is then visible to
    /// unknown code, so LLVM keeps every store to it and reloads after calls.
    func escapeToOpaqueCode(_ p: LLVMValueRef) {
        var params: [LLVMTypeRef?] = [ptr]
        let ft = LLVMFunctionType(void, &params, 1, 0)!
        let asm = LLVMGetInlineAsm(ft, "", 0, "r,~{memory}", 11, 1, 0, LLVMInlineAsmDialectATT, 0)!
        var args: [LLVMValueRef?] = [p]
        _ = LLVMBuildCall2(b, ft, asm, &args, 1, "")
    }

    // MARK: defer statements

    func genDefer(_ d: DeferStmt) throws {
        guard let buf = fn.checkpoint else { throw unsupported(d, "defer here") }
        let record = try deferredCallRecord(d.call)
        callRuntime("runtime.deferproc", [buf, record])
    }

    /// Evaluates the call's function and arguments now; returns a closure
    /// record whose thunk makes the call later: a deferred call, or (forGo)
    /// a goroutine's start, whose thunk has no recover frame to announce.
    func deferredCallRecord(_ call: CallExpr, forGo: Bool = false) throws -> LLVMValueRef {
        let (values, emit) = try prepareDeferredCall(call)
        fn.closureCount += 1
        let thunkName = "\(fn.name).\(forGo ? "gowrap" : "deferwrap")\(fn.closureCount)"
        var params: [LLVMTypeRef?] = [ptr]
        let thunkType = LLVMFunctionType(void, &params, 1, 0)!
        let thunk = LLVMAddFunction(module, thunkName, thunkType)!
        LLVMSetLinkage(thunk, LLVMInternalLinkage)
        addAttribute(thunk, "nounwind")
        addAttribute(thunk, "noinline")
        addStringAttribute(thunk, "frame-pointer", "all")
        if !forGo { addStringAttribute(thunk, StackChecker.deferThunkAttribute, "") }
        LLVMAddAttributeAtIndex(thunk, 1, enumAttribute("nest"))
        let recordType = structOf([ptr] + values.map { LLVMTypeOf($0)! })

        // The thunk: announce its frame (for recover), load the operands, call.
        let outer = fn!
        let outerBlock = LLVMGetInsertBlock(b)!
        beginFunction(thunk, sig: nil, name: thunkName)
        let context = LLVMGetParam(thunk, 0)!
        if !forGo { callRuntime("runtime.setdeferframe", [frameAddress(0), context]) }
        let loaded = values.indices.map { i in
            LLVMBuildLoad2(b, LLVMStructGetTypeAtIndex(recordType, UInt32(i + 1)),
                           LLVMBuildStructGEP2(b, recordType, context, UInt32(i + 1), ""), "")!
        }
        try emit(loaded)
        if !forGo { markCallsNoInline(thunk) }
        if !blockTerminated { _ = LLVMBuildRetVoid(b) }
        endFunction()
        fn = outer
        LLVMPositionBuilderAtEnd(b, outerBlock)

        let size = LLVMABISizeOfType(tm.dataLayout, recordType)
        let record = callRuntime("runtime.mallocgc", [constInt(i64, Int64(size)), LLVMConstNull(ptr), constBool(true)])
        _ = LLVMBuildStore(b, thunk, record)
        for (i, v) in values.enumerated() {
            _ = LLVMBuildStore(b, v, LLVMBuildStructGEP2(b, recordType, record, UInt32(i + 1), ""))
        }
        return record
    }

    /// The operands a deferred (or go) call evaluates at once, and the code
    /// that makes the call from their loaded values.
    func prepareDeferredCall(_ c: CallExpr) throws -> ([LLVMValueRef], ([LLVMValueRef]) throws -> Void) {
        if let bi = referencedObject(c.fun) as? Builtin {
            return try prepareDeferredBuiltin(c, bi.kind)
        }
        guard let sig = info.typeOf(c.fun)?.underlying as? Signature else { throw unsupported(c, "this deferred call") }
        if let f = referencedObject(c.fun) as? Func, f.recvNamed == nil {
            let args = try genArgs(c, sig)
            return (args, { [unowned self] vals in
                let callee = self.declareFunc(f)
                _ = self.buildGoCall(callee.value, callee.type, context: nil, vals)
            })
        }
        if let s = unparenExpr(c.fun) as? SelectorExpr, case .method(let path, let m, _)? = info.selections[ObjectIdentifier(s)] {
            // x.M(args): the receiver (or the interface's method) and the arguments are
            // evaluated now, as genMethodCall evaluates them (GenMethod.swift); the call later.
            let msig = m.signature
            switch try methodReceiver(s.x, path: path, m) {
            case .iface(let v, let it):
                let code = itabMethod(LLVMBuildExtractValue(b, v, 0, "itab")!, it, m.name)
                let word = LLVMBuildExtractValue(b, v, 1, "data")!
                let args = try genArgs(c, msig)
                return ([code, word] + args, { [unowned self] vals in
                    _ = self.buildGoCall(vals[0], self.ifnType(msig), context: nil, Array(vals.dropFirst()))
                })
            case .direct(let recv):
                let args = try genArgs(c, msig)
                return ([recv] + args, { [unowned self] vals in
                    let callee = self.declareFunc(m)
                    _ = self.buildGoCall(callee.value, callee.type, context: nil, vals)
                })
            }
        }
        let fv = try genExpr(c.fun, as: nil)
        let args = try genArgs(c, sig)
        return ([fv] + args, { [unowned self] vals in
            _ = self.callFuncValue(vals[0], sig, Array(vals.dropFirst()))
        })
    }

    private func prepareDeferredBuiltin(_ c: CallExpr, _ kind: BuiltinKind) throws -> ([LLVMValueRef], ([LLVMValueRef]) throws -> Void) {
        switch kind {
        case .print, .println:
            let typed = try evalPrintArgs(c.args)
            let types = typed.map { $0.0 }
            return (typed.map { $0.1 }, { [unowned self] vals in
                try self.printValues(Array(zip(types, vals)), newline: kind == .println, at: c)
            })
        case .panic:
            let v = try genExpr(c.args[0], as: Universe.emptyInterface)
            return ([v], { [unowned self] vals in
                self.callRuntime("runtime.gopanic", [LLVMBuildExtractValue(self.b, vals[0], 0, ""), LLVMBuildExtractValue(self.b, vals[0], 1, "")])
                self.startDeadBlock()
            })
        case .recover:
            return ([], { [unowned self] _ in _ = self.callRuntime("runtime.gorecover", [self.frameAddress(1)]) })
        case .delete:
            // `defer delete(m, k)`: m and k now (k converted to the key type), the deletion later.
            let t = typeOf(c.args[0]), mt = t.underlying as! MapType
            let m = try genExpr(c.args[0], as: nil), k = try genExpr(c.args[1], as: mt.key)
            return ([m, k], { [unowned self] vals in _ = self.mapCall("mapdelete", t, vals[0], vals[1]) })
        case .close:
            let ch = try genExpr(c.args[0], as: nil)
            return ([ch], { [unowned self] vals in self.callRuntime("runtime.closechan", [vals[0]]) })
        default:
            throw unsupported(c, "deferring builtin \(kind.rawValue)")
        }
    }

    /// llvm.frameaddress(level): this frame's (0) or the caller's (1) frame pointer.
    func frameAddress(_ level: Int64) -> LLVMValueRef {
        let name = "llvm.frameaddress"
        var tys: [LLVMTypeRef?] = [ptr]
        let f = LLVMGetIntrinsicDeclaration(module, LLVMLookupIntrinsicID(name, name.utf8.count), &tys, 1)!
        var params: [LLVMTypeRef?] = [i32]
        let ft = LLVMFunctionType(ptr, &params, 1, 0)!
        var args: [LLVMValueRef?] = [constInt(i32, level)]
        return LLVMBuildCall2(b, ft, f, &args, 1, "fp")!
    }

    /// A deferred function must keep its own frame, called from the thunk's
    /// frame: recover() compares frames. So no inlining and no tail calls.
    private func markCallsNoInline(_ f: LLVMValueRef) {
        var bb = LLVMGetFirstBasicBlock(f)
        while let block = bb {
            var inst = LLVMGetFirstInstruction(block)
            while let i = inst {
                if LLVMIsACallInst(i) != nil {
                    LLVMAddCallSiteAttribute(i, LLVMAttributeIndex(bitPattern: -1), enumAttribute("noinline"))
                    LLVMSetTailCallKind(i, LLVMTailCallKindNoTail)
                }
                inst = LLVMGetNextInstruction(i)
            }
            bb = LLVMGetNextBasicBlock(block)
        }
    }

    // MARK: recover

    /// recover() asks the runtime whether the caller of this function is the
    /// thunk of the deferred call a panic is running.
    func genRecover() -> LLVMValueRef {
        addAttribute(fn.llvmFunc, "noinline")
        addStringAttribute(fn.llvmFunc, "frame-pointer", "all")
        return callRuntime("runtime.gorecover", [frameAddress(1)])
    }
}
