// What a build is asked to do.
import GoCodeGen

public typealias Arch = GoCodeGen.Arch
public typealias OptLevel = GoCodeGen.OptLevel

public enum EmitKind: String, Sendable {
    case llvm, asm, obj
}

public struct BuildOptions: Sendable {
    /// .go files, or one directory holding a package.
    public var inputs: [String]
    public var output: String
    public var arch: Arch
    public var opt: OptLevel
    /// Stop after emitting this instead of linking an executable.
    public var emit: EmitKind?
    /// Print every external command (`go build -x`).
    public var printCommands: Bool
    public var verbose: Bool
    /// `-s`: omit DWARF and have the linker drop the symbol table too
    /// (`ld.lld --strip-all`), as gc's `-ldflags=-s`.
    public var stripSymbols = false
    /// `-w`: omit DWARF only (gc's `-ldflags=-w`); the symbol table stays.
    public var omitDWARF = false
    /// `-m`: print escape-analysis decisions (gc's `-gcflags=-m`); 2 adds reasons.
    public var escapeReport = 0
    /// Poll for preemption on loop back edges (PreemptPoll.swift); off with
    /// SWIFTGO_NOPOLL=1 in the environment too.
    public var preemptPolls = true

    public init(inputs: [String], output: String, arch: Arch = .amd64, opt: OptLevel = .O2,
                emit: EmitKind? = nil, printCommands: Bool = false, verbose: Bool = false) {
        self.inputs = inputs
        self.output = output
        self.arch = arch
        self.opt = opt
        self.emit = emit
        self.printCommands = printCommands
        self.verbose = verbose
    }
}

/// A build that did not produce its output: Go-style diagnostics, or a
/// one-line reason.
public struct BuildFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
