// Exact constant values (§Constant expressions): integers are unbounded,
// floats are exact rationals until a typed context rounds them.
import BigInt

public struct Rational: Equatable, CustomStringConvertible {
    public let num: BigInt
    public let den: BigInt   // always > 0, gcd(num, den) == 1

    public init(_ num: BigInt, _ den: BigInt = 1) {
        precondition(den != 0)
        var n = num, d = den
        if d < 0 { n = -n; d = -d }
        let g = n.magnitude.greatestCommonDivisor(with: d.magnitude)
        if g > 1 { n /= BigInt(g); d /= BigInt(g) }
        self.num = n; self.den = d
    }

    /// The exact value of a finite Double.
    public init(_ d: Double) {
        precondition(d.isFinite)
        if d == 0 { self.init(BigInt(0)); return }
        let exp = Int(d.exponent) - Double.significandBitCount
        let sig = BigInt(d.significandBitPattern | (d.isNormal ? (1 << UInt64(Double.significandBitCount)) : 0))
        let signed = d < 0 ? -sig : sig
        let e = d.isNormal ? exp : -1074
        if e >= 0 { self.init(signed << e) } else { self.init(signed, BigInt(1) << -e) }
    }

    public var isInteger: Bool { den == 1 }
    public var sign: Int { num.signum() == 0 ? 0 : (num < 0 ? -1 : 1) }

    public static func + (a: Rational, b: Rational) -> Rational { Rational(a.num * b.den + b.num * a.den, a.den * b.den) }
    public static func - (a: Rational, b: Rational) -> Rational { Rational(a.num * b.den - b.num * a.den, a.den * b.den) }
    public static func * (a: Rational, b: Rational) -> Rational { Rational(a.num * b.num, a.den * b.den) }
    public static func / (a: Rational, b: Rational) -> Rational { Rational(a.num * b.den, a.den * b.num) }
    public static prefix func - (a: Rational) -> Rational { Rational(-a.num, a.den) }
    public static func < (a: Rational, b: Rational) -> Bool { a.num * b.den < b.num * a.den }

    /// Rounded to the nearest Double (ties to even); ±Inf when out of range.
    public var doubleValue: Double {
        if num == 0 { return 0 }
        let neg = num < 0
        let n = num.magnitude, d = den.magnitude
        // Scale so that the quotient has at least 66 significant bits, keep a sticky bit.
        let shift = 66 - (n.bitWidth - d.bitWidth)
        let (q, r) = shift >= 0 ? (n << shift).quotientAndRemainder(dividingBy: d)
                                : n.quotientAndRemainder(dividingBy: d << -shift)
        var qq = q << 1
        if r != 0 { qq |= 1 }
        var v = Double(qq)   // one rounding
        v = scaled(v, by: -(shift + 1))
        return neg ? -v : v
    }

    private func scaled(_ v: Double, by e: Int) -> Double {
        var v = v, e = e
        while e > 1000 { v *= 0x1p1000; e -= 1000 }
        while e < -1000 { v *= 0x1p-1000; e += 1000; if v == 0 { return 0 } }
        return v * Double(sign: .plus, exponent: e, significand: 1)
    }

    public var description: String { den == 1 ? "\(num)" : "\(num)/\(den)" }
}

public enum ConstValue: Equatable, CustomStringConvertible {
    case bool(Bool)
    case string([UInt8])
    case int(BigInt)
    case float(Rational)
    case complex(Rational, Rational)
    /// The result of an erroneous constant expression; suppresses follow-on errors.
    case unknown

    public var description: String {
        switch self {
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return quoteGo(s)
        case .int(let i): return "\(i)"
        case .float(let r): return formatConstFloat(r)
        case .complex(let re, let im): return "(\(formatConstFloat(re)) + \(formatConstFloat(im))i)"
        case .unknown: return "unknown"
        }
    }

    public var asRational: Rational? {
        switch self {
        case .int(let i): return Rational(i)
        case .float(let r): return r
        case .complex(let re, let im) where im.num == 0: return re
        default: return nil
        }
    }

    /// The value as an exact integer, if it is one.
    public var asInteger: BigInt? {
        switch self {
        case .int(let i): return i
        case .float(let r) where r.isInteger: return r.num
        case .complex(let re, let im) where im.num == 0 && re.isInteger: return re.num
        default: return nil
        }
    }

    public var int64Value: Int64? {
        guard let i = asInteger, i >= BigInt(Int64.min), i <= BigInt(Int64.max) else { return nil }
        return Int64(i)
    }

    public var doubleValue: Double { asRational?.doubleValue ?? 0 }
}

/// Go's quoting of a string constant in diagnostics.
func quoteGo(_ bytes: [UInt8]) -> String {
    var s = "\""
    for b in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        switch b {
        case "\"": s += "\\\""
        case "\\": s += "\\\\"
        case "\n": s += "\\n"
        case "\t": s += "\\t"
        default: s.unicodeScalars.append(b)
        }
    }
    return s + "\""
}

/// Formats an untyped float constant as gc does in messages (e.g. 1e+100, 0.5).
func formatConstFloat(_ r: Rational) -> String {
    let d = r.doubleValue
    if r.isInteger && r.num.magnitude.bitWidth < 64 { return "\(r.num)" }
    var s = "\(d)"
    if s.hasSuffix(".0") { s.removeLast(2) }
    return s
}

// MARK: - Literals

/// The exact value of an integer, float or imaginary literal, or nil if malformed.
public func constantFromLiteral(_ lit: String, kind: LiteralKind) -> ConstValue? {
    let text = lit.replacingOccurrences(of: "_", with: "")
    switch kind {
    case .int:
        return parseIntLiteral(text).map { .int($0) }
    case .float:
        return parseFloatLiteral(text).map { .float($0) }
    case .imag:
        let body = String(text.dropLast())
        if let r = parseFloatLiteral(body) { return .complex(Rational(0), r) }
        return nil
    }
}

public enum LiteralKind { case int, float, imag }

func parseIntLiteral(_ t: String) -> BigInt? {
    let lower = t.lowercased()
    if lower.hasPrefix("0x") { return BigInt(lower.dropFirst(2), radix: 16) }
    if lower.hasPrefix("0b") { return BigInt(lower.dropFirst(2), radix: 2) }
    if lower.hasPrefix("0o") { return BigInt(lower.dropFirst(2), radix: 8) }
    if lower.count > 1 && lower.hasPrefix("0") { return BigInt(lower.dropFirst(1), radix: 8) }
    return BigInt(lower, radix: 10)
}

func parseFloatLiteral(_ t: String) -> Rational? {
    let lower = t.lowercased()
    if lower.hasPrefix("0x") {
        // 0x mantissa p exponent
        let body = lower.dropFirst(2)
        let parts = body.split(separator: "p", maxSplits: 1, omittingEmptySubsequences: false)
        var mant = String(parts[0])
        let exp = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        var fracDigits = 0
        if let dot = mant.firstIndex(of: ".") {
            fracDigits = mant.distance(from: dot, to: mant.endIndex) - 1
            mant.remove(at: dot)
        }
        if mant.isEmpty { mant = "0" }
        guard let m = BigInt(mant, radix: 16) else { return nil }
        return scale2(Rational(m), exp - 4 * fracDigits)
    }
    // decimal: digits [. digits] [e exp]
    var mant = lower
    var exp = 0
    if let e = lower.firstIndex(of: "e") {
        mant = String(lower[..<e])
        guard let x = Int(lower[lower.index(after: e)...]) else { return nil }
        exp = x
    }
    var fracDigits = 0
    if let dot = mant.firstIndex(of: ".") {
        fracDigits = mant.distance(from: dot, to: mant.endIndex) - 1
        mant.remove(at: dot)
    }
    if mant.isEmpty { mant = "0" }
    guard let m = BigInt(mant, radix: 10) else { return nil }
    let e10 = exp - fracDigits
    guard abs(e10) < 100_000 else { return nil }
    if e10 >= 0 { return Rational(m * BigInt(10).power(e10)) }
    return Rational(m, BigInt(10).power(-e10))
}

func scale2(_ r: Rational, _ e: Int) -> Rational {
    e >= 0 ? Rational(r.num << e, r.den) : Rational(r.num, r.den << -e)
}
