// Pointer bitmaps for type descriptors (runtime._type.ptrdata and .gcdata),
// which let the collector scan heap objects precisely (Runtime/mgcmark.c).
//
// As in Go: ptrdata is the length in bytes of the prefix of a value that can
// hold pointers (up to the end of its last pointer word), and gcdata has one
// bit per pointer-sized word of that prefix, least significant bit first,
// set when the word holds a pointer. A string's data, a slice's array, both
// words of an interface, and pointer-shaped values (pointers, maps, chans,
// funcs, unsafe.Pointer) are pointers; everything else is not.
import CLLVM
import GoTypes

enum GCData {
    /// The indices of the pointer words of a value of type t, in order.
    static func pointerWords(_ t: GoType) -> [Int] {
        var words: [Int] = []
        collect(t, at: 0, into: &words)
        return words
    }

    private static func collect(_ t: GoType, at word: Int, into words: inout [Int]) {
        switch t.underlying {
        case let b as BasicType:
            if b.kind == .string || b.kind == .unsafePointer { words.append(word) }
        case is PointerType, is MapType, is ChanType, is Signature, is SliceType:
            words.append(word)
        case is InterfaceType:
            words.append(word)
            words.append(word + 1)
        case let a as ArrayType:
            let elemWords = Layout.size(a.elem) / 8
            let inner = pointerWords(a.elem)
            guard !inner.isEmpty, a.len > 0 else { return }
            for i in 0..<Int(a.len) {
                for w in inner { words.append(word + i * elemWords + w) }
            }
        case let s as StructType:
            for (f, off) in zip(s.fields, Layout.offsets(s)) where off % 8 == 0 {
                collect(f.type, at: word + off / 8, into: &words)
            }
        default:
            break
        }
    }

    /// ptrdata and the gcdata bytes of t (empty when t has no pointers).
    static func bitmap(_ t: GoType) -> (ptrdata: Int64, bits: [UInt8]) {
        let words = pointerWords(t)
        guard let last = words.last else { return (0, []) }
        var bits = [UInt8](repeating: 0, count: last / 8 + 1)
        for w in words { bits[w / 8] |= UInt8(1) << UInt8(w % 8) }
        return (Int64(last + 1) * 8, bits)
    }
}

extension CodeGen {
    /// (ptrdata, gcdata) constants for t's descriptor; gcdata is a shared
    /// constant byte array per distinct bitmap, NULL when t has no pointers.
    func gcDataFields(_ t: GoType) -> (ptrdata: LLVMValueRef, gcdata: LLVMValueRef) {
        let (ptrdata, bits) = GCData.bitmap(t)
        guard !bits.isEmpty else { return (constInt(i64, 0), LLVMConstNull(ptr)) }
        let name = "runtime.gcbits." + bits.map { String($0, radix: 16) }.joined(separator: ".")
        if let g = LLVMGetNamedGlobal(module, name) { return (constInt(i64, ptrdata), g) }
        var elems: [LLVMValueRef?] = bits.map { constInt(i8, Int64($0)) }
        let arr = LLVMConstArray2(i8, &elems, UInt64(elems.count))!
        let g = LLVMAddGlobal(module, LLVMTypeOf(arr), name)!
        LLVMSetInitializer(g, arr)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
        LLVMSetAlignment(g, 1)
        return (constInt(i64, ptrdata), g)
    }
}
