// Types, parameter lists, struct fields and interface elements.

/// A parameter as parsed, before names and types are distributed.
struct PField {
    var pos: Pos
    var name: Ident?
    var type: Expr?
}

enum ArrayOrTArgs {
    case type(Expr)
    case targs(Pos, [Expr])
}

extension Parser {
    func parseType() -> Expr {
        if let t = typeOrNil() { return t }
        let b = badExpr()
        syntaxError("expecting type")
        advance(.comma, .colon, .semicolon, .rparen, .rbrack, .rbrace)
        return b
    }

    // Type     = TypeName | TypeLit | "(" Type ")" .
    // TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
    //            SliceType | MapType | ChannelType .
    func typeOrNil() -> Expr? {
        guard enter() else { return badExpr() }
        defer { leave() }
        let p = pos
        switch tok {
        case .mul:
            next()
            return StarExpr(pos: p, x: parseType())
        case .arrow:
            next()
            want(.chan)
            return ChanType(pos: p, dir: .recv, value: chanElem())
        case .func:
            next()
            return funcType(p, context: "function type")
        case .lbrack:
            next()
            if got(.rbrack) { return sliceType(p) }
            return arrayType(p, len: nil)
        case .chan:
            next()
            var dir = ChanDir.both
            if got(.arrow) { dir = .send }
            return ChanType(pos: p, dir: dir, value: chanElem())
        case .map:
            next()
            want(.lbrack)
            let key = parseType()
            want(.rbrack)
            return MapType(pos: p, key: key, value: parseType())
        case .struct:
            return structType()
        case .interface:
            return interfaceType()
        case .ident:
            return qualifiedName(nil)
        case .lparen:
            next()
            let t = parseType()
            want(.rparen)
            return ParenExpr(pos: p, x: t)
        default:
            return nil
        }
    }

    /// The "[" of an instantiation T[A, B] is the current token.
    func typeInstance(_ x: Expr) -> Expr {
        let lbrack = pos
        want(.lbrack)
        var args: [Expr]
        if tok == .rbrack {
            syntaxError("expecting type")
            args = [badExpr()]
        } else {
            args = typeList().0
        }
        want(.rbrack)
        return makeIndex(x, lbrack, args)
    }

    func makeIndex(_ x: Expr, _ lbrack: Pos, _ args: [Expr]) -> Expr {
        if args.count == 1 { return IndexExpr(x: x, lbrack: lbrack, index: args[0]) }
        return IndexListExpr(x: x, lbrack: lbrack, indices: args)
    }

    /// Parses an optional type parameter list and a signature. If context is
    /// not empty, type parameters are not permitted there.
    func funcType(_ funcPos: Pos, context: String) -> FuncType {
        var tparams: FieldList?
        if tok == .lbrack {
            let lbrack = pos
            next()
            if !context.isEmpty {
                syntaxErrorAt(lbrack, context + " must have no type parameters")
            }
            if tok == .rbrack {
                syntaxError("empty type parameter list")
                next()
            } else {
                tparams = paramList(lbrack, nil, nil, .rbrack, requireNames: true)
            }
        }
        let lparen = pos
        want(.lparen)
        let params = paramList(lparen, nil, nil, .rparen, requireNames: false)
        let results = funcResult()
        return FuncType(pos: funcPos, typeParams: tparams, params: params, results: results)
    }

    /// "[" has been consumed; len is the already parsed length, if any.
    func arrayType(_ lbrack: Pos, len len0: Expr?) -> Expr {
        var len = len0
        if len == nil {
            if tok == .ellipsis {
                len = Ellipsis(pos: pos, elt: nil)
                next()
            } else {
                xnest += 1
                len = expr()
                xnest -= 1
            }
        }
        if tok == .comma {
            syntaxError("unexpected comma; expecting ]")
            next()
        }
        want(.rbrack)
        return ArrayType(pos: lbrack, len: len, elt: parseType())
    }

    /// "[" "]" have been consumed.
    func sliceType(_ lbrack: Pos) -> Expr {
        ArrayType(pos: lbrack, len: nil, elt: parseType())
    }

    func chanElem() -> Expr {
        if let t = typeOrNil() { return t }
        let b = badExpr()
        syntaxError("missing channel element type")
        return b
    }

    // StructType = "struct" "{" { FieldDecl ";" } "}" .
    func structType() -> StructType {
        let p = pos
        want(.struct)
        let lbrace = pos
        want(.lbrace)
        var fields: [Field] = []
        let rbrace = list("struct type", .semicolon, .rbrace) {
            fieldDecl(&fields)
            return false
        }
        return StructType(pos: p, fields: FieldList(pos: lbrace, fields: fields, closing: rbrace))
    }

    // InterfaceType = "interface" "{" { ( MethodSpec | EmbeddedElem ) ";" } "}" .
    func interfaceType() -> InterfaceType {
        let p = pos
        want(.interface)
        let lbrace = pos
        want(.lbrace)
        var elems: [Field] = []
        let rbrace = list("interface type", .semicolon, .rbrace) {
            var f: Field?
            if tok == .ident {
                f = methodDecl()
            }
            if let m = f, !m.names.isEmpty {
                elems.append(m)
            } else {
                let t = unionTail(f?.type ?? embeddedTerm())
                elems.append(Field(pos: t.pos, names: [], type: t))
            }
            return false
        }
        return InterfaceType(pos: p, methods: FieldList(pos: lbrace, fields: elems, closing: rbrace))
    }

    // Result = Parameters | Type .
    func funcResult() -> FieldList? {
        if tok == .lparen {
            let lparen = pos
            next()
            return paramList(lparen, nil, nil, .rparen, requireNames: false)
        }
        let p = pos
        if let t = typeOrNil() {
            return FieldList(pos: p, fields: [Field(pos: p, names: [], type: t)], closing: .none)
        }
        return nil
    }

    // FieldDecl      = (IdentifierList Type | EmbeddedField) [ Tag ] .
    // EmbeddedField  = [ "*" ] TypeName [ TypeArgs ] .
    func fieldDecl(_ fields: inout [Field]) {
        let p = pos
        switch tok {
        case .ident:
            let first = name()
            if tok == .period || isLiteralTok || tok == .semicolon || tok == .rbrace {
                // embedded type
                let t = qualifiedName(first)
                let tag = oliteral()
                fields.append(Field(pos: p, names: [], type: t, tag: tag))
                return
            }
            let names = nameList(first)
            var type: Expr
            if names.count == 1 && tok == .lbrack {
                // An embedded instantiated type T[A, B] or a field of array/slice type.
                switch arrayOrTArgs() {
                case .type(let t):
                    type = t
                case .targs(let lbrack, let args):
                    let t = makeIndex(first, lbrack, args)
                    let tag = oliteral()
                    fields.append(Field(pos: p, names: [], type: t, tag: tag))
                    return
                }
            } else {
                type = parseType()
            }
            let tag = oliteral()
            fields.append(Field(pos: p, names: names, type: type, tag: tag))

        case .mul:
            next()
            var t: Expr
            if tok == .lparen {
                syntaxError("cannot parenthesize embedded type")
                next()
                t = qualifiedName(nil)
                _ = got(.rparen)
            } else {
                t = qualifiedName(nil)
            }
            let tag = oliteral()
            fields.append(Field(pos: p, names: [], type: StarExpr(pos: p, x: t), tag: tag))

        case .lparen:
            syntaxError("cannot parenthesize embedded type")
            next()
            var t: Expr
            if tok == .mul {
                let sp = pos
                next()
                t = StarExpr(pos: sp, x: qualifiedName(nil))
            } else {
                t = qualifiedName(nil)
            }
            _ = got(.rparen)
            let tag = oliteral()
            fields.append(Field(pos: p, names: [], type: t, tag: tag))

        default:
            syntaxError("expecting field name or embedded type")
            advance(.semicolon, .rbrace)
        }
    }

    var isLiteralTok: Bool {
        switch tok {
        case .int, .float, .imag, .char, .string: return true
        default: return false
        }
    }

    /// After a name: `[` n `]` E (an array type) or `[` A, B `]` (type arguments).
    func arrayOrTArgs() -> ArrayOrTArgs {
        let lbrack = pos
        want(.lbrack)
        if got(.rbrack) { return .type(sliceType(lbrack)) }
        let (args, comma) = typeList()
        want(.rbrack)
        if !comma, let elem = typeOrNil() {
            return .type(ArrayType(pos: lbrack, len: args[0], elt: elem))
        }
        return .targs(lbrack, args)
    }

    // MethodSpec = MethodName Signature | InterfaceTypeName .
    /// Returns a method (names non-empty) or an embedded type (names empty).
    func methodDecl() -> Field {
        let mname = name()
        let context = "interface method"
        switch tok {
        case .lparen:
            return Field(pos: mname.pos, names: [mname], type: funcType(pos, context: context))
        case .lbrack:
            // A generic method m[T C](x T) (not permitted) or an embedded T[A, B].
            let lbrack = pos
            next()
            if tok == .rbrack {
                let ep = pos
                next()
                if tok == .lparen {
                    errorAt(ep, "empty type parameter list")
                    return Field(pos: mname.pos, names: [mname], type: funcType(pos, context: context))
                }
                errorAt(ep, "empty type argument list")
                return Field(pos: mname.pos, names: [], type: mname)
            }
            let plist = paramFields(nil, nil, .rbrack, requireNames: false)
            if plist.list.isEmpty {
                if tok == .lparen {
                    return Field(pos: mname.pos, names: [mname], type: funcType(pos, context: context))
                }
                return Field(pos: mname.pos, names: [], type: mname)
            }
            if plist.list[0].name != nil {
                let ft = funcType(pos, context: context)
                errorAt(lbrack, "interface method must have no type parameters")
                return Field(pos: mname.pos, names: [mname], type: ft)
            }
            let args = plist.list.map { $0.type ?? BadExpr(pos: $0.pos) }
            return Field(pos: mname.pos, names: [], type: makeIndex(mname, lbrack, args))
        default:
            return Field(pos: mname.pos, names: [], type: qualifiedName(mname))
        }
    }

    /// Continues a union `x | term | term ...`.
    func unionTail(_ x0: Expr) -> Expr {
        var x = x0
        var levels = 0 // see binaryExpr
        defer { depth -= levels }
        while tok == .or {
            levels += 1
            guard enter() else { return x }
            let opPos = pos
            next()
            x = BinaryExpr(x: x, opPos: opPos, op: .or, y: embeddedTerm())
        }
        return x
    }

    // EmbeddedTerm = [ "~" ] Type .
    func embeddedTerm() -> Expr {
        if tok == .tilde {
            let p = pos
            next()
            return UnaryExpr(pos: p, op: .tilde, x: parseType())
        }
        if let t = typeOrNil() { return t }
        let b = badExpr()
        syntaxError("expecting ~ term or type")
        advance(.or, .semicolon, .rparen, .rbrack, .rbrace)
        return b
    }

    // ParameterDecl = [ IdentifierList ] [ "..." ] Type .
    func paramDeclOrNil(_ name0: Ident?, _ follow: Token) -> PField? {
        let typeSetsOK = follow == .rbrack
        var p = pos
        if let name0 {
            p = name0.pos
        } else if typeSetsOK && tok == .tilde {
            return PField(pos: p, name: nil, type: unionTail(embeddedTerm()))
        }
        var f = PField(pos: p, name: nil, type: nil)
        if tok == .ident || name0 != nil {
            let nm = name0 ?? name()
            if tok == .lbrack {
                switch arrayOrTArgs() {
                case .targs(let lbrack, let args):
                    f.type = makeIndex(nm, lbrack, args)
                case .type(let t):
                    f.name = nm
                    f.type = t
                }
                if typeSetsOK && tok == .or { f.type = unionTail(f.type!) }
                return f
            }
            if tok == .period {
                f.type = qualifiedName(nm)
                if typeSetsOK && tok == .or { f.type = unionTail(f.type!) }
                return f
            }
            if typeSetsOK && tok == .or {
                f.type = unionTail(nm)
                return f
            }
            f.name = nm
        }
        if tok == .ellipsis {
            let ep = pos
            next()
            var elt = typeOrNil()
            if elt == nil {
                elt = badExpr()
                syntaxError("... is missing type")
            }
            f.type = Ellipsis(pos: ep, elt: elt)
            return f
        }
        if typeSetsOK && tok == .tilde {
            f.type = unionTail(embeddedTerm())
            return f
        }
        f.type = typeOrNil()
        if typeSetsOK && tok == .or, let t = f.type {
            f.type = unionTail(t)
        }
        if f.name != nil || f.type != nil { return f }
        syntaxError("expecting " + tokstring(follow))
        advance(.comma, follow)
        return nil
    }

    /// Parses the fields of a parameter list whose "(" or "[" was consumed,
    /// and distributes types over names.
    func paramFields(_ name0: Ident?, _ typ0: Expr?, _ close: Token, requireNames: Bool) -> (list: [PField], end: Pos) {
        if let name0, let typ0, tok == close {
            let end = pos
            next()
            return ([PField(pos: name0.pos, name: name0, type: typ0)], end)
        }
        var name = name0
        var typ = typ0
        var list: [PField] = []
        var named = 0, typed = 0
        let end = self.list("parameter list", .comma, close) {
            var par: PField?
            if let t = typ, let n = name {
                par = PField(pos: n.pos, name: n, type: t)
            } else {
                par = paramDeclOrNil(name, close)
            }
            name = nil
            typ = nil
            if let par {
                if par.name != nil && par.type != nil { named += 1 }
                if par.type != nil { typed += 1 }
                list.append(par)
            }
            return false
        }
        if list.isEmpty { return (list, end) }
        if named == 0 && !requireNames {
            // All unnamed: the names found are types.
            for i in list.indices where list[i].name != nil {
                list[i].type = list[i].name
                list[i].name = nil
            }
        } else if named != list.count {
            // Some named: all must have names and types.
            var errPos = Pos.none
            var t: Expr?
            for i in stride(from: list.count - 1, through: 0, by: -1) {
                if let pt = list[i].type {
                    t = pt
                    if list[i].name == nil {
                        errPos = pt.pos
                        list[i].name = Ident(pos: errPos, name: "_")
                    }
                } else if let t {
                    list[i].type = t
                } else {
                    errPos = list[i].name!.pos
                    list[i].type = BadExpr(pos: errPos)
                }
            }
            if errPos.isValid {
                var msg: String
                if requireNames {
                    if named == typed {
                        errPos = end
                        msg = "missing type constraint"
                    } else {
                        msg = "type parameters must be named"
                    }
                } else {
                    msg = "mixed named and unnamed parameters"
                }
                syntaxErrorAt(errPos, msg)
            }
        }
        return (list, end)
    }

    /// A parameter list as a FieldList; names sharing one type form one Field.
    func paramList(_ open: Pos, _ name0: Ident?, _ typ0: Expr?, _ close: Token, requireNames: Bool) -> FieldList {
        let (list, end) = paramFields(name0, typ0, close, requireNames: requireNames)
        var fields: [Field] = []
        var i = 0
        while i < list.count {
            let t = list[i].type ?? BadExpr(pos: list[i].pos)
            if let n = list[i].name {
                var names = [n]
                var j = i + 1
                while j < list.count, let nj = list[j].name, let tj = list[j].type, tj === t {
                    names.append(nj)
                    j += 1
                }
                fields.append(Field(pos: n.pos, names: names, type: t))
                i = j
            } else {
                fields.append(Field(pos: list[i].pos, names: [], type: t))
                i += 1
            }
        }
        return FieldList(pos: open, fields: fields, closing: end)
    }

    /// TypeName [ TypeArgs ]; the first name may already have been parsed.
    func qualifiedName(_ name0: Ident?) -> Expr {
        var x: Expr
        if let name0 {
            x = name0
        } else if tok == .ident {
            x = name()
        } else {
            x = Ident(pos: pos, name: "_")
            syntaxError("expecting name")
            advance(.period, .semicolon, .rbrace)
        }
        if tok == .period {
            next()
            x = SelectorExpr(x: x, sel: name())
        }
        if tok == .lbrack {
            x = typeInstance(x)
        }
        return x
    }
}
