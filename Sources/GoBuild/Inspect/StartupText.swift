// The text and SVG forms of `swiftgo startup`.
import Foundation

public enum StartupText {
    public static func render(_ r: StartupReport) -> String {
        var out = "\(r.binary) (\(r.arch), \(r.runner)): medians of \(r.runs) runs with GODEBUG=inittrace=1\n\n"
        var rows: [[String]] = []
        for p in r.phases {
            rows.append([(p.parent == nil ? "" : "  ") + p.name + (p.parent.map { " (in \($0))" } ?? ""),
                         ms(p.startMs), ms(p.durMs), note(p.name)])
        }
        out += SizeText.table(["phase", "@start ms", "ms", ""], rows, numeric: [1, 2])
        out += "\n"
        if let t = r.toMainMs, let s = r.phaseSumToMainMs, let q = r.sumToMainRatio {
            out += "time base → main.main (runtime clock): \(ms(t)) ms; phases before main.main sum to \(ms(s)) ms"
                + String(format: " (%.1f %% of it)\n", q * 100)
        } else {
            out += "no phase lines (not a swiftgo binary, or it did not return from main.main)\n"
        }
        out += "whole process, spawn → reaped: \(ms(r.wallMs)) ms\n"
        if !r.inits.isEmpty {
            out += "package init: " + r.inits.map { "\($0.package) \(ms($0.durMs)) ms" }.joined(separator: ", ") + "\n"
        }
        for o in r.vs ?? [] {
            out += "\nvs \(o.binary) (\(o.runner)): whole process \(ms(o.wallMs)) ms"
                + String(format: " (this/that = %.2f)\n", o.wallMs == 0 ? 0 : r.wallMs / o.wallMs)
            for i in o.inits { out += "  init \(i.package) @\(ms(i.startMs)) ms, \(ms(i.durMs)) ms clock\n" }
        }
        return out
    }

    static func ms(_ v: Double) -> String { String(format: "%.4f", v) }

    static func note(_ name: String) -> String {
        switch name {
        case "exec": return "spawn → runtime time base (kernel exec, emulator)"
        case "rt0_go": return "time base → args (g0, m0, TLS)"
        case "reap": return "exit syscall → waitpid returns"
        case "exit": return "main.main's return → exit (prints the trace)"
        default: return ""
        }
    }

    /// A timeline: one row per phase, bars on a common millisecond axis.
    public static func svg(_ r: StartupReport) -> String {
        let rowH = 18.0, left = 170.0, width = 900.0
        let t0 = min(0, r.phases.map(\.startMs).min() ?? 0)
        let t1 = max(r.phases.map { $0.startMs + $0.durMs }.max() ?? 1, 1e-6)
        let scale = (width - left - 20) / (t1 - t0)
        let h = Double(r.phases.count) * rowH + 50
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(h))\" font-family=\"sans-serif\" font-size=\"11\">\n"
        s += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        s += "<text x=\"4\" y=\"14\" font-size=\"13\">\(esc((r.binary as NSString).lastPathComponent)) startup (\(r.arch), median of \(r.runs)): \(ms(r.wallMs)) ms wall</text>\n"
        for (i, p) in r.phases.enumerated() {
            let y = 26 + Double(i) * rowH
            let x = left + (p.startMs - t0) * scale
            let w = max(1, p.durMs * scale)
            let color = p.parent != nil ? "#76b7b2" : ["exec", "reap"].contains(p.name) ? "#bab0ac" : p.name == "main.main" ? "#59a14f" : "#4e79a7"
            s += "<text x=\"\(p.parent == nil ? 4 : 16)\" y=\"\(f(y + 12))\">\(esc(p.name))</text>"
            s += "<rect x=\"\(f(x))\" y=\"\(f(y + 2))\" width=\"\(f(w))\" height=\"\(f(rowH - 4))\" fill=\"\(color)\"><title>\(esc(p.name)) @\(ms(p.startMs)) ms, \(ms(p.durMs)) ms</title></rect>"
            s += "<text x=\"\(f(min(x + w + 3, width - 60)))\" y=\"\(f(y + 12))\" fill=\"#555\">\(ms(p.durMs))</text>\n"
        }
        let axisY = 26 + Double(r.phases.count) * rowH + 12
        s += "<text x=\"\(f(left))\" y=\"\(f(axisY))\">\(ms(t0)) ms</text><text x=\"\(f(width - 80))\" y=\"\(f(axisY))\">\(ms(t1)) ms</text>\n"
        return s + "</svg>\n"
    }

    static func f(_ v: Double) -> String { String(format: "%.2f", v) }
    static func esc(_ s: String) -> String { SizeHTML.esc(s) }
}
