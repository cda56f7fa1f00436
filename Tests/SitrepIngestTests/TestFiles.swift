import Foundation
import Testing

/// Temporary files and bundled fixtures for the ingest tests.
enum TestFiles {
    /// This test process's temporary folder, removed when the process exits.
    static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestFiles.folder) }
        return folder
    }()

    /// Writes `bytes` to a new file in a fresh folder inside `folder` and returns its path.
    static func write(_ bytes: [UInt8], name: String = "input.csv") throws -> String {
        let directory = folder.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func write(_ text: String, name: String = "input.csv") throws -> String {
        try write(Array(text.utf8), name: name)
    }

    /// Path of a file under Fixtures/.
    static func fixture(_ relativePath: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return url.appendingPathComponent(relativePath).path
    }
}
