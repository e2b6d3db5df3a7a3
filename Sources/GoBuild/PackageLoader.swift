// Package loading: import path → directory (runtime overlays, GOROOT, the
// user's module), file selection by build constraints, and type-checking of
// every package once, dependencies first.
import Foundation
import GoSyntax
import GoTypes

/// One parsed and type-checked package.
public final class LoadedPackage {
    public let path: String
    public let dir: String
    public let files: [File]
    public let types: Package
    public let info: Info
    public let diagnostics: DiagnosticList
    /// Direct dependencies, in import order (unsafe excluded).
    public internal(set) var imports: [LoadedPackage] = []

    init(path: String, dir: String, files: [File], types: Package, info: Info, diagnostics: DiagnosticList) {
        self.path = path; self.dir = dir; self.files = files; self.types = types; self.info = info
        self.diagnostics = diagnostics
    }
}

/// A package that could not be loaded; `description` is what go build prints.
public struct LoadFailure: Error, CustomStringConvertible {
    /// The import path of the package whose errors these are (for `# path`).
    public let packagePath: String?
    public let lines: [String]
    public var description: String {
        ((packagePath.map { ["# " + $0] } ?? []) + lines).joined(separator: "\n")
    }
}

public final class PackageLoader {
    public let fileSet = FileSet()
    public let context: BuildContext
    public let goroot: String
    public let overlayRoot: String
    /// The user's module, when the inputs are inside one.
    public private(set) var module: (path: String, root: String)?
    /// Every package loaded so far, by import path.
    public private(set) var packages: [String: LoadedPackage] = [:]
    /// All loaded packages in dependency order (each after its imports).
    public private(set) var ordered: [LoadedPackage] = []
    private var loading: [String] = []

    public init(arch: String = "amd64", goroot: String? = nil, overlayRoot: String? = nil) {
        self.context = BuildContext(goarch: arch)
        self.goroot = goroot ?? PackageLoader.defaultGoroot()
        self.overlayRoot = overlayRoot ?? Toolchain.runtimeDir + "/go"
    }

    public static func defaultGoroot() -> String {
        if let g = ProcessInfo.processInfo.environment["GOROOT"], !g.isEmpty { return g }
        return "/usr/lib/go-1.19"
    }

    // MARK: Entry points

    /// Loads the package named by an import path, with its dependencies.
    public func load(importPath: String) throws -> LoadedPackage {
        if let m = findModule(from: FileManager.default.currentDirectoryPath) { module = m }
        return try withLargeStack { try self.loadImport(importPath, from: nil) }
    }

    /// Loads a package from named .go files or one directory (the `go build
    /// file.go` case); files named explicitly ignore build constraints, as gc's do.
    public func load(inputs: [String]) throws -> LoadedPackage {
        let (files, dir, explicit) = try inputFiles(inputs)
        if let m = findModule(from: dir) { module = m }
        var path = "command-line-arguments"
        if !explicit, let m = module, let rel = relative(dir, to: m.root) {
            path = rel.isEmpty ? m.path : m.path + "/" + rel
        }
        return try withLargeStack { try self.loadPackage(path: path, dir: dir, fileNames: files) }
    }

    // MARK: Resolution

    /// The directory holding an import path: overlay, GOROOT, module, GOROOT vendor.
    public func resolve(_ path: String) -> String? {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        func dirExists(_ d: String) -> Bool { fm.fileExists(atPath: d, isDirectory: &isDir) && isDir.boolValue }
        let overlay = overlayRoot + "/" + path
        if dirExists(overlay) { return overlay }
        if path == "runtime" { return nil }   // GOROOT's runtime is never used
        let std = goroot + "/src/" + path
        if dirExists(std) { return std }
        if let m = module, path == m.path || path.hasPrefix(m.path + "/") {
            let d = m.root + String(path.dropFirst(m.path.count))
            return dirExists(d) ? d : nil
        }
        let vendored = goroot + "/src/vendor/" + path
        if dirExists(vendored) { return vendored }
        return nil
    }

    func notFound(_ path: String) -> String {
        if let first = path.split(separator: "/").first, first.contains("."), module?.path != path {
            return "no required module provides package \(path); to add it:\n\tgo get \(path)"
        }
        return "package \(path) is not in GOROOT (\(goroot)/src/\(path))"
    }

    private func loadImport(_ path: String, from: String?) throws -> LoadedPackage {
        if let p = packages[path] { return p }
        if loading.contains(path) { throw cycleFailure(path) }
        guard let dir = resolve(path) else { throw LoadFailure(packagePath: nil, lines: [notFound(path)]) }
        let files = try patched(path: path, files: try selectFiles(dir).map { dir + "/" + $0 })
        if files.isEmpty {
            throw LoadFailure(packagePath: nil, lines: ["package \(path): build constraints exclude all Go files in \(dir)"])
        }
        return try loadPackage(path: path, dir: dir, fileNames: files)
    }

    private func cycleFailure(_ path: String) -> LoadFailure {
        var lines: [String] = []
        let start = loading.firstIndex(of: path) ?? 0
        for (i, p) in loading.enumerated() {
            lines.append(i == 0 ? "package \(p)" : "\timports \(p)")
        }
        _ = start
        lines.append("\timports \(path): import cycle not allowed")
        return LoadFailure(packagePath: nil, lines: lines)
    }

    /// File-level patches of GOROOT packages: a file in
    /// Runtime/gopatch/<importpath>/ replaces the package's file of the same
    /// name (one whose constraints exclude it, e.g. `//go:build ignore`,
    /// just removes it); other patch files are added. They stand in for
    /// the few files whose functions gc implements in assembly.
    func patched(path: String, files: [String]) throws -> [String] {
        let patchDir = patchRoot + "/" + path
        guard let all = try? FileManager.default.contentsOfDirectory(atPath: patchDir) else { return files }
        let replaced = Set(all.filter { $0.hasSuffix(".go") })
        let kept = files.filter { !replaced.contains(($0 as NSString).lastPathComponent) }
        return kept + (try selectFiles(patchDir)).map { patchDir + "/" + $0 }
    }

    /// Where the GOROOT file patches live (Runtime/gopatch).
    var patchRoot: String { (overlayRoot as NSString).deletingLastPathComponent + "/gopatch" }

    /// The Go files of a package directory that belong to this build.
    public func selectFiles(_ dir: String) throws -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        var out: [String] = []
        for name in names.sorted() where context.matchFileName(name) {
            guard let data = FileManager.default.contents(atPath: dir + "/" + name) else { continue }
            if context.matchConstraints(BuildContext.headerConstraintLines([UInt8](data))) { out.append(name) }
        }
        return out
    }

    // MARK: Parsing and checking

    private func loadPackage(path: String, dir: String, fileNames: [String]) throws -> LoadedPackage {
        loading.append(path)
        defer { loading.removeLast() }
        let diags = DiagnosticList(fileSet: fileSet)
        var files: [File] = []
        for name in fileNames {
            guard let data = FileManager.default.contents(atPath: name) else {
                throw LoadFailure(packagePath: nil, lines: ["open \(name): no such file or directory"])
            }
            files.append(parseFile(fileSet: fileSet, filename: name, source: [UInt8](data), diagnostics: diags))
        }
        if diags.hasSyntaxErrors { throw LoadFailure(packagePath: path, lines: diags.rendered()) }
        let name = files[0].name.name
        for f in files.dropFirst() where f.name.name != name {
            throw LoadFailure(packagePath: nil, lines: [
                "found packages \(name) (\(base(files[0].source.name))) and \(f.name.name) (\(base(f.source.name))) in \(dir)"])
        }
        // Dependencies first, in import order.
        var deps: [LoadedPackage] = []
        for f in files {
            for spec in f.imports {
                let ip = spec.pathValue
                if ip == "unsafe" || ip == "C" || deps.contains(where: { $0.path == ip }) { continue }
                do {
                    deps.append(try loadImport(ip, from: path))
                } catch let e as LoadFailure where e.packagePath == nil && e.lines.count == 1 && !e.lines[0].contains("import cycle") {
                    // Missing package: report at the import, as gc does.
                    let pos = fileSet.position(spec.path.pos).map { "\($0): " } ?? ""
                    throw LoadFailure(packagePath: nil, lines: [pos + e.lines[0]])
                }
            }
        }
        let pkg = Package(path: path, name: name)
        let info = Info()
        let byPath = Dictionary(deps.map { ($0.path, $0.types) }, uniquingKeysWith: { a, _ in a })
        diags.checkingStarts()
        let checker = Checker(pkg: pkg, info: info, diagnostics: diags, importer: { ip, _ in
            ip == "unsafe" ? Universe.unsafePackage : byPath[ip]
        })
        checker.check(files: files)
        if !diags.isEmpty { throw LoadFailure(packagePath: path, lines: diags.rendered()) }
        let loaded = LoadedPackage(path: path, dir: dir, files: files, types: pkg, info: info, diagnostics: diags)
        loaded.imports = deps
        packages[path] = loaded
        ordered.append(loaded)
        return loaded
    }

    private func base(_ p: String) -> String { (p as NSString).lastPathComponent }

    // MARK: Inputs and modules

    /// Files named on the command line, or the selected files of one directory.
    func inputFiles(_ inputs: [String]) throws -> (files: [String], dir: String, explicit: Bool) {
        guard !inputs.isEmpty else { throw LoadFailure(packagePath: nil, lines: ["no Go files listed"]) }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if inputs.count == 1, fm.fileExists(atPath: inputs[0], isDirectory: &isDir), isDir.boolValue {
            let dir = inputs[0]
            let names = try selectFiles(dir)
            if names.isEmpty { throw LoadFailure(packagePath: nil, lines: ["no Go files in \(absolute(dir))"]) }
            return (names.map { dir == "." ? $0 : dir + "/" + $0 }, absolute(dir), false)
        }
        for input in inputs {
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
                throw LoadFailure(packagePath: nil, lines: ["stat \(input): no such file or directory"])
            }
            guard !isDir.boolValue, input.hasSuffix(".go") else {
                throw LoadFailure(packagePath: nil, lines: ["named files must be .go files: \(input)"])
            }
        }
        let dir = absolute((inputs[0] as NSString).deletingLastPathComponent)
        return (inputs, dir, true)
    }

    func absolute(_ p: String) -> String {
        let path = p.isEmpty ? "." : p
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }

    /// The nearest go.mod at or above dir: its module path and directory.
    public func findModule(from dir: String) -> (path: String, root: String)? {
        var d = URL(fileURLWithPath: absolute(dir))
        while true {
            let gomod = d.path + "/go.mod"
            if let data = FileManager.default.contents(atPath: gomod), let text = String(data: data, encoding: .utf8) {
                for line in text.split(separator: "\n") {
                    let t = line.trimmingCharacters(in: .whitespaces)
                    if t.hasPrefix("module ") {
                        var name = t.dropFirst("module ".count).trimmingCharacters(in: .whitespaces)
                        if name.hasPrefix("\"") && name.hasSuffix("\"") && name.count >= 2 { name = String(name.dropFirst().dropLast()) }
                        return (name, d.path)
                    }
                }
                return nil
            }
            if d.path == "/" { return nil }
            d = d.deletingLastPathComponent()
        }
    }

    func relative(_ dir: String, to root: String) -> String? {
        if dir == root { return "" }
        return dir.hasPrefix(root + "/") ? String(dir.dropFirst(root.count + 1)) : nil
    }
}
