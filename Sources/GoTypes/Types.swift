// The Go type system, shaped like go/types: every type is an object; basic and
// named types are unique, composite types are compared structurally (identical).

public class GoType: CustomStringConvertible {
    /// The underlying type (§Types): itself for everything but named types.
    public var underlying: GoType { self }
    public var description: String { typeString(self) }
}

public enum BasicKind: Int, Sendable {
    case invalid
    case bool, int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64, complex64, complex128
    case string, unsafePointer
    case untypedBool, untypedInt, untypedRune, untypedFloat, untypedComplex, untypedString, untypedNil

    public var isBoolean: Bool { self == .bool || self == .untypedBool }
    public var isInteger: Bool {
        (rawValue >= BasicKind.int.rawValue && rawValue <= BasicKind.uintptr.rawValue)
            || self == .untypedInt || self == .untypedRune
    }
    public var isUnsigned: Bool { rawValue >= BasicKind.uint.rawValue && rawValue <= BasicKind.uintptr.rawValue }
    public var isFloat: Bool { self == .float32 || self == .float64 || self == .untypedFloat }
    public var isComplex: Bool { self == .complex64 || self == .complex128 || self == .untypedComplex }
    public var isNumeric: Bool { isInteger || isFloat || isComplex }
    public var isString: Bool { self == .string || self == .untypedString }
    public var isUntyped: Bool { rawValue >= BasicKind.untypedBool.rawValue }
    public var isOrdered: Bool { isInteger || isFloat || isString }
    public var isConstType: Bool { isBoolean || isNumeric || isString }
}

public final class BasicType: GoType {
    public let kind: BasicKind
    public let name: String
    init(_ kind: BasicKind, _ name: String) { self.kind = kind; self.name = name }
    /// uint8 for byte, int32 for rune, the name itself for every other basic type.
    public var canonicalName: String { Universe.canonical(kind).name }

    /// Size in bytes on 64-bit targets (amd64, arm64).
    public var size: Int {
        switch kind {
        case .bool, .int8, .uint8: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32, .float32: return 4
        case .int, .int64, .uint, .uint64, .uintptr, .float64, .complex64, .unsafePointer: return 8
        case .complex128, .string: return 16
        default: return 8
        }
    }
}

public final class PointerType: GoType {
    public let elem: GoType
    public init(_ elem: GoType) { self.elem = elem }
}

public final class SliceType: GoType {
    public let elem: GoType
    public init(_ elem: GoType) { self.elem = elem }
}

public final class ArrayType: GoType {
    public let elem: GoType
    public let len: Int64
    public init(_ elem: GoType, _ len: Int64) { self.elem = elem; self.len = len }
}

public final class MapType: GoType {
    public let key: GoType
    public let elem: GoType
    public init(key: GoType, elem: GoType) { self.key = key; self.elem = elem }
}

public enum ChanDirection: Sendable { case both, send, recv }

public final class ChanType: GoType {
    public let dir: ChanDirection
    public let elem: GoType
    public init(_ dir: ChanDirection, _ elem: GoType) { self.dir = dir; self.elem = elem }
}

public final class StructType: GoType {
    public let fields: [Var]
    public let tags: [String]
    public init(fields: [Var], tags: [String]) { self.fields = fields; self.tags = tags }
}

/// The parameter or result list of a signature, or a multi-value expression.
public final class TupleType: GoType {
    public let vars: [Var]
    public init(_ vars: [Var]) { self.vars = vars }
    public var count: Int { vars.count }
    public var types: [GoType] { vars.map { $0.type } }
}

public final class Signature: GoType {
    public let recv: Var?
    public let params: TupleType
    public let results: TupleType
    /// The last parameter is `...T`, with type []T.
    public let variadic: Bool
    /// A generic function's type parameters (empty once instantiated).
    public var typeParams: [NamedType] = []
    public init(recv: Var?, params: TupleType, results: TupleType, variadic: Bool) {
        self.recv = recv; self.params = params; self.results = results; self.variadic = variadic
    }
}

public final class InterfaceType: GoType {
    /// Explicitly declared methods.
    public var methods: [Func]
    public var embeddeds: [GoType]
    /// Every method including embedded ones, sorted by name (computed once complete).
    public var allMethods: [Func] = []
    public var isComplete = false
    public init(methods: [Func], embeddeds: [GoType]) { self.methods = methods; self.embeddeds = embeddeds }
    public var isEmpty: Bool { allMethods.isEmpty && isComplete }
}

public final class NamedType: GoType {
    public let obj: TypeName
    /// Set once the declaration is resolved.
    public var resolved: GoType?
    public var methods: [Func] = []
    /// A generic type's type parameters (see Generics.swift).
    public var typeParams: [NamedType] = []
    /// For an instance `List[int]`: the generic type and the type arguments.
    public internal(set) var origin: NamedType?
    public internal(set) var typeArgs: [GoType] = []
    var instances: [NamedType] = []
    var instanceMethods: [Func]?
    public init(obj: TypeName, underlying: GoType?) { self.obj = obj; self.resolved = underlying }
    public override var underlying: GoType {
        if resolved == nil && origin != nil { expandInstance() }
        var t: GoType = resolved ?? Universe.invalid
        var guardCount = 0
        while let n = t as? NamedType, guardCount < 100 { t = n.resolved ?? Universe.invalid; guardCount += 1 }
        return t
    }
}

// MARK: - Predicates

public extension GoType {
    var basic: BasicType? { underlying as? BasicType }
    var isInvalid: Bool { (self as? BasicType)?.kind == .invalid }
    var isUntyped: Bool { (self as? BasicType)?.kind.isUntyped ?? false }
    var isBoolean: Bool { basic?.kind.isBoolean ?? false }
    var isInteger: Bool { basic?.kind.isInteger ?? false }
    var isUnsigned: Bool { basic?.kind.isUnsigned ?? false }
    var isFloat: Bool { basic?.kind.isFloat ?? false }
    var isComplex: Bool { basic?.kind.isComplex ?? false }
    var isNumeric: Bool { basic?.kind.isNumeric ?? false }
    var isString: Bool { basic?.kind.isString ?? false }
    var isOrdered: Bool { basic?.kind.isOrdered ?? false }
    var isConstType: Bool { basic?.kind.isConstType ?? false }
    var isInterface: Bool { underlying is InterfaceType }
    var isNamed: Bool { self is NamedType || (self is BasicType && !isUntyped) }
}

/// Type identity (§Type identity).
public func identical(_ x: GoType, _ y: GoType) -> Bool {
    if x === y { return true }
    switch (x, y) {
    case let (a as BasicType, b as BasicType):
        return a.kind == b.kind
    case let (a as PointerType, b as PointerType):
        return identical(a.elem, b.elem)
    case let (a as SliceType, b as SliceType):
        return identical(a.elem, b.elem)
    case let (a as ArrayType, b as ArrayType):
        return a.len == b.len && identical(a.elem, b.elem)
    case let (a as MapType, b as MapType):
        return identical(a.key, b.key) && identical(a.elem, b.elem)
    case let (a as ChanType, b as ChanType):
        return a.dir == b.dir && identical(a.elem, b.elem)
    case let (a as StructType, b as StructType):
        guard a.fields.count == b.fields.count else { return false }
        for (i, (f, g)) in zip(a.fields, b.fields).enumerated() {
            if f.name != g.name || f.embedded != g.embedded || a.tags[i] != b.tags[i] || !identical(f.type, g.type) { return false }
            if !isExported(f.name) && f.pkg !== g.pkg { return false }
        }
        return true
    case let (a as TupleType, b as TupleType):
        guard a.count == b.count else { return false }
        return zip(a.vars, b.vars).allSatisfy { identical($0.type, $1.type) }
    case let (a as Signature, b as Signature):
        return a.variadic == b.variadic && identical(a.params, b.params) && identical(a.results, b.results)
    case let (a as NamedType, b as NamedType):
        // Two instances of one generic type with identical type arguments.
        guard let o = a.origin, o === b.origin, a.typeArgs.count == b.typeArgs.count else { return false }
        return zip(a.typeArgs, b.typeArgs).allSatisfy { identical($0, $1) }
    case let (a as InterfaceType, b as InterfaceType):
        guard a.allMethods.count == b.allMethods.count else { return false }
        return zip(a.allMethods, b.allMethods).allSatisfy { $0.name == $1.name && identical($0.type, $1.type) }
    default:
        return false
    }
}

public func isExported(_ name: String) -> Bool {
    guard let c = name.unicodeScalars.first else { return false }
    return c.properties.isUppercase
}

/// Whether values of the type can be compared with == (§Comparison operators).
public func isComparable(_ t: GoType) -> Bool {
    switch t.underlying {
    case let b as BasicType: return b.kind != .untypedNil
    case is PointerType, is ChanType, is InterfaceType: return true
    case let s as StructType: return s.fields.allSatisfy { isComparable($0.type) }
    case let a as ArrayType: return isComparable(a.elem)
    case let b as TypeParamBound: return b.isComparableBound
    default: return false
    }
}

/// The default type of an untyped constant (§Constants).
public func defaultType(_ t: GoType) -> GoType {
    guard let b = t as? BasicType else { return t }
    switch b.kind {
    case .untypedBool: return Universe.bool
    case .untypedInt: return Universe.int
    case .untypedRune: return Universe.rune
    case .untypedFloat: return Universe.float64
    case .untypedComplex: return Universe.complex128
    case .untypedString: return Universe.string
    default: return t
    }
}

// MARK: - Printing, as gc's diagnostics and %T show types

/// While a package is being checked, the default rendering of types (the one messages use) leaves
/// that package's own names unqualified, as types2's qualifier does in gc's diagnostics.
public enum MessageQualifier {
    @TaskLocal public static var package: ObjectIdentifier?
}

/// paramNames: false drops the names of parameters and results, as reflect's type strings do
/// (func() (ok bool) and func() bool are one type).
/// namedSuffix, when given, is appended to every named type's name (the code generator tells
/// apart two local types of one name with it).
public func typeString(_ t: GoType, qualifier: ((Package) -> String?)? = nil, paramNames: Bool = true,
                       namedSuffix: ((NamedType) -> String)? = nil) -> String {
    func q(_ pkg: Package?) -> String {
        guard let pkg else { return "" }
        if let qualifier { return qualifier(pkg).map { $0 + "." } ?? "" }
        if let current = MessageQualifier.package, current == ObjectIdentifier(pkg) { return "" }
        return pkg.name + "."
    }
    func s(_ t: GoType) -> String { typeString(t, qualifier: qualifier, paramNames: paramNames, namedSuffix: namedSuffix) }
    func tuple(_ tt: TupleType, variadic: Bool) -> String {
        var parts: [String] = []
        for (i, v) in tt.vars.enumerated() {
            var ty = s(v.type)
            if variadic && i == tt.count - 1, let sl = v.type as? SliceType { ty = "..." + s(sl.elem) }
            parts.append(v.name.isEmpty || !paramNames ? ty : "\(v.name) \(ty)")
        }
        return "(" + parts.joined(separator: ", ") + ")"
    }
    switch t {
    case let b as BasicType:
        switch b.kind {
        case .untypedBool: return "untyped bool"
        case .untypedInt: return "untyped int"
        case .untypedRune: return "untyped rune"
        case .untypedFloat: return "untyped float"
        case .untypedComplex: return "untyped complex"
        case .untypedString: return "untyped string"
        case .untypedNil: return "untyped nil"
        default:
            // byte and rune keep their names in diagnostics only; reflect says uint8 and int32.
            if qualifier == nil && MessageQualifier.package != nil { return b.name }
            return b.canonicalName
        }
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
        let fs = st.fields.enumerated().map { i, f -> String in
            var r = f.embedded ? s(f.type) : "\(f.name) \(s(f.type))"
            if !st.tags[i].isEmpty { r += " \"\(st.tags[i])\"" }
            return r
        }
        return "struct{" + fs.joined(separator: "; ") + "}"
    case let tt as TupleType: return tuple(tt, variadic: false)
    case let sig as Signature:
        var r = "func" + tuple(sig.params, variadic: sig.variadic)
        if sig.results.count == 1 && (sig.results.vars[0].name.isEmpty || !paramNames) { r += " " + s(sig.results.vars[0].type) }
        else if sig.results.count > 0 { r += " " + tuple(sig.results, variadic: false) }
        return r
    case let i as InterfaceType where qualifier == nil && MessageQualifier.package != nil:
        // types2's spelling: any, interface{}, interface{M(); N(); E} (explicit methods, then embeddeds).
        if i === Universe.emptyInterface { return "any" }
        let ms = i.methods.sorted { $0.name < $1.name }.map { $0.name + s($0.type).dropFirst(4) }
        return "interface{" + (ms + i.embeddeds.map(s)).joined(separator: "; ") + "}"
    case let b as TypeParamBound where b.terms != nil:
        return b.termList.map { ($0.1 ? "~" : "") + s($0.0) }.joined(separator: " | ")
    case let i as InterfaceType:
        if i.allMethods.isEmpty && i.embeddeds.isEmpty && i.methods.isEmpty { return "interface {}" }
        let ms = (i.isComplete ? i.allMethods : i.methods).map { m -> String in
            let sig = s(m.type)
            return m.name + sig.dropFirst(4)
        }
        return "interface {" + ms.joined(separator: "; ") + "}"
    case let n as NamedType:
        let args = n.typeArgs.isEmpty ? "" : "[" + n.typeArgs.map(s).joined(separator: ", ") + "]"
        if n.obj.pkg == nil || n.resolved is TypeParamBound { return n.obj.name + args }
        return q(n.obj.pkg) + n.obj.name + (namedSuffix?(n) ?? "") + args
    default:
        return "?"
    }
}
