// Errors reported against source positions, printed as gc prints them.

public struct Diagnostic: Error, CustomStringConvertible, Sendable {
    public let position: Position?
    public let message: String
    public init(position: Position?, message: String) { self.position = position; self.message = message }
    public var description: String {
        if let p = position { return "\(p): \(message)" }
        return message
    }
}

/// Collects diagnostics in the order they are found.
public final class DiagnosticList: @unchecked Sendable {
    public let fileSet: FileSet
    public private(set) var items: [Diagnostic] = []
    public init(fileSet: FileSet) { self.fileSet = fileSet }

    public func error(_ pos: Pos, _ message: String) {
        items.append(Diagnostic(position: fileSet.position(pos), message: message))
    }
    public var isEmpty: Bool { items.isEmpty }

    /// How many items the scanner and parser reported before type checking began (nil: all).
    public private(set) var parseErrorCount: Int?
    /// Marks the start of type checking: later errors are the checker's.
    public func checkingStarts() { parseErrorCount = items.count }

    /// Whether a `syntax error: ...` was reported. gc type-checks a package whose only parse errors
    /// are of other kinds (`final index required in 3-index slice`, `newline in string`, ...), so
    /// their files get both; after a syntax error it stops (noder's checkFiles).
    public var hasSyntaxErrors: Bool { items.contains { $0.message.hasPrefix("syntax error") } }

    /// gc's rendering: sorted by position, at most 10, then "too many errors".
    public func rendered(limit: Int = 10) -> [String] {
        let sorted = items.enumerated().sorted { a, b in
            let pa = a.element.position, pb = b.element.position
            if let pa, let pb {
                if pa.filename != pb.filename { return pa.filename < pb.filename }
                if pa.line != pb.line { return pa.line < pb.line }
                if pa.column != pb.column { return pa.column < pb.column }
            }
            return a.offset < b.offset
        }
        var out: [String] = []
        var seenLines = Set<String>()
        var lastPosition: Position?
        for (index, d) in sorted {
            // gc reports one syntax error per line, and drops other errors only when they repeat
            // a message of the line. The checker's errors are kept to one per line: types2 avoids
            // follow-on errors that this checker may still report.
            if let p = d.position {
                let kind = d.message.hasPrefix("syntax error") ? "syntax"
                    : index < (parseErrorCount ?? Int.max) ? "parse:" + d.message : "check"
                let key = "\(p.filename):\(p.line):\(kind)"
                if seenLines.contains(key) { continue }
                seenLines.insert(key)
            }
            // gc stops at the tenth error, naming its position (base.ErrorfAt).
            if out.count == limit {
                out.append(lastPosition.map { "\($0): too many errors" } ?? "too many errors")
                break
            }
            lastPosition = d.position
            out.append(d.description)
        }
        return out
    }
}
