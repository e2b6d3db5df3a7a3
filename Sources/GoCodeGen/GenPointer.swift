// Pointers and addressable operands: new(T), &x, &T{...}, *p, field
// selection with automatic dereference through embedded fields. Every
// dereference gets an explicit nil check: LLVM treats a load from null as
// undefined, Go as the recoverable runtime error gc raises from SIGSEGV.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// Whether e denotes a variable (§Address operators): then it has an
    /// address, and reading a part of it needs no copy of the whole.
    func isAddressable(_ e: Expr) -> Bool {
        if let id = unparenExpr(e) as? Ident { return info.objectOf(id) is Var }
        return info.types[ObjectIdentifier(e)]?.mode == .variable
    }

    /// p != nil, or runtime.panicmem.
    func nilCheck(_ p: LLVMValueRef) {
        checkOrPanic(LLVMBuildICmp(b, LLVMIntNE, p, LLVMConstNull(ptr), "")!, "runtime.panicmem", [])
    }

    /// &x, and &T{...} which allocates a new variable initialized by the literal.
    func genAddressOf(_ u: UnaryExpr) throws -> LLVMValueRef {
        if let cl = unparenExpr(u.x) as? CompositeLit { return try newCompositeLit(cl, typeOf(cl)) }
        return try genAddr(u.x)
    }

    /// A heap variable of type t holding the literal's value (&T{...}).
    func newCompositeLit(_ cl: CompositeLit, _ t: GoType) throws -> LLVMValueRef {
        let value = try genCompositeLit(cl, as: t)
        if let p = staticObject(value) { return p }
        let p = newObject(t)
        _ = LLVMBuildStore(b, value, p)
        return p
    }

    /// A new object holding value as static data instead of a heap
    /// allocation, as gc's static initialization does: when the value is a
    /// constant and the code runs once (package variable initializers), so
    /// no other evaluation could share the object. nil otherwise.
    func staticObject(_ value: LLVMValueRef) -> LLVMValueRef? {
        guard fn?.runsOnce == true, LLVMIsConstant(value) != 0 else { return nil }
        let g = LLVMAddGlobal(module, LLVMTypeOf(value), "\(pkgPath).stmp")!
        LLVMSetLinkage(g, LLVMPrivateLinkage)
        LLVMSetInitializer(g, value)
        return g
    }

    /// runtime.newobject: a zeroed heap variable of type t (new(T)).
    func newObject(_ t: GoType) -> LLVMValueRef {
        callRuntime("runtime.newobject", [typeDescriptor(t)])
    }

    /// The address of an operand that is not a plain identifier (genAddr's
    /// other cases): *p, x.f, a[i].
    func genAddrOfOperand(_ e: Expr) throws -> LLVMValueRef {
        switch e {
        case let st as StarExpr:
            let p = try genExpr(st.x, as: nil)
            nilCheck(p)
            return p
        case let sel as SelectorExpr:
            guard case .field(let path, _, _)? = info.selections[ObjectIdentifier(sel)] else {
                throw unsupported(e, "assignment to \(exprString(e))")
            }
            return try fieldAddr(sel.x, path: path)
        case let ix as IndexExpr:
            return try genIndexAddr(ix)
        case let cl as CompositeLit:
            // Only as the operand of a method call with a pointer receiver or
            // of a slice expression: a fresh temporary.
            let t = typeOf(cl)
            let tmp = alloca(llvmType(t), "lit")
            _ = LLVMBuildStore(b, try genCompositeLit(cl, as: t), tmp)
            return tmp
        default:
            throw unsupported(e, "assignment to \(exprString(e))")
        }
    }

    /// *p as a value.
    func genDeref(_ st: StarExpr) throws -> LLVMValueRef {
        let p = try genExpr(st.x, as: nil)
        nilCheck(p)
        return LLVMBuildLoad2(b, llvmType(typeOf(st)), p, "")!
    }

    /// x.f: a field (methods and qualified identifiers belong to others).
    func genSelector(_ sel: SelectorExpr) throws -> LLVMValueRef {
        if let obj = referencedObject(sel) { return try genObjectValue(obj, at: sel) }   // pkg.X
        if let mv = try genMethodValue(sel) { return mv }   // x.M, T.M: GenMethod.swift
        guard case .field(let path, let field, _)? = info.selections[ObjectIdentifier(sel)] else {
            throw unsupported(sel, "selector \(exprString(sel))")
        }
        let ft = llvmType(field.type)
        // Through a pointer or a variable: address the field, load only it.
        if typeOf(sel.x).underlying is PointerType || isAddressable(sel.x) || pathHasPointer(typeOf(sel.x), path) {
            return LLVMBuildLoad2(b, ft, try fieldAddr(sel.x, path: path), field.name)!
        }
        // A field of a value (f().x, T{}.x): extract it.
        var v = try genExpr(sel.x, as: nil)
        for i in path { v = LLVMBuildExtractValue(b, v, UInt32(i), "")! }
        return v
    }

    /// Whether following path from t goes through an embedded pointer.
    private func pathHasPointer(_ t: GoType, _ path: [Int]) -> Bool {
        var cur = t
        for i in path {
            if let p = cur.underlying as? PointerType { _ = p; return true }
            guard let st = cur.underlying as? StructType else { return false }
            cur = st.fields[i].type
        }
        return false
    }

    /// The address of x.f, f found at path: x is a pointer or addressable,
    /// and every embedded pointer on the way is dereferenced (nil-checked).
    func fieldAddr(_ x: Expr, path: [Int]) throws -> LLVMValueRef {
        var cur = typeOf(x)
        // While cur is a pointer type, addr is that pointer's value;
        // otherwise it is the address of a value of type cur.
        var addr: LLVMValueRef
        if cur.underlying is PointerType {
            addr = try genExpr(x, as: nil)
        } else if isAddressable(x) {
            addr = try genAddr(x)
        } else {
            // A value with an embedded pointer on the path: spill it.
            addr = alloca(llvmType(cur), "tmp")
            _ = LLVMBuildStore(b, try genExpr(x, as: nil), addr)
        }
        for (n, i) in path.enumerated() {
            if let p = cur.underlying as? PointerType {
                nilCheck(addr)
                cur = p.elem
            }
            guard let st = cur.underlying as? StructType else { throw CodeGenError("field path through \(cur)") }
            addr = LLVMBuildStructGEP2(b, llvmType(st), addr, UInt32(i), st.fields[i].name)!
            cur = st.fields[i].type
            if n < path.count - 1, cur.underlying is PointerType {
                addr = LLVMBuildLoad2(b, ptr, addr, "embedded")!   // an embedded *T: follow it
            }
        }
        return addr
    }
}
