import Dispatch
import Synchronization

/// `body(0)`, …, `body(count - 1)` run on up to `count` threads (`DispatchQueue.concurrentPerform`), each
/// outcome (value or error) in its place; the caller decides which errors to throw.
func concurrentOutcomes<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) -> [Swift.Result<T, any Error>]
{
    let outcomes = Mutex<[Swift.Result<T, any Error>?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
        let outcome = Swift.Result { try body(index) }
        outcomes.withLock { $0[index] = outcome }
    }
    return outcomes.withLock { $0 }.map { $0! }
}
