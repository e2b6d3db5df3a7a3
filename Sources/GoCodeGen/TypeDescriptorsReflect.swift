// What package reflect reads after a type descriptor (swiftgo_abi.h,
// "Reflection records"): an array's length, a chan's direction, a map's key
// and maptype record, a func's parameter and result types, a struct's fields.
import CLLVM
import GoTypes

extension CodeGen {
    private var sliceTy: LLVMTypeRef { structOf([ptr, i64, i64]) }

    /// The LLVM types of the reflection record after _type (and after an
    /// interface's own trailer, which interfaces already have instead).
    func reflectTrailerTypes(_ t: GoType) -> [LLVMTypeRef] {
        switch t.underlying {
        case is ArrayType, is ChanType: return [i64]
        case is MapType: return [ptr, ptr]
        case is Signature: return [sliceTy, sliceTy, i64]
        case is StructType: return [stringType, sliceTy]
        default: return []
        }
    }

    private func typeSlice(_ ts: [GoType], _ name: String) -> LLVMValueRef {
        var elems: [LLVMValueRef?] = ts.map { typeDescriptor($0) }
        let n = constInt(i64, Int64(elems.count))
        var arr = LLVMConstNull(ptr)!
        if !elems.isEmpty {
            let v = LLVMConstArray2(ptr, &elems, UInt64(elems.count))!
            let g = LLVMGetNamedGlobal(module, name) ?? LLVMAddGlobal(module, LLVMTypeOf(v), name)!
            if LLVMGetInitializer(g) == nil {
                LLVMSetInitializer(g, v); LLVMSetGlobalConstant(g, 1); LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
            }
            arr = g
        }
        var f: [LLVMValueRef?] = [arr, n, n]
        return LLVMConstStructInContext(ctx, &f, 3, 0)
    }

    func reflectTrailer(_ t: GoType, key: String) -> [LLVMValueRef?] {
        switch t.underlying {
        case let a as ArrayType: return [constInt(i64, a.len)]
        case let c as ChanType:
            // reflect.ChanDir: RecvDir 1, SendDir 2, BothDir 3.
            return [constInt(i64, c.dir == .recv ? 1 : c.dir == .send ? 2 : 3)]
        case let m as MapType: return [typeDescriptor(m.key), mapTypeRecord(t)]
        case let s as Signature:
            return [typeSlice(s.params.types, "go.funcin.\(key)"), typeSlice(s.results.types, "go.funcout.\(key)"),
                    constInt(i64, s.variadic ? 1 : 0)]
        case let s as StructType:
            // {name string, typ *_type, offset uintptr, tag string, embedded uintptr}
            let fieldTy = structOf([stringType, ptr, i64, stringType, i64])
            let offs = Layout.offsets(s)
            var entries: [LLVMValueRef?] = s.fields.enumerated().map { i, f in
                var v: [LLVMValueRef?] = [constString(Array(f.name.utf8)), typeDescriptor(f.type), constInt(i64, Int64(offs[i])),
                                          constString(Array((i < s.tags.count ? s.tags[i] : "").utf8)), constInt(i64, f.embedded ? 1 : 0)]
                return LLVMConstNamedStruct(fieldTy, &v, 5)
            }
            let n = constInt(i64, Int64(entries.count))
            var arr = LLVMConstNull(ptr)!
            if !entries.isEmpty {
                let v = LLVMConstArray2(fieldTy, &entries, UInt64(entries.count))!
                let name = "go.fields.\(key)"
                let g = LLVMGetNamedGlobal(module, name) ?? LLVMAddGlobal(module, LLVMTypeOf(v), name)!
                if LLVMGetInitializer(g) == nil {
                    LLVMSetInitializer(g, v); LLVMSetGlobalConstant(g, 1); LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
                }
                arr = g
            }
            var sl: [LLVMValueRef?] = [arr, n, n]
            let pkg = symbolPrefix(s.fields.first(where: { !($0.name.first?.isUppercase ?? true) })?.pkg)
            return [constString(Array(pkg.utf8)), LLVMConstStructInContext(ctx, &sl, 3, 0)]
        default: return []
        }
    }

    /// The type's string as gc's descriptors (and so %T, reflect and panic
    /// messages) spell it: like typeName, but `struct { A int; b string }`,
    /// `interface { M() }` and quoted tags, where go/types writes `struct{...}`.
    func reflectTypeString(_ t: GoType) -> String {
        let s = reflectTypeString
        switch t {
        case let n as NamedType where !n.typeArgs.isEmpty:
            // gc writes type arguments without spaces: main.Pair[string,int].
            let base = typeName(t)
            let name = base.prefix(upTo: base.firstIndex(of: "[") ?? base.endIndex)
            return name + "[" + n.typeArgs.map(s).joined(separator: ",") + "]"
        case is NamedType, is BasicType: return typeName(t)
        case let p as PointerType: return "*" + s(p.elem)
        case let sl as SliceType: return "[]" + s(sl.elem)
        case let a as ArrayType: return "[\(a.len)]" + s(a.elem)
        case let m as MapType: return "map[\(s(m.key))]" + s(m.elem)
        case let c as ChanType:
            switch c.dir {
            case .both: return "chan " + s(c.elem)
            case .send: return "chan<- " + s(c.elem)
            case .recv: return "<-chan " + s(c.elem)
            }
        case let st as StructType:
            if st.fields.isEmpty { return "struct {}" }
            let fs = st.fields.enumerated().map { i, f -> String in
                var r = f.embedded ? s(f.type) : "\(f.name) \(s(f.type))"
                if i < st.tags.count && !st.tags[i].isEmpty { r += " " + goQuote(st.tags[i]) }
                return r
            }
            return "struct { " + fs.joined(separator: "; ") + " }"
        case let sig as Signature:
            let ps = sig.params.vars.enumerated().map { i, v -> String in
                if sig.variadic && i == sig.params.count - 1, let sl = v.type as? SliceType { return "..." + s(sl.elem) }
                return s(v.type)
            }
            var r = "func(" + ps.joined(separator: ", ") + ")"
            let rs = sig.results.types.map(s)
            if rs.count == 1 { r += " " + rs[0] } else if rs.count > 1 { r += " (" + rs.joined(separator: ", ") + ")" }
            return r
        case let it as InterfaceType:
            let ms = (it.isComplete ? it.allMethods : it.methods)
            if ms.isEmpty && it.embeddeds.isEmpty { return "interface {}" }
            if !it.isComplete { return typeName(t) }
            return "interface { " + ms.map { $0.name + s($0.type).dropFirst(4) }.joined(separator: "; ") + " }"
        default: return typeName(t)
        }
    }

    /// strconv.Quote for a struct tag.
    private func goQuote(_ s: String) -> String {
        var r = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": r += "\\\""
            case "\\": r += "\\\\"
            case "\n": r += "\\n"
            case "\t": r += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7f { r += String(format: "\\x%02x", u.value) } else { r.unicodeScalars.append(u) }
            }
        }
        return r + "\""
    }
}
