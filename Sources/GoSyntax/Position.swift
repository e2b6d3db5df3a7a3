// Source positions, as go/token keeps them: one integer per position, and a
// FileSet that turns it back into file:line:col.

/// A position in some file of a FileSet: the file's base plus a byte offset.
/// 0 means "no position".
public struct Pos: Hashable, Comparable, Sendable {
    public let raw: Int
    public init(_ raw: Int) { self.raw = raw }
    public static let none = Pos(0)
    public var isValid: Bool { raw > 0 }
    public static func < (a: Pos, b: Pos) -> Bool { a.raw < b.raw }
    public func advanced(by n: Int) -> Pos { Pos(raw + n) }
}

/// A resolved position, printed as gc prints it: `file:line:col`.
public struct Position: CustomStringConvertible, Sendable {
    public let filename: String
    public let line: Int
    public let column: Int
    public var description: String { "\(filename):\(line):\(column)" }
}

/// One source file's name, size and line starts.
public final class SourceFile: @unchecked Sendable {
    public let name: String
    public let base: Int
    public let size: Int
    /// Byte offsets at which each line starts; the scanner fills it.
    public var lineStarts: [Int] = [0]

    init(name: String, base: Int, size: Int) {
        self.name = name
        self.base = base
        self.size = size
    }

    public func pos(_ offset: Int) -> Pos { Pos(base + offset) }

    public func addLine(at offset: Int) {
        if offset > lineStarts[lineStarts.count - 1] { lineStarts.append(offset) }
    }

    public func position(of offset: Int) -> Position {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return Position(filename: name, line: lo + 1, column: offset - lineStarts[lo] + 1)
    }
}

/// All files of one compilation; positions are unique across them.
public final class FileSet: @unchecked Sendable {
    public private(set) var files: [SourceFile] = []
    private var nextBase = 1

    public init() {}

    public func addFile(name: String, size: Int) -> SourceFile {
        let f = SourceFile(name: name, base: nextBase, size: size)
        nextBase += size + 1
        files.append(f)
        return f
    }

    public func file(of pos: Pos) -> SourceFile? {
        guard pos.isValid else { return nil }
        var lo = 0, hi = files.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let f = files[mid]
            if pos.raw < f.base { hi = mid - 1 }
            else if pos.raw > f.base + f.size { lo = mid + 1 }
            else { return f }
        }
        return nil
    }

    public func position(_ pos: Pos) -> Position? {
        guard let f = file(of: pos) else { return nil }
        return f.position(of: pos.raw - f.base)
    }
}
