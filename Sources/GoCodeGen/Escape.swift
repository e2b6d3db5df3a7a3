// Which local variables live on the heap: those a closure captures and those
// whose address is taken (a first, conservative escape analysis: the
// address may outlive the frame, so the variable gets a heap cell).
import GoSyntax
import GoTypes

struct EscapeInfo {
    /// Variables that get a heap cell instead of a stack slot.
    var heapVars: Set<ObjectIdentifier> = []
    /// For each function literal, the outer variables it uses, in first-use order.
    var captures: [ObjectIdentifier: [Var]] = [:]
    /// Why each variable moved to the heap, for `build -m`.
    var reasons: [ObjectIdentifier: (Var, String)] = [:]
}

final class EscapeAnalysis {
    let info: Info
    var result = EscapeInfo()
    /// The function literal (nil: the declared function) each local belongs to.
    private var owner: [ObjectIdentifier: FuncLit?] = [:]

    init(info: Info) { self.info = info }

    static func analyze(_ decl: Node, info: Info) -> EscapeInfo {
        let a = EscapeAnalysis(info: info)
        a.walk(decl, enclosing: [])
        return a.result
    }

    /// enclosing: the function literals around the current node, outermost first.
    private func walk(_ root: Node, enclosing: [FuncLit]) {
        inspect(root) { n in
            if let fl = n as? FuncLit, fl !== root {
                walk(fl, enclosing: enclosing + [fl])
                return false
            }
            visit(n, enclosing)
            return true
        }
    }

    private func visit(_ n: Node, _ enclosing: [FuncLit]) {
        switch n {
        case let id as Ident:
            if let v = info.defs[ObjectIdentifier(id)] as? Var, !v.isGlobal, !v.isField {
                owner[ObjectIdentifier(v)] = enclosing.last
            } else if let v = info.uses[ObjectIdentifier(id)] as? Var, !v.isGlobal, !v.isField {
                noteUse(v, enclosing)
            }
        case let u as UnaryExpr where u.op == .and:
            if let v = rootVar(u.x) { moveToHeap(v, "address taken") }
        case let s as SliceExpr:
            if let t = info.typeOf(s.x), t.underlying is ArrayType, let v = rootVar(s.x) { moveToHeap(v, "sliced") }
        case let sel as SelectorExpr:
            // x.M() with a pointer receiver takes &x.
            if case .method(_, let m, let indirect)? = info.selections[ObjectIdentifier(sel)], m.isPointerRecv, !indirect,
               let t = info.typeOf(sel.x), !(t.underlying is PointerType), let v = rootVar(sel.x) {
                moveToHeap(v, "address taken by method call")
            }
        default: break
        }
    }

    private func noteUse(_ v: Var, _ enclosing: [FuncLit]) {
        let key = ObjectIdentifier(v)
        guard let declaredIn = owner[key] else { return }   // not a local of this function
        // Every literal between the declaring one and the use carries the variable.
        let start = declaredIn.flatMap { d in enclosing.firstIndex { $0 === d }.map { $0 + 1 } } ?? 0
        guard start < enclosing.count else { return }
        moveToHeap(v, "captured by a closure")
        for fl in enclosing[start...] {
            var list = result.captures[ObjectIdentifier(fl)] ?? []
            if !list.contains(where: { $0 === v }) { list.append(v) }
            result.captures[ObjectIdentifier(fl)] = list
        }
    }

    private func moveToHeap(_ v: Var, _ why: String) {
        if result.heapVars.insert(ObjectIdentifier(v)).inserted { result.reasons[ObjectIdentifier(v)] = (v, why) }
    }

    /// The local variable an addressable expression is part of (x, x.f, x[i] of an array).
    private func rootVar(_ e: Expr) -> Var? {
        switch e {
        case let p as ParenExpr: return rootVar(p.x)
        case let id as Ident:
            guard let v = info.uses[ObjectIdentifier(id)] as? Var, !v.isGlobal, !v.isField else { return nil }
            return v
        case let s as SelectorExpr:
            if let t = info.typeOf(s.x), t.underlying is PointerType { return nil }
            return rootVar(s.x)
        case let i as IndexExpr:
            if let t = info.typeOf(i.x), t.underlying is ArrayType { return rootVar(i.x) }
            return nil
        default: return nil
        }
    }
}
