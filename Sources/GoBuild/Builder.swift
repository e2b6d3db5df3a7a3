// The build driver: load and check the package, lower it to LLVM, link it
// with the runtime archive into a static executable.
import Foundation
import GoSyntax
import GoTypes
import GoCodeGen

public final class Builder {
    public init() {}

    public func build(_ opts: BuildOptions) throws {
        let files = try sourceFiles(opts.inputs)
        let (pkg, info, fset) = try check(files)
        let target = try TargetMachine(arch: opts.arch, opt: opts.opt)
        let gen = CodeGen(pkg: pkg, info: info, fileSet: fset, target: target)
        do {
            try gen.generate()
            try gen.verify()
            try gen.optimize(opts.opt)
        } catch let e as CodeGenError {
            throw BuildFailure(e.description)
        }
        switch opts.emit {
        case .llvm: try gen.emitIR(to: opts.output); return
        case .asm: try gen.emit(to: opts.output, kind: .assembly); return
        case .obj: try gen.emit(to: opts.output, kind: .object); return
        case nil: break
        }
        let work = NSTemporaryDirectory() + "swiftgo-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let obj = work + "/main.o"
        try gen.emit(to: obj, kind: .object)
        let archive = try RuntimeArchive.path(for: opts.arch, echo: opts.printCommands)
        try link([obj], archive: archive, output: opts.output, echo: opts.printCommands)
    }

    /// The .go files named, or those of a directory (without _test.go files).
    func sourceFiles(_ inputs: [String]) throws -> [String] {
        guard !inputs.isEmpty else { throw BuildFailure("no Go files listed") }
        var out: [String] = []
        let fm = FileManager.default
        for input in inputs {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
                throw BuildFailure("stat \(input): no such file or directory")
            }
            if isDir.boolValue {
                let names = (try? fm.contentsOfDirectory(atPath: input)) ?? []
                let gofiles = names.filter { $0.hasSuffix(".go") && !$0.hasSuffix("_test.go") }.sorted()
                if gofiles.isEmpty { throw BuildFailure("no Go files in \(input)") }
                out += gofiles.map { input + "/" + $0 }
            } else {
                guard input.hasSuffix(".go") else { throw BuildFailure("named files must be .go files: \(input)") }
                out.append(input)
            }
        }
        return out
    }

    /// Parses and type-checks one package; throws its diagnostics.
    public func check(_ paths: [String]) throws -> (Package, Info, FileSet) {
        let fset = FileSet()
        let diags = DiagnosticList(fileSet: fset)
        var files: [File] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw BuildFailure("open \(path): cannot read file")
            }
            files.append(parseFile(fileSet: fset, filename: path, source: [UInt8](data), diagnostics: diags))
        }
        if !diags.isEmpty { throw BuildFailure(diags.rendered().joined(separator: "\n")) }
        let name = files[0].name.name
        for f in files.dropFirst() where f.name.name != name {
            throw BuildFailure("found packages \(name) (\((files[0].source.name as NSString).lastPathComponent)) and \(f.name.name) (\((f.source.name as NSString).lastPathComponent)) in \((paths[0] as NSString).deletingLastPathComponent)")
        }
        if name != "main" {
            throw BuildFailure("package \(name) is not a main package")
        }
        let pkg = Package(path: "main", name: name)
        let info = Info()
        let checker = Checker(pkg: pkg, info: info, diagnostics: diags, importer: { _, _ in nil })
        checker.check(files: files)
        if pkg.scope.lookup("main") as? Func == nil && diags.isEmpty {
            diags.error(.none, "function main is undeclared in the main package")
        }
        if !diags.isEmpty { throw BuildFailure(diags.rendered().joined(separator: "\n")) }
        return (pkg, info, fset)
    }

    func link(_ objects: [String], archive: String, output: String, echo: Bool) throws {
        guard let lld = Toolchain.lld else { throw BuildFailure("ld.lld-19 not found (Debian package lld-19)") }
        try run([lld, "-static", "-e", "_start", "--gc-sections", "-o", output] + objects + [archive], echo: echo)
    }
}
