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
        let (pkg, info, fset) = try check(files, arch: opts.arch)
        let target = try TargetMachine(arch: opts.arch, opt: opts.opt)
        if opts.escapeReport > 0 {
            let lines = EscapeReport.lines(pkg: pkg, info: info, fileSet: fset, level: opts.escapeReport)
            let text = (["# command-line-arguments"] + lines).joined(separator: "\n") + "\n"
            FileHandle.standardError.write(text.data(using: .utf8)!)
        }
        let archive = try RuntimeArchive.path(for: opts.arch, echo: opts.printCommands)
        let gen: CodeGen
        do {
            gen = try generateProgram(target: target, opts: opts)
            gen.preemptPolls = opts.preemptPolls
            gen.finishProgram(runtimeSymbols: try RuntimeArchive.definedSymbols(archive))
            try gen.verify()
            try gen.pruneDeadMethods()
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
        let exe = work + "/a.out"
        try link([obj], archive: archive, output: exe, echo: opts.printCommands, strip: opts.stripSymbols)
        try install(exe, at: opts.output)
    }

    /// Puts the linked executable at path. The linker writes a new file and
    /// renames it into place, which would replace a device such as /dev/null
    /// with a regular file; so it links in the work directory, and a
    /// non-regular destination is written through instead.
    func install(_ exe: String, at path: String) throws {
        let fm = FileManager.default
        let type = (try? fm.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        if let type, type != .typeRegular {
            guard let data = fm.contents(atPath: exe), let h = FileHandle(forWritingAtPath: path) else {
                throw BuildFailure("open \(path): cannot write")
            }
            h.write(data)
            try? h.close()
            return
        }
        try? fm.removeItem(atPath: path)
        do { try fm.moveItem(atPath: exe, toPath: path) } catch {
            throw BuildFailure("open \(path): \(error.localizedDescription)")
        }
        chmod(path, 0o755)
    }

    /// Lowers every package of the program (the loader's dependency order,
    /// main last) to its own module and links them into main's module.
    func generateProgram(target: TargetMachine, opts: BuildOptions) throws -> CodeGen {
        guard let loader, let mainPkg = loader.ordered.last else { throw BuildFailure("nothing to build") }
        let context = LLVMContextBox()
        var gens: [CodeGen] = []
        for lp in loader.ordered where lp.path != "unsafe" {
            let g = CodeGen(pkg: lp.types, info: lp.info, fileSet: loader.fileSet, target: target, context: context)
            g.debugOptions = DebugOptions(enabled: !opts.stripSymbols && !opts.omitDWARF, optimized: opts.opt != .O0)
            try g.generate()
            gens.append(g)
        }
        guard let main = gens.last, mainPkg.types.name == "main" else { throw BuildFailure("no main package") }
        for g in gens.dropLast() { try main.link(g) }
        return main
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

    /// The loader of the last check: every package of the program, in
    /// dependency order (`loader.ordered`), for code generation.
    public private(set) var loader: PackageLoader?

    /// Parses and type-checks the main package and, through the package
    /// loader, everything it imports; throws the diagnostics.
    public func check(_ paths: [String], arch: Arch = .amd64) throws -> (Package, Info, FileSet) {
        let loader = PackageLoader(arch: arch.rawValue)
        self.loader = loader
        let main: LoadedPackage
        do {
            main = try loader.load(inputs: paths)
        } catch let e as LoadFailure {
            // The main package's own errors print without the `# path` line.
            let isMain = e.packagePath == "command-line-arguments" || e.packagePath == loader.module?.path
            throw BuildFailure(isMain ? e.lines.joined(separator: "\n") : e.description)
        }
        let pkg = main.types
        if pkg.name != "main" {
            throw BuildFailure("package \(pkg.name) is not a main package")
        }
        if pkg.scope.lookup("main") as? Func == nil {
            throw BuildFailure("function main is undeclared in the main package")
        }
        return (pkg, main.info, loader.fileSet)
    }

    func link(_ objects: [String], archive: String, output: String, echo: Bool, strip: Bool = false) throws {
        guard let lld = Toolchain.lld else { throw BuildFailure("ld.lld-19 not found (Debian package lld-19)") }
        // DWARF compressed (zlib), as gc's linker writes it: a quarter of the
        // bytes, and gdb, readelf and llvm-dwarfdump read it as is.
        let debug = strip ? ["--strip-all"] : ["--compress-debug-sections=zlib"]
        try run([lld, "-static", "-e", "_start", "--gc-sections"] + debug + ["-o", output] + objects + [archive], echo: echo)
    }
}
