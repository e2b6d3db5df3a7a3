// Inputs that once crashed the compiler (found by scripts/fuzz, saved as
// testdata/fuzz-crashers/NAME.gofuzz — not .go, so the golden harness and
// scripts/regen-golden leave them alone). Each must now end in a diagnostic:
// Builder().check throws a BuildFailure, or code generation throws a
// CodeGenError ("not supported by swiftgo yet"), or it compiles to a module
// LLVM's verifier accepts. A trap fails the whole test run, which is the point.
import Foundation
import Testing
import GoBuild
import GoCodeGen
import GoTypes
import GoSyntax

@Suite struct FuzzRegressionTests {
    static let dir = GoldenPaths.testdata.appendingPathComponent("fuzz-crashers", isDirectory: true)

    static var crashers: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".gofuzz") }.sorted()
    }

    /// The outcome of one input: "diagnostic: …" or "compiled".
    static func compile(_ name: String) throws -> String {
        let data = try Data(contentsOf: dir.appendingPathComponent(name))
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("swiftgo-fuzzreg-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let file = work.appendingPathComponent("input.go")
        try data.write(to: file)
        let builder = Builder()
        let gen: CodeGen
        do {
            let (pkg, info, fset) = try builder.check([file.path])
            gen = CodeGen(pkg: pkg, info: info, fileSet: fset, target: try TargetMachine(arch: .amd64, opt: .O2))
        } catch let e as BuildFailure {
            return "diagnostic: " + e.description
        }
        do {
            try gen.generate()
        } catch let e as CodeGenError {
            return "diagnostic: " + e.description
        }
        try gen.verify()   // a verifier failure is a bug: let it fail the test
        return "compiled"
    }

    @Test func crashersDirectoryIsReadable() {
        #expect(FileManager.default.fileExists(atPath: Self.dir.path))
    }

    @Test(arguments: FuzzRegressionTests.crashers)
    func crasherEndsInDiagnostic(_ name: String) throws {
        _ = try Self.compile(name)
    }
}
