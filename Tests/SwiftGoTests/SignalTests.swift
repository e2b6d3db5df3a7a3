// Synchronous signals (Runtime/signal_linux.c): a fault in compiled code is
// a Go panic or gc's fatal "unexpected fault address" report. Reports that
// carry a pc (which no other compiler reproduces) are checked line by line
// here instead of as golden programs; testdata/panic/fault_recovered.go
// covers the recoverable case.
import Foundation
import Testing

@Suite("Signals")
struct SignalTests {
    /// gc: "unexpected fault address", "fatal error: fault", the signal line
    /// with the real code and address, then the goroutine; exit status 2.
    @Test("a fault away from zero is gc's fatal fault report", arguments: [GoldenArch.amd64, .arm64])
    func unexpectedFault(arch: GoldenArch) throws {
        if arch == .arm64 && !GoldenPaths.qemuAvailable { return }
        let (lines, status) = try runSnippet("""
            import "unsafe"

            func main() {
            \tprintln("before")
            \tp := (*int)(unsafe.Pointer(uintptr(0xdead0000)))
            \tprintln(*p)
            }

            """, arch: arch)
        #expect(status == 2)
        #expect(lines.count > 5, "\(lines)")
        guard lines.count > 5 else { return }
        #expect(lines[0] == "before")
        #expect(lines[1] == "unexpected fault address 0xdead0000")
        #expect(lines[2] == "fatal error: fault")
        #expect(lines[3].hasPrefix("[signal SIGSEGV: segmentation violation code=0x1 addr=0xdead0000 pc=0x"), "\(lines[3])")
        #expect(lines[3].hasSuffix("]"))
        #expect(lines[5] == "goroutine 1 [running]:")
    }

    /// An unrecovered fault near zero reads as gc's nil dereference, with the
    /// fault's own address in the signal line.
    @Test("an unrecovered fault near zero is a nil-dereference panic", arguments: [GoldenArch.amd64, .arm64])
    func nilFault(arch: GoldenArch) throws {
        if arch == .arm64 && !GoldenPaths.qemuAvailable { return }
        let (lines, status) = try runSnippet("""
            import "unsafe"

            type T struct{ a [10]int }

            func main() {
            \tvar p *T
            \tprintln(*(*int)(unsafe.Add(unsafe.Pointer(p), 40)))
            }

            """, arch: arch)
        #expect(status == 2)
        #expect(lines.count > 3, "\(lines)")
        guard lines.count > 3 else { return }
        #expect(lines[0] == "panic: runtime error: invalid memory address or nil pointer dereference")
        #expect(lines[1].hasPrefix("[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x"), "\(lines[1])")
        #expect(lines[3] == "goroutine 1 [running]:")
    }

    /// A write to a closed stdout ends the program by SIGPIPE, as gc's does,
    /// even when SIGPIPE was ignored when it started (os.sigpipe ->
    /// dieFromSignal): the shell sees status 141.
    @Test("EPIPE on stdout dies of SIGPIPE even when SIGPIPE is ignored", arguments: [GoldenArch.amd64, .arm64])
    func sigpipe(arch: GoldenArch) throws {
        if arch == .arm64 && !GoldenPaths.qemuAvailable { return }
        let status = try withSnippet("""
            import "fmt"

            func main() {
            \tfor i := 0; i < 100000; i++ {
            \t\tfmt.Println("line", i)
            \t}
            }

            """, arch: arch) { exe, _ -> String in
            let run = arch == .arm64 ? "\(GoldenPaths.qemuAArch64) \(exe.path)" : exe.path
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["-c", "trap '' PIPE; \(run) | head -1 >/dev/null; echo ${PIPESTATUS[0]}"]
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            p.waitUntilExit()
            return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "141")
    }
}
