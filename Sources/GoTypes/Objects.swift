// Named language entities (§Declarations and scope): what an identifier denotes.
import GoSyntax

public class Object: CustomStringConvertible {
    public let name: String
    public var type: GoType
    public let pos: Pos
    public weak var pkg: Package?
    init(name: String, type: GoType, pos: Pos, pkg: Package?) {
        self.name = name; self.type = type; self.pos = pos; self.pkg = pkg
    }
    public var description: String { name }
    public var isExported: Bool { GoTypes.isExported(name) }
}

public final class Var: Object {
    public let embedded: Bool
    public let isField: Bool
    public var isParam = false
    /// Set when the variable is read; `declared but not used` otherwise.
    public var used = false
    public init(name: String, type: GoType, pos: Pos, pkg: Package?, embedded: Bool = false, isField: Bool = false) {
        self.embedded = embedded; self.isField = isField
        super.init(name: name, type: type, pos: pos, pkg: pkg)
    }
    /// A package-level variable (as opposed to a local, parameter or field).
    public var isGlobal = false
}

public final class Const: Object {
    public var value: ConstValue
    public init(name: String, type: GoType, pos: Pos, pkg: Package?, value: ConstValue) {
        self.value = value
        super.init(name: name, type: type, pos: pos, pkg: pkg)
    }
}

public final class TypeName: Object {
    public var isAlias = false
}

public final class Func: Object {
    /// The declaration, for functions and methods with source.
    public var decl: FuncDecl?
    public var pragmas: [String] { decl?.pragmas ?? [] }
    public var signature: Signature { type as! Signature }
    /// For methods: the receiver's base named type.
    public var recvNamed: NamedType?
    public var isPointerRecv = false
}

public final class PkgName: Object {
    public let imported: Package
    public var used = false
    public init(name: String, pos: Pos, pkg: Package?, imported: Package) {
        self.imported = imported
        super.init(name: name, type: Universe.invalid, pos: pos, pkg: pkg)
    }
}

public enum BuiltinKind: String, CaseIterable, Sendable {
    case append, cap, close, complex, copy, delete, imag, len, make, new, panic, print, println, real, recover
    // package unsafe
    case add = "Add", alignof = "Alignof", offsetof = "Offsetof", sizeof = "Sizeof", slice = "Slice"
}

public final class Builtin: Object {
    public let kind: BuiltinKind
    init(_ kind: BuiltinKind, pkg: Package? = nil) {
        self.kind = kind
        super.init(name: kind.rawValue, type: Universe.invalid, pos: .none, pkg: pkg)
    }
}

public final class Nil: Object {}

public final class Label: Object {
    public var used = false
}

// MARK: - Scopes and packages

public final class Scope {
    public let parent: Scope?
    public private(set) var elems: [String: Object] = [:]
    /// True for a function's outermost scope (parameters and body share it).
    public let isFunc: Bool
    public init(parent: Scope?, isFunc: Bool = false) { self.parent = parent; self.isFunc = isFunc }

    public func lookup(_ name: String) -> Object? { elems[name] }

    /// The innermost object with the given name, searching outward.
    public func lookupParent(_ name: String) -> (Scope, Object)? {
        var s: Scope? = self
        while let sc = s {
            if let o = sc.elems[name] { return (sc, o) }
            s = sc.parent
        }
        return nil
    }

    /// Inserts obj unless the name is taken; returns the existing object then.
    @discardableResult
    public func insert(_ obj: Object) -> Object? {
        if let old = elems[obj.name] { return old }
        elems[obj.name] = obj
        return nil
    }
}

public final class Package {
    public let path: String
    public var name: String
    public let scope: Scope
    public var imports: [Package] = []
    public var complete = false
    /// Functions with bodies, in source order (methods included).
    public var funcs: [Func] = []
    /// Package-level variables in initialization order, with their initializers.
    public var initOrder: [Initializer] = []
    /// init() functions in source order.
    public var initFuncs: [Func] = []
    public var files: [File] = []

    public init(path: String, name: String) {
        self.path = path
        self.name = name
        self.scope = Scope(parent: Universe.scope)
    }
}

/// `lhs = rhs` for package-level variables: several lhs for `var a, b = f()`.
public struct Initializer {
    public let lhs: [Var]
    public let rhs: Expr
}
