import Foundation
import Testing

/// Bundled fixtures for the ingest tests (temporary files: `ScratchFolder`).
enum TestFiles {
    /// Path of a file under Fixtures/.
    static func fixture(_ relativePath: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return url.appendingPathComponent(relativePath).path
    }
}
