#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The Poisson rates μ at which a PELT candidate start t can still open the last segment of an optimal
/// segmentation (functional pruning, Maidstone, Hocking, Rigaill & Fearnhead 2017, "FPOP", on the Poisson cost).
///
/// With g_{a,b}(μ) = m μ − S log μ for the m counts of a..<b summing to S, the Poisson cost is
/// C(a, b) = 2 min_μ g_{a,b}(μ). Ending the last segment at a later s′ from t costs F(t) + β + 2 g_{t,s′}(μ) at rate
/// μ, and from another start u > t costs F(u) + β + 2 g_{u,s′}(μ); their difference F(t) − F(u) + 2 g_{t,u}(μ) does
/// not depend on s′. So t can be the best start at s′ (its own rate μ̂ = the segment's mean) only where
/// 2 g_{t,u}(μ) ≤ F(u) − F(t) for every admissible u > t (`restrict`), and only where 2 g_{r,t}(μ) ≥ F(t) − F(r)
/// for the start r that F(t) was reached from (`hole`). Each of these sets is an interval or its complement
/// (g is convex), so the window is kept as [lower, upper] with at most one open hole (holeLower, holeUpper).
/// When it is empty, t is beaten at every s′ by a start that is admissible there (or, if that one has been
/// dropped, by the start that beat it: the totals fall strictly along the chain): dropping t changes no F and
/// no argmin, ties included.
///
/// Floating point: every bound errs on the side of keeping t. The window is widened by `tolerance` in cost
/// units; an upper or lower bound is moved by Newton steps from outside the convex sublevel set, which never
/// cross its edge; the hole is shrunk by the same margin.
struct PoissonRateWindow {
    private(set) var lower = 0.0
    private(set) var upper = Double.infinity
    private var logLower = -Double.infinity
    private var logUpper = Double.infinity
    /// The open hole (holeLower, holeUpper), empty when holeLower ≥ holeUpper.
    private var holeLower = 0.0
    private var holeUpper = 0.0
    private var logHoleLower = 0.0
    private var logHoleUpper = 0.0

    /// Newton steps per bound and restriction; the bounds keep tightening at later restrictions.
    private static let restrictionSteps = 4

    /// All rates μ ≥ 0.
    init() {}

    /// All rates, less the hole where the start r beats t: 2 g_{r,t}(μ) < F(t) − F(r), for the `length` counts
    /// r..<t summing to `sum`.
    init(holeFromLength length: Double, sum: Double, costGap: Double, tolerance: Double) {
        let bound = costGap / 2 - 4 * tolerance
        if sum == 0 {
            // g = m μ: the hole is [0, bound/m); the window starts at its end.
            if bound > 0 { (lower, logLower) = (bound / length, log(bound / length)) }
            return
        }
        let peak = sum / length
        let g = Segment(length: length, sum: sum)
        guard g.minimum < bound else { return }
        var below = peak / 2
        while g(below, log(below)) < bound { below /= 2 }
        var above = peak * 2
        while g(above, log(above)) < bound { above *= 2 }
        let (a, logA) = g.newton(towards: bound, from: below, log(below), steps: 30, within: tolerance)
        let (b, logB) = g.newton(towards: bound, from: above, log(above), steps: 30, within: tolerance)
        if a < b { (holeLower, holeUpper, logHoleLower, logHoleUpper) = (a, b, logA, logB) }
    }

    /// Intersects the window with {μ : 2 g_{t,u}(μ) ≤ F(u) − F(t)} for the `length` counts t..<u summing to `sum`;
    /// returns false when nothing is left.
    mutating func restrict(length: Double, sum: Double, costGap: Double, tolerance: Double) -> Bool {
        let bound = costGap / 2 + tolerance
        let g = Segment(length: length, sum: sum)
        let peak = sum / length
        if upper == .infinity {
            var above = max(peak, 1) * 4 + max(bound, 0) / length
            while g(above, log(above)) <= bound { above *= 2 }
            (upper, logUpper) = (above, log(above))
        }
        if lower == 0 && sum > 0 {
            var below = peak / 4
            while g(below, log(below)) <= bound { below /= 4 }
            (lower, logLower) = (below, log(below))
        }
        while true {
            if lower < peak, g(lower, logLower) > bound {
                (lower, logLower) = g.newton(
                    towards: bound, from: lower, logLower, steps: Self.restrictionSteps, within: tolerance)
                if lower > peak { (lower, logLower) = (peak, log(peak)) }
            }
            if upper > peak, g(upper, logUpper) > bound {
                (upper, logUpper) = g.newton(
                    towards: bound, from: upper, logUpper, steps: Self.restrictionSteps, within: tolerance)
                if upper < peak { (upper, logUpper) = (peak, log(peak)) }
            }
            if lower > upper { return false }
            // A bound that reaches the hole jumps across it; the hole is then behind it.
            guard holeLower < holeUpper else { break }
            if lower >= holeLower {
                if lower < holeUpper { (lower, logLower) = (holeUpper, logHoleUpper) }
            } else if upper <= holeUpper {
                if upper > holeLower { (upper, logUpper) = (holeLower, logHoleLower) }
            } else {
                break
            }
            (holeLower, holeUpper) = (0, 0)
        }
        // The least g over the window: at the clamped peak, or at a hole edge when the peak is in the hole.
        var least = min(g(lower, logLower), g(upper, logUpper))
        if peak > lower && peak < upper {
            if holeLower < holeUpper && peak > holeLower && peak < holeUpper {
                least = min(least, g(holeLower, logHoleLower), g(holeUpper, logHoleUpper))
            } else {
                least = min(least, g.minimum)
            }
        }
        return least <= bound
    }

    /// g(μ) = m μ − S log μ for m counts summing to S.
    private struct Segment {
        var length: Double
        var sum: Double

        /// g at μ, given log μ (the bounds keep their logarithms); m μ when S = 0, so that μ = 0 is allowed.
        @inline(__always)
        func callAsFunction(_ rate: Double, _ logRate: Double) -> Double {
            sum == 0 ? length * rate : length * rate - sum * logRate
        }

        /// min_μ g = S − S log(S/m), at μ = S/m (0 when S = 0).
        var minimum: Double { sum == 0 ? 0 : sum - sum * log(sum / length) }

        /// Newton steps from a rate outside {g ≤ bound} towards its edge (stopping within `within` of the bound):
        /// g is convex, so each step lands on the same side of the edge. Returns the rate and its logarithm.
        func newton(
            towards bound: Double, from start: Double, _ logStart: Double, steps: Int, within: Double
        ) -> (Double, Double) {
            var (rate, logRate) = (start, logStart)
            for _ in 0..<steps {
                let excess = self(rate, logRate) - bound
                if excess <= within { break }
                let next = rate - excess / (length - sum / rate)
                guard next.isFinite, next != rate, next > 0 else { break }
                (rate, logRate) = (next, log(next))
            }
            return (rate, logRate)
        }
    }
}
