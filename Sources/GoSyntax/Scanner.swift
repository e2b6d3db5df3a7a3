// The Go scanner: bytes in, tokens out, with automatic semicolon insertion
// exactly as the spec (and gc's syntax package) does it. Errors use the
// wording of cmd/compile/internal/syntax/scanner.go.

/// A tokenizer over one file's bytes. Call `next()` to advance; the current
/// token is in `tok`, `pos`/`offset`, and `lit`.
public struct Scanner {
    public let file: SourceFile
    let diagnostics: DiagnosticList?
    /// The source with a NUL sentinel appended (src.count == n + 1).
    let src: [UInt8]
    let n: Int
    /// Offset of the next unread byte.
    var cur: Int = 0
    /// Whether a newline (or EOF) at this point becomes a semicolon.
    var nlsemi = false

    // The current token.
    public private(set) var tok: Token = .illegal
    /// Byte offset of the current token in the file.
    public private(set) var offset: Int = 0
    /// Byte offset just after the current token.
    public private(set) var endOffset: Int = 0
    /// The literal text for identifiers and literals; for a semicolon,
    /// "semicolon", "newline" or "EOF" (how it came to be).
    public private(set) var lit: String = ""
    /// Whether the current literal had an error (already reported).
    public private(set) var bad = false

    /// Every `//go:` directive seen so far, in order (text without `//`).
    public private(set) var directives: [Pragma] = []
    /// `//go:build` and `// +build` lines (full text, with `//`) and their offsets.
    public private(set) var buildLines: [(offset: Int, text: String)] = []
    /// The `//go:` directives (text without `//`) of the comment group that
    /// ends on the line directly above the current token.
    public private(set) var leadDirectives: [String] = []

    // Comment-group tracking for leadDirectives.
    var groupDirectives: [String] = []
    var groupEndLine = -10
    var tokenSinceComment = true
    /// Number of errors reported by this scanner.
    public private(set) var errorCount = 0

    public init(file: SourceFile, source: [UInt8], diagnostics: DiagnosticList?) {
        self.file = file
        self.diagnostics = diagnostics
        var s = source
        s.append(0)
        self.src = s
        self.n = source.count
        // A BOM is permitted (and ignored) only as the very first character.
        if n >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF { cur = 3 }
    }

    public var pos: Pos { file.pos(offset) }

    /// The current line number (1-based) at the read cursor.
    @inline(__always) var currentLine: Int { file.lineStarts.count }

    mutating func error(at off: Int, _ msg: String) {
        errorCount += 1
        diagnostics?.error(file.pos(off), msg)
    }

    @inline(__always) func byte(_ i: Int) -> UInt8 { src[i] }

    @inline(__always) mutating func newline(at i: Int) {
        // i is the offset of a '\n'; the next line starts after it.
        file.addLine(at: i + 1)
    }

    /// Abandons the rest of the input: the current token becomes EOF.
    mutating func skipToEOF() {
        cur = n
        nlsemi = false
        offset = n
        endOffset = n
        tok = .eof
        lit = ""
    }

    // MARK: - Main loop

    /// Advances to the next token.
    public mutating func next() {
        let semiOK = nlsemi
        nlsemi = false
        lit = ""
        bad = false
        while true {
            // Skip white space.
            var c = src[cur]
            while c == 0x20 || c == 0x09 || c == 0x0D || (c == 0x0A && !semiOK) {
                if c == 0x0A { newline(at: cur) }
                cur += 1
                c = src[cur]
            }
            offset = cur
            if c == 0 {
                if cur >= n {
                    if semiOK { setTok(.semicolon, lit: "EOF"); return }
                    tok = .eof
                    endOffset = cur
                    emitToken()
                    return
                }
                error(at: cur, "invalid NUL character")
                cur += 1
                continue
            }
            if isLetter(c) {
                scanIdentifier()
                return
            }
            if c >= 0x80 {
                let (r, w) = decodeRune(cur)
                if w == 1 && r == 0xFFFD {
                    error(at: cur, "invalid UTF-8 encoding")
                    cur += 1
                    continue
                }
                if r == 0xFEFF {
                    error(at: cur, "invalid BOM in the middle of the file")
                    cur += w
                    continue
                }
                scanIdentifier()
                return
            }
            let start = cur
            cur += 1
            let d = src[cur]
            switch c {
            case 0x0A:
                newline(at: start)
                setTok(.semicolon, lit: "newline")
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                cur = start
                scanNumber(seenPoint: false)
            case UInt8(ascii: "\""):
                scanString()
            case UInt8(ascii: "`"):
                scanRawString()
            case UInt8(ascii: "'"):
                scanRune()
            case UInt8(ascii: "("): setTok(.lparen)
            case UInt8(ascii: "["): setTok(.lbrack)
            case UInt8(ascii: "{"): setTok(.lbrace)
            case UInt8(ascii: ","): setTok(.comma)
            case UInt8(ascii: ";"): setTok(.semicolon, lit: "semicolon")
            case UInt8(ascii: ")"): nlsemi = true; setTok(.rparen)
            case UInt8(ascii: "]"): nlsemi = true; setTok(.rbrack)
            case UInt8(ascii: "}"): nlsemi = true; setTok(.rbrace)
            case UInt8(ascii: ":"):
                if d == UInt8(ascii: "=") { cur += 1; setTok(.define) } else { setTok(.colon) }
            case UInt8(ascii: "."):
                if isDecimal(d) {
                    cur = start
                    scanNumber(seenPoint: true)
                } else if d == UInt8(ascii: ".") && src[cur + 1] == UInt8(ascii: ".") {
                    cur += 2
                    setTok(.ellipsis)
                } else {
                    setTok(.period)
                }
            case UInt8(ascii: "+"):
                if d == UInt8(ascii: "+") { cur += 1; nlsemi = true; setTok(.inc) } else { assignOp(.add, .addAssign) }
            case UInt8(ascii: "-"):
                if d == UInt8(ascii: "-") { cur += 1; nlsemi = true; setTok(.dec) } else { assignOp(.sub, .subAssign) }
            case UInt8(ascii: "*"):
                assignOp(.mul, .mulAssign)
            case UInt8(ascii: "/"):
                if d == UInt8(ascii: "/") {
                    scanLineComment(start: start)
                    continue
                }
                if d == UInt8(ascii: "*") {
                    let line0 = currentLine
                    scanGeneralComment(start: start)
                    if semiOK && currentLine > line0 {
                        // A multi-line comment acts like a newline.
                        offset = start
                        setTok(.semicolon, lit: "newline")
                        return
                    }
                    continue
                }
                assignOp(.quo, .quoAssign)
            case UInt8(ascii: "%"):
                assignOp(.rem, .remAssign)
            case UInt8(ascii: "&"):
                if d == UInt8(ascii: "&") { cur += 1; setTok(.land) }
                else if d == UInt8(ascii: "^") { cur += 1; assignOp(.andNot, .andNotAssign) }
                else { assignOp(.and, .andAssign) }
            case UInt8(ascii: "|"):
                if d == UInt8(ascii: "|") { cur += 1; setTok(.lor) } else { assignOp(.or, .orAssign) }
            case UInt8(ascii: "^"):
                assignOp(.xor, .xorAssign)
            case UInt8(ascii: "<"):
                if d == UInt8(ascii: "=") { cur += 1; setTok(.leq) }
                else if d == UInt8(ascii: "<") { cur += 1; assignOp(.shl, .shlAssign) }
                else if d == UInt8(ascii: "-") { cur += 1; setTok(.arrow) }
                else { setTok(.lss) }
            case UInt8(ascii: ">"):
                if d == UInt8(ascii: "=") { cur += 1; setTok(.geq) }
                else if d == UInt8(ascii: ">") { cur += 1; assignOp(.shr, .shrAssign) }
                else { setTok(.gtr) }
            case UInt8(ascii: "="):
                if d == UInt8(ascii: "=") { cur += 1; setTok(.eql) } else { setTok(.assign) }
            case UInt8(ascii: "!"):
                if d == UInt8(ascii: "=") { cur += 1; setTok(.neq) } else { setTok(.not) }
            case UInt8(ascii: "~"):
                setTok(.tilde)
            default:
                error(at: start, "invalid character \(formatU(UInt32(c)))")
                continue
            }
            return
        }
    }

    @inline(__always) mutating func assignOp(_ op: Token, _ opAssign: Token) {
        if src[cur] == UInt8(ascii: "=") {
            cur += 1
            setTok(opAssign)
        } else {
            setTok(op)
        }
    }

    @inline(__always) mutating func setTok(_ t: Token, lit l: String = "") {
        tok = t
        if !l.isEmpty { lit = l }
        endOffset = cur
        emitToken()
    }

    /// Bookkeeping for comment groups when a token is produced.
    @inline(__always) mutating func emitToken() {
        if !tokenSinceComment {
            tokenSinceComment = true
            if !groupDirectives.isEmpty {
                let line = file.position(of: offset).line
                leadDirectives = groupEndLine == line - 1 ? groupDirectives : []
                return
            }
        }
        if !leadDirectives.isEmpty { leadDirectives = [] }
    }

    // MARK: - Identifiers and keywords

    mutating func scanIdentifier() {
        let start = cur
        var first = true
        while true {
            let c = src[cur]
            if isLetter(c) || isDecimal(c) {
                cur += 1
            } else if c >= 0x80 {
                let (r, w) = decodeRune(cur)
                if w == 1 && r == 0xFFFD { break }
                if r == 0xFEFF { break }
                if isUnicodeLetter(r) {
                    // ok
                } else if isUnicodeDigit(r) {
                    if first && cur == start {
                        error(at: cur, "identifier cannot begin with digit \(formatU(r))")
                    }
                } else {
                    error(at: cur, "invalid character \(formatU(r)) in identifier")
                }
                cur += w
            } else {
                break
            }
            first = false
        }
        let len = cur - start
        if len >= 2 && len <= 11, let kw = keyword(start, len) {
            nlsemi = kw == .break || kw == .continue || kw == .fallthrough || kw == .return
            setTok(kw)
            return
        }
        nlsemi = true
        lit = String(decoding: src[start..<cur], as: UTF8.self)
        setTok(.ident)
    }

    func keyword(_ s: Int, _ len: Int) -> Token? {
        let c0 = src[s]
        guard c0 >= UInt8(ascii: "b") && c0 <= UInt8(ascii: "v") else { return nil }
        let cands: [Token]
        switch c0 {
        case UInt8(ascii: "b"): cands = [.break]
        case UInt8(ascii: "c"): cands = [.case, .chan, .const, .continue]
        case UInt8(ascii: "d"): cands = [.default, .defer]
        case UInt8(ascii: "e"): cands = [.else]
        case UInt8(ascii: "f"): cands = [.fallthrough, .for, .func]
        case UInt8(ascii: "g"): cands = [.go, .goto]
        case UInt8(ascii: "i"): cands = [.if, .import, .interface]
        case UInt8(ascii: "m"): cands = [.map]
        case UInt8(ascii: "p"): cands = [.package]
        case UInt8(ascii: "r"): cands = [.range, .return]
        case UInt8(ascii: "s"): cands = [.select, .struct, .switch]
        case UInt8(ascii: "t"): cands = [.type]
        case UInt8(ascii: "v"): cands = [.var]
        default: return nil
        }
        outer: for t in cands {
            let kw = keywordBytes[Int(t.rawValue - Token.break.rawValue)]
            if kw.count != len { continue }
            for i in 1..<len where kw[i] != src[s + i] { continue outer }
            return t
        }
        return nil
    }

    // MARK: - Numbers

    /// Accepts { digit | '_' }; returns bit 0 = digits seen, bit 1 = '_' seen.
    /// For base <= 10 records in `invalid` the index (from `start`) of the first digit >= base.
    mutating func digits(base: Int, start: Int, invalid: inout Int) -> Int {
        var digsep = 0
        if base <= 10 {
            let max = UInt8(ascii: "0") + UInt8(base)
            while true {
                let c = src[cur]
                if isDecimal(c) {
                    if c >= max && invalid < 0 { invalid = cur - start }
                    digsep |= 1
                } else if c == UInt8(ascii: "_") {
                    digsep |= 2
                } else { break }
                cur += 1
            }
        } else {
            while true {
                let c = src[cur]
                if isHex(c) { digsep |= 1 } else if c == UInt8(ascii: "_") { digsep |= 2 } else { break }
                cur += 1
            }
        }
        return digsep
    }

    mutating func scanNumber(seenPoint seen: Bool) {
        let start = cur
        var seenPoint = seen
        var ok = true
        var kind = Token.int
        var base = 10
        var prefix: UInt8 = 0
        var digsep = 0
        var invalid = -1

        if !seenPoint {
            if src[cur] == UInt8(ascii: "0") {
                cur += 1
                switch lower(src[cur]) {
                case UInt8(ascii: "x"): cur += 1; base = 16; prefix = UInt8(ascii: "x")
                case UInt8(ascii: "o"): cur += 1; base = 8; prefix = UInt8(ascii: "o")
                case UInt8(ascii: "b"): cur += 1; base = 2; prefix = UInt8(ascii: "b")
                default: base = 8; prefix = UInt8(ascii: "0"); digsep = 1
                }
            }
            digsep |= digits(base: base, start: start, invalid: &invalid)
            if src[cur] == UInt8(ascii: ".") {
                if prefix == UInt8(ascii: "o") || prefix == UInt8(ascii: "b") {
                    error(at: cur, "invalid radix point in \(baseName(base)) literal")
                    ok = false
                }
                cur += 1
                seenPoint = true
            }
        } else {
            cur += 1 // the '.'
        }
        if seenPoint {
            kind = .float
            digsep |= digits(base: base, start: start, invalid: &invalid)
        }
        if digsep & 1 == 0 && ok {
            error(at: cur, "\(baseName(base)) literal has no digits")
            ok = false
        }
        let e = lower(src[cur])
        if e == UInt8(ascii: "e") || e == UInt8(ascii: "p") {
            if ok {
                if e == UInt8(ascii: "e") && prefix != 0 && prefix != UInt8(ascii: "0") {
                    error(at: cur, "'\(Character(Unicode.Scalar(src[cur])))' exponent requires decimal mantissa")
                    ok = false
                } else if e == UInt8(ascii: "p") && prefix != UInt8(ascii: "x") {
                    error(at: cur, "'\(Character(Unicode.Scalar(src[cur])))' exponent requires hexadecimal mantissa")
                    ok = false
                }
            }
            cur += 1
            kind = .float
            if src[cur] == UInt8(ascii: "+") || src[cur] == UInt8(ascii: "-") { cur += 1 }
            var dummy = -1
            let ds = digits(base: 10, start: start, invalid: &dummy)
            digsep = ds | (digsep & 2)
            if ds & 1 == 0 && ok {
                error(at: cur, "exponent has no digits")
                ok = false
            }
        } else if prefix == UInt8(ascii: "x") && kind == .float && ok {
            error(at: cur, "hexadecimal mantissa requires a 'p' exponent")
            ok = false
        }
        if src[cur] == UInt8(ascii: "i") {
            kind = .imag
            cur += 1
        }
        if kind == .int && invalid >= 0 && ok {
            error(at: start + invalid, "invalid digit '\(Character(Unicode.Scalar(src[start + invalid])))' in \(baseName(base)) literal")
            ok = false
        }
        if digsep & 2 != 0 && ok {
            let i = invalidSep(start, cur)
            if i >= 0 {
                error(at: start + i, "'_' must separate successive digits")
                ok = false
            }
        }
        nlsemi = true
        lit = String(decoding: src[start..<cur], as: UTF8.self)
        bad = !ok
        setTok(kind)
    }

    /// The index (relative to start) of the first misplaced '_' in src[start..<end], or -1.
    func invalidSep(_ start: Int, _ end: Int) -> Int {
        var x1: UInt8 = 0x20
        var d: UInt8 = UInt8(ascii: ".")
        var i = 0
        let len = end - start
        if len >= 2 && src[start] == UInt8(ascii: "0") {
            x1 = lower(src[start + 1])
            if x1 == UInt8(ascii: "x") || x1 == UInt8(ascii: "o") || x1 == UInt8(ascii: "b") {
                d = UInt8(ascii: "0")
                i = 2
            }
        }
        while i < len {
            let p = d
            d = src[start + i]
            if d == UInt8(ascii: "_") {
                if p != UInt8(ascii: "0") { return i }
            } else if isDecimal(d) || (x1 == UInt8(ascii: "x") && isHex(d)) {
                d = UInt8(ascii: "0")
            } else {
                if p == UInt8(ascii: "_") { return i - 1 }
                d = UInt8(ascii: ".")
            }
            i += 1
        }
        if d == UInt8(ascii: "_") { return len - 1 }
        return -1
    }

    // MARK: - Strings and runes

    /// Checks a non-ASCII or NUL byte inside a literal or comment; returns its width.
    @inline(__always) mutating func skipSpecial(_ c: UInt8) -> Int {
        if c == 0 {
            error(at: cur, "invalid NUL character")
            return 1
        }
        let (r, w) = decodeRune(cur)
        if w == 1 && r == 0xFFFD {
            error(at: cur, "invalid UTF-8 encoding")
        } else if r == 0xFEFF {
            error(at: cur, "invalid BOM in the middle of the file")
        }
        return w
    }

    mutating func scanString() {
        let start = cur - 1
        var ok = true
        while true {
            let c = src[cur]
            if c == UInt8(ascii: "\"") { cur += 1; break }
            if c == UInt8(ascii: "\\") {
                cur += 1
                if !escape(quote: UInt8(ascii: "\"")) { ok = false }
                continue
            }
            if c == 0x0A {
                error(at: cur, "newline in string")
                ok = false
                break
            }
            if c == 0 && cur >= n {
                error(at: start, "string not terminated")
                ok = false
                break
            }
            if c >= 0x80 || c == 0 { cur += skipSpecial(c) } else { cur += 1 }
        }
        nlsemi = true
        lit = String(decoding: src[start..<cur], as: UTF8.self)
        bad = !ok
        setTok(.string)
    }

    mutating func scanRawString() {
        let start = cur - 1
        var ok = true
        while true {
            let c = src[cur]
            if c == UInt8(ascii: "`") { cur += 1; break }
            if c == 0 && cur >= n {
                error(at: start, "string not terminated")
                ok = false
                break
            }
            if c == 0x0A { newline(at: cur) }
            if c >= 0x80 || c == 0 { cur += skipSpecial(c) } else { cur += 1 }
        }
        nlsemi = true
        lit = String(decoding: src[start..<cur], as: UTF8.self)
        bad = !ok
        setTok(.string)
    }

    mutating func scanRune() {
        let start = cur - 1
        var ok = true
        var count = 0
        while true {
            let c = src[cur]
            if c == UInt8(ascii: "'") {
                if ok {
                    if count == 0 {
                        error(at: cur, "empty rune literal or unescaped '")
                        ok = false
                    } else if count != 1 {
                        error(at: start, "more than one character in rune literal")
                        ok = false
                    }
                }
                cur += 1
                break
            }
            if c == UInt8(ascii: "\\") {
                cur += 1
                if !escape(quote: UInt8(ascii: "'")) { ok = false }
                count += 1
                continue
            }
            if c == 0x0A {
                if ok {
                    error(at: cur, "newline in rune literal")
                    ok = false
                }
                break
            }
            if c == 0 && cur >= n {
                if ok {
                    error(at: start, "rune literal not terminated")
                    ok = false
                }
                break
            }
            if c >= 0x80 || c == 0 { cur += skipSpecial(c) } else { cur += 1 }
            count += 1
        }
        nlsemi = true
        lit = String(decoding: src[start..<cur], as: UTF8.self)
        bad = !ok
        setTok(.char)
    }

    /// Scans an escape after the backslash (already consumed).
    mutating func escape(quote: UInt8) -> Bool {
        let c = src[cur]
        var count: Int
        var base: UInt32
        var max: UInt32
        switch c {
        case quote, UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
             UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "v"), UInt8(ascii: "\\"):
            cur += 1
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            count = 3; base = 8; max = 255
        case UInt8(ascii: "x"):
            cur += 1; count = 2; base = 16; max = 255
        case UInt8(ascii: "u"):
            cur += 1; count = 4; base = 16; max = 0x10FFFF
        case UInt8(ascii: "U"):
            cur += 1; count = 8; base = 16; max = 0x10FFFF
        default:
            if c == 0 && cur >= n { return true }
            error(at: cur, "unknown escape")
            return false
        }
        var x: UInt32 = 0
        while count > 0 {
            let ch = src[cur]
            if ch == 0 && cur >= n { return true }
            var dig = base
            if isDecimal(ch) { dig = UInt32(ch - UInt8(ascii: "0")) }
            else if lower(ch) >= UInt8(ascii: "a") && lower(ch) <= UInt8(ascii: "f") {
                dig = UInt32(lower(ch) - UInt8(ascii: "a")) + 10
            }
            if dig >= base {
                let (r, _) = ch >= 0x80 ? decodeRune(cur) : (UInt32(ch), 1)
                error(at: cur, "invalid character \(quoteRune(r)) in \(baseName(Int(base))) escape")
                return false
            }
            x = x &* base &+ dig
            cur += 1
            count -= 1
        }
        if x > max && base == 8 {
            error(at: cur, "octal escape value \(x) > 255")
            return false
        }
        if x > max || (x >= 0xD800 && x < 0xE000) {
            error(at: cur, "escape is invalid Unicode code point \(formatU(x))")
            return false
        }
        return true
    }

    // MARK: - Comments

    mutating func scanLineComment(start: Int) {
        cur = start + 2
        while true {
            let c = src[cur]
            if c == 0x0A || (c == 0 && cur >= n) { break }
            if c >= 0x80 || c == 0 { cur += skipSpecial(c) } else { cur += 1 }
        }
        noteComment(start: start, end: cur, line: true)
    }

    mutating func scanGeneralComment(start: Int) {
        cur = start + 2
        while true {
            let c = src[cur]
            if c == UInt8(ascii: "*") && src[cur + 1] == UInt8(ascii: "/") {
                cur += 2
                noteComment(start: start, end: cur, line: false)
                return
            }
            if c == 0 && cur >= n {
                error(at: start, "comment not terminated")
                return
            }
            if c == 0x0A { newline(at: cur) }
            if c >= 0x80 || c == 0 { cur += skipSpecial(c) } else { cur += 1 }
        }
    }

    mutating func noteComment(start: Int, end: Int, line isLine: Bool) {
        let startLine = file.position(of: start).line
        if tokenSinceComment || startLine > groupEndLine + 1 {
            groupDirectives.removeAll(keepingCapacity: true)
        }
        tokenSinceComment = false
        groupEndLine = currentLine
        guard isLine, end - start >= 5 else { return }
        // //go:xxx directives (no space after //).
        if src[start + 2] == UInt8(ascii: "g") && src[start + 3] == UInt8(ascii: "o") && src[start + 4] == UInt8(ascii: ":") {
            var e = end
            if e > start && src[e - 1] == 0x0D { e -= 1 }
            let text = String(decoding: src[(start + 2)..<e], as: UTF8.self)
            directives.append(Pragma(pos: file.pos(start), text: text))
            groupDirectives.append(text)
            if text.hasPrefix("go:build") && (text.count == 8 || text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: 8)] == 0x20 || text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: 8)] == 0x09) {
                buildLines.append((start, "//" + text))
            }
            return
        }
        // "// +build" lines.
        var i = start + 2
        while i < end && (src[i] == 0x20 || src[i] == 0x09) { i += 1 }
        if i + 6 <= end && src[i] == UInt8(ascii: "+") && src[i + 1] == UInt8(ascii: "b") && src[i + 2] == UInt8(ascii: "u")
            && src[i + 3] == UInt8(ascii: "i") && src[i + 4] == UInt8(ascii: "l") && src[i + 5] == UInt8(ascii: "d") {
            var e = end
            if src[e - 1] == 0x0D { e -= 1 }
            buildLines.append((start, String(decoding: src[start..<e], as: UTF8.self)))
        }
    }

    // MARK: - UTF-8

    /// Decodes the UTF-8 sequence at i; returns (0xFFFD, 1) if invalid.
    func decodeRune(_ i: Int) -> (UInt32, Int) {
        let b0 = src[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        @inline(__always) func cont(_ j: Int) -> UInt32? {
            guard j < n else { return nil }
            let b = src[j]
            return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
        }
        if b0 >= 0xC2 && b0 <= 0xDF {
            guard let c1 = cont(i + 1) else { return (0xFFFD, 1) }
            return ((UInt32(b0 & 0x1F) << 6) | c1, 2)
        }
        if b0 >= 0xE0 && b0 <= 0xEF {
            guard let c1 = cont(i + 1), let c2 = cont(i + 2) else { return (0xFFFD, 1) }
            let r = (UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2
            if r < 0x800 || (r >= 0xD800 && r < 0xE000) { return (0xFFFD, 1) }
            return (r, 3)
        }
        if b0 >= 0xF0 && b0 <= 0xF4 {
            guard let c1 = cont(i + 1), let c2 = cont(i + 2), let c3 = cont(i + 3) else { return (0xFFFD, 1) }
            let r = (UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            if r < 0x10000 || r > 0x10FFFF { return (0xFFFD, 1) }
            return (r, 4)
        }
        return (0xFFFD, 1)
    }
}

// MARK: - Character classes and formatting helpers

private let keywordBytes: [[UInt8]] = (Token.break.rawValue...Token.var.rawValue).map {
    Array(Token(rawValue: $0)!.description.utf8)
}

@inline(__always) func lower(_ c: UInt8) -> UInt8 { c | 0x20 }
@inline(__always) func isLetter(_ c: UInt8) -> Bool {
    let l = c | 0x20
    return (l >= UInt8(ascii: "a") && l <= UInt8(ascii: "z")) || c == UInt8(ascii: "_")
}
@inline(__always) func isDecimal(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
@inline(__always) func isHex(_ c: UInt8) -> Bool {
    let l = c | 0x20
    return isDecimal(c) || (l >= UInt8(ascii: "a") && l <= UInt8(ascii: "f"))
}

func isUnicodeLetter(_ r: UInt32) -> Bool {
    guard let s = Unicode.Scalar(r) else { return false }
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
}

func isUnicodeDigit(_ r: UInt32) -> Bool {
    guard let s = Unicode.Scalar(r) else { return false }
    return s.properties.generalCategory == .decimalNumber
}

func baseName(_ base: Int) -> String {
    switch base {
    case 2: return "binary"
    case 8: return "octal"
    case 10: return "decimal"
    default: return "hexadecimal"
    }
}

func isPrintable(_ r: UInt32) -> Bool {
    if r < 0x80 { return r >= 0x20 && r < 0x7F }
    guard let s = Unicode.Scalar(r) else { return false }
    switch s.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default: return true
    }
}

func hexDigits(_ x: UInt32, _ width: Int) -> String {
    var s = String(x, radix: 16, uppercase: true)
    while s.count < width { s = "0" + s }
    return s
}

/// Go's %#U: `U+0023 '#'`.
func formatU(_ r: UInt32) -> String {
    let u = "U+" + hexDigits(r, 4)
    if isPrintable(r), let s = Unicode.Scalar(r) { return u + " '" + String(Character(s)) + "'" }
    return u
}

/// Go's %q for a rune.
func quoteRune(_ r: UInt32) -> String {
    switch r {
    case 0x07: return "'\\a'"
    case 0x08: return "'\\b'"
    case 0x0C: return "'\\f'"
    case 0x0A: return "'\\n'"
    case 0x0D: return "'\\r'"
    case 0x09: return "'\\t'"
    case 0x0B: return "'\\v'"
    case 0x5C: return "'\\\\'"
    case 0x27: return "'\\''"
    default: break
    }
    if isPrintable(r), let s = Unicode.Scalar(r) { return "'" + String(Character(s)) + "'" }
    if r < 0x80 { return "'\\x" + hexDigits(r, 2).lowercased() + "'" }
    if r < 0x10000 { return "'\\u" + hexDigits(r, 4).lowercased() + "'" }
    return "'\\U" + hexDigits(r, 8).lowercased() + "'"
}
