// Loop back-edge preemption polls (Sources/GoCodeGen/PreemptPoll.swift):
// every loop shape gets a poll of g.stackguard0 against GO_STACK_PREEMPT
// and a cold call of runtime.preemptPoll; a loop that calls a checked
// function needs none; SWIFTGO_NOPOLL (BuildOptions.preemptPolls) removes
// them; the module stays valid. Whether the polls stop a spinning goroutine
// is the golden programs' part (testdata/preempt/, which need sysmon).
import Foundation
import GoBuild
import GoCodeGen
import Testing

@Suite("Preemption polls")
struct PreemptPollTests {
    /// Functions reached only through a func slice, so that LLVM keeps them
    /// out of line; loops over memory, so that none folds to a formula.
    static let program = """
        package main

        import "os"

        var sink int
        var buf = make([]int, 64)

        func spin(n int) int {
        \tfor {
        \t}
        }

        func count(n int) int {
        \tx := 0
        \tfor i := 0; i < n; i++ {
        \t\tx = x*31 + buf[i&63]
        \t}
        \treturn x
        }

        func gotoLoop(n int) int {
        \ti := 0
        again:
        \tif i < n {
        \t\tsink += buf[i&63]
        \t\ti++
        \t\tgoto again
        \t}
        \treturn i
        }

        // LLVM turns the tail call into a loop.
        func tail(n int) int {
        \tif n <= 0 {
        \t\treturn sink
        \t}
        \tsink += buf[n&63]
        \treturn tail(n - 1)
        }

        // Calls a leaf with no check of its own: the loop still polls.
        func leafCalls(n int) int {
        \ts := 0
        \tfor i := 0; i < n; i++ {
        \t\ts += fns[0](i)
        \t}
        \treturn s
        }

        func fib(n int) int {
        \tif n < 2 {
        \t\treturn n
        \t}
        \treturn fib(n-1) + fib(n-2)
        }

        // Calls a checked function on every trip: no poll needed.
        func callsChecked(n int) int {
        \ts := 0
        \tfor i := 0; i < n; i++ {
        \t\ts += fib(i)
        \t}
        \treturn s
        }

        func straight(n int) int {
        \treturn n*3 + buf[n&63]
        }

        var fns []func(int) int

        func main() {
        \tfns = []func(int) int{spin, count, gotoLoop, tail, leafCalls, callsChecked, straight}
        \tn := len(os.Args)
        \tprintln(fns[n%len(fns)](n))
        }

        """

    static let polled = ["spin", "count", "gotoLoop", "tail"]

    /// The program's IR (or assembly) after the whole pipeline.
    func emit(_ kind: EmitKind, arch: GoldenArch, polls: Bool = true) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swiftgo-polls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let src = dir.appendingPathComponent("prog.go")
        try Self.program.write(to: src, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent(kind == .llvm ? "prog.ll" : "prog.s")
        var opts = BuildOptions(inputs: [src.path], output: out.path, arch: arch == .amd64 ? .amd64 : .arm64, emit: kind)
        opts.preemptPolls = polls
        try Builder().build(opts)
        if kind == .llvm { try verify(out, in: dir) }
        return try String(contentsOf: out, encoding: .utf8)
    }

    /// llvm-as verifies the module it reads: the rebuilt phis must be right.
    func verify(_ ll: URL, in dir: URL) throws {
        let tool = "/usr/bin/llvm-as-19"
        guard FileManager.default.isExecutableFile(atPath: tool) else { return }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = [ll.path, "-o", dir.appendingPathComponent("prog.bc").path]
        let err = Pipe()
        p.standardError = err
        try p.run()
        let msg = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "llvm-as: \(msg)")
    }

    /// The text of `define ... @main.<name>(...) { ... }`.
    func function(_ name: String, in ir: String) -> String? {
        var lines: [Substring] = []
        var inside = false
        for line in ir.split(separator: "\n", omittingEmptySubsequences: false) {
            if !inside && line.hasPrefix("define ") && line.contains("@main.\(name)(") { inside = true }
            if inside {
                lines.append(line)
                if line == "}" { break }
            }
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    @Test("every loop shape polls g.stackguard0 and calls runtime.preemptPoll cold", arguments: [GoldenArch.amd64, .arm64])
    func loopsPoll(arch: GoldenArch) throws {
        let ir = try emit(.llvm, arch: arch)
        for name in Self.polled + ["leafCalls"] {
            guard let body = function(name, in: ir) else {
                Issue.record("main.\(name) is not in the IR (inlined?)")
                continue
            }
            #expect(body.contains("preempt.poll:"), "main.\(name): no poll block\n\(body)")
            #expect(body.contains("load volatile i64"), "main.\(name): no volatile load of stackguard0")
            #expect(body.contains(", -1314"), "main.\(name): no compare with GO_STACK_PREEMPT")
            #expect(body.contains("call void @runtime.preemptPoll()"), "main.\(name): no call of preemptPoll")
            #expect(body.contains("!prof"), "main.\(name): the poll's branch has no weights")
        }
        #expect(ir.contains("declare void @runtime.preemptPoll() ") && ir.contains("cold"))
        let stackPreempt = Int64(bitPattern: RuntimeABI.stackPreempt)
        #expect(stackPreempt == -1314)
    }

    @Test("no poll without a loop, nor in a loop that calls a checked function")
    func noNeedlessPolls() throws {
        let ir = try emit(.llvm, arch: .amd64)
        for name in ["straight", "callsChecked", "fib"] {
            guard let body = function(name, in: ir) else {
                Issue.record("main.\(name) is not in the IR (inlined?)")
                continue
            }
            #expect(!body.contains("preemptPoll"), "main.\(name) polls\n\(body)")
        }
        // callsChecked's loop is there, calling the checked fib.
        let calls = function("callsChecked", in: ir) ?? ""
        #expect(calls.contains("@main.fib("))
        #expect(function("fib", in: ir)?.contains("stackcheck:") == true)
    }

    @Test("SWIFTGO_NOPOLL: no poll anywhere")
    func noPoll() throws {
        let ir = try emit(.llvm, arch: .amd64, polls: false)
        #expect(!ir.contains("preemptPoll"))
        #expect(!ir.contains("preempt.poll"))
        #expect(function("spin", in: ir) != nil)
    }

    @Test("the poll in the machine code", arguments: [GoldenArch.amd64, .arm64])
    func assembly(arch: GoldenArch) throws {
        let asm = try emit(.asm, arch: arch)
        switch arch {
        case .amd64:
            // movq %fs:8, %reg; movq 16(%reg), %reg; cmpq $-1314, %reg
            #expect(asm.contains("cmpq\t$-1314, %"))
            #expect(asm.contains("callq\truntime.preemptPoll"))
        case .arm64:
            // mrs x, TPIDR_EL0; ldr [x, #8]; ldr [x, #16]; cmn x, #1314
            #expect(asm.contains(", #1314\n"))
            #expect(asm.contains("bl\truntime.preemptPoll"))
        }
    }
}
