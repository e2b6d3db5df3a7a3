// Maps: make, literals, m[k], v, ok := m[k], m[k] = v, m[k] op= v, delete,
// len and for range, lowered to the runtime's map.c as gc lowers them
// (cmd/compile's walk/assign.go, walk/range.go, walk/builtin.go).
//
// A map value is a *hmap (nil for a nil map). Every call passes a `maptype`
// record (emitted once per map type, next to its descriptor) that tells the
// runtime the key and elem sizes, the key's hash and equal, and the bucket
// size. Keys travel by address, except for the fast paths gc also has:
// 4- and 8-byte integer/pointer keys and string keys go by value to
// mapaccess1_fast64 and friends, which hash and compare inline.
//
// The runtime returns a pointer to the elem slot: m[k] loads from it (the
// runtime points at zeroes for a missing key), m[k] = v stores into it. Such a
// pointer is dead at the next map operation: a later insertion may grow the
// map and move the entry.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    // MARK: The maptype record

    /// Size of a key or elem slot in a bucket: values over 128 bytes are
    /// stored out of line and the slot holds a pointer (Go's maxKeySize).
    private func mapSlotSize(_ t: GoType) -> Int64 {
        let size = max(sizeOf(t), storeSize(t))
        return size > 128 ? 8 : size
    }

    /// `type..maptype.map[K]V` (swiftgo_abi.h, struct maptype).
    func mapTypeRecord(_ t: GoType) -> LLVMValueRef {
        let name = "type..maptype.\(typeKey(t))"
        if let g = LLVMGetNamedGlobal(module, name) { return g }
        let mt = t.underlying as! MapType
        let ks = mapSlotSize(mt.key), es = mapSlotSize(mt.elem)
        var flags: Int64 = 0
        if sizeOf(mt.key) > 128 { flags |= 1 }
        if sizeOf(mt.elem) > 128 { flags |= 2 }
        if isReflexive(mt.key) { flags |= 4 }
        if needKeyUpdate(mt.key) { flags |= 8 }
        if hashMightPanic(mt.key) { flags |= 16 }
        let st = structOf([ptr, ptr, ptr, ptr, i8, i8, LLVMInt16TypeInContext(ctx), i32])
        let g = LLVMAddGlobal(module, st, name)!
        var fields: [LLVMValueRef?] = [
            typeDescriptor(t), typeDescriptor(mt.key), typeDescriptor(mt.elem), typeAlg(mt.key).hash,
            constInt(i8, ks), constInt(i8, es),
            constInt(LLVMInt16TypeInContext(ctx), 8 + 8 * ks + 8 * es + 8),   // tophash, keys, elems, overflow
            constInt(i32, flags),
        ]
        LLVMSetInitializer(g, LLVMConstNamedStruct(st, &fields, UInt32(fields.count)))
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
        return g
    }

    /// A constant zero value of t, for a missing key's elem.
    private func zeroValue(_ t: GoType) -> LLVMValueRef {
        let name = "go.zero.\(typeKey(t))"
        if let g = LLVMGetNamedGlobal(module, name) { return g }
        let g = LLVMAddGlobal(module, llvmType(t), name)!
        LLVMSetInitializer(g, LLVMConstNull(llvmType(t)))
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
        LLVMSetAlignment(g, 8)
        return g
    }

    // MARK: Runtime calls

    private enum MapKeyPath: String { case generic, fast32, fast64, faststr }

    /// Which runtime variant serves this map (gc's walk.mapfast).
    private func mapKeyPath(_ mt: MapType) -> MapKeyPath {
        if sizeOf(mt.elem) > 128 { return .generic }
        switch mt.key.underlying {
        case let bt as BasicType:
            if bt.kind == .string { return .faststr }
            if bt.kind == .unsafePointer { return .fast64 }
            guard mt.key.isInteger else { return .generic }   // floats hash specially
            switch sizeOf(mt.key) {
            case 4: return .fast32
            case 8: return .fast64
            default: return .generic
            }
        case is PointerType, is ChanType: return .fast64
        default: return .generic
        }
    }

    /// Calls runtime.<op>[_fastN](maptype, m, key) and returns its result.
    @discardableResult
    func mapCall(_ op: String, _ mapType: GoType, _ m: LLVMValueRef, _ key: LLVMValueRef) -> LLVMValueRef {
        let mt = mapType.underlying as! MapType
        let path = mapKeyPath(mt)
        var args: [LLVMValueRef?] = [mapTypeRecord(mapType), m]
        switch path {
        case .generic:
            let slot = alloca(llvmType(mt.key), "mapkey")
            _ = LLVMBuildStore(b, key, slot)
            args.append(slot)
        case .fast32:
            args.append(LLVMBuildZExt(b, key, i64, ""))
        case .fast64:
            args.append(LLVMGetTypeKind(LLVMTypeOf(key)) == LLVMPointerTypeKind ? LLVMBuildPtrToInt(b, key, i64, "") : key)
        case .faststr:
            args.append(LLVMBuildExtractValue(b, key, 0, ""))
            args.append(LLVMBuildExtractValue(b, key, 1, ""))
        }
        if op == "mapaccess1" && path == .generic && sizeOf(mt.elem) > 1024 {
            // Bigger than the runtime's zero area: bring our own zero value.
            args.append(zeroValue(mt.elem))
            return callRuntime("runtime.mapaccess1_fat", args)
        }
        return callRuntime(path == .generic ? "runtime.\(op)" : "runtime.\(op)_\(path.rawValue)", args)
    }

    /// `e` as a map index expression m[k], if it is one.
    func mapIndexExpr(_ e: Expr) -> IndexExpr? {
        guard let ix = unparenExpr(e) as? IndexExpr, typeOf(ix.x).underlying is MapType else { return nil }
        return ix
    }

    // MARK: make, literals, len

    /// make(map[K]V[, hint]): a small hint needs no bucket array yet.
    func genMakeMap(_ c: CallExpr, _ t: GoType) throws -> LLVMValueRef {
        if c.args.count < 2 { return callRuntime("runtime.makemap_small", []) }
        let tv = info.types[ObjectIdentifier(c.args[1])]
        if let tv, tv.mode == .constant, case .int(let n)? = tv.value, n <= 8 {
            return callRuntime("runtime.makemap_small", [])
        }
        let ht = typeOf(c.args[1])
        let hint = intCast(try genExpr(c.args[1], as: ht.isUntyped ? Universe.int : nil), from: ht, to: i64)
        return callRuntime("runtime.makemap", [mapTypeRecord(t), hint])
    }

    /// map[K]V{k: v, ...}: a map sized for the entries, filled in order.
    func genMapLit(_ cl: CompositeLit, _ t: GoType) throws -> LLVMValueRef {
        let mt = t.underlying as! MapType
        let m = cl.elts.count <= 8
            ? callRuntime("runtime.makemap_small", [])
            : callRuntime("runtime.makemap", [mapTypeRecord(t), constInt(i64, Int64(cl.elts.count))])
        for case let kv as KeyValueExpr in cl.elts {
            let k = try genElement(kv.key, mt.key)
            let v = try genElement(kv.value, mt.elem)
            _ = LLVMBuildStore(b, v, mapCall("mapassign", t, m, k))
        }
        return m
    }

    /// len(m): the count is hmap's first word; a nil map has none.
    func genMapLen(_ m: LLVMValueRef) -> LLVMValueRef {
        let start = LLVMGetInsertBlock(b)!
        let loadB = newBlock("maplen"), endB = newBlock("maplen.end")
        _ = LLVMBuildCondBr(b, LLVMBuildIsNull(b, m, ""), endB, loadB)
        LLVMPositionBuilderAtEnd(b, loadB)
        let n = LLVMBuildLoad2(b, i64, m, "count")!
        _ = LLVMBuildBr(b, endB)
        LLVMPositionBuilderAtEnd(b, endB)
        let phi = LLVMBuildPhi(b, i64, "len")!
        var vals: [LLVMValueRef?] = [constInt(i64, 0), n]
        var blocks: [LLVMBasicBlockRef?] = [start, loadB]
        LLVMAddIncoming(phi, &vals, &blocks, 2)
        return phi
    }

    // MARK: Reading

    /// m[k]: the elem, or the zero value when k is absent (or m is nil).
    func genMapIndex(_ ix: IndexExpr) throws -> LLVMValueRef {
        let t = typeOf(ix.x), mt = t.underlying as! MapType
        let m = try genExpr(ix.x, as: nil)
        let k = try genExpr(ix.index, as: mt.key)
        return LLVMBuildLoad2(b, llvmType(mt.elem), mapCall("mapaccess1", t, m, k), "")!
    }

    /// v, ok := m[k]: mapaccess2 returns nil for a missing key.
    func genMapIndexCommaOk(_ ix: IndexExpr) throws -> [LLVMValueRef] {
        let t = typeOf(ix.x), mt = t.underlying as! MapType
        let m = try genExpr(ix.x, as: nil)
        let k = try genExpr(ix.index, as: mt.key)
        let p = mapCall("mapaccess2", t, m, k)
        let ok = LLVMBuildIsNotNull(b, p, "ok")!
        let src = LLVMBuildSelect(b, ok, p, zeroValue(mt.elem), "")!
        return [LLVMBuildLoad2(b, llvmType(mt.elem), src, "")!, ok]
    }

    // MARK: Writing

    /// The left side m[k] of an assignment, with m and k evaluated (the
    /// first phase of §Assignment statements); the store comes later.
    struct MapStoreTarget {
        let mapType: GoType
        let m: LLVMValueRef
        let key: LLVMValueRef
    }

    func prepareMapStore(_ ix: IndexExpr) throws -> MapStoreTarget {
        let t = typeOf(ix.x), mt = t.underlying as! MapType
        let m = try genExpr(ix.x, as: nil)
        return MapStoreTarget(mapType: t, m: m, key: try genExpr(ix.index, as: mt.key))
    }

    /// m[k] = v; mapassign panics for a nil map.
    func storeMapEntry(_ target: MapStoreTarget, _ v: LLVMValueRef) {
        _ = LLVMBuildStore(b, v, mapCall("mapassign", target.mapType, target.m, target.key))
    }

    /// m[k] op= rhs and m[k]++ (rhs nil: the constant 1). The right side is
    /// evaluated first, as gc does. Operators that cannot panic update the
    /// slot mapassign returns (one lookup); division and shifts read with
    /// mapaccess1 first so that a panic leaves the map unchanged.
    func genMapOpAssign(_ ix: IndexExpr, _ op: Token, rhs: Expr?, at n: Node) throws {
        let target = try prepareMapStore(ix)
        let et = (target.mapType.underlying as! MapType).elem
        let isShift = op == .shl || op == .shr
        let y: LLVMValueRef
        var rhsType = et
        if let rhs {
            y = try genExpr(rhs, as: isShift ? nil : et)
            if isShift { rhsType = typeOf(rhs) }
        } else if et.isComplex {
            y = constComplex(1, 0, et)
        } else {
            y = et.isFloat ? LLVMConstReal(llvmType(et), 1) : LLVMConstInt(llvmType(et), 1, 0)
        }
        let lt = llvmType(et)
        if [.quo, .rem, .shl, .shr].contains(op) {
            let old = LLVMBuildLoad2(b, lt, mapCall("mapaccess1", target.mapType, target.m, target.key), "")!
            let new = try binaryOp(op, old, y, et, rhsType: rhsType, at: n)
            storeMapEntry(target, new)
            return
        }
        let p = mapCall("mapassign", target.mapType, target.m, target.key)
        let new = try binaryOp(op, LLVMBuildLoad2(b, lt, p, "")!, y, et, rhsType: rhsType, at: n)
        _ = LLVMBuildStore(b, new, p)
    }

    /// delete(m, k): no-op for a nil map or a missing key.
    func genMapDelete(_ c: CallExpr) throws {
        let t = typeOf(c.args[0]), mt = t.underlying as! MapType
        let m = try genExpr(c.args[0], as: nil)
        mapCall("mapdelete", t, m, try genExpr(c.args[1], as: mt.key))
    }

    // MARK: for range

    /// for k, v := range m: an iterator (hiter) in this frame; mapiternext
    /// sets hiter.key (offset 0) to nil at the end, hiter.elem is at 8.
    /// As in Go 1.19, `:=` declares k and v once for the whole loop.
    func genMapRange(_ r: RangeStmt, label: String?) throws {
        let t = typeOf(r.x), mt = t.underlying as! MapType
        let m = try genExpr(r.x, as: nil)
        let it = alloca(LLVMArrayType2(i64, UInt64(RuntimeABI.hiterSize / 8)), "hiter")
        let keyTarget = try rangeVar(r.key, r, mt.key), valueTarget = try rangeVar(r.value, r, mt.elem)
        callRuntime("runtime.mapiterinit", [mapTypeRecord(t), m, it])
        let condB = newBlock("maprange.cond"), bodyB = newBlock("maprange.body")
        let nextB = newBlock("maprange.next"), endB = newBlock("maprange.end")
        br(condB)
        LLVMPositionBuilderAtEnd(b, condB)
        let kp = LLVMBuildLoad2(b, ptr, it, "key")!
        _ = LLVMBuildCondBr(b, LLVMBuildIsNull(b, kp, ""), endB, bodyB)
        LLVMPositionBuilderAtEnd(b, bodyB)
        // Both are read before either is assigned (k may be v's operand).
        let k = keyTarget == nil ? nil : LLVMBuildLoad2(b, llvmType(mt.key), kp, "k")
        var v: LLVMValueRef?
        if valueTarget != nil {
            var idx: [LLVMValueRef?] = [constInt(i64, 1)]
            let ep = LLVMBuildLoad2(b, ptr, LLVMBuildInBoundsGEP2(b, ptr, it, &idx, 1, ""), "elem")!
            v = LLVMBuildLoad2(b, llvmType(mt.elem), ep, "v")
        }
        if let keyTarget, let k { try keyTarget(k) }
        if let valueTarget, let v { try valueTarget(v) }
        fn.targets.append(.init(label: label, breakBlock: endB, continueBlock: nextB))
        try genBlock(r.body.stmts)
        fn.targets.removeLast()
        br(nextB)
        LLVMPositionBuilderAtEnd(b, nextB)
        callRuntime("runtime.mapiternext", [it])
        br(condB)
        LLVMPositionBuilderAtEnd(b, endB)
    }

    /// How one iteration value is assigned: to a variable declared once
    /// (`:=`), to an operand evaluated on every iteration (`=`), or not at all.
    private func rangeVar(_ e: Expr?, _ r: RangeStmt, _ t: GoType) throws -> ((LLVMValueRef) throws -> Void)? {
        guard let e else { return nil }
        if let id = e as? Ident, id.isBlank { return nil }
        if r.tok == .define, let id = e as? Ident, let v = info.defs[ObjectIdentifier(id)] as? Var {
            let slot = newVarSlot(v, llvmType(v.type))
            _ = LLVMBuildStore(b, LLVMConstNull(llvmType(v.type)), slot)
            return { [unowned self] x in _ = LLVMBuildStore(self.b, x, slot) }
        }
        let target = info.typeOf(e) ?? t
        return { [unowned self] x in
            var x = x
            if target.underlying is InterfaceType, !(t.underlying is InterfaceType) {
                x = try self.toInterface(x, from: t, to: target)
            }
            if let ix = self.mapIndexExpr(e) {
                self.storeMapEntry(try self.prepareMapStore(ix), x)
            } else {
                _ = LLVMBuildStore(self.b, x, try self.genAddr(e))
            }
        }
    }
}
