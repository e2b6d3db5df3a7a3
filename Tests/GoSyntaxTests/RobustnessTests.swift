import Foundation
import Testing
import GoSyntax

/// A small deterministic generator (SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct RobustnessTests {
    /// Mutated GOROOT files (byte flips, truncations, inserted brackets) must
    /// parse without crashing or hanging, and always yield a File.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: goroot), "GOROOT source /usr/lib/go-1.19/src not present"))
    func mutatedSourcesDoNotCrash() {
        // GOSYNTAX_FUZZ_SEED / GOSYNTAX_FUZZ_FILES allow longer runs by hand.
        let env = ProcessInfo.processInfo.environment
        var rng = SplitMix64(state: env["GOSYNTAX_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EED_1234)
        let count = env["GOSYNTAX_FUZZ_FILES"].flatMap { Int($0) } ?? 200
        let all = corpusFiles()
        // Every k-th file, up to `count` files.
        let step = max(1, all.count / count)
        let files = stride(from: 0, to: all.count, by: step).prefix(count).map { all[$0] }
        var parsed = 0
        var withErrors = 0
        for path in files {
            let original = readBytes(path)
            if original.isEmpty { continue }
            for kind in 0..<4 {
                var src = original
                switch kind {
                case 0: // flip a few random bytes
                    for _ in 0..<4 {
                        let i = Int.random(in: 0..<src.count, using: &rng)
                        src[i] = UInt8.random(in: 0...255, using: &rng)
                    }
                case 1: // truncate
                    src = Array(src.prefix(Int.random(in: 0..<src.count, using: &rng)))
                case 2: // insert opening brackets
                    for _ in 0..<3 {
                        let i = Int.random(in: 0...src.count, using: &rng)
                        let b: [UInt8] = [UInt8(ascii: "{"), UInt8(ascii: "("), UInt8(ascii: "[")]
                        src.insert(b[Int.random(in: 0..<3, using: &rng)], at: i)
                    }
                default: // delete a random span
                    let i = Int.random(in: 0..<src.count, using: &rng)
                    let n = Int.random(in: 1...64, using: &rng)
                    src.removeSubrange(i..<min(src.count, i + n))
                }
                let fs = FileSet()
                let diags = DiagnosticList(fileSet: fs)
                let f = parseFile(fileSet: fs, filename: path, source: src, diagnostics: diags)
                _ = f.decls.count
                parsed += 1
                if !diags.isEmpty { withErrors += 1 }
            }
        }
        print("robustness: \(parsed) mutated files parsed, \(withErrors) with errors")
        #expect(parsed >= 3 * files.count)
    }

    @Test func pathologicalInputs() {
        let inputs = [
            "", "package", "package p", "package p;", "package p\nfunc", "package p\nfunc (", "package p\ntype T[",
            "package p\nvar x = [", "package p\nfunc f() { switch { case", "package p\nfunc f() { select { case x := <-",
            "package p\nfunc f() { for x := range", "package p\ntype T interface{ ~", "package p\nfunc f[T any,",
            String(repeating: "}", count: 1000), "package p\n" + String(repeating: ")", count: 1000),
            "package p\nfunc f() {" + String(repeating: "if x {", count: 5000),
            "package p\nfunc f() {" + String(repeating: "L: ", count: 20000) + "}",
            "package p\nfunc f() { if x {} " + String(repeating: "else if x {} ", count: 20000) + "}",
            "package p\nvar x = " + String(repeating: "a.", count: 20000) + "b",
            "package p\nvar x = " + String(repeating: "f(", count: 20000),
            "package p\nvar x = " + String(repeating: "func() {", count: 20000),
            "package p\ntype T " + String(repeating: "struct{ f ", count: 20000),
            "package p\ntype T " + String(repeating: "chan ", count: 20000) + "int",
            "package p\nvar x = T" + String(repeating: "{", count: 20000),
            "package p\nvar x = a" + String(repeating: " + a", count: 200_000),
            "package p\nvar x = a" + String(repeating: ".a", count: 200_000),
            "package p\nvar x = f" + String(repeating: "()", count: 200_000),
            "package p\nvar x = a" + String(repeating: "[0]", count: 200_000),
            "package p\nfunc f() { x = a" + String(repeating: "[0]", count: 9_000) + "{} }",
            "package p\nfunc f() { if x = a" + String(repeating: " + a", count: 9_000) + " {} }",
            "package p\ntype T[P a" + String(repeating: " | a", count: 200_000) + "] int",
            "package p\ntype I interface{ a" + String(repeating: " | a", count: 200_000) + " }",
        ]
        for src in inputs {
            let (f, _) = parse(src)
            _ = f.decls.count
        }
    }

    @Test func smallThreadStack() {
        // Deep input on a thread with a small stack must not overflow it.
        // (Long operator chains, which make equally deep trees, too.)
        let src = "package p\nvar x = " + String(repeating: "(", count: 50_000) + "1\nvar y = a" + String(repeating: " + a", count: 9_000) + "\n"
        final class Box: @unchecked Sendable { var errs: [String] = [] }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let t = Thread {
            box.errs = parse(src).1
            done.signal()
        }
        t.stackSize = 512 * 1024
        t.start()
        done.wait()
        #expect(box.errs.contains { $0.hasSuffix("nesting too deep") })
    }
}
