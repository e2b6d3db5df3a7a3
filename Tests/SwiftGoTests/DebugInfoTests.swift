// DWARF (gdb stops at main.main's first line and steps through Go lines),
// `build -s` stripping, and the `build -m` escape report.
import Foundation
import GoBuild
import GoCodeGen
import Testing

@Suite("Debug info and escape report")
struct DebugInfoTests {
    static let program = """
    package main

    var n int

    func add(a, b int) int {
    \treturn a + b
    }

    func main() {
    \tx := add(n, 2)
    \tprintln("x", x)
    \ty := add(x, n)
    \tprintln("y", y)
    }

    // Set at run time: a constant n would fold main's first line away.
    func init() { n = 5 }

    """
    /// main's first statement, and its last.
    static let firstLine = 10, lastLine = 13

    static func tempDir(_ tag: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("swiftgo-dwarf-\(tag)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Runs argv with its output in a file. Spawned with an empty signal
    /// mask and default handlers: the test runner blocks SIGCHLD, and a gdb
    /// that inherits that mask waits forever for its stopped inferior.
    static func run(_ argv: [String], in dir: URL, timeout: Int = 60) throws -> String {
        let outPath = dir.appendingPathComponent("gdb-\(UUID().uuidString).txt").path
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty); sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // timeout(1) bounds a hang; it too starts with the clean mask.
        let full = ["/usr/bin/timeout", "-s", "KILL", "\(timeout)"] + argv
        var cargs = full.map { strdup($0) } + [nil]
        defer { cargs.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, full[0], &actions, &attr, &cargs, environ)
        guard rc == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    static let gdb = ["/usr/bin/gdb", "/usr/local/bin/gdb"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("gdb breaks at main.main's first line and steps through Go lines", arguments: [false, true])
    func gdbSteps(optimize: Bool) throws {
        let opt: GoCodeGen.OptLevel = optimize ? .O2 : .O0
        guard let gdb = Self.gdb else {
            print("DebugInfoTests: gdb not installed, skipping the gdb check")
            return
        }
        let dir = try Self.tempDir("gdb")
        defer { try? FileManager.default.removeItem(at: dir) }
        let src = dir.appendingPathComponent("prog.go")
        try Self.program.write(to: src, atomically: true, encoding: .utf8)
        let exe = dir.appendingPathComponent("prog")
        try Builder().build(BuildOptions(inputs: [src.path], output: exe.path, arch: .amd64, opt: opt))
        let out = try Self.run([gdb, "-nx", "--batch", "-ex", "break main.main", "-ex", "run", "-ex", "next", "-ex", "next",
                                "-ex", "bt", exe.path], in: dir)
        // Breakpoint 1, main.main () at prog.go:10 (gdb prints the DIFile name)
        let stop = "Breakpoint 1, main.main () at prog.go:\(Self.firstLine)"
        #expect(out.contains(stop), "\(opt): want «\(stop)» in\n\(out)")
        // Each `next` prints "<line>\t<source>": lines of main's body.
        let stepped = out.split(separator: "\n").compactMap { l -> Int? in
            guard let tab = l.firstIndex(of: "\t") else { return nil }
            return Int(l[..<tab])
        }
        #expect(stepped.count >= 3, "\(opt): \(out)")
        #expect(stepped.allSatisfy { (Self.firstLine...Self.lastLine).contains($0) }, "\(opt): \(stepped)")
        if opt == .O0 { #expect(stepped.prefix(3) == [10, 11, 12], "\(out)") }
        #expect(out.contains("#0  main.main () at prog.go:"), "\(opt): \(out)")
    }

    @Test("DWARF by default; -w drops it; -s drops it and the symbol table")
    func stripping() throws {
        let dir = try Self.tempDir("strip")
        defer { try? FileManager.default.removeItem(at: dir) }
        let src = dir.appendingPathComponent("prog.go")
        try Self.program.write(to: src, atomically: true, encoding: .utf8)
        func sections(_ configure: (inout BuildOptions) -> Void) throws -> (debug: Bool, symtab: Bool, size: Int) {
            let exe = dir.appendingPathComponent("prog-\(UUID().uuidString)")
            var opts = BuildOptions(inputs: [src.path], output: exe.path, arch: .amd64)
            configure(&opts)
            try Builder().build(opts)
            let data = try Data(contentsOf: exe)
            return (data.range(of: Data(".debug_line".utf8)) != nil, data.range(of: Data(".symtab".utf8)) != nil, data.count)
        }
        let full = try sections { _ in }
        let noDWARF = try sections { $0.omitDWARF = true }
        let stripped = try sections { $0.stripSymbols = true }
        #expect(full.debug && full.symtab)
        #expect(!noDWARF.debug && noDWARF.symtab)
        #expect(!stripped.debug && !stripped.symtab)
        #expect(stripped.size < noDWARF.size && noDWARF.size < full.size)
    }

    static let escapeProgram = """
    package main

    type T struct{ a, b int }

    func (t *T) inc() { t.a++ }

    func get() *int {
    \tv := 3
    \treturn &v
    }

    func main() {
    \tx := 1
    \tf := func() { x++ }
    \tf()
    \tp := &T{1, 2}
    \tq := &T{}
    \tn := new(T)
    \tvar t T
    \tt.inc()
    \ts := make([]int, x)
    \tg := func() int { return 1 }
    \tarr := [3]int{1, 2, 3}
    \tsl := arr[:]
    \tprintln(x, p.a, q.b, n.a, t.a, len(s), g(), *get(), len(sl))
    }

    """

    @Test("build -m reports what the escape analysis decides")
    func escapeReport() throws {
        let dir = try Self.tempDir("escape")
        defer { try? FileManager.default.removeItem(at: dir) }
        let src = dir.appendingPathComponent("esc.go")
        try Self.escapeProgram.write(to: src, atomically: true, encoding: .utf8)
        let (pkg, info, fset) = try Builder().check([src.path])
        let p = src.path
        #expect(EscapeReport.lines(pkg: pkg, info: info, fileSet: fset) == [
            "\(p):8:2: moved to heap: v",
            "\(p):13:2: moved to heap: x",
            "\(p):14:7: func literal escapes to heap",
            "\(p):16:7: &T{...} escapes to heap",
            "\(p):17:7: &T{} escapes to heap",
            "\(p):18:10: new(T) escapes to heap",
            "\(p):19:6: moved to heap: t",
            "\(p):21:11: make([]int, x) escapes to heap",
            "\(p):23:2: moved to heap: arr",
        ])
        let verbose = EscapeReport.lines(pkg: pkg, info: info, fileSet: fset, level: 2)
        #expect(verbose.contains("\(p):13:2: moved to heap: x (captured by a closure)"))
        #expect(verbose.contains("\(p):8:2: moved to heap: v (address taken)"))
        #expect(verbose.contains("\(p):23:2: moved to heap: arr (sliced)"))
    }
}
