// DWARF through LLVM's DIBuilder (C API, LLVM 19's debug records): one
// compile unit per package (DW_LANG_Go), a DIFile per source file, a
// DISubprogram per generated Go function (declared functions, methods,
// function literals, defer/go thunks, wrappers), a DILocation on every
// instruction generated for a statement or expression, and DWARF types for
// parameters and locals.
//
// Hooks (kept to one line each in the shared files):
//   generate()       beginDebugInfo() first, finishDebugInfo() last
//   beginFunction    attachSubprogram(f, name)
//   genFunc          noteDebugPos(decl.pos) (the func line of a declaration)
//   genStmt          setDebugPos(s.pos)
//   genExpr          let saved = enterDebugPos(e.pos); defer { leaveDebugPos(saved) }
//   newVarSlot       declareDebugVar(v, slot)
//
// finishDebugInfo repairs what the scattered function switches leave: an
// instruction carrying a location of another function (emitted right after a
// nested function literal or thunk was generated) gets the previous location
// of its own function, and every call in a function with a subprogram gets a
// location (LLVM's verifier requires one for calls of inlinable functions).
import CLLVM
import Foundation
import GoSyntax
import GoTypes

/// What debug information a build asks for (`build -s`/`-w` turn it off).
public struct DebugOptions: Sendable {
    public var enabled = true
    /// Marks the compile unit and subprograms as optimized (-O2, -Os).
    public var optimized = true
    public init(enabled: Bool = true, optimized: Bool = true) { self.enabled = enabled; self.optimized = optimized }
}

public final class DebugInfo {
    let dib: LLVMDIBuilderRef
    var cu: LLVMMetadataRef!
    var files: [String: LLVMMetadataRef] = [:]
    var types: [ObjectIdentifier: LLVMMetadataRef] = [:]
    var typesInProgress: Set<ObjectIdentifier> = []
    /// The position of the statement or expression being generated; a new
    /// function's subprogram takes its line (literals, thunks).
    var curPos: Pos = .none
    /// The position the next beginFunction uses (set by genFunc).
    var pendingFuncPos: Pos?

    init(module: LLVMModuleRef) {
        dib = LLVMCreateDIBuilder(module)
    }

    deinit { LLVMDisposeDIBuilder(dib) }
}

extension CodeGen {
    // MARK: Setup and finish

    func beginDebugInfo() {
        guard debugOptions.enabled else { return }
        let d = DebugInfo(module: module)
        di = d
        LLVMSetIsNewDbgInfoFormat(module, 1)
        addModuleFlag("Debug Info Version", 3)
        addModuleFlag("Dwarf Version", 4)
        let firstFile = fileSet.files.first { f in pkg.funcs.contains { fileSet.file(of: $0.pos) === f } }?.name
            ?? fileSet.files.last?.name ?? "main.go"
        let file = diFile(firstFile)
        let producer = "swiftgo 0.1.0 (go1.19 language)"
        let optimized: Int32 = debugOptions.optimized ? 1 : 0
        d.cu = LLVMDIBuilderCreateCompileUnit(d.dib, LLVMDWARFSourceLanguageGo, file, producer, producer.utf8.count,
                                              optimized, "", 0, 0, "", 0, LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0)
    }

    private func addModuleFlag(_ key: String, _ value: Int64) {
        LLVMAddModuleFlag(module, LLVMModuleFlagBehaviorWarning, key, key.utf8.count, LLVMValueAsMetadata(constInt(i32, value)))
    }

    func finishDebugInfo() {
        guard let d = di else { return }
        repairDebugLocations()
        LLVMDIBuilderFinalize(d.dib)
    }

    /// Gives every instruction of a function with a subprogram a location in
    /// that subprogram (calls and misplaced ones), and strips locations from
    /// functions without one.
    private func repairDebugLocations() {
        var f = LLVMGetFirstFunction(module)
        while let fnv = f {
            defer { f = LLVMGetNextFunction(fnv) }
            let sp = LLVMGetSubprogram(fnv)
            var bb = LLVMGetFirstBasicBlock(fnv)
            var last: LLVMMetadataRef? = nil
            var fallback: LLVMMetadataRef? = nil
            if let sp { fallback = LLVMDIBuilderCreateDebugLocation(ctx, LLVMDISubprogramGetLine(sp), 0, sp, nil) }
            while let block = bb {
                var inst = LLVMGetFirstInstruction(block)
                while let i = inst {
                    let loc = LLVMInstructionGetDebugLoc(i)
                    if sp == nil {
                        if loc != nil { LLVMInstructionSetDebugLoc(i, nil) }
                    } else if let loc, LLVMDILocationGetScope(loc) == sp {
                        last = loc
                    } else if loc != nil || LLVMIsACallInst(i) != nil {
                        LLVMInstructionSetDebugLoc(i, last ?? fallback)
                    }
                    inst = LLVMGetNextInstruction(i)
                }
                bb = LLVMGetNextBasicBlock(block)
            }
        }
    }

    // MARK: Files and positions

    func diFile(_ name: String) -> LLVMMetadataRef {
        if let f = di!.files[name] { return f }
        var path = name
        if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
        path = (path as NSString).standardizingPath
        let dir = (path as NSString).deletingLastPathComponent, base = (path as NSString).lastPathComponent
        let f = LLVMDIBuilderCreateFile(di!.dib, base, base.utf8.count, dir, dir.utf8.count)!
        di!.files[name] = f
        return f
    }

    /// Records the position the next function's subprogram is declared at.
    func noteDebugPos(_ pos: Pos) {
        di?.pendingFuncPos = pos
    }

    /// Sets the builder's location to pos (in the current function's subprogram).
    func setDebugPos(_ pos: Pos) {
        guard let d = di, pos.isValid, let fn, let sp = LLVMGetSubprogram(fn.llvmFunc),
              let p = fileSet.position(pos) else { return }
        d.curPos = pos
        let loc = LLVMDIBuilderCreateDebugLocation(ctx, UInt32(p.line), UInt32(p.column), sp, nil)
        LLVMSetCurrentDebugLocation2(b, loc)
    }

    /// setDebugPos, returning what to restore when the expression is done.
    func enterDebugPos(_ pos: Pos) -> (Pos, LLVMMetadataRef?)? {
        guard let d = di, pos.isValid else { return nil }
        let saved = (d.curPos, LLVMGetCurrentDebugLocation2(b))
        setDebugPos(pos)
        return saved
    }

    func leaveDebugPos(_ saved: (Pos, LLVMMetadataRef?)?) {
        guard let d = di, let saved else { return }
        d.curPos = saved.0
        LLVMSetCurrentDebugLocation2(b, saved.1)
    }

    // MARK: Subprograms

    /// Gives a function being generated its DISubprogram: the Go symbol as
    /// both name and linkage name (as gc's DWARF names functions), at the
    /// declaration's line (a literal's or thunk's: where it appears).
    func attachSubprogram(_ f: LLVMValueRef, name: String) {
        guard let d = di else { return }
        let pos = d.pendingFuncPos ?? d.curPos
        d.pendingFuncPos = nil
        let p = fileSet.position(pos)
        let file = p.map { diFile($0.filename) } ?? LLVMDIScopeGetFile(d.cu) ?? diFile("<autogenerated>")
        let line = UInt32(p?.line ?? 0)
        let ty = subroutineType(fn?.sig, file)
        let local: Int32 = LLVMGetLinkage(f) == LLVMInternalLinkage ? 1 : 0
        let flags: LLVMDIFlags = p == nil ? LLVMDIFlagArtificial : LLVMDIFlagPrototyped
        let optimized: Int32 = debugOptions.optimized ? 1 : 0
        let sp = LLVMDIBuilderCreateFunction(d.dib, file, name, name.utf8.count, name, name.utf8.count,
                                             file, line, ty, local, 1, line, flags, optimized)!
        LLVMSetSubprogram(f, sp)
        d.curPos = pos
        LLVMSetCurrentDebugLocation2(b, LLVMDIBuilderCreateDebugLocation(ctx, line, 0, sp, nil))
    }

    private func subroutineType(_ sig: Signature?, _ file: LLVMMetadataRef) -> LLVMMetadataRef {
        var elems: [LLVMMetadataRef?] = [nil]   // no single result type in Go's sense
        if let sig {
            if let r = sig.recv { elems.append(diType(r.type)) }
            for p in sig.params.vars { elems.append(diType(p.type)) }
        }
        return LLVMDIBuilderCreateSubroutineType(di!.dib, file, &elems, UInt32(elems.count), LLVMDIFlagZero)
    }

    // MARK: Variables

    /// Describes a parameter or local in its slot (an alloca, or the pointer
    /// to its heap cell, described through a dereference).
    func declareDebugVar(_ v: Var, _ slot: LLVMValueRef) {
        guard let d = di, let fn, let sp = LLVMGetSubprogram(fn.llvmFunc), !v.name.isEmpty, v.name != "_",
              let p = fileSet.position(v.pos) else { return }
        let file = diFile(p.filename)
        let ty = diType(v.type)
        let argIndex: UInt32? = v.isParam ? paramIndex(v) : nil
        let variable: LLVMMetadataRef
        if let argIndex {
            variable = LLVMDIBuilderCreateParameterVariable(d.dib, sp, v.name, v.name.utf8.count, argIndex, file,
                                                            UInt32(p.line), ty, 1, LLVMDIFlagZero)
        } else {
            variable = LLVMDIBuilderCreateAutoVariable(d.dib, sp, v.name, v.name.utf8.count, file, UInt32(p.line),
                                                       ty, 1, LLVMDIFlagZero, 0)
        }
        let loc = LLVMDIBuilderCreateDebugLocation(ctx, UInt32(p.line), UInt32(p.column), sp, nil)
        guard let block = LLVMGetInsertBlock(b) else { return }
        if LLVMIsAAllocaInst(slot) != nil {
            var none: [UInt64] = []
            let expr = LLVMDIBuilderCreateExpression(d.dib, &none, 0)
            // After the alloca, in the entry block.
            if let next = LLVMGetNextInstruction(slot) {
                _ = LLVMDIBuilderInsertDeclareRecordBefore(d.dib, slot, variable, expr, loc, next)
            } else {
                _ = LLVMDIBuilderInsertDeclareRecordAtEnd(d.dib, slot, variable, expr, loc, fn.entry)
            }
        } else {
            // A heap cell: the variable lives where the pointer points.
            var deref: [UInt64] = [0x06]   // DW_OP_deref
            let expr = LLVMDIBuilderCreateExpression(d.dib, &deref, 1)
            _ = LLVMDIBuilderInsertDbgValueRecordAtEnd(d.dib, slot, variable, expr, loc, block)
        }
    }

    private func paramIndex(_ v: Var) -> UInt32? {
        guard let sig = fn?.sig else { return nil }
        var all = sig.params.vars
        if let r = sig.recv { all.insert(r, at: 0) }
        return all.firstIndex { $0 === v }.map { UInt32($0 + 1) }
    }

    // MARK: Types

    /// A DWARF type for a Go type: base types for numbers and bool, pointers,
    /// string as struct { str *uint8; len int }, slices, interfaces, structs
    /// and arrays by layout; other types as an untyped word.
    func diType(_ t: GoType) -> LLVMMetadataRef {
        let d = di!
        let key = ObjectIdentifier(t)
        if let m = d.types[key] { return m }
        if d.typesInProgress.contains(key) { return opaqueType(t) }
        d.typesInProgress.insert(key)
        defer { d.typesInProgress.remove(key) }
        let m = makeDIType(t)
        d.types[key] = m
        return m
    }

    private func opaqueType(_ t: GoType) -> LLVMMetadataRef {
        let name = "\(t)"
        return LLVMDIBuilderCreateUnspecifiedType(di!.dib, name, name.utf8.count)
    }

    private func makeDIType(_ t: GoType) -> LLVMMetadataRef {
        let dib = di!.dib
        let name = "\(t)"
        let size = UInt64(Layout.size(t)) * 8
        let align = UInt32(Layout.align(t)) * 8
        let u = t.underlying
        let file = LLVMDIScopeGetFile(di!.cu)
        func member(_ n: String, _ mt: LLVMMetadataRef, _ ty: GoType?, _ offset: Int) -> LLVMMetadataRef? {
            let s = UInt64(ty.map(Layout.size) ?? 8) * 8, a = UInt32(ty.map(Layout.align) ?? 8) * 8
            return LLVMDIBuilderCreateMemberType(dib, di!.cu, n, n.utf8.count, file, 0, s, a, UInt64(offset) * 8, LLVMDIFlagZero, mt)
        }
        func structOfMembers(_ ms: [LLVMMetadataRef?]) -> LLVMMetadataRef {
            var ms = ms
            return LLVMDIBuilderCreateStructType(dib, di!.cu, name, name.utf8.count, file, 0, size, align, LLVMDIFlagZero,
                                                 nil, &ms, UInt32(ms.count), 0, nil, name, name.utf8.count)
        }
        let word = basic("uintptr", 64, 0x07)
        switch u {
        case let bt as BasicType:
            switch bt.kind {
            case .bool: return basic(name, 8, 0x02)   // DW_ATE_boolean
            case .float32, .float64: return basic(name, size, 0x04)
            case .complex64, .complex128: return basic(name, size, 0x03)
            case .string:
                let bytePtr = LLVMDIBuilderCreatePointerType(dib, basic("uint8", 8, 0x08), 64, 64, 0, "*uint8", 6)
                return structOfMembers([member("str", bytePtr!, nil, 0), member("len", basic("int", 64, 0x05), nil, 8)])
            case .unsafePointer:
                return LLVMDIBuilderCreatePointerType(dib, nil, 64, 64, 0, name, name.utf8.count)
            default:
                if t.isInteger { return basic(name, size, t.isUnsigned ? 0x08 : 0x05) }
                return word
            }
        case let pt as PointerType:
            return LLVMDIBuilderCreatePointerType(dib, diType(pt.elem), 64, 64, 0, name, name.utf8.count)
        case let sl as SliceType:
            let arr = LLVMDIBuilderCreatePointerType(dib, diType(sl.elem), 64, 64, 0, "*\(sl.elem)", "*\(sl.elem)".utf8.count)!
            let int = basic("int", 64, 0x05)
            return structOfMembers([member("array", arr, nil, 0), member("len", int, nil, 8), member("cap", int, nil, 16)])
        case is InterfaceType:
            let p = LLVMDIBuilderCreatePointerType(dib, nil, 64, 64, 0, "unsafe.Pointer", 14)!
            return structOfMembers([member("tab", p, nil, 0), member("data", p, nil, 8)])
        case let st as StructType:
            let offs = Layout.offsets(st)
            return structOfMembers(st.fields.enumerated().map { i, f in member(f.name, diType(f.type), f.type, offs[i]) })
        case let at as ArrayType:
            var sub: [LLVMMetadataRef?] = [LLVMDIBuilderGetOrCreateSubrange(dib, 0, Int64(at.len))]
            return LLVMDIBuilderCreateArrayType(dib, size, align, diType(at.elem), &sub, 1)
        default:
            // maps, channels, funcs: one pointer
            return LLVMDIBuilderCreatePointerType(dib, nil, 64, 64, 0, name, name.utf8.count)
        }
    }

    private func basic(_ name: String, _ bits: UInt64, _ encoding: UInt32) -> LLVMMetadataRef {
        LLVMDIBuilderCreateBasicType(di!.dib, name, name.utf8.count, bits, encoding, LLVMDIFlagZero)
    }
}
