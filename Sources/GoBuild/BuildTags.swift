// Build constraints (go help buildconstraint): which files of a package
// directory belong to the build for linux/<arch> with the swiftgo tag.
import Foundation

public struct BuildContext: Sendable {
    public var goos = "linux"
    public var goarch: String
    /// Extra tags that are satisfied (`swiftgo`, release tags go1.1…go1.19).
    public var tags: Set<String>

    public init(goarch: String = "amd64", extraTags: [String] = []) {
        self.goarch = goarch
        var t: Set<String> = ["swiftgo"]
        for minor in 1...19 { t.insert("go1.\(minor)") }
        for x in extraTags { t.insert(x) }
        self.tags = t
    }

    /// Whether a single tag is satisfied. We are not gc, gccgo or cgo.
    public func matchTag(_ tag: String) -> Bool {
        if tag == goos || tag == goarch || tags.contains(tag) { return true }
        if tag == "unix" { return true }   // linux is a unix (go1.19's `unix` constraint)
        return false
    }

    // MARK: File names

    /// `name_linux.go`, `name_amd64.go`, `name_linux_amd64.go`; `_test.go`
    /// and files starting with `_` or `.` are never part of a package build.
    public func matchFileName(_ name: String) -> Bool {
        guard name.hasSuffix(".go"), !name.hasPrefix("_"), !name.hasPrefix(".") else { return false }
        var stem = String(name.dropLast(3))
        if stem.hasSuffix("_test") { return false }
        // Only the parts after the first underscore can be GOOS/GOARCH suffixes.
        guard let us = stem.firstIndex(of: "_") else { return true }
        stem = String(stem[stem.index(after: us)...])
        let parts = stem.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        let n = parts.count
        if n >= 2 && knownOS.contains(parts[n - 2]) && knownArch.contains(parts[n - 1]) {
            return parts[n - 2] == goos && parts[n - 1] == goarch
        }
        if let last = parts.last {
            if knownOS.contains(last) { return last == goos }
            if knownArch.contains(last) { return last == goarch }
        }
        return true
    }

    // MARK: Source constraints

    /// Evaluates the constraint lines of a file's header: a `//go:build`
    /// line wins; otherwise every `// +build` line must hold.
    public func matchConstraints(_ lines: [String]) -> Bool {
        if let gb = lines.first(where: { $0.hasPrefix("//go:build") }) {
            let text = String(gb.dropFirst("//go:build".count))
            return (try? evalBuildExpr(text)) ?? false
        }
        for line in lines where isPlusBuild(line) {
            if !matchPlusBuild(line) { return false }
        }
        return true
    }

    func isPlusBuild(_ line: String) -> Bool {
        let body = line.dropFirst(2).drop(while: { $0 == " " || $0 == "\t" })
        return line.hasPrefix("//") && body.hasPrefix("+build")
    }

    /// `// +build a,b c`: space-separated options OR'ed, comma terms AND'ed.
    func matchPlusBuild(_ line: String) -> Bool {
        let body = line.dropFirst(2).drop(while: { $0 == " " || $0 == "\t" }).dropFirst("+build".count)
        let options = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if options.isEmpty { return true }
        return options.contains { opt in
            opt.split(separator: ",").allSatisfy { term in
                term.hasPrefix("!") ? !matchTag(String(term.dropFirst())) : matchTag(String(term))
            }
        }
    }

    /// Evaluates a `//go:build` expression: `||`, `&&`, `!`, parentheses, tags.
    public func evalBuildExpr(_ text: String) throws -> Bool {
        var p = BuildExprParser(tokens: BuildExprParser.tokenize(text), ctx: self)
        let v = try p.or()
        guard p.i == p.tokens.count else { throw BuildExprError() }
        return v
    }

    /// The constraint comment lines of a file's header: `//` lines before the
    /// package clause (block comments end the search, as they would hide it).
    public static func headerConstraintLines(_ source: [UInt8]) -> [String] {
        var out: [String] = []
        var i = 0
        let n = source.count
        while i < n {
            let start = i
            var j = i
            while j < n && source[j] != UInt8(ascii: "\n") { j += 1 }
            let line = String(decoding: source[i..<j], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            i = j + 1
            if line.isEmpty { continue }
            if line.hasPrefix("//") {
                if line.hasPrefix("//go:build") || line.dropFirst(2).trimmingCharacters(in: .whitespaces).hasPrefix("+build") {
                    out.append(line)
                }
                continue
            }
            if line.hasPrefix("/*") {
                // Skip a block comment (possibly spanning lines).
                if let r = findClose(source, from: start + 2) { i = r; continue }
                break
            }
            break   // the package clause (or anything else) ends the header
        }
        return out
    }

    private static func findClose(_ s: [UInt8], from: Int) -> Int? {
        var k = max(from, 0)
        while k + 1 < s.count {
            if s[k] == UInt8(ascii: "*") && s[k + 1] == UInt8(ascii: "/") {
                var e = k + 2
                while e < s.count && s[e] != UInt8(ascii: "\n") { e += 1 }
                return e + 1
            }
            k += 1
        }
        return nil
    }
}

/// GOOS and GOARCH values known to go/build (syslist.go), for file-name suffixes.
let knownOS: Set<String> = ["aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
                            "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos"]
let knownArch: Set<String> = ["386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
                              "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
                              "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm"]

struct BuildExprError: Error {}

struct BuildExprParser {
    let tokens: [String]
    let ctx: BuildContext
    var i = 0

    static func tokenize(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        let chars = Array(s)
        var k = 0
        func flush() { if !cur.isEmpty { out.append(cur); cur = "" } }
        while k < chars.count {
            let c = chars[k]
            if c == " " || c == "\t" { flush() }
            else if c == "(" || c == ")" || c == "!" { flush(); out.append(String(c)) }
            else if (c == "&" || c == "|") && k + 1 < chars.count && chars[k + 1] == c { flush(); out.append(String([c, c])); k += 1 }
            else { cur.append(c) }
            k += 1
        }
        flush()
        return out
    }

    mutating func or() throws -> Bool {
        var v = try and()
        while i < tokens.count && tokens[i] == "||" { i += 1; let r = try and(); v = v || r }
        return v
    }

    mutating func and() throws -> Bool {
        var v = try not()
        while i < tokens.count && tokens[i] == "&&" { i += 1; let r = try not(); v = v && r }
        return v
    }

    mutating func not() throws -> Bool {
        guard i < tokens.count else { throw BuildExprError() }
        let t = tokens[i]
        i += 1
        switch t {
        case "!": return !(try not())
        case "(":
            let v = try or()
            guard i < tokens.count, tokens[i] == ")" else { throw BuildExprError() }
            i += 1
            return v
        case ")", "&&", "||": throw BuildExprError()
        default:
            guard t.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else { throw BuildExprError() }
            return ctx.matchTag(t)
        }
    }
}
