internal import CGSL

/// An error status reported by the GNU Scientific Library, or a precondition of a Sitrep estimator that
/// the input does not meet.
///
/// Like GRDB's `DatabaseError`, it carries the C status code with one static constant per GSL status, and a
/// `~=` so that callers can write `catch GSLError.singular`.
public struct GSLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The GSL status code (`GSL_EDOM`, …), or one of Sitrep's own codes below 0 for invalid input.
    public var code: Int32
    /// What failed, in words.
    public var message: String

    public init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "GSL error \(code): \(message)" }

    /// Input domain error (`GSL_EDOM`).
    public static let domain = GSLError(code: 1, message: "input domain error")
    /// Output range error (`GSL_ERANGE`).
    public static let range = GSLError(code: 2, message: "output range error")
    /// Invalid argument (`GSL_EINVAL`).
    public static let invalidArgument = GSLError(code: 4, message: "invalid argument")
    /// Iteration failed (`GSL_EFAILED`).
    public static let failed = GSLError(code: 5, message: "generic failure")
    /// Iterative process failed to converge (`GSL_EMAXITER`).
    public static let maximumIterations = GSLError(code: 11, message: "exceeded max number of iterations")
    /// Matrix is singular (`GSL_ESING`).
    public static let singular = GSLError(code: 21, message: "apparent singularity detected")
    /// Matrix or vector lengths are not conformant (`GSL_EBADLEN`).
    public static let badLength = GSLError(code: 19, message: "matrix, vector lengths are not conformant")
    /// Sitrep: the input cannot support the estimate (too few points, constant series, …).
    public static let degenerateInput = GSLError(code: -1, message: "degenerate input")

    /// Matches any error with the same code, so `catch GSLError.singular` works whatever the message.
    public static func ~= (pattern: GSLError, value: any Error) -> Bool {
        (value as? GSLError)?.code == pattern.code
    }

    /// An error of the same kind with a specific message.
    public func with(message: String) -> GSLError { GSLError(code: code, message: message) }
}

/// Switches GSL's abort-on-error handler off, once per process, and turns status codes into `GSLError`.
enum GSL {
    /// Initialised on first use; GSL then returns status codes instead of calling `abort()`.
    static let handlerIsOff: Bool = {
        sitrep_gsl_disable_abort()
        return true
    }()

    /// Throws a `GSLError` for a non-zero GSL status.
    static func check(_ status: Int32, _ context: @autoclosure () -> String) throws(GSLError) {
        guard status != 0 else { return }
        let text = String(cString: gsl_strerror(status))
        throw GSLError(code: status, message: "\(context()): \(text)")
    }
}
