// The syntax tree, shaped like go/ast: expressions, statements and
// declarations are classes so that the checker can key facts by node identity
// (ObjectIdentifier) the way go/types keys its Info maps.

// MARK: - Node kinds

public class Node {
    /// The position of the node's first character.
    public let pos: Pos
    init(pos: Pos) { self.pos = pos }
}

public class Expr: Node {}
public class Stmt: Node {}
public class Decl: Node {}

// MARK: - Comments and files

public final class Comment {
    public let pos: Pos
    public let text: String   // with the // or /* */ markers
    public init(pos: Pos, text: String) { self.pos = pos; self.text = text }
}

/// A `//go:...` directive seen at the top level, e.g. `//go:linkname a b`
/// or `//go:noinline` right before a func declaration.
public struct Pragma {
    public let pos: Pos
    public let text: String   // without the leading "//"
    public init(pos: Pos, text: String) { self.pos = pos; self.text = text }
}

public final class File {
    public let source: SourceFile
    public let package: Pos
    public let name: Ident
    public var imports: [ImportSpec]
    public var decls: [Decl]
    /// `//go:build` or `// +build` lines before the package clause.
    public var buildConstraints: [String]
    public var pragmas: [Pragma]

    public init(source: SourceFile, package: Pos, name: Ident, imports: [ImportSpec], decls: [Decl],
                buildConstraints: [String] = [], pragmas: [Pragma] = []) {
        self.source = source
        self.package = package
        self.name = name
        self.imports = imports
        self.decls = decls
        self.buildConstraints = buildConstraints
        self.pragmas = pragmas
    }
}

// MARK: - Fields (parameters, results, struct fields, interface elements)

public final class Field: Node {
    /// Empty for anonymous parameters, embedded fields and interface embeddings.
    public let names: [Ident]
    /// The type; for an interface method, a FuncType.
    public let type: Expr
    public let tag: BasicLit?
    public init(pos: Pos, names: [Ident], type: Expr, tag: BasicLit? = nil) {
        self.names = names; self.type = type; self.tag = tag
        super.init(pos: pos)
    }
}

public final class FieldList: Node {
    public let fields: [Field]
    public let closing: Pos
    public init(pos: Pos, fields: [Field], closing: Pos) {
        self.fields = fields; self.closing = closing
        super.init(pos: pos)
    }
    /// Number of names, counting an unnamed field as one.
    public var count: Int { fields.reduce(0) { $0 + max(1, $1.names.count) } }
}

// MARK: - Expressions

public final class BadExpr: Expr {}

public final class Ident: Expr {
    public let name: String
    public init(pos: Pos, name: String) { self.name = name; super.init(pos: pos) }
    public var isBlank: Bool { name == "_" }
}

/// `...T` in a parameter list, or `[...]T` in an array type (elt nil).
public final class Ellipsis: Expr {
    public let elt: Expr?
    public init(pos: Pos, elt: Expr?) { self.elt = elt; super.init(pos: pos) }
}

public final class BasicLit: Expr {
    /// .int, .float, .imag, .char or .string
    public let kind: Token
    /// The literal exactly as written in the source.
    public let value: String
    public init(pos: Pos, kind: Token, value: String) {
        self.kind = kind; self.value = value; super.init(pos: pos)
    }
}

public final class FuncLit: Expr {
    public let type: FuncType
    public let body: BlockStmt
    public init(pos: Pos, type: FuncType, body: BlockStmt) {
        self.type = type; self.body = body; super.init(pos: pos)
    }
}

public final class CompositeLit: Expr {
    /// nil for an elided type inside another composite literal.
    public let type: Expr?
    public let lbrace: Pos
    public let elts: [Expr]
    public let rbrace: Pos
    public init(pos: Pos, type: Expr?, lbrace: Pos, elts: [Expr], rbrace: Pos) {
        self.type = type; self.lbrace = lbrace; self.elts = elts; self.rbrace = rbrace
        super.init(pos: pos)
    }
}

public final class ParenExpr: Expr {
    public let x: Expr
    public init(pos: Pos, x: Expr) { self.x = x; super.init(pos: pos) }
}

public final class SelectorExpr: Expr {
    public let x: Expr
    public let sel: Ident
    public init(x: Expr, sel: Ident) { self.x = x; self.sel = sel; super.init(pos: x.pos) }
}

/// `x[i]`, and also a generic instantiation with one type argument `F[int]`.
public final class IndexExpr: Expr {
    public let x: Expr
    public let lbrack: Pos
    public let index: Expr
    public init(x: Expr, lbrack: Pos, index: Expr) {
        self.x = x; self.lbrack = lbrack; self.index = index; super.init(pos: x.pos)
    }
}

/// A generic instantiation with several type arguments: `F[int, string]`.
public final class IndexListExpr: Expr {
    public let x: Expr
    public let lbrack: Pos
    public let indices: [Expr]
    public init(x: Expr, lbrack: Pos, indices: [Expr]) {
        self.x = x; self.lbrack = lbrack; self.indices = indices; super.init(pos: x.pos)
    }
}

public final class SliceExpr: Expr {
    public let x: Expr
    public let lbrack: Pos
    public let low: Expr?
    public let high: Expr?
    public let max: Expr?
    public let slice3: Bool
    public init(x: Expr, lbrack: Pos, low: Expr?, high: Expr?, max: Expr?, slice3: Bool) {
        self.x = x; self.lbrack = lbrack; self.low = low; self.high = high; self.max = max
        self.slice3 = slice3
        super.init(pos: x.pos)
    }
}

/// `x.(T)`; type is nil for `x.(type)` in a type switch.
public final class TypeAssertExpr: Expr {
    public let x: Expr
    public let type: Expr?
    public let lparen: Pos
    public init(x: Expr, type: Expr?, lparen: Pos) {
        self.x = x; self.type = type; self.lparen = lparen; super.init(pos: x.pos)
    }
}

public final class CallExpr: Expr {
    public let fun: Expr
    public let lparen: Pos
    public let args: [Expr]
    /// Position of `...` after the last argument, or .none.
    public let ellipsis: Pos
    public let rparen: Pos
    public init(fun: Expr, lparen: Pos, args: [Expr], ellipsis: Pos, rparen: Pos) {
        self.fun = fun; self.lparen = lparen; self.args = args; self.ellipsis = ellipsis
        self.rparen = rparen
        super.init(pos: fun.pos)
    }
    public var hasEllipsis: Bool { ellipsis.isValid }
}

/// `*x`: a dereference or a pointer type.
public final class StarExpr: Expr {
    public let x: Expr
    public init(pos: Pos, x: Expr) { self.x = x; super.init(pos: pos) }
}

/// Unary `+x -x !x ^x &x <-x`, and `~T` in a constraint.
public final class UnaryExpr: Expr {
    public let op: Token
    public let x: Expr
    public init(pos: Pos, op: Token, x: Expr) { self.op = op; self.x = x; super.init(pos: pos) }
}

public final class BinaryExpr: Expr {
    public let x: Expr
    public let opPos: Pos
    public let op: Token
    public let y: Expr
    public init(x: Expr, opPos: Pos, op: Token, y: Expr) {
        self.x = x; self.opPos = opPos; self.op = op; self.y = y; super.init(pos: x.pos)
    }
}

/// `key: value` inside a composite literal.
public final class KeyValueExpr: Expr {
    public let key: Expr
    public let colon: Pos
    public let value: Expr
    public init(key: Expr, colon: Pos, value: Expr) {
        self.key = key; self.colon = colon; self.value = value; super.init(pos: key.pos)
    }
}

// MARK: - Type expressions

/// `[len]elt`; len nil for a slice type, an Ellipsis for `[...]T`.
public final class ArrayType: Expr {
    public let len: Expr?
    public let elt: Expr
    public init(pos: Pos, len: Expr?, elt: Expr) { self.len = len; self.elt = elt; super.init(pos: pos) }
}

public final class StructType: Expr {
    public let fields: FieldList
    public init(pos: Pos, fields: FieldList) { self.fields = fields; super.init(pos: pos) }
}

public final class FuncType: Expr {
    public let typeParams: FieldList?
    public let params: FieldList
    public let results: FieldList?
    public init(pos: Pos, typeParams: FieldList?, params: FieldList, results: FieldList?) {
        self.typeParams = typeParams; self.params = params; self.results = results
        super.init(pos: pos)
    }
}

/// Methods are Fields with one name and a FuncType; embedded elements
/// (interfaces, `~T`, unions `A | B`) are Fields without names.
public final class InterfaceType: Expr {
    public let methods: FieldList
    public init(pos: Pos, methods: FieldList) { self.methods = methods; super.init(pos: pos) }
}

public final class MapType: Expr {
    public let key: Expr
    public let value: Expr
    public init(pos: Pos, key: Expr, value: Expr) { self.key = key; self.value = value; super.init(pos: pos) }
}

public enum ChanDir: Sendable { case both, send, recv }

public final class ChanType: Expr {
    public let dir: ChanDir
    public let value: Expr
    public init(pos: Pos, dir: ChanDir, value: Expr) { self.dir = dir; self.value = value; super.init(pos: pos) }
}

// MARK: - Statements

public final class BadStmt: Stmt {}

public final class DeclStmt: Stmt {
    public let decl: GenDecl
    public init(decl: GenDecl) { self.decl = decl; super.init(pos: decl.pos) }
}

/// An empty statement; implicit when a semicolon was inserted before `}`.
public final class EmptyStmt: Stmt {
    public let implicit: Bool
    public init(pos: Pos, implicit: Bool) { self.implicit = implicit; super.init(pos: pos) }
}

public final class LabeledStmt: Stmt {
    public let label: Ident
    public let stmt: Stmt
    public init(label: Ident, stmt: Stmt) { self.label = label; self.stmt = stmt; super.init(pos: label.pos) }
}

public final class ExprStmt: Stmt {
    public let x: Expr
    public init(x: Expr) { self.x = x; super.init(pos: x.pos) }
}

public final class SendStmt: Stmt {
    public let chan: Expr
    public let arrow: Pos
    public let value: Expr
    public init(chan: Expr, arrow: Pos, value: Expr) {
        self.chan = chan; self.arrow = arrow; self.value = value; super.init(pos: chan.pos)
    }
}

/// `x++` or `x--`.
public final class IncDecStmt: Stmt {
    public let x: Expr
    public let tokPos: Pos
    public let tok: Token
    public init(x: Expr, tokPos: Pos, tok: Token) { self.x = x; self.tokPos = tokPos; self.tok = tok; super.init(pos: x.pos) }
}

/// `=`, `:=` or `op=`.
public final class AssignStmt: Stmt {
    public let lhs: [Expr]
    public let tokPos: Pos
    public let tok: Token
    public let rhs: [Expr]
    public init(lhs: [Expr], tokPos: Pos, tok: Token, rhs: [Expr]) {
        self.lhs = lhs; self.tokPos = tokPos; self.tok = tok; self.rhs = rhs
        super.init(pos: lhs.first?.pos ?? tokPos)
    }
}

public final class GoStmt: Stmt {
    public let call: CallExpr
    public init(pos: Pos, call: CallExpr) { self.call = call; super.init(pos: pos) }
}

public final class DeferStmt: Stmt {
    public let call: CallExpr
    public init(pos: Pos, call: CallExpr) { self.call = call; super.init(pos: pos) }
}

public final class ReturnStmt: Stmt {
    public let results: [Expr]
    public init(pos: Pos, results: [Expr]) { self.results = results; super.init(pos: pos) }
}

/// break, continue, goto, fallthrough.
public final class BranchStmt: Stmt {
    public let tok: Token
    public let label: Ident?
    public init(pos: Pos, tok: Token, label: Ident?) { self.tok = tok; self.label = label; super.init(pos: pos) }
}

public final class BlockStmt: Stmt {
    public let stmts: [Stmt]
    public let rbrace: Pos
    public init(pos: Pos, stmts: [Stmt], rbrace: Pos) { self.stmts = stmts; self.rbrace = rbrace; super.init(pos: pos) }
}

public final class IfStmt: Stmt {
    public let initStmt: Stmt?
    public let cond: Expr
    public let body: BlockStmt
    /// nil, an IfStmt or a BlockStmt.
    public let elseStmt: Stmt?
    public init(pos: Pos, initStmt: Stmt?, cond: Expr, body: BlockStmt, elseStmt: Stmt?) {
        self.initStmt = initStmt; self.cond = cond; self.body = body; self.elseStmt = elseStmt
        super.init(pos: pos)
    }
}

/// A case of an expression or type switch; list empty for `default`.
public final class CaseClause: Stmt {
    public let list: [Expr]
    public let isDefault: Bool
    public let colon: Pos
    public let body: [Stmt]
    public init(pos: Pos, list: [Expr], isDefault: Bool, colon: Pos, body: [Stmt]) {
        self.list = list; self.isDefault = isDefault; self.colon = colon; self.body = body
        super.init(pos: pos)
    }
}

public final class SwitchStmt: Stmt {
    public let initStmt: Stmt?
    public let tag: Expr?
    /// CaseClauses.
    public let body: BlockStmt
    public init(pos: Pos, initStmt: Stmt?, tag: Expr?, body: BlockStmt) {
        self.initStmt = initStmt; self.tag = tag; self.body = body; super.init(pos: pos)
    }
}

/// `switch [init;] [x :=] y.(type) {...}`; assign is an ExprStmt of a
/// TypeAssertExpr or an AssignStmt (`:=`) whose rhs is one.
public final class TypeSwitchStmt: Stmt {
    public let initStmt: Stmt?
    public let assign: Stmt
    /// CaseClauses.
    public let body: BlockStmt
    public init(pos: Pos, initStmt: Stmt?, assign: Stmt, body: BlockStmt) {
        self.initStmt = initStmt; self.assign = assign; self.body = body; super.init(pos: pos)
    }
}

/// A case of a select; comm nil for `default`.
public final class CommClause: Stmt {
    /// A SendStmt, an ExprStmt (`<-c`), or an AssignStmt (`v[, ok] = / := <-c`).
    public let comm: Stmt?
    public let colon: Pos
    public let body: [Stmt]
    public init(pos: Pos, comm: Stmt?, colon: Pos, body: [Stmt]) {
        self.comm = comm; self.colon = colon; self.body = body; super.init(pos: pos)
    }
}

public final class SelectStmt: Stmt {
    /// CommClauses.
    public let body: BlockStmt
    public init(pos: Pos, body: BlockStmt) { self.body = body; super.init(pos: pos) }
}

public final class ForStmt: Stmt {
    public let initStmt: Stmt?
    public let cond: Expr?
    public let post: Stmt?
    public let body: BlockStmt
    public init(pos: Pos, initStmt: Stmt?, cond: Expr?, post: Stmt?, body: BlockStmt) {
        self.initStmt = initStmt; self.cond = cond; self.post = post; self.body = body
        super.init(pos: pos)
    }
}

/// `for [key[, value] (=|:=)] range x {...}`; tok is .illegal when there are no variables.
public final class RangeStmt: Stmt {
    public let key: Expr?
    public let value: Expr?
    public let tokPos: Pos
    public let tok: Token
    public let x: Expr
    public let body: BlockStmt
    public init(pos: Pos, key: Expr?, value: Expr?, tokPos: Pos, tok: Token, x: Expr, body: BlockStmt) {
        self.key = key; self.value = value; self.tokPos = tokPos; self.tok = tok; self.x = x; self.body = body
        super.init(pos: pos)
    }
}

// MARK: - Declarations

public class Spec: Node {}

public final class ImportSpec: Spec {
    /// The local name, `.` or `_`, or nil.
    public let name: Ident?
    /// The path literal, with quotes.
    public let path: BasicLit
    public init(pos: Pos, name: Ident?, path: BasicLit) { self.name = name; self.path = path; super.init(pos: pos) }

    /// The import path without quotes.
    public var pathValue: String {
        var s = path.value
        if s.count >= 2 { s.removeFirst(); s.removeLast() }
        return s
    }
}

/// A const or var spec.
public final class ValueSpec: Spec {
    public let names: [Ident]
    public let type: Expr?
    public let values: [Expr]
    /// For consts: the index of this spec in its group (the value of iota).
    public let iota: Int
    public init(pos: Pos, names: [Ident], type: Expr?, values: [Expr], iota: Int) {
        self.names = names; self.type = type; self.values = values; self.iota = iota
        super.init(pos: pos)
    }
}

public final class TypeSpec: Spec {
    public let name: Ident
    public let typeParams: FieldList?
    /// Position of `=` for an alias, else .none.
    public let assign: Pos
    public let type: Expr
    public init(pos: Pos, name: Ident, typeParams: FieldList?, assign: Pos, type: Expr) {
        self.name = name; self.typeParams = typeParams; self.assign = assign; self.type = type
        super.init(pos: pos)
    }
    public var isAlias: Bool { assign.isValid }
}

public final class BadDecl: Decl {}

/// import, const, type or var, with or without parentheses.
public final class GenDecl: Decl {
    public let tok: Token
    public let lparen: Pos
    public let specs: [Spec]
    public let rparen: Pos
    public init(pos: Pos, tok: Token, lparen: Pos, specs: [Spec], rparen: Pos) {
        self.tok = tok; self.lparen = lparen; self.specs = specs; self.rparen = rparen
        super.init(pos: pos)
    }
}

public final class FuncDecl: Decl {
    public let recv: FieldList?
    public let name: Ident
    public let type: FuncType
    /// nil for a function declared without a body (implemented elsewhere).
    public let body: BlockStmt?
    /// `//go:` directives written directly above the declaration.
    public let pragmas: [String]
    public init(pos: Pos, recv: FieldList?, name: Ident, type: FuncType, body: BlockStmt?, pragmas: [String] = []) {
        self.recv = recv; self.name = name; self.type = type; self.body = body; self.pragmas = pragmas
        super.init(pos: pos)
    }
}
