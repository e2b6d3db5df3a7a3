// Parsing and checking recurse once per nesting level, and real Go source
// nests deeply (time/tzdata's constant is a chain of thousands of `+`):
// run them on a thread with a large stack instead of the 8 MB main stack.
import Foundation

private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, Error>?
}

/// Runs body on a thread with a 1 GiB stack (reserved, not committed) and
/// waits for it.
func withLargeStack<T>(_ body: @escaping () throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.result = Result { try body() }
        done.signal()
    }
    thread.stackSize = 1 << 30
    thread.start()
    done.wait()
    return try box.result!.get()
}
