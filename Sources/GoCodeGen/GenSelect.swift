// select statements, lowered as cmd/compile's walk/select.go does:
//   select {}                      runtime.block()
//   one case                       the plain channel operation, then the body
//   one case + default             runtime.selectnbsend / selectnbrecv
//   anything else                  runtime.selectgo over an array of scases
// Upon entering the select, the channel operands and the values to send are
// evaluated once, in source order (§Select statements); the left-hand
// sides of a receive are assigned only if its case is chosen.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// One communication clause, its operands evaluated.
    private struct SelectCase {
        let clause: CommClause
        var isSend = false
        var chan: LLVMValueRef?
        var sendValue: LLVMValueRef?   // a send's value, spilled
        var recv: UnaryExpr?           // a receive's `<-c`
        var assign: AssignStmt?        // `v[, ok] = / := <-c`
        var elemType: GoType = Universe.invalid
        /// Whether the received value is used (elem must not be nil).
        var wantsValue: Bool {
            guard let a = assign, let first = a.lhs.first else { return false }
            return !((first as? Ident)?.isBlank ?? false)
        }
    }

    func genSelect(_ s: SelectStmt, label: String?) throws {
        let clauses = s.body.stmts.compactMap { $0 as? CommClause }
        let endB = newBlock("select.end")
        fn.targets.append(.init(label: label, breakBlock: endB, continueBlock: nil))
        defer { fn.targets.removeLast() }

        let defaultClause = clauses.first { $0.comm == nil }
        var cases: [SelectCase] = []
        for cc in clauses where cc.comm != nil { cases.append(try evalSelectCase(cc)) }

        if cases.isEmpty {
            if let d = defaultClause {
                try genBlock(d.body)
            } else {
                callRuntime("runtime.block", [])
                startDeadBlock()
            }
        } else if cases.count == 1 && defaultClause == nil {
            try genSingleCase(cases[0])
        } else if cases.count == 1, let d = defaultClause {
            try genNonBlockingCase(cases[0], d, endB)
        } else {
            try genSelectGo(cases, defaultClause, endB)
        }
        br(endB)
        LLVMPositionBuilderAtEnd(b, endB)
    }

    /// Evaluates a clause's channel and send value.
    private func evalSelectCase(_ cc: CommClause) throws -> SelectCase {
        var sc = SelectCase(clause: cc)
        switch cc.comm {
        case let send as SendStmt:
            sc.isSend = true
            sc.elemType = chanElem(send.chan)
            sc.chan = try genExpr(send.chan, as: nil)
            sc.sendValue = spill(try genExpr(send.value, as: sc.elemType), "send")
        case let e as ExprStmt:
            guard let u = recvExpr(e.x) else { throw unsupported(cc, "this select case") }
            sc.recv = u
        case let a as AssignStmt:
            guard let u = recvExpr(a.rhs[0]) else { throw unsupported(cc, "this select case") }
            sc.recv = u
            sc.assign = a
        default:
            throw unsupported(cc, "this select case")
        }
        if let u = sc.recv {
            sc.elemType = chanElem(u.x)
            sc.chan = try genExpr(u.x, as: nil)
        }
        return sc
    }

    /// A receive's destination slot (nil when the value is dropped).
    private func recvSlot(_ sc: SelectCase) -> LLVMValueRef? {
        sc.wantsValue ? alloca(llvmType(sc.elemType), "recv") : nil
    }

    /// The case's assignment (if any) from the received value and ok, then its body.
    private func finishCase(_ sc: SelectCase, slot: LLVMValueRef?, ok: LLVMValueRef?) throws {
        if let a = sc.assign {
            var vals: [(LLVMValueRef, GoType)] = []
            if let slot { vals.append((LLVMBuildLoad2(b, llvmType(sc.elemType), slot, "")!, sc.elemType)) }
            else { vals.append((LLVMConstNull(llvmType(sc.elemType)), sc.elemType)) }
            if a.lhs.count > 1 { vals.append((ok ?? constBool(true), Universe.bool)) }
            for (l, (v, t)) in zip(a.lhs, vals) {
                if let id = l as? Ident, id.isBlank { continue }
                if a.tok == .define, let id = l as? Ident, let v0 = info.defs[ObjectIdentifier(id)] as? Var {
                    _ = LLVMBuildStore(b, v, newVarSlot(v0, llvmType(v0.type)))
                } else {
                    try assignValue(v, of: t, to: l)
                }
            }
        }
        try genBlock(sc.clause.body)
    }

    /// A select with one case and no default is that channel operation.
    private func genSingleCase(_ sc: SelectCase) throws {
        if sc.isSend {
            callRuntime("runtime.chansend1", [sc.chan, sc.sendValue])
            return try finishCase(sc, slot: nil, ok: nil)
        }
        let slot = recvSlot(sc)
        if (sc.assign?.lhs.count ?? 0) > 1 {
            let ok = callRuntime("runtime.chanrecv2", [sc.chan, slot ?? LLVMConstNull(ptr)], name: "ok")
            return try finishCase(sc, slot: slot, ok: ok)
        }
        callRuntime("runtime.chanrecv1", [sc.chan, slot ?? LLVMConstNull(ptr)])
        try finishCase(sc, slot: slot, ok: nil)
    }

    /// One case plus default: a non-blocking attempt.
    private func genNonBlockingCase(_ sc: SelectCase, _ d: CommClause, _ endB: LLVMBasicBlockRef) throws {
        let caseB = newBlock("select.case"), defaultB = newBlock("select.default")
        var slot: LLVMValueRef?, okSlot: LLVMValueRef?
        let selected: LLVMValueRef
        if sc.isSend {
            selected = callRuntime("runtime.selectnbsend", [sc.chan, sc.sendValue], name: "selected")
        } else {
            slot = recvSlot(sc)
            let wantsOk = (sc.assign?.lhs.count ?? 0) > 1
            okSlot = wantsOk ? alloca(i8, "received") : nil
            selected = callRuntime("runtime.selectnbrecv", [slot ?? LLVMConstNull(ptr), sc.chan, okSlot ?? LLVMConstNull(ptr)], name: "selected")
        }
        _ = LLVMBuildCondBr(b, selected, caseB, defaultB)
        LLVMPositionBuilderAtEnd(b, caseB)
        try finishCase(sc, slot: slot, ok: okSlot.map(loadCBool))
        br(endB)
        LLVMPositionBuilderAtEnd(b, defaultB)
        try genBlock(d.body)
    }

    /// A C bool the runtime stored (one byte) as an i1.
    private func loadCBool(_ p: LLVMValueRef) -> LLVMValueRef {
        LLVMBuildICmp(b, LLVMIntNE, LLVMBuildLoad2(b, i8, p, "")!, LLVMConstInt(i8, 0, 0), "")!
    }

    /// The general case: scases (sends first, then receives) for selectgo,
    /// then a switch on the index it chose.
    private func genSelectGo(_ cases: [SelectCase], _ d: CommClause?, _ endB: LLVMBasicBlockRef) throws {
        let ordered = cases.filter { $0.isSend } + cases.filter { !$0.isSend }
        let n = ordered.count
        let scaseType = structOf([ptr, ptr])
        let scases = alloca(LLVMArrayType2(scaseType, UInt64(n)), "scases")
        let order = alloca(LLVMArrayType2(LLVMInt16TypeInContext(ctx), UInt64(2 * n)), "selorder")
        var slots: [LLVMValueRef?] = []
        for (i, sc) in ordered.enumerated() {
            let slot = sc.isSend ? sc.sendValue : recvSlot(sc)
            slots.append(slot)
            var idx: [LLVMValueRef?] = [constInt(i64, 0), constInt(i64, Int64(i))]
            let cas = LLVMBuildInBoundsGEP2(b, LLVMArrayType2(scaseType, UInt64(n)), scases, &idx, 2, "")!
            _ = LLVMBuildStore(b, sc.chan, LLVMBuildStructGEP2(b, scaseType, cas, 0, ""))
            _ = LLVMBuildStore(b, slot ?? LLVMConstNull(ptr), LLVMBuildStructGEP2(b, scaseType, cas, 1, ""))
        }
        let nsends = ordered.filter { $0.isSend }.count
        let recvOK = alloca(i8, "recvOK")
        let chosen = callRuntime("runtime.selectgo", [scases, order, constInt(i64, Int64(nsends)),
                                                      constInt(i64, Int64(n - nsends)), constBool(d == nil), recvOK], name: "chosen")
        let defaultB = newBlock("select.default")
        let sw = LLVMBuildSwitch(b, chosen, defaultB, UInt32(n))!
        for (i, sc) in ordered.enumerated() {
            let caseB = newBlock("select.case")
            LLVMAddCase(sw, constInt(i64, Int64(i)), caseB)
            LLVMPositionBuilderAtEnd(b, caseB)
            try finishCase(sc, slot: slots[i], ok: sc.isSend ? nil : loadCBool(recvOK))
            br(endB)
        }
        LLVMPositionBuilderAtEnd(b, defaultB)
        if let d { try genBlock(d.body) } else { _ = LLVMBuildUnreachable(b); startDeadBlock() }
    }
}
