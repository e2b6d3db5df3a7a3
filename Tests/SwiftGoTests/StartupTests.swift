// swiftgo startup: hello world's phases, natively and under qemu.
import Foundation
import GoBuild
import GoCodeGen
import Testing

@Suite struct StartupTests {
    @Test(arguments: [GoCodeGen.Arch.amd64, GoCodeGen.Arch.arm64])
    func phasesAddUp(arch: GoCodeGen.Arch) throws {
        if arch == .arm64 && !GoldenPaths.qemuAvailable { print("StartupTests: no qemu-aarch64-static: skipped"); return }
        let r = try StartupReport.measure(binary: try InspectFixture.hello(arch), runs: 5)
        let names = Set(r.phases.map(\.name))
        for n in ["exec", "rt0_go", "args", "osinit", "schedinit", "stackinit", "mallocinit", "mcommoninit", "goargs",
                  "goenvs", "parsedebugvars", "gcinit", "procresize", "newproc", "mstart", "runtime.main", "main.main",
                  "exit", "reap"] {
            #expect(names.contains(n), "phase \(n) missing (\(arch))")
        }
        let ratio = try #require(r.sumToMainRatio)
        #expect(abs(ratio - 1) <= 0.05, "phases sum to \(ratio * 100) % of the time to main.main (\(arch))")
        #expect(r.runner == (arch == .amd64 ? "native" : "qemu-aarch64-static"))
        #expect(r.wallMs > (r.toMainMs ?? 0))
        let svg = StartupText.svg(r)
        #expect(svg.hasPrefix("<svg") && svg.contains("main.main"))
    }

    @Test func parsesTheTraceFormat() {
        let p = InittraceRun(parsing: """
            runtime: inittrace base 123 ns
            runtime: inittrace phase args @0.001051 ms, 0.002324 ms clock
            init internal/bytealg @0.005 ms, 0.002 ms clock, 0 bytes, 0 allocs
            """)
        #expect(p.baseNs == 123)
        #expect(p.phases["args"]?.dur == 0.002324)
        #expect(p.inits.first?.pkg == "internal/bytealg")
    }
}
