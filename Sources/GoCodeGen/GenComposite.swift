// Composite literals and comparison of struct and array values. Structs
// and arrays are LLVM aggregates, so Go's value semantics (assignment and
// passing copy) come for free; slice literals get a new backing array.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// T{...} as a value of type t (given for literals whose type is elided).
    func genCompositeLit(_ cl: CompositeLit, as target: GoType? = nil) throws -> LLVMValueRef {
        var t = target ?? typeOf(cl)
        if cl.type == nil, let p = t.underlying as? PointerType { t = p.elem }
        switch t.underlying {
        case let st as StructType: return try structLit(cl, st)
        case let at as ArrayType:
            var v = LLVMConstNull(llvmType(at))!
            for (i, e) in try indexedElements(cl) {
                v = LLVMBuildInsertValue(b, v, try genElement(e, at.elem), UInt32(i), "")!
            }
            return v
        case let sl as SliceType: return try sliceLit(cl, sl)
        case is MapType: return try genMapLit(cl, t)   // GenMap.swift
        default:
            throw unsupported(cl, "composite literal of type \(t)")
        }
    }

    /// An element of an array, slice or map literal: `{...}` with an elided
    /// type may stand for &T{...} when the element type is *T.
    func genElement(_ e: Expr, _ elem: GoType) throws -> LLVMValueRef {
        if let cl = e as? CompositeLit, cl.type == nil {
            if let p = elem.underlying as? PointerType { return try newCompositeLit(cl, p.elem) }
            return try genCompositeLit(cl, as: elem)
        }
        return try genExpr(e, as: elem)
    }

    private func structLit(_ cl: CompositeLit, _ st: StructType) throws -> LLVMValueRef {
        var v = LLVMConstNull(llvmType(st))!
        for (n, e) in cl.elts.enumerated() {
            var index = n, valueExpr = e
            if let kv = e as? KeyValueExpr, let key = kv.key as? Ident {
                guard let f = info.uses[ObjectIdentifier(key)] as? Var,
                      let i = st.fields.firstIndex(where: { $0 === f }) else { throw unsupported(e, "field \(key.name)") }
                index = i
                valueExpr = kv.value
            }
            v = LLVMBuildInsertValue(b, v, try genExpr(valueExpr, as: st.fields[index].type), UInt32(index), "")!
        }
        return v
    }

    /// The elements of an array or slice literal with their indices: an
    /// element without a key follows the previous one (§Composite literals).
    func indexedElements(_ cl: CompositeLit) throws -> [(Int, Expr)] {
        var out: [(Int, Expr)] = []
        var next = 0
        for e in cl.elts {
            if let kv = e as? KeyValueExpr {
                guard case .int(let k)? = info.types[ObjectIdentifier(kv.key)]?.value ?? constIndex(kv.key) else {
                    throw unsupported(kv.key, "this array index")
                }
                next = Int(k)
                out.append((next, kv.value))
            } else {
                out.append((next, e))
            }
            next += 1
        }
        return out
    }

    private func constIndex(_ e: Expr) -> ConstValue? {
        if let id = e as? Ident, let c = info.objectOf(id) as? Const { return c.value }
        return nil
    }

    /// []T{...}: a new backing array as long as the highest index + 1.
    private func sliceLit(_ cl: CompositeLit, _ sl: SliceType) throws -> LLVMValueRef {
        let elems = try indexedElements(cl)
        let n = (elems.map { $0.0 }.max() ?? -1) + 1
        let arrayType = ArrayType(sl.elem, Int64(n))
        let lt = llvmType(arrayType)
        let values = try elems.map { try genElement($0.1, sl.elem) }
        let et = llvmType(sl.elem)
        if fn?.runsOnce == true && values.allSatisfy({ LLVMIsConstant($0) != 0 && LLVMTypeOf($0) == et }) {
            var data = [LLVMValueRef?](repeating: LLVMConstNull(et), count: n)
            for ((i, _), v) in zip(elems, values) { data[i] = v }
            if let p = staticObject(LLVMConstArray2(et, &data, UInt64(n))) {
                return makeSliceValue(p, constInt(i64, Int64(n)), constInt(i64, Int64(n)))
            }
        }
        let p = newObject(arrayType)
        for ((i, _), v) in zip(elems, values) {
            var idx: [LLVMValueRef?] = [constInt(i64, 0), constInt(i64, Int64(i))]
            _ = LLVMBuildStore(b, v, LLVMBuildInBoundsGEP2(b, lt, p, &idx, 2, "")!)
        }
        return makeSliceValue(p, constInt(i64, Int64(n)), constInt(i64, Int64(n)))
    }

    func makeSliceValue(_ p: LLVMValueRef, _ len: LLVMValueRef, _ cap: LLVMValueRef) -> LLVMValueRef {
        var v = LLVMGetUndef(structOf([ptr, i64, i64]))!
        v = LLVMBuildInsertValue(b, v, p, 0, "")!
        v = LLVMBuildInsertValue(b, v, len, 1, "")!
        return LLVMBuildInsertValue(b, v, cap, 2, "")!
    }

    // MARK: Comparison

    /// == and != of structs (field by field, blank fields ignored) and
    /// arrays (element by element).
    func compareAggregate(_ op: Token, _ x: LLVMValueRef, _ y: LLVMValueRef, _ t: GoType, at n: Node) throws -> LLVMValueRef {
        let eq = try equalAggregate(x, y, t, at: n)
        return op == .eql ? eq : LLVMBuildNot(b, eq, "")!
    }

    private func equalAggregate(_ x: LLVMValueRef, _ y: LLVMValueRef, _ t: GoType, at n: Node) throws -> LLVMValueRef {
        var result = constBool(true)
        switch t.underlying {
        case let st as StructType:
            for (i, f) in st.fields.enumerated() where f.name != "_" {
                let fx = LLVMBuildExtractValue(b, x, UInt32(i), "")!, fy = LLVMBuildExtractValue(b, y, UInt32(i), "")!
                result = LLVMBuildAnd(b, result, try compare(.eql, fx, fy, f.type, at: n), "")!
            }
            return result
        case let at as ArrayType where at.len <= 8:
            for i in 0..<UInt32(at.len) {
                let ex = LLVMBuildExtractValue(b, x, i, "")!, ey = LLVMBuildExtractValue(b, y, i, "")!
                result = LLVMBuildAnd(b, result, try compare(.eql, ex, ey, at.elem, at: n), "")!
            }
            return result
        case let at as ArrayType:
            return try equalArrayLoop(x, y, at, at: n)
        default:
            throw unsupported(n, "comparison of \(t)")
        }
    }

    /// Long arrays: a loop over the elements that stops at the first difference.
    private func equalArrayLoop(_ x: LLVMValueRef, _ y: LLVMValueRef, _ at: ArrayType, at n: Node) throws -> LLVMValueRef {
        let lt = llvmType(at)
        let px = alloca(lt, "eqx"), py = alloca(lt, "eqy"), i = alloca(i64, "eqi")
        _ = LLVMBuildStore(b, x, px)
        _ = LLVMBuildStore(b, y, py)
        _ = LLVMBuildStore(b, constInt(i64, 0), i)
        let condB = newBlock("aeq.cond"), bodyB = newBlock("aeq.body"), nextB = newBlock("aeq.next"), endB = newBlock("aeq.end")
        br(condB)
        LLVMPositionBuilderAtEnd(b, condB)
        let iv = LLVMBuildLoad2(b, i64, i, "")!
        _ = LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntULT, iv, constInt(i64, at.len), ""), bodyB, endB)
        LLVMPositionBuilderAtEnd(b, bodyB)
        let et = llvmType(at.elem)
        var idx: [LLVMValueRef?] = [constInt(i64, 0), iv]
        let ex = LLVMBuildLoad2(b, et, LLVMBuildInBoundsGEP2(b, lt, px, &idx, 2, ""), "")!
        let ey = LLVMBuildLoad2(b, et, LLVMBuildInBoundsGEP2(b, lt, py, &idx, 2, ""), "")!
        let same = try compare(.eql, ex, ey, at.elem, at: n)
        let bodyEnd = LLVMGetInsertBlock(b)!
        _ = LLVMBuildCondBr(b, same, nextB, endB)
        LLVMPositionBuilderAtEnd(b, nextB)
        _ = LLVMBuildStore(b, LLVMBuildAdd(b, iv, constInt(i64, 1), ""), i)
        br(condB)
        LLVMPositionBuilderAtEnd(b, endB)
        let phi = LLVMBuildPhi(b, i1, "")!
        var vals: [LLVMValueRef?] = [constBool(true), constBool(false)]
        var blocks: [LLVMBasicBlockRef?] = [condB, bodyEnd]
        LLVMAddIncoming(phi, &vals, &blocks, 2)
        return phi
    }
}
