// The garbage collector (Runtime/mgc.c and friends), tested through
// behaviour, since package runtime's Go API cannot be compiled yet:
//   - a program allocating 2 GiB with a small live set keeps a flat RSS;
//   - golden programs still print their expected output when the collector
//     runs before every allocation (GODEBUG=gcstress=1; every 1000th for the
//     allocation-heavy gc/ programs), with clobberfree=1 so that a freed but
//     live object is overwritten, and with GOGC=1;
//   - GODEBUG=gctrace=1 prints Go's line format;
//   - running out of memory is gc's fatal error, exit status 2;
//   - runtime.SetFinalizer's misuses are gc's fatal errors;
//   - debug.FreeOSMemory gives a dropped slice's pages back (the resident set falls).
import Foundation
import Testing

@Suite struct GCTests {
    /// 2 GiB allocated in ~12 KiB blobs (plus a small object each), at most
    /// 64 blobs live: without a collector the peak RSS would be gigabytes.
    static let allocLoop = """
        package main

        type blob struct {
        \tnext *blob
        \tdata []byte
        \ttag  int
        }

        func main() {
        \tvar ring [64]*blob
        \ttotal := 0
        \tsum := 0
        \tfor i := 0; total < 2<<30; i++ {
        \t\tb := &blob{data: make([]byte, 8192+i%4096), tag: i}
        \t\tb.data[len(b.data)-1] = byte(i)
        \t\tb.next = &blob{tag: -i}
        \t\ttotal += len(b.data) + 64
        \t\tring[i%len(ring)] = b
        \t}
        \tfor _, b := range ring {
        \t\tsum += int(b.data[len(b.data)-1]) + b.tag + b.next.tag
        \t}
        \tprintln("allocated MB:", total>>20, "checksum:", sum)
        }

        """

    @Test("peak RSS stays flat while 2 GiB are allocated", arguments: GoldenArch.allCases)
    func rssStaysFlat(arch: GoldenArch) throws {
        if arch == .arm64 && !GoldenPaths.qemuAvailable { return }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
            print("GCTests: /usr/bin/time not found: RSS test skipped")
            return
        }
        let dir = try GCRun.tempDir("rss-\(arch.rawValue)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = try GCRun.build(Self.allocLoop, in: dir, arch: arch)
        let r = try GCRun.run(exe, arch: arch, env: [:], dir: dir, timeout: 120, measureRSS: true)
        #expect(r.status == 0)
        #expect(r.output == "allocated MB: 2048 checksum: 5024\n")
        // qemu itself adds some tens of MiB to the process.
        let limitKB = arch == .amd64 ? 64 * 1024 : 128 * 1024
        let rss = try #require(r.peakRSSKB)
        #expect(rss < limitKB, "peak RSS \(rss) KiB (\(arch))")
    }

    /// Programs that allocate in every way the compiler and runtime do: the
    /// gc/ programs, and a sample of the other areas.
    static let gcPrograms = GoldenProgram.sources.filter { $0.hasPrefix("gc/") }
    static let samplePrograms: [String] = ["maps/", "interfaces/", "defer/", "strings/", "channels/", "composite/"]
        .flatMap { area in GoldenProgram.sources.filter { $0.hasPrefix(area) }.prefix(4) }

    /// gcstress=1 collects before every allocation; the gc/ programs allocate
    /// hundreds of thousands of objects over live heaps of megabytes, so they
    /// collect before every 1000th (still thousands of collections each).
    static func stress(_ path: String, every n: Int? = nil) -> [String: String] {
        ["GODEBUG": "gcstress=\(n ?? (path.hasPrefix("gc/") ? 1000 : 1)),clobberfree=1"]
    }

    @Test("golden programs under GODEBUG=gcstress=N,clobberfree=1", arguments: gcPrograms + samplePrograms)
    func gcstress(_ path: String) throws {
        try checkGolden(path, env: Self.stress(path))
    }

    @Test("golden programs under GOGC=1", arguments: gcPrograms + samplePrograms)
    func gogc1(_ path: String) throws {
        try checkGolden(path, env: ["GOGC": "1"])
    }

    @Test("golden programs under gcstress on arm64 (qemu)",
          .enabled(if: GoldenPaths.qemuAvailable),
          arguments: samplePrograms + ["gc/closures.go", "gc/interior.go"])
    func gcstressArm64(_ path: String) throws {
        try checkGolden(path, env: Self.stress(path, every: path.hasPrefix("gc/") ? 100 : 1), arch: .arm64)
    }

    @Test func gctraceFormat() throws {
        let dir = try GCRun.tempDir("gctrace")
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = try GCRun.build(Self.allocLoop.replacingOccurrences(of: "2<<30", with: "64<<20"), in: dir, arch: .amd64)
        let r = try GCRun.run(exe, arch: .amd64, env: ["GODEBUG": "gctrace=1"], dir: dir, timeout: 60)
        #expect(r.status == 0)
        let lines = r.output.split(separator: "\n").filter { $0.hasPrefix("gc ") }
        #expect(lines.count >= 5)
        // gc 1 @0.012s 2%: 0.010+0.5+0.002 ms clock, 0.010+0/0.5/0+0.002 ms cpu, 4->4->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P
        let ms = #"[0-9]+(\.[0-9]+)?"#
        let pattern = #"^gc 1 @[0-9]+\.[0-9]{3}s [0-9]+%: \#(ms)\+\#(ms)\+\#(ms) ms clock, \#(ms)\+\#(ms)/\#(ms)/\#(ms)\+\#(ms) ms cpu, [0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, [0-9]+ MB stacks, [0-9]+ MB globals, [0-9]+ P$"#
        let first = String(try #require(lines.first))
        #expect(first.range(of: pattern, options: .regularExpression) != nil, "\(first)")
        #expect(first.contains(", 4 MB goal,"))
    }

    @Test func outOfMemory() throws {
        let dir = try GCRun.tempDir("oom")
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = try GCRun.build("""
            package main

            func main() {
            \tvar keep [][]byte
            \tfor {
            \t\tkeep = append(keep, make([]byte, 1<<20))
            \t}
            }

            """, in: dir, arch: .amd64)
        let r = try GCRun.run(exe, arch: .amd64, env: [:], dir: dir, timeout: 60, virtualLimitKB: 400_000)
        #expect(r.status == 2)
        #expect(r.output.hasPrefix("fatal error: runtime: out of memory\n"), "\(r.output.prefix(200))")
    }

    /// runtime.SetFinalizer's misuses stop the program with gc's fatal error and exit status 2.
    /// (Not golden programs: gc's report then lists its system goroutines, which swiftgo does
    /// not have.) The messages are the first lines of gc 1.19's output for the same programs.
    static let finalizerMisuses: [(name: String, body: String, message: String)] = [
        ("notptr", "runtime.SetFinalizer(42, func(int) {})",
         "fatal error: runtime.SetFinalizer: first argument is int, not pointer"),
        ("nilobj", "var x any\n\truntime.SetFinalizer(x, nil)",
         "fatal error: runtime.SetFinalizer: first argument is nil"),
        ("badparam", "runtime.SetFinalizer(&T{}, func(*U) {})",
         "fatal error: runtime.SetFinalizer: cannot pass *main.T to finalizer func(*main.U)"),
        ("twoparams", "runtime.SetFinalizer(&T{}, func(*T, int) {})",
         "fatal error: runtime.SetFinalizer: cannot pass *main.T to finalizer func(*main.T, int)"),
        ("notfunc", "runtime.SetFinalizer(&T{}, \"finalize\")",
         "fatal error: runtime.SetFinalizer: second argument is string, not a function"),
        ("notimpl", "runtime.SetFinalizer(&T{}, func(fmtStringer) {})",
         "fatal error: runtime.SetFinalizer: cannot pass *main.T to finalizer func(main.fmtStringer)"),
        ("twice", "t := &T{}\n\truntime.SetFinalizer(t, func(*T) {})\n\truntime.SetFinalizer(t, func(any) {})",
         "fatal error: runtime.SetFinalizer: finalizer already set"),
        ("interior", "t := &T{}\n\truntime.SetFinalizer(&t.q, func(**T) {})",
         "fatal error: runtime.SetFinalizer: pointer not at beginning of allocated block"),
    ]

    @Test("runtime.SetFinalizer misuse is gc's fatal error", arguments: finalizerMisuses.map(\.name))
    func finalizerMisuse(_ name: String) throws {
        let c = try #require(Self.finalizerMisuses.first { $0.name == name })
        let dir = try GCRun.tempDir("finalizer-\(name)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = try GCRun.build("""
            package main

            import "runtime"

            type T struct{ p, q *T }
            type U struct{ p, q *T }
            type fmtStringer interface{ String() string }

            func main() {
            \t\(c.body)
            \tprintln("not reached")
            }

            """, in: dir, arch: .amd64)
        let r = try GCRun.run(exe, arch: .amd64, env: [:], dir: dir, timeout: 60)
        #expect(r.status == 2, "\(name): exit status")
        #expect(r.output.hasPrefix(c.message + "\n"), "\(name): \(r.output.prefix(200))")
        #expect(!r.output.contains("not reached"))
    }

    /// debug.FreeOSMemory after a 256 MiB slice is dropped: the resident set (VmRSS of the
    /// running process, read between the program's steps) falls back to a few MiB.
    @Test func freeOSMemoryLowersRSS() throws {
        let dir = try GCRun.tempDir("freeosmemory")
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = try GCRun.build("""
            package main

            import (
            \t"os"
            \t"runtime"
            \t"runtime/debug"
            )

            var big []byte

            // step tells the test where we are and waits for its go-ahead.
            func step(name string) {
            \tos.Stdout.WriteString(name + "\\n")
            \tvar b [1]byte
            \tos.Stdin.Read(b[:])
            }

            func main() {
            \tdone := make(chan bool)
            \tgo func() {
            \t\tbig = make([]byte, 256<<20)
            \t\tfor i := range big {
            \t\t\tbig[i] = 1
            \t\t}
            \t\tdone <- true
            \t}()
            \t<-done
            \truntime.Gosched()
            \tstep("filled")
            \tbig = nil
            \tdebug.FreeOSMemory()
            \tstep("freed")
            \tprintln(big == nil)
            }

            """, in: dir, arch: .amd64)
        let p = Process()
        p.executableURL = exe
        let stdin = Pipe(), stdout = Pipe()
        p.standardInput = stdin
        p.standardOutput = stdout
        p.standardError = FileHandle.nullDevice
        try p.run()
        defer { if p.isRunning { p.terminate() } }
        func readLine() -> String {
            var line = Data()
            while true {
                let b = stdout.fileHandleForReading.readData(ofLength: 1)
                if b.isEmpty || b == Data([10]) { break }
                line.append(b)
            }
            return String(decoding: line, as: UTF8.self)
        }
        func rssKB() throws -> Int {
            let status = try String(contentsOfFile: "/proc/\(p.processIdentifier)/status", encoding: .utf8)
            let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
            return try #require(Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]))
        }
        #expect(readLine() == "filled")
        let filled = try rssKB()
        stdin.fileHandleForWriting.write(Data("x".utf8))
        #expect(readLine() == "freed")
        let freed = try rssKB()
        stdin.fileHandleForWriting.write(Data("y".utf8))
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(filled > 256 * 1024, "RSS with the slice: \(filled) KiB")
        #expect(freed < 32 * 1024, "RSS after FreeOSMemory: \(freed) KiB (was \(filled) KiB)")
    }

    private func checkGolden(_ path: String, env: [String: String], arch: GoldenArch = .amd64) throws {
        let program = GoldenProgram(relativePath: path, arch: arch)
        let expected = try #require(program.expectedOutput())
        let dir = try GCRun.tempDir(program.name.replacingOccurrences(of: "/", with: "_"))
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = dir.appendingPathComponent("prog")
        try buildGolden(source: program.source.path, output: exe.path, arch: arch)
        let r = try GCRun.run(exe, arch: arch, env: env, dir: dir, timeout: 60)
        let actual = GoldenNormalizer.normalize(Array(r.output.utf8))
        if let diff = GoldenDiff.firstDifference(expected: expected, actual: actual) {
            Issue.record("\(path) with \(env): \(diff)")
        }
        #expect(r.status == (try program.expectedExitStatus()), "\(path) with \(env): exit status")
    }
}

/// Building and running one program with a chosen environment.
enum GCRun {
    struct Result { var output: String; var status: Int32; var peakRSSKB: Int? }

    static func tempDir(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("swiftgo-gc-\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func build(_ source: String, in dir: URL, arch: GoldenArch) throws -> URL {
        let src = dir.appendingPathComponent("main.go")
        try source.write(to: src, atomically: true, encoding: .utf8)
        let exe = dir.appendingPathComponent("prog")
        try buildGolden(source: src.path, output: exe.path, arch: arch)
        return exe
    }

    /// Runs exe (under qemu for arm64) through /bin/sh, optionally under
    /// /usr/bin/time for the peak RSS and with a virtual memory limit.
    static func run(_ exe: URL, arch: GoldenArch, env: [String: String], dir: URL, timeout: TimeInterval,
                    measureRSS: Bool = false, virtualLimitKB: Int? = nil) throws -> Result {
        let rssFile = dir.appendingPathComponent("rss.txt")
        var cmd = arch == .amd64 ? "'\(exe.path)'" : "\(GoldenPaths.qemuAArch64) '\(exe.path)'"
        if measureRSS { cmd = "/usr/bin/time -f %M -o '\(rssFile.path)' " + cmd }
        if let v = virtualLimitKB { cmd = "ulimit -v \(v); exec " + cmd }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", cmd]
        var e = ProcessInfo.processInfo.environment
        e["GODEBUG"] = nil
        e["GOGC"] = nil
        e["GOTRACEBACK"] = nil
        for (k, v) in env { e[k] = v }
        p.environment = e
        p.currentDirectoryURL = dir
        let outFile = dir.appendingPathComponent("out.txt")
        FileManager.default.createFile(atPath: outFile.path, contents: nil)
        let sink = try FileHandle(forWritingTo: outFile)
        defer { try? sink.close() }
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = sink
        p.standardError = sink
        let done = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in done.signal() }
        try p.run()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            kill(p.processIdentifier, SIGKILL)
            done.wait()
            Issue.record("\(exe.path) timed out after \(timeout) s")
        }
        p.waitUntilExit()
        let out = String(decoding: FileManager.default.contents(atPath: outFile.path) ?? Data(), as: UTF8.self)
        let rss = (try? String(contentsOf: rssFile, encoding: .utf8))
            .flatMap { Int($0.split(separator: "\n").last.map(String.init) ?? "") }
        return Result(output: out, status: p.terminationStatus, peakRSSKB: rss)
    }
}
