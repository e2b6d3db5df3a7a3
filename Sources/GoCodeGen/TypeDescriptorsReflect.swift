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
            let pkg = s.fields.first(where: { !($0.name.first?.isUppercase ?? true) })?.pkg?.path ?? ""
            return [constString(Array(pkg.utf8)), LLVMConstStructInContext(ctx, &sl, 3, 0)]
        default: return []
        }
    }
}
