internal import CGSL

/// Descriptive statistics of a sample (GSL `gsl_stats_*`).
public enum Descriptive {
    /// Arithmetic mean. Throws `degenerateInput` for an empty sample.
    public static func mean(_ values: [Double]) throws(GSLError) -> Double {
        guard !values.isEmpty else { throw GSLError.degenerateInput.with(message: "the mean of an empty sample") }
        return values.withUnsafeBufferPointer { gsl_stats_mean($0.baseAddress, 1, $0.count) }
    }

    /// Arithmetic mean of a window of a series, summed in order; 0 for an empty window. For the short windows
    /// of the alert rules, which need no GSL call and no error for an empty window.
    public static func windowMean(_ values: ArraySlice<Double>) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// Sample standard deviation with the n − 1 denominator (`gsl_stats_sd`; numpy's `std(ddof=1)`).
    /// Throws `degenerateInput` for fewer than two values.
    public static func standardDeviation(_ values: [Double]) throws(GSLError) -> Double {
        guard values.count >= 2 else {
            throw GSLError.degenerateInput.with(
                message: "a standard deviation needs at least 2 values, got \(values.count)")
        }
        return values.withUnsafeBufferPointer { gsl_stats_sd($0.baseAddress, 1, $0.count) }
    }

    /// Sample variance with the n − 1 denominator.
    public static func variance(_ values: [Double]) throws(GSLError) -> Double {
        let sd = try standardDeviation(values)
        return sd * sd
    }
}
