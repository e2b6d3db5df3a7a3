// Which runtime subsystem a runtime symbol belongs to: symbol → source file
// → subsystem. The symbol → file map comes from the sources themselves, so
// it cannot go stale: for swiftgo binaries, the member objects of the
// runtime archive (proc.o ← proc.c); for gc binaries, the func/TEXT lines
// of GOROOT/src/runtime. The file → subsystem table below covers both
// runtimes' file names; SizeTests checks it knows every file in Runtime/.
import CLLVM
import Foundation
import GoCodeGen

public enum RuntimeSubsystems {
    /// Source file stem (name up to the first "_" or ".") → subsystem.
    public static let byFileStem: [String: String] = {
        let groups: [String: [String]] = [
            "startup": ["rt0", "runtime1", "env", "auxv", "extern"],
            "scheduler": ["proc", "runtime2", "lock", "lockrank", "sema", "rwmutex", "preempt", "lfstack",
                          "relax", "cputicks", "atomic", "asm", "proflabel", "rand"],
            "stacks": ["stack", "stkframe"],
            "heap": ["malloc", "mheap", "mcache", "mcentral", "msize", "sizeclasses", "mfixalloc", "mpagealloc",
                     "mpagecache", "mpallocbits", "mranges", "mstats", "arena", "metrics", "histogram"],
            "GC": ["mgc", "mgclimit", "mgcmark", "mgcpacer", "mgcscavenge", "mgcsweep", "mgcwork", "mgcstack",
                   "mbarrier", "mbitmap", "mwbbuf", "mfinal", "mcheckmark", "mspanset"],
            "memory": ["mem", "memmove", "memclr", "duff", "mmap", "stubs", "stubs2", "stubs3"],
            "maps": ["map", "alg", "hash32", "hash64"],
            "channels": ["chan"],
            "select": ["select"],
            "interfaces": ["iface", "type", "typekind", "reflect"],
            "strings": ["string", "utf8"],
            "slices": ["slice"],
            "panics": ["panic", "panic32", "error", "traceback", "symtab", "debug", "debugcall", "checkptr",
                       "funcdata"],
            "printing": ["print", "write"],
            "syscalls": ["sys", "os", "os2", "os3", "vdso", "syscall", "syscall2", "nbpipe", "tls", "defs",
                         "defs1", "defs2", "defs3", "sigaction", "textflag"],
            "signals": ["signal", "sigqueue", "sigtab"],
            "timers": ["time", "timeasm", "timestub", "timestub2", "netpoll"],
            "numeric": ["float", "complex", "softfloat64", "vlop", "vlrt", "fastlog2", "fastlog2table"],
            "profiling": ["mprof", "cpuprof", "pprof", "profbuf", "trace", "heapdump", "debuglog"],
            "cgo": ["cgo", "cgocall", "cgocallback", "cgocheck"],
        ]
        var t: [String: String] = [:]
        for (sub, stems) in groups { for s in stems { t[s] = sub } }
        return t
    }()

    /// Functions whose file says less than their role (rt0_go lives in asm_*.S beside gogo).
    static let overrides: [String: String] = [
        "rt0_go": "startup", "schedinit": "startup", "osinit": "startup", "main": "startup",
        "mainPC": "startup", "mcommoninit": "startup", "args": "startup", "sysargs": "startup",
        "inittracePhaseBegin": "startup", "inittracePhaseEnd": "startup", "_start": "startup",
        "pclntab": "panics", "findfunctab": "panics",
        "morestack": "stacks", "morestack_noctxt": "stacks", "newstack": "stacks", "morestack_call": "stacks",
        "more": "stacks", "morecall": "stacks",   // the stack check's shared slow-path helpers (StackCheck.swift)
    ]

    public static func stem(ofFile file: String) -> String {
        let base = (file as NSString).lastPathComponent
        return String(base.prefix(while: { $0 != "_" && $0 != "." }))
    }

    public static func subsystem(forFile file: String) -> String? { byFileStem[stem(ofFile: file)] }

    /// "runtime.(*mheap).alloc.func1" → "mheap.alloc": the key both maps use.
    public static func key(_ symbol: String) -> String {
        var s = symbol.hasPrefix("runtime.") ? String(symbol.dropFirst(8)) : symbol
        if let b = s.firstIndex(of: "[") { s = String(s[..<b]) }   // generic instantiations
        s = s.replacingOccurrences(of: "(*", with: "").replacingOccurrences(of: ")", with: "")
        for suffix in [".abi0", "-fm"] where s.hasSuffix(suffix) { s = String(s.dropLast(suffix.count)) }
        // closures and wrappers: f.func1, f.func1.2, f.gowrap1
        var parts = s.split(separator: ".").map(String.init)
        while parts.count > 1, let last = parts.last,
              last.hasPrefix("func") || last.hasPrefix("gowrap") || last.allSatisfy(\.isNumber) {
            parts.removeLast()
        }
        return parts.joined(separator: ".")
    }
}

/// A symbol → runtime source file map, for one binary.
public struct RuntimeSourceMap {
    public var fileOf: [String: String] = [:]
    /// Anonymous read-only data of the runtime's objects, for the bytes no
    /// symbol covers: C string literals (and their suffixes: the linker
    /// merges tails) and .rodata.cst* constants, each → its file.
    public var stringFile: [Data: String] = [:]
    public var constantFile: [Data: String] = [:]

    public init() {}

    /// The subsystem of a runtime symbol: override, else its file's, else "other".
    public func subsystem(of symbol: String) -> String {
        let k = RuntimeSubsystems.key(symbol)
        if let o = RuntimeSubsystems.overrides[k] { return o }
        if let f = fileOf[symbol] ?? fileOf[k], let s = RuntimeSubsystems.subsystem(forFile: f) { return s }
        return "other"
    }

    public func file(of symbol: String) -> String? { fileOf[symbol] ?? fileOf[RuntimeSubsystems.key(symbol)] }

    /// The symbols defined by each member of swiftgo's runtime archive for arch.
    public static func fromArchive(arch: Arch) throws -> RuntimeSourceMap {
        let archive = try archivePath(arch)
        let tmp = NSTemporaryDirectory() + "swiftgo-size-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        let ar = ["/usr/bin/llvm-ar-19", "/usr/lib/llvm-19/bin/llvm-ar"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let ar else { throw InspectError("llvm-ar-19 not found") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ar)
        p.arguments = ["x", archive]
        p.currentDirectoryURL = URL(fileURLWithPath: tmp)
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw InspectError("cannot extract \(archive)") }
        var map = RuntimeSourceMap()
        for member in (try FileManager.default.contentsOfDirectory(atPath: tmp)).sorted() {
            for name in definedSymbols(objectPath: tmp + "/" + member) where map.fileOf[name] == nil {
                map.fileOf[name] = member
            }
            map.addAnonymousData(objectPath: tmp + "/" + member, file: member)
        }
        return map
    }

    mutating func addAnonymousData(objectPath: String, file: String) {
        RuntimeSourceMap.forEachSection(objectPath) { name, bytes in
            if name.hasPrefix(".rodata.str") {
                for str in bytes.split(separator: 0, omittingEmptySubsequences: true) {
                    for i in str.indices where stringFile[Data(str[i...])] == nil { stringFile[Data(str[i...])] = file }
                }
            } else if name.hasPrefix(".rodata.cst"), let n = Int(name.dropFirst(11).prefix(while: \.isNumber)), n > 0 {
                var i = bytes.startIndex
                while i + n <= bytes.endIndex { constantFile[Data(bytes[i..<i + n])] = file; i += n }
            }
        }
    }

    static func forEachSection(_ objectPath: String, _ body: (String, Data) -> Void) {
        var buf: LLVMMemoryBufferRef?
        var msg: UnsafeMutablePointer<CChar>?
        guard LLVMCreateMemoryBufferWithContentsOfFile(objectPath, &buf, &msg) == 0, let mem = buf else {
            LLVMDisposeMessage(msg); return
        }
        defer { LLVMDisposeMemoryBuffer(mem) }
        guard let bin = LLVMCreateBinary(mem, nil, &msg) else { LLVMDisposeMessage(msg); return }
        defer { LLVMDisposeBinary(bin) }
        guard let it = LLVMObjectFileCopySectionIterator(bin) else { return }
        defer { LLVMDisposeSectionIterator(it) }
        while LLVMObjectFileIsSectionIteratorAtEnd(bin, it) == 0 {
            defer { LLVMMoveToNextSection(it) }
            guard let n = LLVMGetSectionName(it), let c = LLVMGetSectionContents(it) else { continue }
            body(String(cString: n), Data(bytes: c, count: Int(LLVMGetSectionSize(it))))
        }
    }

    /// The archive of the current runtime sources; if those do not build
    /// (someone is editing them), the newest cached archive, with a note.
    static func archivePath(_ arch: Arch) throws -> String {
        do { return try RuntimeArchive.path(for: arch, echo: false) } catch {
            let dir = Toolchain.cacheDir + "/runtime"
            let fm = FileManager.default
            let cands = ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).map { "\(dir)/\($0)/libswiftgo_rt_\(arch.rawValue).a" }
                .filter { fm.fileExists(atPath: $0) }
            func mtime(_ p: String) -> Date { ((try? fm.attributesOfItem(atPath: p))?[.modificationDate] as? Date) ?? .distantPast }
            guard let newest = cands.max(by: { mtime($0) < mtime($1) }) else { throw error }
            FileHandle.standardError.write(Data("note: runtime sources do not build now; using \(newest)\n".utf8))
            return newest
        }
    }

    /// Symbols an object file defines (those inside one of its sections).
    static func definedSymbols(objectPath: String) -> [String] {
        var buf: LLVMMemoryBufferRef?
        var msg: UnsafeMutablePointer<CChar>?
        guard LLVMCreateMemoryBufferWithContentsOfFile(objectPath, &buf, &msg) == 0, let mem = buf else {
            LLVMDisposeMessage(msg); return []
        }
        defer { LLVMDisposeMemoryBuffer(mem) }
        guard let bin = LLVMCreateBinary(mem, nil, &msg) else { LLVMDisposeMessage(msg); return [] }
        defer { LLVMDisposeBinary(bin) }
        guard let syms = LLVMObjectFileCopySymbolIterator(bin), let sect = LLVMObjectFileCopySectionIterator(bin) else { return [] }
        defer { LLVMDisposeSymbolIterator(syms); LLVMDisposeSectionIterator(sect) }
        var out: [String] = []
        while LLVMObjectFileIsSymbolIteratorAtEnd(bin, syms) == 0 {
            defer { LLVMMoveToNextSymbol(syms) }
            guard let n = LLVMGetSymbolName(syms), n.pointee != 0 else { continue }
            LLVMMoveToContainingSection(sect, syms)
            if LLVMObjectFileIsSectionIteratorAtEnd(bin, sect) == 0 { out.append(String(cString: n)) }
        }
        return out
    }

    /// gc's runtime: `func name(` / `func (r *T) name(` in *.go and `TEXT runtime·name(SB)` in *.s,
    /// from files built for linux/arch.
    public static func fromGoroot(_ goroot: String, arch: String) -> RuntimeSourceMap {
        var map = RuntimeSourceMap()
        let dir = goroot + "/src/runtime"
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return map }
        for f in files.sorted() where builtFor(f, arch: arch) {
            guard let text = try? String(contentsOfFile: dir + "/" + f, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                if let name = goFuncKey(line) ?? asmTextKey(line), map.fileOf[name] == nil { map.fileOf[name] = f }
            }
        }
        return map
    }

    static let otherOS: Set<String> = ["windows", "darwin", "freebsd", "openbsd", "netbsd", "solaris", "aix", "plan9",
                                       "js", "wasm", "illumos", "dragonfly", "ios", "android", "wasip1", "nonlinux"]
    static let arches: Set<String> = ["386", "amd64", "arm", "arm64", "mips", "mipsx", "mipsle", "mips64", "mips64x",
                                      "mips64le", "ppc64", "ppc64x", "ppc64le", "riscv64", "s390x", "loong64", "wasm"]

    static func builtFor(_ file: String, arch: String) -> Bool {
        guard file.hasSuffix(".go") || file.hasSuffix(".s"), !file.hasSuffix("_test.go") else { return false }
        let parts = (file as NSString).deletingPathExtension.split(separator: "_").dropFirst().map(String.init)
        for p in parts {
            if otherOS.contains(p) { return false }
            if arches.contains(p) && p != arch { return false }
        }
        return true
    }

    static func goFuncKey(_ line: Substring) -> String? {
        guard line.hasPrefix("func ") else { return nil }
        var rest = line.dropFirst(5)
        var recv = ""
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
            let r = rest[rest.index(after: rest.startIndex)..<close].split(separator: " ").last ?? ""
            recv = r.replacingOccurrences(of: "*", with: "")
            if let b = recv.firstIndex(of: "[") { recv = String(recv[..<b]) }
            rest = rest[rest.index(after: close)...].drop(while: { $0 == " " })
        }
        let name = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
        guard !name.isEmpty else { return nil }
        return recv.isEmpty ? String(name) : recv + "." + name
    }

    static func asmTextKey(_ line: Substring) -> String? {
        guard line.hasPrefix("TEXT") else { return nil }
        var s = line.dropFirst(4).drop(while: { $0 == " " || $0 == "\t" })
        if s.hasPrefix("runtime·") { s = s.dropFirst("runtime·".count) } else if s.hasPrefix("·") { s = s.dropFirst() }
        let name = s.prefix(while: { $0 != "(" && $0 != "<" && $0 != " " && $0 != "\t" })
        return name.isEmpty || name.contains("·") ? nil : String(name)
    }
}
