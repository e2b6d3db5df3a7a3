// Selectors (§Selectors), method sets (§Method sets) and interface satisfaction.
import GoSyntax

/// What a selector x.f denotes.
public enum Selection {
    /// A field reached through `path` (indices of embedded fields, then the field).
    case field(path: [Int], field: Var, indirect: Bool)
    /// A method, found at `path` of embedded fields.
    case method(path: [Int], method: Func, indirect: Bool)
}

extension Checker {
    func selector(_ s: SelectorExpr) -> Operand {
        // Qualified identifier pkg.Name.
        if let id = s.x as? Ident, let (_, obj) = scope.lookupParent(id.name), let pn = obj as? PkgName {
            pn.used = true
            info.uses[ObjectIdentifier(id)] = pn
            guard let o = pn.imported.scope.lookup(s.sel.name), o.isExported else {
                error(s.sel.pos, pn.imported.scope.lookup(s.sel.name) == nil
                      ? "undefined: \(id.name).\(s.sel.name)"
                      : "name \(s.sel.name) not exported by package \(pn.imported.name)")
                return .invalid(s)
            }
            info.uses[ObjectIdentifier(s.sel)] = o
            switch o {
            case let c as Const: return Operand(mode: .constant, type: c.type, val: c.value, expr: s)
            case let v as Var: return Operand(mode: .variable, type: v.type, val: nil, expr: s)
            case let t as TypeName: return Operand(mode: .typexpr, type: t.type, val: nil, expr: s)
            case let f as Func: return Operand(mode: .value, type: f.type, val: nil, expr: s)
            case let b as Builtin: return Operand(mode: .builtin, type: Universe.invalid, val: nil, expr: s, builtin: b.kind)
            default: return .invalid(s)
            }
        }
        let x = exprOrType(s.x)
        if x.mode == .invalid { return .invalid(s) }
        if x.mode == .typexpr {
            // Method expression T.m / (*T).m.
            let r = lookupSelection(x.type, s.sel.name)
            if case .ambiguous = r {
                error(s.sel.pos, "ambiguous selector \(exprString(s.x)).\(s.sel.name)")
                return .invalid(s)
            }
            guard case .found(_, let obj, let indirect) = r, let m = obj as? Func else {
                error(s.sel.pos, "\(exprString(s.x)).\(s.sel.name) undefined (type \(x.type) has no method \(s.sel.name))")
                return .invalid(s)
            }
            // T's method set lacks the methods with pointer receivers.
            if m.isPointerRecv && !indirect && !(x.type.underlying is PointerType) {
                error(s.sel.pos, "cannot call pointer method \(s.sel.name) on \(x.type)")
                return .invalid(s)
            }
            info.uses[ObjectIdentifier(s.sel)] = m
            let sig = m.signature
            let recv = Var(name: "_", type: x.type, pos: .none, pkg: pkg)
            let ft = Signature(recv: nil, params: TupleType([recv] + sig.params.vars), results: sig.results, variadic: sig.variadic)
            return Operand(mode: .value, type: ft, val: nil, expr: s)
        }
        let found = lookupSelection(x.type, s.sel.name)
        if case .ambiguous = found {
            error(s.sel.pos, "ambiguous selector \(exprString(s))")
            return .invalid(s)
        }
        guard case .found(let path, let obj, let indirect) = found else {
            var why = "(type \(x.type) has no field or method \(s.sel.name))"
            if let p = x.type.underlying as? PointerType, p.elem.underlying is InterfaceType {
                why = "(type \(x.type) is pointer to interface, not interface)"
            } else if let first = s.sel.name.first {
                // types2: point out a method or field that differs only in the case of its first letter.
                let other = (first.isUppercase ? first.lowercased() : first.uppercased()) + s.sel.name.dropFirst()
                if other != s.sel.name, lookupFieldOrMethod(x.type, other) != nil {
                    why = "(type \(x.type) has no field or method \(s.sel.name), but does have \(other))"
                }
            }
            error(s.sel.pos, "\(exprString(s)) undefined \(why)")
            return .invalid(s)
        }
        info.uses[ObjectIdentifier(s.sel)] = obj
        selections[ObjectIdentifier(s)] = obj is Func ? .method(path: path, method: obj as! Func, indirect: indirect)
                                                       : .field(path: path, field: obj as! Var, indirect: indirect)
        if let f = obj as? Var {
            let mode: OperandMode = (x.mode == .variable || indirect || x.type.underlying is PointerType) ? .variable : .value
            return Operand(mode: mode, type: f.type, val: nil, expr: s)
        }
        let m = obj as! Func
        // A pointer method needs an addressable receiver (or a pointer).
        if m.isPointerRecv && !indirect && !(x.type.underlying is PointerType) && x.mode != .variable && path.isEmpty {
            error(s.pos, "cannot call pointer method \(s.sel.name) on \(x.type)")
            return .invalid(s)
        }
        let sig = m.signature
        return Operand(mode: .value, type: Signature(recv: nil, params: sig.params, results: sig.results, variadic: sig.variadic), val: nil, expr: s)
    }

    /// Finds field or method `name` in T, breadth-first through embedded fields;
    /// nil when absent or ambiguous.
    public func lookupFieldOrMethod(_ t: GoType, _ name: String) -> ([Int], Object, Bool)? {
        if case .found(let path, let obj, let indirect) = lookupSelection(t, name) { return (path, obj, indirect) }
        return nil
    }

    enum LookupResult {
        /// The path of embedded fields, the field or method, and whether a pointer was followed.
        case found([Int], Object, Bool)
        /// Several at the shallowest depth: `ambiguous selector x.f`.
        case ambiguous
        case notFound
    }

    func lookupSelection(_ t: GoType, _ name: String) -> LookupResult {
        // A defined pointer type (type P *S): x.f is (*x).f for a field f, and P has no methods.
        if t is NamedType, let p = t.underlying as? PointerType {
            let r = lookupSelection(p, name)
            if case .found(_, let obj, _) = r, obj is Func { return .notFound }
            return r
        }
        var typ = t
        var indirect = false
        if let p = t.underlying as? PointerType { typ = p.elem; indirect = true }
        if let n = typ as? NamedType, let b = n.resolved as? TypeParamBound {
            // A type parameter has the methods of its constraint (*T has none).
            guard !indirect, let it = b.constraint?.underlying as? InterfaceType else { return .notFound }
            completeInterface(it, at: .none)
            return it.allMethods.first(where: { $0.name == name }).map { .found([], $0, false) } ?? .notFound
        }
        if let it = typ.underlying as? InterfaceType {
            if indirect { return .notFound }
            completeInterface(it, at: .none)
            if let m = it.allMethods.first(where: { $0.name == name }) { return .found([], m, false) }
            return .notFound
        }
        struct Entry { let type: GoType; let path: [Int]; let indirect: Bool }
        var current = [Entry(type: typ, path: [], indirect: indirect)]
        var seen = Set<ObjectIdentifier>()
        while !current.isEmpty {
            var found: ([Int], Object, Bool)?
            var count = 0
            var next: [Entry] = []
            for e in current {
                if let n = e.type as? NamedType {
                    if seen.contains(ObjectIdentifier(n)) { continue }
                    seen.insert(ObjectIdentifier(n))
                    if let m = n.methodSet.first(where: { $0.name == name }) {
                        count += 1; found = (e.path, m, e.indirect); continue
                    }
                }
                switch e.type.underlying {
                case let st as StructType:
                    for (i, f) in st.fields.enumerated() {
                        if f.name == name { count += 1; found = (e.path + [i], f, e.indirect); continue }
                        if f.embedded {
                            var ft = f.type
                            var ind = e.indirect
                            if let p = ft as? PointerType { ft = p.elem; ind = true }
                            next.append(Entry(type: ft, path: e.path + [i], indirect: ind))
                        }
                    }
                case let it as InterfaceType:
                    completeInterface(it, at: .none)
                    if let m = it.allMethods.first(where: { $0.name == name }) { count += 1; found = (e.path, m, e.indirect) }
                default: break
                }
            }
            if count == 1, let (path, obj, ind) = found { return .found(path, obj, ind) }
            if count > 1 { return .ambiguous }
            current = next
        }
        return .notFound
    }

    /// nil if T implements interface I, else gc's explanation
    /// (`T does not implement I (missing method M)`).
    public func implements(_ t: GoType, _ iface: GoType) -> String? {
        guard let it = iface.underlying as? InterfaceType else { return "not an interface" }
        completeInterface(it, at: .none)
        if let tit = t.underlying as? InterfaceType {
            completeInterface(tit, at: .none)
            for m in it.allMethods where !tit.allMethods.contains(where: { $0.name == m.name && identical($0.type, m.type) }) {
                return "\(t) does not implement \(iface) (missing \(m.name) method)"
            }
            return nil
        }
        for m in it.allMethods {
            guard let (path, obj, indirect) = lookupFieldOrMethod(t, m.name), let f = obj as? Func else {
                return "\(t) does not implement \(iface) (missing \(m.name) method)"
            }
            let fs = f.signature, ms = m.signature
            if !identical(fs.params, ms.params) || !identical(fs.results, ms.results) || fs.variadic != ms.variadic {
                return "\(t) does not implement \(iface) (wrong type for \(m.name) method)\n\t\thave \(m.name)\(typeString(f.type).dropFirst(4))\n\t\twant \(m.name)\(typeString(m.type).dropFirst(4))"
            }
            // Pointer-receiver methods are not in the value type's method set.
            if f.isPointerRecv && !indirect && !(t.underlying is PointerType) && !pathHasPointer(t, path) {
                return "\(t) does not implement \(iface) (\(m.name) method has pointer receiver)"
            }
        }
        return nil
    }

    private func pathHasPointer(_ t: GoType, _ path: [Int]) -> Bool {
        var cur = t
        for i in path {
            guard let st = cur.underlying as? StructType else { return false }
            let ft = st.fields[i].type
            if ft is PointerType { return true }
            cur = ft
        }
        return false
    }
}
