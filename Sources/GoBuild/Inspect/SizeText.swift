// The plain-text form of `swiftgo size`.
import Foundation

public enum SizeText {
    public static func render(_ s: SizeSummary) -> String {
        var out = "\(s.file) (\(s.arch)): \(s.fileSize) bytes in the file, \(s.bssBytes) bytes of bss; "
            + String(format: "%.2f%% attributed\n\n", s.attributedPercent)
        out += table(["section", "kind", "size", "file bytes"],
                     s.sections.map { [$0.name, $0.kind, "\($0.size)", "\($0.fileSize)"] }, numeric: [2, 3])
        out += "\n"
        let others = s.vs ?? []
        var header = [s.by, "file bytes", "%", "bss"]
        for o in others { header += [(o.file as NSString).lastPathComponent, "ratio"] }
        let rows: [[String]] = s.groups.map { g in
            var r = [g.name, "\(g.bytes)", pct(g.bytes, s.fileSize), "\(g.bss)"]
            for o in others {
                let b = o.groups.first(where: { $0.name == g.name })?.bytes
                r += [b.map { "\($0)" } ?? "-", b.map { ratio(g.bytes, $0) } ?? "-"]
            }
            return r
        }
        var total = ["total", "\(s.fileSize)", "100.0", "\(s.bssBytes)"]
        for o in others { total += ["\(o.fileSize)", ratio(s.fileSize, o.fileSize)] }
        out += table(header, rows + [total], numeric: Array(1..<header.count))
        for o in others {
            // what only the other binary has (e.g. gc's runtime subsystems we lack)
            let missing = o.groups.filter { g in !s.groups.contains(where: { $0.name == g.name }) }.prefix(10)
            if !missing.isEmpty {
                out += "\nonly in \((o.file as NSString).lastPathComponent): "
                    + missing.map { "\($0.name) \($0.bytes)" }.joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    static func pct(_ a: UInt64, _ b: UInt64) -> String { b == 0 ? "-" : String(format: "%.1f", Double(a) * 100 / Double(b)) }
    static func ratio(_ a: UInt64, _ b: UInt64) -> String { b == 0 ? "-" : String(format: "%.3f", Double(a) / Double(b)) }

    static func table(_ header: [String], _ rows: [[String]], numeric: [Int]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { i in all.map { $0.count > i ? $0[i].count : 0 }.max() ?? 0 }
        func line(_ r: [String]) -> String {
            r.indices.map { i in
                let pad = String(repeating: " ", count: widths[i] - r[i].count)
                return numeric.contains(i) ? pad + r[i] : r[i] + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        return line(header) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined()
    }
}
