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
        var f = LLVMGetFirstFunction(module)
        while let fnv = f {
            let name = String(cString: LLVMGetValueName(fnv))
            if LLVMIsDeclaration(fnv) != 0 {
                if !name.hasPrefix("llvm.") && !runtimeSymbols.contains(name) { defineUnimplemented(fnv, name) }
            } else if !CodeGen.runtimeEntryPoints.contains(name) {
                LLVMSetLinkage(fnv, LLVMInternalLinkage)
            } else {
                // Defined in this static executable (hidden: dso_local), so
                // addressed directly, not through a GOT entry (the stack
                // check's slow path stores the function's address; a GOT
                // would add a RELRO segment and its padding).
                LLVMSetVisibility(fnv, LLVMHiddenVisibility)
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
