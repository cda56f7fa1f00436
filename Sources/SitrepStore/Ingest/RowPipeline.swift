import Dispatch
import Foundation
import SitrepCore
import SitrepIngest
import Synchronization

/// Reads a file on a second thread while the caller writes to SQLite: the reader decodes rows into
/// `PreparedRows` batches of `batchSize` rows (or fewer, past `batchBytes` bytes of values) and hands them over
/// through a bounded channel (at most `capacity` batches in flight, so memory stays bounded), in file order,
/// issues in their place.
///
/// If the consumer stops early (an SQLite error), `cancel()` makes the reader stop at its next batch, and
/// `drain()` waits for it to finish, so no thread outlives the ingest.
final class RowPipeline: Sendable {
    enum Message: Sendable {
        case rows(PreparedRows)
        /// The file is read; `names` holds every id handed out, for the next file.
        case finished(ReadSummary, names: NameIDs)
        case failed(any Error)
    }

    static let batchSize = 2048
    static let batchBytes = 8 << 20
    private let queue = Mutex<[Message]>([])
    private let available = DispatchSemaphore(value: 0)
    private let free: DispatchSemaphore
    private let cancelled = Atomic<Bool>(false)

    private struct Cancelled: Error {}

    init(capacity: Int = 8) { free = DispatchSemaphore(value: capacity) }

    /// Starts reading `path` on a new thread, giving names the ids of `names` or the next ones.
    func start(
        path: String, format: IncidentFormat, extractNotes: Bool, sideOf: (@Sendable (String) -> Side?)?,
        names: NameIDs
    ) {
        let thread = Thread { [self] in
            var names = names
            var pending = PreparedRows(rows: Self.batchSize)
            do {
                let summary = try format.forEachIncident(
                    path: path, sideOf: sideOf, extractNotes: extractNotes,
                    onIssue: { issue in
                        pending.append(issue)
                        try self.flushIfFull(&pending, names: &names)
                    }
                ) { incident in
                    pending.append(incident, names: &names)
                    try self.flushIfFull(&pending, names: &names)
                }
                if !pending.isEmpty { flush(&pending, names: &names) }
                send(.finished(summary, names: names))
            } catch {
                send(.failed(error))
            }
        }
        thread.name = "sitrep-reader"
        thread.stackSize = 1 << 22
        thread.start()
    }

    private func flushIfFull(_ pending: inout PreparedRows, names: inout NameIDs) throws {
        guard pending.count >= Self.batchSize || pending.byteCount >= Self.batchBytes else { return }
        if cancelled.load(ordering: .relaxed) { throw Cancelled() }
        flush(&pending, names: &names)
    }

    /// Sends the batch, with the names it added, and starts the next one.
    private func flush(_ pending: inout PreparedRows, names: inout NameIDs) {
        pending.addedNames = names.takeAdded()
        send(.rows(pending))
        pending = PreparedRows(rows: Self.batchSize, like: pending)
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
            case .rows: continue
            case .finished, .failed: return
            }
        }
    }
}
