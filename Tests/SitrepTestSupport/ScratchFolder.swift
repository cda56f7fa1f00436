public import Foundation

/// Temporary files for the tests: one folder per test process (`root`), removed when the process exits, with a
/// fresh folder inside it for each caller that asks.
public enum ScratchFolder {
    /// This test process's folder.
    public static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return url
    }()

    /// A new, empty folder inside `root`.
    public static func newFolder() throws -> URL {
        let url = root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `bytes` to a file called `name` in a new folder and returns its path.
    public static func write(_ bytes: [UInt8], name: String = "input.csv") throws -> String {
        let url = try newFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8 to a file called `name` in a new folder and returns its path.
    public static func write(_ text: String, name: String = "input.csv") throws -> String {
        try write(Array(text.utf8), name: name)
    }
}
