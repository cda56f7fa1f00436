import Foundation
import SitrepCore
import SitrepIngest
import SitrepStore
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The built `sitrep` executable beside the test bundle (`make test` builds it before `swift test`).
enum SitrepBinary {
    static let path: String? = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("sitrep").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    static func launch(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// A child `sitrep ingest` of a large file is killed with SIGKILL at random moments; after each kill the
/// store must hold exactly what it held before, or exactly what a completed ingest gives, and pass
/// `PRAGMA integrity_check`.
@Suite(.serialized) struct CrashSafetyTests {
    static let kills = 10

    @Test(.enabled(if: SitrepBinary.path != nil, "build the sitrep executable first (make test does)"))
    func sigkillLeavesBeforeOrAfter() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let smallPath = try scratch.write("small.csv", SyntheticACLED(events: 3000, seed: 21).text)
        let largePath = try scratch.write("large.csv", SyntheticACLED(events: 100_000, seed: 22).text)
        // The "before" store, closed, copied afresh for every kill (with any journal of the killed run removed).
        let pristine = scratch.path("pristine.db")
        do {
            let store = try IncidentStore(path: pristine)
            _ = try store.ingest([.init(path: smallPath, format: .acled)])
        }
        let before = try IncidentStore(path: pristine).counts()
        let db = scratch.path("store.db")
        func reset() throws {
            for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            try FileManager.default.copyItem(atPath: pristine, toPath: db)
        }

        // A completed ingest gives the "after" state and how long an ingest takes.
        try reset()
        let started = Date()
        let finisher = try SitrepBinary.launch(["ingest", largePath, "--db", db])
        finisher.waitUntilExit()
        let duration = Date().timeIntervalSince(started)
        #expect(finisher.terminationStatus == 0)
        let after = try IncidentStore(path: db).counts()
        #expect(after.incidents > before.incidents)

        // Kills spread uniformly over 5 % to 150 % of that time: reading, writing, committing, or done.
        var observed: [(delay: Double, counts: IncidentStore.Counts)] = []
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<Self.kills {
            try reset()
            let process = try SitrepBinary.launch(["ingest", largePath, "--db", db])
            let delay = Double.random(in: (0.05 * duration)...(1.5 * duration), using: &generator)
            usleep(useconds_t(delay * 1_000_000))
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let reopened = try IncidentStore(path: db)
            #expect(try reopened.integrityCheck() == ["ok"], "after a kill at \(delay) s")
            observed.append((delay, try reopened.counts()))
        }
        for (delay, counts) in observed {
            #expect(counts == before || counts == after, "kill at \(delay) s left \(counts)")
        }
        #expect(observed.contains { $0.counts == before }, "no kill landed before the commit")
        let landedBefore = observed.filter { $0.counts == before }.count
        print(
            "crash test: \(Self.kills) SIGKILLs over a \(String(format: "%.1f", duration)) s ingest: "
                + "\(landedBefore) left the store as before, \(Self.kills - landedBefore) as after; "
                + "integrity ok each time"
        )
    }

    @Test(.enabled(if: SitrepBinary.path != nil, "build the sitrep executable first (make test does)"))
    func concurrentIngestsWaitForEachOther() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let a = SyntheticACLED(events: 20_000, seed: 31).text
        let b = SyntheticACLED(events: 20_000, seed: 32).text.replacingOccurrences(of: "\nMLI", with: "\nXMLI")
        let aPath = try scratch.write("a.csv", a)
        let bPath = try scratch.write("b.csv", b)
        let db = scratch.path("store.db")
        _ = try IncidentStore(path: db)
        let first = try SitrepBinary.launch(["ingest", aPath, "--db", db])
        let second = try SitrepBinary.launch(["ingest", bPath, "--db", db])
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0)
        let store = try IncidentStore(path: db)
        #expect(try store.counts().current == 40_000)
        #expect(try store.integrityCheck() == ["ok"])
    }
}

@Suite struct LockTests {
    /// While a child ingest holds the write lock, a writer with a short busy timeout fails with
    /// `StoreError.locked`, having written nothing; the child's ingest completes intact.
    @Test(.enabled(if: SitrepBinary.path != nil, "build the sitrep executable first (make test does)"))
    func lockedStoreFailsCleanly() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let largePath = try scratch.write("large.csv", SyntheticACLED(events: 120_000, seed: 41).text)
        let small = try scratch.write(
            "small.csv", ACLEDFixture.csv(ACLEDFixture.current, [ACLEDFixture.row("ZZ1", date: "2025-01-01")]))
        let db = scratch.path("store.db")
        _ = try IncidentStore(path: db)
        let child = try SitrepBinary.launch(["ingest", largePath, "--db", db])
        usleep(700_000)
        #expect(child.isRunning, "the child finished before the lock could be tested; use a larger file")
        let error = try ingestExpectingLock(small, into: db, "the ingest should have found the store locked")
        #expect(error?.description.contains("locked by another process") == true)
        child.waitUntilExit()
        #expect(child.terminationStatus == 0)
        let store = try IncidentStore(path: db)
        #expect(try store.counts().current == 120_000)
        #expect(try store.currentIncidents().allSatisfy { $0.sourceID != "ZZ1" })
        #expect(try store.integrityCheck() == ["ok"])
    }
}

extension SitrepBinary {
    /// Runs the binary to completion; returns its exit status, standard output and standard error.
    static func run(
        _ arguments: [String], environment: [String: String]? = nil
    ) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
        let errData = Mutex<Data>(Data())
        let reader = Thread { errData.withLock { $0 = err.fileHandleForReading.readDataToEndOfFile() } }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while reader.isExecuting || !reader.isFinished { usleep(1000) }
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData.withLock { $0 }, as: UTF8.self)
        )
    }
}
