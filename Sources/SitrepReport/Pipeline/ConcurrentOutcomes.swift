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

/// `first()` and `second()` run on two threads (`DispatchQueue.concurrentPerform`); their values, or the error
/// of the first that failed (`first`'s before `second`'s).
public func concurrently<A: Sendable, B: Sendable>(
    _ first: @Sendable () throws -> A, _ second: @Sendable () throws -> B
) throws -> (A, B) {
    let firstOutcome = Mutex<Swift.Result<A, any Error>?>(nil)
    let secondOutcome = Mutex<Swift.Result<B, any Error>?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            let outcome = Swift.Result { try first() }
            firstOutcome.withLock { $0 = outcome }
        } else {
            let outcome = Swift.Result { try second() }
            secondOutcome.withLock { $0 = outcome }
        }
    }
    // concurrentPerform returns after both iterations have run, so both outcomes are set.
    return (try firstOutcome.withLock { $0 }!.get(), try secondOutcome.withLock { $0 }!.get())
}
