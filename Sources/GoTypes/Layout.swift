// Sizes, alignments and field offsets on 64-bit targets (amd64, arm64 agree).

public enum Layout {
    public static func size(_ t: GoType) -> Int {
        switch t.underlying {
        case let b as BasicType: return b.size
        case is PointerType, is MapType, is ChanType, is Signature: return 8
        case is SliceType: return 24
        case is InterfaceType: return 16
        case let a as ArrayType: return Int(a.len) * size(a.elem)
        case let s as StructType:
            guard !s.fields.isEmpty else { return 0 }
            let offs = offsets(s)
            var end = offs.last! + size(s.fields.last!.type)
            // A final zero-size field gets padding so &last is not past the object.
            if size(s.fields.last!.type) == 0 && end > 0 { end += 1 }
            return alignUp(end, align(t))
        default: return 8
        }
    }

    public static func align(_ t: GoType) -> Int {
        switch t.underlying {
        case let b as BasicType:
            if b.kind == .string { return 8 }
            if b.kind == .complex64 { return 4 }
            if b.kind == .complex128 { return 8 }
            return max(1, b.size)
        case let a as ArrayType: return align(a.elem)
        case let s as StructType: return s.fields.map { align($0.type) }.max() ?? 1
        default: return 8
        }
    }

    public static func offsets(_ s: StructType) -> [Int] {
        var off = 0
        return s.fields.map { f in
            off = alignUp(off, align(f.type))
            defer { off += size(f.type) }
            return off
        }
    }

    public static func alignUp(_ n: Int, _ a: Int) -> Int { (n + a - 1) / a * a }
}
