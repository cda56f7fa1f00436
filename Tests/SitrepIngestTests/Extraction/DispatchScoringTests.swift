import Foundation
import SitrepCore
import SitrepIngest
import Testing

/// Scores the extractor on the hand-written dispatches in `Fixtures/dispatches` (24 texts, French and
/// English). Each `NAME.expected.json` lists, per incident, the fields a careful reader takes from the text,
/// in the flattened form of `Extraction.statedFields`; they were written from the text, not from the
/// extractor's output. Incidents are matched in order.
///
/// A field counts as correct when the extractor gives the expected value, as a miss when it gives none or
/// another value, as invented when it gives a field the reader did not expect. Field-level accuracy is
/// correct / (correct + wrong + missed + invented). The table is written to `Fixtures/dispatches/SCORES.md`.
@Suite struct DispatchScoringTests {
    struct Expected: Decodable {
        var file: String
        var published: String
        var lang: String
        var incidents: [[String: String]]
    }

    struct Tally {
        var correct = 0
        var wrong = 0
        var missed = 0
        var invented = 0
        var precision: Double { correct + wrong + invented == 0 ? 1 : Double(correct) / Double(correct + wrong + invented) }
        var recall: Double { correct + wrong + missed == 0 ? 1 : Double(correct) / Double(correct + wrong + missed) }
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/dispatches")

    /// The field family a flattened key scores under: `materiel` and `tags` entries together, others by name.
    static func family(_ key: String) -> String {
        if key.hasPrefix("materiel.") { return "materiel" }
        if key.hasPrefix("tags.") { return "tags" }
        return key
    }

    @Test func fieldAccuracyOnOwnDispatches() throws {
        let bundle = try #require(Bundle.module.url(forResource: "Fixtures/dispatches", withExtension: nil))
        let names = try FileManager.default.contentsOfDirectory(atPath: bundle.path)
            .filter { $0.hasSuffix(".expected.json") }.sorted()
        #expect(names.count >= 20)
        var tallies: [String: Tally] = [:]
        var total = Tally()
        var details: [String] = []
        let extractor = DispatchExtractor()
        for name in names {
            let expected = try JSONDecoder().decode(
                Expected.self, from: Data(contentsOf: bundle.appendingPathComponent(name)))
            let text = try String(contentsOf: bundle.appendingPathComponent(expected.file), encoding: .utf8)
            let published = try #require(Day(parsing: expected.published))
            let results = try extractor.extract(
                text, language: DispatchLanguage(rawValue: expected.lang), published: published, sourceID: expected.file)
            #expect(results.count == expected.incidents.count, "\(expected.file): incident count")
            for index in 0..<max(results.count, expected.incidents.count) {
                let want = index < expected.incidents.count ? expected.incidents[index] : [:]
                let got = index < results.count ? results[index].statedFields : [:]
                if index < results.count {
                    #expect(results[index].language.rawValue == expected.lang, "\(expected.file): language")
                }
                for key in Set(want.keys).union(got.keys).sorted() {
                    var tally = tallies[Self.family(key), default: Tally()]
                    switch (want[key], got[key]) {
                    case let (w?, g?) where w == g:
                        tally.correct += 1
                        total.correct += 1
                    case let (w?, g?):
                        tally.wrong += 1
                        total.wrong += 1
                        details.append("| \(expected.file) #\(index + 1) | `\(key)` | \(w) | \(g) |")
                    case let (w?, nil):
                        tally.missed += 1
                        total.missed += 1
                        details.append("| \(expected.file) #\(index + 1) | `\(key)` | \(w) | — |")
                    case let (nil, g?):
                        tally.invented += 1
                        total.invented += 1
                        details.append("| \(expected.file) #\(index + 1) | `\(key)` | — | \(g) |")
                    case (nil, nil):
                        break
                    }
                    tallies[Self.family(key)] = tally
                }
            }
        }
        let accuracy = Double(total.correct) / Double(total.correct + total.wrong + total.missed + total.invented)
        try Self.writeScores(tallies: tallies, total: total, accuracy: accuracy, details: details, files: names.count)
        #expect(accuracy >= 0.9, "field-level accuracy \(accuracy)")
        #expect(total.invented == 0, "invented fields: \(details.filter { $0.contains("| — |") && !$0.hasSuffix("| — |") })")
    }

    static func writeScores(
        tallies: [String: Tally], total: Tally, accuracy: Double, details: [String], files: Int
    ) throws {
        func percent(_ value: Double) -> String { String(format: "%.1f", value * 100) }
        var lines = [
            "# Extraction scores on the hand-written dispatches",
            "",
            "Generated by `DispatchScoringTests.fieldAccuracyOnOwnDispatches` (`swift test --filter DispatchScoring`)",
            "from the \(files) `*.expected.json` files beside this one. Precision = correct / (correct + wrong +",
            "invented); recall = correct / (correct + wrong + missed). `materiel` and `tags` count one entry per",
            "item-and-disposition or tag.",
            "",
            "| field | expected | correct | wrong | missed | invented | precision % | recall % |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for key in tallies.keys.sorted() {
            let t = tallies[key]!
            lines.append(
                "| \(key) | \(t.correct + t.wrong + t.missed) | \(t.correct) | \(t.wrong) | \(t.missed) | \(t.invented) "
                    + "| \(percent(t.precision)) | \(percent(t.recall)) |")
        }
        lines.append(
            "| **all** | \(total.correct + total.wrong + total.missed) | \(total.correct) | \(total.wrong) "
                + "| \(total.missed) | \(total.invented) | \(percent(total.precision)) | \(percent(total.recall)) |")
        lines += ["", "Field-level accuracy (correct / all fields either side): \(percent(accuracy)) %.", ""]
        if !details.isEmpty {
            lines += ["## Differences", "", "| dispatch | field | expected | extracted |", "|---|---|---|---|"]
            lines += details
            lines.append("")
        }
        try lines.joined(separator: "\n").write(
            to: directory.appendingPathComponent("SCORES.md"), atomically: true, encoding: .utf8)
    }
}
