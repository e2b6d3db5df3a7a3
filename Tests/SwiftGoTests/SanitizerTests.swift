// The runtime's data structures under AddressSanitizer and UBSan (issue #9):
// runs scripts/sanitize, which builds Runtime/test/hosted into a hosted x86-64
// program with the allocator, the collector's mark/sweep, maps, channels and
// select compiled with -DSWIFTGO_HOSTED, runs its randomized model-checked
// tests with two seeds, and checks that ASan reports a heap overflow and a use
// after free inside the Go heap. Skipped where clang-19's ASan runtime
// (Debian: libclang-rt-19-dev, installed by scripts/setup --test) is missing.
import Foundation
import Testing

@Suite("Sanitizers")
struct SanitizerTests {
    static let asanRuntime: Bool = {
        #if arch(x86_64)
        let dirs = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/llvm-19/lib/clang")) ?? []
        return dirs.contains { v in
            FileManager.default.fileExists(atPath: "/usr/lib/llvm-19/lib/clang/\(v)/lib/linux/libclang_rt.asan-x86_64.a")
        }
        #else
        return false
        #endif
    }()

    @Test("runtime data structures pass their hosted tests under ASan and UBSan",
          .enabled(if: SanitizerTests.asanRuntime, "clang-19's ASan runtime (libclang-rt-19-dev) is not installed"))
    func hostedRuntime() throws {
        let script = GoldenPaths.packageRoot.appendingPathComponent("scripts/sanitize")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [script.path, "--seeds", "2"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(p.terminationStatus == 0, "scripts/sanitize failed:\n\(text)")
        // Every test ran (two seeds), and both bad accesses were reported.
        #expect(text.components(separatedBy: "\nPASS ").count - 1 == 2, "\(text)")
        #expect(text.contains("ok   asan reports use-after-poison (--crash overflow)"), "\(text)")
        #expect(text.contains("ok   asan reports use-after-poison (--crash uaf)"), "\(text)")
        #expect(!text.contains("FAIL"), "\(text)")
    }
}
