// An operand: the result of checking an expression (types2's operand).
import GoSyntax

struct Operand {
    var mode: OperandMode
    var type: GoType
    var val: ConstValue?
    var expr: Expr?
    var builtin: BuiltinKind?

    static func invalid(_ e: Expr?) -> Operand { Operand(mode: .invalid, type: Universe.invalid, val: nil, expr: e) }
    var isNil: Bool { (type as? BasicType)?.kind == .untypedNil }
}

extension Checker {
    /// types2's operand description (operand.String without the expression): `variable of type
    /// int`, `untyped int constant 3`, `untyped bool value`, `map index expression of type int`.
    func operandDescription(_ x: Operand) -> String {
        let mode: String
        switch x.mode {
        case .invalid: return "invalid operand"
        case .novalue: return "no value"
        case .builtin: return "built-in"
        case .typexpr: return "type"
        case .constant: mode = "constant"
        case .variable: mode = "variable"
        case .mapindex: mode = "map index expression"
        case .value: mode = "value"
        case .commaok: mode = "comma, ok expression"
        }
        if x.isNil { return "untyped nil" }
        var r = x.type.isUntyped ? "\(x.type) \(mode)" : mode
        if x.mode == .constant, let v = x.val {
            let vs = "\(v)"
            if !(x.expr.map { exprString($0) == vs } ?? false) { r += " " + vs }
        }
        if !x.type.isUntyped { r += x.type.isInvalid ? " with invalid type" : " of type \(x.type)" }
        return r
    }

    /// `x (variable of type int)`, or just `nil`.
    func describe(_ x: Operand) -> String {
        guard let e = x.expr else { return operandDescription(x) }
        if x.isNil { return "nil" }
        return "\(exprString(e)) (\(operandDescription(x)))"
    }
}

/// Source-like rendering of an expression for messages (go/types ExprString).
public func exprString(_ e: Expr) -> String {
    switch e {
    case let id as Ident: return id.name
    case let b as BasicLit: return b.value
    case let p as ParenExpr: return "(" + exprString(p.x) + ")"
    case let s as SelectorExpr: return exprString(s.x) + "." + s.sel.name
    case let i as IndexExpr: return exprString(i.x) + "[" + exprString(i.index) + "]"
    case let i as IndexListExpr: return exprString(i.x) + "[" + i.indices.map(exprString).joined(separator: ", ") + "]"
    case let s as SliceExpr:
        var r = exprString(s.x) + "["
        if let l = s.low { r += exprString(l) }
        r += ":"
        if let h = s.high { r += exprString(h) }
        if s.slice3 { r += ":"; if let m = s.max { r += exprString(m) } }
        return r + "]"
    case let t as TypeAssertExpr: return exprString(t.x) + ".(" + (t.type.map(exprString) ?? "type") + ")"
    case let c as CallExpr:
        return exprString(c.fun) + "(" + c.args.map(exprString).joined(separator: ", ") + (c.hasEllipsis ? "..." : "") + ")"
    case let s as StarExpr: return "*" + exprString(s.x)
    case let u as UnaryExpr: return u.op.description + exprString(u.x)
    case let b as BinaryExpr: return exprString(b.x) + " " + b.op.description + " " + exprString(b.y)
    case let kv as KeyValueExpr: return exprString(kv.key) + ": " + exprString(kv.value)
    case let c as CompositeLit: return (c.type.map(exprString) ?? "") + (c.elts.isEmpty ? "{}" : "{…}")
    case is FuncLit: return "func literal"
    case let a as GoSyntax.ArrayType: return "[" + (a.len.map(exprString) ?? "") + "]" + exprString(a.elt)
    case let e as Ellipsis: return "..." + (e.elt.map(exprString) ?? "")
    case let m as GoSyntax.MapType: return "map[" + exprString(m.key) + "]" + exprString(m.value)
    case let c as GoSyntax.ChanType:
        switch c.dir {
        case .both: return "chan " + exprString(c.value)
        case .send: return "chan<- " + exprString(c.value)
        case .recv: return "<-chan " + exprString(c.value)
        }
    case is GoSyntax.StructType: return "struct{...}"
    case is GoSyntax.InterfaceType: return "interface{...}"
    case is FuncType: return "func(...)"
    default: return "_"
    }
}
