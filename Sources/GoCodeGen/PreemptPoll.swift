// PreemptPoll.swift: a preemption poll on every loop back edge (DESIGN.md
// §3 "Goroutines, stacks, preemption"; gc gets the same guarantee from its
// asynchronous preemption by signal).
//
// The runtime asks a running goroutine to stop by setting g.preempt and
// then g.stackguard0 = GO_STACK_PREEMPT (above every sp): the prologue check
// of its next checked call fails (StackCheck.swift) and morestack yields.
// A loop that makes no checked call never reaches a prologue and would keep
// its thread forever (other goroutines and the GC's stop-the-world would
// starve). So every backward edge B -> S of a function's block order (S at
// B's position or before it) that lies on a cycle (B and S in one strongly
// connected component of the CFG) gets a poll:
//
//     B:     ... br S             becomes      B:     ... br poll
//     poll:  g = asm sideeffect load of g (the stack check's loadG)
//            guard = load volatile g.stackguard0
//            br (guard == GO_STACK_PREEMPT), yield, S   ; weighted to S
//     yield: call runtime.preemptPoll()   (cold: preempt.c)
//            br S
//
// and S's phis take the value they took from B from both poll and yield.
// Every cycle of the CFG has at least one backward edge whatever the block
// order (a cycle cannot only go forward), and all its edges lie in one
// component, so this catches every loop: those LLVM rotated, those
// tail-recursion elimination made, goto loops, irreducible ones. A backward
// edge between components (say, to a shared return block placed early) is
// on no cycle and gets no poll.
//
// The polls go in late, after LLVM's pipeline and after the stack checks:
// earlier, LLVM would move and merge them (or, worse, the call to
// preemptPoll would make a loop's function look like it calls something,
// and the stack checker would check leaves it leaves alone).
//
// An edge needs no poll when B or S calls a checked function (one with a
// prologue check, marked by StackChecker.checkedAttribute): every trip
// around a cycle through the edge makes that call, whose check sees the
// request. Defer thunks are not polled (they have no loops of their own,
// and stay as StackChecker made them). A function that calls recover is
// polled: preemptPoll yields on the same stack segment, so the frames
// gorecover compares do not move.
//
// SWIFTGO_NOPOLL=1 in the compiler's environment (or CodeGen.preemptPolls
// = false) builds without polls, for measuring their cost.
import CLLVM
import Foundation

extension CodeGen {
    public func insertPreemptPolls() {
        if !preemptPolls || ProcessInfo.processInfo.environment["SWIFTGO_NOPOLL"] != nil { return }
        let poller = PreemptPoller(gen: self)
        var f = LLVMGetFirstFunction(module)
        while let fn = f {
            f = LLVMGetNextFunction(fn)
            if LLVMIsDeclaration(fn) == 0 { poller.poll(fn) }
        }
    }
}

final class PreemptPoller {
    let gen: CodeGen
    /// Its builder, loadG and branch weights are the stack check's.
    let checker: StackChecker
    var b: LLVMBuilderRef { checker.b }
    let i64: LLVMTypeRef
    let i8: LLVMTypeRef
    lazy var preemptPoll: (value: LLVMValueRef, type: LLVMTypeRef) = {
        let r = gen.runtime("runtime.preemptPoll")
        gen.addAttribute(r.value, "cold")
        return r
    }()

    init(gen: CodeGen) {
        self.gen = gen
        checker = StackChecker(gen: gen, warnFrame: nil)
        i64 = checker.i64
        i8 = checker.i8
    }

    func poll(_ fn: LLVMValueRef) {
        if hasAttribute(fn, StackChecker.deferThunkAttribute) { return }
        var position: [LLVMBasicBlockRef: Int] = [:]
        var blocks: [LLVMBasicBlockRef] = []
        var bb = LLVMGetFirstBasicBlock(fn)
        while let block = bb {
            bb = LLVMGetNextBasicBlock(block)
            position[block] = blocks.count
            blocks.append(block)
        }
        // The backward edges inside a cycle (both ends in one strongly
        // connected component: a backward edge between two components, such
        // as a jump to a shared return block placed early, is no loop),
        // each (B, S) once however many of B's successors are S, all found
        // before any block is added.
        let component = stronglyConnectedComponents(blocks, position: position)
        var edges: [(LLVMBasicBlockRef, LLVMBasicBlockRef)] = []
        for from in blocks {
            guard let term = LLVMGetBasicBlockTerminator(from), isSplittable(term) else { continue }
            var seen: Set<LLVMBasicBlockRef> = []
            for to in successors(from) where position[to]! <= position[from]! &&
                component[position[to]!] == component[position[from]!] && seen.insert(to).inserted {
                edges.append((from, to))
            }
        }
        var checkedCall: [LLVMBasicBlockRef: Bool] = [:]
        func callsChecked(_ block: LLVMBasicBlockRef) -> Bool {
            if let c = checkedCall[block] { return c }
            let c = blockCallsCheckedFunction(block)
            checkedCall[block] = c
            return c
        }
        for (from, to) in edges where !callsChecked(from) && !callsChecked(to) {
            insertPoll(fn, from: from, to: to)
        }
    }

    func hasAttribute(_ fn: LLVMValueRef, _ key: String) -> Bool {
        LLVMGetStringAttributeAtIndex(fn, StackChecker.functionIndex, key, UInt32(key.utf8.count)) != nil
    }

    func successors(_ block: LLVMBasicBlockRef) -> [LLVMBasicBlockRef] {
        guard let term = LLVMGetBasicBlockTerminator(block) else { return [] }
        return (0..<LLVMGetNumSuccessors(term)).map { LLVMGetSuccessor(term, $0)! }
    }

    /// Each block's strongly connected component (numbered by position):
    /// Tarjan's algorithm, iterative (a function may have many blocks).
    func stronglyConnectedComponents(_ blocks: [LLVMBasicBlockRef], position: [LLVMBasicBlockRef: Int]) -> [Int] {
        let n = blocks.count
        let succ = blocks.map { successors($0).map { position[$0]! } }
        var index = [Int](repeating: -1, count: n), low = [Int](repeating: 0, count: n)
        var component = [Int](repeating: -1, count: n)
        var stack: [Int] = [], onStack = [Bool](repeating: false, count: n)
        var next = 0, components = 0
        for root in 0..<n where index[root] < 0 {
            // (block, how many of its successors are done)
            var work: [(Int, Int)] = [(root, 0)]
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while let (v, k) = work.last {
                if k < succ[v].count {
                    work[work.count - 1].1 += 1
                    let w = succ[v][k]
                    if index[w] < 0 {
                        index[w] = next; low[w] = next; next += 1
                        stack.append(w); onStack[w] = true
                        work.append((w, 0))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                work.removeLast()
                if let (parent, _) = work.last { low[parent] = min(low[parent], low[v]) }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[w] = false
                        component[w] = components
                        if w == v { break }
                    }
                    components += 1
                }
            }
        }
        return component
    }

    /// Terminators whose successors can be redirected to a new block (not
    /// indirectbr or callbr, whose targets are fixed; Go code has none).
    func isSplittable(_ term: LLVMValueRef) -> Bool {
        LLVMIsABranchInst(term) != nil || LLVMIsASwitchInst(term) != nil
    }

    /// Whether the block calls a function that starts with a stack check.
    func blockCallsCheckedFunction(_ block: LLVMBasicBlockRef) -> Bool {
        var i = LLVMGetFirstInstruction(block)
        while let inst = i {
            i = LLVMGetNextInstruction(inst)
            guard LLVMIsACallInst(inst) != nil, let callee = LLVMGetCalledValue(inst),
                  LLVMIsAFunction(callee) != nil else { continue }
            if hasAttribute(callee, StackChecker.checkedAttribute) { return true }
        }
        return false
    }

    /// Splits the edge from -> to with a poll (see the header).
    func insertPoll(_ fn: LLVMValueRef, from: LLVMBasicBlockRef, to: LLVMBasicBlockRef) {
        let term = LLVMGetBasicBlockTerminator(from)!
        let ctx = gen.ctx
        let next = LLVMGetNextBasicBlock(from)
        let poll = next.map { LLVMInsertBasicBlockInContext(ctx, $0, "preempt.poll")! }
            ?? LLVMAppendBasicBlockInContext(ctx, fn, "preempt.poll")!
        let yield = LLVMAppendBasicBlockInContext(ctx, fn, "preempt.yield")!
        for i in 0..<LLVMGetNumSuccessors(term) where LLVMGetSuccessor(term, i) == to {
            LLVMSetSuccessor(term, i, poll)
        }
        LLVMSetCurrentDebugLocation2(b, LLVMInstructionGetDebugLoc(term))
        defer { LLVMSetCurrentDebugLocation2(b, nil) }

        LLVMPositionBuilderAtEnd(b, poll)
        let g = checker.loadG()
        var idx: [LLVMValueRef?] = [LLVMConstInt(i64, StackChecker.stackguard0Offset, 0)]
        let guardPtr = LLVMBuildGEP2(b, i8, g, &idx, 1, "")!
        let guardValue = LLVMBuildLoad2(b, i64, guardPtr, "stackguard0")!
        LLVMSetVolatile(guardValue, 1)
        LLVMSetAlignment(guardValue, 8)
        let asked = LLVMBuildICmp(b, LLVMIntEQ, guardValue, LLVMConstInt(i64, RuntimeABI.stackPreempt, 0), "")!
        let br = LLVMBuildCondBr(b, asked, yield, to)!
        checker.setBranchWeights(br, 1, 100_000)

        LLVMPositionBuilderAtEnd(b, yield)
        _ = LLVMBuildCall2(b, preemptPoll.type, preemptPoll.value, nil, 0, "")
        _ = LLVMBuildBr(b, to)

        replacePredecessor(from, in: to, with: [poll, yield])
    }

    /// Rebuilds every phi of block so that the entry (or entries: one per
    /// edge) it had for pred becomes one entry per new predecessor, with the
    /// same value. (The C API can add a phi's incoming pairs, not change
    /// them.)
    func replacePredecessor(_ pred: LLVMBasicBlockRef, in block: LLVMBasicBlockRef, with preds: [LLVMBasicBlockRef]) {
        var i = LLVMGetFirstInstruction(block)
        while let phi = i, LLVMIsAPHINode(phi) != nil {
            i = LLVMGetNextInstruction(phi)
            var values: [LLVMValueRef?] = []
            var blocks: [LLVMBasicBlockRef?] = []
            var replaced = false
            for k in 0..<LLVMCountIncoming(phi) {
                let value = LLVMGetIncomingValue(phi, k)
                let from = LLVMGetIncomingBlock(phi, k)
                if from != pred {
                    values.append(value)
                    blocks.append(from)
                } else if !replaced {
                    replaced = true
                    for p in preds {
                        values.append(value)
                        blocks.append(p)
                    }
                }
            }
            LLVMPositionBuilderBefore(b, phi)
            let newPhi = LLVMBuildPhi(b, LLVMTypeOf(phi), "")!
            LLVMAddIncoming(newPhi, &values, &blocks, UInt32(values.count))
            let name = String(cString: LLVMGetValueName(phi))
            LLVMReplaceAllUsesWith(phi, newPhi)
            LLVMInstructionEraseFromParent(phi)
            if !name.isEmpty { LLVMSetValueName2(newPhi, name, name.utf8.count) }
        }
    }
}
