// `swiftgo vet`: parse and type-check a package (and its dependencies)
// without generating code; prints gc-style diagnostics.
import ArgumentParser
import Foundation
import GoBuild
import GoSyntax

struct Vet: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse and type-check Go files, a package directory or an import path.")

    @Flag(name: .customLong("parse-only"), help: "Only parse the named files (any number; build tags ignored).")
    var parseOnly = false

    @Option(name: .customLong("arch"), help: "Target architecture for build tags: amd64 or arm64.")
    var arch: String?

    @Argument(help: "Go files, one package directory, or one import path.")
    var inputs: [String] = []

    func run() throws {
        if parseOnly { Foundation.exit(parseFiles() ? 0 : 1) }
        let goarch = arch ?? ProcessInfo.processInfo.environment["GOARCH"].flatMap { $0.isEmpty ? nil : $0 } ?? "amd64"
        guard goarch == "amd64" || goarch == "arm64" else { fail("unsupported GOOS/GOARCH pair linux/\(goarch)") }
        let loader = PackageLoader(arch: goarch)
        do {
            if isImportPath(inputs, loader) { _ = try loader.load(importPath: inputs[0]) }
            else { _ = try loader.load(inputs: inputs) }
        } catch let e as LoadFailure {
            fail(e.description)
        }
    }

    /// One argument that is not a .go file, not written as a path (./x, /x)
    /// and names a package the loader can find: an import path, as with go.
    func isImportPath(_ args: [String], _ loader: PackageLoader) -> Bool {
        guard args.count == 1, let a = args.first, !a.hasSuffix(".go") else { return false }
        if a.hasPrefix(".") || a.hasPrefix("/") { return false }
        var isDir: ObjCBool = false
        let isLocalDir = FileManager.default.fileExists(atPath: a, isDirectory: &isDir) && isDir.boolValue
        return !isLocalDir || loader.resolve(a) != nil
    }

    /// Parses every named file; true when none has a syntax error.
    func parseFiles() -> Bool {
        let fset = FileSet()
        var ok = true
        for path in inputs {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write("open \(path): no such file or directory\n".data(using: .utf8)!)
                ok = false
                continue
            }
            let diags = DiagnosticList(fileSet: fset)
            _ = parseFile(fileSet: fset, filename: path, source: [UInt8](data), diagnostics: diags)
            if !diags.isEmpty {
                ok = false
                FileHandle.standardError.write((diags.rendered().joined(separator: "\n") + "\n").data(using: .utf8)!)
            }
        }
        return ok
    }
}
