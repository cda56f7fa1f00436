import ArgumentParser

/// Turns errors that are the user's to fix (unreadable input, unwritable output) into a message on stderr
/// and exit status 1, instead of a stack of Swift error text.
enum CommandErrors {
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            StandardError.print("sitrep: \(error)")
            throw ExitCode(1)
        }
    }
}
