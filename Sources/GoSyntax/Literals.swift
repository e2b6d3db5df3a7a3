// Unquoting Go string and rune literals, as strconv.Unquote does.

/// The bytes of a string literal's value (`"..."` or a raw `` `...` ``), or nil if malformed.
public func unquoteString(_ lit: String) -> [UInt8]? {
    let b = Array(lit.utf8)
    guard b.count >= 2 else { return nil }
    if b[0] == UInt8(ascii: "`") {
        guard b[b.count - 1] == UInt8(ascii: "`") else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(b.count - 2)
        for c in b[1..<(b.count - 1)] where c != 0x0D {
            if c == UInt8(ascii: "`") { return nil }
            out.append(c)
        }
        return out
    }
    guard b[0] == UInt8(ascii: "\""), b[b.count - 1] == UInt8(ascii: "\"") else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(b.count - 2)
    var i = 1
    let end = b.count - 1
    while i < end {
        let c = b[i]
        if c == UInt8(ascii: "\"") || c == 0x0A { return nil }
        if c != UInt8(ascii: "\\") {
            out.append(c)
            i += 1
            continue
        }
        guard let (value, isByte, next) = unescape(b, i + 1, end, quote: UInt8(ascii: "\"")) else { return nil }
        if isByte { out.append(UInt8(value)) } else { appendUTF8(&out, value) }
        i = next
    }
    return out
}

/// The value of a rune literal `'x'`, or nil if malformed.
public func unquoteChar(_ lit: String) -> UInt32? {
    let b = Array(lit.utf8)
    guard b.count >= 3, b[0] == UInt8(ascii: "'"), b[b.count - 1] == UInt8(ascii: "'") else { return nil }
    let end = b.count - 1
    if b[1] == UInt8(ascii: "\\") {
        guard let (value, _, next) = unescape(b, 2, end, quote: UInt8(ascii: "'")), next == end else { return nil }
        return value
    }
    if b[1] == UInt8(ascii: "'") || b[1] == 0x0A { return nil }
    // One UTF-8 encoded character.
    var it = b[1..<end].makeIterator()
    var dec = UTF8()
    guard case .scalarValue(let s) = dec.decode(&it) else { return nil }
    guard it.next() == nil else { return nil }
    return s.value
}

/// Decodes one escape starting after the backslash at b[i]; returns the value,
/// whether it is a single byte (\x, octal) and the index after it.
func unescape(_ b: [UInt8], _ i: Int, _ end: Int, quote: UInt8) -> (UInt32, Bool, Int)? {
    guard i < end else { return nil }
    let c = b[i]
    switch c {
    case UInt8(ascii: "a"): return (7, false, i + 1)
    case UInt8(ascii: "b"): return (8, false, i + 1)
    case UInt8(ascii: "f"): return (12, false, i + 1)
    case UInt8(ascii: "n"): return (10, false, i + 1)
    case UInt8(ascii: "r"): return (13, false, i + 1)
    case UInt8(ascii: "t"): return (9, false, i + 1)
    case UInt8(ascii: "v"): return (11, false, i + 1)
    case UInt8(ascii: "\\"): return (92, false, i + 1)
    case quote: return (UInt32(quote), false, i + 1)
    case UInt8(ascii: "0")...UInt8(ascii: "7"):
        guard i + 3 <= end else { return nil }
        var v: UInt32 = 0
        for j in i..<(i + 3) {
            let d = b[j]
            guard d >= UInt8(ascii: "0") && d <= UInt8(ascii: "7") else { return nil }
            v = v * 8 + UInt32(d - UInt8(ascii: "0"))
        }
        guard v <= 255 else { return nil }
        return (v, true, i + 3)
    case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
        let n = c == UInt8(ascii: "x") ? 2 : c == UInt8(ascii: "u") ? 4 : 8
        guard i + 1 + n <= end else { return nil }
        var v: UInt32 = 0
        for j in (i + 1)..<(i + 1 + n) {
            let d = b[j] | 0x20
            let dv: UInt32
            if b[j] >= UInt8(ascii: "0") && b[j] <= UInt8(ascii: "9") { dv = UInt32(b[j] - UInt8(ascii: "0")) }
            else if d >= UInt8(ascii: "a") && d <= UInt8(ascii: "f") { dv = UInt32(d - UInt8(ascii: "a")) + 10 }
            else { return nil }
            v = v &* 16 &+ dv
        }
        if c == UInt8(ascii: "x") { return (v, true, i + 1 + n) }
        guard v <= 0x10FFFF, !(v >= 0xD800 && v < 0xE000) else { return nil }
        return (v, false, i + 1 + n)
    default:
        return nil
    }
}

func appendUTF8(_ out: inout [UInt8], _ r: UInt32) {
    switch r {
    case 0..<0x80:
        out.append(UInt8(r))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | (r >> 6)))
        out.append(UInt8(0x80 | (r & 0x3F)))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | (r >> 12)))
        out.append(UInt8(0x80 | ((r >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (r & 0x3F)))
    default:
        out.append(UInt8(0xF0 | (r >> 18)))
        out.append(UInt8(0x80 | ((r >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((r >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (r & 0x3F)))
    }
}
