import Foundation
import SitrepIngest
import SitrepStore
import SitrepTestSupport
import Testing

/// A fresh temporary directory per test (in `ScratchFolder`), removed by the caller's `defer`.
struct Scratch {
    let directory: String

    init() throws {
        directory = try ScratchFolder.newFolder().path
    }

    func path(_ name: String) -> String { directory + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = self.path(name)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    func store() throws -> IncidentStore { try IncidentStore(path: path("store.db")) }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}

extension SyntheticACLED {
    /// The whole synthetic export as one text.
    var text: String {
        var text = ""
        generate { text += $0 }
        return text
    }
}

/// A second writer's ingest of `path` into `db`, which another connection or process holds: with a 0.1 s busy
/// timeout it must fail with `StoreError.locked`. Returns that error for further checks; `nil`, recorded as
/// an issue with `comment`, when the ingest went through.
@discardableResult
func ingestExpectingLock(
    _ path: String, into db: String, _ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation
) throws -> StoreError? {
    do {
        _ = try IncidentStore(path: db, busyTimeout: 0.1).ingest([.init(path: path, format: .acled)])
        Issue.record(comment, sourceLocation: sourceLocation)
        return nil
    } catch let error as StoreError {
        #expect(error.kind == .locked, sourceLocation: sourceLocation)
        return error
    }
}

/// Invented rows in ACLED's layouts (never copied from real data), built from column → value maps so that
/// fixtures read by name.
enum ACLEDFixture {
    /// The 31 columns of the current layout.
    static let current = SyntheticACLED.columns

    /// The pre-2023 layout: an unnamed pandas index column first, numeric inter codes, data_id,
    /// event_id_no_cnty, iso3, long-form dates.
    static let pre2023 = [
        "", "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
        "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
        "interaction", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
        "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
    ]

    static func csv(_ columns: [String], _ rows: [[String: String]]) -> String {
        CSVWriting.line(columns) + rows.map { row in CSVWriting.line(columns.map { row[$0] ?? "" }) }.joined()
    }

    /// A plausible current-layout row; `overrides` replace or add values.
    static func row(
        _ id: String, date: String, admin1: String = "Mopti", fatalities: String = "0",
        timestamp: String = "1700000000", _ overrides: [String: String] = [:]
    ) -> [String: String] {
        var row = [
            "event_id_cnty": id, "event_date": date, "year": String(date.prefix(4)), "time_precision": "1",
            "disorder_type": "Political violence", "event_type": "Battles", "sub_event_type": "Armed clash",
            "actor1": "JNIM: Group for Support of Islam and Muslims", "inter1": "Rebel group",
            "actor2": "Military Forces of Mali (2021-)", "inter2": "State forces", "iso": "466",
            "region": "Western Africa", "country": "Mali", "admin1": admin1, "admin2": "Douentza",
            "location": "Boni", "latitude": "15.0500", "longitude": "-1.9167", "geo_precision": "1",
            "source": "Invented Source", "source_scale": "National", "notes": "Invented fixture event.",
            "fatalities": fatalities, "tags": "", "timestamp": timestamp,
        ]
        row.merge(overrides) { _, new in new }
        return row
    }
}
