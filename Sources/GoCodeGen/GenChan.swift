// Channels (Runtime/chan.c): make, send, receive (with comma-ok), close,
// len/cap and for-range. Elements travel by address, as in gc: a send
// spills the value to a stack slot and passes its address; a receive
// passes the address of a slot the runtime fills (or nil when the value
// is dropped), even when the operation blocks and another goroutine does
// the copy.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// The element type of a channel-typed expression.
    func chanElem(_ e: Expr) -> GoType {
        (typeOf(e).underlying as? ChanType)?.elem ?? Universe.invalid
    }

    /// make(chan T[, size]): runtime.makechan checks the size.
    func genMakeChan(_ c: CallExpr, _ t: GoType) throws -> LLVMValueRef {
        let size = c.args.count > 1 ? try genIndexOperand(c.args[1]) : constInt(i64, 0)
        return callRuntime("runtime.makechan", [typeDescriptor(t), size], name: "chan")
    }

    /// len(c) and cap(c): the first two words of the hchan; 0 for nil.
    func genChanLenCap(_ ch: LLVMValueRef, isCap: Bool) -> LLVMValueRef {
        let start = LLVMGetInsertBlock(b)!
        let loadB = newBlock("chanlen"), endB = newBlock("chanlen.end")
        _ = LLVMBuildCondBr(b, LLVMBuildIsNull(b, ch, ""), endB, loadB)
        LLVMPositionBuilderAtEnd(b, loadB)
        var idx: [LLVMValueRef?] = [constInt(i64, isCap ? 1 : 0)]
        let n = LLVMBuildLoad2(b, i64, LLVMBuildInBoundsGEP2(b, i64, ch, &idx, 1, "")!, isCap ? "dataqsiz" : "qcount")!
        _ = LLVMBuildBr(b, endB)
        LLVMPositionBuilderAtEnd(b, endB)
        let phi = LLVMBuildPhi(b, i64, isCap ? "cap" : "len")!
        var vals: [LLVMValueRef?] = [constInt(i64, 0), n]
        var blocks: [LLVMBasicBlockRef?] = [start, loadB]
        LLVMAddIncoming(phi, &vals, &blocks, 2)
        return phi
    }

    /// A stack slot holding v, whose address a runtime call can take.
    func spill(_ v: LLVMValueRef, _ name: String) -> LLVMValueRef {
        let slot = alloca(LLVMTypeOf(v), name)
        _ = LLVMBuildStore(b, v, slot)
        return slot
    }

    // MARK: send and receive

    /// `c <- v`: the channel, then the value (converted to the element type).
    func genSend(_ s: SendStmt) throws {
        let ch = try genExpr(s.chan, as: nil)
        let v = try genExpr(s.value, as: chanElem(s.chan))
        callRuntime("runtime.chansend1", [ch, spill(v, "send")])
    }

    /// `<-c` as a value.
    func genRecv(_ u: UnaryExpr) throws -> LLVMValueRef {
        let et = llvmType(chanElem(u.x))
        let ch = try genExpr(u.x, as: nil)
        let slot = alloca(et, "recv")
        callRuntime("runtime.chanrecv1", [ch, slot])
        return LLVMBuildLoad2(b, et, slot, "")!
    }

    /// `<-c` as a statement: the value is dropped (elem nil).
    func genRecvStmt(_ u: UnaryExpr) throws {
        let ch = try genExpr(u.x, as: nil)
        callRuntime("runtime.chanrecv1", [ch, LLVMConstNull(ptr)])
    }

    /// `v, ok := <-c`: the value and whether it came from a send.
    func genRecvCommaOk(_ u: UnaryExpr) throws -> [LLVMValueRef] {
        let et = llvmType(chanElem(u.x))
        let ch = try genExpr(u.x, as: nil)
        let slot = alloca(et, "recv")
        let ok = callRuntime("runtime.chanrecv2", [ch, slot], name: "ok")
        return [LLVMBuildLoad2(b, et, slot, "")!, ok]
    }

    /// The receive operation of e, if e is one (`<-c`, parenthesized or not).
    func recvExpr(_ e: Expr) -> UnaryExpr? {
        guard let u = unparenExpr(e) as? UnaryExpr, u.op == .arrow else { return nil }
        return u
    }

    /// close(c).
    func genClose(_ c: CallExpr) throws {
        callRuntime("runtime.closechan", [try genExpr(c.args[0], as: nil)])
    }

    // MARK: for range over a channel

    /// `for v := range c`: receive until the channel is closed and drained.
    /// The iteration variable of `:=` is declared once per loop (Go 1.19).
    func genChanRange(_ r: RangeStmt, label: String?) throws {
        let elemType = chanElem(r.x)
        let et = llvmType(elemType)
        let ch = try genExpr(r.x, as: nil)
        var defined: LLVMValueRef?
        if let key = r.key, r.tok == .define, let id = key as? Ident, !id.isBlank,
           let v = info.defs[ObjectIdentifier(id)] as? Var {
            defined = newVarSlot(v, llvmType(v.type))
            _ = LLVMBuildStore(b, LLVMConstNull(llvmType(v.type)), defined)
        }
        let slot = alloca(et, "recv")
        let headB = newBlock("chanrange.recv"), bodyB = newBlock("chanrange.body"), endB = newBlock("chanrange.end")
        br(headB)
        LLVMPositionBuilderAtEnd(b, headB)
        let ok = callRuntime("runtime.chanrecv2", [ch, slot], name: "ok")
        _ = LLVMBuildCondBr(b, ok, bodyB, endB)
        LLVMPositionBuilderAtEnd(b, bodyB)
        let v = LLVMBuildLoad2(b, et, slot, "")!
        if let defined {
            _ = LLVMBuildStore(b, v, defined)
        } else if let key = r.key, !((key as? Ident)?.isBlank ?? false) {
            try assignValue(v, of: elemType, to: key)
        }
        fn.targets.append(.init(label: label, breakBlock: endB, continueBlock: headB))
        try genBlock(r.body.stmts)
        fn.targets.removeLast()
        br(headB)
        LLVMPositionBuilderAtEnd(b, endB)
    }

    /// `operand = v`, converting v to an interface type if the operand has one.
    func assignValue(_ v: LLVMValueRef, of t: GoType, to e: Expr) throws {
        if let id = e as? Ident, id.isBlank { return }
        let dest = typeOf(e)
        var value = v
        if dest.underlying is InterfaceType && !(t.underlying is InterfaceType) {
            value = try toInterface(v, from: t, to: dest)
        }
        _ = LLVMBuildStore(b, value, try genAddr(e))
    }
}
