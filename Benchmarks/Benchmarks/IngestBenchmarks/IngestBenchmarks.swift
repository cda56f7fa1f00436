import Benchmark
import Foundation
import SitrepCore
import SitrepIngest
import SitrepTimeSeries

/// The input of the reading benchmarks: `sitrep synth --events 100000 --seed 1`, written once to a temporary
/// file (about 39 MB, so MB/s = 39 / the median wall time in seconds).
enum IngestInputs {
    static let rows = 100_000

    static let path: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-bench-\(rows).csv").path
        guard !FileManager.default.fileExists(atPath: path) else { return path }
        var text = ""
        SyntheticACLED(events: rows, seed: 1).generate { text += $0 }
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }()

    static var megabytes: Double {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return Double(size) / 1_000_000
    }
}

let benchmarks: @Sendable () -> Void = {
    let path = IngestInputs.path
    let label = String(format: "%.0f MB, %d rows", IngestInputs.megabytes, IngestInputs.rows)
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(5),
        maxIterations: 200)

    // The CSV tokenizer alone, both ways of finding records (they give the same records; the tests compare them).
    for byBlocks in [true, false] {
        let name = byBlocks ? "block index (64-byte masks)" : "record scanner (8-byte words)"
        Benchmark("CSV tokenizer, \(name), \(label)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                var reader = try CSVFileReader(path: path, fieldCapacity: 64)
                reader.scansByBlocks = byBlocks
                var fields = 0
                try reader.forEachRecord(onMalformed: { _, _ in }) { fields += $0.fieldCount }
                precondition(fields == 31 * (IngestInputs.rows + 1), "read \(fields) fields")
                blackHole(fields)
            }
        }
    }

    // Decoding ACLED rows (dates, types, admin1/admin2, actor sides, coordinates) and counting them into
    // admin1 × week cells, on one thread: rows/s = 100,000 / the median wall time.
    let theatre = Theatre.defaultDirectory().flatMap { try? Theatre(directory: $0) }
    Benchmark("Aggregation: decode + count admin1 x week, \(label)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let reader = try ACLEDReader(path: path)
            let decoding = ACLEDDecoding(dictionary: theatre?.actors)
            var accumulator = IndicatorAccumulator(calendar: PeriodCalendar(kind: .week, weekStart: .saturday))
            var issues = IssueLog()
            let summary = try reader.forEachEvent(decoding: decoding, issues: &issues) { accumulator.add($0) }
            precondition(summary.used == IngestInputs.rows, "used \(summary.used) rows")
            blackHole(accumulator)
        }
    }
}
