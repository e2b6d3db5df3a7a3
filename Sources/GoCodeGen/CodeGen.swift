// The code generator: one LLVM module per package, built from the checked AST
// with LLVM's builder API (never textual IR).
import CLLVM
import GoSyntax
import GoTypes

public final class CodeGen {
    let pkg: Package
    let info: Info
    let fileSet: FileSet
    let tm: TargetMachine
    let ctx: LLVMContextRef
    public let module: LLVMModuleRef
    let b: LLVMBuilderRef

    // Common LLVM types.
    let i1, i8, i32, i64, f32, f64, ptr, void: LLVMTypeRef
    let stringType: LLVMTypeRef

    /// Every function of the package (and its methods) by object identity.
    var funcs: [ObjectIdentifier: (value: LLVMValueRef, type: LLVMTypeRef)] = [:]
    /// Package-level variables.
    var globals: [ObjectIdentifier: LLVMValueRef] = [:]
    var runtimeFuncs: [String: (value: LLVMValueRef, type: LLVMTypeRef)] = [:]
    var stringConstants: [[UInt8]: LLVMValueRef] = [:]
    var typeDescriptors: [String: LLVMValueRef] = [:]

    /// State of the function being generated.
    var fn: FunctionState!
    /// DWARF (DebugInfo.swift): what is asked for, and the DIBuilder state.
    public var debugOptions = DebugOptions()
    /// Loop back-edge preemption polls (PreemptPoll.swift); SWIFTGO_NOPOLL=1
    /// also turns them off.
    public var preemptPolls = true
    var di: DebugInfo?

    /// Keeps the LLVM context alive while any generator using it lives.
    private let contextBox: LLVMContextBox
    /// Whether the module was handed over to be linked into another one.
    private var moduleTaken = false

    /// One generator per package; the packages of a program share a context
    /// so that their modules can be linked into one (Linker.swift).
    public init(pkg: Package, info: Info, fileSet: FileSet, target: TargetMachine, context: LLVMContextBox? = nil) {
        self.pkg = pkg
        self.info = info
        self.fileSet = fileSet
        self.tm = target
        contextBox = context ?? LLVMContextBox()
        ctx = contextBox.ref
        module = LLVMModuleCreateWithNameInContext(pkg.path, ctx)
        LLVMSetTarget(module, target.arch.triple)
        LLVMSetModuleDataLayout(module, target.dataLayout)
        b = LLVMCreateBuilderInContext(ctx)
        i1 = LLVMInt1TypeInContext(ctx)
        i8 = LLVMInt8TypeInContext(ctx)
        i32 = LLVMInt32TypeInContext(ctx)
        i64 = LLVMInt64TypeInContext(ctx)
        f32 = LLVMFloatTypeInContext(ctx)
        f64 = LLVMDoubleTypeInContext(ctx)
        ptr = LLVMPointerTypeInContext(ctx, 0)
        void = LLVMVoidTypeInContext(ctx)
        var fields: [LLVMTypeRef?] = [ptr, i64]
        stringType = LLVMStructTypeInContext(ctx, &fields, 2, 0)
    }

    deinit {
        LLVMDisposeBuilder(b)
        if !moduleTaken { LLVMDisposeModule(module) }
    }

    /// Hands the module over (to LLVMLinkModules2, which consumes it).
    public func takeModule() -> LLVMModuleRef {
        moduleTaken = true
        return module
    }

    /// Lowers the whole package.
    public func generate() throws {
        beginDebugInfo()   // DebugInfo.swift
        declareGlobals()
        for f in pkg.funcs { _ = declareFunc(f) }
        for f in pkg.funcs { try genFunc(f) }
        genIntrinsicBodies()   // Intrinsics.swift
        try genInitTask()
        finishDebugInfo()
    }

    // MARK: Symbols

    /// A package's prefix in symbol names: its import path, except that the
    /// main package is always `main` (main.main, main..inittask), as in gc.
    func symbolPrefix(_ p: Package?) -> String {
        guard let p else { return "" }
        return p.name == "main" ? "main" : p.path
    }

    var pkgPath: String { symbolPrefix(pkg) }

    func symbol(_ f: Func) -> String {
        if let named = f.recvNamed {
            let prefix = symbolPrefix(named.obj.pkg ?? f.pkg)
            return f.isPointerRecv ? "\(prefix).(*\(named.obj.name)).\(f.name)" : "\(prefix).\(named.obj.name).\(f.name)"
        }
        if f.name == "init" { return "\(pkgPath).init.\(pkg.initFuncs.firstIndex { $0 === f } ?? 0)" }
        return "\(symbolPrefix(f.pkg)).\(f.name)"
    }

    /// A Go function of this package (defined here) or of another one (a
    /// declaration the link of the program's modules resolves). Package-level
    /// symbols stay external until the whole program is linked; then all
    /// but the runtime's entry points become internal (Linker.swift).
    func declareFunc(_ f: Func) -> (value: LLVMValueRef, type: LLVMTypeRef) {
        if let d = funcs[ObjectIdentifier(f)] { return d }
        let ft = llvmFuncType(f.signature)
        let name = symbol(f)
        let fnv = LLVMGetNamedFunction(module, name) ?? LLVMAddFunction(module, name, ft)!
        setGoFunctionAttributes(fnv)
        funcs[ObjectIdentifier(f)] = (fnv, ft)
        return (fnv, ft)
    }

    func declareGlobals() {
        for case let v as Var in pkg.scope.elems.values.sorted(by: { $0.pos < $1.pos }) {
            let t = llvmType(v.type)
            let g = LLVMAddGlobal(module, t, "\(pkgPath).\(v.name)")!
            LLVMSetInitializer(g, LLVMConstNull(t))
            globals[ObjectIdentifier(v)] = g
        }
    }

    /// A package variable of another package: an external declaration.
    func externalGlobal(_ v: Var) -> LLVMValueRef {
        if let g = globals[ObjectIdentifier(v)] { return g }
        let name = "\(symbolPrefix(v.pkg)).\(v.name)"
        let g = LLVMGetNamedGlobal(module, name) ?? LLVMAddGlobal(module, llvmType(v.type), name)!
        globals[ObjectIdentifier(v)] = g
        return g
    }

    /// A runtime entry point, declared on first use.
    func runtime(_ symbol: String) -> (value: LLVMValueRef, type: LLVMTypeRef) {
        if let r = runtimeFuncs[symbol] { return r }
        guard let rf = RuntimeABI.bySymbol[symbol] else { fatalError("undeclared runtime function \(symbol)") }
        var params = rf.params.map { abiType($0) as LLVMTypeRef? }
        let sret = rf.result == .goSlice   // returned through a hidden first pointer
        if sret { params.insert(ptr, at: 0) }
        let ft = LLVMFunctionType(sret ? void : abiType(rf.result), &params, UInt32(params.count), 0)!
        let f = LLVMAddFunction(module, symbol, ft)!
        if sret { LLVMAddAttributeAtIndex(f, 1, sretAttribute(abiType(.goSlice))) }
        addAttribute(f, "nounwind")
        if rf.noreturn { addAttribute(f, "noreturn"); addAttribute(f, "cold") }
        runtimeFuncs[symbol] = (f, ft)
        return (f, ft)
    }

    func abiType(_ t: ABIType) -> LLVMTypeRef {
        switch t {
        case .void: return void
        case .ptr: return ptr
        case .int, .i64, .u64, .uintptr: return i64
        case .bool: return i1
        case .f64: return f64
        case .goString: return stringType
        case .eface: return structOf([ptr, ptr])
        case .goSlice: return structOf([ptr, i64, i64])
        }
    }

    @discardableResult
    func callRuntime(_ symbol: String, _ args: [LLVMValueRef?], name: String = "") -> LLVMValueRef {
        let (f, ft) = runtime(symbol)
        var a = args
        let rf = RuntimeABI.bySymbol[symbol]!
        if rf.result == .goSlice {
            let result = alloca(abiType(.goSlice), "sret")
            a.insert(result, at: 0)
            let call = LLVMBuildCall2(b, ft, f, &a, UInt32(a.count), "")!
            LLVMAddCallSiteAttribute(call, 1, sretAttribute(abiType(.goSlice)))
            return LLVMBuildLoad2(b, abiType(.goSlice), result, name)!
        }
        let call = LLVMBuildCall2(b, ft, f, &a, UInt32(a.count), name)!
        if rf.noreturn { _ = LLVMBuildUnreachable(b) }
        return call
    }

    func sretAttribute(_ t: LLVMTypeRef) -> LLVMAttributeRef {
        LLVMCreateTypeAttribute(ctx, LLVMGetEnumAttributeKindForName("sret", 4), t)
    }

    /// Attributes every compiled Go function carries.
    func setGoFunctionAttributes(_ f: LLVMValueRef) {
        addAttribute(f, "nounwind")
        addStringAttribute(f, "frame-pointer", "non-leaf")
        LLVMAddAttributeAtIndex(f, 1, enumAttribute("nest"))
    }

    func addAttribute(_ f: LLVMValueRef, _ name: String) {
        let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
        LLVMAddAttributeAtIndex(f, LLVMAttributeIndex(bitPattern: -1), LLVMCreateEnumAttribute(ctx, kind, 0))
    }

    func addStringAttribute(_ f: LLVMValueRef, _ key: String, _ value: String) {
        let a = LLVMCreateStringAttribute(ctx, key, UInt32(key.utf8.count), value, UInt32(value.utf8.count))
        LLVMAddAttributeAtIndex(f, LLVMAttributeIndex(bitPattern: -1), a)
    }

    // MARK: Package initialization

    /// Emits `pkg.init` (package variable initializers) and `pkg..inittask`
    /// in Go 1.19's layout plus the package path (see swiftgo_abi.h).
    func genInitTask() throws {
        var fns: [LLVMValueRef] = []
        if !pkg.initOrder.isEmpty {
            let ft = LLVMFunctionType(void, nil, 0, 0)!
            let f = LLVMAddFunction(module, "\(pkgPath).init", ft)!
            LLVMSetLinkage(f, LLVMInternalLinkage)
            addAttribute(f, "nounwind")
            beginFunction(f, sig: nil, name: "\(pkgPath).init")
            fn.runsOnce = true
            for ini in pkg.initOrder { try genGlobalInit(ini) }
            _ = LLVMBuildRetVoid(b)
            endFunction()
            fns.append(f)
        }
        for f in pkg.initFuncs { fns.append(funcs[ObjectIdentifier(f)]!.value) }
        // Imported packages initialize first: their tasks are this one's deps.
        let deps = pkg.imports.filter { $0.path != "unsafe" }.map { dep -> LLVMValueRef in
            let name = "\(symbolPrefix(dep))..inittask"
            return LLVMGetNamedGlobal(module, name) ?? LLVMAddGlobal(module, i64, name)!
        }
        let path = constString(Array(pkgPath.utf8))
        var fields: [LLVMValueRef?] = [constInt(i64, 0), constInt(i64, Int64(deps.count)), constInt(i64, Int64(fns.count)), path]
        fields.append(contentsOf: deps.map { $0 as LLVMValueRef? })
        fields.append(contentsOf: fns.map { $0 as LLVMValueRef? })
        let task = LLVMConstStructInContext(ctx, &fields, UInt32(fields.count), 0)
        let g = LLVMAddGlobal(module, LLVMTypeOf(task), "\(pkgPath)..inittask")!
        LLVMSetInitializer(g, task)
    }

    func genGlobalInit(_ ini: Initializer) throws {
        fn.escapes = EscapeAnalysis.analyze(ini.rhs, info: info)
        if ini.lhs.count == 1 {
            let v = ini.lhs[0]
            let val = try genExpr(ini.rhs, as: v.type)
            guard v.name != "_", let g = globals[ObjectIdentifier(v)] else { return }
            // A constant (a composite literal of constants: strconv's and
            // unicode's tables) becomes the variable's initial data, as gc's
            // static initialization does: a store of a big aggregate would
            // be code as large as the data, and run at every start.
            if LLVMIsConstant(val) != 0 { LLVMSetInitializer(g, val) } else { _ = LLVMBuildStore(b, val, g) }
            return
        }
        let vals = try genMulti(ini.rhs, as: ini.lhs.map { $0.type })
        for (v, val) in zip(ini.lhs, vals) where v.name != "_" {
            _ = LLVMBuildStore(b, val, globals[ObjectIdentifier(v)]!)
        }
    }

    // MARK: Output

    public func verify() throws {
        var msg: UnsafeMutablePointer<CChar>?
        if LLVMVerifyModule(module, LLVMReturnStatusAction, &msg) != 0 {
            defer { LLVMDisposeMessage(msg) }
            throw CodeGenError("LLVM module verification failed:\n" + String(cString: msg!))
        }
        LLVMDisposeMessage(msg)
    }

    public func optimize(_ level: OptLevel) throws {
        let opts = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(opts) }
        if let err = LLVMRunPasses(module, level.pipeline, tm.ref, opts) {
            let m = LLVMGetErrorMessage(err)!
            defer { LLVMDisposeErrorMessage(m) }
            throw CodeGenError("LLVM optimization failed: " + String(cString: m))
        }
        finishOptimization(level)   // Optimize.swift
        insertStackChecks()         // StackCheck.swift: after the pipeline, before emission
        insertPreemptPolls()        // PreemptPoll.swift: after the checks (it needs to know the checked functions)
    }

    public enum FileKind { case object, assembly }

    public func emit(to path: String, kind: FileKind) throws {
        var err: UnsafeMutablePointer<CChar>?
        let k = kind == .object ? LLVMObjectFile : LLVMAssemblyFile
        let failed = path.withCString { p in
            LLVMTargetMachineEmitToFile(tm.ref, module, UnsafeMutablePointer(mutating: p), k, &err)
        }
        if failed != 0 {
            defer { LLVMDisposeMessage(err) }
            throw CodeGenError("LLVM code generation failed: " + String(cString: err!))
        }
    }

    public func emitIR(to path: String) throws {
        var err: UnsafeMutablePointer<CChar>?
        if LLVMPrintModuleToFile(module, path, &err) != 0 {
            defer { LLVMDisposeMessage(err) }
            throw CodeGenError("cannot write \(path): " + String(cString: err!))
        }
    }
}
