// go statements: `go f(x, y)` evaluates f, x and y now, as defer does
// (GenDefer.swift), into a closure record {thunk, f, x, y}; the new
// goroutine starts in the thunk, which the runtime enters with the record
// as its closure context (runtime.newproc), and makes the call. When the
// thunk returns the goroutine lands in runtime.goexit.
import CLLVM
import GoSyntax
import GoTypes

extension CodeGen {
    func genGo(_ s: GoStmt) throws {
        let record = try deferredCallRecord(s.call, forGo: true)
        callRuntime("runtime.newproc", [record])
    }
}
