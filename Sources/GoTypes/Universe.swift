// The universe block (§Predeclared identifiers).
import GoSyntax

public enum Universe {
    public static let invalid = BasicType(.invalid, "invalid type")
    public static let bool = BasicType(.bool, "bool")
    public static let int = BasicType(.int, "int")
    public static let int8 = BasicType(.int8, "int8")
    public static let int16 = BasicType(.int16, "int16")
    public static let int32 = BasicType(.int32, "int32")
    public static let int64 = BasicType(.int64, "int64")
    public static let uint = BasicType(.uint, "uint")
    public static let uint8 = BasicType(.uint8, "uint8")
    public static let uint16 = BasicType(.uint16, "uint16")
    public static let uint32 = BasicType(.uint32, "uint32")
    public static let uint64 = BasicType(.uint64, "uint64")
    public static let uintptr = BasicType(.uintptr, "uintptr")
    public static let float32 = BasicType(.float32, "float32")
    public static let float64 = BasicType(.float64, "float64")
    public static let complex64 = BasicType(.complex64, "complex64")
    public static let complex128 = BasicType(.complex128, "complex128")
    public static let string = BasicType(.string, "string")
    public static let unsafePointer = BasicType(.unsafePointer, "unsafe.Pointer")
    public static let untypedBool = BasicType(.untypedBool, "untyped bool")
    public static let untypedInt = BasicType(.untypedInt, "untyped int")
    public static let untypedRune = BasicType(.untypedRune, "untyped rune")
    public static let untypedFloat = BasicType(.untypedFloat, "untyped float")
    public static let untypedComplex = BasicType(.untypedComplex, "untyped complex")
    public static let untypedString = BasicType(.untypedString, "untyped string")
    public static let untypedNil = BasicType(.untypedNil, "untyped nil")

    /// `byte` and `rune` are aliases of uint8 and int32: identical to them (identity compares basic
    /// kinds), but distinct objects, so that diagnostics say byte and rune where the source does, as
    /// types2's universeByte and universeRune do. Reflect strings and descriptors use the canonical name.
    public static let byte = BasicType(.uint8, "byte")
    public static let rune = BasicType(.int32, "rune")

    /// The universe's own type for a basic kind (uint8 for byte).
    static func canonical(_ kind: BasicKind) -> BasicType {
        switch kind {
        case .uint8: return uint8
        case .int32: return int32
        default: return basicsByKind[kind.rawValue]
        }
    }
    private static let basicsByKind: [BasicType] = [invalid, bool, int, int8, int16, int32, int64, uint, uint8, uint16,
                                                     uint32, uint64, uintptr, float32, float64, complex64, complex128,
                                                     string, unsafePointer, untypedBool, untypedInt, untypedRune,
                                                     untypedFloat, untypedComplex, untypedString, untypedNil]

    public static let errorType: NamedType = {
        let obj = TypeName(name: "error", type: invalid, pos: .none, pkg: nil)
        let named = NamedType(obj: obj, underlying: nil)
        obj.type = named
        let results = TupleType([Var(name: "", type: string, pos: .none, pkg: nil)])
        let sig = Signature(recv: nil, params: TupleType([]), results: results, variadic: false)
        let m = Func(name: "Error", type: sig, pos: .none, pkg: nil)
        let iface = InterfaceType(methods: [m], embeddeds: [])
        iface.allMethods = [m]
        iface.isComplete = true
        named.resolved = iface
        return named
    }()

    public static let emptyInterface: InterfaceType = {
        let i = InterfaceType(methods: [], embeddeds: [])
        i.isComplete = true
        return i
    }()

    /// interface{} as panic's parameter and recover's result: messages spell it interface{}, while
    /// emptyInterface, the type of any, is spelled any (types2 keeps the two apart the same way).
    public static let unnamedEmptyInterface: InterfaceType = {
        let i = InterfaceType(methods: [], embeddeds: [])
        i.isComplete = true
        return i
    }()

    public static let anyType: TypeName = {
        let t = TypeName(name: "any", type: emptyInterface, pos: .none, pkg: nil)
        t.isAlias = true
        return t
    }()

    public static let comparableType: NamedType = {
        let obj = TypeName(name: "comparable", type: invalid, pos: .none, pkg: nil)
        let named = NamedType(obj: obj, underlying: nil)
        obj.type = named
        let i = InterfaceType(methods: [], embeddeds: [])
        i.isComplete = true
        named.resolved = i
        return named
    }()

    public static let scope: Scope = {
        let s = Scope(parent: nil)
        let basics: [BasicType] = [bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64,
                                   uintptr, float32, float64, complex64, complex128, string]
        for b in basics { s.insert(TypeName(name: b.name, type: b, pos: .none, pkg: nil)) }
        let byteName = TypeName(name: "byte", type: byte, pos: .none, pkg: nil); byteName.isAlias = true
        let runeName = TypeName(name: "rune", type: rune, pos: .none, pkg: nil); runeName.isAlias = true
        s.insert(byteName); s.insert(runeName)
        s.insert(errorType.obj)
        s.insert(anyType)
        s.insert(comparableType.obj)
        s.insert(Const(name: "true", type: untypedBool, pos: .none, pkg: nil, value: .bool(true)))
        s.insert(Const(name: "false", type: untypedBool, pos: .none, pkg: nil, value: .bool(false)))
        s.insert(Const(name: "iota", type: untypedInt, pos: .none, pkg: nil, value: .int(0)))
        s.insert(Nil(name: "nil", type: untypedNil, pos: .none, pkg: nil))
        let universal: [BuiltinKind] = [.append, .cap, .close, .complex, .copy, .delete, .imag, .len, .make,
                                        .new, .panic, .print, .println, .real, .recover]
        for k in universal { s.insert(Builtin(k)) }
        return s
    }()

    public static let iota = scope.lookup("iota") as! Const
}
