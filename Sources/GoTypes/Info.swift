// What the checker learns about a package, for the code generator: the type
// and constant value of every expression, and the object of every identifier
// (go/types.Info's shape).
import GoSyntax

public enum OperandMode: Sendable {
    case invalid      // an erroneous expression
    case novalue      // a call of a function without results
    case builtin      // a builtin function name
    case typexpr      // a type
    case constant     // a compile-time constant
    case variable     // an addressable value
    case mapindex     // m[k]: assignable, not addressable
    case value        // any other value
    case commaok      // a value that may be used in `v, ok :=` form
}

public struct TypeAndValue {
    public let mode: OperandMode
    public var type: GoType
    public var value: ConstValue?
    public var isType: Bool { mode == .typexpr }
}

public final class Info {
    public var types: [ObjectIdentifier: TypeAndValue] = [:]
    /// Identifiers that declare an object.
    public var defs: [ObjectIdentifier: Object] = [:]
    /// Identifiers that denote an object.
    public var uses: [ObjectIdentifier: Object] = [:]
    /// Objects a node declares without an identifier, e.g. the variable of
    /// each case of a type switch with `x := y.(type)`.
    public var implicits: [ObjectIdentifier: Object] = [:]
    /// What each field or method selector x.f selects.
    public var selections: [ObjectIdentifier: Selection] = [:]
    /// Generic functions and types used with (explicit or inferred) type
    /// arguments, by the identifier (or selector) that names them.
    public var instances: [ObjectIdentifier: Instance] = [:]
    /// For `x op= y`: the checked binary expression `x op y`.
    public var opAssigns: [ObjectIdentifier: BinaryExpr] = [:]

    public init() {}

    public func typeOf(_ e: Expr) -> GoType? {
        if let tv = types[ObjectIdentifier(e)] { return tv.type }
        if let id = e as? Ident, let obj = objectOf(id) { return obj.type }
        return nil
    }
    public func valueOf(_ e: Expr) -> ConstValue? { types[ObjectIdentifier(e)]?.value }
    public func objectOf(_ id: Ident) -> Object? {
        uses[ObjectIdentifier(id)] ?? defs[ObjectIdentifier(id)]
    }
}

/// One use of a generic function or type: its type arguments and the
/// instantiated type (go/types.Instance).
public struct Instance {
    public let typeArgs: [GoType]
    public let type: GoType
}
