import Dispatch
import Foundation
import SitrepCore
import SitrepIngest
import Synchronization

/// Reads a file on a second thread while the caller writes to SQLite: the reader decodes rows into
/// `PreparedRow`s and hands them over in batches of `batchSize` through a bounded channel (at most
/// `capacity` batches in flight, so memory stays bounded), in file order, issues in their place.
///
/// If the consumer stops early (an SQLite error), `cancel()` makes the reader stop at its next batch, and
/// `drain()` waits for it to finish, so no thread outlives the ingest.
final class RowPipeline: Sendable {
    enum Item: Sendable {
        case row(PreparedRow)
        case issue(IngestIssue)
    }

    enum Message: Sendable {
        case batch([Item])
        case finished(ReadSummary)
        case failed(any Error)
    }

    static let batchSize = 2048
    private let queue = Mutex<[Message]>([])
    private let available = DispatchSemaphore(value: 0)
    private let free: DispatchSemaphore
    private let cancelled = Atomic<Bool>(false)

    private struct Cancelled: Error {}

    init(capacity: Int = 8) { free = DispatchSemaphore(value: capacity) }

    /// Starts reading `path` on a new thread.
    func start(path: String, format: IncidentFormat, extractNotes: Bool, sideOf: (@Sendable (String) -> Side?)?) {
        let thread = Thread { [self] in
            var pending: [Item] = []
            pending.reserveCapacity(Self.batchSize)
            do {
                let summary = try format.forEachIncident(
                    path: path, sideOf: sideOf, extractNotes: extractNotes,
                    onIssue: { issue in
                        pending.append(.issue(issue))
                        try self.flushIfFull(&pending)
                    }
                ) { incident in
                    pending.append(.row(PreparedRow(incident)))
                    try self.flushIfFull(&pending)
                }
                if !pending.isEmpty { send(.batch(pending)) }
                send(.finished(summary))
            } catch {
                send(.failed(error))
            }
        }
        thread.name = "sitrep-reader"
        thread.stackSize = 1 << 22
        thread.start()
    }

    private func flushIfFull(_ pending: inout [Item]) throws {
        guard pending.count >= Self.batchSize else { return }
        if cancelled.load(ordering: .relaxed) { throw Cancelled() }
        send(.batch(pending))
        pending.removeAll(keepingCapacity: true)
    }

    private func send(_ message: Message) {
        free.wait()
        queue.withLock { $0.append(message) }
        available.signal()
    }

    /// The next message, waiting for it.
    func receive() -> Message {
        available.wait()
        let message = queue.withLock { $0.removeFirst() }
        free.signal()
        return message
    }

    /// Stops the reader and waits until it has finished.
    func cancelAndDrain() {
        cancelled.store(true, ordering: .relaxed)
        while true {
            switch receive() {
            case .batch: continue
            case .finished, .failed: return
            }
        }
    }
}
