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

/// The g offsets StackCheck.swift compiles into every function's check and
/// slow path are the header's (runtime2.h asserts the header against struct g).
@Test func stackCheckOffsetsMatchTheHeader() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("Runtime/include/swiftgo_abi.h"), encoding: .utf8)
    func define(_ name: String) -> UInt64? {
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.count >= 3, words[0] == "#define", words[1] == name { return UInt64(words[2]) }
        }
        return nil
    }
    #expect(define("GO_G_STACKGUARD0") == StackChecker.stackguard0Offset)
    #expect(define("GO_G_MOREFN") == StackChecker.morefnOffset)
}
