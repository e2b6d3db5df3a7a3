// Arrays and slices: indexing with bounds checks, slice expressions with
// gc's checks and messages, make, append, copy, len and cap. Only make and
// a growing append call the runtime (slice.c); the rest is inline.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// The element size LLVM uses for address arithmetic.
    func storeSize(_ t: GoType) -> Int64 {
        Int64(LLVMABISizeOfType(tm.dataLayout, llvmType(t)))
    }

    /// An index operand as i64 (unsigned types zero-extend, so a huge value
    /// fails the unsigned bounds comparison like a negative one).
    func genIndexOperand(_ e: Expr) throws -> LLVMValueRef {
        let t = typeOf(e)
        return intCast(try genExpr(e, as: t), from: t, to: i64)
    }

    // MARK: Indexing

    /// a[i] as a value, for arrays, pointers to arrays and slices.
    func genIndexValue(_ ix: IndexExpr) throws -> LLVMValueRef {
        let t = typeOf(ix.x)
        let et = llvmType(typeOf(ix))
        if let at = t.underlying as? ArrayType, !isAddressable(ix.x) {
            // An array value (f()[i]): spill it to index it dynamically.
            let tmp = alloca(llvmType(at), "arr")
            _ = LLVMBuildStore(b, try genExpr(ix.x, as: nil), tmp)
            let i = boundsCheck(try genIndexOperand(ix.index), indexType: Universe.int, length: constInt(i64, at.len))
            var idx: [LLVMValueRef?] = [constInt(i64, 0), i]
            return LLVMBuildLoad2(b, et, LLVMBuildInBoundsGEP2(b, llvmType(at), tmp, &idx, 2, "")!, "")!
        }
        if t.underlying is MapType { return try genMapIndex(ix) }   // GenMap.swift
        return LLVMBuildLoad2(b, et, try genIndexAddr(ix), "")!
    }

    /// &a[i] for addressable arrays, pointers to arrays and slices.
    func genIndexAddr(_ ix: IndexExpr) throws -> LLVMValueRef {
        let t = typeOf(ix.x)
        switch t.underlying {
        case let sl as SliceType:
            let s = try genExpr(ix.x, as: nil)
            let i = boundsCheck(try genIndexOperand(ix.index), indexType: Universe.int, length: LLVMBuildExtractValue(b, s, 1, "len")!)
            var idx: [LLVMValueRef?] = [i]
            return LLVMBuildInBoundsGEP2(b, llvmType(sl.elem), LLVMBuildExtractValue(b, s, 0, ""), &idx, 1, "")!
        case let at as ArrayType:
            return try arrayElemAddr(try genAddr(ix.x), at, ix.index)
        case let p as PointerType:
            guard let at = p.elem.underlying as? ArrayType else { break }
            let base = try genExpr(ix.x, as: nil)
            nilCheck(base)
            return try arrayElemAddr(base, at, ix.index)
        default: break
        }
        throw unsupported(ix, "indexing \(t)")
    }

    private func arrayElemAddr(_ base: LLVMValueRef, _ at: ArrayType, _ index: Expr) throws -> LLVMValueRef {
        let i = boundsCheck(try genIndexOperand(index), indexType: Universe.int, length: constInt(i64, at.len))
        var idx: [LLVMValueRef?] = [constInt(i64, 0), i]
        return LLVMBuildInBoundsGEP2(b, llvmType(at), base, &idx, 2, "")!
    }

    // MARK: Slice expressions

    /// a[i:j] and a[i:j:k] of slices, arrays and pointers to arrays.
    func genSliceExpr(_ se: SliceExpr) throws -> LLVMValueRef {
        let t = typeOf(se.x)
        let base: LLVMValueRef, len: LLVMValueRef, cap: LLVMValueRef, elem: GoType, isSlice: Bool
        switch t.underlying {
        case let sl as SliceType:
            let s = try genExpr(se.x, as: nil)
            base = LLVMBuildExtractValue(b, s, 0, "")!
            len = LLVMBuildExtractValue(b, s, 1, "")!
            cap = LLVMBuildExtractValue(b, s, 2, "")!
            elem = sl.elem
            isSlice = true
        case let at as ArrayType:
            base = try genAddr(se.x)
            len = constInt(i64, at.len); cap = len; elem = at.elem; isSlice = false
        case let p as PointerType:
            guard let at = p.elem.underlying as? ArrayType else { throw unsupported(se, "slicing \(t)") }
            base = try genExpr(se.x, as: nil)
            nilCheck(base)
            len = constInt(i64, at.len); cap = len; elem = at.elem; isSlice = false
        default:
            throw unsupported(se, "slicing \(t)")
        }
        let lo = try se.low.map(genIndexOperand) ?? constInt(i64, 0)
        var hi = try se.high.map(genIndexOperand) ?? len
        var max = try se.max.map(genIndexOperand) ?? cap
        // gc checks from the right, so each bound is compared with one
        // already known to be in range (cmd/compile ssagen's slice).
        if se.max != nil {
            max = boundCheck(max, cap, isSlice ? "runtime.panicSlice3Acap" : "runtime.panicSlice3Alen")
            hi = boundCheck(hi, max, "runtime.panicSlice3B")
            _ = boundCheck(lo, hi, "runtime.panicSlice3C")
        } else {
            if se.high != nil { hi = boundCheck(hi, cap, isSlice ? "runtime.panicSliceAcap" : "runtime.panicSliceAlen") }
            _ = boundCheck(lo, hi, "runtime.panicSliceB")
        }
        let newCap = LLVMBuildSub(b, max, lo, "")!
        // The new base must not point past the array when the result is
        // empty to its capacity: it keeps the old base then.
        let offset = LLVMBuildMul(b, lo, constInt(i64, storeSize(elem)), "")!
        let delta = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntEQ, newCap, constInt(i64, 0), ""), constInt(i64, 0), offset, "")!
        var idx: [LLVMValueRef?] = [delta]
        let p = LLVMBuildInBoundsGEP2(b, i8, base, &idx, 1, "")!
        return makeSliceValue(p, LLVMBuildSub(b, hi, lo, "")!, newCap)
    }

    /// x ≤ bound (unsigned, so negatives fail), else the named panic.
    private func boundCheck(_ x: LLVMValueRef, _ bound: LLVMValueRef, _ panicFn: String) -> LLVMValueRef {
        checkOrPanic(LLVMBuildICmp(b, LLVMIntULE, x, bound, "")!, panicFn, [x, bound])
        return x
    }

    // MARK: Builtins

    /// len or cap of an array, pointer to array or slice (x already evaluated).
    func genLenCap(_ c: CallExpr, _ x: LLVMValueRef, _ t: GoType, isCap: Bool) throws -> LLVMValueRef {
        switch t.underlying {
        case is SliceType: return LLVMBuildExtractValue(b, x, isCap ? 2 : 1, isCap ? "cap" : "len")!
        case is MapType where !isCap: return genMapLen(x)   // GenMap.swift
        case is ChanType: return genChanLenCap(x, isCap: isCap)   // GenChan.swift
        case let at as ArrayType: return constInt(i64, at.len)
        case let p as PointerType:
            if let at = p.elem.underlying as? ArrayType { return constInt(i64, at.len) }
        default: break
        }
        throw unsupported(c, "\(isCap ? "cap" : "len") of \(t)")
    }

    func genSliceBuiltin(_ c: CallExpr, _ kind: BuiltinKind) throws -> LLVMValueRef? {
        switch kind {
        case .cap:
            let t = typeOf(c.args[0])
            return try genLenCap(c, try genExpr(c.args[0], as: t), t, isCap: true)
        case .new:
            return newObject(info.types[ObjectIdentifier(c.args[0])]?.type ?? typeOf(c.args[0]))
        case .make:
            let t = info.types[ObjectIdentifier(c.args[0])]?.type ?? typeOf(c)
            if t.underlying is MapType { return try genMakeMap(c, t) }   // GenMap.swift
            if t.underlying is ChanType { return try genMakeChan(c, t) }   // GenChan.swift
            guard let sl = t.underlying as? SliceType else { throw unsupported(c, "make(\(t))") }
            return try makeSlice(c, sl)
        case .append:
            return try genAppend(c)
        case .copy:
            return try genCopy(c)
        default:
            throw unsupported(c, "builtin \(kind.rawValue)")
        }
    }

    /// make([]T, len[, cap]): runtime.makeslice checks the sizes.
    private func makeSlice(_ c: CallExpr, _ sl: SliceType) throws -> LLVMValueRef {
        let len = try genIndexOperand(c.args[1])
        let cap = c.args.count > 2 ? try genIndexOperand(c.args[2]) : len
        let p = callRuntime("runtime.makeslice", [typeDescriptor(sl.elem), len, cap])
        return makeSliceValue(p, len, cap)
    }

    /// append(s, x...) and append(s, t...): grow when the new length
    /// exceeds the capacity, then store after the old elements.
    private func genAppend(_ c: CallExpr) throws -> LLVMValueRef {
        let st = typeOf(c)
        guard let sl = st.underlying as? SliceType else { throw unsupported(c, "append to \(st)") }
        // append(f()) with a multi-valued f: f's first result is the slice, the rest the elements.
        let multi = c.args.count == 1 ? info.typeOf(c.args[0]) as? TupleType : nil
        let parts = try multi.map { m in try genMulti(c.args[0], as: [st] + Array(repeating: sl.elem, count: m.count - 1)) } ?? []
        let s = multi == nil ? try genExpr(c.args[0], as: st) : parts[0]
        if c.args.count == 1 && parts.count < 2 { return s }
        let elemSize = constInt(i64, storeSize(sl.elem))
        let spread = c.ellipsis != .none
        // Evaluate every operand before growing (§Appending and copying).
        var values: [LLVMValueRef] = Array(parts.dropFirst())
        var extra: LLVMValueRef = constInt(i64, Int64(values.count))
        var src: LLVMValueRef?
        if multi == nil && spread {
            let other = try genExpr(c.args[1], as: nil)
            src = LLVMBuildExtractValue(b, other, 0, "")!
            extra = LLVMBuildExtractValue(b, other, 1, "")!
        } else if multi == nil {
            for a in c.args.dropFirst() { values.append(try genElement(a, sl.elem)) }
            extra = constInt(i64, Int64(values.count))
        }
        var p = LLVMBuildExtractValue(b, s, 0, "")!
        let len = LLVMBuildExtractValue(b, s, 1, "")!
        var cap = LLVMBuildExtractValue(b, s, 2, "")!
        let newLen = LLVMBuildAdd(b, len, extra, "")!

        let start = LLVMGetInsertBlock(b)!
        let growB = newBlock("append.grow"), doneB = newBlock("append.store")
        let br = LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntUGT, newLen, cap, ""), growB, doneB)!
        setBranchWeights(br, likely: 1, unlikely: 100)
        LLVMPositionBuilderAtEnd(b, growB)
        let grown = callRuntime("runtime.growslice", [typeDescriptor(sl.elem), p, len, cap, newLen])
        let gp = LLVMBuildExtractValue(b, grown, 0, "")!, gcap = LLVMBuildExtractValue(b, grown, 2, "")!
        let growEnd = LLVMGetInsertBlock(b)!
        _ = LLVMBuildBr(b, doneB)
        LLVMPositionBuilderAtEnd(b, doneB)
        p = phi(ptr, [(p, start), (gp, growEnd)])
        cap = phi(i64, [(cap, start), (gcap, growEnd)])

        let et = llvmType(sl.elem)
        if let src {
            var idx: [LLVMValueRef?] = [len]
            let dst = LLVMBuildInBoundsGEP2(b, et, p, &idx, 1, "")!
            _ = LLVMBuildMemMove(b, dst, 1, src, 1, LLVMBuildMul(b, extra, elemSize, ""))
        } else {
            for (k, v) in values.enumerated() {
                var idx: [LLVMValueRef?] = [LLVMBuildAdd(b, len, constInt(i64, Int64(k)), "")]
                _ = LLVMBuildStore(b, v, LLVMBuildInBoundsGEP2(b, et, p, &idx, 1, ""))
            }
        }
        return makeSliceValue(p, newLen, cap)
    }

    func phi(_ t: LLVMTypeRef, _ incoming: [(LLVMValueRef, LLVMBasicBlockRef)]) -> LLVMValueRef {
        let phi = LLVMBuildPhi(b, t, "")!
        var vals = incoming.map { $0.0 as LLVMValueRef? }
        var blocks = incoming.map { $0.1 as LLVMBasicBlockRef? }
        LLVMAddIncoming(phi, &vals, &blocks, UInt32(incoming.count))
        return phi
    }

    /// copy(dst, src): min(len(dst), len(src)) elements, overlapping allowed.
    private func genCopy(_ c: CallExpr) throws -> LLVMValueRef {
        let dt = typeOf(c.args[0])
        guard let sl = dt.underlying as? SliceType else { throw unsupported(c, "copy to \(dt)") }
        let dst = try genExpr(c.args[0], as: nil), src = try genExpr(c.args[1], as: nil)
        let dl = LLVMBuildExtractValue(b, dst, 1, "")!, sl2 = LLVMBuildExtractValue(b, src, 1, "")!
        let n = LLVMBuildSelect(b, LLVMBuildICmp(b, LLVMIntSLT, dl, sl2, ""), dl, sl2, "")!
        let bytes = LLVMBuildMul(b, n, constInt(i64, storeSize(sl.elem)), "")!
        _ = LLVMBuildMemMove(b, LLVMBuildExtractValue(b, dst, 0, ""), 1, LLVMBuildExtractValue(b, src, 0, ""), 1, bytes)
        return n
    }
}

extension CodeGen {
    /// s == nil, s != nil: a slice is nil when its array pointer is.
    func compareSliceNil(_ op: Token, _ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef {
        let px = LLVMBuildExtractValue(b, x, 0, "")!, py = LLVMBuildExtractValue(b, y, 0, "")!
        return LLVMBuildICmp(b, op == .eql ? LLVMIntEQ : LLVMIntNE, px, py, "")!
    }
}

extension CodeGen {
    /// Arguments of a call to a variadic function: the extra arguments
    /// become a new []T (nil when there are none); f(s...) passes s itself.
    func genVariadicArgs(_ c: CallExpr, _ sig: Signature) throws -> [LLVMValueRef] {
        let params = sig.params.vars
        let fixed = params.count - 1
        let sliceType = params[fixed].type
        guard let sl = sliceType.underlying as? SliceType else { throw unsupported(c, "variadic parameter of type \(sliceType)") }
        // f(g()) with g's results spread over the parameters.
        var values: [(LLVMValueRef, GoType)] = []
        if c.args.count == 1, let tuple = info.typeOf(c.args[0]) as? TupleType {
            values = zip(try genMulti(c.args[0]), tuple.types).map { ($0, $1) }
        } else {
            for (i, a) in c.args.enumerated() {
                if i < fixed {
                    values.append((try genExpr(a, as: params[i].type), params[i].type))
                } else if c.ellipsis != .none {
                    values.append((try genExpr(a, as: sliceType), sliceType))
                } else {
                    values.append((try genElement(a, sl.elem), sl.elem))
                }
            }
        }
        var out = try values.prefix(fixed).enumerated().map { i, v in try convertValue(v.0, from: v.1, to: params[i].type) }
        if c.ellipsis != .none { out.append(values[fixed].0); return out }
        let extra = values.dropFirst(fixed)
        if extra.isEmpty { out.append(LLVMConstNull(llvmType(sliceType))); return out }
        let arrayType = ArrayType(sl.elem, Int64(extra.count))
        let p = newObject(arrayType)
        for (k, v) in extra.enumerated() {
            var idx: [LLVMValueRef?] = [constInt(i64, 0), constInt(i64, Int64(k))]
            _ = LLVMBuildStore(b, try convertValue(v.0, from: v.1, to: sl.elem), LLVMBuildInBoundsGEP2(b, llvmType(arrayType), p, &idx, 2, "")!)
        }
        let n = constInt(i64, Int64(extra.count))
        out.append(makeSliceValue(p, n, n))
        return out
    }

    /// A value already generated, converted to an interface type if the
    /// destination is one (the only implicit conversion of a typed value).
    private func convertValue(_ v: LLVMValueRef, from: GoType, to: GoType) throws -> LLVMValueRef {
        if to.underlying is InterfaceType && !(from.underlying is InterfaceType) { return try toInterface(v, from: from, to: to) }
        return v
    }
}
