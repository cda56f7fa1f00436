#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to standard error, unbuffered.
enum StandardError {
    static func print(_ line: String) {
        var text = line + "\n"
        text.withUTF8 { _ = FileOutput.writeAll(descriptor: 2, $0) }
    }
}

/// Text written, piece by piece, to standard output or to a file.
final class FileOutput {
    private let descriptor: Int32
    private let name: String
    private var failure: Int32 = 0

    /// Opens `path` for writing (truncating it), or standard output when `path` is `nil` or `-`.
    init(path: String?) throws {
        if let path, path != "-" {
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))") }
            descriptor = fd
            name = path
        } else {
            descriptor = 1
            name = "standard output"
        }
    }

    func write(_ text: String) {
        var copy = text
        copy.withUTF8 { if !FileOutput.writeAll(descriptor: descriptor, $0) { failure = errno } }
    }

    func close() throws {
        if descriptor > 2, Glibc.close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw CommandFailure("cannot write \(name): \(String(cString: strerror(failure)))") }
    }

    /// Writes all of `text` to `path` (or standard output).
    static func write(_ text: String, to path: String?) throws {
        let output = try FileOutput(path: path)
        output.write(text)
        try output.close()
    }

    static func writeAll(descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }
}

/// A failure to report on stderr and exit with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Creates `path` as a folder when it does not exist; whether it exists as a folder afterwards.
func mkdirIfMissing(_ path: String) -> Bool {
    var info = stat()
    if stat(path, &info) == 0 { return (info.st_mode & S_IFMT) == S_IFDIR }
    return mkdir(path, 0o755) == 0
}
