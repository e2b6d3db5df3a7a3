// Which Go package a symbol belongs to, from its name alone. Both swiftgo
// and gc spell symbols Go's way: pkg.Func, pkg.(*T).M, pkg.T.M,
// type.pkg.T, go.itab.*pkg.T,iface, go.string."…", so one rule serves both.
import Foundation

public enum SymbolPackage {
    /// Buckets for symbols that belong to no single package.
    public static let types = "(types)"
    public static let strings = "(go.string)"
    public static let goMeta = "(go metadata)"
    public static let nonGo = "(C)"

    /// The package of a symbol; runtimeNames are the non-Go-spelled symbols
    /// known to come from the runtime (C statics, memmove, _start).
    public static func of(_ name: String, runtimeNames: Set<String> = []) -> String {
        if runtimeNames.contains(name) { return "runtime" }
        if name.hasPrefix("type.") || name.hasPrefix("type:") { return typePackage(String(name.dropFirst(5))) }
        if name.hasPrefix("go.string") || name.hasPrefix("go:string") || name.hasPrefix("go.str.") { return strings }
        if name.hasPrefix("go.itab.") || name.hasPrefix("go:itab.") {
            // go.itab.*pkg.T,iface: the concrete type's package.
            let rest = name.dropFirst(8).split(separator: ",", maxSplits: 1).first.map(String.init) ?? ""
            return typePackage(rest)
        }
        if name.hasPrefix("go.") || name.hasPrefix("go:") { return goMeta }
        if name.hasPrefix("_rt0_") || name == "_start" { return "runtime" }
        return goPackage(name) ?? nonGo
    }

    /// "pkg/path.Name…" → "pkg/path": the first dot after the last slash
    /// that precedes any bracket, paren or space.
    static func goPackage(_ name: String) -> String? {
        let stop = name.firstIndex(where: { "([ {".contains($0) }) ?? name.endIndex
        let head = name[..<stop]
        let afterSlash = head.lastIndex(of: "/").map { head.index(after: $0) } ?? head.startIndex
        guard let dot = head[afterSlash...].firstIndex(of: "."), dot != head.startIndex else { return nil }
        return String(name[..<dot])
    }

    /// type.*pkg.T, type.[]pkg.T, type.int: the named type's package, or (types).
    static func typePackage(_ t: String) -> String {
        var s = Substring(t)
        while let c = s.first, "*[]".contains(c) || c.isNumber { s = s.dropFirst() }
        if s.hasPrefix(".") { return types }   // type..namedata, type..eqfunc: shared metadata
        return goPackage(String(s)) ?? types
    }
}
