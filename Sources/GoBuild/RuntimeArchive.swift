// The runtime archive (libswiftgo_rt_<arch>.a), built from Runtime/ by
// Runtime/build.sh and cached under a hash of the runtime's sources.
import Foundation
import GoCodeGen

enum RuntimeArchive {
    /// The archive for arch, building it if the cache has none for these sources.
    static func path(for arch: Arch, echo: Bool) throws -> String {
        let dir = Toolchain.runtimeDir
        let key = try sourceHash(dir)
        let cached = "\(Toolchain.cacheDir)/runtime/\(key)/libswiftgo_rt_\(arch.rawValue).a"
        if FileManager.default.fileExists(atPath: cached) { return cached }
        try FileManager.default.createDirectory(atPath: (cached as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        // Build beside the final name and rename: concurrent builds never see half an archive.
        let tmp = cached + ".tmp\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try run(["/bin/sh", dir + "/build.sh", arch.rawValue, tmp], echo: echo)
        if rename(tmp, cached) != 0 { throw BuildFailure("cannot write \(cached)") }
        return cached
    }

    /// FNV-1a over every runtime source file's name and contents.
    static func sourceHash(_ dir: String) throws -> String {
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: dir) else { throw BuildFailure("runtime sources not found in \(dir)") }
        var files: [String] = []
        for case let f as String in e where !f.hasPrefix("test/") {
            if f.hasSuffix(".c") || f.hasSuffix(".h") || f.hasSuffix(".S") || f.hasSuffix(".sh") { files.append(f) }
        }
        var h: UInt64 = 0xcbf29ce484222325
        func mix(_ bytes: Data) { for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 } }
        for f in files.sorted() {
            mix(Data(f.utf8))
            guard let d = fm.contents(atPath: dir + "/" + f) else { throw BuildFailure("cannot read \(dir)/\(f)") }
            mix(d)
        }
        return String(h, radix: 16)
    }
}

extension RuntimeArchive {
    /// The global symbols the archive defines (what compiled code may leave
    /// undefined), read once per archive with llvm-nm and kept beside it.
    static func definedSymbols(_ archive: String) throws -> Set<String> {
        let list = archive + ".syms"
        if let text = try? String(contentsOfFile: list, encoding: .utf8) {
            return Set(text.split(separator: "\n").map(String.init))
        }
        guard let nm = Toolchain.find(["/usr/bin/llvm-nm-19", "/usr/lib/llvm-19/bin/llvm-nm"]) else {
            throw BuildFailure("llvm-nm-19 not found (Debian package llvm-19)")
        }
        let out = try capture([nm, "--defined-only", "--extern-only", "--format=just-symbols", archive])
        let symbols = out.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasSuffix(":") }
        let tmp = list + ".tmp\(getpid())"
        try symbols.joined(separator: "\n").write(toFile: tmp, atomically: false, encoding: .utf8)
        _ = rename(tmp, list)
        return Set(symbols)
    }
}
