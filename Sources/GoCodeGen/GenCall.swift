// Calls: Go functions, conversions and the builtins.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// A call; nil for calls without results.
    func genCall(_ c: CallExpr) throws -> LLVMValueRef? {
        let funTV = info.types[ObjectIdentifier(c.fun)]
        if funTV?.mode == .typexpr { return try genConversion(c.args[0], to: typeOf(c)) }
        if let bi = referencedObject(c.fun) as? Builtin {
            return try genBuiltin(c, bi.kind)   // also unsafe.Add, unsafe.Slice
        }
        if let f = referencedObject(c.fun) as? Func, f.recvNamed == nil {
            // A direct call of a declared function.
            let callee = declareFunc(f)
            let call = buildGoCall(callee.value, callee.type, context: nil, try genArgs(c, f.signature))
            return f.signature.results.count == 0 ? nil : call
        }
        guard let sig = info.typeOf(c.fun)?.underlying as? Signature else { throw unsupported(c, "calling \(exprString(c.fun))") }
        if let sel = unparenExpr(c.fun) as? SelectorExpr, let call = try genMethodCall(c, sel) {   // GenMethod.swift
            return sig.results.count == 0 ? nil : call
        }
        let fv = try genExpr(c.fun, as: nil)
        let call = callFuncValue(fv, sig, try genArgs(c, sig))
        return sig.results.count == 0 ? nil : call
    }

    /// Arguments converted to the parameter types; `f(g())` spreads g's results.
    func genArgs(_ c: CallExpr, _ sig: Signature) throws -> [LLVMValueRef] {
        let params = sig.params.vars
        if sig.variadic { return try genVariadicArgs(c, sig) }   // GenSlice.swift
        if c.args.count == 1, params.count > 1, info.typeOf(c.args[0]) is TupleType {
            return try genMulti(c.args[0], as: params.map { $0.type })
        }
        var out: [LLVMValueRef] = []
        for (a, p) in zip(c.args, params) { out.append(try genExpr(a, as: p.type)) }
        return out
    }

    // MARK: Conversions (§Conversions)

    func genConversion(_ arg: Expr, to t: GoType) throws -> LLVMValueRef {
        let from = typeOf(arg)
        // To an interface type: boxing, as an assignment does (an untyped operand takes its default type).
        if t.underlying is InterfaceType { return try genExpr(arg, as: t) }
        let x = try genExpr(arg, as: from.isUntyped ? t : nil)
        if identical(from.underlying, t.underlying) {
            return t.isFloat ? roundExplicitly(x) : x   // Optimize.swift: an explicit conversion prevents fusion
        }
        let lt = llvmType(t)
        if from.isInteger && t.isInteger { return intCast(x, from: from, to: lt) }
        if from.isInteger && t.isFloat {
            return from.isUnsigned ? LLVMBuildUIToFP(b, x, lt, "")! : LLVMBuildSIToFP(b, x, lt, "")!
        }
        if from.isFloat && t.isInteger { return floatToInt(x, to: t) }
        if from.isFloat && t.isFloat {
            return Layout.size(from) < Layout.size(t) ? LLVMBuildFPExt(b, x, lt, "")! : LLVMBuildFPTrunc(b, x, lt, "")!
        }
        if from.isString && t.isString { return x }
        return try genConversionComposite(x, from: from, to: t, at: arg)   // GenConvert.swift
    }

    /// Float to integer saturates (LLVM's fpto[su]i is undefined out of range).
    func floatToInt(_ x: LLVMValueRef, to t: GoType) -> LLVMValueRef {
        let lt = llvmType(t)
        let name = t.isUnsigned ? "llvm.fptoui.sat" : "llvm.fptosi.sat"
        var tys: [LLVMTypeRef?] = [lt, LLVMTypeOf(x)]
        let id = LLVMLookupIntrinsicID(name, name.utf8.count)
        let f = LLVMGetIntrinsicDeclaration(module, id, &tys, 2)!
        var params: [LLVMTypeRef?] = [LLVMTypeOf(x)]
        let ft = LLVMFunctionType(lt, &params, 1, 0)
        var args: [LLVMValueRef?] = [x]
        return LLVMBuildCall2(b, ft, f, &args, 1, "")!
    }

    // MARK: Builtins

    func genBuiltin(_ c: CallExpr, _ kind: BuiltinKind) throws -> LLVMValueRef? {
        switch kind {
        case .print, .println:
            try genPrint(c.args, newline: kind == .println)
            return nil
        case .len:
            let t = typeOf(c.args[0])
            let x = try genExpr(c.args[0], as: t)
            if t.isString { return LLVMBuildExtractValue(b, x, 1, "len")! }
            return try genLenCap(c, x, t, isCap: false)   // GenSlice.swift
        case .delete:
            try genMapDelete(c)   // GenMap.swift
            return nil
        case .close:
            try genClose(c)   // GenChan.swift
            return nil
        case .recover:
            return genRecover()
        case .panic:
            let v = try genExpr(c.args[0], as: Universe.emptyInterface)
            let typ = LLVMBuildExtractValue(b, v, 0, "")!, data = LLVMBuildExtractValue(b, v, 1, "")!
            callRuntime("runtime.gopanic", [typ, data])
            startDeadBlock()
            return nil
        case .add, .slice:
            return try genUnsafeBuiltin(c, kind)   // GenUnsafe.swift
        case .cap, .append, .copy, .make, .new:
            return try genSliceBuiltin(c, kind)   // GenSlice.swift, GenPointer.swift
        case .complex, .real, .imag:
            return try genComplexBuiltin(c, kind)   // GenComplex.swift
        default:
            throw unsupported(c, "builtin \(kind.rawValue)")
        }
    }

    /// `print`/`println`: one runtime call per argument, in gc's formats.
    func genPrint(_ args: [Expr], newline: Bool) throws {
        // Every argument is evaluated before anything is printed.
        try printValues(try evalPrintArgs(args), newline: newline, at: args.first)
    }

    /// print's operands with their types; `println(f())` spreads f's results.
    func evalPrintArgs(_ args: [Expr]) throws -> [(GoType, LLVMValueRef)] {
        if args.count == 1, let tuple = info.typeOf(args[0]) as? TupleType {
            return Array(zip(tuple.types, try genMulti(args[0])))
        }
        return try args.map { (typeOf($0), try genExpr($0, as: typeOf($0))) }
    }

    func printValues(_ values: [(GoType, LLVMValueRef)], newline: Bool, at a: Node?) throws {
        callRuntime("runtime.printlock", [])
        for (i, (t, v)) in values.enumerated() {
            if newline && i > 0 { callRuntime("runtime.printsp", []) }
            switch t.underlying {
            case let bt as BasicType:
                switch bt.kind {
                case .bool: callRuntime("runtime.printbool", [v])
                case .string: callRuntime("runtime.printstring", [LLVMBuildExtractValue(b, v, 0, ""), LLVMBuildExtractValue(b, v, 1, "")])
                case .float32, .float64: callRuntime("runtime.printfloat", [t.isFloat && bt.kind == .float32 ? LLVMBuildFPExt(b, v, f64, "") : v])
                case .complex64, .complex128:
                    var re = LLVMBuildExtractValue(b, v, 0, "")!, im = LLVMBuildExtractValue(b, v, 1, "")!
                    if bt.kind == .complex64 { re = LLVMBuildFPExt(b, re, f64, "")!; im = LLVMBuildFPExt(b, im, f64, "")! }
                    callRuntime("runtime.printcomplex", [re, im])
                case .unsafePointer: callRuntime("runtime.printpointer", [v])
                default:
                    if bt.kind.isUnsigned { callRuntime("runtime.printuint", [intCast(v, from: t, to: i64)]) }
                    else { callRuntime("runtime.printint", [intCast(v, from: t, to: i64)]) }
                }
            case is PointerType, is MapType, is ChanType, is Signature:
                callRuntime("runtime.printpointer", [v])
            case is SliceType:
                callRuntime("runtime.printslice", [LLVMBuildExtractValue(b, v, 0, ""), LLVMBuildExtractValue(b, v, 1, ""), LLVMBuildExtractValue(b, v, 2, "")])
            case is InterfaceType:
                callRuntime("runtime.printeface", [LLVMBuildExtractValue(b, v, 0, ""), LLVMBuildExtractValue(b, v, 1, "")])
            default:
                throw CodeGenError("printing a value of type \(t) is not supported by swiftgo yet")
            }
        }
        if newline { callRuntime("runtime.printnl", []) }
        callRuntime("runtime.printunlock", [])
    }
}
