// StackCheck.swift: the stack-bound check at the entry of every Go function
// (gc's prologue check, DESIGN.md §3 "Goroutines, stacks, preemption").
//
// Goroutine stacks are chains of segments (Runtime/stack.c). Each function
// compares its sp, after its prologue allocated the frame, with
// g.stackguard0 (STACK_GUARD bytes above the segment's low end):
//
//     entry:  allocas (moved here: they stay static)
//             g = asm sideeffect "movq %fs:8, $0"   (arm64: mrs + ldr)
//             guard = load g.stackguard0
//             sp = llvm.read_register("rsp" | "sp")
//             br (sp [- need] < guard), slow, body       ; weighted to body
//     slow:   g.morefn = f
//             musttail call more.N(same args); ret  (a plain call when
//             the result is returned in memory: see canMustTail)
//
// more.N (cold, own frame) stores g.morefn and the arguments in a record in
// its own frame (never in f's: LLVM may put it at the frame's bottom, below
// the segment) and calls runtime.morestack_call(morecall.N, record, need),
// which runs morecall.N(record) — a call of the record's function with the
// record's arguments, whose result goes back into the record — on a new
// segment, then switches back. One pair of helpers serves every function of
// one signature (LLVM function type, calling convention and ABI attributes)
// and need: a pair per function cost a fmt hello a quarter of its code. The
// function travels in the g because musttail forbids an extra argument;
// nothing can run on the g between the store and the helper's load.
//
// The checks are inserted late, after LLVM's pipeline and before code
// generation: earlier, the inliner would copy checks into callers' loops,
// tail-recursion elimination would put one inside the loop it makes, and
// musttail with TRE crashes opt 19. Reading sp keeps LLVM's prologue above
// the check.
//
// What is checked: every function defined in the module (the Go code; the
// runtime's C is another archive), except small leaves: a function that
// calls nothing but intrinsics and has a small frame runs in the guard area
// unchecked, as gc's automatic nosplit for leaves (the guard's budget covers
// it). A function whose frame may exceed what the guard area allows for it
// (allocas above bigFrame bytes, or a body so long that its spills might) is
// split: a small checking wrapper keeps its name and asks for need bytes
// above the guard; the unchecked body (f.body) does the work.
//
// SWIFTGO_NOSTACKCHECK=1 in the compiler's environment builds without the
// checks (for measuring their cost; such a program must not recurse past its
// first segment). SWIFTGO_STACKCHECK_WARN=N asks LLVM to warn about every
// checked, unsplit function whose real frame exceeds N bytes (to validate the
// frame estimate).
import CLLVM
import Foundation

extension CodeGen {
    public func insertStackChecks() {
        let env = ProcessInfo.processInfo.environment
        if env["SWIFTGO_NOSTACKCHECK"] != nil { return }
        let checker = StackChecker(gen: self, warnFrame: env["SWIFTGO_STACKCHECK_WARN"].flatMap { UInt64($0) })
        var fns: [LLVMValueRef] = []
        var f = LLVMGetFirstFunction(module)
        while let fn = f {
            f = LLVMGetNextFunction(fn)
            if LLVMIsDeclaration(fn) == 0 { fns.append(fn) }
        }
        for fn in fns { checker.check(fn) }
    }
}

final class StackChecker {
    /// Allocas above this many bytes split a function (the guard area's
    /// share for a frame allocated before its check; see stack.c).
    static let bigFrame: UInt64 = 256
    /// A leaf with at most this many bytes of allocas and leafInstructions
    /// instructions runs unchecked.
    static let leafFrame: UInt64 = 128
    static let leafInstructions = 200
    /// A longer body is split whatever its allocas: its spills are unknown.
    static let bigInstructions = 1500
    /// The g's offset of stackguard0 (Runtime/include/swiftgo_abi.h GO_G_STACKGUARD0).
    static let stackguard0Offset: UInt64 = 16
    /// The g's offset of morefn (swiftgo_abi.h GO_G_MOREFN).
    static let morefnOffset: UInt64 = 248
    /// LLVMAttributeFunctionIndex (~0U).
    static let functionIndex = LLVMAttributeIndex.max

    let gen: CodeGen
    let ctx: LLVMContextRef
    let module: LLVMModuleRef
    let b: LLVMBuilderRef
    let td: LLVMTargetDataRef
    let i8, i32, i64, ptr: LLVMTypeRef
    let warnFrame: UInt64?
    /// The shared slow-path helpers, by signature key and need.
    var moreHelpers: [String: LLVMValueRef] = [:]
    var morecallHelpers: [String: LLVMValueRef] = [:]

    init(gen: CodeGen, warnFrame: UInt64?) {
        self.gen = gen
        ctx = gen.ctx
        module = gen.module
        b = LLVMCreateBuilderInContext(ctx)!
        td = LLVMGetModuleDataLayout(module)
        i8 = LLVMInt8TypeInContext(ctx)
        i32 = LLVMInt32TypeInContext(ctx)
        i64 = LLVMInt64TypeInContext(ctx)
        ptr = LLVMPointerTypeInContext(ctx, 0)
        self.warnFrame = warnFrame
    }

    deinit { LLVMDisposeBuilder(b) }

    // MARK: deciding

    struct Shape { var allocaBytes: UInt64 = 0; var instructions = 0; var calls = false; var callsRecover = false }

    func shape(_ fn: LLVMValueRef) -> Shape {
        var s = Shape()
        if LLVMCountBasicBlocks(fn) > 0, let entry = LLVMGetEntryBasicBlock(fn) {
            var i = LLVMGetFirstInstruction(entry)
            while let inst = i {
                i = LLVMGetNextInstruction(inst)
                if let size = staticAllocaSize(inst) { s.allocaBytes += size }
            }
        }
        var bb = LLVMGetFirstBasicBlock(fn)
        while let block = bb {
            bb = LLVMGetNextBasicBlock(block)
            var i = LLVMGetFirstInstruction(block)
            while let inst = i {
                i = LLVMGetNextInstruction(inst)
                s.instructions += 1
                if isRealCall(inst) {
                    s.calls = true
                    if let callee = LLVMGetCalledValue(inst), LLVMIsAFunction(callee) != nil,
                       String(cString: LLVMGetValueName(callee)) == "runtime.gorecover" { s.callsRecover = true }
                }
            }
        }
        return s
    }

    /// The size of a static alloca (constant count, in the entry block).
    func staticAllocaSize(_ inst: LLVMValueRef) -> UInt64? {
        guard LLVMIsAAllocaInst(inst) != nil, let n = LLVMGetOperand(inst, 0), LLVMIsAConstantInt(n) != nil else { return nil }
        let size = LLVMABISizeOfType(td, LLVMGetAllocatedType(inst))
        return size * LLVMConstIntGetZExtValue(n)
    }

    /// A call of a function (not an intrinsic, not inline asm).
    func isRealCall(_ inst: LLVMValueRef) -> Bool {
        guard LLVMIsACallInst(inst) != nil || LLVMIsAInvokeInst(inst) != nil else { return false }
        guard let callee = LLVMGetCalledValue(inst) else { return true }
        if LLVMIsAInlineAsm(callee) != nil { return false }
        if LLVMIsAFunction(callee) != nil, LLVMGetIntrinsicID(callee) != 0 {
            // memcpy/memmove/memset may become calls of the runtime's small
            // leaf functions; that is in the guard's budget.
            return false
        }
        return true
    }

    /// A defer thunk calls the deferred function, which may call recover,
    /// and recover works only when that function's caller is the thunk itself
    /// (gorecover compares frames), not a stack switch between the two. So a
    /// thunk asks for this much room at its own check: the switch, when one
    /// is needed, moves the thunk to the new segment, and the deferred
    /// function's check then passes (unless its frame exceeds ~3 KiB).
    static let deferHeadroom: UInt64 = 4096
    /// The string attribute GenDefer puts on its thunks.
    static let deferThunkAttribute = "go-defer-thunk"
    /// The string attribute of a function that starts with a check (its
    /// callers' loops need no preemption poll: PreemptPoll.swift).
    static let checkedAttribute = "go-stack-checked"

    func check(_ fn: LLVMValueRef) {
        if LLVMGetStringAttributeAtIndex(fn, Self.functionIndex, Self.deferThunkAttribute,
                                         UInt32(Self.deferThunkAttribute.utf8.count)) != nil {
            insertCheck(fn, need: Self.deferHeadroom, callee: nil)
            return
        }
        let s = shape(fn)
        if !s.calls && s.allocaBytes <= Self.leafFrame && s.instructions <= Self.leafInstructions { return }
        // A function that calls recover must stay the thunk's direct callee:
        // not split into a wrapper and a body (the thunk's headroom covers it).
        if !s.callsRecover && (s.allocaBytes > Self.bigFrame || s.instructions > Self.bigInstructions) {
            // The body's frame: its allocas plus room for its spills.
            let need = s.allocaBytes + UInt64(min(s.instructions * 8, 32 << 10)) + 256
            let body = split(fn)
            insertCheck(fn, need: need, callee: body)
        } else {
            if let w = warnFrame { gen.addStringAttribute(fn, "warn-stack-size", "\(w)") }
            insertCheck(fn, need: 0, callee: nil)
        }
    }

    // MARK: the check

    /// Inserts the check as fn's new entry block. With a callee (a split
    /// function's body), fn's old body is empty and the fast path calls it.
    func insertCheck(_ fn: LLVMValueRef, need: UInt64, callee: LLVMValueRef?) {
        let name = String(cString: LLVMGetValueName(fn))
        if gen.tm.arch == .amd64 { gen.addAttribute(fn, "noredzone") }
        gen.addStringAttribute(fn, Self.checkedAttribute, "")
        let more = moreHelper(fn, need: need)
        // (LLVMGetEntryBasicBlock is undefined on a function without blocks.)
        let oldEntry = LLVMCountBasicBlocks(fn) > 0 ? LLVMGetEntryBasicBlock(fn) : nil
        let entry: LLVMBasicBlockRef
        let fast: LLVMBasicBlockRef
        if let oldEntry {
            entry = LLVMInsertBasicBlockInContext(ctx, oldEntry, "stackcheck")!
            moveStaticAllocas(from: oldEntry, to: entry)
            fast = oldEntry
        } else {
            entry = LLVMAppendBasicBlockInContext(ctx, fn, "stackcheck")!
            fast = LLVMAppendBasicBlockInContext(ctx, fn, "body")!
            LLVMPositionBuilderAtEnd(b, fast)
            let call = callWithParams(callee!, of: fn, attributes: attributes)
            LLVMSetTailCall(call, 1)
            buildReturn(call, fn)
        }
        let slow = LLVMAppendBasicBlockInContext(ctx, fn, "morestack")!
        LLVMPositionBuilderAtEnd(b, entry)
        let g = loadG()
        let below = spBelowGuard(g: g, need: need)
        let br = LLVMBuildCondBr(b, below, slow, fast)!
        setBranchWeights(br, 1, 2000)
        LLVMPositionBuilderAtEnd(b, slow)
        _ = LLVMBuildStore(b, fn, gField(g, Self.morefnOffset))
        let call = callWithParams(more, of: fn, attributes: abiAttributes)
        LLVMSetTailCallKind(call, canMustTail(fn) ? LLVMTailCallKindMustTail : LLVMTailCallKindTail)
        buildReturn(call, fn)
    }

    /// Whether codegen can make the slow path's call a real tail call: not
    /// when the result is too big for registers (returned through memory,
    /// which musttail cannot forward: "failed to perform tail call
    /// elimination"). Then it is an ordinary call, and f's frame stays on
    /// the old segment while f.more runs (inside the guard's budget).
    /// Nor when some argument travels on the stack: LLVM passes each scalar
    /// leaf of an aggregate argument in a register of its own, and aborts the
    /// same way once they run out (counted conservatively: six, the nest
    /// context included, and results of at most two leaves).
    func canMustTail(_ fn: LLVMValueRef) -> Bool {
        let ret = LLVMGetReturnType(LLVMGlobalGetValueType(fn))!
        guard LLVMGetTypeKind(ret) == LLVMVoidTypeKind || (LLVMABISizeOfType(td, ret) <= 16 && leaves(ret) <= 2)
        else { return false }
        var n = 0
        for i in 0..<LLVMCountParams(fn) { n += leaves(LLVMTypeOf(LLVMGetParam(fn, i))!) }
        return n <= 6
    }

    /// The scalars an aggregate type flattens into.
    func leaves(_ t: LLVMTypeRef) -> Int {
        switch LLVMGetTypeKind(t) {
        case LLVMStructTypeKind:
            return (0..<LLVMCountStructElementTypes(t)).reduce(0) { $0 + leaves(LLVMStructGetTypeAtIndex(t, $1)!) }
        case LLVMArrayTypeKind:
            return Int(LLVMGetArrayLength2(t)) * leaves(LLVMGetElementType(t)!)
        default:
            return 1
        }
    }

    /// sp (- need) < g.stackguard0.
    func spBelowGuard(need: UInt64) -> LLVMValueRef { spBelowGuard(g: loadG(), need: need) }

    func spBelowGuard(g: LLVMValueRef, need: UInt64) -> LLVMValueRef {
        let guardValue = LLVMBuildLoad2(b, i64, gField(g, Self.stackguard0Offset), "stackguard0")!
        var sp = readSP()
        if need > 0 { sp = LLVMBuildSub(b, sp, LLVMConstInt(i64, need, 0), "")! }
        return LLVMBuildICmp(b, LLVMIntULT, sp, guardValue, "")!
    }

    /// The address of the g's field at offset.
    func gField(_ g: LLVMValueRef, _ offset: UInt64) -> LLVMValueRef {
        var idx: [LLVMValueRef?] = [LLVMConstInt(i64, offset, 0)]
        return LLVMBuildGEP2(b, i8, g, &idx, 1, "")!
    }

    /// g from its TLS slot, by a volatile one-instruction asm (DESIGN §3).
    func loadG() -> LLVMValueRef {
        let text = gen.tm.arch == .amd64 ? "movq %fs:8, $0" : "mrs $0, tpidr_el0\n\tldr $0, [$0, #8]"
        let cons = gen.tm.arch == .amd64 ? "=r" : "=&r"
        let ft = LLVMFunctionType(ptr, nil, 0, 0)!
        let asm = LLVMGetInlineAsm(ft, text, text.utf8.count, cons, cons.utf8.count, 1, 0, LLVMInlineAsmDialectATT, 0)!
        return LLVMBuildCall2(b, ft, asm, nil, 0, "g")!
    }

    func readSP() -> LLVMValueRef {
        let reg = gen.tm.arch == .amd64 ? "rsp" : "sp"
        var mds: [LLVMMetadataRef?] = [LLVMMDStringInContext2(ctx, reg, reg.utf8.count)]
        let node = LLVMMDNodeInContext2(ctx, &mds, 1)!
        var tys: [LLVMTypeRef?] = [i64]
        let id = LLVMLookupIntrinsicID("llvm.read_register", 18)
        let f = LLVMGetIntrinsicDeclaration(module, id, &tys, 1)!
        var params: [LLVMTypeRef?] = [LLVMMetadataTypeInContext(ctx)]
        let ft = LLVMFunctionType(i64, &params, 1, 0)!
        var args: [LLVMValueRef?] = [LLVMMetadataAsValue(ctx, node)]
        return LLVMBuildCall2(b, ft, f, &args, 1, "sp")!
    }

    func setBranchWeights(_ br: LLVMValueRef, _ taken: UInt64, _ notTaken: UInt64) {
        let tag = "branch_weights"
        var mds: [LLVMMetadataRef?] = [
            LLVMMDStringInContext2(ctx, tag, tag.utf8.count),
            LLVMValueAsMetadata(LLVMConstInt(i32, taken, 0)),
            LLVMValueAsMetadata(LLVMConstInt(i32, notTaken, 0)),
        ]
        let node = LLVMMDNodeInContext2(ctx, &mds, 3)!
        LLVMSetMetadata(br, LLVMGetMDKindIDInContext(ctx, "prof", 4), LLVMMetadataAsValue(ctx, node))
    }

    /// Static allocas must stay in the entry block (elsewhere they would be
    /// dynamic): they move into the new one, ahead of the check.
    func moveStaticAllocas(from old: LLVMBasicBlockRef, to entry: LLVMBasicBlockRef) {
        var i = LLVMGetFirstInstruction(old)
        while let inst = i {
            i = LLVMGetNextInstruction(inst)
            guard staticAllocaSize(inst) != nil else { continue }
            LLVMInstructionRemoveFromParent(inst)
            LLVMPositionBuilderAtEnd(b, entry)
            LLVMInsertIntoBuilder(b, inst)
        }
    }

    // MARK: the slow path

    /// The argument record's type: the function, its parameters, then its
    /// result (field 0, 1...n, n+1).
    func recordType(_ ft: LLVMTypeRef) -> (LLVMTypeRef, Int) {
        var fields = [ptr] + paramTypes(ft)
        let n = fields.count - 1
        let ret = LLVMGetReturnType(ft)!
        if LLVMGetTypeKind(ret) != LLVMVoidTypeKind { fields.append(ret) }
        return (LLVMStructTypeInContext(ctx, &fields, UInt32(fields.count), 0)!, n)
    }

    func paramTypes(_ ft: LLVMTypeRef) -> [LLVMTypeRef?] {
        var params = [LLVMTypeRef?](repeating: nil, count: Int(LLVMCountParamTypes(ft)))
        if !params.isEmpty { LLVMGetParamTypes(ft, &params) }
        return params
    }

    /// What functions sharing slow-path helpers must agree on: their LLVM
    /// type, calling convention and ABI attributes (musttail requires the
    /// last to match; a nest or sret parameter travels in its own register).
    func signatureKey(_ fn: LLVMValueRef) -> String {
        let ft = LLVMGlobalGetValueType(fn)!
        var key = printed(ft) + " cc\(LLVMGetFunctionCallConv(fn))"
        for i in 0...LLVMCountParams(fn) {
            let attrs = abiAttributes(fn, i)
            if attrs.isEmpty { continue }
            key += " \(i):" + attrs.map(attributeKey).joined(separator: ",")
        }
        return key
    }

    func printed(_ t: LLVMTypeRef) -> String {
        let s = LLVMPrintTypeToString(t)!
        defer { LLVMDisposeMessage(s) }
        return String(cString: s)
    }

    func attributeKey(_ a: LLVMAttributeRef?) -> String {
        if LLVMIsTypeAttribute(a) != 0 {
            return "\(LLVMGetEnumAttributeKind(a))(\(printed(LLVMGetTypeAttributeValue(a))))"
        }
        return "\(LLVMGetEnumAttributeKind(a))=\(LLVMGetEnumAttributeValue(a))"
    }

    /// The attribute kinds that change how an argument or result travels.
    static let abiAttributeNames = [
        "sret", "byval", "byref", "inalloca", "preallocated", "inreg", "nest", "zeroext", "signext",
        "align", "alignstack", "swiftself", "swiftasync", "swifterror",
    ]
    lazy var abiKinds: Set<UInt32> = Set(Self.abiAttributeNames.map { (name: String) in
        LLVMGetEnumAttributeKindForName(name, name.utf8.count)
    })

    /// fn's ABI attributes at index (0: the result, i: parameter i).
    func abiAttributes(_ fn: LLVMValueRef, _ index: LLVMAttributeIndex) -> [LLVMAttributeRef?] {
        attributes(fn, index).filter { a in
            LLVMIsStringAttribute(a) == 0 && abiKinds.contains(LLVMGetEnumAttributeKind(a))
        }
    }

    /// more.N(args): the record (the function from g.morefn, the arguments)
    /// in its own frame, morestack_call, the result. Shared by fn's signature
    /// and need.
    func moreHelper(_ fn: LLVMValueRef, need: UInt64) -> LLVMValueRef {
        let sig = signatureKey(fn)
        let key = sig + " need \(need)"
        if let more = moreHelpers[key] { return more }
        let ft = LLVMGlobalGetValueType(fn)!
        let (rec, n) = recordType(ft)
        let morecall = morecallHelper(fn, key: sig, record: rec, nparams: n)
        let more = LLVMAddFunction(module, "runtime.more.\(moreHelpers.count)", ft)!
        moreHelpers[key] = more
        LLVMSetLinkage(more, LLVMInternalLinkage)
        LLVMSetFunctionCallConv(more, LLVMGetFunctionCallConv(fn))
        copyABIAttributes(from: fn, to: more)
        for a in ["noinline", "cold", "nounwind"] { gen.addAttribute(more, a) }
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(ctx, more, "entry"))
        let r = LLVMBuildAlloca(b, rec, "args")!
        let callee = LLVMBuildLoad2(b, ptr, gField(loadG(), Self.morefnOffset), "morefn")!
        _ = LLVMBuildStore(b, callee, LLVMBuildStructGEP2(b, rec, r, 0, ""))
        for i in 0..<n {
            _ = LLVMBuildStore(b, LLVMGetParam(more, UInt32(i)), LLVMBuildStructGEP2(b, rec, r, UInt32(i + 1), ""))
        }
        let (msc, mscType) = gen.runtime("runtime.morestack_call")
        var args: [LLVMValueRef?] = [morecall, r, LLVMConstInt(i64, need, 0)]
        _ = LLVMBuildCall2(b, mscType, msc, &args, 3, "")
        let ret = LLVMGetReturnType(ft)!
        if LLVMGetTypeKind(ret) == LLVMVoidTypeKind {
            _ = LLVMBuildRetVoid(b)
        } else {
            _ = LLVMBuildRet(b, LLVMBuildLoad2(b, ret, LLVMBuildStructGEP2(b, rec, r, UInt32(n + 1), ""), ""))
        }
        return more
    }

    /// morecall.N(record): the record's function called with its arguments,
    /// the result into the record.
    func morecallHelper(_ fn: LLVMValueRef, key: String, record rec: LLVMTypeRef, nparams n: Int) -> LLVMValueRef {
        if let mc = morecallHelpers[key] { return mc }
        var params: [LLVMTypeRef?] = [ptr]
        let cft = LLVMFunctionType(LLVMVoidTypeInContext(ctx), &params, 1, 0)!
        let mc = LLVMAddFunction(module, "runtime.morecall.\(morecallHelpers.count)", cft)!
        morecallHelpers[key] = mc
        LLVMSetLinkage(mc, LLVMInternalLinkage)
        gen.addAttribute(mc, "noinline")
        gen.addAttribute(mc, "nounwind")
        LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(ctx, mc, "entry"))
        let r = LLVMGetParam(mc, 0)!
        let ft = LLVMGlobalGetValueType(fn)!
        let tys = paramTypes(ft)
        let callee = LLVMBuildLoad2(b, ptr, LLVMBuildStructGEP2(b, rec, r, 0, ""), "fn")!
        var args: [LLVMValueRef?] = (0..<n).map { i in
            LLVMBuildLoad2(b, tys[i], LLVMBuildStructGEP2(b, rec, r, UInt32(i + 1), ""), "")
        }
        let call = LLVMBuildCall2(b, ft, callee, &args, UInt32(n), "")!
        LLVMSetInstructionCallConv(call, LLVMGetFunctionCallConv(fn))
        for i in 0...LLVMCountParams(fn) {
            for a in abiAttributes(fn, i) { LLVMAddCallSiteAttribute(call, i, a) }
        }
        if LLVMGetTypeKind(LLVMGetReturnType(ft)) != LLVMVoidTypeKind {
            _ = LLVMBuildStore(b, call, LLVMBuildStructGEP2(b, rec, r, UInt32(n + 1), ""))
        }
        _ = LLVMBuildRetVoid(b)
        return mc
    }

    // MARK: splitting

    /// Moves fn's body into a new function f.body (unchecked) and leaves fn
    /// empty, to become the checking wrapper.
    func split(_ fn: LLVMValueRef) -> LLVMValueRef {
        let name = String(cString: LLVMGetValueName(fn))
        let ft = LLVMGlobalGetValueType(fn)!
        let body = LLVMAddFunction(module, name + ".body", ft)!
        LLVMSetLinkage(body, LLVMInternalLinkage)
        LLVMSetFunctionCallConv(body, LLVMGetFunctionCallConv(fn))
        copyAttributes(from: fn, to: body, index: StackChecker.functionIndex)
        copyParamAttributes(from: fn, to: body)
        gen.addAttribute(body, "noinline")
        if gen.tm.arch == .amd64 { gen.addAttribute(body, "noredzone") }
        for i in 0..<LLVMCountParams(fn) {
            let p = LLVMGetParam(fn, i)!
            let q = LLVMGetParam(body, i)!
            LLVMSetValueName2(q, LLVMGetValueName(p), strlen(LLVMGetValueName(p)))
            LLVMReplaceAllUsesWith(p, q)
        }
        while let bb = LLVMGetFirstBasicBlock(fn) {
            LLVMRemoveBasicBlockFromParent(bb)
            LLVMAppendExistingBasicBlock(body, bb)
        }
        if let sp = LLVMGetSubprogram(fn) {
            LLVMSetSubprogram(body, sp)
            LLVMSetSubprogram(fn, nil)
        }
        return body
    }

    // MARK: helpers

    /// callee(fn's parameters), with fn's attributes (those that
    /// attributesOf gives) on the call.
    func callWithParams(_ callee: LLVMValueRef, of fn: LLVMValueRef,
                        attributes attributesOf: (LLVMValueRef, LLVMAttributeIndex) -> [LLVMAttributeRef?])
        -> LLVMValueRef {
        let ft = LLVMGlobalGetValueType(callee)!
        var args: [LLVMValueRef?] = (0..<LLVMCountParams(fn)).map { LLVMGetParam(fn, $0) }
        let call = LLVMBuildCall2(b, ft, callee, &args, UInt32(args.count), "")!
        LLVMSetInstructionCallConv(call, LLVMGetFunctionCallConv(callee))
        for i in 0...LLVMCountParams(fn) {
            for a in attributesOf(fn, i) { LLVMAddCallSiteAttribute(call, i, a) }
        }
        return call
    }

    func buildReturn(_ value: LLVMValueRef, _ fn: LLVMValueRef) {
        let ret = LLVMGetReturnType(LLVMGlobalGetValueType(fn))!
        if LLVMGetTypeKind(ret) == LLVMVoidTypeKind { _ = LLVMBuildRetVoid(b) } else { _ = LLVMBuildRet(b, value) }
    }

    func attributes(_ fn: LLVMValueRef, _ index: LLVMAttributeIndex) -> [LLVMAttributeRef?] {
        let n = LLVMGetAttributeCountAtIndex(fn, index)
        var attrs = [LLVMAttributeRef?](repeating: nil, count: Int(n))
        if n > 0 { LLVMGetAttributesAtIndex(fn, index, &attrs) }
        return attrs
    }

    func copyAttributes(from fn: LLVMValueRef, to other: LLVMValueRef, index: LLVMAttributeIndex) {
        for a in attributes(fn, index) { LLVMAddAttributeAtIndex(other, index, a) }
    }

    /// The attributes of the result and every parameter.
    func copyParamAttributes(from fn: LLVMValueRef, to other: LLVMValueRef) {
        copyAttributes(from: fn, to: other, index: 0)
        for i in 0..<LLVMCountParams(fn) { copyAttributes(from: fn, to: other, index: i + 1) }
    }

    /// The ABI attributes (sret, nest, byval...) of the result and every
    /// parameter: musttail requires them to match.
    func copyABIAttributes(from fn: LLVMValueRef, to other: LLVMValueRef) {
        for i in 0...LLVMCountParams(fn) {
            for a in abiAttributes(fn, i) { LLVMAddAttributeAtIndex(other, i, a) }
        }
    }
}
