import Foundation
import SitrepCore

/// The shipped Mali theatre, loaded once for the tests from `Notebooks-data/theatres/mali` in this checkout.
enum TheatreFixture {
    static let directory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Notebooks-data/theatres/mali").path

    static let mali: Theatre = {
        do {
            return try Theatre(directory: directory)
        } catch {
            fatalError("cannot load the Mali theatre: \(error)")
        }
    }()

    static func point(_ name: String) -> GeoPoint { mali.gazetteer.place(named: name)!.point }
}
