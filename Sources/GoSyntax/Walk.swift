// A generic traversal of the syntax tree (go/ast.Inspect): calls visit on each
// node in source order; returning false skips the node's children.

public func inspect(_ node: Node, _ visit: (Node) -> Bool) {
    guard visit(node) else { return }
    func e(_ x: Expr?) { if let x { inspect(x, visit) } }
    func s(_ x: Stmt?) { if let x { inspect(x, visit) } }
    func fl(_ l: FieldList?) { if let l { inspect(l, visit) } }
    switch node {
    case let n as Field: n.names.forEach(e); e(n.type); e(n.tag)
    case let n as FieldList: n.fields.forEach { inspect($0, visit) }
    case let n as Ellipsis: e(n.elt)
    case let n as FuncLit: e(n.type); s(n.body)
    case let n as CompositeLit: e(n.type); n.elts.forEach(e)
    case let n as ParenExpr: e(n.x)
    case let n as SelectorExpr: e(n.x); e(n.sel)
    case let n as IndexExpr: e(n.x); e(n.index)
    case let n as IndexListExpr: e(n.x); n.indices.forEach(e)
    case let n as SliceExpr: e(n.x); e(n.low); e(n.high); e(n.max)
    case let n as TypeAssertExpr: e(n.x); e(n.type)
    case let n as CallExpr: e(n.fun); n.args.forEach(e)
    case let n as StarExpr: e(n.x)
    case let n as UnaryExpr: e(n.x)
    case let n as BinaryExpr: e(n.x); e(n.y)
    case let n as KeyValueExpr: e(n.key); e(n.value)
    case let n as ArrayType: e(n.len); e(n.elt)
    case let n as StructType: fl(n.fields)
    case let n as FuncType: fl(n.typeParams); fl(n.params); fl(n.results)
    case let n as InterfaceType: fl(n.methods)
    case let n as MapType: e(n.key); e(n.value)
    case let n as ChanType: e(n.value)
    case let n as DeclStmt: inspect(n.decl, visit)
    case let n as LabeledStmt: e(n.label); s(n.stmt)
    case let n as ExprStmt: e(n.x)
    case let n as SendStmt: e(n.chan); e(n.value)
    case let n as IncDecStmt: e(n.x)
    case let n as AssignStmt: n.lhs.forEach(e); n.rhs.forEach(e)
    case let n as GoStmt: e(n.call)
    case let n as DeferStmt: e(n.call)
    case let n as ReturnStmt: n.results.forEach(e)
    case let n as BranchStmt: e(n.label)
    case let n as BlockStmt: n.stmts.forEach(s)
    case let n as IfStmt: s(n.initStmt); e(n.cond); s(n.body); s(n.elseStmt)
    case let n as CaseClause: n.list.forEach(e); n.body.forEach(s)
    case let n as SwitchStmt: s(n.initStmt); e(n.tag); s(n.body)
    case let n as TypeSwitchStmt: s(n.initStmt); s(n.assign); s(n.body)
    case let n as CommClause: s(n.comm); n.body.forEach(s)
    case let n as SelectStmt: s(n.body)
    case let n as ForStmt: s(n.initStmt); e(n.cond); s(n.post); s(n.body)
    case let n as RangeStmt: e(n.key); e(n.value); e(n.x); s(n.body)
    case let n as ImportSpec: e(n.name); e(n.path)
    case let n as ValueSpec: n.names.forEach(e); e(n.type); n.values.forEach(e)
    case let n as TypeSpec: e(n.name); fl(n.typeParams); e(n.type)
    case let n as GenDecl: n.specs.forEach { inspect($0, visit) }
    case let n as FuncDecl: fl(n.recv); e(n.name); e(n.type); s(n.body)
    default: break
    }
}
