// SizeReport: every byte of an executable attributed to a section, a Go
// package, a runtime subsystem and a symbol (`swiftgo size`).
import Foundation
import GoCodeGen

/// One run of bytes with a single owner.
public struct SizePiece: Codable {
    public var section: String
    public var kind: String        // text, rodata, data, bss, non-alloc, headers
    public var package: String
    public var subsystem: String   // runtime subsystem; "" outside runtime
    public var symbol: String
    public var bytes: UInt64
    public var inFile: Bool        // false for bss: memory only
    var gapAddress: UInt64? = nil  // where an unattributed run starts
    enum CodingKeys: String, CodingKey { case section, kind, package, subsystem, symbol, bytes, inFile }
}

public struct SizeReport {
    public static let unattributed = "(unattributed)"
    public static let padding = "(padding)"
    public static let headers = "(ELF headers)"
    public static let nonAlloc = "(non-alloc sections)"

    public let image: ELFImage
    public let pieces: [SizePiece]

    public init(path: String, sourceMap: RuntimeSourceMap? = nil) throws {
        let image = try ELFImage(path: path)
        self.image = image
        let map = sourceMap ?? RuntimeSourceMap.forImage(image)
        pieces = SizeReport.attribute(image, map: map)
    }

    // ---- totals ----

    public var fileBytes: UInt64 { pieces.filter(\.inFile).reduce(0) { $0 + $1.bytes } }
    public var bssBytes: UInt64 { pieces.filter { !$0.inFile }.reduce(0) { $0 + $1.bytes } }
    /// Bytes (file and bss) owned by something with a name: not unattributed, not padding.
    public var attributedFraction: Double {
        let all = pieces.reduce(0) { $0 + $1.bytes }
        let named = pieces.filter { $0.package != SizeReport.unattributed && $0.package != SizeReport.padding }
            .reduce(0) { $0 + $1.bytes }
        return all == 0 ? 1 : Double(named) / Double(all)
    }

    /// (name, file bytes, bss bytes) grouped by key, largest first.
    public func grouped(by key: (SizePiece) -> String) -> [(name: String, file: UInt64, bss: UInt64)] {
        var file: [String: UInt64] = [:], bss: [String: UInt64] = [:]
        for p in pieces {
            let k = key(p)
            if p.inFile { file[k, default: 0] += p.bytes } else { bss[k, default: 0] += p.bytes }
        }
        let names = Set(file.keys).union(bss.keys)
        return names.map { ($0, file[$0] ?? 0, bss[$0] ?? 0) }
            .sorted { ($0.file + $0.bss, $1.name) > ($1.file + $1.bss, $0.name) }
    }

    // ---- attribution ----

    static func kind(of s: ELFSection) -> String {
        if !s.isAlloc { return "non-alloc" }
        if s.fileOffset == nil { return "bss" }
        if s.name.hasPrefix(".text") || s.name == ".init" || s.name == ".fini" || s.name == ".plt" { return "text" }
        if s.name.hasPrefix(".data") || s.name.hasPrefix(".noptrdata") || s.name.hasPrefix(".tdata")
            || s.name.hasPrefix(".got") || s.name == ".go.buildinfo" || s.name.hasPrefix(".init_array") { return "data" }
        return "rodata"
    }

    static func attribute(_ image: ELFImage, map: RuntimeSourceMap) -> [SizePiece] {
        let runtimeNames = Set(map.fileOf.keys)
        func owner(_ sym: String) -> (String, String) {
            let pkg = SymbolPackage.of(sym, runtimeNames: runtimeNames)
            return (pkg, pkg == "runtime" ? map.subsystem(of: sym) : "")
        }
        var out: [SizePiece] = []
        let gaps = GapClassifier(map: map, functions: image.symbols.filter { $0.size > 0 }.sorted { $0.address < $1.address },
                                 fileData: image.data)
        let symbols = image.symbols.filter { !$0.name.hasPrefix("$") && !$0.name.hasPrefix(".L") }
            .sorted { ($0.address, $1.size, $0.name) < ($1.address, $0.size, $1.name) }
        for s in image.sections where s.size > 0 {
            let k = kind(of: s)
            if !s.isAlloc {
                out.append(SizePiece(section: s.name, kind: k, package: nonAlloc, subsystem: "", symbol: s.name,
                                     bytes: s.size, inFile: true))
                continue
            }
            // ld.lld's .relro_padding fills the RELRO segment's last page (memory only).
            if s.name == ".relro_padding" {
                out.append(SizePiece(section: s.name, kind: k, package: padding, subsystem: "", symbol: padding,
                                     bytes: s.size, inFile: s.fileOffset != nil))
                continue
            }
            let inside = symbols.filter { $0.address >= s.address && $0.address < s.address + s.size }
            out += attributeSection(s, kind: k, symbols: inside, owner: owner)
                .flatMap { p in p.package == unattributed && k != "text" ? classifyGap(p, s, gaps, owner) : [p] }
        }
        out += layoutGaps(image)
        return out
    }

    /// Splits an unattributed run of a data section by content (GapClassifier).
    static func classifyGap(_ p: SizePiece, _ s: ELFSection, _ gaps: GapClassifier,
                            _ owner: (String) -> (String, String)) -> [SizePiece] {
        guard let off = s.fileOffset, let at = p.gapAddress else { return [p] }
        return gaps.classify(address: at, offset: off + (at - s.address), count: p.bytes).map { o, n in
            var q = p
            q.bytes = n
            switch o {
            case .symbol(let f): (q.package, q.subsystem) = owner(f); q.symbol = f + " (jump table)"
            case .runtimeFile(let f):
                q.package = "runtime"; q.subsystem = RuntimeSubsystems.subsystem(forFile: f) ?? "other"
                q.symbol = "(constants of \((f as NSString).deletingPathExtension).c)"
            case .goString: q.package = SymbolPackage.strings; q.symbol = "(string literals)"
            case .zeros: q.package = padding; q.symbol = padding
            case .unknown: break
            }
            return q
        }
    }

    /// A sweep over one section's symbols in address order. A sized symbol
    /// owns its size; a size-0 label owns up to the next symbol. In text and
    /// bss a gap shorter than 64 bytes after a symbol is its alignment padding
    /// and goes to it; other gaps are unattributed (data: see classifyGap).
    static func attributeSection(_ s: ELFSection, kind: String, symbols: [ELFSymbol],
                                 owner: (String) -> (String, String)) -> [SizePiece] {
        var out: [SizePiece] = []
        let end = s.address + s.size
        var cursor = s.address
        var last: ELFSymbol?
        var gapStart: UInt64?
        func emit(_ name: String?, _ n: UInt64) {
            guard n > 0 else { return }
            let (pkg, sub) = name.map(owner) ?? (unattributed, "")
            out.append(SizePiece(section: s.name, kind: kind, package: pkg, subsystem: sub,
                                 symbol: name ?? unattributed, bytes: n, inFile: s.fileOffset != nil,
                                 gapAddress: name == nil ? gapStart : nil))
        }
        func gap(upTo a: UInt64) {
            guard a > cursor else { return }
            // text and bss gaps are alignment; data gaps go to GapClassifier
            let align = kind == "text" || kind == "bss"
            if a - cursor >= 64 || last == nil || !align { gapStart = cursor }
            emit(a - cursor < 64 && align ? last?.name : nil, a - cursor)
            gapStart = nil
            cursor = a
        }
        for (i, sym) in symbols.enumerated() {
            var stop = sym.address + sym.size
            if sym.size == 0 {
                stop = symbols[(i + 1)...].first(where: { $0.address > sym.address })?.address ?? end
            }
            stop = min(stop, end)
            guard stop > cursor else { continue }   // an alias, or a label inside a sized symbol
            gap(upTo: sym.address)
            emit(sym.name, stop - cursor)
            cursor = stop
            last = sym
        }
        gap(upTo: end)
        return out
    }

    /// File bytes outside every section: the ELF header and program headers
    /// before the first section, the section header table after the last, and
    /// alignment padding between sections.
    static func layoutGaps(_ image: ELFImage) -> [SizePiece] {
        let ranges = image.sections.compactMap { s in s.fileOffset.map { ($0, $0 + s.size) } }.sorted { $0.0 < $1.0 }
        var out: [SizePiece] = []
        var cursor: UInt64 = 0
        func add(_ name: String, _ n: UInt64) {
            if n > 0 { out.append(SizePiece(section: name, kind: "headers", package: name == padding ? padding : headers,
                                            subsystem: "", symbol: name, bytes: n, inFile: true)) }
        }
        for (i, r) in ranges.enumerated() {
            if r.0 > cursor { add(i == 0 ? "ELF header + program headers" : padding, r.0 - cursor) }
            cursor = max(cursor, r.1)
        }
        if image.fileSize > cursor { add("section header table", image.fileSize - cursor) }
        return out
    }
}

extension RuntimeSourceMap {
    /// The best map for a binary: gc binaries (they have .gopclntab) from
    /// GOROOT's runtime sources, swiftgo's from its runtime archive.
    public static func forImage(_ image: ELFImage) -> RuntimeSourceMap {
        let goroot = ProcessInfo.processInfo.environment["GOROOT"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/lib/go-1.19"
        if image.sections.contains(where: { $0.name == ".gopclntab" }) {
            return fromGoroot(goroot, arch: image.arch)
        }
        guard let arch = Arch(rawValue: image.arch) else { return RuntimeSourceMap() }
        do { return try fromArchive(arch: arch) } catch {
            FileHandle.standardError.write(Data("note: no runtime archive (\(error)); runtime subsystems by name only\n".utf8))
            return RuntimeSourceMap()
        }
    }
}
