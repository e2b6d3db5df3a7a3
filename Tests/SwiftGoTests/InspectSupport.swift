// Shared helpers of SizeTests and StartupTests: build hello world once per
// architecture, run a tool and capture its output.
import Foundation
import GoBuild
import GoCodeGen

enum InspectFixture {
    static let dir: String = {
        let d = NSTemporaryDirectory() + "swiftgo-inspect-tests-\(getpid())"
        try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }()

    static let lock = NSLock()
    nonisolated(unsafe) static var built: [Arch: String] = [:]

    /// testdata/basic/hello.go built for arch (once per test process).
    static func hello(_ arch: Arch) throws -> String {
        lock.lock(); defer { lock.unlock() }
        if let p = built[arch] { return p }
        let src = GoldenPaths.testdata.appendingPathComponent("basic/hello.go").path
        let out = dir + "/hello.\(arch.rawValue)"
        try Builder().build(BuildOptions(inputs: [src], output: out, arch: arch))
        built[arch] = out
        return out
    }

    /// stdout of a command, or nil if it cannot run or fails.
    static func output(_ argv: [String], env: [String: String] = [:]) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: argv[0])
        p.arguments = Array(argv.dropFirst())
        var e = ProcessInfo.processInfo.environment
        for (k, v) in env { e[k] = v }
        p.environment = e
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    static func which(_ names: [String]) -> String? {
        for n in names {
            for d in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: "\(d)/\(n)") {
                return "\(d)/\(n)"
            }
        }
        return nil
    }
}
