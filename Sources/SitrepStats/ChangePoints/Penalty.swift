#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The price of one more change point in a penalised segmentation.
///
/// With k = the cost's parameters per segment (1 for Poisson and l2, 2 for normal) and n the series length:
/// - `.bic` = (k + 1) · log n: each change point adds k segment parameters and a location;
/// - `.mbic` = (k + 2) · log n: the penalty part of Zhang & Siegmund's modified BIC, as R's `changepoint`
///   package uses it (without MBIC's segment-length term);
/// - `.value(x)` = x, in the cost's units.
///
/// The Poisson and normal costs are −2 log-likelihoods, so these are the information criteria as they stand. The
/// l2 cost is a residual sum of squares, σ² times a −2 log-likelihood; for it BIC and MBIC are multiplied by a
/// robust noise variance σ̂² = (MAD(Δy) / (0.6744897501960817 √2))², MAD(Δy) the median absolute deviation of the
/// first differences from their median (insensitive to the mean shifts being sought).
public enum Penalty: Sendable, Hashable {
    case bic
    case mbic
    case value(Double)

    /// The penalty in cost units for `values` under `cost`. Throws `degenerateInput` when it is not positive
    /// (a non-positive number, or an l2 BIC/MBIC on a series whose differences have zero MAD).
    public func resolved(for values: [Double], cost: SegmentCost) throws(GSLError) -> Double {
        let k = Double(cost.parametersPerSegment)
        let n = Double(values.count)
        let scale = cost == .l2 ? Penalty.noiseVariance(values) : 1
        let penalty: Double
        switch self {
        case .bic: penalty = (k + 1) * log(n) * scale
        case .mbic: penalty = (k + 2) * log(n) * scale
        case .value(let x): penalty = x
        }
        guard penalty > 0, penalty.isFinite else {
            throw GSLError.degenerateInput.with(
                message: cost == .l2 && self != .value(penalty)
                    ? "the series' differences have zero median absolute deviation, so the l2 cost has no noise scale "
                        + "for a BIC/MBIC penalty: give a numeric penalty"
                    : "the penalty must be a positive number, got \(penalty)")
        }
        return penalty
    }

    /// (MAD of the first differences / (Φ⁻¹(3/4) √2))²: the noise variance of a piecewise-constant signal.
    static func noiseVariance(_ values: [Double]) -> Double {
        guard values.count >= 2 else { return 0 }
        let differences = zip(values.dropFirst(), values).map { $0 - $1 }
        let centre = MannKendall.median(differences)
        let mad = MannKendall.median(differences.map { abs($0 - centre) })
        let sigma = mad / (0.6744897501960817 * 2.0.squareRoot())
        return sigma * sigma
    }
}
