// Hash and equality functions of types (Go: cmd/compile's reflectdata/alg.go,
// runtime/alg.go). Every comparable type's descriptor points at an equal
// and a hash function (swiftgo_abi.h, _type.equal/_type.hasher):
//
// - the predeclared kinds use the runtime's (memequal64, strhash, f64hash,
//   nilinterhash, ...);
// - an array or struct that is plain memory (no floats, strings,
//   interfaces, padding or blank fields) is hashed and compared as bytes;
// - any other array or struct gets `type..hash.T` and `type..eq.T`, emitted
//   here, that combine its elements' or fields' functions, as gc does.
//
// Emitting them in LLVM (rather than letting the runtime walk field tables)
// needs no field metadata in descriptors and lets LLVM inline the element
// functions. They use the C calling convention: the runtime calls them.
import CLLVM
import GoTypes

/// A type's equal and hash function pointers (null constants if none).
struct TypeAlg {
    let equal: LLVMValueRef
    let hash: LLVMValueRef
}

extension CodeGen {
    func typeAlg(_ t: GoType) -> TypeAlg {
        guard isComparable(t) else { return TypeAlg(equal: LLVMConstNull(ptr), hash: LLVMConstNull(ptr)) }
        if let (eq, h) = runtimeAlg(t) {
            return TypeAlg(equal: runtime("runtime." + eq).value, hash: runtime("runtime." + h).value)
        }
        return TypeAlg(equal: emitEqual(t), hash: emitHash(t))
    }

    /// The runtime's functions for t, when it has some (Go's AMEM8...ASTRING).
    private func runtimeAlg(_ t: GoType) -> (String, String)? {
        let size = sizeOf(t)
        if size == 0 { return ("memequal0", "memhash0") }
        switch t.underlying {
        case let bt as BasicType:
            switch bt.kind {
            case .float32: return ("f32equal", "f32hash")
            case .float64: return ("f64equal", "f64hash")
            case .complex64: return ("c64equal", "c64hash")
            case .complex128: return ("c128equal", "c128hash")
            case .string: return ("strequal", "strhash")
            default: break
            }
        case let it as InterfaceType:
            return it.allMethods.isEmpty ? ("nilinterequal", "nilinterhash") : ("interequal", "interhash")
        default: break
        }
        guard isPlainMemory(t) else { return nil }
        switch size {
        case 1: return ("memequal8", "memhash8")
        case 2: return ("memequal16", "memhash16")
        case 4: return ("memequal32", "memhash32")
        case 8: return ("memequal64", "memhash64")
        default: return nil   // plain memory of another size: emitted, calling memhash
        }
    }

    /// Whether == on t is == on its bytes: no floats (±0, NaN), strings,
    /// interfaces, padding or blank fields.
    func isPlainMemory(_ t: GoType) -> Bool {
        switch t.underlying {
        case let bt as BasicType:
            return !(bt.kind == .string || bt.kind == .float32 || bt.kind == .float64
                || bt.kind == .complex64 || bt.kind == .complex128)
        case is PointerType, is ChanType: return true
        case let at as ArrayType: return isPlainMemory(at.elem)
        case let st as StructType:
            var covered = 0
            for f in st.fields {
                if f.name == "_" || !isPlainMemory(f.type) { return false }
                covered += Layout.size(f.type)
            }
            return covered == Layout.size(st)   // no padding
        default: return false
        }
    }

    // MARK: Map key properties (maptype.flags)

    /// k == k for every value (false with floats or interfaces inside).
    func isReflexive(_ t: GoType) -> Bool {
        switch t.underlying {
        case let bt as BasicType: return !(t.isFloat || t.isComplex) || bt.kind == .invalid
        case is InterfaceType: return false
        case let at as ArrayType: return isReflexive(at.elem)
        case let st as StructType: return st.fields.allSatisfy { isReflexive($0.type) }
        default: return true
        }
    }

    /// Whether an assignment to an existing key must store the new key:
    /// equal keys can differ (+0/-0, a string's bytes, an interface's type).
    func needKeyUpdate(_ t: GoType) -> Bool {
        switch t.underlying {
        case let bt as BasicType: return t.isFloat || t.isComplex || bt.kind == .string
        case is InterfaceType: return true
        case let at as ArrayType: return needKeyUpdate(at.elem)
        case let st as StructType: return st.fields.contains { needKeyUpdate($0.type) }
        default: return false
        }
    }

    /// Whether hashing can panic (an interface holding an unhashable type).
    func hashMightPanic(_ t: GoType) -> Bool {
        switch t.underlying {
        case is InterfaceType: return true
        case let at as ArrayType: return hashMightPanic(at.elem)
        case let st as StructType: return st.fields.contains { hashMightPanic($0.type) }
        default: return false
        }
    }

    // MARK: Emitted functions

    /// The parts of an array or struct to hash or compare, in order: byte
    /// ranges of plain memory (merged when adjacent) and single elements.
    private enum AlgPart {
        case memory(offset: Int64, size: Int64)
        case value(offset: Int64, type: GoType)
    }

    private func algParts(_ t: GoType) -> [AlgPart]? {
        guard let st = t.underlying as? StructType else { return nil }
        var parts: [AlgPart] = []
        for (f, off) in zip(st.fields, Layout.offsets(st)) where f.name != "_" && Layout.size(f.type) > 0 {
            let size = Int64(Layout.size(f.type)), off = Int64(off)
            if isPlainMemory(f.type) {
                if case .memory(let o, let s)? = parts.last, o + s == off {
                    parts[parts.count - 1] = .memory(offset: o, size: s + size)
                } else {
                    parts.append(.memory(offset: off, size: size))
                }
            } else {
                parts.append(.value(offset: off, type: f.type))
            }
        }
        return parts
    }

    /// Begins an internal C-ABI function; returns it, its builder and params.
    private func beginAlgFunc(_ name: String, result: LLVMTypeRef, params: [LLVMTypeRef]) -> (LLVMValueRef, LLVMBuilderRef, [LLVMValueRef])? {
        if LLVMGetNamedFunction(module, name) != nil { return nil }
        var ps = params.map { $0 as LLVMTypeRef? }
        let f = LLVMAddFunction(module, name, LLVMFunctionType(result, &ps, UInt32(ps.count), 0))!
        LLVMSetLinkage(f, LLVMInternalLinkage)
        addAttribute(f, "nounwind")
        let bld = LLVMCreateBuilderInContext(ctx)!
        LLVMPositionBuilderAtEnd(bld, LLVMAppendBasicBlockInContext(ctx, f, "entry"))
        return (f, bld, (0..<ps.count).map { LLVMGetParam(f, UInt32($0))! })
    }

    private func gep(_ bld: LLVMBuilderRef, _ p: LLVMValueRef, _ off: Int64) -> LLVMValueRef {
        if off == 0 { return p }
        var idx: [LLVMValueRef?] = [constInt(i64, off)]
        return LLVMBuildInBoundsGEP2(bld, i8, p, &idx, 1, "")!
    }

    private func callAlg(_ bld: LLVMBuilderRef, _ fnPtr: LLVMValueRef, result: LLVMTypeRef, _ args: [LLVMValueRef]) -> LLVMValueRef {
        var ps = args.map { LLVMTypeOf($0) }
        var a = args.map { $0 as LLVMValueRef? }
        let ft = LLVMFunctionType(result, &ps, UInt32(ps.count), 0)!
        return LLVMBuildCall2(bld, ft, fnPtr, &a, UInt32(a.count), "")!
    }

    /// `type..hash.T(p, h)`: h threaded through every part, in order.
    private func emitHash(_ t: GoType) -> LLVMValueRef {
        let name = "type..hash.\(typeKey(t))"
        guard let (f, bld, params) = beginAlgFunc(name, result: i64, params: [ptr, i64]) else {
            return LLVMGetNamedFunction(module, name)!
        }
        defer { LLVMDisposeBuilder(bld) }
        let p = params[0]
        let memhash = runtime("runtime.memhash").value
        var h = params[1]
        if isPlainMemory(t) {
            h = callAlg(bld, memhash, result: i64, [p, h, constInt(i64, sizeOf(t))])
        } else if let parts = algParts(t) {
            for part in parts {
                switch part {
                case .memory(let off, let size):
                    h = callAlg(bld, memhash, result: i64, [gep(bld, p, off), h, constInt(i64, size)])
                case .value(let off, let ft):
                    h = callAlg(bld, typeAlg(ft).hash, result: i64, [gep(bld, p, off), h])
                }
            }
        } else if let at = t.underlying as? ArrayType {
            h = arrayLoop(f, bld, at, [p], carry: h) { bld, elems, h in
                self.callAlg(bld, self.typeAlg(at.elem).hash, result: self.i64, [elems[0], h!])
            }!
        }
        _ = LLVMBuildRet(bld, h)
        return f
    }

    /// `type..eq.T(p, q)`: false at the first part that differs.
    private func emitEqual(_ t: GoType) -> LLVMValueRef {
        let name = "type..eq.\(typeKey(t))"
        guard let (f, bld, params) = beginAlgFunc(name, result: i1, params: [ptr, ptr]) else {
            return LLVMGetNamedFunction(module, name)!
        }
        defer { LLVMDisposeBuilder(bld) }
        // The C caller reads a bool: the i1 must arrive zero-extended.
        LLVMAddAttributeAtIndex(f, 0, enumAttribute("zeroext"))
        let p = params[0], q = params[1]
        let memequal = runtime("runtime.memequal").value
        let falseB = LLVMAppendBasicBlockInContext(ctx, f, "ne")!
        func check(_ eq: LLVMValueRef) {
            let next = LLVMAppendBasicBlockInContext(ctx, f, "eq")!
            _ = LLVMBuildCondBr(bld, eq, next, falseB)
            LLVMPositionBuilderAtEnd(bld, next)
        }
        if isPlainMemory(t) {
            check(callAlg(bld, memequal, result: i1, [p, q, constInt(i64, sizeOf(t))]))
        } else if let parts = algParts(t) {
            for part in parts {
                switch part {
                case .memory(let off, let size):
                    check(callAlg(bld, memequal, result: i1, [gep(bld, p, off), gep(bld, q, off), constInt(i64, size)]))
                case .value(let off, let ft):
                    check(callAlg(bld, typeAlg(ft).equal, result: i1, [gep(bld, p, off), gep(bld, q, off)]))
                }
            }
        } else if let at = t.underlying as? ArrayType {
            _ = arrayLoop(f, bld, at, [p, q], carry: nil) { bld, elems, _ in
                check(self.callAlg(bld, self.typeAlg(at.elem).equal, result: self.i1, elems))
                return nil
            }
        }
        _ = LLVMBuildRet(bld, constBool(true))
        LLVMPositionBuilderAtEnd(bld, falseB)
        _ = LLVMBuildRet(bld, constBool(false))
        return f
    }

    /// A loop over the elements of arrays at bases, threading an optional
    /// i64 carry through body(builder, element pointers, carry).
    private func arrayLoop(_ f: LLVMValueRef, _ bld: LLVMBuilderRef, _ at: ArrayType, _ bases: [LLVMValueRef],
                           carry: LLVMValueRef?, body: (LLVMBuilderRef, [LLVMValueRef], LLVMValueRef?) -> LLVMValueRef?) -> LLVMValueRef? {
        let pre = LLVMGetInsertBlock(bld)!
        let loopB = LLVMAppendBasicBlockInContext(ctx, f, "elem")!
        _ = LLVMBuildBr(bld, loopB)
        LLVMPositionBuilderAtEnd(bld, loopB)
        let i = LLVMBuildPhi(bld, i64, "i")!
        let c = carry.map { _ in LLVMBuildPhi(bld, i64, "h")! }
        let esize = sizeOf(at.elem)
        let off = LLVMBuildMul(bld, i, constInt(i64, esize), "")!
        let elems = bases.map { base -> LLVMValueRef in
            var idx: [LLVMValueRef?] = [off]
            return LLVMBuildInBoundsGEP2(bld, i8, base, &idx, 1, "")!
        }
        let out = body(bld, elems, c)
        let next = LLVMBuildAdd(bld, i, constInt(i64, 1), "")!
        let more = LLVMBuildICmp(bld, LLVMIntULT, next, constInt(i64, at.len), "")!
        let bodyEnd = LLVMGetInsertBlock(bld)!
        let exitB = LLVMAppendBasicBlockInContext(ctx, f, "done")!
        _ = LLVMBuildCondBr(bld, more, loopB, exitB)
        var iv: [LLVMValueRef?] = [constInt(i64, 0), next]
        var ib: [LLVMBasicBlockRef?] = [pre, bodyEnd]
        LLVMAddIncoming(i, &iv, &ib, 2)
        if let c, let carry, let out {
            var cv: [LLVMValueRef?] = [carry, out]
            LLVMAddIncoming(c, &cv, &ib, 2)
        }
        LLVMPositionBuilderAtEnd(bld, exitB)
        return out
    }
}
