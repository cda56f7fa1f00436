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
/// Floating point: every bound errs on the side of keeping t. Each constraint is widened by `tolerance` (in units
/// of g) and the hole narrowed by four times it; a bound starts outside its constraint (closed-form outer edges)
/// and moves by Newton steps, which never cross the edge of a convex sublevel set; the hole's edges are inner
/// edges in closed form.
struct PoissonRateWindow {
    private var lower = 0.0
    private var upper = Double.infinity
    private var logLower = -Double.infinity
    private var logUpper = Double.infinity
    /// The open hole (holeLower, holeUpper), empty when holeLower ≥ holeUpper.
    private var holeLower = 0.0
    private var holeUpper = 0.0
    private var logHoleLower = 0.0
    private var logHoleUpper = 0.0

    /// Newton steps per bound and restriction, and how close to a constraint's edge (in units of g) they stop:
    /// the bounds keep tightening at later restrictions, and a looser bound only keeps a start a little longer.
    private static let restrictionSteps = 1
    private static let closeness = 0.1

    /// All rates μ ≥ 0.
    init() {}

    /// All rates, less the hole where the start r beats t: 2 g_{r,t}(μ) < F(t) − F(r), for the `length` counts
    /// r..<t summing to `sum`. The hole kept is inside that set (`Segment.innerEdges`).
    init(holeFromLength length: Double, sum: Double, costGap: Double, tolerance: Double) {
        let bound = costGap / 2 - 4 * tolerance
        let g = Segment(length: length, sum: sum)
        if sum == 0 {
            // g = m μ: the hole is [0, bound/m); the window starts at its end.
            if bound > 0 {
                let edge = (bound / length).nextDown
                (lower, logLower) = (edge, log(edge))
            }
            return
        }
        guard let (a, b) = g.innerEdges(below: bound), a < b else { return }
        (holeLower, holeUpper, logHoleLower, logHoleUpper) = (a, b, log(a), log(b))
    }

    /// Intersects the window with {μ : 2 g_{t,u}(μ) ≤ F(u) − F(t)} for the `length` counts t..<u summing to `sum`;
    /// returns false when nothing is left. `rateFeasible` says that F(t) + C(t, u) ≤ F(u) is already known
    /// (PELT's rule kept t at end u), so that the segment's own rate S/m meets the constraint.
    mutating func restrict(length: Double, sum: Double, costGap: Double, tolerance: Double, rateFeasible: Bool)
        -> Bool
    {
        let bound = costGap / 2 + tolerance
        let g = Segment(length: length, sum: sum)
        let peak = sum / length
        if upper == .infinity {
            guard let (below, above) = g.outerEdges(below: bound) else { return false }
            (upper, logUpper) = (above, log(above))
            if below > lower { (lower, logLower) = (below, log(below)) }
        }
        while true {
            if lower < peak, g(lower, logLower) > bound {
                (lower, logLower) = g.newton(
                    towards: bound, from: lower, logLower, steps: Self.restrictionSteps, within: Self.closeness)
                if lower > peak { (lower, logLower) = (peak, log(peak)) }
            }
            if upper > peak, g(upper, logUpper) > bound {
                (upper, logUpper) = g.newton(
                    towards: bound, from: upper, logUpper, steps: Self.restrictionSteps, within: Self.closeness)
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
        // g is convex: its least value over the window is at a bound, at the peak, or at a hole edge when the
        // peak is in the hole.
        if g(lower, logLower) <= bound || g(upper, logUpper) <= bound { return true }
        guard peak > lower && peak < upper else { return false }
        if holeLower < holeUpper && peak > holeLower && peak < holeUpper {
            return min(g(holeLower, logHoleLower), g(holeUpper, logHoleUpper)) <= bound
        }
        return rateFeasible || g.minimum <= bound
    }

    /// g(μ) = m μ − S log μ for m counts summing to S. With μ = (S/m)(1 + e), g = min g + S (e − log(1 + e)), and
    /// e²/2 ≤ e − log(1 + e) ≤ e²/(2(1 + e)) for −1 < e ≤ 0, e²/(2(1 + e)) ≤ e − log(1 + e) ≤ e²/2 for e ≥ 0:
    /// the edges of a sublevel set {g ≤ bound} in closed form, from inside or from outside.
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

        /// Rates below and above S/m with g ≥ `bound` (S > 0; [0, bound/m] rounded up when S = 0), so that
        /// {g ≤ bound} lies between them; nil when that set is empty. With q = (bound − min g)/S: e = −√(2q), or
        /// μ = (S/m) exp(−1 − q) when that e is ≤ −1 (e − log(1 + e) ≥ −1 − log(1 + e)); e = q + √(q² + 2q) above.
        func outerEdges(below bound: Double) -> (Double, Double)? {
            if sum == 0 { return bound < 0 ? nil : (0, (bound / length).nextUp) }
            let excess = bound - minimum
            guard excess >= 0 else { return nil }
            let q = excess / sum, peak = sum / length
            let downward = -(2 * q).squareRoot()
            let below = downward > -1 ? peak * (1 + downward) : peak * exp(-1 - q)
            return (below, peak * (1 + q + (q * q + 2 * q).squareRoot()))
        }

        /// Rates below and above S/m with g ≤ `bound` (S > 0), so that the open interval between them lies in
        /// {g < bound + the tolerance}; nil when the set is empty. e = q − √(q² + 2q) below, √(2q) above.
        func innerEdges(below bound: Double) -> (Double, Double)? {
            let excess = bound - minimum
            guard excess > 0 else { return nil }
            let q = excess / sum, peak = sum / length
            return (peak * (1 + q - (q * q + 2 * q).squareRoot()), peak * (1 + (2 * q).squareRoot()))
        }

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
