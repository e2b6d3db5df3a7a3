// The tokens of the Go language, as the spec lists them.

public enum Token: UInt8, Sendable, CustomStringConvertible {
    case illegal, eof, comment

    // Literals.
    case ident, int, float, imag, char, string

    // Operators and delimiters.
    case add, sub, mul, quo, rem               // + - * / %
    case and, or, xor, shl, shr, andNot        // & | ^ << >> &^
    case addAssign, subAssign, mulAssign, quoAssign, remAssign
    case andAssign, orAssign, xorAssign, shlAssign, shrAssign, andNotAssign
    case land, lor, arrow, inc, dec            // && || <- ++ --
    case eql, lss, gtr, assign, not            // == < > = !
    case neq, leq, geq, define, ellipsis       // != <= >= := ...
    case lparen, lbrack, lbrace, comma, period
    case rparen, rbrack, rbrace, semicolon, colon
    case tilde                                 // ~

    // Keywords.
    case `break`, `case`, chan, const, `continue`
    case `default`, `defer`, `else`, `fallthrough`, `for`
    case `func`, go, goto, `if`, `import`
    case interface, map, package, range, `return`
    case select, `struct`, `switch`, type, `var`

    public var description: String { Token.spellings[Int(rawValue)] }

    static let spellings: [String] = [
        "ILLEGAL", "EOF", "COMMENT",
        "IDENT", "INT", "FLOAT", "IMAG", "CHAR", "STRING",
        "+", "-", "*", "/", "%",
        "&", "|", "^", "<<", ">>", "&^",
        "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "<<=", ">>=", "&^=",
        "&&", "||", "<-", "++", "--",
        "==", "<", ">", "=", "!",
        "!=", "<=", ">=", ":=", "...",
        "(", "[", "{", ",", ".",
        ")", "]", "}", ";", ":",
        "~",
        "break", "case", "chan", "const", "continue",
        "default", "defer", "else", "fallthrough", "for",
        "func", "go", "goto", "if", "import",
        "interface", "map", "package", "range", "return",
        "select", "struct", "switch", "type", "var",
    ]

    public static let keywords: [String: Token] = {
        var m: [String: Token] = [:]
        for raw in Token.break.rawValue...Token.var.rawValue {
            let t = Token(rawValue: raw)!
            m[t.description] = t
        }
        return m
    }()

    public var isKeyword: Bool { rawValue >= Token.break.rawValue }
    public var isLiteral: Bool { rawValue >= Token.ident.rawValue && rawValue <= Token.string.rawValue }

    /// Binary operator precedence as in the spec; 0 for non-binary tokens.
    public var precedence: Int {
        switch self {
        case .lor: return 1
        case .land: return 2
        case .eql, .neq, .lss, .leq, .gtr, .geq: return 3
        case .add, .sub, .or, .xor: return 4
        case .mul, .quo, .rem, .shl, .shr, .and, .andNot: return 5
        default: return 0
        }
    }

    /// For `x op= y`, the binary operator `op`.
    public var assignOpBase: Token? {
        switch self {
        case .addAssign: return .add
        case .subAssign: return .sub
        case .mulAssign: return .mul
        case .quoAssign: return .quo
        case .remAssign: return .rem
        case .andAssign: return .and
        case .orAssign: return .or
        case .xorAssign: return .xor
        case .shlAssign: return .shl
        case .shrAssign: return .shr
        case .andNotAssign: return .andNot
        default: return nil
        }
    }
}
