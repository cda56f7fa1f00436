import Foundation
import Testing

/// Runs the built `sitrep` binary (built by `make test` before `swift test`) and captures its output.
struct CommandRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `sitrep` executable in the build folder that holds this test target's resource bundle.
    static var executable: URL {
        Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("sitrep")
    }

    static func run(_ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A file under Snapshots/.
    static func snapshot(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Snapshots", withExtension: nil))
        return try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    static func snapshotPath(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: "Snapshots", withExtension: nil))
        return url.appendingPathComponent(name).path
    }

    /// A file of the repository, from this file's location.
    static func repositoryFile(_ relativePath: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent(relativePath).path
    }

    /// The ingest fixtures (shared with SitrepIngestTests), found from this file's location.
    static func ingestFixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SitrepIngestTests/Fixtures").appendingPathComponent(name).path
    }

    /// The first `count` comma-separated columns of each line (the inputs here have no quoted commas).
    static func firstColumns(_ csv: String, _ count: Int) -> String {
        csv.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(count).joined(separator: ",") }
            .joined(separator: "\n")
    }
}
