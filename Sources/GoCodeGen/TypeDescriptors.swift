// Type descriptors (runtime._type, see swiftgo_abi.h), emitted once per type
// as `type.<name>`, and conversion of values to interfaces.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    /// reflect.Kind numbering, as the runtime's kind* constants.
    func kindOf(_ t: GoType) -> Int64 {
        switch t.underlying {
        case let bt as BasicType:
            switch bt.kind {
            case .bool: return 1
            case .int: return 2
            case .int8: return 3
            case .int16: return 4
            case .int32: return 5
            case .int64: return 6
            case .uint: return 7
            case .uint8: return 8
            case .uint16: return 9
            case .uint32: return 10
            case .uint64: return 11
            case .uintptr: return 12
            case .float32: return 13
            case .float64: return 14
            case .complex64: return 15
            case .complex128: return 16
            case .string: return 24
            case .unsafePointer: return 26
            default: return 0
            }
        case is ArrayType: return 17
        case is ChanType: return 18
        case is Signature: return 19
        case is InterfaceType: return 20
        case is MapType: return 21
        case is PointerType: return 22
        case is SliceType: return 23
        case is StructType: return 25
        default: return 0
        }
    }

    func typeName(_ t: GoType) -> String {
        typeString(t, qualifier: { $0.name }, paramNames: false)   // %T shows package names, as reflect does
    }

    /// The name of t in symbols (descriptors, itabs, hash and equality
    /// functions, wrappers), unique in the program: package paths instead of
    /// names, and a type declared inside a function carries its declaration's
    /// position, as gc's "T·1" does, so two local types named T stay two types.
    func typeKey(_ t: GoType) -> String {
        typeString(t, qualifier: { $0.path }, paramNames: false, namedSuffix: localTypeSuffix)
    }

    func localTypeSuffix(_ n: NamedType) -> String {
        let obj = n.origin?.obj ?? n.obj
        guard let pkg = obj.pkg, pkg.scope.lookup(obj.name) !== obj else { return "" }
        return "\u{B7}\(obj.pos.raw)"
    }

    /// What tells apart types whose reflect strings coincide: struct{ int } and struct{ Int }
    /// (type Int = int) differ in their embedded field's name, which the string does not show.
    func embeddedAliasSuffix(_ t: GoType) -> String {
        func walk(_ t: GoType) -> String {
            switch t {
            case let p as PointerType: return walk(p.elem)
            case let s as SliceType: return walk(s.elem)
            case let a as ArrayType: return walk(a.elem)
            case let m as MapType: return walk(m.key) + walk(m.elem)
            case let c as ChanType: return walk(c.elem)
            case let sig as Signature: return (sig.params.types + sig.results.types).map(walk).joined()
            case let s as StructType:
                return s.fields.map { f -> String in
                    var r = walk(f.type)
                    if f.embedded {
                        let base = (f.type as? PointerType)?.elem ?? f.type
                        let natural = (base as? NamedType)?.obj.name ?? (base as? BasicType)?.canonicalName
                        if natural != f.name { r += "\u{B7}" + f.name }
                    }
                    return r
                }.joined()
            default: return ""   // named types are told apart by their names
            }
        }
        return walk(t)
    }

    /// The descriptor global for t.
    func typeDescriptor(_ t: GoType) -> LLVMValueRef {
        let name = typeName(t)
        let key = typeKey(t) + embeddedAliasSuffix(t)
        if let g = typeDescriptors[key] { return g }
        let nameField = constString(Array(reflectTypeString(t).utf8))   // gc's spelling (TypeDescriptorsReflect.swift)
        let isNamed: Int64 = t is NamedType || t is BasicType ? 4 : 0
        let elemType: GoType? = (t.underlying as? PointerType)?.elem ?? (t.underlying as? SliceType)?.elem
            ?? (t.underlying as? ArrayType)?.elem ?? (t.underlying as? ChanType)?.elem
            ?? (t.underlying as? MapType)?.elem
        // Reserve the global first: an element type may refer back to t.
        // Then the method table and ptrToThis; interfaces append their methods (GenInterface.swift).
        let fieldTypes: [LLVMTypeRef] = [i64, i64, i32, i8, i8, i8, i8, ptr, ptr, ptr, stringType, ptr, ptr, ptr] + descriptorTrailerTypes(t) + reflectTrailerTypes(t)
        let st = structOf(fieldTypes)
        let g = LLVMAddGlobal(module, st, "type.\(key)")!
        typeDescriptors[key] = g
        let elem = elemType.map { typeDescriptor($0) } ?? LLVMConstNull(ptr)
        let alg = typeAlg(t)   // Alg.swift: equal and hash, or NULL
        let gc = gcDataFields(t)   // GCData.swift: the collector's pointer bitmap
        var fields: [LLVMValueRef?] = [
            constInt(i64, sizeOf(t)), gc.ptrdata, constInt(i32, Int64(fnv32(name))),
            constInt(i8, isNamed), constInt(i8, Int64(Layout.align(t))), constInt(i8, Int64(Layout.align(t))),
            constInt(i8, kindOf(t)), alg.equal, alg.hash, gc.gcdata, nameField, elem,
        ]
        fields += [uncommonTable(t), ptrToThis(t)] + descriptorTrailer(t) + reflectTrailer(t, key: key)
        LLVMSetInitializer(g, LLVMConstNamedStruct(st, &fields, UInt32(fields.count)))
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
        return g
    }

    /// The descriptor of *t for named non-pointer types, so that
    /// reflect.PointerTo and reflect.New find *T with its method set (as gc's
    /// ptrToThis); reflect builds a method-less *T at run time for the others.
    func ptrToThis(_ t: GoType) -> LLVMValueRef {
        guard t is NamedType, !(t.underlying is PointerType), !(t.underlying is InterfaceType) else { return LLVMConstNull(ptr) }
        return typeDescriptor(PointerType(t))
    }

    /// An empty-interface value {type, data} holding v: pointer-shaped values
    /// are stored directly, others are boxed in a new heap object.
    func toInterface(_ v: LLVMValueRef, from t: GoType, to target: GoType) throws -> LLVMValueRef {
        // Interface to interface, nil, and non-empty targets: GenInterface.swift.
        if let r = try convertToInterface(v, from: t, to: target) { return r }
        let desc = typeDescriptor(t)
        let data = interfaceDataWord(v, t)
        var r = LLVMGetUndef(structOf([ptr, ptr]))!
        r = LLVMBuildInsertValue(b, r, desc, 0, "")!
        return LLVMBuildInsertValue(b, r, data, 1, "")!
    }
}

/// FNV-1a, the type hash (Go uses its own hash; only consistency matters).
func fnv32(_ s: String) -> UInt32 {
    var h: UInt32 = 2166136261
    for c in s.utf8 { h = (h ^ UInt32(c)) &* 16777619 }
    return h
}
