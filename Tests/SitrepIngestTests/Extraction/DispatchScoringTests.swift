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
        var precision: Double {
            correct + wrong + invented == 0 ? 1 : Double(correct) / Double(correct + wrong + invented)
        }
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

    struct Score {
        var tallies: [String: Tally] = [:]
        var total = Tally()
        var details: [String] = []
        var files = 0
        var accuracy: Double {
            Double(total.correct) / Double(max(1, total.correct + total.wrong + total.missed + total.invented))
        }
        var invented: [String] { details.filter { $0.contains("| — | ") } }
    }

    /// Extracts every dispatch of `folder` (inside `Fixtures/dispatches`) and compares with its expected file.
    static func score(_ folder: String) throws -> Score {
        let bundle = try #require(Bundle.module.url(forResource: "Fixtures/dispatches", withExtension: nil))
            .appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: bundle.path)
            .filter { $0.hasSuffix(".expected.json") }.sorted()
        var score = Score()
        score.files = names.count
        let extractor = DispatchExtractor()
        for name in names {
            let expected = try JSONDecoder().decode(
                Expected.self, from: Data(contentsOf: bundle.appendingPathComponent(name)))
            let text = try String(contentsOf: bundle.appendingPathComponent(expected.file), encoding: .utf8)
            let published = try #require(Day(parsing: expected.published))
            let results = try extractor.extract(
                text, language: DispatchLanguage(rawValue: expected.lang), published: published,
                sourceID: expected.file)
            #expect(DispatchExtractor.detectedLanguage(of: text) == DispatchLanguage(rawValue: expected.lang))
            if results.count != expected.incidents.count {
                score.details.append(
                    "| \(expected.file) | incident count | \(expected.incidents.count) | \(results.count) |")
            }
            for index in 0..<max(results.count, expected.incidents.count) {
                let want = index < expected.incidents.count ? expected.incidents[index] : [:]
                let got = index < results.count ? results[index].statedFields : [:]
                for key in Set(want.keys).union(got.keys).sorted() {
                    var tally = score.tallies[Self.family(key), default: Tally()]
                    let place = "| \(expected.file) #\(index + 1) | `\(key)` |"
                    switch (want[key], got[key]) {
                    case let (w?, g?) where w == g:
                        tally.correct += 1
                    case let (w?, g?):
                        tally.wrong += 1
                        score.details.append("\(place) \(w) | \(g) |")
                    case let (w?, nil):
                        tally.missed += 1
                        score.details.append("\(place) \(w) | — |")
                    case let (nil, g?):
                        tally.invented += 1
                        score.details.append("\(place) — | \(g) |")
                    case (nil, nil):
                        break
                    }
                    score.tallies[Self.family(key)] = tally
                }
            }
        }
        for tally in score.tallies.values {
            score.total.correct += tally.correct
            score.total.wrong += tally.wrong
            score.total.missed += tally.missed
            score.total.invented += tally.invented
        }
        return score
    }

    /// The development set (`Fixtures/dispatches/*.txt`, 24 dispatches): the extractor's rules were refined
    /// on it, so it must stay at ≥ 90 % field accuracy with no invented field. The held-out set
    /// (`Fixtures/dispatches/heldout`, 8 dispatches written after the rules were frozen and never tuned on) is
    /// reported beside it; its floor is the accuracy measured when it was written, rounded down.
    @Test func fieldAccuracyOnOwnDispatches() throws {
        let development = try Self.score(".")
        let heldOut = try Self.score("heldout")
        #expect(development.files >= 20)
        try Self.writeScores(development: development, heldOut: heldOut)
        #expect(development.accuracy >= 0.9, "field-level accuracy \(development.accuracy)")
        #expect(development.total.invented == 0, "invented fields: \(development.invented)")
        #expect(heldOut.files == 8)
        #expect(heldOut.accuracy >= 0.69, "held-out field-level accuracy \(heldOut.accuracy)")
    }

    static func writeScores(development: Score, heldOut: Score) throws {
        func percent(_ value: Double) -> String { String(format: "%.1f", value * 100) }
        func table(_ score: Score) -> [String] {
            var lines = [
                "| field | expected | correct | wrong | missed | invented | precision % | recall % |",
                "|---|---:|---:|---:|---:|---:|---:|---:|",
            ]
            for key in score.tallies.keys.sorted() {
                let t = score.tallies[key]!
                lines.append(
                    "| \(key) | \(t.correct + t.wrong + t.missed) | \(t.correct) | \(t.wrong) | \(t.missed) "
                        + "| \(t.invented) | \(percent(t.precision)) | \(percent(t.recall)) |")
            }
            let t = score.total
            lines.append(
                "| **all** | \(t.correct + t.wrong + t.missed) | \(t.correct) | \(t.wrong) | \(t.missed) "
                    + "| \(t.invented) | \(percent(t.precision)) | \(percent(t.recall)) |")
            lines += [
                "", "Field-level accuracy (correct / all fields on either side): \(percent(score.accuracy)) %.", "",
            ]
            if !score.details.isEmpty {
                lines += ["Differences:", "", "| dispatch | field | expected | extracted |", "|---|---|---|---|"]
                lines += score.details
                lines.append("")
            }
            return lines
        }
        var lines = [
            "# Extraction scores on the hand-written dispatches",
            "",
            "Generated by `DispatchScoringTests.fieldAccuracyOnOwnDispatches` (`swift test --filter DispatchScoring`).",
            "Precision = correct / (correct + wrong + invented); recall = correct / (correct + wrong + missed).",
            "`materiel` and `tags` count one entry per item-and-disposition or tag. Expected values were written",
            "from the texts by hand.",
            "",
            "## Development set (\(development.files) dispatches; the rules were refined on it)",
            "",
        ]
        lines += table(development)
        lines += ["## Held-out set (\(heldOut.files) dispatches written after the rules were frozen)", ""]
        lines += [
            "One later change: `reliability` `claim` (with `tags.claim`) now also marks the state side speaking for",
            "itself (a communiqué, « selon l’armée », \"the army said\") with no outside source cited. Its phrases",
            "were written from the development set, but after the held-out texts had been read; three held-out",
            "files were re-annotated for that convention (h3, h4, h6), so those two fields are not a clean measure.",
            "",
        ]
        lines += table(heldOut)
        try lines.joined(separator: "\n").write(
            to: directory.appendingPathComponent("SCORES.md"), atomically: true, encoding: .utf8)
    }
}
