// Exact constant values (§Constant expressions): integers are unbounded,
// floats are exact rationals until a typed context rounds them.
import BigInt

public struct Rational: Equatable, CustomStringConvertible {
    public let num: BigInt
    public let den: BigInt   // always > 0, gcd(num, den) == 1
    /// Nonzero only for a value too large or too small to keep exact (1e646456992): the value is
    /// then num·2^exp2 with den == 1 and num a 512-bit mantissa, as go/constant keeps such
    /// values in a big.Float of 512 bits. Such a value is representable in no Go type.
    public let exp2: Int

    /// Exact while the numerator is an integer or both parts have fewer than 4096 bits (gc's limit
    /// for keeping a rational); beyond, rounded to 512 bits.
    static let maxExactBits = 4096, precision = 512

    public init(_ num: BigInt, _ den: BigInt = 1) {
        precondition(den != 0)
        var n = num, d = den
        if d < 0 { n = -n; d = -d }
        let g = n.magnitude.greatestCommonDivisor(with: d.magnitude)
        if g > 1 { n /= BigInt(g); d /= BigInt(g) }
        if d != 1 && (n.magnitude.bitWidth >= Rational.maxExactBits || d.magnitude.bitWidth >= Rational.maxExactBits) {
            self = Rational.rounded(n, d, 0)
            return
        }
        self.num = n; self.den = d; self.exp2 = 0
    }

    private init(raw num: BigInt, _ den: BigInt, exp2: Int) { self.num = num; self.den = den; self.exp2 = exp2 }

    /// num/den·2^e, exact when that is small enough (see init), else rounded to 512 bits.
    public init(_ num: BigInt, _ den: BigInt, exp2 e: Int) {
        if e == 0 { self.init(num, den) }
        else if e > 0 && e < Rational.maxExactBits { self.init(num << e, den) }
        else if e < 0 && -e < Rational.maxExactBits { self.init(num, den << -e) }
        else { self = Rational.rounded(num, den, e) }
    }

    /// num/den·2^e rounded to nearest-even with `bits` significant bits: (m, e') with value m·2^e'.
    static func roundParts(_ num: BigInt, _ den: BigInt, _ e: Int, bits: Int) -> (BigInt, Int) {
        if num == 0 { return (0, 0) }
        let n = num.magnitude, d = den.magnitude
        let shift = bits + 2 - (n.bitWidth - d.bitWidth)
        let (q, r) = shift >= 0 ? (n << shift).quotientAndRemainder(dividingBy: d)
                                : n.quotientAndRemainder(dividingBy: d << -shift)
        var m = q, exp = e - shift
        let extra = m.bitWidth - bits
        if extra > 0 {
            let low = m & ((BigUInt(1) << extra) - 1), half = BigUInt(1) << (extra - 1)
            m >>= extra; exp += extra
            if low > half || (low == half && (r != 0 || m & 1 == 1)) { m += 1 }
        }
        return (num < 0 ? -BigInt(m) : BigInt(m), exp)
    }

    /// num/den·2^e rounded to 512 bits, in the canonical form: exact when small enough.
    static func rounded(_ num: BigInt, _ den: BigInt, _ e: Int) -> Rational {
        var (m, x) = roundParts(num, den, e, bits: precision)
        if m == 0 { return Rational(raw: 0, 1, exp2: 0) }
        let tz = m.magnitude.trailingZeroBitCount
        m >>= tz; x += tz
        let bits = m.magnitude.bitWidth
        if x >= 0 && bits + x < maxExactBits { return Rational(raw: m << x, 1, exp2: 0) }
        if x < 0 && -x < maxExactBits { return Rational(raw: m, BigInt(1) << -x, exp2: 0) }
        return Rational(raw: m, 1, exp2: x)
    }

    /// A mantissa and exponent for float arithmetic (576 bits when the value is not already one).
    private var parts: (BigInt, Int) {
        exp2 != 0 ? (num, exp2) : (den == 1 ? (num, 0) : Rational.roundParts(num, den, 0, bits: Rational.precision + 64))
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

    public var isInteger: Bool { exp2 > 0 || den == 1 && exp2 == 0 }
    public var sign: Int { num.signum() == 0 ? 0 : (num < 0 ? -1 : 1) }

    public static func + (a: Rational, b: Rational) -> Rational {
        if a.exp2 == 0 && b.exp2 == 0 { return Rational(a.num * b.den + b.num * a.den, a.den * b.den) }
        if a.num == 0 { return b }
        if b.num == 0 { return a }
        let (am, ae) = a.parts, (bm, be) = b.parts
        // An addend more than 2·576 bits below the other's last bit cannot change the rounding.
        let lo = min(ae, be), hiA = ae + am.magnitude.bitWidth, hiB = be + bm.magnitude.bitWidth
        if ae - hiB > 2 * (precision + 64) || be - hiA > 2 * (precision + 64) {
            let big = ae > be ? a : b
            return big.exp2 != 0 ? big : Rational.rounded(big.parts.0, 1, big.parts.1)
        }
        return Rational.rounded((am << (ae - lo)) + (bm << (be - lo)), 1, lo)
    }
    public static func - (a: Rational, b: Rational) -> Rational { a + -b }
    public static func * (a: Rational, b: Rational) -> Rational {
        if a.exp2 == 0 && b.exp2 == 0 { return Rational(a.num * b.num, a.den * b.den) }
        let (am, ae) = a.parts, (bm, be) = b.parts
        return Rational.rounded(am * bm, 1, ae + be)
    }
    public static func / (a: Rational, b: Rational) -> Rational {
        if a.exp2 == 0 && b.exp2 == 0 { return Rational(a.num * b.den, a.den * b.num) }
        let (am, ae) = a.parts, (bm, be) = b.parts
        return Rational.rounded(am, bm, ae - be)
    }
    public static prefix func - (a: Rational) -> Rational { Rational(raw: -a.num, a.den, exp2: a.exp2) }
    public static func < (a: Rational, b: Rational) -> Bool {
        if a.exp2 == 0 && b.exp2 == 0 { return a.num * b.den < b.num * a.den }
        return (a - b).sign < 0
    }

    /// Rounded to the nearest Double (ties to even); ±Inf when out of range.
    public var doubleValue: Double {
        if exp2 > 0 { return num < 0 ? -.infinity : .infinity }   // beyond 2^4095
        if exp2 < 0 { return num < 0 ? -0.0 : 0 }                 // below 2^-3583
        if num == 0 { return 0 }
        let neg = num < 0
        let n = num.magnitude, d = den.magnitude
        if n.bitWidth - d.bitWidth <= -1021, let v = Self.subnormal(n, d) { return neg ? -v : v }
        // Scale so that the quotient has 62 or 63 significant bits, keep a sticky bit: the
        // result fits a UInt64, whose conversion to Double rounds once, correctly (ties to
        // even). (BigInt's own Double(_:) ignores the bits below the round bit.)
        let shift = 62 - (n.bitWidth - d.bitWidth)
        let (q, r) = shift >= 0 ? (n << shift).quotientAndRemainder(dividingBy: d)
                                : n.quotientAndRemainder(dividingBy: d << -shift)
        var qq = UInt64(q) << 1
        if r != 0 { qq |= 1 }
        var v = Double(qq)   // one rounding
        v = scaled(v, by: -(shift + 1))
        return neg ? -v : v
    }

    /// n/d near or below the smallest normal double, rounded once to a multiple of 2^-1074
    /// (ties to even): rounding to 53 bits first and denormalizing after would round twice.
    /// nil when the rounded value is normal after all.
    private static func subnormal(_ n: BigUInt, _ d: BigUInt) -> Double? {
        var (q, r) = (n << 1074).quotientAndRemainder(dividingBy: d)
        let twice = r << 1
        if twice > d || (twice == d && q[bitAt: 0]) { q += 1 }
        guard q.bitWidth <= 53 else { return nil }
        return Double(UInt64(q)) * 0x1p-1074   // exact: q fits the significand
    }

    private func scaled(_ v: Double, by e: Int) -> Double {
        var v = v, e = e
        while e > 1000 { v *= 0x1p1000; e -= 1000 }
        while e < -1000 { v *= 0x1p-1000; e += 1000; if v == 0 { return 0 } }
        return v * Double(sign: .plus, exponent: e, significand: 1)
    }

    public var description: String { exp2 != 0 ? "\(num)p\(exp2)" : den == 1 ? "\(num)" : "\(num)/\(den)" }
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
    if r.isInteger && r.exp2 == 0 && r.num.magnitude.bitWidth < 64 { return "\(r.num)" }
    if (d.isInfinite || d == 0) && r.num != 0 { return formatHugeConstFloat(r) }
    var s = "\(d)"
    if s.hasSuffix(".0") { s.removeLast(2) }
    return s
}

/// A constant beyond float64's range as gc shows it: %.6g of the decimal mantissa, then the
/// exponent (1e+646456992).
private func formatHugeConstFloat(_ r: Rational) -> String {
    let (m, x) = Rational.roundParts(r.num, r.den, r.exp2, bits: 64)
    var e10 = Int((Double(m.magnitude.bitWidth - 1 + x) * 0.30102999566398119521).rounded(.down))
    func pow10(_ n: Int) -> Rational { parseFloatLiteral("1e\(n)") ?? Rational(1) }
    var q = (r.sign < 0 ? -r : r) / pow10(e10)
    while q.doubleValue >= 10 { e10 += 1; q = q / Rational(10) }
    while q.doubleValue < 1 { e10 -= 1; q = q * Rational(10) }
    var digits = Int((q.doubleValue * 100_000).rounded())
    if digits >= 1_000_000 { digits /= 10; e10 += 1 }
    var s = String(digits)
    while s.count > 1 && s.hasSuffix("0") { s.removeLast() }
    if s.count > 1 { s.insert(".", at: s.index(after: s.startIndex)) }
    return (r.sign < 0 ? "-" : "") + s + "e" + (e10 < 0 ? "-" : "+") + String(e10.magnitude)
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
    if abs(e10) < 10_000 {
        if e10 >= 0 { return Rational(m * BigInt(10).power(e10)) }
        return Rational(m, BigInt(10).power(-e10))
    }
    // Beyond, as go/constant does: 10^|e10| as a float (5^|e10|·2^|e10|, squared and multiplied
    // at 576 bits), the result rounded to 512 bits.
    if m == 0 { return Rational(0) }
    let prec = Rational.precision + 64
    var (pm, pe) = (BigInt(1), 0), (bm, be) = (BigInt(5), 0)
    var n = e10.magnitude
    while n > 0 {
        if n & 1 == 1 { (pm, pe) = Rational.roundParts(pm * bm, 1, pe + be, bits: prec) }
        n >>= 1
        if n > 0 { (bm, be) = Rational.roundParts(bm * bm, 1, be + be, bits: prec) }
    }
    pe += Int(e10.magnitude)
    return e10 > 0 ? Rational(m * pm, 1, exp2: pe) : Rational(m, pm, exp2: -pe)
}

func scale2(_ r: Rational, _ e: Int) -> Rational {
    Rational(r.num, r.den, exp2: e)
}

/// A constant as a Go value, for finding duplicate map keys and switch cases (types2's keyVal
/// and goVal): values equal as Go values are equal keys.
enum ConstKey: Hashable {
    case int(BigInt), float(Double), complex(Double, Double), string([UInt8]), bool(Bool)

    /// types2's goVal: only integers (within 64 bits), floats and strings are compared.
    init?(caseValue v: ConstValue) {
        switch v {
        case .int(let i):
            guard i >= BigInt(Int64.min), i <= BigInt(UInt64.max) else { return nil }
            self = .int(i)
        case .float(let r):
            let d = r.doubleValue
            guard d.isFinite else { return nil }
            self = .float(d)
        case .string(let s): self = .string(s)
        default: return nil
        }
    }

    /// types2's keyVal: a float or complex with an integer value is that integer (1.0 == 1).
    init?(mapKey v: ConstValue) {
        switch v {
        case .bool(let b): self = .bool(b)
        case .string(let s): self = .string(s)
        case .int(let i):
            guard i >= BigInt(Int64.min), i <= BigInt(UInt64.max) else { return nil }
            self = .int(i)
        case .float(let r):
            if r.isInteger && r.exp2 == 0 { self.init(mapKey: .int(r.num)); return }
            self = .float(r.doubleValue)
        case .complex(let re, let im):
            if im.num == 0 { self.init(mapKey: .float(re)); return }
            self = .complex(re.doubleValue, im.doubleValue)
        case .unknown: return nil
        }
    }
}
