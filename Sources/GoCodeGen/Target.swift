// Targets: LLVM's target registration (once per process) and a target machine
// for each of swiftgo's two architectures.
import CLLVM

public enum Arch: String, CaseIterable, Sendable {
    case amd64, arm64

    public var triple: String {
        switch self {
        case .amd64: return "x86_64-unknown-linux-gnu"
        case .arm64: return "aarch64-unknown-linux-gnu"
        }
    }
}

public enum OptLevel: String, Sendable {
    case O0, O2, Os

    var pipeline: String {
        switch self {
        case .O0: return "default<O0>"
        case .O2: return "default<O2>"
        case .Os: return "default<Oz>"
        }
    }
}

/// Registration is not thread-safe; Swift runs a global's initializer once.
private let targetsRegistered: Bool = {
    LLVMInitializeX86TargetInfo(); LLVMInitializeX86Target(); LLVMInitializeX86TargetMC()
    LLVMInitializeX86AsmPrinter(); LLVMInitializeX86AsmParser()
    LLVMInitializeAArch64TargetInfo(); LLVMInitializeAArch64Target(); LLVMInitializeAArch64TargetMC()
    LLVMInitializeAArch64AsmPrinter(); LLVMInitializeAArch64AsmParser()
    return true
}()

public struct CodeGenError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}

/// An LLVM target machine for one architecture and optimization level.
public final class TargetMachine {
    public let arch: Arch
    let ref: LLVMTargetMachineRef
    let dataLayout: LLVMTargetDataRef

    public init(arch: Arch, opt: OptLevel) throws {
        _ = targetsRegistered
        self.arch = arch
        var target: LLVMTargetRef?
        var err: UnsafeMutablePointer<CChar>?
        if LLVMGetTargetFromTriple(arch.triple, &target, &err) != 0 {
            defer { LLVMDisposeMessage(err) }
            throw CodeGenError("no LLVM target for \(arch.triple): \(String(cString: err!))")
        }
        let cpu = arch == .amd64 ? "x86-64" : "generic"
        let features = arch == .arm64 ? "+neon" : ""
        let level = opt == .O0 ? LLVMCodeGenLevelNone : LLVMCodeGenLevelDefault
        guard let tm = LLVMCreateTargetMachine(target, arch.triple, cpu, features, level, LLVMRelocStatic, LLVMCodeModelDefault) else {
            throw CodeGenError("cannot create a target machine for \(arch.triple)")
        }
        ref = tm
        dataLayout = LLVMCreateTargetDataLayout(tm)
    }

    deinit {
        LLVMDisposeTargetData(dataLayout)
        LLVMDisposeTargetMachine(ref)
    }
}
