import Dispatch
import Synchronization

/// `first()` and `second()` run on two threads (`DispatchQueue.concurrentPerform`); their values, or the error
/// of the first that failed (`first`'s before `second`'s). With closures that cannot fail, the call cannot.
public func concurrently<A: Sendable, B: Sendable, Failure: Error>(
    _ first: @Sendable () throws(Failure) -> A, _ second: @Sendable () throws(Failure) -> B
) throws(Failure) -> (A, B) {
    let firstOutcome = Mutex<Result<A, Failure>?>(nil)
    let secondOutcome = Mutex<Result<B, Failure>?>(nil)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            let outcome = Result(catching: first)
            firstOutcome.withLock { $0 = outcome }
        } else {
            let outcome = Result(catching: second)
            secondOutcome.withLock { $0 = outcome }
        }
    }
    // concurrentPerform returns after both iterations have run, so both outcomes are set.
    return (try firstOutcome.withLock { $0 }!.get(), try secondOutcome.withLock { $0 }!.get())
}

/// `body(0)`, …, `body(count - 1)` run on up to `count` threads (`DispatchQueue.concurrentPerform`), each
/// outcome (value or error) in its place; the caller decides which errors to throw.
public func concurrentOutcomes<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) -> [Result<T, any Error>]
{
    let outcomes = Mutex<[Result<T, any Error>?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
        let outcome = Result { try body(index) }
        outcomes.withLock { $0[index] = outcome }
    }
    return outcomes.withLock { $0 }.map { $0! }
}
