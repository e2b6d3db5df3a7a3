// SizeSummary: the Codable form of a SizeReport (what `swiftgo size --json`
// prints, and what the HTML page embeds).
import Foundation

public struct SizeSummary: Codable {
    public struct Group: Codable { public var name: String; public var bytes: UInt64; public var bss: UInt64 }
    public struct Section: Codable {
        public var name: String; public var kind: String; public var address: UInt64
        public var size: UInt64; public var fileSize: UInt64
    }
    public struct Symbol: Codable {
        public var name: String; public var package: String; public var subsystem: String
        public var section: String; public var bytes: UInt64
    }
    /// Treemap leaves: package → subsystem (runtime) → symbol, file and bss bytes together.
    public struct Leaf: Codable { public var path: [String]; public var bytes: UInt64 }

    public var file: String
    public var arch: String
    public var fileSize: UInt64
    public var bssBytes: UInt64
    public var attributedPercent: Double
    public var by: String
    public var groups: [Group]
    public var sections: [Section]
    public var packages: [Group]
    public var subsystems: [Group]
    public var symbols: [Symbol]
    public var leaves: [Leaf]?
    public var vs: [SizeSummary]?

    public static let views = ["package", "subsystem", "symbol", "section"]

    public init(_ r: SizeReport, by: String, top: Int, leaves wantLeaves: Bool = false) {
        file = r.image.path
        arch = r.image.arch
        fileSize = r.fileBytes
        bssBytes = r.bssBytes
        attributedPercent = (r.attributedFraction * 10000).rounded() / 100
        self.by = by
        func groups(_ key: (SizePiece) -> String, _ filter: (SizePiece) -> Bool = { _ in true }) -> [Group] {
            let sub = SizeReport(image: r.image, pieces: r.pieces.filter(filter))
            return sub.grouped(by: key).map { Group(name: $0.name, bytes: $0.file, bss: $0.bss) }
        }
        packages = groups(\.package)
        subsystems = groups(\.subsystem) { $0.package == "runtime" }
        switch by {
        case "subsystem": self.groups = groups { $0.package == "runtime" ? "runtime: " + $0.subsystem : $0.package }
        case "symbol": self.groups = Array(groups(\.symbol).prefix(top))
        case "section": self.groups = groups(\.section)
        default: self.groups = packages
        }
        sections = r.image.sections.filter { $0.size > 0 }.map {
            Section(name: $0.name, kind: SizeReport.kind(of: $0), address: $0.address, size: $0.size, fileSize: $0.fileSize)
        }
        let bySymbol = Dictionary(grouping: r.pieces, by: { $0.symbol + "\u{0}" + $0.section })
        symbols = bySymbol.values.map { ps in
            Symbol(name: ps[0].symbol, package: ps[0].package, subsystem: ps[0].subsystem, section: ps[0].section,
                   bytes: ps.reduce(0) { $0 + $1.bytes })
        }.sorted { ($0.bytes, $1.name) > ($1.bytes, $0.name) }.prefix(top).map { $0 }
        if wantLeaves {
            let byPath = Dictionary(grouping: r.pieces, by: { p -> [String] in
                p.package == "runtime" ? [p.package, p.subsystem, p.symbol] : [p.package, p.symbol]
            })
            leaves = byPath.map { Leaf(path: $0.key, bytes: $0.value.reduce(0) { $0 + $1.bytes }) }
                .sorted { $0.bytes > $1.bytes }
        }
    }
}

extension SizeReport {
    init(image: ELFImage, pieces: [SizePiece]) {
        self.image = image
        self.pieces = pieces
    }
}
