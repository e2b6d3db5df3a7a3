// Runaway recursion: gc's report has the stack's addresses in its second
// line (and a runtime traceback), which no other runtime reproduces, so
// this is not a golden program. The first line, the fatal error, the
// goroutine header and exit status 2 are gc's exactly (Runtime/stack.c).
import Foundation
import GoBuild
import Testing

@Suite("Stack overflow")
struct StackOverflowTests {
    static let programs: [(name: String, body: String)] = [
        // A frame that keeps state across the call (no tail recursion).
        ("main", "func f(n int) int {\n\tvar a [16]int\n\ta[n%16] = n\n\treturn f(n+1) + a[(n+3)%16]\n}\n\nfunc main() {\n\tprintln(\"before\")\n\tprintln(f(0))\n}\n"),
        ("goroutine", "func f(n int) int {\n\tvar a [16]int\n\ta[n%16] = n\n\treturn f(n+1) + a[(n+3)%16]\n}\n\nfunc main() {\n\tprintln(\"before\")\n\tc := make(chan int)\n\tgo func() { c <- f(0) }()\n\tprintln(<-c)\n}\n"),
    ]

    @Test("prints gc's stack overflow report and exits 2", arguments: [GoldenArch.amd64, .arm64])
    func report(arch: GoldenArch) throws {
        if arch == .arm64 && !GoldenPaths.qemuAvailable { return }
        for (name, body) in Self.programs {
            let (lines, status) = try runSnippet(body, arch: arch)
            #expect(status == 2, "\(name)")
            #expect(lines.count > 5, "\(name): \(lines)")
            guard lines.count > 5 else { continue }
            #expect(lines[0] == "before")
            #expect(lines[1] == "runtime: goroutine stack exceeds 1000000000-byte limit", "\(name)")
            #expect(lines[2].hasPrefix("runtime: sp=0x") && lines[2].contains(" stack=[0x"), "\(name): \(lines[2])")
            #expect(lines[3] == "fatal error: stack overflow", "\(name)")
            #expect(lines[5].hasPrefix("goroutine ") && lines[5].hasSuffix(" [running]:"), "\(name): \(lines[5])")
        }
    }
}
