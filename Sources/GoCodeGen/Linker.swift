// Whole-program linking (DESIGN.md §1): each package is lowered to its own
// module; the program's modules are linked into one, every Go symbol but the
// runtime's entry points becomes internal, and LLVM then deletes what is
// unreachable and inlines across packages.
import CLLVM

/// An LLVM context shared by the generators of one program; disposed when
/// the last of them is gone.
public final class LLVMContextBox {
    public let ref: LLVMContextRef
    public init() { ref = LLVMContextCreate() }
    deinit { LLVMContextDispose(ref) }
}

extension CodeGen {
    /// The symbols the runtime (C) calls in compiled Go code.
    static let runtimeEntryPoints: Set<String> = ["main.main", "main..inittask"]

    /// Links another package's module into this one (which consumes it).
    public func link(_ other: CodeGen) throws {
        if LLVMLinkModules2(module, other.takeModule()) != 0 {
            throw CodeGenError("linking package \(other.pkg.path) failed")
        }
    }

    /// Makes the linked module a whole program: functions that no package
    /// defines and the runtime does not provide get a body that reports
    /// them (`fatal error: … is not implemented`), and every definition but
    /// the runtime's entry points becomes internal.
    public func finishProgram(runtimeSymbols: Set<String>) {
        pruneUnreachableMethods()
        var f = LLVMGetFirstFunction(module)
        while let fnv = f {
            let name = String(cString: LLVMGetValueName(fnv))
            if LLVMIsDeclaration(fnv) != 0 {
                if !name.hasPrefix("llvm.") && !runtimeSymbols.contains(name) { defineUnimplemented(fnv, name) }
            } else if !CodeGen.runtimeEntryPoints.contains(name) {
                LLVMSetLinkage(fnv, LLVMInternalLinkage)
            }
            f = LLVMGetNextFunction(fnv)
        }
        var g = LLVMGetFirstGlobal(module)
        while let gv = g {
            let name = String(cString: LLVMGetValueName(gv))
            if LLVMIsDeclaration(gv) == 0 && !CodeGen.runtimeEntryPoints.contains(name)
                && LLVMGetLinkage(gv) == LLVMExternalLinkage {
                LLVMSetLinkage(gv, LLVMInternalLinkage)
            }
            g = LLVMGetNextGlobal(gv)
        }
    }

    /// DESIGN §1: a method reached only through its type's method table
    /// survives only if some interface of the program has a method of that
    /// name (an itab may then need it). Other entries keep their name and
    /// type (reflect's NumMethod and Implements read them) but lose their
    /// code pointer, so that LLVM deletes the method unless it is called
    /// directly. Names, not name+type, are matched: conservative.
    func pruneUnreachableMethods() {
        // runtime/panic.c prints a panic value through its Error or String method.
        var needed: Set<String> = ["Error", "String"]
        var tables: [LLVMValueRef] = []
        var g = LLVMGetFirstGlobal(module)
        while let gv = g {
            let name = String(cString: LLVMGetValueName(gv))
            if name.hasPrefix("go.imethods."), let ini = LLVMGetInitializer(gv) {
                for i in 0..<UInt32(LLVMGetArrayLength2(LLVMTypeOf(ini))) {
                    if let m = LLVMGetAggregateElement(ini, i), let n = constStringValue(LLVMGetAggregateElement(m, 0)) { needed.insert(n) }
                }
            } else if name.hasPrefix("go.methods.") {
                tables.append(gv)
            }
            g = LLVMGetNextGlobal(gv)
        }
        for table in tables {
            guard let ini = LLVMGetInitializer(table) else { continue }
            let elemTy = LLVMGetElementType(LLVMTypeOf(ini))!
            let n = UInt32(LLVMGetArrayLength2(LLVMTypeOf(ini)))
            var changed = false
            var entries: [LLVMValueRef?] = (0..<n).map { i in
                let m = LLVMGetAggregateElement(ini, i)!
                guard let name = constStringValue(LLVMGetAggregateElement(m, 0)), !needed.contains(name) else { return m }
                changed = true
                var f: [LLVMValueRef?] = [LLVMGetAggregateElement(m, 0), LLVMGetAggregateElement(m, 1), LLVMConstNull(ptr)]
                return LLVMConstNamedStruct(elemTy, &f, 3)
            }
            if changed { LLVMSetInitializer(table, LLVMConstArray2(elemTy, &entries, UInt64(n))) }
        }
    }

    /// The bytes of a Go string constant {ptr to data, len} made by constString.
    private func constStringValue(_ s: LLVMValueRef?) -> String? {
        guard let s, let data = LLVMGetAggregateElement(s, 0) else { return nil }
        if LLVMIsNull(data) != 0 { return "" }
        guard LLVMIsAGlobalVariable(data) != nil, let ini = LLVMGetInitializer(data) else { return nil }
        var len = 0
        guard let p = LLVMGetAsString(ini, &len) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: p, count: len), as: UTF8.self)
    }

    /// A function declared in Go without a body (implemented in assembly by
    /// gc's standard library) that nothing provides here yet.
    private func defineUnimplemented(_ fnv: LLVMValueRef, _ name: String) {
        LLVMSetLinkage(fnv, LLVMInternalLinkage)
        let entry = LLVMAppendBasicBlockInContext(ctx, fnv, "entry")!
        LLVMPositionBuilderAtEnd(b, entry)
        let s = constString(Array(name.utf8))
        callRuntime("runtime.unimplemented", [LLVMBuildExtractValue(b, s, 0, ""), LLVMBuildExtractValue(b, s, 1, "")])
    }
}
