// Function values and closures (DESIGN.md §3): a func value points to a
// record whose first word is the code pointer; the rest of the record holds
// pointers to the captured variables. Every Go function takes the record in
// LLVM's `nest` parameter, so plain functions and closures are called alike.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// The constant record `{ code }` of a top-level function (Go's `f·f`).
    func funcValue(_ f: Func) -> LLVMValueRef {
        let name = symbol(f) + "·f"
        if let g = LLVMGetNamedGlobal(module, name) { return g }
        let code = declareFunc(f).value
        var fields: [LLVMValueRef?] = [code]
        let rec = LLVMConstStructInContext(ctx, &fields, 1, 0)
        let g = LLVMAddGlobal(module, LLVMTypeOf(rec), name)!
        LLVMSetInitializer(g, rec)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMInternalLinkage)
        return g
    }

    /// Calls a function value: load the code pointer, pass the record as context.
    func callFuncValue(_ fv: LLVMValueRef, _ sig: Signature, _ args: [LLVMValueRef]) -> LLVMValueRef {
        checkOrPanic(LLVMBuildICmp(b, LLVMIntNE, fv, LLVMConstNull(ptr), "")!, "runtime.panicmem", [])
        let code = LLVMBuildLoad2(b, ptr, fv, "code")!
        return buildGoCall(code, llvmFuncType(sig), context: fv, args)
    }

    /// A call with Go's convention: the context in the `nest` parameter first.
    func buildGoCall(_ callee: LLVMValueRef, _ ft: LLVMTypeRef, context: LLVMValueRef?, _ args: [LLVMValueRef]) -> LLVMValueRef {
        var a: [LLVMValueRef?] = [context ?? LLVMConstNull(ptr)]
        a.append(contentsOf: args.map { $0 as LLVMValueRef? })
        let call = LLVMBuildCall2(b, ft, callee, &a, UInt32(a.count), "")!
        LLVMAddCallSiteAttribute(call, 1, enumAttribute("nest"))
        return call
    }

    func enumAttribute(_ name: String) -> LLVMAttributeRef {
        LLVMCreateEnumAttribute(ctx, LLVMGetEnumAttributeKindForName(name, name.utf8.count), 0)
    }

    /// A function literal: its own LLVM function, and a record built here.
    func genFuncLit(_ lit: FuncLit) throws -> LLVMValueRef {
        guard let sig = info.typeOf(lit) as? Signature else { throw unsupported(lit, "this function literal") }
        let captured = fn.escapes.captures[ObjectIdentifier(lit)] ?? []
        fn.closureCount += 1
        let name = "\(fn.name).func\(fn.closureCount)"
        let ft = llvmFuncType(sig)
        let code = LLVMAddFunction(module, name, ft)!
        LLVMSetLinkage(code, LLVMInternalLinkage)
        setGoFunctionAttributes(code)

        // Generate the body with its own state, then come back here.
        let outer = fn!
        let outerBlock = LLVMGetInsertBlock(b)!
        beginFunction(code, sig: sig, name: name)
        fn.escapes = outer.escapes
        let context = LLVMGetParam(code, 0)!
        let recordType = closureRecordType(captured.count)
        for (i, v) in captured.enumerated() {
            let fieldAddr = LLVMBuildStructGEP2(b, recordType, context, UInt32(i + 1), "")!
            fn.slots[ObjectIdentifier(v)] = LLVMBuildLoad2(b, ptr, fieldAddr, v.name + ".ref")!
        }
        try genBody(sig, lit.body)
        fn = outer
        LLVMPositionBuilderAtEnd(b, outerBlock)

        if captured.isEmpty { return constFuncRecord(code, name: name) }
        let record = callRuntime("runtime.mallocgc", [constInt(i64, Int64(8 * (captured.count + 1))), LLVMConstNull(ptr), constBool(true)])
        _ = LLVMBuildStore(b, code, record)
        for (i, v) in captured.enumerated() {
            let fieldAddr = LLVMBuildStructGEP2(b, recordType, record, UInt32(i + 1), "")!
            _ = LLVMBuildStore(b, try varAddr(v, at: lit), fieldAddr)
        }
        return record
    }

    func closureRecordType(_ n: Int) -> LLVMTypeRef {
        structOf(Array(repeating: ptr, count: n + 1))
    }

    private func constFuncRecord(_ code: LLVMValueRef, name: String) -> LLVMValueRef {
        var fields: [LLVMValueRef?] = [code]
        let rec = LLVMConstStructInContext(ctx, &fields, 1, 0)
        let g = LLVMAddGlobal(module, LLVMTypeOf(rec), name + "·f")!
        LLVMSetInitializer(g, rec)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMInternalLinkage)
        return g
    }
}
