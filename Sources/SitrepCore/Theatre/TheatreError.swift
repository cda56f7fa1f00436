/// A theatre directory that cannot be loaded: names the file and what is wrong with it.
public struct TheatreError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}
