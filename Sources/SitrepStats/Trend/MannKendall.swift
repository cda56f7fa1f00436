/// The Mann–Kendall test for a monotonic trend, with the tie correction, and Sen's slope.
///
/// S = Σ_{i<j} sign(xⱼ − xᵢ); Var(S) = [n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5)] / 18 over groups of tied values;
/// Z = (S − 1)/√Var(S) for S > 0, (S + 1)/√Var(S) for S < 0, 0 for S = 0; p = 2 P(N(0,1) > |Z|);
/// τ = S / (n(n−1)/2). Sen's slope is the median of the n(n−1)/2 pairwise slopes (xⱼ − xᵢ)/(j − i) (the mean of
/// the middle two for an even count) and the intercept is median(x) − (n − 1)/2 · slope (Conover).
///
/// Agrees with `pymannkendall.original_test` 1.4.3 (tested to 10⁻¹² on S, τ, Z, slope; p to 10⁻⁸ absolute:
/// pymannkendall computes 2(1 − Φ(|Z|)), Sitrep the upper tail directly, which is more accurate for small p).
///
/// Nothing quadratic is stored: S comes from counting, by ranks and a Fenwick tree, the pairs i < j with xⱼ ≤ xᵢ
/// and with xⱼ < xᵢ (O(n log n)); above 3,000 points the median slope is selected without listing all the slopes: a
/// bracket around it from a sample of pairs, narrowed by bisection on t (the pairs with slope ≤ t are the pairs
/// i < j with xⱼ − t·j ≤ xᵢ − t·i, counted in O(n log n)), then only the slopes inside it are listed and
/// the middle ones selected (`PairCounting.orderedSlopes`). 10,000 points take a few milliseconds and at most
/// max(4n, 2¹⁸) slopes of memory (`PairCounting.listingLimit` says where the result may differ by an ulp).
public enum MannKendall {
    /// The test result.
    public struct Result: Sendable, Hashable {
        public var n: Int
        public var s: Double
        public var varianceOfS: Double
        public var z: Double
        public var pValue: Double
        public var tau: Double
        public var sensSlope: Double
        public var intercept: Double
    }

    /// Tests `series` (in time order, equally spaced). Throws `degenerateInput` for fewer than 3 values or a
    /// non-finite value. A constant series is not an error: S = 0, Z = 0, p = 1, slope 0.
    public static func test(_ series: [Double]) throws(GSLError) -> Result {
        let n = series.count
        guard n >= 3 else {
            throw GSLError.degenerateInput.with(message: "the Mann–Kendall test needs at least 3 values, got \(n)")
        }
        if let bad = series.firstIndex(where: { !$0.isFinite }) {
            throw GSLError.degenerateInput.with(message: "value \(bad) of the series is \(series[bad])")
        }
        let sorted = series.sorted()
        let pairs = Double(n * (n - 1) / 2)
        let (atMost, below) = PairCounting.pairCounts(series, sorted: sorted)
        let s = pairs - Double(atMost) - Double(below)
        let nd = Double(n)
        var tieTerm = 0.0
        var start = 0
        while start < n {
            var end = start + 1
            while end < n, sorted[end] == sorted[start] { end += 1 }
            let t = Double(end - start)
            tieTerm += t * (t - 1) * (2 * t + 5)
            start = end
        }
        let variance = (nd * (nd - 1) * (2 * nd + 5) - tieTerm) / 18
        let z: Double = s > 0 ? (s - 1) / variance.squareRoot() : s < 0 ? (s + 1) / variance.squareRoot() : 0
        let slope = PairCounting.medianSlope(series)
        return Result(
            n: n, s: s, varianceOfS: variance, z: z, pValue: s == 0 ? 1 : Distributions.normalTwoSided(z),
            tau: s / (nd * (nd - 1) / 2), sensSlope: slope, intercept: median(sorted: sorted) - (nd - 1) / 2 * slope)
    }

    /// The median (mean of the two middle values for an even count), as `numpy.median`.
    static func median(_ values: [Double]) -> Double { median(sorted: values.sorted()) }

    /// The median of values already in ascending order.
    private static func median(sorted: [Double]) -> Double {
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
