// Type assertions x.(T) (with and without comma-ok) and type switches
// (§Type assertions, §Type switches). A concrete T is a pointer comparison
// of the dynamic type with T's descriptor; an interface T asks the runtime
// for an itab (iface.c), which caches the answer.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// x.(T) that panics as gc does on failure.
    func genTypeAssert(_ ta: TypeAssertExpr) throws -> LLVMValueRef {
        let xt = typeOf(ta.x), t = typeOf(ta)
        let v = try genExpr(ta.x, as: nil)
        let w0 = LLVMBuildExtractValue(b, v, 0, "")!, data = LLVMBuildExtractValue(b, v, 1, "")!
        let dyn = dynamicType(w0, of: xt)
        guard let it = t.underlying as? InterfaceType else {
            let ok = LLVMBuildICmp(b, LLVMIntEQ, dyn, typeDescriptor(t), "")!
            let empty = (xt.underlying as! InterfaceType).allMethods.isEmpty
            checkOrPanic(ok, empty ? "runtime.panicdottypeE" : "runtime.panicdottypeI", [empty ? dyn : w0, typeDescriptor(t), typeDescriptor(xt)])
            return unboxDataWord(data, t)
        }
        if it.allMethods.isEmpty {
            checkOrPanic(LLVMBuildICmp(b, LLVMIntNE, dyn, LLVMConstNull(ptr), "")!, "runtime.panicnildottype", [typeDescriptor(t)])
            return interfaceValue(dyn, data)
        }
        return interfaceValue(callRuntime("runtime.assertE2I", [typeDescriptor(t), dyn]), data)
    }

    /// v, ok := x.(T): the zero value and false on failure.
    func genTypeAssertCommaOk(_ ta: TypeAssertExpr) throws -> [LLVMValueRef] {
        let xt = typeOf(ta.x), t = typeOf(ta)
        let v = try genExpr(ta.x, as: nil)
        let w0 = LLVMBuildExtractValue(b, v, 0, "")!, data = LLVMBuildExtractValue(b, v, 1, "")!
        let dyn = dynamicType(w0, of: xt)
        let (ok, tab) = typeMatches(dyn, t)
        let start = LLVMGetInsertBlock(b)!
        let okB = newBlock("assert.ok"), endB = newBlock("assert.end")
        _ = LLVMBuildCondBr(b, ok, okB, endB)
        LLVMPositionBuilderAtEnd(b, okB)
        let value = valueAs(t, dyn: dyn, tab: tab, data: data)
        let okEnd = LLVMGetInsertBlock(b)!
        _ = LLVMBuildBr(b, endB)
        LLVMPositionBuilderAtEnd(b, endB)
        let phi = LLVMBuildPhi(b, llvmType(t), "")!
        var vals: [LLVMValueRef?] = [LLVMConstNull(llvmType(t)), value]
        var blocks: [LLVMBasicBlockRef?] = [start, okEnd]
        LLVMAddIncoming(phi, &vals, &blocks, 2)
        return [phi, ok]
    }

    /// Whether dynamic type dyn (nil for a nil interface) is or implements
    /// t; for a non-empty interface t also the itab.
    private func typeMatches(_ dyn: LLVMValueRef, _ t: GoType) -> (ok: LLVMValueRef, tab: LLVMValueRef?) {
        guard let it = t.underlying as? InterfaceType else {
            return (LLVMBuildICmp(b, LLVMIntEQ, dyn, typeDescriptor(t), "")!, nil)
        }
        if it.allMethods.isEmpty { return (LLVMBuildICmp(b, LLVMIntNE, dyn, LLVMConstNull(ptr), "")!, nil) }
        let tab = callRuntime("runtime.assertE2I2", [typeDescriptor(t), dyn])
        return (LLVMBuildICmp(b, LLVMIntNE, tab, LLVMConstNull(ptr), "")!, tab)
    }

    /// The value of type t held by an interface known to match t.
    private func valueAs(_ t: GoType, dyn: LLVMValueRef, tab: LLVMValueRef?, data: LLVMValueRef) -> LLVMValueRef {
        guard let it = t.underlying as? InterfaceType else { return unboxDataWord(data, t) }
        return interfaceValue(it.allMethods.isEmpty ? dyn : tab!, data)
    }

    // MARK: Type switches

    func genTypeSwitch(_ ts: TypeSwitchStmt, label: String?) throws {
        if let ini = ts.initStmt { try genStmt(ini) }
        let ta: TypeAssertExpr
        if let a = ts.assign as? AssignStmt, let x = a.rhs.first as? TypeAssertExpr { ta = x }
        else if let e = ts.assign as? ExprStmt, let x = unparenExpr(e.x) as? TypeAssertExpr { ta = x }
        else { throw unsupported(ts, "this type switch guard") }
        let xt = typeOf(ta.x)
        let v = try genExpr(ta.x, as: nil)
        let data = LLVMBuildExtractValue(b, v, 1, "")!
        let dyn = dynamicType(LLVMBuildExtractValue(b, v, 0, "")!, of: xt)

        let clauses = ts.body.stmts.compactMap { $0 as? CaseClause }
        let endB = newBlock("typeswitch.end")
        let bodies = clauses.map { _ in newBlock("typeswitch.case") }
        var defaultBody: LLVMBasicBlockRef?
        for (i, cc) in clauses.enumerated() {
            if cc.isDefault { defaultBody = bodies[i]; continue }
            for e in cc.list {
                let ok = isNilCase(e) ? LLVMBuildICmp(b, LLVMIntEQ, dyn, LLVMConstNull(ptr), "")! : typeMatches(dyn, typeOf(e)).ok
                let next = newBlock("typeswitch.next")
                _ = LLVMBuildCondBr(b, ok, bodies[i], next)
                LLVMPositionBuilderAtEnd(b, next)
            }
        }
        br(defaultBody ?? endB)
        fn.targets.append(.init(label: label, breakBlock: endB, continueBlock: nil))
        for (i, cc) in clauses.enumerated() {
            LLVMPositionBuilderAtEnd(b, bodies[i])
            if let sym = info.implicits[ObjectIdentifier(cc)] as? Var {
                // One type in the case: the variable has that type; else x's.
                var value = v
                if cc.list.count == 1, !isNilCase(cc.list[0]) {
                    let t = typeOf(cc.list[0])
                    value = valueAs(t, dyn: dyn, tab: typeMatches(dyn, t).tab, data: data)
                }
                declareLocal(sym, value)
            }
            try genBlock(cc.body)
            br(endB)
        }
        fn.targets.removeLast()
        LLVMPositionBuilderAtEnd(b, endB)
    }

    private func isNilCase(_ e: Expr) -> Bool {
        guard let id = unparenExpr(e) as? Ident else { return false }
        return info.objectOf(id) is Nil
    }
}
