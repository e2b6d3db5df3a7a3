// The type checker's entry point and package-level declarations: collect
// objects, resolve each on demand (so declaration order does not matter),
// then check function bodies and compute the variable initialization order.
import GoSyntax

/// Finds an imported package by path; nil when it does not exist.
public typealias Importer = (_ path: String, _ pos: Pos) -> Package?

/// How a package-level object was declared; filled by collectObjects.
final class DeclInfo {
    let fileScope: Scope
    var typeExpr: Expr?
    var initExpr: Expr?
    /// For `var a, b = f()`: every variable the one initializer defines.
    var lhs: [Var] = []
    var iota: Int = 0
    /// A constant whose init expression repeats an earlier spec's: errors go to the constant's name.
    var inherited = false
    var typeSpec: TypeSpec?
    var funcDecl: FuncDecl?
    /// Package-level objects this declaration refers to (for init order).
    var deps: [Object] = []
    var depSet: Set<ObjectIdentifier> = []
    init(fileScope: Scope) { self.fileScope = fileScope }

    func addDep(_ o: Object) {
        if depSet.insert(ObjectIdentifier(o)).inserted { deps.append(o) }
    }
}

public final class Checker {
    public let pkg: Package
    public let info: Info
    let diags: DiagnosticList
    let importer: Importer

    var decls: [ObjectIdentifier: DeclInfo] = [:]
    /// Package-level objects in source order.
    var objects: [Object] = []
    enum Color { case white, grey, black }
    var colors: [ObjectIdentifier: Color] = [:]
    /// The path of objects being resolved, for cycle reports.
    var objPath: [Object] = []

    // Function-body state.
    var scope: Scope
    var funcSig: Signature?
    /// The declaration whose dependencies are being recorded.
    var currentDecl: DeclInfo?
    var iota: ConstValue?
    var fileScope: Scope
    /// Methods declared in this package, by receiver base type name.
    var methodDecls: [String: [FuncDecl]] = [:]
    var delayed: [() -> Void] = []
    /// Names the assignment being checked in messages (`variable declaration`).
    var assignContext: String?
    var labels: [String: LabeledStmt] = [:]
    var loopDepth = 0
    var switchDepth = 0
    /// True while checking the statements of a switch case that may fall through.
    var inSwitchCase = false
    /// The innermost statement a break would leave is a type switch (fallthrough is reported so).
    var inTypeSwitch = false
    var commaOk: Set<ObjectIdentifier> = []
    /// `x op= y` checked as the binary expression x op y.
    var opAssigns: [ObjectIdentifier: BinaryExpr] { get { info.opAssigns } set { info.opAssigns = newValue } }
    var selections: [ObjectIdentifier: Selection] { get { info.selections } set { info.selections = newValue } }

    public init(pkg: Package, info: Info, diagnostics: DiagnosticList, importer: @escaping Importer) {
        self.pkg = pkg
        self.info = info
        self.diags = diagnostics
        self.importer = importer
        self.scope = pkg.scope
        self.fileScope = pkg.scope
    }

    /// While checking an inherited constant initializer (`const ( a T = iota; b )`), every error
    /// is reported at the constant's name, as types2's errpos does: the expression is elsewhere.
    var errpos: Pos?
    func error(_ pos: Pos, _ msg: String) { diags.error(errpos ?? pos, msg) }

    /// Checks the package's files; diagnostics go to the list.
    public func check(files: [File]) {
        // gc's messages name the checked package's own types unqualified (T, not main.T).
        MessageQualifier.$package.withValue(ObjectIdentifier(pkg)) { checkFiles(files) }
    }

    private func checkFiles(_ files: [File]) {
        pkg.files = files
        collectObjects(files)
        collectMethods()
        for obj in objects { objDecl(obj) }
        checkFuncBodies()
        for f in delayed { f() }
        computeInitOrder()
        reportUnusedImports()
        pkg.complete = true
    }

    // MARK: Collecting

    var fileScopes: [Scope] = []
    var pkgNames: [PkgName] = []

    func collectObjects(_ files: [File]) {
        for file in files {
            let fscope = Scope(parent: pkg.scope)
            fileScopes.append(fscope)
            for spec in file.imports { collectImport(spec, fscope) }
            for decl in file.decls { collectDecl(decl, fscope) }
        }
        // An import name may not also be declared at package level.
        for fs in fileScopes {
            for (name, obj) in fs.elems where pkg.scope.lookup(name) != nil {
                error(obj.pos, "\(name) already declared through import of package \((obj as? PkgName)?.imported.path ?? name)")
            }
        }
    }

    func collectImport(_ spec: ImportSpec, _ fscope: Scope) {
        let path = spec.pathValue
        guard let imp = importer(path, spec.path.pos) else {
            error(spec.path.pos, "package \(path) is not in GOROOT")
            return
        }
        if !pkg.imports.contains(where: { $0 === imp }) { pkg.imports.append(imp) }
        let name = spec.name?.name ?? imp.name
        if name == "_" { return }
        if name == "." {
            for (_, o) in imp.scope.elems where o.isExported { fscope.insert(o) }
            return
        }
        let pn = PkgName(name: name, pos: spec.pos, pkg: pkg, imported: imp)
        if let old = fscope.insert(pn) {
            error(spec.pos, "\(name) redeclared in this block\n\tother declaration of \(name) at \(diags.fileSet.position(old.pos).map { "\($0)" } ?? "?")")
        }
        pkgNames.append(pn)
        if let id = spec.name { info.defs[ObjectIdentifier(id)] = pn }
    }

    func declare(_ obj: Object, _ id: Ident, _ d: DeclInfo?) {
        info.defs[ObjectIdentifier(id)] = obj
        // Package-level init, and main in package main, may only be functions (types2's declarePkgObj).
        if !(obj is Func) && (id.name == "init" || id.name == "main" && pkg.name == "main") {
            error(id.pos, "cannot declare \(id.name) - must be func")
            if let v = obj as? Var { v.used = true }
            return
        }
        if id.isBlank { if let d { decls[ObjectIdentifier(obj)] = d; objects.append(obj) }; return }
        if let old = pkg.scope.insert(obj) {
            redeclared(id, old)
            return
        }
        if let d { decls[ObjectIdentifier(obj)] = d }
        objects.append(obj)
    }

    func redeclared(_ id: Ident, _ old: Object) {
        var msg = "\(id.name) redeclared in this block"
        if let p = diags.fileSet.position(old.pos) { msg += "\n\t\(p): other declaration of \(id.name)" }
        error(id.pos, msg)
    }

    func collectDecl(_ decl: Decl, _ fscope: Scope) {
        switch decl {
        case let g as GenDecl:
            var lastValues: (Expr?, [Expr]) = (nil, [])
            for spec in g.specs {
                switch spec {
                case let vs as ValueSpec where g.tok == .const:
                    if vs.type != nil || !vs.values.isEmpty { lastValues = (vs.type, vs.values) }
                    for (i, name) in vs.names.enumerated() {
                        let c = Const(name: name.name, type: Universe.invalid, pos: name.pos, pkg: pkg, value: .unknown)
                        let d = DeclInfo(fileScope: fscope)
                        d.typeExpr = lastValues.0
                        d.initExpr = i < lastValues.1.count ? lastValues.1[i] : nil
                        d.iota = vs.iota
                        d.inherited = vs.type == nil && vs.values.isEmpty
                        declare(c, name, d)
                    }
                    arity(vs.pos, vs.names, lastValues.1, constDecl: true, inherited: vs.type == nil && vs.values.isEmpty)
                case let vs as ValueSpec:
                    collectVarSpec(vs, fscope)
                case let ts as TypeSpec:
                    let tn = TypeName(name: ts.name.name, type: Universe.invalid, pos: ts.name.pos, pkg: pkg)
                    tn.isAlias = ts.isAlias
                    let d = DeclInfo(fileScope: fscope)
                    d.typeSpec = ts
                    declare(tn, ts.name, d)
                default:
                    break
                }
            }
        case let fd as FuncDecl:
            let f = Func(name: fd.name.name, type: Universe.invalid, pos: fd.name.pos, pkg: pkg)
            f.decl = fd
            let d = DeclInfo(fileScope: fscope)
            d.funcDecl = fd
            if let recv = fd.recv {
                info.defs[ObjectIdentifier(fd.name)] = f
                decls[ObjectIdentifier(f)] = d
                if let base = receiverBaseName(recv) { methodDecls[base, default: []].append(fd) }
                methodObjects[ObjectIdentifier(fd)] = f
                return
            }
            if fd.name.name == "init" {
                info.defs[ObjectIdentifier(fd.name)] = f
                decls[ObjectIdentifier(f)] = d
                objects.append(f)
                if fd.type.typeParams != nil { error(fd.name.pos, "func init must have no type parameters") }
                if !fd.type.params.fields.isEmpty || fd.type.results != nil {
                    error(fd.name.pos, "func init must have no arguments and no return values")
                }
                if fd.body == nil { error(fd.name.pos, "missing function body") }
                return
            }
            // Only the standard library may leave bodies to assembly or //go:linkname.
            if fd.body == nil && pkg.name == "main" && !fd.pragmas.contains(where: { $0.hasPrefix("go:linkname") }) {
                error(fd.name.pos, "missing function body")
            }
            if fd.name.name == "main" && pkg.name == "main" {
                if !fd.type.params.fields.isEmpty || fd.type.results != nil {
                    error(fd.name.pos, "func main must have no arguments and no return values")
                }
            }
            declare(f, fd.name, d)
        default:
            break
        }
    }

    var methodObjects: [ObjectIdentifier: Func] = [:]

    func collectVarSpec(_ vs: ValueSpec, _ fscope: Scope) {
        let vars = vs.names.map { name -> Var in
            let v = Var(name: name.name, type: Universe.invalid, pos: name.pos, pkg: pkg)
            v.isGlobal = true
            return v
        }
        if vs.values.count == 1 && vs.names.count > 1 {
            // var a, b = f(): one declaration for all.
            let d = DeclInfo(fileScope: fscope)
            d.typeExpr = vs.type
            d.initExpr = vs.values[0]
            d.lhs = vars
            for (v, name) in zip(vars, vs.names) { declare(v, name, d) }
            return
        }
        if !vs.values.isEmpty { arity(vs.pos, vs.names, vs.values, constDecl: false, inherited: false) }
        for (i, (v, name)) in zip(vars, vs.names).enumerated() {
            let d = DeclInfo(fileScope: fscope)
            d.typeExpr = vs.type
            d.initExpr = i < vs.values.count ? vs.values[i] : nil
            d.lhs = [v]
            declare(v, name, d)
        }
    }

    /// types2's arity check of a const or var spec: names without, and values without, a partner.
    func arity(_ pos: Pos, _ names: [Ident], _ inits: [Expr], constDecl: Bool, inherited: Bool) {
        let l = names.count, r = inits.count
        if l < r {
            let n = inits[l]
            if inherited {
                error(pos, "extra init expr at \(diags.fileSet.position(n.pos).map { "\($0)" } ?? "?")")
            } else {
                error(n.pos, "extra init expr \(exprString(n))")
            }
        } else if l > r && (constDecl || r != 1) {
            error(names[r].pos, "missing init expr for \(names[r].name)")
        }
    }

    func receiverBaseName(_ recv: FieldList) -> String? {
        guard let f = recv.fields.first else { return nil }
        var t: Expr = f.type
        while true {
            if let p = t as? ParenExpr { t = p.x } else if let s = t as? StarExpr { t = s.x }
            else if let ix = t as? IndexExpr { t = ix.x } else if let ix = t as? IndexListExpr { t = ix.x }
            else { break }
        }
        return (t as? Ident)?.name
    }

    // MARK: Resolving package-level objects

    func objDecl(_ obj: Object) {
        let key = ObjectIdentifier(obj)
        switch colors[key] ?? .white {
        case .black: return
        case .grey:
            reportCycle(obj)
            return
        case .white: break
        }
        guard let d = decls[key] else { colors[key] = .black; return }
        colors[key] = .grey
        objPath.append(obj)
        defer { objPath.removeLast(); colors[key] = .black }

        let saved = (scope, fileScope, currentDecl, iota, funcSig)
        scope = d.fileScope; fileScope = d.fileScope; currentDecl = d; funcSig = nil
        defer { (scope, fileScope, currentDecl, iota, funcSig) = saved }

        switch obj {
        case let c as Const: constDecl(c, d)
        case let v as Var: varDecl(v, d)
        case let t as TypeName: typeDecl(t, d)
        case let f as Func: funcDecl(f, d)
        default: break
        }
    }

    func reportCycle(_ obj: Object) {
        guard let start = objPath.firstIndex(where: { $0 === obj }) else { return }
        let cycle = objPath[start...]
        if obj is TypeName && validCycle(cycle) { return }
        // A cycle through a type name is fine when a type literal breaks it
        // (pointers, slices, ...); typeDecl handles that case itself.
        if cycle.contains(where: { $0 is Func }) && !(obj is TypeName) { return }
        if obj is TypeName {
            var msg = "invalid recursive type \(obj.name)"
            for o in cycle { msg += "\n\t\(diags.fileSet.position(o.pos).map { "\($0)" } ?? "?"): \(o.name) refers to" }
            msg += "\n\t\(diags.fileSet.position(obj.pos).map { "\($0)" } ?? "?"): \(obj.name)"
            error(obj.pos, msg)
            obj.type = Universe.invalid
        } else {
            var msg = "initialization cycle or initialization loop"
            if obj is Var || obj is Const {
                msg = obj is Const ? "initialization cycle: \(obj.name) refers to itself" : "initialization cycle: \(obj.name) refers to itself"
            }
            error(obj.pos, msg)
            obj.type = Universe.invalid
        }
    }

    func constDecl(_ c: Const, _ d: DeclInfo) {
        iota = .int(.init(d.iota))
        var typ: GoType?
        if let te = d.typeExpr {
            let t = typExpr(te)
            if !t.isInvalid && !(t.underlying as? BasicType).map({ $0.isConstType }).unwrapOr(false) {
                error(te.pos, "invalid constant type \(t)")
                c.type = Universe.invalid
                return
            }
            typ = t
        }
        guard let initExpr = d.initExpr else { c.type = typ ?? Universe.invalid; return }
        let savedErrpos = errpos
        if d.inherited { errpos = c.pos }
        defer { errpos = savedErrpos }
        var x = expr(initExpr)
        if x.mode == .invalid { c.type = Universe.invalid; return }
        if x.mode != .constant {
            error(initExpr.pos, "\(exprString(initExpr)) (\(operandDescription(x))) is not constant")
            c.type = Universe.invalid
            return
        }
        if let typ { assignment(&x, typ, context: "constant declaration") }
        c.type = x.type
        c.value = x.val ?? .unknown
    }

    func varDecl(_ v: Var, _ d: DeclInfo) {
        let declared: GoType? = d.typeExpr.map { varType($0) }
        guard let initExpr = d.initExpr else {
            for l in d.lhs { l.type = declared ?? Universe.invalid }
            return
        }
        if d.lhs.count > 1 {
            // var a, b = f()
            let x = exprList(initExpr, allowCommaOk: true)
            initVars(d.lhs, from: x, declared: declared, at: initExpr, context: "variable declaration")
            for l in d.lhs where l !== v { colors[ObjectIdentifier(l)] = .black }
            return
        }
        var x = expr(initExpr)
        initVar(v, &x, declared: declared, context: "variable declaration")
    }

    func typeDecl(_ tn: TypeName, _ d: DeclInfo) {
        guard let spec = d.typeSpec else { return }
        // A generic type's parameters are in scope in its declaration only.
        let outer = scope
        scope = Scope(parent: scope)
        defer { scope = outer }
        if spec.isAlias {
            tn.type = Universe.invalid
            tn.type = typExpr(spec.type)
            return
        }
        let named = NamedType(obj: tn, underlying: nil)
        tn.type = named
        if let tps = spec.typeParams { named.typeParams = declareTypeParams(tps) }
        let under = typExpr(spec.type)
        named.resolved = under.underlying === under ? under : (under as? NamedType).map { $0.underlying } ?? under
        validType(named)
        if let it = named.resolved as? InterfaceType { completeInterface(it, at: spec.type.pos) }
    }

    func funcDecl(_ f: Func, _ d: DeclInfo) {
        guard let fd = d.funcDecl else { return }
        let outer = scope
        scope = Scope(parent: scope, isFunc: true)
        let tparams = fd.type.typeParams.map { declareTypeParams($0) } ?? []
        let sig = signature(fd.type, recv: nil)
        sig.typeParams = tparams
        f.type = sig
        funcScopes[ObjectIdentifier(fd)] = scope
        scope = outer
        if fd.body != nil { pkg.funcs.append(f) }
        if fd.name.name == "init" && fd.recv == nil { pkg.initFuncs.append(f) }
    }

    var funcScopes: [ObjectIdentifier: Scope] = [:]

    // MARK: Methods

    func collectMethods() {
        for (base, fds) in methodDecls.sorted(by: { $0.key < $1.key }) {
            // A predeclared receiver type (func (int) M()) is a non-local type.
            let obj = pkg.scope.lookup(base) ?? Universe.scope.lookup(base)
            if let obj { objDecl(obj) }
            let named = (obj as? TypeName)?.type as? NamedType
            for fd in fds {
                guard let f = methodObjects[ObjectIdentifier(fd)], let d = decls[ObjectIdentifier(f)] else { continue }
                let saved = (scope, fileScope)
                scope = d.fileScope; fileScope = d.fileScope
                let fscope = Scope(parent: scope, isFunc: true)
                scope = fscope
                let recvField = fd.recv!.fields.first
                var recvVar: Var?
                if let rf = recvField {
                    if let named { declareReceiverTypeParams(rf.type, named, fscope) }
                    let rt = varType(rf.type)
                    var baseT = rt
                    if let p = rt as? PointerType { baseT = p.elem; f.isPointerRecv = true }
                    if named == nil || !(baseT === named!) {
                        if obj == nil { error(rf.type.pos, "undefined: \(base)") }
                        else if !(baseT is NamedType) || (baseT as? NamedType)?.obj.pkg !== pkg {
                            error(rf.type.pos, "cannot define new methods on non-local type \(baseT)")
                        }
                    } else if named!.underlying is PointerType || named!.underlying is InterfaceType {
                        error(rf.type.pos, "invalid receiver type \(rt) (pointer or interface type)")
                    }
                    let rname = rf.names.first?.name ?? ""
                    recvVar = Var(name: rname, type: rt, pos: rf.names.first?.pos ?? rf.pos, pkg: pkg)
                    recvVar!.isParam = true
                    recvVar!.used = true
                    if let id = rf.names.first {
                        info.defs[ObjectIdentifier(id)] = recvVar!
                        if !id.isBlank { fscope.insert(recvVar!) }
                    }
                }
                let sig = signature(fd.type, recv: recvVar)
                f.type = sig
                f.recvNamed = named
                funcScopes[ObjectIdentifier(fd)] = fscope
                if let named {
                    if let prev = named.methods.first(where: { $0.name == f.name && f.name != "_" }) {
                        error(fd.name.pos, "\(named.obj.name).\(f.name) redeclared in this block\n\t\(diags.fileSet.position(prev.pos).map { "\($0)" } ?? "?"): other declaration of \(f.name)")
                    } else if let st = named.underlying as? StructType, st.fields.contains(where: { $0.name == f.name }) {
                        error(fd.name.pos, "field and method with the same name \(f.name)")
                    } else {
                        named.methods.append(f)
                    }
                }
                if fd.body != nil { pkg.funcs.append(f) }
                colors[ObjectIdentifier(f)] = .black
                (scope, fileScope) = saved
            }
        }
    }

    // MARK: Bodies

    func checkFuncBodies() {
        for f in pkg.funcs {
            guard let fd = f.decl, let body = fd.body, let d = decls[ObjectIdentifier(f)] else { continue }
            let saved = (scope, fileScope, currentDecl)
            fileScope = d.fileScope
            scope = funcScopes[ObjectIdentifier(fd)] ?? Scope(parent: d.fileScope, isFunc: true)
            currentDecl = d
            funcBody(f.signature, body, name: f.name)
            (scope, fileScope, currentDecl) = saved
        }
    }

    // MARK: Initialization order (§Package initialization)

    func computeInitOrder() {
        // Dependencies of each variable, through functions, transitively.
        var memo: [ObjectIdentifier: Set<ObjectIdentifier>] = [:]
        func varDeps(_ o: Object, _ visiting: inout Set<ObjectIdentifier>) -> Set<ObjectIdentifier> {
            let key = ObjectIdentifier(o)
            if let m = memo[key] { return m }
            guard let d = decls[key] else { return [] }
            if visiting.contains(key) { return [] }
            visiting.insert(key)
            var result: Set<ObjectIdentifier> = []
            for dep in d.deps {
                if dep is Var { result.insert(ObjectIdentifier(dep)) }
                if dep is Func || dep is Var { result.formUnion(varDeps(dep, &visiting)) }
            }
            visiting.remove(key)
            memo[key] = result
            return result
        }
        let vars = objects.compactMap { $0 as? Var }
        var done: Set<ObjectIdentifier> = []
        var emitted: Set<ObjectIdentifier> = []
        var pending = vars
        while !pending.isEmpty {
            var progressed = false
            for (i, v) in pending.enumerated() {
                var visiting: Set<ObjectIdentifier> = []
                let deps = varDeps(v, &visiting).subtracting([ObjectIdentifier(v)])
                if deps.isSubset(of: done) {
                    pending.remove(at: i)
                    emit(v, &done, &emitted)
                    progressed = true
                    break
                }
            }
            if !progressed {
                let v = pending.removeFirst()
                var visiting: Set<ObjectIdentifier> = []
                if varDeps(v, &visiting).contains(ObjectIdentifier(v)) {
                    error(v.pos, "initialization cycle or initialization loop: \(v.name) refers to itself")
                }
                emit(v, &done, &emitted)
            }
        }
    }

    private func emit(_ v: Var, _ done: inout Set<ObjectIdentifier>, _ emitted: inout Set<ObjectIdentifier>) {
        done.insert(ObjectIdentifier(v))
        guard let d = decls[ObjectIdentifier(v)], let e = d.initExpr else { return }
        if emitted.insert(ObjectIdentifier(e)).inserted {
            pkg.initOrder.append(Initializer(lhs: d.lhs, rhs: e))
            for l in d.lhs { done.insert(ObjectIdentifier(l)) }
        }
    }

    func reportUnusedImports() {
        for pn in pkgNames where !pn.used {
            if pn.name == pn.imported.name || pn.name == (pn.imported.path.split(separator: "/").last.map(String.init) ?? "") {
                error(pn.pos, "\"\(pn.imported.path)\" imported and not used")
            } else {
                error(pn.pos, "\"\(pn.imported.path)\" imported as \(pn.name) and not used")
            }
        }
    }

    /// Records that the declaration being checked refers to a package-level object.
    func recordDep(_ obj: Object) {
        guard obj.pkg === pkg, decls[ObjectIdentifier(obj)] != nil else { return }
        currentDecl?.addDep(obj)
    }
}

extension Optional {
    func unwrapOr(_ v: Wrapped) -> Wrapped { self ?? v }
}
