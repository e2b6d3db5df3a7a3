// Support for the golden-program tests (GoldenTests.swift).
//
// A golden program is testdata/<area>/<name>.go (anything outside testdata/errors/), with
//   <name>.out   its expected combined stdout+stderr, normalized, produced by real Go 1.19
//   <name>.exit  its expected exit status, present only when it is not 0
//   <name>.in    optional: the program's standard input (otherwise /dev/null)
//   <name>.args  optional: its command-line arguments, one per line
// .out and .exit come from scripts/regen-golden (which feeds .in and .args to gc's build the
// same way); they are never written by hand.

import Foundation
import Testing

// MARK: - Locations

enum GoldenPaths {
    /// The package root: this file is <root>/Tests/SwiftGoTests/GoldenSupport.swift.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // SwiftGoTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // root

    static let testdata: URL = packageRoot.appendingPathComponent("testdata", isDirectory: true)

    /// Directories under testdata/ that do not hold golden run programs.
    static let excludedAreas: Set<String> = ["errors"]

    static let qemuAArch64 = "/usr/bin/qemu-aarch64-static"

    static var qemuAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: qemuAArch64)
    }
}

// MARK: - Programs

/// The target architecture of one golden run. Mirrors GoBuild's architecture (`.amd64`, `.arm64`).
enum GoldenArch: String, Sendable, CaseIterable, Codable {
    case amd64
    case arm64
}

/// One golden program built and run for one architecture: one test case.
struct GoldenProgram: Sendable, Hashable, Codable, CustomStringConvertible, CustomTestStringConvertible {
    /// Path relative to testdata/, e.g. "basic/hello.go".
    let relativePath: String
    let arch: GoldenArch

    var source: URL { GoldenPaths.testdata.appendingPathComponent(relativePath) }
    var stem: URL { source.deletingPathExtension() }
    var expectedOutputFile: URL { stem.appendingPathExtension("out") }
    var expectedExitFile: URL { stem.appendingPathExtension("exit") }
    var inputFile: URL { stem.appendingPathExtension("in") }
    var argumentsFile: URL { stem.appendingPathExtension("args") }
    /// "basic/hello" — also used to name build products.
    var name: String { String(relativePath.dropLast(3)) }
    /// The areas whose programs are also run with GOMAXPROCS=1 and 4: their output must not
    /// depend on how many Ps the scheduler has.
    static let concurrentAreas: Set<String> = ["goroutines", "channels", "select", "timers", "sched", "preempt"]
    var isConcurrent: Bool {
        Self.concurrentAreas.contains(relativePath.split(separator: "/").first.map(String.init) ?? "")
    }

    var description: String { "\(relativePath) [\(arch.rawValue)]" }
    var testDescription: String { description }

    /// Every golden program under testdata/ (sorted by path), once per architecture.
    static let all: [GoldenProgram] = sources.flatMap { path in
        GoldenArch.allCases.map { GoldenProgram(relativePath: path, arch: $0) }
    }

    static func all(for arch: GoldenArch) -> [GoldenProgram] {
        all.filter { $0.arch == arch }
    }

    /// Paths (relative to testdata/) of every .go file outside the excluded areas.
    static let sources: [String] = {
        let fm = FileManager.default
        let root = GoldenPaths.testdata.resolvingSymlinksInPath().path
        guard let walker = fm.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let entry = walker.nextObject() as? String {
            guard entry.hasSuffix(".go") else { continue }
            let area = entry.split(separator: "/").first.map(String.init) ?? ""
            if GoldenPaths.excludedAreas.contains(area) { continue }
            found.append(entry)
        }
        return found.sorted()
    }()

    /// The expected (already normalized) output bytes, or nil if the .out file is missing.
    func expectedOutput() -> [UInt8]? {
        FileManager.default.contents(atPath: expectedOutputFile.path).map { [UInt8]($0) }
    }

    /// The program's standard input: <name>.in when it exists, else nil (/dev/null).
    var input: URL? {
        FileManager.default.fileExists(atPath: inputFile.path) ? inputFile : nil
    }

    /// The program's arguments: the lines of <name>.args, or none.
    func arguments() -> [String] {
        guard let data = FileManager.default.contents(atPath: argumentsFile.path) else { return [] }
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Whether the program needs more than the plain run (an input file or arguments).
    var hasInputs: Bool {
        input != nil || FileManager.default.fileExists(atPath: argumentsFile.path)
    }

    /// The expected exit status: the number in <name>.exit, or 0 when there is no such file.
    func expectedExitStatus() throws -> Int32 {
        guard let data = FileManager.default.contents(atPath: expectedExitFile.path) else { return 0 }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let status = Int32(text) else {
            throw GoldenError("\(expectedExitFile.path): not an exit status: \(text.debugDescription)")
        }
        return status
    }
}

struct GoldenError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

// MARK: - Normalization

enum GoldenNormalizer {
    /// The twin of the rule in scripts/regen-golden (`normalize`); the two must stay identical.
    /// It works on bytes, as the script's perl does, so no Unicode equivalence can hide a difference.
    ///
    /// 1. Every CRLF ("\r\n") becomes LF ("\n").
    /// 2. The text is split into lines at "\n" (a final "\n" ends the last line; it does not start
    ///    a new one). After every line matching `^goroutine [0-9]+ \[[^]]*\]:$` (kept), the
    ///    following lines are dropped up to, not including, the next empty line, or to the end.
    ///    (Those are traceback frame lines: function names, paths and addresses.)
    /// 3. The kept lines are joined with "\n", plus a final "\n" iff the original ended with one.
    static func normalize(_ raw: [UInt8]) -> [UInt8] {
        let lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        // 1. CRLF -> LF
        var text: [UInt8] = []
        text.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            if raw[i] == cr && i + 1 < raw.count && raw[i + 1] == lf {
                i += 1
                continue
            }
            text.append(raw[i])
            i += 1
        }
        // 2. lines, minus frame lines after a goroutine header
        let trailingNewline = text.last == lf
        if trailingNewline { text.removeLast() }
        if text.isEmpty && !trailingNewline { return [] }
        var kept: [ArraySlice<UInt8>] = []
        var dropping = false
        for line in text.split(separator: lf, omittingEmptySubsequences: false) {
            if dropping {
                if line.isEmpty { dropping = false } else { continue }
            }
            kept.append(line)
            if isGoroutineHeader(line) { dropping = true }
        }
        // 3. join
        var out: [UInt8] = []
        out.reserveCapacity(text.count + 1)
        for (n, line) in kept.enumerated() {
            if n > 0 { out.append(lf) }
            out.append(contentsOf: line)
        }
        if trailingNewline { out.append(lf) }
        return out
    }

    static func normalize(_ raw: String) -> String {
        String(decoding: normalize(Array(raw.utf8)), as: UTF8.self)
    }

    /// `^goroutine [0-9]+ \[[^]]*\]:$`
    static func isGoroutineHeader<C: Collection>(_ line: C) -> Bool where C.Element == UInt8 {
        let bytes = Array(line)
        let prefix = Array("goroutine ".utf8)
        guard bytes.count >= prefix.count + 5, bytes.starts(with: prefix),
              bytes[bytes.count - 2] == UInt8(ascii: "]"), bytes[bytes.count - 1] == UInt8(ascii: ":")
        else { return false }
        var k = prefix.count
        let digitsStart = k
        while k < bytes.count, bytes[k] >= UInt8(ascii: "0"), bytes[k] <= UInt8(ascii: "9") { k += 1 }
        guard k > digitsStart, k + 1 < bytes.count - 2,
              bytes[k] == UInt8(ascii: " "), bytes[k + 1] == UInt8(ascii: "[") else { return false }
        return !bytes[(k + 2)..<(bytes.count - 2)].contains(UInt8(ascii: "]"))
    }
}

// MARK: - Running

struct RunResult: Sendable {
    /// Raw combined stdout+stderr bytes.
    var output: [UInt8]
    var exitStatus: Int32
    var timedOut: Bool
}

enum GoldenRunner {
    /// Runs `executable` (under qemu for arm64) with `arguments`, stdin from `input` (default
    /// /dev/null), GODEBUG and GOTRACEBACK
    /// removed from the environment, stdout and stderr sent to one file (so their interleaving is
    /// kept), killed after `timeout` seconds. A death by signal N is reported as status 128+N, as
    /// a shell reports it.
    static func run(executable: URL, arch: GoldenArch, workDir: URL, timeout: TimeInterval = 10,
                    arguments: [String] = [], input: URL? = nil,
                    environment: [String: String] = [:]) throws -> RunResult {
        let process = Process()
        switch arch {
        case .amd64:
            process.executableURL = executable
            process.arguments = arguments
        case .arm64:
            process.executableURL = URL(fileURLWithPath: GoldenPaths.qemuAArch64)
            process.arguments = [executable.path] + arguments
        }
        var env = ProcessInfo.processInfo.environment
        env["GODEBUG"] = nil
        env["GOTRACEBACK"] = nil
        env["GOMAXPROCS"] = nil
        env.merge(environment) { _, new in new }
        process.environment = env
        process.currentDirectoryURL = workDir

        let outputFile = workDir.appendingPathComponent("output.txt")
        guard FileManager.default.createFile(atPath: outputFile.path, contents: nil) else {
            throw GoldenError("cannot create \(outputFile.path)")
        }
        let sink = try FileHandle(forWritingTo: outputFile)
        defer { try? sink.close() }
        if let input {
            process.standardInput = try FileHandle(forReadingFrom: input)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        process.standardOutput = sink
        process.standardError = sink

        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        var timedOut = false
        if done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        process.waitUntilExit()

        let status: Int32
        switch process.terminationReason {
        case .exit: status = process.terminationStatus
        case .uncaughtSignal: status = 128 + process.terminationStatus
        @unknown default: status = process.terminationStatus
        }
        let data = FileManager.default.contents(atPath: outputFile.path) ?? Data()
        return RunResult(output: [UInt8](data), exitStatus: status, timedOut: timedOut)
    }
}

// MARK: - Reporting

enum GoldenDiff {
    /// A short unified-style diff around the first differing line, or nil if equal.
    static func firstDifference(expected: [UInt8], actual: [UInt8], context: Int = 3, maxLines: Int = 6) -> String? {
        if expected == actual { return nil }
        let e = lines(expected), a = lines(actual)
        var i = 0
        while i < e.count && i < a.count && e[i] == a[i] { i += 1 }
        if i == e.count && i == a.count {
            return "outputs differ (expected \(expected.count) bytes, got \(actual.count))"
        }
        var out = ["--- expected", "+++ actual", "@@ first difference at line \(i + 1) @@"]
        for k in max(0, i - context)..<i { out.append(" " + show(e[k])) }
        for k in i..<min(e.count, i + maxLines / 2) { out.append("-" + show(e[k])) }
        if e.count > i + maxLines / 2 { out.append("-… (\(e.count - i - maxLines / 2) more expected lines)") }
        for k in i..<min(a.count, i + maxLines / 2) { out.append("+" + show(a[k])) }
        if a.count > i + maxLines / 2 { out.append("+… (\(a.count - i - maxLines / 2) more actual lines)") }
        return out.joined(separator: "\n")
    }

    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    }

    private static func show(_ bytes: ArraySlice<UInt8>) -> String {
        // Make invisible differences visible.
        let line = String(decoding: bytes, as: UTF8.self)
        return line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{FFFD}" }
            ? line.debugDescription : line
    }
}

enum GoldenTemp {
    /// A fresh, unique directory for one test case (tests run in parallel).
    static func makeDirectory(for program: GoldenProgram) throws -> URL {
        let safe = program.name.replacingOccurrences(of: "/", with: "_")
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("swiftgo-golden-\(safe)-\(program.arch.rawValue)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

// MARK: - Snippets

/// Builds `body` (a program without its `package main` line) for arch in a
/// fresh temporary directory and hands the executable to `use`; for the
/// tests whose expected output carries addresses, which cannot be golden files.
func withSnippet<T>(_ body: String, arch: GoldenArch, _ use: (URL, URL) throws -> T) throws -> T {
    let dir = FileManager.default.temporaryDirectory
        .appendingPathComponent("swiftgo-snippet-\(arch.rawValue)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let src = dir.appendingPathComponent("prog.go")
    try ("package main\n\n" + body).write(to: src, atomically: true, encoding: .utf8)
    let exe = dir.appendingPathComponent("prog")
    try buildGolden(source: src.path, output: exe.path, arch: arch)
    return try use(exe, dir)
}

/// Builds and runs a snippet (see withSnippet): its output lines and exit status.
func runSnippet(_ body: String, arch: GoldenArch) throws -> (lines: [Substring], status: Int32) {
    try withSnippet(body, arch: arch) { exe, dir in
        let result = try GoldenRunner.run(executable: exe, arch: arch, workDir: dir)
        let text = String(decoding: result.output, as: UTF8.self)
        return (text.split(separator: "\n", omittingEmptySubsequences: false), result.exitStatus)
    }
}
