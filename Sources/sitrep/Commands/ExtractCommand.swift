import ArgumentParser
import Foundation
import SitrepCore
import SitrepIngest

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read French or English dispatches into incident records, each field with its evidence.",
        discussion: """
            Each FILE is a UTF-8 text dispatch; one dispatch may give several incidents. Output is one JSON
            object per incident: the incident in the native model, the evidence for each field (text span as
            UTF-8 and character offsets, quoted text, confidence 0-1), and warnings. A fact the text does not
            state has no evidence. Relative dates ('hier', 'last week') need --published. With --acled-notes
            FILE.csv, reads the notes column of an ACLED export instead and prints the totals of what the
            notes report (materiel, deaths by side, tags, claims).
            """
    )

    enum Language: String, ExpressibleByArgument, CaseIterable { case auto, fr, en }
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    @Argument(help: "Dispatch files (UTF-8 text).") var files: [String] = []
    @Option(help: "Language of the dispatches.") var lang: Language = .auto
    @Option(help: "Publication date (YYYY-MM-DD), for relative dates.") var published: Day?
    @Option(help: "json: one array; jsonl: one incident per line.") var format: Format = .json
    @Option(help: "An ACLED export whose notes to read (prints totals).") var acledNotes: String?
    @Option(help: "Output file (default: standard output).") var out: String?

    @OptionGroup var theatreOptions: TheatreOptions

    func validate() throws {
        if files.isEmpty && acledNotes == nil { throw ValidationError("Give at least one dispatch FILE.") }
    }

    func run() throws {
        if let acledNotes {
            let totals = try CommandErrors.reporting { try NotesTotals.read(path: acledNotes) }
            try CommandErrors.reporting { try FileOutput.write(totals.text, to: out) }
            return
        }
        let theatre = try theatreOptions.load()
        let extractor = theatre.map { DispatchExtractor(places: GazetteerPlaces(gazetteer: $0.gazetteer)) } ?? DispatchExtractor()
        var records: [Extraction] = []
        for file in files {
            let text = try CommandErrors.reporting { () throws -> String in
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure("cannot read \(file): no such file or not readable")
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw CommandFailure("\(file): not UTF-8 text; convert it first (e.g. iconv -f latin1 -t utf-8)")
                }
                return text
            }
            let name = (file as NSString).lastPathComponent
            let language: DispatchLanguage? = lang == .auto ? nil : DispatchLanguage(rawValue: lang.rawValue)
            do {
                records += try extractor.extract(text, language: language, published: published, sourceID: name)
            } catch {
                StandardError.print("sitrep: \(file): \(error.description)")
                throw ExitCode(1)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = format == .json ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        var text = ""
        switch format {
        case .json:
            text = String(decoding: try encoder.encode(records), as: UTF8.self) + "\n"
        case .jsonl:
            for record in records { text += String(decoding: try encoder.encode(record), as: UTF8.self) + "\n" }
        }
        try CommandErrors.reporting { try FileOutput.write(text, to: out) }
    }
}

extension NotesTotals {
    /// The totals as JSON with sorted keys.
    var text: String {
        func object(_ values: [String: Int]) -> String {
            "{" + values.keys.sorted().map { "\"\($0)\": \(values[$0]!)" }.joined(separator: ", ") + "}"
        }
        return """
            {
              "rows": \(rows),
              "rows_with_facts": \(rowsWithFacts),
              "deaths_by_side": {
                "state": \(deathsState), "insurgent": \(deathsInsurgent), "civilian": \(deathsCivilian)
              },
              "materiel": \(object(materiel)),
              "materiel_uncounted": \(object(uncountedMateriel)),
              "tags": \(object(tags)),
              "claims": \(claims)
            }

            """
    }
}
