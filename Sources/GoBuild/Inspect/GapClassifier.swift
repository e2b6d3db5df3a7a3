// GapClassifier: owners for read-only bytes no symbol covers. The compiler
// and clang leave string literals, constants and jump tables anonymous;
// this recognises them by content:
//   - a NUL-terminated string that one runtime object's .rodata.str* holds
//     (or a tail of one: the linker merges tails) → that runtime file;
//   - a constant from a runtime object's .rodata.cst<N> → that file;
//   - an aligned 8-byte word that points into a function → a jump table
//     entry of that function;
//   - other printable text → (go.string): Go string literals, which carry
//     no NUL and no symbol;
//   - zero bytes → (padding): alignment.
// Whatever is left stays (unattributed).
import Foundation

struct GapClassifier {
    let map: RuntimeSourceMap
    let functions: [ELFSymbol]   // sized, sorted by address
    let fileData: Data

    /// (owner symbol or nil, bytes) runs covering [offset, offset+count) of the file.
    func classify(address: UInt64, offset: UInt64, count: UInt64) -> [(owner: Owner, bytes: UInt64)] {
        var out: [(Owner, UInt64)] = []
        func add(_ o: Owner, _ n: Int) {
            if let last = out.last, last.0 == o { out[out.count - 1].1 += UInt64(n) } else { out.append((o, UInt64(n))) }
        }
        let start = Int(offset), end = Int(offset + count)
        var i = start
        while i < end {
            let addr = address + UInt64(i - start)
            if addr % 8 == 0, i + 8 <= end, let f = function(at: word(i)) { add(.symbol(f), 8); i += 8; continue }
            if let (file, n) = runtimeString(at: i, end: end) { add(.runtimeFile(file), n); i += n; continue }
            if let (file, n) = constant(at: i, end: end) { add(.runtimeFile(file), n); i += n; continue }
            let b = fileData[i]
            if b >= 0x20 && b < 0x7f || b == 0x0a || b == 0x09 { add(.goString, 1) } else if b == 0 { add(.zeros, 1) } else { add(.unknown, 1) }
            i += 1
        }
        return out
    }

    enum Owner: Equatable { case symbol(String), runtimeFile(String), goString, zeros, unknown }

    func word(_ i: Int) -> UInt64 {
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(fileData[i + k]) << (8 * k) }
        return v
    }

    func function(at a: UInt64) -> String? {
        var lo = 0, hi = functions.count
        while lo < hi { let m = (lo + hi) / 2; if functions[m].address <= a { lo = m + 1 } else { hi = m } }
        guard lo > 0 else { return nil }
        let f = functions[lo - 1]
        return a < f.address + f.size ? f.name : nil
    }

    func runtimeString(at i: Int, end: Int) -> (String, Int)? {
        guard let nul = fileData[i..<end].firstIndex(of: 0), nul > i else { return nil }
        guard let file = map.stringFile[Data(fileData[i..<nul])] else { return nil }
        return (file, nul + 1 - i)
    }

    func constant(at i: Int, end: Int) -> (String, Int)? {
        for n in [16, 8, 4] where i + n <= end {
            if let f = map.constantFile[Data(fileData[i..<i + n])], fileData[i..<i + n].contains(where: { $0 != 0 }) {
                return (f, n)
            }
        }
        return nil
    }
}
