// Interface values (DESIGN.md §3): an empty interface is {type, data}, a
// non-empty one {itab, data} (swiftgo_abi.h). The compiler emits the itab
// of every conversion T -> I it sees as `go.itab.T,I`; the runtime builds
// the others (iface.c) from the method tables emitted here with each type
// descriptor. Calls through an interface load the itab entry and pass the
// data word as the receiver (GenMethod.swift makes the entries).
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// Pointer-shaped values live in the data word itself; the runtime's
    /// isdirectiface (iface.c) must agree.
    func isDirectIface(_ t: GoType) -> Bool {
        switch t.underlying {
        case is PointerType, is MapType, is ChanType, is Signature: return true
        case let bt as BasicType: return bt.kind == .unsafePointer
        default: return false
        }
    }

    /// The data word for a value v of concrete type t: v itself, or a
    /// pointer to a new heap copy of it.
    func interfaceDataWord(_ v: LLVMValueRef, _ t: GoType) -> LLVMValueRef {
        if isDirectIface(t) { return v }
        let data = callRuntime("runtime.mallocgc", [constInt(i64, max(1, sizeOf(t))), typeDescriptor(t), constBool(true)])
        _ = LLVMBuildStore(b, v, data)
        return data
    }

    /// The value of type t held in an interface with this data word.
    func unboxDataWord(_ data: LLVMValueRef, _ t: GoType) -> LLVMValueRef {
        if isDirectIface(t) { return data }
        return LLVMBuildLoad2(b, llvmType(t), data, "unbox")!
    }

    func interfaceValue(_ w0: LLVMValueRef, _ data: LLVMValueRef) -> LLVMValueRef {
        var r = LLVMGetUndef(structOf([ptr, ptr]))!
        r = LLVMBuildInsertValue(b, r, w0, 0, "")!
        return LLVMBuildInsertValue(b, r, data, 1, "")!
    }

    // MARK: Conversions

    /// Conversions toInterface does not do itself: nil, interface to
    /// interface, and concrete to non-empty interface. nil: not handled.
    func convertToInterface(_ v: LLVMValueRef, from t: GoType, to target: GoType) throws -> LLVMValueRef? {
        guard let it = target.underlying as? InterfaceType else { return nil }
        if (t as? BasicType)?.kind == .untypedNil { return LLVMConstNull(llvmType(target)) }
        if let ft = t.underlying as? InterfaceType {
            let w0 = LLVMBuildExtractValue(b, v, 0, "")!, data = LLVMBuildExtractValue(b, v, 1, "")!
            if it.allMethods.isEmpty {
                return ft.allMethods.isEmpty ? v : interfaceValue(dynamicType(w0, of: t), data)
            }
            // Same method list: the itab's entries line up, keep it.
            if ft.allMethods.map(\.name) == it.allMethods.map(\.name) { return v }
            return interfaceValue(callRuntime("runtime.convI2I", [typeDescriptor(target), w0]), data)
        }
        if it.allMethods.isEmpty { return nil }
        return interfaceValue(try staticItab(t, target), interfaceDataWord(v, t))
    }

    /// The dynamic type of an interface value of static type t, from its
    /// first word (the itab's type for a non-empty interface; nil stays nil).
    func dynamicType(_ w0: LLVMValueRef, of t: GoType) -> LLVMValueRef {
        guard let it = t.underlying as? InterfaceType, !it.allMethods.isEmpty else { return w0 }
        let start = LLVMGetInsertBlock(b)!
        let loadB = newBlock("itab.type"), endB = newBlock("itab.type.end")
        _ = LLVMBuildCondBr(b, LLVMBuildICmp(b, LLVMIntEQ, w0, LLVMConstNull(ptr), "")!, endB, loadB)
        LLVMPositionBuilderAtEnd(b, loadB)
        var idx: [LLVMValueRef?] = [constInt(i64, 8)]
        let typ = LLVMBuildLoad2(b, ptr, LLVMBuildGEP2(b, i8, w0, &idx, 1, "")!, "type")!
        _ = LLVMBuildBr(b, endB)
        LLVMPositionBuilderAtEnd(b, endB)
        let phi = LLVMBuildPhi(b, ptr, "dyntype")!
        var vals: [LLVMValueRef?] = [LLVMConstNull(ptr), typ]
        var blocks: [LLVMBasicBlockRef?] = [start, loadB]
        LLVMAddIncoming(phi, &vals, &blocks, 2)
        return phi
    }

    /// `go.itab.T,I`: {inter, type, hash, pad, fun[n]}, one per program.
    func staticItab(_ t: GoType, _ iface: GoType) throws -> LLVMValueRef {
        let name = "go.itab.\(typeKey(t)),\(typeKey(iface))"
        if let g = LLVMGetNamedGlobal(module, name) { return g }
        let it = iface.underlying as! InterfaceType
        let mset = methodSet(t)
        var funs: [LLVMValueRef?] = []
        for m in it.allMethods {
            guard let e = mset.first(where: { $0.name == m.name }) else {
                throw CodeGenError("\(typeName(t)) has no method \(m.name) for \(typeName(iface))")
            }
            funs.append(try ifn(t, e))
        }
        let funArr = LLVMConstArray2(ptr, &funs, UInt64(funs.count))!
        var fields: [LLVMValueRef?] = [
            typeDescriptor(iface), typeDescriptor(t), constInt(i32, Int64(fnv32(typeName(t)))),
            LLVMConstNull(LLVMArrayType2(i8, 4)), funArr,
        ]
        let v = LLVMConstStructInContext(ctx, &fields, UInt32(fields.count), 0)
        let g = LLVMAddGlobal(module, LLVMTypeOf(v), name)!
        LLVMSetInitializer(g, v)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
        return g
    }

    // MARK: Type descriptor parts

    /// The package path reflect reports for a named type: its defining
    /// package's, "main" for the main package (as gc), "" for predeclared ones.
    func typePkgPath(_ t: GoType) -> String {
        let base = (t as? PointerType)?.elem ?? t
        return symbolPrefix((base as? NamedType)?.obj.pkg)
    }

    /// The method table of t (uncommontype); NULL for unnamed types without
    /// methods. A named type always has one: reflect's PkgPath reads it.
    func uncommonTable(_ t: GoType) -> LLVMValueRef {
        let mset = methodSet(t)
        if mset.isEmpty {
            guard t is NamedType, !typePkgPath(t).isEmpty else { return LLVMConstNull(ptr) }
            var u: [LLVMValueRef?] = [constString(Array(typePkgPath(t).utf8)), constInt(i64, 0), LLVMConstNull(ptr)]
            return constGlobal(LLVMConstStructInContext(ctx, &u, 3, 0), "go.uncommon.\(typeKey(t))")
        }
        let methodTy = structOf([stringType, ptr, ptr])
        var entries: [LLVMValueRef?] = []
        for e in mset {
            guard let code = try? ifn(t, e) else { return LLVMConstNull(ptr) }
            var f: [LLVMValueRef?] = [constString(Array(e.name.utf8)), typeDescriptor(methodType(e.method.signature)), code]
            entries.append(LLVMConstNamedStruct(methodTy, &f, 3))
        }
        let arr = LLVMConstArray2(methodTy, &entries, UInt64(entries.count))!
        let methods = constGlobal(arr, "go.methods.\(typeKey(t))")
        var u: [LLVMValueRef?] = [constString(Array(typePkgPath(t).utf8)), constInt(i64, Int64(entries.count)), methods]
        return constGlobal(LLVMConstStructInContext(ctx, &u, 3, 0), "go.uncommon.\(typeKey(t))")
    }

    /// Kind-specific data after _type: an interface's methods (interfacetype).
    func descriptorTrailerTypes(_ t: GoType) -> [LLVMTypeRef] {
        t.underlying is InterfaceType ? [stringType, structOf([ptr, i64, i64])] : []
    }

    func descriptorTrailer(_ t: GoType) -> [LLVMValueRef?] {
        guard let it = t.underlying as? InterfaceType else { return [] }
        let imethodTy = structOf([stringType, ptr])
        var entries: [LLVMValueRef?] = it.allMethods.map { m in
            var f: [LLVMValueRef?] = [constString(Array(m.name.utf8)), typeDescriptor(methodType(m.signature))]
            return LLVMConstNamedStruct(imethodTy, &f, 2)
        }
        let n = constInt(i64, Int64(entries.count))
        let arr = entries.isEmpty ? LLVMConstNull(ptr)!
            : constGlobal(LLVMConstArray2(imethodTy, &entries, UInt64(entries.count))!, "go.imethods.\(typeKey(t))")
        var mhdr: [LLVMValueRef?] = [arr, n, n]
        let ipath = t is NamedType ? typePkgPath(t) : pkgPath
        return [constString(Array(ipath.utf8)), LLVMConstStructInContext(ctx, &mhdr, 3, 0)]
    }

    private func constGlobal(_ v: LLVMValueRef, _ name: String) -> LLVMValueRef {
        if let g = LLVMGetNamedGlobal(module, name) { return g }
        let g = LLVMAddGlobal(module, LLVMTypeOf(v), name)!
        LLVMSetInitializer(g, v)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
        return g
    }

    // MARK: Comparison

    /// x == y for interface values: same type word, then efaceeq/ifaceeq
    /// compare the data (and panic for uncomparable dynamic types).
    func compareInterfaces(_ op: Token, _ x: LLVMValueRef, _ y: LLVMValueRef, _ t: GoType) -> LLVMValueRef {
        let empty = (t.underlying as! InterfaceType).allMethods.isEmpty
        let wx = LLVMBuildExtractValue(b, x, 0, "")!, wy = LLVMBuildExtractValue(b, y, 0, "")!
        var sameType = LLVMBuildICmp(b, LLVMIntEQ, wx, wy, "")!
        if !empty {
            // The itab a type assertion builds at run time and the compiler's
            // go.itab.T,I are different objects for one (T, I): compare itab.type.
            let bothSet = LLVMBuildAnd(b, LLVMBuildIsNotNull(b, wx, "")!, LLVMBuildIsNotNull(b, wy, "")!, "")!
            let check = LLVMBuildAnd(b, LLVMBuildNot(b, sameType, "")!, bothSet, "")!
            let viaType = shortCircuit(check, "iface.itabtype") {
                var off: [LLVMValueRef?] = [constInt(i64, 8)]
                let px = LLVMBuildInBoundsGEP2(b, LLVMInt8TypeInContext(ctx), wx, &off, 1, "")!
                let py = LLVMBuildInBoundsGEP2(b, LLVMInt8TypeInContext(ctx), wy, &off, 1, "")!
                return LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildLoad2(b, ptr, px, "")!, LLVMBuildLoad2(b, ptr, py, "")!, "")!
            }
            sameType = LLVMBuildOr(b, sameType, viaType, "")!
        }
        let eq = shortCircuit(sameType, "iface.eq") {
            callRuntime(empty ? "runtime.efaceeq" : "runtime.ifaceeq",
                        [wx, LLVMBuildExtractValue(b, x, 1, ""), LLVMBuildExtractValue(b, y, 1, "")])
        }
        return op == .eql ? eq : LLVMBuildNot(b, eq, "")!
    }
}
