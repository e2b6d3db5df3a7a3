// Type expressions (§Types): from syntax to GoType.
import GoSyntax
import BigInt

extension Checker {
    /// The type denoted by e; reports an error and returns invalid otherwise.
    func typExpr(_ e: Expr) -> GoType {
        var t = typInternal(e)
        // (G[T] inside G's own methods is G itself: instantiated, not bare.)
        if let n = t as? NamedType, !n.typeParams.isEmpty, !(e is IndexExpr || e is IndexListExpr) {
            error(e.pos, "cannot use generic type \(n.obj.name) without instantiation")
            t = Universe.invalid
        }
        info.types[ObjectIdentifier(e)] = TypeAndValue(mode: .typexpr, type: t, value: nil)
        return t
    }

    /// A type that may be generic: the base of an instantiation G[A].
    func typExprGeneric(_ e: Expr) -> GoType {
        let t = typInternal(e)
        info.types[ObjectIdentifier(e)] = TypeAndValue(mode: .typexpr, type: t, value: nil)
        return t
    }

    private func typInternal(_ e: Expr) -> GoType {
        switch e {
        case let id as Ident:
            guard let obj = lookup(id) else { return Universe.invalid }
            guard let tn = obj as? TypeName else {
                if !(obj.type.isInvalid && obj is Var) {
                    let x = ident(id)
                    if x.mode != .invalid { error(id.pos, "\(describe(x)) is not a type") }
                }
                return Universe.invalid
            }
            return tn.type
        case let sel as SelectorExpr:
            guard let pkgId = sel.x as? Ident, let pn = lookup(pkgId) as? PkgName else {
                error(e.pos, "\(exprString(e)) is not a type")
                return Universe.invalid
            }
            pn.used = true
            guard let obj = pn.imported.scope.lookup(sel.sel.name), obj.isExported else {
                error(sel.sel.pos, "undefined: \(pkgId.name).\(sel.sel.name)")
                return Universe.invalid
            }
            info.uses[ObjectIdentifier(sel.sel)] = obj
            guard let tn = obj as? TypeName else {
                error(e.pos, "\(exprString(e)) is not a type")
                return Universe.invalid
            }
            return tn.type
        case let p as ParenExpr:
            return typExpr(p.x)
        case let s as StarExpr:
            return PointerType(typExprIndirect(s.x))
        case let a as GoSyntax.ArrayType:
            guard let lenExpr = a.len else { return SliceType(typExprIndirect(a.elt)) }
            if lenExpr is Ellipsis {
                error(lenExpr.pos, "invalid use of [...] array (outside a composite literal)")
                return Universe.invalid
            }
            let n = arrayLength(lenExpr)
            let elem = typExpr(a.elt)
            return n < 0 ? Universe.invalid : ArrayType(elem, n)
        case let m as GoSyntax.MapType:
            let k = typExprIndirect(m.key)
            let v = typExprIndirect(m.value)
            delayed.append { [unowned self] in
                if !k.isInvalid && !isComparable(k) {
                    let why = k.underlying is TypeParamBound ? " (missing comparable constraint)" : ""
                    self.error(m.key.pos, "invalid map key type \(k)\(why)")
                }
            }
            return MapType(key: k, elem: v)
        case let c as GoSyntax.ChanType:
            let dir: ChanDirection = c.dir == .send ? .send : (c.dir == .recv ? .recv : .both)
            return ChanType(dir, typExprIndirect(c.value))
        case let f as FuncType:
            let outer = scope
            scope = Scope(parent: scope, isFunc: true)
            defer { scope = outer }
            return signature(f, recv: nil)
        case let st as GoSyntax.StructType:
            return structType(st)
        case let it as GoSyntax.InterfaceType:
            return interfaceType(it)
        case let ix as IndexExpr:
            return instantiateType(ix, base: ix.x, indices: [ix.index])
        case let ix as IndexListExpr:
            return instantiateType(ix, base: ix.x, indices: ix.indices)
        case is BadExpr:
            return Universe.invalid
        default:
            error(e.pos, "\(exprString(e)) is not a type")
            return Universe.invalid
        }
    }

    /// A type in a position where a recursive reference is allowed (behind a
    /// pointer, slice, map, chan or func): a named type still being declared is fine.
    func typExprIndirect(_ e: Expr) -> GoType {
        typExpr(e)
    }

    func arrayLength(_ e: Expr) -> Int64 {
        // A name that is not a constant may be a type parameter list missing its constraint.
        if let id = e as? Ident, let obj = scope.lookupParent(id.name)?.1, !(obj is Const) {
            error(id.pos, "invalid array length \(id.name)")
            return -1
        }
        var x = expr(e)
        if x.mode != .constant {
            if x.mode != .invalid { error(e.pos, "array length \(exprString(e)) (\(operandDescription(x))) must be constant") }
            return -1
        }
        if x.type.isUntyped || x.type.isInteger {
            if let v = x.val?.asInteger, v <= BigInt(Int64.max) {
                if v < 0 { error(e.pos, "invalid array length \(describe(x))"); return -1 }
                convertUntyped(&x, Universe.int)
                return Int64(v)
            }
        }
        error(e.pos, "array length \(exprString(e)) (\(operandDescription(x))) must be integer")
        return -1
    }

    func signature(_ f: FuncType, recv: Var?) -> Signature {
        var params: [Var] = []
        var paramTypes: [(Field, GoType)] = []
        var variadic = false
        for (i, field) in f.params.fields.enumerated() {
            var texpr = field.type
            if let ell = texpr as? Ellipsis, let elt = ell.elt {
                if i == f.params.fields.count - 1 && field.names.count <= 1 { variadic = true }
                else { error(ell.pos, "can only use ... with final parameter in list") }
                texpr = elt
            }
            var t = varType(texpr)
            if texpr !== field.type { t = SliceType(t); info.types[ObjectIdentifier(field.type)] = TypeAndValue(mode: .typexpr, type: t, value: nil) }
            paramTypes.append((field, t))
        }
        var resultTypes: [(Field, GoType)] = []
        for field in f.results?.fields ?? [] {
            if let ell = field.type as? Ellipsis { error(ell.pos, "can only use ... with final parameter in list") }
            resultTypes.append((field, varType(field.type)))
        }
        // Names are declared after every type is resolved: in
        // `func(url string, v url.Values)` url still names the package.
        for (field, t) in paramTypes { params.append(contentsOf: declareParams(field, t)) }
        var results: [Var] = []
        for (field, t) in resultTypes { results.append(contentsOf: declareParams(field, t)) }
        return Signature(recv: recv, params: TupleType(params), results: TupleType(results), variadic: variadic)
    }

    private func declareParams(_ field: Field, _ t: GoType) -> [Var] {
        if field.names.isEmpty {
            let v = Var(name: "", type: t, pos: field.pos, pkg: pkg)
            v.isParam = true
            return [v]
        }
        return field.names.map { id in
            let v = Var(name: id.name, type: t, pos: id.pos, pkg: pkg)
            v.isParam = true
            v.used = true
            info.defs[ObjectIdentifier(id)] = v
            if !id.isBlank, let old = scope.insert(v) { redeclared(id, old) }
            return v
        }
    }

    func structType(_ st: GoSyntax.StructType) -> StructType {
        var fields: [Var] = []
        var tags: [String] = []
        var seen: [String: Pos] = [:]
        for field in st.fields.fields {
            let t = varType(field.type)
            let tag = field.tag.map { String(decoding: unquoteString($0.value) ?? [], as: UTF8.self) } ?? ""
            if field.names.isEmpty {
                // Embedded field: T, *T, pkg.T, *pkg.T; the name is the type name.
                var base: Expr = field.type
                if let s = base as? StarExpr { base = s.x }
                if let ix = base as? IndexExpr { base = ix.x }
                let name: String
                if let id = base as? Ident { name = id.name }
                else if let sel = base as? SelectorExpr { name = sel.sel.name }
                else { error(field.type.pos, "embedded field type must be a type name"); continue }
                let embeddedBase = (t as? PointerType)?.elem ?? t
                if t is PointerType && (embeddedBase.underlying is PointerType || embeddedBase.underlying is InterfaceType) {
                    error(field.type.pos, "embedded field type cannot be a pointer to an interface")
                }
                let v = Var(name: name, type: t, pos: field.type.pos, pkg: pkg, embedded: true, isField: true)
                if let prev = seen[name], prev.isValid { error(field.type.pos, "\(name) redeclared") }
                seen[name] = field.type.pos
                fields.append(v); tags.append(tag)
                continue
            }
            for id in field.names {
                let v = Var(name: id.name, type: t, pos: id.pos, pkg: pkg, isField: true)
                info.defs[ObjectIdentifier(id)] = v
                if !id.isBlank {
                    if seen[id.name] != nil { error(id.pos, "\(id.name) redeclared") }
                    seen[id.name] = id.pos
                }
                fields.append(v); tags.append(tag)
            }
        }
        return StructType(fields: fields, tags: tags)
    }

    /// The type of a variable, parameter, result or field: not a constraint interface (types2's varType).
    func varType(_ e: Expr) -> GoType {
        let t = typExpr(e)
        if let why = constraintOnly(t) { error(e.pos, "cannot use type \(t) outside a type constraint: \(why)") }
        return t
    }

    /// Why an interface can only be a constraint (it has type terms or embeds comparable), or nil.
    func constraintOnly(_ t: GoType) -> String? {
        var visited = Set<ObjectIdentifier>()
        func walk(_ t: GoType) -> String? {
            if t === Universe.comparableType { return "interface is (or embeds) comparable" }
            guard let it = t.underlying as? InterfaceType, visited.insert(ObjectIdentifier(it)).inserted else { return nil }
            for e in it.embeddeds {
                if e is TypeParamBound { return "interface contains type constraints" }
                if let why = walk(e) { return why }
            }
            return nil
        }
        return walk(t)
    }

    func interfaceType(_ it: GoSyntax.InterfaceType) -> InterfaceType {
        var methods: [Func] = []
        var embeddeds: [GoType] = []
        let iface = InterfaceType(methods: [], embeddeds: [])
        for field in it.methods.fields {
            if let name = field.names.first, let ft = field.type as? FuncType {
                let outer = scope
                scope = Scope(parent: scope, isFunc: true)
                let recv = Var(name: "", type: iface, pos: name.pos, pkg: pkg)
                let sig = signature(ft, recv: recv)
                scope = outer
                let m = Func(name: name.name, type: sig, pos: name.pos, pkg: pkg)
                info.defs[ObjectIdentifier(name)] = m
                if methods.contains(where: { $0.name == m.name }) { error(name.pos, "duplicate method \(m.name)") }
                methods.append(m)
            } else {
                embeddeds.append(constraintElement(field.type))
            }
        }
        iface.methods = methods
        iface.embeddeds = embeddeds
        delayed.insert({ [unowned self] in self.completeInterface(iface, at: it.pos) }, at: 0)
        return iface
    }

    /// An embedded interface element: an interface, or a type-set term (`~T`, `A | B`).
    func constraintElement(_ e: Expr) -> GoType {
        if let b = e as? BinaryExpr, b.op == .or {
            let x = termsOf(constraintElement(b.x)), y = termsOf(constraintElement(b.y))
            return TypeParamBound(terms: x.map { $0.0 } + y.map { $0.0 }, tildes: x.map { $0.1 } + y.map { $0.1 })
        }
        if let u = e as? UnaryExpr, u.op == .tilde {
            return TypeParamBound(terms: [typExpr(u.x)], tildes: [true])
        }
        let t = typExpr(e)
        if t.underlying is InterfaceType { return t }
        return TypeParamBound(terms: [t], tildes: [false])
    }

    /// The type terms (type, ~) of a union operand (an interface operand contributes its own).
    private func termsOf(_ t: GoType) -> [(GoType, Bool)] {
        if let b = t as? TypeParamBound { return b.termList }
        if let it = t.underlying as? InterfaceType {
            for e in it.embeddeds { if let b = e as? TypeParamBound, b.terms != nil { return b.termList } }
        }
        return [(t, false)]
    }

    func completeInterface(_ it: InterfaceType, at pos: Pos) {
        if it.isComplete { return }
        it.isComplete = true
        var all = it.methods
        for e in it.embeddeds {
            guard let ei = e.underlying as? InterfaceType else { continue }
            completeInterface(ei, at: pos)
            for m in ei.allMethods {
                if let existing = all.first(where: { $0.name == m.name }) {
                    if !identical(existing.type, m.type) { error(pos, "duplicate method \(m.name)") }
                    continue
                }
                all.append(m)
            }
        }
        it.allMethods = all.sorted { $0.name < $1.name }
    }
}

/// Stands for a type parameter's (or a type set's) underlying type until
/// generic code generation exists: operations on it are accepted loosely.
public final class TypeParamBound: GoType {
    public let constraint: GoType?
    /// For a union/tilde element: its term types (see termTypes).
    public let terms: [GoType]?
    /// Which terms are ~T (the types whose underlying type is T).
    public let tildes: [Bool]?
    public init(constraint: GoType? = nil, terms: [GoType]? = nil, tildes: [Bool]? = nil) {
        self.constraint = constraint; self.terms = terms; self.tildes = tildes
    }
    /// The terms with their tildes.
    var termList: [(GoType, Bool)] {
        (terms ?? []).enumerated().map { i, t in (t, tildes.map { i < $0.count && $0[i] } ?? false) }
    }
}
