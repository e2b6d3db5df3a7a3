// `swiftgo build -m`: the escape decisions the code generator acts on, in the
// format of `go build -gcflags=-m` (file:line:col: message, sorted by position).
//
// Reported, because the compiler does exactly this:
//   moved to heap: x              a local the analysis (Escape.swift) gives a
//                                 heap cell (captured by a closure, address
//                                 taken, sliced array, pointer-method call);
//   func literal escapes to heap  a literal with captures (its record is
//                                 allocated with mallocgc);
//   &T{...} / new(T) / make(...) escapes to heap
//                                 these always allocate on the heap here.
// Not reported: "does not escape" — this compiler has no analysis that keeps
// such values on the stack, so it never decides it. (A function literal
// without captures needs no record at all: its record is a constant.)
// With -m -m (level 2) each moved variable also names the reason.
import GoSyntax
import GoTypes

public enum EscapeReport {
    public static func lines(pkg: Package, info: Info, fileSet: FileSet, level: Int = 1) -> [String] {
        var entries: [(Pos, String)] = []
        func report(_ root: Node, _ result: EscapeInfo) {
            for (_, (v, why)) in result.reasons {
                entries.append((v.pos, "moved to heap: \(v.name)" + (level > 1 ? " (\(why))" : "")))
            }
            inspect(root) { n in
                switch n {
                case let fl as FuncLit:
                    if !(result.captures[ObjectIdentifier(fl)] ?? []).isEmpty {
                        entries.append((fl.pos, "func literal escapes to heap"))
                    }
                case let u as UnaryExpr where u.op == .and:
                    if let cl = unparenExpr(u.x) as? CompositeLit {
                        let t = cl.type.map(exprString) ?? "\(info.typeOf(cl).map { "\($0)" } ?? "_")"
                        entries.append((u.pos, "&\(t){\(cl.elts.isEmpty ? "" : "...")} escapes to heap"))
                    }
                case let c as CallExpr:
                    if let id = unparenExpr(c.fun) as? Ident, let bi = info.objectOf(id) as? Builtin {
                        switch bi.kind {
                        case .new:
                            entries.append((c.lparen, "\(exprString(c)) escapes to heap"))
                        case .make:
                            if let t = c.args.first.flatMap({ info.typeOf($0) }), t.underlying is SliceType || t.underlying is MapType {
                                entries.append((c.lparen, "\(exprString(c)) escapes to heap"))
                            }
                        default: break
                        }
                    }
                default: break
                }
                return true
            }
        }
        for f in pkg.funcs {
            guard let decl = f.decl, decl.body != nil else { continue }
            report(decl, EscapeAnalysis.analyze(decl, info: info))
        }
        for ini in pkg.initOrder {
            report(ini.rhs, EscapeAnalysis.analyze(ini.rhs, info: info))
        }
        return entries.sorted { $0.0 < $1.0 }.map { pos, msg in
            guard let p = fileSet.position(pos) else { return msg }
            var name = p.filename
            if !name.hasPrefix("/") && !name.hasPrefix("./") && !name.hasPrefix("../") { name = "./" + name }
            return "\(name):\(p.line):\(p.column): \(msg)"
        }
    }
}
