// The runtime entry points compiled code calls, as declared in
// Runtime/include/swiftgo_abi.h (a test checks that both agree).
import CLLVM

/// A parameter or result type of a runtime entry point, in C terms.
public enum ABIType: String, Sendable {
    case void, ptr, int, bool, i64, u64, f64, uintptr, goString, eface
    /// A slice {ptr, len, cap}; as a result it is returned through a hidden
    /// pointer, as C returns a 24-byte struct (LLVM's sret).
    case goSlice
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
        .init(symbol: "runtime.mallocgcnoscan", result: .ptr, params: [.uintptr, .bool], noreturn: false),
        .init(symbol: "runtime.newobject", result: .ptr, params: [.ptr], noreturn: false),
        .init(symbol: "runtime.GC", result: .void, params: [], noreturn: false),
        .init(symbol: "runtime.readmemstats", result: .void, params: [.ptr], noreturn: false),
        .init(symbol: "runtime.morestack_call", result: .void, params: [.ptr, .ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.preemptPoll", result: .void, params: [], noreturn: false),
        .init(symbol: "runtime.setcheckpoint", result: .int, params: [.ptr], noreturn: false),
        .init(symbol: "runtime.deferproc", result: .void, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.deferreturn", result: .void, params: [.ptr], noreturn: false),
        .init(symbol: "runtime.setdeferframe", result: .void, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.gorecover", result: .eface, params: [.ptr], noreturn: false),
        .init(symbol: "runtime.timeNow", result: .void, params: [.ptr, .ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.unimplemented", result: .void, params: [.ptr, .int], noreturn: true),
        .init(symbol: "runtime.gopanic", result: .void, params: [.ptr, .ptr], noreturn: true),
        .init(symbol: "runtime.panicIndex", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.panicdivide", result: .void, params: [], noreturn: true),
        .init(symbol: "runtime.panicshift", result: .void, params: [], noreturn: true),
        .init(symbol: "runtime.panicmem", result: .void, params: [], noreturn: true),
        .init(symbol: "runtime.panicwrap", result: .void, params: [.ptr, .int], noreturn: true),
        .init(symbol: "runtime.panicSliceAlen", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.panicSliceAcap", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.panicSliceB", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.assertE2I", result: .ptr, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.assertE2I2", result: .ptr, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.convI2I", result: .ptr, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.panicdottypeE", result: .void, params: [.ptr, .ptr, .ptr], noreturn: true),
        .init(symbol: "runtime.panicdottypeI", result: .void, params: [.ptr, .ptr, .ptr], noreturn: true),
        .init(symbol: "runtime.panicnildottype", result: .void, params: [.ptr], noreturn: true),
        .init(symbol: "runtime.efaceeq", result: .bool, params: [.ptr, .ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.ifaceeq", result: .bool, params: [.ptr, .ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.panicSlice3Alen", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.panicSlice3Acap", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.panicSlice3B", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.panicSlice3C", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.panicmakeslicelen", result: .void, params: [], noreturn: true),
        .init(symbol: "runtime.panicSliceConvert", result: .void, params: [.int, .int], noreturn: true),
        .init(symbol: "runtime.panicmakeslicecap", result: .void, params: [], noreturn: true),
        .init(symbol: "runtime.panicunsafeslicelen", result: .void, params: [], noreturn: true),
        .init(symbol: "runtime.panicunsafeslicenilptr", result: .void, params: [], noreturn: true),
        .init(symbol: "runtime.makeslice", result: .ptr, params: [.ptr, .int, .int], noreturn: false),
        .init(symbol: "runtime.growslice", result: .goSlice, params: [.ptr, .ptr, .int, .int, .int], noreturn: false),
        .init(symbol: "runtime.slicebytetostring", result: .goString, params: [.ptr, .int], noreturn: false),
        .init(symbol: "runtime.stringtoslicebyte", result: .goSlice, params: [.ptr, .int], noreturn: false),
        .init(symbol: "runtime.stringtoslicerune", result: .goSlice, params: [.ptr, .int], noreturn: false),
        .init(symbol: "runtime.slicerunetostring", result: .goString, params: [.ptr, .int], noreturn: false),
        .init(symbol: "runtime.intstring", result: .goString, params: [.i64], noreturn: false),
        .init(symbol: "runtime.decoderune", result: .int, params: [.ptr, .int, .int, .ptr], noreturn: false),
        .init(symbol: "runtime.complex128div", result: .void, params: [.ptr, .f64, .f64, .f64, .f64], noreturn: false),
        .init(symbol: "runtime.concatstrings", result: .goString, params: [.ptr, .int], noreturn: false),
        // Hash and equality (alg.c), maps (map.c).
        .init(symbol: "runtime.memhash", result: .uintptr, params: [.ptr, .uintptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.memhash0", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.memhash8", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.memhash16", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.memhash32", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.memhash64", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.strhash", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.f32hash", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.f64hash", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.c64hash", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.c128hash", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.interhash", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.nilinterhash", result: .uintptr, params: [.ptr, .uintptr], noreturn: false),
        .init(symbol: "runtime.memequal0", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.memequal8", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.memequal16", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.memequal32", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.memequal64", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.strequal", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.f32equal", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.f64equal", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.c64equal", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.c128equal", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.interequal", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.nilinterequal", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.makemap_small", result: .ptr, params: [], noreturn: false),
        .init(symbol: "runtime.makemap", result: .ptr, params: [.ptr, .int], noreturn: false),
        .init(symbol: "runtime.mapaccess1", result: .ptr, params: [.ptr, .ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.mapaccess1_fat", result: .ptr, params: [.ptr, .ptr, .ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.mapaccess2", result: .ptr, params: [.ptr, .ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.mapassign", result: .ptr, params: [.ptr, .ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.mapdelete", result: .void, params: [.ptr, .ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.mapaccess1_fast32", result: .ptr, params: [.ptr, .ptr, .u64], noreturn: false),
        .init(symbol: "runtime.mapaccess2_fast32", result: .ptr, params: [.ptr, .ptr, .u64], noreturn: false),
        .init(symbol: "runtime.mapassign_fast32", result: .ptr, params: [.ptr, .ptr, .u64], noreturn: false),
        .init(symbol: "runtime.mapdelete_fast32", result: .void, params: [.ptr, .ptr, .u64], noreturn: false),
        .init(symbol: "runtime.mapaccess1_fast64", result: .ptr, params: [.ptr, .ptr, .u64], noreturn: false),
        .init(symbol: "runtime.mapaccess2_fast64", result: .ptr, params: [.ptr, .ptr, .u64], noreturn: false),
        .init(symbol: "runtime.mapassign_fast64", result: .ptr, params: [.ptr, .ptr, .u64], noreturn: false),
        .init(symbol: "runtime.mapdelete_fast64", result: .void, params: [.ptr, .ptr, .u64], noreturn: false),
        .init(symbol: "runtime.mapaccess1_faststr", result: .ptr, params: [.ptr, .ptr, .ptr, .int], noreturn: false),
        .init(symbol: "runtime.mapaccess2_faststr", result: .ptr, params: [.ptr, .ptr, .ptr, .int], noreturn: false),
        .init(symbol: "runtime.mapassign_faststr", result: .ptr, params: [.ptr, .ptr, .ptr, .int], noreturn: false),
        .init(symbol: "runtime.mapdelete_faststr", result: .void, params: [.ptr, .ptr, .ptr, .int], noreturn: false),
        .init(symbol: "runtime.mapiterinit", result: .void, params: [.ptr, .ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.mapiternext", result: .void, params: [.ptr], noreturn: false),
        // Goroutines (proc.c), channels (chan.c), select (select.c).
        .init(symbol: "runtime.newproc", result: .void, params: [.ptr], noreturn: false),
        .init(symbol: "runtime.Gosched", result: .void, params: [], noreturn: false),
        .init(symbol: "runtime.makechan", result: .ptr, params: [.ptr, .int], noreturn: false),
        .init(symbol: "runtime.chansend1", result: .void, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.chanrecv1", result: .void, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.chanrecv2", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.closechan", result: .void, params: [.ptr], noreturn: false),
        .init(symbol: "runtime.selectnbsend", result: .bool, params: [.ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.selectnbrecv", result: .bool, params: [.ptr, .ptr, .ptr], noreturn: false),
        .init(symbol: "runtime.selectgo", result: .int, params: [.ptr, .ptr, .int, .int, .bool, .ptr], noreturn: false),
        .init(symbol: "runtime.block", result: .void, params: [], noreturn: true),
    ]

    /// stackguard0's value while the runtime asks a goroutine to stop:
    /// GO_STACK_PREEMPT in swiftgo_abi.h (Go's stackPreempt).
    public static let stackPreempt: UInt64 = 0xfffffffffffffade

    /// sizeof(hiter), GO_HITER_SIZE in swiftgo_abi.h (map.c asserts it).
    public static let hiterSize: Int64 = 80

    public static let bySymbol: [String: RuntimeFunc] = Dictionary(uniqueKeysWithValues: all.map { ($0.symbol, $0) })
}
