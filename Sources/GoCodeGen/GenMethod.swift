// Methods (§Method declarations, §Method sets, §Selectors): calls x.M(...)
// with automatic & and * of the receiver and promotion through embedded
// fields, method values x.M, method expressions T.M and (*T).M, and the
// wrappers an itab needs: every itab entry takes the interface's data word
// as its receiver, which is the value itself for pointer-shaped types and a
// pointer to the (boxed) value otherwise. Go names that wrapper (*T).M.
import CLLVM
import GoSyntax
import GoTypes

/// One method of a method set, found at `path` of embedded fields.
struct MethodEntry {
    let name: String
    let method: Func
    let path: [Int]
    /// Whether an embedded pointer lies on the path (then pointer methods of
    /// the embedded type are promoted to the value's method set too).
    let viaPointer: Bool
    /// The method belongs to an embedded interface field.
    let viaInterface: Bool
}

extension CodeGen {
    // MARK: Method sets

    /// The method set of t (T or *T), sorted by name: Go's uncommon methods.
    func methodSet(_ t: GoType) -> [MethodEntry] {
        var base = t
        var isPtr = false
        if !(t is NamedType), let p = t.underlying as? PointerType { base = p.elem; isPtr = true }
        if base.underlying is InterfaceType || base.underlying is PointerType { return [] }
        struct Level { let type: GoType; let path: [Int]; let viaPointer: Bool }
        var current = [Level(type: base, path: [], viaPointer: false)]
        var decided: [String: MethodEntry?] = [:]
        var seen = Set<ObjectIdentifier>()
        while !current.isEmpty {
            var found: [String: [MethodEntry]] = [:]
            var fields = Set<String>()
            var next: [Level] = []
            for l in current {
                if let n = l.type as? NamedType {
                    if !seen.insert(ObjectIdentifier(n)).inserted { continue }
                    for m in n.methods {
                        found[m.name, default: []].append(.init(name: m.name, method: m, path: l.path, viaPointer: l.viaPointer, viaInterface: false))
                    }
                }
                switch l.type.underlying {
                case let st as StructType:
                    for (i, f) in st.fields.enumerated() {
                        fields.insert(f.name)
                        guard f.embedded else { continue }
                        if let p = f.type as? PointerType {
                            next.append(Level(type: p.elem, path: l.path + [i], viaPointer: true))
                        } else {
                            next.append(Level(type: f.type, path: l.path + [i], viaPointer: l.viaPointer))
                        }
                    }
                case let it as InterfaceType where !l.path.isEmpty:
                    for m in it.allMethods {
                        found[m.name, default: []].append(.init(name: m.name, method: m, path: l.path, viaPointer: l.viaPointer, viaInterface: true))
                    }
                default: break
                }
            }
            for (name, list) in found where decided[name] == nil {
                decided[name] = list.count == 1 && !fields.contains(name) ? list[0] : .some(nil)
            }
            for name in fields where decided[name] == nil { decided[name] = .some(nil) }
            current = next
        }
        return decided.values.compactMap { $0 }
            .filter { !$0.method.isPointerRecv || $0.viaInterface || isPtr || $0.viaPointer }
            .sorted { $0.name < $1.name }
    }

    /// A method's type as the method table records it: no receiver, no names.
    func methodType(_ sig: Signature) -> Signature {
        func strip(_ t: TupleType) -> TupleType {
            TupleType(t.vars.map { Var(name: "", type: $0.type, pos: .none, pkg: nil) })
        }
        return Signature(recv: nil, params: strip(sig.params), results: strip(sig.results), variadic: sig.variadic)
    }

    /// The LLVM type of an itab entry: (ctx, data word, params...).
    func ifnType(_ sig: Signature) -> LLVMTypeRef {
        var params: [LLVMTypeRef?] = [ptr, ptr]
        params.append(contentsOf: sig.params.vars.map { llvmType($0.type) })
        return LLVMFunctionType(resultType(sig), &params, UInt32(params.count), 0)
    }

    // MARK: Calls

    /// x.M(args) for a method selector: the call instruction (even without
    /// results); nil if the callee is not a method.
    func genMethodCall(_ c: CallExpr, _ sel: SelectorExpr) throws -> LLVMValueRef? {
        guard case .method(let path, let m, _)? = info.selections[ObjectIdentifier(sel)] else { return nil }
        let sig = m.signature
        let call: LLVMValueRef
        switch try methodReceiver(sel.x, path: path, m) {
        case .iface(let v, let it):
            let recvWord = LLVMBuildExtractValue(b, v, 1, "data")!
            let code = itabMethod(LLVMBuildExtractValue(b, v, 0, "itab")!, it, m.name)
            var args: [LLVMValueRef] = [recvWord]
            args += try genArgs(c, sig)
            call = buildGoCall(code, ifnType(sig), context: nil, args)
        case .direct(let recv):
            let callee = declareFunc(m)
            call = buildGoCall(callee.value, callee.type, context: nil, [recv] + (try genArgs(c, sig)))
        }
        return call
    }

    enum MethodReceiver {
        /// Dispatch through an interface value of this interface type.
        case iface(LLVMValueRef, InterfaceType)
        /// The receiver argument of a declared method.
        case direct(LLVMValueRef)
    }

    /// Evaluates the receiver of x.M (M found at path): the value or
    /// pointer M's declaration takes, or the interface to dispatch on.
    func methodReceiver(_ x: Expr, path: [Int], _ m: Func) throws -> MethodReceiver {
        let xt = typeOf(x)
        if path.isEmpty, let it = xt.underlying as? InterfaceType {
            return .iface(try genExpr(x, as: nil), it)
        }
        // The type at the end of the path: the embedded field holding M.
        var end = xt
        for i in path {
            if let p = end.underlying as? PointerType { end = p.elem }
            end = (end.underlying as! StructType).fields[i].type
        }
        if let it = end.underlying as? InterfaceType {
            return .iface(LLVMBuildLoad2(b, llvmType(end), try fieldAddr(x, path: path), "")!, it)
        }
        // p: a pointer to M's receiver type, or nil when x is that value itself.
        var p: LLVMValueRef?
        if path.isEmpty {
            if xt.underlying is PointerType && !(m.recvNamed.map { identical($0, xt) } ?? false) {
                p = try genExpr(x, as: nil)
            } else if m.isPointerRecv {
                p = try genAddr(x)
            }
        } else {
            p = try fieldAddr(x, path: path)
            if end.underlying is PointerType, !(m.recvNamed.map { identical($0, end) } ?? false) {
                p = LLVMBuildLoad2(b, ptr, p!, "embedded")!
            }
        }
        guard let p else { return .direct(try genExpr(x, as: nil)) }
        if m.isPointerRecv { return .direct(p) }
        nilCheck(p)
        return .direct(LLVMBuildLoad2(b, llvmType(m.recvNamed!), p, "recv")!)
    }

    /// The code pointer of method `name` in an itab (nil-checked).
    func itabMethod(_ tab: LLVMValueRef, _ it: InterfaceType, _ name: String) -> LLVMValueRef {
        nilCheck(tab)
        let k = it.allMethods.firstIndex { $0.name == name }!
        var idx: [LLVMValueRef?] = [constInt(i64, Int64(itabFunOffset + 8 * k))]
        let slot = LLVMBuildGEP2(b, i8, tab, &idx, 1, "")!
        return LLVMBuildLoad2(b, ptr, slot, name)!
    }

    /// itab.fun's offset: inter, type, hash + padding.
    var itabFunOffset: Int { 24 }

    // MARK: Wrappers

    /// The itab entry for method e of type t (T or *T): a function taking
    /// the data word. A pointer method of *T is its own entry; everything
    /// else gets a wrapper `pkg.(*T).M`.
    func ifn(_ t: GoType, _ e: MethodEntry) throws -> LLVMValueRef {
        let m = e.method
        if isDirectIface(t) && !(t.underlying is PointerType) {
            return declareFunc(m).value   // a named map, chan or func: the word is the value
        }
        var base = t
        if !(t is NamedType), let p = t.underlying as? PointerType { base = p.elem }
        if e.path.isEmpty && m.isPointerRecv && !e.viaInterface { return declareFunc(m).value }
        // Named after T's own package: the wrapper is shared program-wide.
        let owner = (base as? NamedType)?.obj.pkg.map { $0.name == "main" ? "main" : $0.path } ?? pkgPath
        let name = "\(owner).(*\(typeString(base, qualifier: { _ in nil }, namedSuffix: localTypeSuffix))).\(e.name)"
        if let f = LLVMGetNamedFunction(module, name) { return f }
        let sig = m.signature
        let f = LLVMAddFunction(module, name, ifnType(sig))!
        LLVMSetLinkage(f, LLVMLinkOnceODRLinkage)
        setGoFunctionAttributes(f)
        try detached {
            beginFunction(f, sig: sig, name: name)
            let params = (2..<(2 + sig.params.count)).map { LLVMGetParam(f, UInt32($0))! }
            let result = try wrapperCall(LLVMGetParam(f, 1)!, base, e, params, wrapperName: name)
            if sig.results.count == 0 { _ = LLVMBuildRetVoid(b) } else { _ = LLVMBuildRet(b, result) }
            endFunction()
        }
        return f
    }

    /// Calls method e on the value of type base that p points to.
    private func wrapperCall(_ p: LLVMValueRef, _ base: GoType, _ e: MethodEntry, _ args: [LLVMValueRef],
                             wrapperName: String) throws -> LLVMValueRef {
        let m = e.method, sig = m.signature
        var addr = p, cur = base
        for i in e.path {
            let st = cur.underlying as! StructType
            nilCheck(addr)
            let fieldAddr = LLVMBuildStructGEP2(b, llvmType(st), addr, UInt32(i), st.fields[i].name)!
            let ft = st.fields[i].type
            if let pt = ft as? PointerType {
                addr = LLVMBuildLoad2(b, ptr, fieldAddr, "embedded")!
                cur = pt.elem
            } else {
                addr = fieldAddr
                cur = ft
            }
        }
        if e.viaInterface, let it = cur.underlying as? InterfaceType {
            let v = LLVMBuildLoad2(b, llvmType(cur), addr, "")!
            let code = itabMethod(LLVMBuildExtractValue(b, v, 0, "")!, it, m.name)
            return buildGoCall(code, ifnType(sig), context: nil, [LLVMBuildExtractValue(b, v, 1, "")!] + args)
        }
        let callee = declareFunc(m)
        if m.isPointerRecv { return buildGoCall(callee.value, callee.type, context: nil, [addr] + args) }
        if e.path.isEmpty {
            // gc's (*T).M wrapper of a value method: runtime.panicwrap names
            // the method from the wrapper's own name.
            let s = constString(Array(wrapperName.utf8))
            checkOrPanic(LLVMBuildICmp(b, LLVMIntNE, addr, LLVMConstNull(ptr), "")!, "runtime.panicwrap",
                         [LLVMBuildExtractValue(b, s, 0, ""), LLVMBuildExtractValue(b, s, 1, "")])
        } else {
            nilCheck(addr)
        }
        let recv = LLVMBuildLoad2(b, llvmType(m.recvNamed!), addr, "recv")!
        return buildGoCall(callee.value, callee.type, context: nil, [recv] + args)
    }

    /// Runs body with its own function state, then returns to the function
    /// (and block) being generated.
    func detached(_ body: () throws -> Void) rethrows {
        let outer = fn
        let outerBlock = LLVMGetInsertBlock(b)
        defer {
            fn = outer
            if let outerBlock { LLVMPositionBuilderAtEnd(b, outerBlock) }
        }
        try body()
    }

    // MARK: Method values and method expressions

    /// x.M as a value (a bound method: the receiver is evaluated now) and
    /// T.M / (*T).M / I.M as a func value; nil if sel is neither.
    func genMethodValue(_ sel: SelectorExpr) throws -> LLVMValueRef? {
        if case .method(let path, let m, _)? = info.selections[ObjectIdentifier(sel)] {
            return try boundMethod(sel, path: path, m)
        }
        guard info.types[ObjectIdentifier(sel.x)]?.mode == .typexpr, let m = info.uses[ObjectIdentifier(sel.sel)] as? Func else {
            return nil
        }
        return try methodExpr(typeOf(sel.x), m)
    }

    /// Binds the receiver as an interface value would hold it, then calls
    /// through the itab entry (or the interface) from a `-fm` function.
    private func boundMethod(_ sel: SelectorExpr, path: [Int], _ m: Func) throws -> LLVMValueRef {
        let sig = m.signature
        // The receiver, as the data word of the type whose method set has M.
        let xt = typeOf(sel.x)
        var word: LLVMValueRef, tab: LLVMValueRef?, recvType: GoType
        if path.isEmpty, xt.underlying is InterfaceType {
            let v = try genExpr(sel.x, as: nil)
            tab = LLVMBuildExtractValue(b, v, 0, "")!
            nilCheck(tab!)   // gc: evaluating i.M with a nil i panics here
            word = LLVMBuildExtractValue(b, v, 1, "")!
            recvType = xt
        } else if !(xt.underlying is PointerType) && !methodSet(xt).contains(where: { $0.name == m.name }) {
            // M needs a pointer (x.PtrM with addressable x): bind &x.
            recvType = PointerType(xt)
            word = try genAddr(sel.x)
        } else {
            // The receiver is copied now, as an interface would box it.
            recvType = xt
            word = interfaceDataWord(try genExpr(sel.x, as: nil), xt)
        }
        // Record {fm, code, tab, word}: fm loads code (or the itab entry) and word.
        let fm: LLVMValueRef, code: LLVMValueRef
        if let it = recvType.underlying as? InterfaceType {
            fm = try ifaceMethodThunk(it, m)
            code = LLVMConstNull(ptr)
        } else {
            guard let e = methodSet(recvType).first(where: { $0.name == m.name }) else {
                throw unsupported(sel, "method value \(exprString(sel))")
            }
            fm = try boundThunk(sig)
            code = try ifn(recvType, e)
        }
        let rec = callRuntime("runtime.mallocgc", [constInt(i64, 32), LLVMConstNull(ptr), constBool(true)])
        let rt = closureRecordType(3)
        for (i, v) in [fm, code, tab ?? LLVMConstNull(ptr), word].enumerated() {
            _ = LLVMBuildStore(b, v, LLVMBuildStructGEP2(b, rt, rec, UInt32(i), "")!)
        }
        return rec
    }

    /// `-fm`: the code of a bound method value; the context is the record.
    private func boundThunk(_ sig: Signature) throws -> LLVMValueRef {
        let ms = methodType(sig)
        let name = "go.bound." + typeKey(ms)
        if let f = LLVMGetNamedFunction(module, name) { return f }
        let ft = llvmFuncType(ms)
        let f = LLVMAddFunction(module, name, ft)!
        LLVMSetLinkage(f, LLVMLinkOnceODRLinkage)
        setGoFunctionAttributes(f)
        detached {
            beginFunction(f, sig: ms, name: name)
            let ctx = LLVMGetParam(f, 0)!, rt = closureRecordType(3)
            let code = LLVMBuildLoad2(b, ptr, LLVMBuildStructGEP2(b, rt, ctx, 1, "")!, "code")!
            let word = LLVMBuildLoad2(b, ptr, LLVMBuildStructGEP2(b, rt, ctx, 3, "")!, "word")!
            let args = (1..<(1 + ms.params.count)).map { LLVMGetParam(f, UInt32($0))! }
            let r = buildGoCall(code, ifnType(ms), context: nil, [word] + args)
            if ms.results.count == 0 { _ = LLVMBuildRetVoid(b) } else { _ = LLVMBuildRet(b, r) }
            endFunction()
        }
        return f
    }

    /// Code for calling interface method m with the data word as receiver,
    /// for a bound i.M: the itab is fixed when the value is made, so the
    /// entry itself is looked up at run time from the record.
    private func ifaceMethodThunk(_ it: InterfaceType, _ m: Func) throws -> LLVMValueRef {
        let sig = m.signature
        let name = "go.ifacebound.\(m.name)." + typeKey(methodType(sig))
        if let f = LLVMGetNamedFunction(module, name) { return f }
        // The bound thunk passes only the word; the itab comes from the record,
        // so this one is a nest-taking function reading the record itself.
        let ft = llvmFuncType(methodType(sig))
        let f = LLVMAddFunction(module, name, ft)!
        LLVMSetLinkage(f, LLVMLinkOnceODRLinkage)
        setGoFunctionAttributes(f)
        detached {
            beginFunction(f, sig: methodType(sig), name: name)
            let ctx = LLVMGetParam(f, 0)!, rt = closureRecordType(3)
            let tab = LLVMBuildLoad2(b, ptr, LLVMBuildStructGEP2(b, rt, ctx, 2, "")!, "tab")!
            let word = LLVMBuildLoad2(b, ptr, LLVMBuildStructGEP2(b, rt, ctx, 3, "")!, "word")!
            let code = itabMethod(tab, it, m.name)
            let args = (1..<(1 + sig.params.count)).map { LLVMGetParam(f, UInt32($0))! }
            let r = buildGoCall(code, ifnType(sig), context: nil, [word] + args)
            if sig.results.count == 0 { _ = LLVMBuildRetVoid(b) } else { _ = LLVMBuildRet(b, r) }
            endFunction()
        }
        return f
    }

    /// T.M, (*T).M, I.M: a func value whose first parameter is the receiver.
    func methodExpr(_ t: GoType, _ m: Func) throws -> LLVMValueRef {
        let sig = m.signature
        let fsig = Signature(recv: nil, params: TupleType([Var(name: "", type: t, pos: .none, pkg: nil)] + sig.params.vars),
                             results: sig.results, variadic: sig.variadic)
        // A value method of T taken as T.M, or a pointer method as (*T).M: the method itself.
        if let named = m.recvNamed, identical(named, t) && !m.isPointerRecv
            || m.isPointerRecv && (t.underlying as? PointerType).map({ identical($0.elem, named) }) == true {
            return funcValue(m)
        }
        let name = "\(pkgPath).\(typeKey(t)).\(m.name)·mexpr"
        if let g = LLVMGetNamedGlobal(module, name) { return g }
        let f = LLVMAddFunction(module, name + ".code", llvmFuncType(fsig))!
        LLVMSetLinkage(f, LLVMInternalLinkage)
        setGoFunctionAttributes(f)
        try detached {
            beginFunction(f, sig: fsig, name: name)
            let recv = LLVMGetParam(f, 1)!
            let args = (2..<(2 + sig.params.count)).map { LLVMGetParam(f, UInt32($0))! }
            let r: LLVMValueRef
            if let it = t.underlying as? InterfaceType {
                let code = itabMethod(LLVMBuildExtractValue(b, recv, 0, "")!, it, m.name)
                r = buildGoCall(code, ifnType(sig), context: nil, [LLVMBuildExtractValue(b, recv, 1, "")!] + args)
            } else {
                let e = methodSet(t).first { $0.name == m.name }!
                r = buildGoCall(try ifn(t, e), ifnType(sig), context: nil, [interfaceDataWord(recv, t)] + args)
            }
            if sig.results.count == 0 { _ = LLVMBuildRetVoid(b) } else { _ = LLVMBuildRet(b, r) }
            endFunction()
        }
        var fields: [LLVMValueRef?] = [f]
        let rec = LLVMConstStructInContext(ctx, &fields, 1, 0)
        let g = LLVMAddGlobal(module, LLVMTypeOf(rec), name)!
        LLVMSetInitializer(g, rec)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMInternalLinkage)
        return g
    }
}
