// Golden-program tests: every testdata/<area>/<name>.go (outside testdata/errors/) is compiled with
// swiftgo's library API for x86-64 and for arm64, run (arm64 under qemu-aarch64-static), and its
// normalized combined output and exit status are compared with <name>.out / <name>.exit, which
// scripts/regen-golden produced with real Go 1.19. See GoldenSupport.swift for the details.

import Foundation
import GoBuild
import Testing

@Suite("Golden programs")
struct GoldenTests {
    @Test("the golden corpus is present and complete")
    func corpus() throws {
        #expect(GoldenProgram.sources.count >= 26, "expected at least 26 golden programs under \(GoldenPaths.testdata.path)")
        for path in GoldenProgram.sources {
            let p = GoldenProgram(relativePath: path, arch: .amd64)
            #expect(FileManager.default.fileExists(atPath: p.expectedOutputFile.path),
                    "\(path) has no .out file; run scripts/regen-golden \(p.source.path)")
        }
    }

    @Test("normalization drops traceback frames only")
    func normalization() {
        let raw = "a\r\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/x/y.go:4 +0x1d\n\ngoroutine 7 [chan receive, 2 minutes]:\nmain.f()\nexit\n"
        let want = "a\npanic: boom\n\ngoroutine 1 [running]:\n\ngoroutine 7 [chan receive, 2 minutes]:\n"
        #expect(GoldenNormalizer.normalize(raw) == want)
        #expect(GoldenNormalizer.normalize("") == "")
        #expect(GoldenNormalizer.normalize("\n") == "\n")
        #expect(GoldenNormalizer.normalize("x") == "x")
        #expect(GoldenNormalizer.normalize("goroutine x [running]:\nkept\n") == "goroutine x [running]:\nkept\n")
        #expect(GoldenNormalizer.normalize("goroutine 1 [a]b]:\nkept") == "goroutine 1 [a]b]:\nkept")
        #expect(GoldenNormalizer.normalize("goroutine 1 []:\ndrop\n\nkeep\n") == "goroutine 1 []:\n\nkeep\n")
        #expect(GoldenNormalizer.normalize("goroutine 12 [x]:\ndrop") == "goroutine 12 [x]:")
    }

    /// The Swift normalizer and the script's must be twins: run the script's `normalize` on samples.
    @Test("normalization matches scripts/regen-golden",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/perl"), "perl not installed"))
    func normalizationTwin() throws {
        let samples = [
            "", "\n", "x", "a\r\nb\r\n", "a\rb\n", "\n\n\n",
            "out\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/p/x.go:4 +0x1d\n",
            "goroutine 1 [running]:\nf()\n\ngoroutine 2 [sleep]:\ng()\n\ntail\n",
            "goroutine 1 [a]b]:\nkept\n", "goroutine x [y]:\nkept", "  goroutine 1 [r]:\nkept\n",
            "goroutine 1 [r]: \nkept\n", "héllo\r\n世界\n",
        ]
        let script = GoldenPaths.packageRoot.appendingPathComponent("scripts/regen-golden").path
        let dir = try GoldenTemp.makeDirectory(for: GoldenProgram(relativePath: "twin.go", arch: .amd64))
        defer { try? FileManager.default.removeItem(at: dir) }
        for (n, sample) in samples.enumerated() {
            let input = dir.appendingPathComponent("in\(n)")
            try Data(sample.utf8).write(to: input)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["-c", "eval \"$(sed -n '/^normalize() {/,/^}/p' \"$0\")\" && normalize <\"$1\"", script, input.path]
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            #expect([UInt8](data) == GoldenNormalizer.normalize(Array(sample.utf8)), "sample \(n): \(sample.debugDescription)")
        }
    }

    @Test("x86-64", arguments: GoldenProgram.all(for: .amd64))
    func amd64(_ program: GoldenProgram) throws {
        try check(program)
    }

    @Test("arm64 (qemu)",
          .enabled(if: GoldenPaths.qemuAvailable, "\(GoldenPaths.qemuAArch64) not found: arm64 golden tests skipped (apt-get install qemu-user-static)"),
          arguments: GoldenProgram.all(for: .arm64))
    func arm64(_ program: GoldenProgram) throws {
        try check(program)
    }

    /// Build, run, compare. Each case works in its own temporary directory, removed afterwards.
    private func check(_ program: GoldenProgram) throws {
        guard let expected = program.expectedOutput() else {
            Issue.record("\(program.relativePath): missing \(program.expectedOutputFile.lastPathComponent); run scripts/regen-golden")
            return
        }
        let expectedStatus = try program.expectedExitStatus()

        let dir = try GoldenTemp.makeDirectory(for: program)
        defer { try? FileManager.default.removeItem(at: dir) }
        let exe = dir.appendingPathComponent("prog")

        do {
            try buildGolden(source: program.source.path, output: exe.path, arch: program.arch)
        } catch {
            Issue.record("\(program): build failed:\n\(error)")
            return
        }

        // Concurrency programs run once more with each of these GOMAXPROCS settings.
        let settings: [[String: String]] = program.isConcurrent ? [[:], ["GOMAXPROCS": "1"], ["GOMAXPROCS": "4"]] : [[:]]
        for env in settings {
            let label = env.isEmpty ? "" : " with GOMAXPROCS=\(env["GOMAXPROCS"]!)"
            let result = try GoldenRunner.run(executable: exe, arch: program.arch, workDir: dir, timeout: 10,
                                              arguments: program.arguments(), input: program.input,
                                              environment: env)
            if result.timedOut {
                Issue.record("\(program)\(label): timed out after 10 s (killed)")
                continue
            }
            let actual = GoldenNormalizer.normalize(result.output)
            if let diff = GoldenDiff.firstDifference(expected: expected, actual: actual) {
                Issue.record("\(program)\(label): output differs from \(program.expectedOutputFile.lastPathComponent)\n\(diff)")
            }
            #expect(result.exitStatus == expectedStatus, "\(program)\(label): exit status")
        }
    }
}

/// The one call into the compiler. The API the lead implements in GoBuild:
///     BuildOptions(inputs: [String], output: String, arch: <arch enum with .amd64, .arm64>)
///     try Builder().build(opts)   // throws BuildFailure: CustomStringConvertible
func buildGolden(source: String, output: String, arch: GoldenArch) throws {
    let opts: BuildOptions
    switch arch {
    case .amd64: opts = BuildOptions(inputs: [source], output: output, arch: .amd64)
    case .arm64: opts = BuildOptions(inputs: [source], output: output, arch: .arm64)
    }
    try Builder().build(opts)
}
