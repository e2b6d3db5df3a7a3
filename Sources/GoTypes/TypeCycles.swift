// Cycles through type declarations (types2's validCycle and validType): a
// cycle of type names is fine when it contains a type definition (the
// reference goes through a named type), but a type may not contain itself
// directly, without a pointer, slice, map, chan, func or interface between.
import GoSyntax

extension Checker {
    /// Whether a declaration cycle that reached obj again is permitted.
    func validCycle(_ cycle: ArraySlice<Object>) -> Bool {
        var nval = 0, ndef = 0
        for o in cycle {
            switch o {
            case is Const, is Var: nval += 1
            case let tn as TypeName:
                let alias = decls[ObjectIdentifier(tn)]?.typeSpec?.isAlias ?? tn.isAlias
                if !alias { ndef += 1 }
            default: break
            }
        }
        if nval == cycle.count { return true }   // reported as an initialization cycle
        return nval == 0 && ndef > 0
    }

    /// Reports `invalid recursive type` when named contains itself directly.
    func validType(_ named: NamedType) {
        var path: [NamedType] = []
        var done = Set<ObjectIdentifier>()
        func visit(_ t: GoType) -> Bool {
            switch t {
            case let n as NamedType:
                if n === named {
                    reportRecursiveType(path)
                    return false
                }
                // Only this package's types can lead back to named.
                if n.obj.pkg !== pkg || done.contains(ObjectIdentifier(n)) || path.contains(where: { $0 === n }) { return true }
                guard let r = n.resolved else { return true }
                path.append(n)
                defer { path.removeLast() }
                if !visit(r) { return false }
                done.insert(ObjectIdentifier(n))
                return true
            case let a as ArrayType: return visit(a.elem)
            case let s as StructType: return s.fields.allSatisfy { visit($0.type) }
            default: return true
            }
        }
        path.append(named)
        if let r = named.resolved, !visit(r) { named.resolved = Universe.invalid }
    }

    private func reportRecursiveType(_ path: [NamedType]) {
        guard let first = path.first else { return }
        func at(_ n: NamedType) -> String { diags.fileSet.position(n.obj.pos).map { "\($0)" } ?? "?" }
        var msg = "invalid recursive type \(first.obj.name)"
        for n in path { msg += "\n\t\(at(n)): \(n.obj.name) refers to" }
        msg += "\n\t\(at(first)): \(first.obj.name)"
        error(first.obj.pos, msg)
    }
}
