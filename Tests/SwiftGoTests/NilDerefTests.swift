// Nil pointer dereferences: gc's report names the SIGSEGV with a pc that no
// other compiler can reproduce, so these are not golden programs. The
// compiler's explicit nil checks call runtime.panicmem, which prints gc's
// lines; only the pc differs.
import Foundation
import GoBuild
import Testing

@Suite("Nil dereference")
struct NilDerefTests {
    static let programs: [(name: String, body: String)] = [
        ("field", "type T struct{ a, b int }\nfunc main() {\n\tvar p *T\n\tprintln(\"before\")\n\tprintln(p.b)\n}\n"),
        ("store", "func main() {\n\tvar p *int\n\tprintln(\"before\")\n\t*p = 1\n}\n"),
        ("array", "func main() {\n\tvar p *[3]int\n\tprintln(\"before\")\n\ti := 1\n\tp[i] = 2\n}\n"),
        ("embedded", "type B struct{ x int }\ntype D struct{ *B }\nfunc main() {\n\tvar d D\n\tprintln(\"before\")\n\tprintln(d.x)\n}\n"),
    ]

    @Test("prints gc's panic and signal lines", arguments: [GoldenArch.amd64, .arm64])
    func report(arch: GoldenArch) throws {
        if arch == .arm64 && !GoldenPaths.qemuAvailable { return }
        for (name, body) in Self.programs {
            let (lines, status) = try runSnippet(body, arch: arch)
            #expect(status == 2, "\(name)")
            #expect(lines.count > 3, "\(name): \(lines)")
            guard lines.count > 3 else { continue }
            #expect(lines[0] == "before")
            #expect(lines[1] == "panic: runtime error: invalid memory address or nil pointer dereference", "\(name)")
            #expect(lines[2].hasPrefix("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x"), "\(name): \(lines[2])")
            #expect(lines[2].hasSuffix("]"))
            #expect(lines[4] == "goroutine 1 [running]:", "\(name)")
        }
    }
}
