// Constraint satisfaction (§Instantiations): a type argument must implement its type parameter's
// constraint — have its methods, be comparable if it asks so, and lie in its type set. Errors are
// worded as Go 1.19's types2 words them (instantiate.go's implements).
import GoSyntax

/// A constraint's type set, as far as satisfaction needs it.
struct TypeSet {
    /// nil: every type (no type terms restrict the set).
    var terms: [(type: GoType, tilde: Bool)]?
    var comparable = false
    var hasMethods = false

    /// types2's termlist String: `~int | string`.
    var termsString: String {
        (terms ?? []).map { ($0.tilde ? "~" : "") + "\($0.type)" }.joined(separator: " | ")
    }
}

/// Whether term t includes type x (types2's term.includes).
func termIncludes(_ t: (type: GoType, tilde: Bool), _ x: GoType) -> Bool {
    t.tilde ? identical(x.underlying, t.type) : identical(x, t.type)
}

/// x ∩ y for two terms, nil when empty (types2's term.intersect).
func termIntersection(_ x: (type: GoType, tilde: Bool), _ y: (type: GoType, tilde: Bool)) -> (type: GoType, tilde: Bool)? {
    switch (x.tilde, y.tilde) {
    case (true, true): return identical(x.type, y.type) ? x : nil
    case (true, false): return identical(y.type.underlying, x.type) ? y : nil
    case (false, true): return identical(x.type.underlying, y.type) ? x : nil
    case (false, false): return identical(x.type, y.type) ? x : nil
    }
}

extension Checker {
    /// The type set of a constraint: an interface (named or literal), a term list, or comparable.
    func typeSet(_ t: GoType?) -> TypeSet {
        var visited = Set<ObjectIdentifier>()
        func walk(_ t: GoType?) -> TypeSet {
            guard let t else { return TypeSet() }
            if t === Universe.comparableType { return TypeSet(comparable: true) }
            if let b = t as? TypeParamBound {
                return b.terms == nil ? walk(b.constraint) : TypeSet(terms: b.termList.map { ($0.0, $0.1) })
            }
            guard let it = t.underlying as? InterfaceType, visited.insert(ObjectIdentifier(it)).inserted else { return TypeSet() }
            completeInterface(it, at: .none)
            var ts = TypeSet(hasMethods: !it.allMethods.isEmpty)
            for e in it.embeddeds {
                let sub = walk(e)
                ts.comparable = ts.comparable || sub.comparable
                guard let terms = sub.terms else { continue }
                // Embedded elements intersect.
                ts.terms = ts.terms.map { mine in mine.flatMap { m in terms.compactMap { termIntersection(m, $0) } } } ?? terms
            }
            return ts
        }
        return walk(t)
    }

    /// Comparable in the strict sense that satisfies `comparable` in Go 1.19: an interface only if
    /// its own type set is comparable.
    func strictlyComparable(_ t: GoType) -> Bool {
        var seen = Set<ObjectIdentifier>()
        func walk(_ t: GoType) -> Bool {
            if let n = t as? NamedType, !seen.insert(ObjectIdentifier(n)).inserted { return true }
            switch t.underlying {
            case let b as BasicType: return b.kind != .untypedNil
            case is PointerType, is ChanType: return true
            case is InterfaceType:
                let ts = typeSet(t)
                return ts.comparable || (ts.terms.map { !$0.isEmpty && $0.allSatisfy { walk($0.type) } } ?? false)
            case let s as StructType: return s.fields.allSatisfy { walk($0.type) }
            case let a as ArrayType: return walk(a.elem)
            case let b as TypeParamBound: return b.isComparableBound
            default: return false
            }
        }
        return walk(t)
    }

    /// nil when type argument v satisfies constraint bound; else types2's message. Type parameters
    /// as arguments are not checked (their type sets would have to be compared).
    func unsatisfied(_ v: GoType, _ bound: GoType?) -> String? {
        guard let bound, !v.isInvalid, !v.underlying.isInvalid else { return nil }
        if let n = v as? NamedType, n.isTypeParam { return nil }
        if let p = v.underlying as? PointerType, p.elem.underlying.isInvalid { return nil }
        let ts = typeSet(bound)
        // Terms still naming type parameters (~[]E with E not known here) are not decided.
        if let terms = ts.terms, terms.contains(where: { containsTypeParam($0.type) }) { return nil }
        if let terms = ts.terms, terms.isEmpty { return "cannot implement \(bound) (empty type set)" }
        if ts.hasMethods, let why = implements(v, bound) { return why }
        let pending = ts.comparable && !strictlyComparable(v) ? "\(v) does not implement comparable" : nil
        guard let terms = ts.terms else { return pending }
        if v.underlying is InterfaceType {
            // Every type of v's set must be in the constraint's.
            guard let vterms = typeSet(v).terms,
                  vterms.allSatisfy({ vt in terms.contains { termIncludes($0, vt.type) && ($0.tilde || !vt.tilde) } }) else {
                return "\(v) does not implement \(bound)"
            }
            return pending
        }
        if terms.contains(where: { termIncludes($0, v) }) { return pending }
        // int where ~int was meant: suggest the tilde.
        if let alt = terms.first(where: { !$0.tilde && identical($0.type, $0.type.underlying) && identical(v.underlying, $0.type) }) {
            return "\(v) does not implement \(bound) (possibly missing ~ for \(alt.type) in constraint \(bound))"
        }
        return "\(v) does not implement \(bound) (\(v) missing in \(ts.termsString))"
    }

    /// types2's verify: each type argument against its parameter's constraint, with the other
    /// type arguments substituted in it. Returns the index of the first failure and its message.
    func verify(_ tparams: [NamedType], _ targs: [GoType]) -> (Int, String)? {
        let m = substMap(tparams, targs)
        for (i, (tp, arg)) in zip(tparams, targs).enumerated() {
            let bound = (tp.resolved as? TypeParamBound)?.constraint.map { subst($0, m) }
            if let why = unsatisfied(arg, bound) { return (i, why) }
        }
        return nil
    }
}

/// Whether t mentions a type parameter anywhere.
func containsTypeParam(_ t: GoType) -> Bool {
    var seen = Set<ObjectIdentifier>()
    func walk(_ t: GoType) -> Bool {
        switch t {
        case let n as NamedType:
            if n.isTypeParam { return true }
            guard seen.insert(ObjectIdentifier(n)).inserted else { return false }
            return n.typeArgs.contains(where: walk)
        case let p as PointerType: return walk(p.elem)
        case let s as SliceType: return walk(s.elem)
        case let a as ArrayType: return walk(a.elem)
        case let m as MapType: return walk(m.key) || walk(m.elem)
        case let c as ChanType: return walk(c.elem)
        case let s as StructType: return s.fields.contains { walk($0.type) }
        case let tt as TupleType: return tt.vars.contains { walk($0.type) }
        case let sig as Signature: return walk(sig.params) || walk(sig.results)
        default: return false
        }
    }
    return walk(t)
}
