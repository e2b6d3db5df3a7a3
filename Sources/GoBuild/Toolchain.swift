// External tools and where swiftgo's own files are.
import Foundation

public enum Toolchain {
    /// The swiftgo source tree (for Runtime/): $SWIFTGO_ROOT, else next to the
    /// executable (.build/<config>/swiftgo), else where this file was compiled.
    public static let root: String = {
        let fm = FileManager.default
        func isRoot(_ p: String) -> Bool { fm.fileExists(atPath: p + "/Runtime/build.sh") }
        if let r = ProcessInfo.processInfo.environment["SWIFTGO_ROOT"], isRoot(r) { return r }
        var exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            if isRoot(exe.path) { return exe.path }
            exe = exe.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    public static var runtimeDir: String { root + "/Runtime" }

    /// The build cache: $SWIFTGO_CACHE, else $XDG_CACHE_HOME/swiftgo, else ~/.cache/swiftgo.
    public static var cacheDir: String {
        let env = ProcessInfo.processInfo.environment
        if let c = env["SWIFTGO_CACHE"], !c.isEmpty { return c }
        if let x = env["XDG_CACHE_HOME"], !x.isEmpty { return x + "/swiftgo" }
        return NSHomeDirectory() + "/.cache/swiftgo"
    }

    /// The first of the candidates that exists.
    static func find(_ candidates: [String]) -> String? {
        candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static var lld: String? { find(["/usr/bin/ld.lld-19", "/usr/lib/llvm-19/bin/ld.lld"]) }
    public static var clang: String? { find(["/usr/bin/clang-19", "/usr/lib/llvm-19/bin/clang"]) }

    public static let llvmVersion = "19"
}

/// Runs a command and returns its standard output; throws when it fails.
func capture(_ argv: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: argv[0])
    p.arguments = Array(argv.dropFirst())
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { throw BuildFailure("cannot run \(argv[0]): \(error.localizedDescription)") }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    if p.terminationStatus != 0 { throw BuildFailure("\(URL(fileURLWithPath: argv[0]).lastPathComponent) failed") }
    return String(decoding: data, as: UTF8.self)
}

/// Runs a command; throws with its stderr when it fails.
func run(_ argv: [String], echo: Bool, env: [String: String]? = nil) throws {
    if echo { FileHandle.standardError.write((argv.joined(separator: " ") + "\n").data(using: .utf8)!) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: argv[0])
    p.arguments = Array(argv.dropFirst())
    if let env { p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 } }
    let errPipe = Pipe()
    p.standardError = errPipe
    p.standardOutput = errPipe
    do { try p.run() } catch { throw BuildFailure("cannot run \(argv[0]): \(error.localizedDescription)") }
    let data = errPipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    if p.terminationStatus != 0 {
        let out = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        throw BuildFailure("\(URL(fileURLWithPath: argv[0]).lastPathComponent) failed:\n\(out)")
    }
}
