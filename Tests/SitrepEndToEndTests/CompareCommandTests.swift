import Foundation
import SitrepTestSupport
import Testing

@Suite struct CompareCommandTests {
    static let periods = ["2025-06-01..2025-08-31", "2025-09-01..2025-11-28"]

    /// Runs `sitrep compare` on the seed-11 export with `arguments` after the periods; returns the document.
    static func compare(_ arguments: [String] = [], name: String = "compare.md") throws -> String {
        let out = try ScratchFolder.newFolder().appendingPathComponent(name)
        let result = try CommandRunner.run(
            ["compare", "--input", IndicatorsCommandTests.seed11] + periods + arguments + ["--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == out.path + "\n")
        return try String(contentsOf: out, encoding: .utf8)
    }

    /// The document equals the reviewed snapshot (see Snapshots/make_snapshots.sh), byte for byte, every run.
    @Test func matchesSnapshotByteForByte() throws {
        let first = try Self.compare()
        #expect(first == (try CommandRunner.snapshot("compare-seed11.md")))
        #expect(try Self.compare() == first)
    }

    /// A store built from the same file gives the same document: same counts, same source name.
    @Test func storeGivesTheSameDocument() throws {
        let folder = try ScratchFolder.newFolder()
        let db = folder.appendingPathComponent("s.db").path
        #expect(try CommandRunner.run(["ingest", IndicatorsCommandTests.seed11, "--db", db]).status == 0)
        let out = folder.appendingPathComponent("db.md").path
        let result = try CommandRunner.run(["compare", "--db", db] + Self.periods + ["--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == (try Self.compare()))
    }

    /// The cells of a GFM table row: split on pipes not escaped as `\|`, without the outer ones.
    static func cells(_ line: Substring) -> [String] {
        var cells: [String] = [], cell = "", escaped = false
        for character in line.dropFirst() {
            if escaped {
                cell.append(character)
                escaped = false
            } else if character == "\\" {
                cell.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells
    }

    /// Every table: a header, a delimiter row of `---` cells, and rows with exactly the header's number of cells.
    @Test(arguments: ["admin1", "admin2", "corridor"])
    func everyTableRowHasTheHeadersCells(level: String) throws {
        let text = try Self.compare(["--by", level])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var tables = 0, index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("|") else {
                index += 1
                continue
            }
            let header = Self.cells(lines[index])
            let delimiter = Self.cells(lines[index + 1])
            #expect(delimiter.count == header.count)
            #expect(delimiter.allSatisfy { $0.trimmingCharacters(in: .whitespaces).contains("---") })
            index += 2
            while index < lines.count, lines[index].hasPrefix("|") {
                #expect(Self.cells(lines[index]).count == header.count, "\(lines[index])")
                index += 1
            }
            tables += 1
        }
        // Mali, the regional table, event types, actors, and regions with a significant change if any.
        #expect(tables == (text.contains("\n| Region | Events /wk A → B |") ? 5 : 4))
    }

    static let markdownIt: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import markdown_it"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// markdown-it-py (GFM tables on) reads the four tables as tables, and every body row as 11, 11, 6 or 7
    /// cells (it would pad or cut a row of the wrong width, so the Swift check above is the strict one).
    @Test(.enabled(if: markdownIt, "python3 with markdown-it-py"))
    func gfmParserReadsTheTables() throws {
        let folder = try ScratchFolder.newFolder()
        let path = folder.appendingPathComponent("c.md").path
        try Self.compare().write(toFile: path, atomically: true, encoding: .utf8)
        let script = """
            import sys, markdown_it
            tokens = markdown_it.MarkdownIt("commonmark").enable("table").parse(open(sys.argv[1]).read())
            widths, cells = [], 0
            for token in tokens:
                if token.type == "table_open": widths.append([])
                if token.type == "tr_open": cells = 0
                if token.type in ("th_open", "td_open"): cells += 1
                if token.type == "tr_close": widths[-1].append(cells)
            print(";".join(",".join(sorted(set(map(str, w)))) for w in widths))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output == "11;11;6;7\n")
    }

    /// `--by corridor` lists all six corridors of the theatre, with corridor incidents and blockade pressure.
    @Test func corridorRowsCoverEveryCorridor() throws {
        let text = try Self.compare(["--by", "corridor"])
        #expect(text.contains("## By corridor\n"))
        for corridor in [
            "Bamako-Koulikoro", "Dakar-Kayes-Kita-Kati-Bamako", "Kouremale-Kangaba-Bamako",
            "Nioro-Diema-Didieni-Kolokani-Kati-Bamako", "Segou-Fana-Bamako", "Zegoua-Sikasso-Bougouni-Bamako",
        ] {
            #expect(text.contains("| \(corridor) | corridor_incidents |"), "\(corridor)")
            #expect(text.contains("| \(corridor) | blockade_pressure |"), "\(corridor)")
        }
    }

    @Test(arguments: [
        (["2025-06-01", "2025-09-01..2025-11-28"], "Period A '2025-06-01' is not a range"),
        (
            ["2025-08-31..2025-06-01", "2025-09-01..2025-11-28"],
            "Period A '2025-08-31..2025-06-01' ends before it starts"
        ),
        (
            ["2025-06-01..2025-09-15", "2025-09-01..2025-11-28"],
            "Periods A 2025-06-01..2025-09-15 and B 2025-09-01..2025-11-28 overlap"
        ),
        (["2025-06-01..2025-08-31"], "Give two periods"),
    ])
    /// (The periods come first here, so that `--input` cannot take a malformed one for a file.)
    func badPeriodsExit64(periods: [String], message: String) throws {
        let result = try CommandRunner.run(["compare"] + periods + ["--input", IndicatorsCommandTests.seed11])
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    /// Periods with no event of the input are an error naming both periods (exit 1), not an empty document.
    @Test func periodsOutsideTheData() throws {
        let out = try ScratchFolder.newFolder().appendingPathComponent("none.md").path
        let result = try CommandRunner.run([
            "compare", "--input", IndicatorsCommandTests.seed11, "2030-01-01..2030-01-31", "2030-02-01..2030-02-28",
            "--out", out,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no event of the input falls in period A (2030-01-01..2030-01-31)"))
    }
}
