// The compiler's runtime declarations (RuntimeABI) must match the C header
// the runtime is built with: Runtime/include/swiftgo_abi.h.
import Foundation
import Testing
@testable import GoCodeGen

/// Entry points declared in the header as `RET name(PARAMS) GO_SYM("sym");`.
func headerDeclarations() throws -> [String: (result: ABIType, params: [ABIType], noreturn: Bool)] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("Runtime/include/swiftgo_abi.h"), encoding: .utf8)
    // Join declarations split over lines, then split at semicolons.
    let flat = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") && !$0.hasPrefix("#") }
        .joined(separator: " ")
    var out: [String: (ABIType, [ABIType], Bool)] = [:]
    for decl in flat.split(separator: ";") {
        guard let symRange = decl.range(of: "GO_SYM(\""), let open = decl.firstIndex(of: "(") else { continue }
        let sym = decl[symRange.upperBound...].prefix { $0 != "\"" }
        guard sym.hasPrefix("runtime.") else { continue }
        var head = decl[..<open].trimmingCharacters(in: .whitespaces)
        let noreturn = head.contains("GO_NORETURN")
        head = head.replacingOccurrences(of: "GO_NORETURN", with: "").trimmingCharacters(in: .whitespaces)
        let retType = String(head.split(separator: " ").dropLast().joined(separator: " ")) + (head.split(separator: " ").last!.hasPrefix("*") ? "*" : "")
        let close = decl[open...].firstIndex(of: ")")!
        let params = decl[decl.index(after: open)..<close].split(separator: ",").map { p -> String in
            var words = p.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
            let isPtr = words.contains { $0.contains("*") }
            words = words.filter { $0 != "const" }.map { $0.replacingOccurrences(of: "*", with: "") }
            if words.count > 1 { words.removeLast() }   // the parameter name
            return isPtr ? "ptr" : words.joined(separator: " ")
        }.filter { $0 != "void" }
        out[String(sym)] = (try cType(retType), try params.map(cType), noreturn)
    }
    return out
}

struct UnknownCType: Error { let name: String }

func cType(_ c: String) throws -> ABIType {
    let t = c.replacingOccurrences(of: "const", with: "").trimmingCharacters(in: .whitespaces)
    if t.hasSuffix("*") || t == "ptr" { return .ptr }
    switch t {
    case "void": return .void
    case "go_int": return .int
    case "int64_t": return .i64
    case "uint64_t": return .u64
    case "double": return .f64
    case "bool": return .bool
    case "go_uintptr": return .uintptr
    case "GoString": return .goString
    case "GoEface": return .eface
    case "GoSlice": return .goSlice
    default: throw UnknownCType(name: t)
    }
}

@Test func compilerDeclarationsMatchTheHeader() throws {
    let header = try headerDeclarations()
    #expect(header.count >= RuntimeABI.all.count)
    for f in RuntimeABI.all {
        guard let h = header[f.symbol] else {
            Issue.record("\(f.symbol) is declared by the compiler but not in swiftgo_abi.h")
            continue
        }
        #expect(h.result == f.result, "\(f.symbol): result")
        #expect(h.params == f.params, "\(f.symbol): parameters")
        #expect(h.noreturn == f.noreturn, "\(f.symbol): noreturn")
    }
}

/// The header's `#define NAME VALUE` integer constants (decimal or hex,
/// with an optional U/L suffix).
func headerConstants() throws -> [String: UInt64] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("Runtime/include/swiftgo_abi.h"), encoding: .utf8)
    var out: [String: UInt64] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("#define ") {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 3 else { continue }
        var value = String(words[2])
        while let last = value.last, "uUlL".contains(last) { value.removeLast() }
        let n = value.hasPrefix("0x") ? UInt64(value.dropFirst(2), radix: 16) : UInt64(value)
        if let n { out[String(words[1])] = n }
    }
    return out
}

@Test func compilerConstantsMatchTheHeader() throws {
    let c = try headerConstants()
    #expect(c["GO_STACK_PREEMPT"] == RuntimeABI.stackPreempt)
    #expect(c["GO_G_STACKGUARD0"] == StackChecker.stackguard0Offset)
    #expect(c["GO_G_MOREFN"] == StackChecker.morefnOffset)
}
