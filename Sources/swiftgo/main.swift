// The swiftgo command line.
import ArgumentParser
import Foundation
import GoBuild


struct SwiftGo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swiftgo",
        abstract: "An ahead-of-time compiler from Go to static Linux executables.",
        discussion: "build and run also take -O0, -O2 (the default) or -Os (smallest).",
        subcommands: [Build.self, Run.self, Vet.self, Size.self, Startup.self, Env.self, Version.self])
}

/// Options shared by build and run.
struct CompileOptions: ParsableArguments {
    @Option(name: .customLong("arch"), help: "Target architecture: amd64 or arm64 (default: $GOARCH, else amd64).")
    var arch: String?

    @Flag(name: .customShort("x"), help: "Print the external commands run.")
    var printCommands = false

    @Flag(name: .customShort("v"), help: "Verbose.")
    var verbose = false

    func resolvedArch() throws -> Arch {
        let env = ProcessInfo.processInfo.environment
        if let goos = env["GOOS"], !goos.isEmpty, goos != "linux" {
            throw ValidationError("unsupported GOOS/GOARCH pair \(goos)/\(env["GOARCH"] ?? "amd64")")
        }
        let name = arch ?? env["GOARCH"].flatMap { $0.isEmpty ? nil : $0 } ?? "amd64"
        guard let a = Arch(rawValue: name) else { throw ValidationError("unsupported GOOS/GOARCH pair linux/\(name)") }
        return a
    }
}

/// `-O0`/`-O2`/`-Os` are not ArgumentParser-style flags; they are taken out
/// of the arguments before parsing.
enum OptFlag {
    static var level: OptLevel = .O2
    static func extract(_ args: [String]) -> [String] {
        var out: [String] = []
        for a in args {
            switch a {
            case "-O0": level = .O0
            case "-O2": level = .O2
            case "-Os": level = .Os
            default: out.append(a)
            }
        }
        return out
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write((message + "\n").data(using: .utf8)!)
    exit(1)
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Compile Go files or a package directory to an executable.")

    @Option(name: .customShort("o"), help: "Output file.")
    var output: String?

    @Option(name: .customLong("emit"), help: "Stop at llvm, asm or obj instead of linking.")
    var emit: String?

    @Flag(name: .customShort("s"), help: "Strip: no DWARF, and no symbol table (ld.lld --strip-all), like gc's -ldflags=-s.")
    var strip = false

    @Flag(name: .customShort("w"), help: "Omit DWARF debug information (the symbol table stays), like gc's -ldflags=-w.")
    var omitDWARF = false

    @Flag(name: .customShort("m"), help: "Print escape-analysis decisions, like gc's -gcflags=-m (-m -m: with reasons).")
    var escapeReport: Int

    @OptionGroup var options: CompileOptions

    @Argument(help: "Go files, or one package directory.")
    var inputs: [String] = []

    func run() throws {
        let arch = try options.resolvedArch()
        var kind: EmitKind?
        if let emit {
            guard let k = EmitKind(rawValue: emit) else { throw ValidationError("unknown --emit kind \(emit) (want llvm, asm or obj)") }
            kind = k
        }
        let out = output ?? defaultOutput(inputs, kind)
        var opts = BuildOptions(inputs: inputs, output: out, arch: arch, opt: OptFlag.level, emit: kind,
                                printCommands: options.printCommands, verbose: options.verbose)
        opts.stripSymbols = strip
        opts.omitDWARF = omitDWARF
        opts.escapeReport = escapeReport
        do { try Builder().build(opts) } catch { fail("\(error)") }
    }

    func defaultOutput(_ inputs: [String], _ kind: EmitKind?) -> String {
        let first = inputs.first ?? "main.go"
        var base = (first as NSString).lastPathComponent
        if base.hasSuffix(".go") { base.removeLast(3) }
        switch kind {
        case .llvm: return base + ".ll"
        case .asm: return base + ".s"
        case .obj: return base + ".o"
        case nil: return base
        }
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Compile and run a Go program; arguments after -- go to the program.")

    @OptionGroup var options: CompileOptions

    @Argument(parsing: .captureForPassthrough, help: "Go files, then -- and the program's arguments.")
    var arguments: [String] = []

    func run() throws {
        let arch = try options.resolvedArch()
        var files = arguments
        var progArgs: [String] = []
        if let i = arguments.firstIndex(of: "--") {
            files = Array(arguments[..<i]); progArgs = Array(arguments[(i + 1)...])
        } else if let i = arguments.firstIndex(where: { !$0.hasSuffix(".go") }) {
            files = Array(arguments[..<i]); progArgs = Array(arguments[i...])
        }
        let exe = NSTemporaryDirectory() + "swiftgo-run-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: exe) }
        let opts = BuildOptions(inputs: files, output: exe, arch: arch, opt: OptFlag.level,
                                printCommands: options.printCommands, verbose: options.verbose)
        do { try Builder().build(opts) } catch { fail("\(error)") }
        var argv = [exe] + progArgs
        if arch == .arm64 && hostArch != .arm64 { argv = ["/usr/bin/qemu-aarch64-static"] + argv }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: argv[0])
        p.arguments = Array(argv.dropFirst())
        do { try p.run() } catch { fail("cannot run \(argv[0]): \(error.localizedDescription)") }
        p.waitUntilExit()
        if p.terminationReason == .uncaughtSignal { Foundation.exit(128 + p.terminationStatus) }
        Foundation.exit(p.terminationStatus)
    }
}

#if arch(arm64)
let hostArch = Arch.arm64
#else
let hostArch = Arch.amd64
#endif

struct Env: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print swiftgo's environment.")

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        print("GOOS=\"linux\"")
        print("GOARCH=\"\(env["GOARCH"].flatMap { $0.isEmpty ? nil : $0 } ?? "amd64")\"")
        print("GOROOT=\"\(goroot() ?? "")\"")
        print("SWIFTGO_ROOT=\"\(Toolchain.root)\"")
        print("SWIFTGO_CACHE=\"\(Toolchain.cacheDir)\"")
        print("LLVM_VERSION=\"\(Toolchain.llvmVersion)\"")
        print("LD=\"\(Toolchain.lld ?? "")\"")
        for a in Arch.allCases {
            print("RUNTIME_\(a.rawValue.uppercased())=\"\(Toolchain.cacheDir)/runtime/<hash of Runtime/>/libswiftgo_rt_\(a.rawValue).a\"")
        }
    }

    func goroot() -> String? {
        if let g = ProcessInfo.processInfo.environment["GOROOT"], !g.isEmpty { return g }
        let debian = "/usr/lib/go-1.19"
        return FileManager.default.fileExists(atPath: debian + "/src") ? debian : nil
    }
}

struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print swiftgo's version.")
    func run() throws {
        print("swiftgo version 0.1.0 (go1.19 language, LLVM \(Toolchain.llvmVersion)) linux/\(hostArch.rawValue)")
    }
}

// Entry: strip -O flags first (they are not ArgumentParser-shaped). A bad
// flag or argument is one line on stderr and exit status 1, as with go.
do {
    var command = try SwiftGo.parseAsRoot(OptFlag.extract(Array(CommandLine.arguments.dropFirst())))
    try command.run()
} catch {
    if SwiftGo.exitCode(for: error) == .success {
        print(SwiftGo.fullMessage(for: error))
        exit(0)
    }
    let message = SwiftGo.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    fail("swiftgo: " + message)
}
