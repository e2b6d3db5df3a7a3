// Statements: control flow becomes basic blocks; variables live in allocas
// that mem2reg promotes to registers.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    func unsupported(_ n: Node, _ what: String) -> CodeGenError {
        let p = fileSet.position(n.pos).map { "\($0): " } ?? ""
        return CodeGenError("\(p)\(what) is not supported by swiftgo yet")
    }

    func genBlock(_ stmts: [Stmt]) throws {
        for s in stmts { try genStmt(s) }
    }

    func genStmt(_ s: Stmt) throws {
        setDebugPos(s.pos)   // DebugInfo.swift
        switch s {
        case is EmptyStmt: break
        case let d as DeclStmt: try genLocalDecl(d.decl)
        case let l as LabeledStmt: try genLabeled(l)
        case let e as ExprStmt: _ = try genExprStmt(e.x)
        case let i as IncDecStmt where mapIndexExpr(i.x) != nil:
            try genMapOpAssign(mapIndexExpr(i.x)!, i.tok == .inc ? .add : .sub, rhs: nil, at: i)   // GenMap.swift
        case let i as IncDecStmt:
            let addr = try genAddr(i.x)
            let t = info.typeOf(i.x)!
            let old = LLVMBuildLoad2(b, llvmType(t), addr, "")!
            let one = t.isFloat ? LLVMConstReal(llvmType(t), 1) : LLVMConstInt(llvmType(t), 1, 0)
            let new = try arith(i.tok == .inc ? .add : .sub, old, one!, t, at: i)
            _ = LLVMBuildStore(b, new, addr)
        case let a as AssignStmt: try genAssign(a)
        case let r as ReturnStmt: try genReturnStmt(r)
        case let br as BranchStmt: try genBranch(br)
        case let blk as BlockStmt: try genBlock(blk.stmts)
        case let i as IfStmt: try genIf(i)
        case let f as ForStmt: try genFor(f, label: nil)
        case let sw as SwitchStmt: try genSwitch(sw, label: nil)
        case let r as RangeStmt: try genRange(r, label: nil)
        case let ts as TypeSwitchStmt: try genTypeSwitch(ts, label: nil)   // GenTypeSwitch.swift
        case let sel as SelectStmt: try genSelect(sel, label: nil)   // GenSelect.swift
        case let g as GoStmt: try genGo(g)   // GenGo.swift
        case let d as DeferStmt: try genDefer(d)
        case let send as SendStmt: try genSend(send)   // GenChan.swift
        default: throw unsupported(s, "this statement")
        }
    }

    func genLocalDecl(_ d: GenDecl) throws {
        guard d.tok == .var else { return }   // constants and types need no code
        for case let vs as ValueSpec in d.specs {
            let vars = vs.names.map { info.defs[ObjectIdentifier($0)] as? Var }
            if vs.values.count == 1 && vars.count > 1 {
                let vals = try genMulti(vs.values[0], as: vars.map { $0?.type })
                for (v, val) in zip(vars, vals) { declareLocal(v, val) }
                continue
            }
            for (i, v) in vars.enumerated() {
                let val = i < vs.values.count ? try genExpr(vs.values[i], as: v?.type) : nil
                declareLocal(v, val)
            }
        }
    }

    /// Gives a new local variable its slot and initial value (zero if nil).
    func declareLocal(_ v: Var?, _ value: LLVMValueRef?) {
        guard let v, v.name != "_" else { return }
        let t = llvmType(v.type)
        let slot = newVarSlot(v, t)
        _ = LLVMBuildStore(b, value ?? LLVMConstNull(t), slot)
    }

    func genLabeled(_ l: LabeledStmt) throws {
        let block = fn.labelBlocks[l.label.name] ?? newBlock(l.label.name)
        fn.labelBlocks[l.label.name] = block
        br(block)
        LLVMPositionBuilderAtEnd(b, block)
        switch l.stmt {
        case let f as ForStmt: try genFor(f, label: l.label.name)
        case let sw as SwitchStmt: try genSwitch(sw, label: l.label.name)
        case let ts as TypeSwitchStmt: try genTypeSwitch(ts, label: l.label.name)
        case let r as RangeStmt: try genRange(r, label: l.label.name)
        case let sel as SelectStmt: try genSelect(sel, label: l.label.name)   // GenSelect.swift
        default: try genStmt(l.stmt)
        }
    }

    // MARK: Assignment

    func genAssign(_ a: AssignStmt) throws {
        switch a.tok {
        case .define, .assign:
            // §Assignment statements: the operands on the left (index operands and pointer
            // indirections, calls included) are evaluated first, left to right, then the
            // right-hand sides; nil and bounds checks happen at each store.
            let targets: AssignTargets? = try assignTargets(a)
            if a.rhs.count == 1 && a.lhs.count > 1 {
                let vals = try genMulti(a.rhs[0], as: a.lhs.map(lhsType))
                storeAll(targets!, vals)
                return
            }
            // All right-hand sides are evaluated before any assignment (§Assignment statements).
            var vals: [LLVMValueRef] = []
            for (l, r) in zip(a.lhs, a.rhs) {
                vals.append(try genExpr(r, as: lhsType(l)))
            }
            storeAll(try targets ?? assignTargets(a), vals)
        default:
            guard let bin = info.opAssigns[ObjectIdentifier(a)] else { throw unsupported(a, "assignment operator") }
            if let ix = mapIndexExpr(a.lhs[0]) { return try genMapOpAssign(ix, bin.op, rhs: a.rhs[0], at: bin) }   // GenMap.swift
            let addr = try genAddr(a.lhs[0])
            let t = info.typeOf(a.lhs[0])!
            let old = LLVMBuildLoad2(b, llvmType(t), addr, "")!
            let rhs = try genExpr(a.rhs[0], as: bin.op == .shl || bin.op == .shr ? nil : t)
            let new = try binaryOp(bin.op, old, rhs, t, rhsType: info.typeOf(a.rhs[0]) ?? t, at: bin)
            _ = LLVMBuildStore(b, new, addr)
        }
    }

    private func lhsType(_ e: Expr) -> GoType? {
        if let id = e as? Ident, id.isBlank { return nil }
        if let id = e as? Ident, let v = info.defs[ObjectIdentifier(id)] as? Var { return v.type }
        return info.typeOf(e)
    }

    /// Where an assignment's values go: addresses, map entries, or addresses still to be checked.
    struct AssignTargets {
        var addrs: [LLVMValueRef?]
        var mapStores: [Int: MapStoreTarget]
        var checkedStores: [Int: () -> LLVMValueRef]
    }

    private func assignTargets(_ a: AssignStmt) throws -> AssignTargets {
        // Addresses first, then stores, so `a, b = b, a` swaps.
        var addrs: [LLVMValueRef?] = []
        var mapStores: [Int: MapStoreTarget] = [:]   // m[k] on the left: GenMap.swift
        // §Assignment statements: the operands of *p, s[i] and p.f are evaluated first, but
        // their nil and bounds checks belong to the assignments, made left to right: in
        // `m[k], *p = 1, 2` with a nil p, m[k] is assigned before the panic.
        var checkedStores: [Int: () -> LLVMValueRef] = [:]
        for l in a.lhs {
            if a.lhs.count > 1, let later = try deferredCheckAddr(l) { checkedStores[addrs.count] = later; addrs.append(nil); continue }
            if let ix = mapIndexExpr(l) { mapStores[addrs.count] = try prepareMapStore(ix); addrs.append(nil); continue }
            if let id = l as? Ident {
                if id.isBlank { addrs.append(nil); continue }
                if a.tok == .define, let v = info.defs[ObjectIdentifier(id)] as? Var {
                    addrs.append(newVarSlot(v, llvmType(v.type)))
                    continue
                }
            }
            addrs.append(try genAddr(l))
        }
        return AssignTargets(addrs: addrs, mapStores: mapStores, checkedStores: checkedStores)
    }

    private func storeAll(_ t: AssignTargets, _ vals: [LLVMValueRef]) {
        for (i, (addr, v)) in zip(t.addrs, vals).enumerated() {
            if let target = t.mapStores[i] { storeMapEntry(target, v) } else if let later = t.checkedStores[i] { _ = LLVMBuildStore(b, v, later()) }
            else if addr != nil { _ = LLVMBuildStore(b, v, addr) }
        }
    }

    /// For *p, s[i] (s a slice) and p.f (p a pointer): evaluates the operands now and returns
    /// what checks them and gives the address later; nil for other operands.
    private func deferredCheckAddr(_ l: Expr) throws -> (() -> LLVMValueRef)? {
        switch unparenExpr(l) {
        case let st as StarExpr:
            let p = try genExpr(st.x, as: nil)
            return { [unowned self] in self.nilCheck(p); return p }
        case let ix as IndexExpr:
            guard let sl = typeOf(ix.x).underlying as? SliceType else { return nil }
            let s = try genExpr(ix.x, as: nil)
            let i = try genIndexOperand(ix.index)
            return { [unowned self] in
                let k = self.boundsCheck(i, indexType: Universe.int, length: LLVMBuildExtractValue(self.b, s, 1, "len")!)
                var idx: [LLVMValueRef?] = [k]
                return LLVMBuildInBoundsGEP2(self.b, self.llvmType(sl.elem), LLVMBuildExtractValue(self.b, s, 0, ""), &idx, 1, "")!
            }
        case let sel as SelectorExpr:
            guard case .field(let path, _, _)? = info.selections[ObjectIdentifier(sel)], path.count == 1,
                  let st = (typeOf(sel.x).underlying as? PointerType)?.elem.underlying as? StructType else { return nil }
            let p = try genExpr(sel.x, as: nil)
            return { [unowned self] in
                self.nilCheck(p)
                return LLVMBuildStructGEP2(self.b, self.llvmType(st), p, UInt32(path[0]), st.fields[path[0]].name)!
            }
        default:
            return nil
        }
    }

    // MARK: Return and branches

    func genReturnStmt(_ r: ReturnStmt) throws {
        guard let sig = fn.sig else { _ = LLVMBuildRetVoid(b); startDeadBlock(); return }
        var vals: [LLVMValueRef] = []
        if r.results.count == 1 && sig.results.count > 1 {
            vals = try genMulti(r.results[0], as: sig.results.types)
        } else {
            for (e, v) in zip(r.results, sig.results.vars) { vals.append(try genExpr(e, as: v.type)) }
        }
        if r.results.isEmpty {
            genReturnFromSlots()
        } else if fn.checkpoint != nil {
            // Deferred calls may read or change the results: store them first.
            for (slot, v) in zip(fn.resultSlots, vals) { _ = LLVMBuildStore(b, v, slot) }
            genReturnFromSlots()
        } else {
            genReturn(vals)
        }
        startDeadBlock()
    }

    func genBranch(_ br: BranchStmt) throws {
        switch br.tok {
        case .break:
            guard let target = branchTarget(br.label, \.breakBlock) else { throw unsupported(br, "this break") }
            self.br(target)
        case .continue:
            guard let target = branchTarget(br.label, \.continueBlock) else { throw unsupported(br, "this continue") }
            self.br(target)
        case .goto:
            let name = br.label!.name
            let block = fn.labelBlocks[name] ?? newBlock(name)
            fn.labelBlocks[name] = block
            self.br(block)
        case .fallthrough:
            guard let target = fn.fallthroughTarget else { throw unsupported(br, "fallthrough here") }
            self.br(target)
        default:
            throw unsupported(br, "branch")
        }
        startDeadBlock()
    }

    /// The block a break or continue jumps to: the labeled statement's, or
    /// the innermost one that has such a block.
    private func branchTarget(_ label: Ident?, _ kind: KeyPath<FunctionState.Targets, LLVMBasicBlockRef?>) -> LLVMBasicBlockRef? {
        if let label { return fn.targets.last { $0.label == label.name }?[keyPath: kind] }
        return fn.targets.last { $0[keyPath: kind] != nil }?[keyPath: kind]
    }

    /// An expression statement: a call, or a receive (later).
    func genExprStmt(_ e: Expr) throws {
        if let u = recvExpr(e) { return try genRecvStmt(u) }   // GenChan.swift
        guard let c = unparenExpr(e) as? CallExpr else { throw unsupported(e, "this expression statement") }
        _ = try genCall(c)
    }

    // MARK: if, for, switch

    func genIf(_ s: IfStmt) throws {
        if let ini = s.initStmt { try genStmt(ini) }
        let cond = try genExpr(s.cond, as: nil)
        let thenB = newBlock("if.then"), endB = newBlock("if.end")
        let elseB = s.elseStmt != nil ? newBlock("if.else") : endB
        _ = LLVMBuildCondBr(b, cond, thenB, elseB)
        LLVMPositionBuilderAtEnd(b, thenB)
        try genBlock(s.body.stmts)
        br(endB)
        if let e = s.elseStmt {
            LLVMPositionBuilderAtEnd(b, elseB)
            try genStmt(e)
            br(endB)
        }
        LLVMPositionBuilderAtEnd(b, endB)
    }

    func genFor(_ s: ForStmt, label: String?) throws {
        if let ini = s.initStmt { try genStmt(ini) }
        let condB = newBlock("for.cond"), bodyB = newBlock("for.body")
        let postB = newBlock("for.post"), endB = newBlock("for.end")
        br(condB)
        LLVMPositionBuilderAtEnd(b, condB)
        if let c = s.cond {
            _ = LLVMBuildCondBr(b, try genExpr(c, as: nil), bodyB, endB)
        } else {
            br(bodyB)
        }
        LLVMPositionBuilderAtEnd(b, bodyB)
        fn.targets.append(.init(label: label, breakBlock: endB, continueBlock: postB))
        try genBlock(s.body.stmts)
        fn.targets.removeLast()
        br(postB)
        LLVMPositionBuilderAtEnd(b, postB)
        if let p = s.post { try genStmt(p) }
        br(condB)
        LLVMPositionBuilderAtEnd(b, endB)
    }

    /// Cases are tested in order (§Switch statements); each clause body is a
    /// block so that fallthrough can jump to the next one.
    func genSwitch(_ s: SwitchStmt, label: String?) throws {
        if let ini = s.initStmt { try genStmt(ini) }
        var tag: LLVMValueRef?
        let tagType = s.tag.flatMap { info.typeOf($0) }
        if let t = s.tag { tag = try genExpr(t, as: nil) }
        let clauses = s.body.stmts.compactMap { $0 as? CaseClause }
        let endB = newBlock("switch.end")
        let bodies = clauses.map { _ in newBlock("switch.case") }
        var defaultBody: LLVMBasicBlockRef?
        for (i, cc) in clauses.enumerated() {
            if cc.isDefault { defaultBody = bodies[i]; continue }
            for e in cc.list {
                let matched: LLVMValueRef
                if let tag, let tagType {
                    let v = try genExpr(e, as: tagType)
                    matched = try compare(.eql, tag, v, tagType, at: e)
                } else {
                    matched = try genExpr(e, as: nil)
                }
                let next = newBlock("switch.next")
                _ = LLVMBuildCondBr(b, matched, bodies[i], next)
                LLVMPositionBuilderAtEnd(b, next)
            }
        }
        br(defaultBody ?? endB)
        fn.targets.append(.init(label: label, breakBlock: endB, continueBlock: nil))
        for (i, cc) in clauses.enumerated() {
            LLVMPositionBuilderAtEnd(b, bodies[i])
            let saved = fn.fallthroughTarget
            fn.fallthroughTarget = i + 1 < bodies.count ? bodies[i + 1] : nil
            try genBlock(cc.body)
            fn.fallthroughTarget = saved
            br(endB)
        }
        fn.targets.removeLast()
        LLVMPositionBuilderAtEnd(b, endB)
    }
}
