// The runtime entry points compiled code calls, as declared in
// Runtime/include/swiftgo_abi.h (a test checks that both agree).
import CLLVM

/// A parameter or result type of a runtime entry point, in C terms.
public enum ABIType: String, Sendable {
    case void, ptr, int, bool, i64, u64, f64, uintptr, goString
}

public struct RuntimeFunc: Sendable {
    public let symbol: String
    public let result: ABIType
    public let params: [ABIType]
    public let noreturn: Bool
}

public enum RuntimeABI {
    public static let all: [RuntimeFunc] = [
        .init(symbol: "runtime.printlock", result: .void, params: [], noreturn: false),
        .init(symbol: "runtime.printunlock", result: .void, params: [], noreturn: false),
        .init(symbol: "runtime.printstring", result: .void, params: [.ptr, .int], noreturn: false),
        .init(symbol: "runtime.printint", result: .void, params: [.i64], noreturn: false),
        .init(symbol: "runtime.printuint", result: .void, params: [.u64], noreturn: false),
        .init(symbol: "runtime.printhex", result: .void, params: [.u64], noreturn: false),
        .init(symbol: "runtime.printfloat", result: .void, params: [.f64], noreturn: false),
        .init(symbol: "runtime.printcomplex", result: .void, params: [.f64, .f64], noreturn: false),
        .init(symbol: "runtime.printbool", result: .void, params: [.bool], noreturn: false),
        .init(symbol: "runtime.printpointer", result: .void, params: [.ptr], noreturn: false),
        .init(symbol: "runtime.printslice", result: .void, params: [.ptr, .int, .int], noreturn: false),
        .init(symbol: "runtime.printeface", result: .void, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.printsp", result: .void, params: [], noreturn: false),
        .init(symbol: "runtime.printnl", result: .void, params: [], noreturn: false),
        .init(symbol: "runtime.concatstring2", result: .goString, params: [.ptr, .int, .ptr, .int], noreturn: false),
        .init(symbol: "runtime.cmpstring", result: .int, params: [.ptr, .int, .ptr, .int], noreturn: false),
        .init(symbol: "runtime.memequal", result: .bool, params: [.ptr, .ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.mallocgc", result: .ptr, params: [.uintptr, .ptr, .bool], noreturn: false),
        .init(symbol: "runtime.newobject", result: .ptr, params: [.ptr], noreturn: false),
        .init(symbol: "runtime.gopanic", result: .void, params: [.ptr, .ptr], noreturn: true),
        .init(symbol: "runtime.panicIndex", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.panicdivide", result: .void, params: [], noreturn: true),
        .init(symbol: "runtime.panicshift", result: .void, params: [], noreturn: true),
        .init(symbol: "runtime.panicmem", result: .void, params: [], noreturn: true),
        .init(symbol: "runtime.panicSliceAlen", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.panicSliceAcap", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.panicSliceB", result: .void, params: [.int, .int], noreturn: true),
    ]

    public static let bySymbol: [String: RuntimeFunc] = Dictionary(uniqueKeysWithValues: all.map { ($0.symbol, $0) })
}
