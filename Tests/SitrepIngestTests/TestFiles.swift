import Foundation

/// Temporary files and bundled fixtures for the ingest tests.
enum TestFiles {
    /// Writes `bytes` to a new file in a fresh temporary folder and returns its path.
    static func write(_ bytes: [UInt8], name: String = "input.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func write(_ text: String, name: String = "input.csv") throws -> String { try write(Array(text.utf8), name: name) }

    /// Path of a file under Fixtures/.
    static func fixture(_ relativePath: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return url.appendingPathComponent(relativePath).path
    }
}

import Testing
