// Type parameters (§Type parameter declarations, §Instantiations, §Type
// inference): a type parameter is a NamedType whose underlying type is a
// TypeParamBound; instantiation substitutes type arguments for the
// parameters of a generic type or function; inference unifies parameter
// types with argument types (function argument type inference).
import GoSyntax

/// Type parameter → type argument.
public typealias SubstMap = [ObjectIdentifier: GoType]

extension NamedType {
    /// A type parameter (not a defined type).
    public var isTypeParam: Bool { resolved is TypeParamBound }

    /// The methods of a defined type; for an instance, the generic type's
    /// methods with the type arguments substituted in their signatures.
    public var methodSet: [Func] {
        guard let o = origin else { return methods }
        if let m = instanceMethods, m.count == o.methods.count { return m }
        let map = substMap(o.typeParams, typeArgs)
        let ms = o.methods.map { m -> Func in
            let f = Func(name: m.name, type: subst(m.type, map), pos: m.pos, pkg: m.pkg)
            f.decl = m.decl
            f.recvNamed = self
            f.isPointerRecv = m.isPointerRecv
            return f
        }
        instanceMethods = ms
        return ms
    }

    /// Computes an instance's underlying type once the generic type's is known.
    func expandInstance() {
        guard let o = origin, let r = o.resolved else { return }
        resolved = subst(r, substMap(o.typeParams, typeArgs))
    }
}

/// A copy, so that setting typeParams never changes a declared signature.
func freshSignature(_ s: Signature) -> Signature {
    Signature(recv: s.recv, params: s.params, results: s.results, variadic: s.variadic)
}

func substMap(_ params: [NamedType], _ args: [GoType]) -> SubstMap {
    var m: SubstMap = [:]
    for (p, a) in zip(params, args) { m[ObjectIdentifier(p)] = a }
    return m
}

/// The instance of a generic type for the given type arguments; instances
/// are unique per identical argument list, so identity works on them.
public func instantiate(_ origin: NamedType, _ args: [GoType]) -> NamedType {
    // List[T] inside List's own declaration and methods is List itself.
    if args.count == origin.typeParams.count && zip(args, origin.typeParams).allSatisfy({ $0 === $1 }) { return origin }
    if let inst = origin.instances.first(where: { zip($0.typeArgs, args).allSatisfy { identical($0, $1) } }) {
        return inst
    }
    let inst = NamedType(obj: origin.obj, underlying: nil)
    inst.origin = origin
    inst.typeArgs = args
    origin.instances.append(inst)
    return inst
}

/// t with every type parameter in m replaced by its argument.
public func subst(_ t: GoType, _ m: SubstMap) -> GoType {
    if m.isEmpty { return t }
    func s(_ t: GoType) -> GoType { subst(t, m) }
    func vars(_ vs: [Var]) -> ([Var], Bool) {
        var changed = false
        let out = vs.map { v -> Var in
            let nt = s(v.type)
            if nt === v.type { return v }
            changed = true
            let nv = Var(name: v.name, type: nt, pos: v.pos, pkg: v.pkg, embedded: v.embedded, isField: v.isField)
            nv.isParam = v.isParam
            return nv
        }
        return (out, changed)
    }
    switch t {
    case let n as NamedType:
        if let r = m[ObjectIdentifier(n)] { return r }
        // The generic type itself stands for G[T...] inside its own methods.
        if n.origin == nil && n.typeParams.contains(where: { m[ObjectIdentifier($0)] != nil }) {
            return instantiate(n, n.typeParams.map { m[ObjectIdentifier($0)] ?? $0 })
        }
        guard let o = n.origin else { return n }
        let args = n.typeArgs.map(s)
        return zip(args, n.typeArgs).allSatisfy({ $0 === $1 }) ? n : instantiate(o, args)
    case let p as PointerType:
        let e = s(p.elem); return e === p.elem ? p : PointerType(e)
    case let sl as SliceType:
        let e = s(sl.elem); return e === sl.elem ? sl : SliceType(e)
    case let a as ArrayType:
        let e = s(a.elem); return e === a.elem ? a : ArrayType(e, a.len)
    case let mt as MapType:
        let k = s(mt.key), e = s(mt.elem)
        return k === mt.key && e === mt.elem ? mt : MapType(key: k, elem: e)
    case let c as ChanType:
        let e = s(c.elem); return e === c.elem ? c : ChanType(c.dir, e)
    case let st as StructType:
        let (fs, changed) = vars(st.fields)
        return changed ? StructType(fields: fs, tags: st.tags) : st
    case let tt as TupleType:
        let (vs, changed) = vars(tt.vars)
        return changed ? TupleType(vs) : tt
    case let sig as Signature:
        let p = s(sig.params) as! TupleType, r = s(sig.results) as! TupleType
        if p === sig.params && r === sig.results { return sig }
        let out = Signature(recv: sig.recv, params: p, results: r, variadic: sig.variadic)
        out.typeParams = sig.typeParams.filter { m[ObjectIdentifier($0)] == nil }
        return out
    case let b as TypeParamBound where b.terms != nil:
        let ts = b.terms!.map(s)
        return zip(ts, b.terms!).allSatisfy({ $0 === $1 }) ? b : TypeParamBound(constraint: b.constraint, terms: ts, tildes: b.tildes)
    case let it as InterfaceType:
        var changed = false
        let ms = it.methods.map { f -> Func in
            let nt = s(f.type)
            if nt === f.type { return f }
            changed = true
            return Func(name: f.name, type: nt, pos: f.pos, pkg: f.pkg)
        }
        let es = it.embeddeds.map { e -> GoType in let ne = s(e); if ne !== e { changed = true }; return ne }
        if !changed { return it }
        let out = InterfaceType(methods: ms, embeddeds: es)
        if it.isComplete {
            out.allMethods = it.allMethods.map { f in
                ms.first(where: { $0.name == f.name }) ?? Func(name: f.name, type: s(f.type), pos: f.pos, pkg: f.pkg)
            }
            out.isComplete = true
        }
        return out
    default:
        return t
    }
}

// MARK: - Inference

/// Unifies a parameter type (mentioning the type parameters in `bound`'s
/// domain) with an argument type, recording inferred arguments; false on a
/// structural mismatch or a conflicting inference.
func unify(_ p: GoType, _ a: GoType, _ tparams: Set<ObjectIdentifier>, _ m: inout SubstMap) -> Bool {
    if let n = p as? NamedType, tparams.contains(ObjectIdentifier(n)) {
        if let prev = m[ObjectIdentifier(n)] {
            // Inexact unification: a defined type and its literal underlying type agree.
            return identical(prev, a) || identical(prev.underlying, a.underlying)
        }
        m[ObjectIdentifier(n)] = a
        return true
    }
    switch (p, a) {
    case let (pn as NamedType, an as NamedType):
        if let po = pn.origin, let ao = an.origin, po === ao {
            return zip(pn.typeArgs, an.typeArgs).allSatisfy { unify($0, $1, tparams, &m) }
        }
        return true   // assignability decides
    case (is NamedType, _):
        return true
    case (_, let an as NamedType):
        return unify(p, an.underlying, tparams, &m)
    case let (x as PointerType, y as PointerType): return unify(x.elem, y.elem, tparams, &m)
    case let (x as SliceType, y as SliceType): return unify(x.elem, y.elem, tparams, &m)
    case let (x as ArrayType, y as ArrayType): return x.len == y.len && unify(x.elem, y.elem, tparams, &m)
    case let (x as MapType, y as MapType): return unify(x.key, y.key, tparams, &m) && unify(x.elem, y.elem, tparams, &m)
    case let (x as ChanType, y as ChanType): return unify(x.elem, y.elem, tparams, &m)
    case let (x as TupleType, y as TupleType):
        return x.count == y.count && zip(x.vars, y.vars).allSatisfy { unify($0.type, $1.type, tparams, &m) }
    case let (x as Signature, y as Signature):
        return x.variadic == y.variadic && unify(x.params, y.params, tparams, &m) && unify(x.results, y.results, tparams, &m)
    case let (x as StructType, y as StructType):
        return x.fields.count == y.fields.count && zip(x.fields, y.fields).allSatisfy { unify($0.type, $1.type, tparams, &m) }
    default:
        return true
    }
}

extension Checker {
    /// Declares a type parameter list in the current scope; returns the parameters.
    @discardableResult
    func declareTypeParams(_ list: FieldList) -> [NamedType] {
        var out: [NamedType] = []
        // Declare every name first: a constraint may mention any of them.
        var pending: [(Field, [NamedType])] = []
        for field in list.fields {
            var group: [NamedType] = []
            for id in field.names {
                let tn = TypeName(name: id.name, type: Universe.invalid, pos: id.pos, pkg: pkg)
                let named = NamedType(obj: tn, underlying: TypeParamBound())
                tn.type = named
                info.defs[ObjectIdentifier(id)] = tn
                if !id.isBlank, let old = scope.insert(tn) { redeclared(id, old) }
                group.append(named)
                out.append(named)
            }
            pending.append((field, group))
        }
        for (field, group) in pending {
            let bound = constraintElement(field.type)
            for n in group { n.resolved = TypeParamBound(constraint: bound) }
        }
        return out
    }

    /// The receiver's type parameters (`func (l *List[T]) ...`) name the
    /// generic type's own parameters inside the method.
    func declareReceiverTypeParams(_ recvType: Expr, _ named: NamedType, _ fscope: Scope) {
        var t = recvType
        while true {
            if let p = t as? ParenExpr { t = p.x } else if let s = t as? StarExpr { t = s.x } else { break }
        }
        let names: [Expr]
        if let ix = t as? IndexExpr { names = [ix.index] } else if let ix = t as? IndexListExpr { names = ix.indices } else { return }
        guard names.count == named.typeParams.count else {
            error(t.pos, "got \(names.count) type parameter\(names.count == 1 ? "" : "s"), but receiver base type declares \(named.typeParams.count)")
            return
        }
        for (e, tp) in zip(names, named.typeParams) {
            guard let id = e as? Ident else { error(e.pos, "receiver type parameter \(exprString(e)) must be an identifier"); continue }
            let tn = TypeName(name: id.name, type: tp, pos: id.pos, pkg: pkg)
            info.defs[ObjectIdentifier(id)] = tn
            if !id.isBlank { fscope.insert(tn) }
        }
    }

    /// `G[A, B]` in a type context: the instance of generic type G.
    func instantiateType(_ e: Expr, base: Expr, indices: [Expr]) -> GoType {
        let b = typExprGeneric(base)
        let args = indices.map { typExpr($0) }
        if b.isInvalid || args.contains(where: { $0.isInvalid }) { return Universe.invalid }
        guard let n = b as? NamedType, !n.typeParams.isEmpty else {
            error(base.pos, "\(b) is not a generic type")
            return Universe.invalid
        }
        guard args.count == n.typeParams.count else {
            let few = args.count < n.typeParams.count
            error(few ? e.pos : indices[n.typeParams.count].pos,
                  "\(few ? "not enough" : "too many") type arguments for type \(n.obj.name): have \(args.count), want \(n.typeParams.count)")
            return Universe.invalid
        }
        let inst = instantiate(n, args)
        info.instances[ObjectIdentifier(base)] = Instance(typeArgs: args, type: inst)
        // Constraints are verified once every declaration (and interface) is complete.
        delayed.append { [unowned self] in
            if let (i, why) = self.verify(n.typeParams, args) { self.error(indices[i].pos, why) }
        }
        return inst
    }

    /// f[A, B] for a generic function: substitutes the given type arguments
    /// (a partial list leaves the rest to inference at the call).
    func instantiateFunc(_ e: Expr, _ sig: Signature, _ indices: [Expr], fun: Expr) -> Operand {
        let args = indices.map { typExpr($0) }
        if args.contains(where: { $0.isInvalid }) { return .invalid(e) }
        guard !sig.typeParams.isEmpty else {
            error(e.pos, "invalid operation: cannot index \(exprString(fun)) (value of type \(sig))")
            return .invalid(e)
        }
        guard args.count <= sig.typeParams.count else {
            error(indices[sig.typeParams.count].pos, "got \(args.count) type arguments but \(exprString(fun)) has \(sig.typeParams.count) type parameters")
            return .invalid(e)
        }
        // A partial list is verified with the inferred rest, at the call.
        if args.count == sig.typeParams.count, let (i, why) = verify(sig.typeParams, args) {
            error(indices[i].pos, why)
            return .invalid(e)
        }
        let inst = freshSignature(subst(sig, substMap(sig.typeParams, args)) as! Signature)
        inst.typeParams = Array(sig.typeParams.dropFirst(args.count))
        if inst.typeParams.isEmpty { info.instances[ObjectIdentifier(fun)] = Instance(typeArgs: args, type: inst) }
        return Operand(mode: .value, type: inst, val: nil, expr: e)
    }

    /// Infers the remaining type arguments of a generic call from its
    /// (already checked) arguments; nil after reporting `cannot infer`.
    func inferCall(_ c: CallExpr, _ sig: Signature, _ args: [Operand]) -> Signature? {
        let tparams = Set(sig.typeParams.map { ObjectIdentifier($0) })
        var m: SubstMap = [:]
        let params = sig.params.vars
        func paramType(_ i: Int) -> GoType? {
            if sig.variadic && i >= params.count - 1 && !c.hasEllipsis {
                return (params.last?.type as? SliceType)?.elem
            }
            return i < params.count ? params[i].type : nil
        }
        // Typed arguments first, then untyped constants for bare type parameters.
        for (i, a) in args.enumerated() where !a.type.isUntyped {
            guard let pt = paramType(i) else { continue }
            if !unify(pt, a.type, tparams, &m) {
                error(a.expr?.pos ?? c.pos, "type \(a.type) of \(a.expr.map(exprString) ?? "argument") does not match \(pt)")
                return nil
            }
        }
        for (i, a) in args.enumerated() where a.type.isUntyped && !a.isNil {
            guard let pt = paramType(i) as? NamedType, tparams.contains(ObjectIdentifier(pt)),
                  m[ObjectIdentifier(pt)] == nil else { continue }
            m[ObjectIdentifier(pt)] = defaultType(a.type)
        }
        inferFromCoreTypes(sig.typeParams, tparams, &m)
        if let missing = sig.typeParams.first(where: { m[ObjectIdentifier($0)] == nil }) {
            let at = diags.fileSet.position(missing.obj.pos).map { " (\($0))" } ?? ""
            error(c.rparen, "cannot infer \(missing.obj.name)\(at)")
            return nil
        }
        let targs = sig.typeParams.map { m[ObjectIdentifier($0)]! }
        if let (_, why) = verify(sig.typeParams, targs) {
            error(c.lparen, why)
            return nil
        }
        let inst = freshSignature(subst(sig, m) as! Signature)
        info.instances[ObjectIdentifier(c.fun)] = Instance(typeArgs: sig.typeParams.map { m[ObjectIdentifier($0)]! }, type: inst)
        return inst
    }
}

extension Checker {
    /// Constraint type inference: a parameter whose constraint has a single term (its core type,
    /// `S ~[]E`) unifies that term with its argument, which may determine other parameters (E).
    func inferFromCoreTypes(_ params: [NamedType], _ tparams: Set<ObjectIdentifier>, _ m: inout SubstMap) {
        var progress = true
        while progress {
            progress = false
            for tp in params {
                guard let bound = (tp.resolved as? TypeParamBound)?.constraint,
                      let terms = typeSet(bound).terms, terms.count == 1 else { continue }
                let core = terms[0]
                let before = m.count
                if let arg = m[ObjectIdentifier(tp)] {
                    _ = unify(core.type, core.tilde ? arg.underlying : arg, tparams, &m)
                } else if !core.tilde {
                    let t = subst(core.type, m)
                    if !containsTypeParam(t) { m[ObjectIdentifier(tp)] = t }
                }
                if m.count > before { progress = true }
            }
        }
    }
}

extension TypeParamBound {
    /// The types of the constraint's type set, when it is restricted by
    /// terms (`~int | ~float64`); nil for a method-only constraint such as any.
    public var termTypes: [GoType]? {
        func terms(_ t: GoType?) -> [GoType]? {
            switch t {
            case let b as TypeParamBound: return b.terms
            case let n as NamedType where !(n.resolved is TypeParamBound): return terms(n.underlying)
            case let it as InterfaceType:
                // Embedded elements intersect; one restricting element is the common case.
                for e in it.embeddeds { if let r = terms(e) { return r } }
                return nil
            default: return nil
            }
        }
        return terms(constraint)
    }
}

extension TypeParamBound {
    /// Whether == is defined on the type parameter: its constraint is (or
    /// embeds) comparable, or every type of its type set is comparable.
    public var isComparableBound: Bool {
        if let ts = termTypes, !ts.isEmpty { return ts.allSatisfy { isComparable($0) } }
        func mentions(_ t: GoType?) -> Bool {
            guard let t else { return false }
            if t === Universe.comparableType { return true }
            if let n = t as? NamedType, !(n.resolved is TypeParamBound) { return mentions(n.resolved) }
            if let it = t as? InterfaceType { return it.embeddeds.contains { mentions($0) } }
            return false
        }
        return mentions(constraint)
    }
}
