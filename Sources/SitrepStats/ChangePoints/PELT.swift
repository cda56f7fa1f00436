/// Change points by PELT (Killick, Fearnhead & Eckley 2012): the segmentation of y[0..<n] that minimises
/// Σ_segments cost + penalty × (number of change points), every segment at least `minimumSegmentLength` long.
///
/// Recursion over segment ends s = m, m+1, …, n (m the minimum length): F(0) = 0 and
/// F(s) = min over admissible t of F(t) + cost(t, s) + penalty, where t is admissible when t = 0 or t ≥ m, and
/// t ≤ s − m. Ties go to the smallest t. After each s a candidate t is dropped for good when
/// F(t) + cost(t, s) + penalty > F(s) + penalty. This is ruptures' `Pelt(model, min_size=m, jump=1)` step for
/// step (same candidate order, same pruning rule), so the change points equal
/// `Pelt(...).fit(y).predict(pen)` without its final n (tested on the l2 and normal costs against ruptures 1.1.10).
/// For the l2 cost with m = 1 that pruning never removes an optimal candidate (splitting a segment never raises
/// the cost), so the result is the exact optimal partitioning; for m > 1 it can be slightly worse, as ruptures'.
///
/// The Poisson cost (which ruptures lacks) is the exact optimal partitioning for every m, ties to the smallest t,
/// by the same recursion with pruning that never drops the best start (`poissonRecursion`): PELT's rule applied
/// m steps late, and functional pruning on the rate, which keeps a few dozen candidates per step in a long
/// homogeneous stretch where PELT's rule keeps them all.
///
/// Cost evaluations: O(n) to O(n²) depending on how many candidates survive pruning; each is O(1) for the
/// Poisson cost and O(segment length) for l2 and normal (see `SegmentCost`). Memory O(n).
public enum PELT {
    /// A segmentation.
    public struct Result: Sendable, Hashable {
        /// 0-based index of the first observation of each new segment, ascending (ruptures' breakpoints without n).
        public var changePoints: [Int]
        /// The penalty used, in cost units.
        public var penalty: Double
        /// Σ segment costs + penalty × change points (the minimised objective; ruptures adds one more penalty).
        public var objective: Double
        /// Segment boundaries [0, changePoints…, n].
        public var boundaries: [Int]
    }

    /// Segments `values` under `cost`. The minimum segment length used is max(`minimumSegmentLength`,
    /// `cost.minimumSegmentLength`), as ruptures does. Throws `degenerateInput` for a series shorter than that
    /// length, a non-finite value, a negative count under the Poisson cost, or a non-positive penalty.
    public static func changePoints(
        _ values: [Double], cost: SegmentCost, penalty: Penalty, minimumSegmentLength: Int = 1
    ) throws(GSLError) -> Result {
        let n = values.count
        let m = max(minimumSegmentLength, cost.minimumSegmentLength, 1)
        guard n >= m else {
            throw GSLError.degenerateInput.with(
                message: "a series of \(n) values cannot hold a segment of the minimum length \(m)")
        }
        if let bad = values.firstIndex(where: { !$0.isFinite || (cost == .poisson && $0 < 0) }) {
            throw GSLError.degenerateInput.with(
                message: "value \(bad) of the series is \(values[bad])"
                    + (cost == .poisson ? ": the Poisson cost needs finite counts ≥ 0" : ""))
        }
        let beta = try penalty.resolved(for: values, cost: cost)
        let segmentCost = SegmentCostTable(values, cost: cost)

        let (best, previous) =
            cost == .poisson
            ? poissonRecursion(segmentCost, count: n, minimumSegmentLength: m, penalty: beta)
            : prunedRecursion(segmentCost, count: n, minimumSegmentLength: m, penalty: beta)

        var points: [Int] = []
        var end = n
        while end > 0 {
            let start = previous[end]
            if start > 0 { points.append(start) }
            end = start
        }
        points.reverse()
        return Result(changePoints: points, penalty: beta, objective: best[n] - beta, boundaries: [0] + points + [n])
    }

    /// F(0…n) and the start each F(s) was reached from, by the recursion with PELT's pruning (ruptures' steps).
    private static func prunedRecursion(
        _ segmentCost: SegmentCostTable, count n: Int, minimumSegmentLength m: Int, penalty beta: Double
    ) -> (best: [Double], previous: [Int]) {
        let (best, previous) = (Scratch(n + 1, Double.infinity), Scratch(n + 1, 0))
        // The candidates in fixed buffers (at most one is added per step): their starts, F(start) side by side so
        // that the step reads them in order, and this step's costs and totals.
        let (starts, startBests, totals) = (Scratch(n + 1, 0), Scratch(n + 1, 0.0), Scratch(n + 1, 0.0))
        best[0] = 0
        var count = 0
        for end in m...n {
            let newCandidate = end - m
            if newCandidate == 0 || newCandidate >= m {
                starts[count] = newCandidate
                startBests[count] = best[newCandidate]
                count += 1
            }
            // Totals and their minimum first, then the first candidate reaching it (ties go
            // to the smallest start): no running argmin chained through the loop.
            let minimum = segmentCost.totals(
                starts: UnsafeBufferPointer(rebasing: starts.buffer[..<count]),
                startBests: UnsafeBufferPointer(rebasing: startBests.buffer[..<count]), end: end,
                penalty: beta, into: UnsafeMutableBufferPointer(rebasing: totals.buffer[..<count]))
            var argmin = 0
            while totals[argmin] != minimum { argmin += 1 }
            best[end] = minimum
            previous[end] = starts[argmin]
            var kept = 0
            for index in 0..<count where totals[index] <= minimum + beta {
                starts[kept] = starts[index]
                startBests[kept] = startBests[index]
                kept += 1
            }
            count = kept
        }
        return (Array(best.buffer), Array(previous.buffer))
    }

    /// F(0…n) and the start each F(s) was reached from, for the Poisson cost: the exact optimal partitioning,
    /// with two pruning rules that only drop a start t once it can no longer be the best start (nor tie with it)
    /// at any later end:
    /// - PELT's rule, lagged by the minimum length: F(t) + cost(t, s) > F(s) means the start s beats t at every
    ///   end from s + m on (the cost is superadditive), and s is admissible only from there, so t is dropped at
    ///   step s + m, not after step s. (Dropping it at once, as ruptures does, can lose the optimum when m > 1.)
    /// - Functional pruning on the Poisson rate (`PoissonRateWindow`): every admitted start u narrows the rates
    ///   at which t can still win; t goes when none is left.
    private static func poissonRecursion(
        _ segmentCost: SegmentCostTable, count n: Int, minimumSegmentLength m: Int, penalty beta: Double
    ) -> (best: [Double], previous: [Int]) {
        let (best, previous) = (Scratch(n + 1, Double.infinity), Scratch(n + 1, 0))
        // The candidates in a fixed buffer (at most one is added per step), and this step's totals.
        let candidates = Scratch(
            n + 1, PoissonCandidate(start: 0, best: 0, window: PoissonRateWindow(), dominatedAt: .max))
        let totals = Scratch(n + 1, 0.0)
        func tolerance(_ a: Double, _ b: Double) -> Double { 1e-9 * (abs(a) + abs(b) + 1) }
        best[0] = 0
        var count = 0
        for end in m...n {
            let newCandidate = end - m
            let admitted = newCandidate == 0 || newCandidate >= m
            var kept = 0
            for index in 0..<count where candidates[index].dominatedAt > end - m {
                if admitted {
                    let start = candidates[index].start, startBest = candidates[index].best
                    let open = candidates[index].window.restrict(
                        length: Double(newCandidate - start), sum: segmentCost.sum(start, newCandidate),
                        costGap: best[newCandidate] - startBest,
                        tolerance: tolerance(best[newCandidate], startBest),
                        rateFeasible: start <= newCandidate - m)
                    guard open else { continue }
                }
                candidates[kept] = candidates[index]
                kept += 1
            }
            count = kept
            if admitted {
                var window = PoissonRateWindow()
                if newCandidate > 0 {
                    let from = previous[newCandidate]
                    window = PoissonRateWindow(
                        holeFromLength: Double(newCandidate - from),
                        sum: segmentCost.sum(from, newCandidate),
                        costGap: best[newCandidate] - best[from],
                        tolerance: tolerance(best[newCandidate], best[from]))
                }
                candidates[count] = PoissonCandidate(
                    start: newCandidate, best: best[newCandidate], window: window, dominatedAt: .max)
                count += 1
            }
            var minimum = Double.infinity
            for index in 0..<count {
                let candidate = candidates[index]
                totals[index] = candidate.best + (segmentCost(candidate.start, end) + beta)
                minimum = min(minimum, totals[index])
            }
            var argmin = 0
            while totals[argmin] != minimum { argmin += 1 }
            best[end] = minimum
            previous[end] = candidates[argmin].start
            for index in 0..<count
            where candidates[index].dominatedAt == .max && totals[index] > minimum + beta {
                candidates[index].dominatedAt = end
            }
        }
        return (Array(best.buffer), Array(previous.buffer))
    }

    /// A fixed buffer of the recursions, freed with its owner; subscripts read and write without bounds checks
    /// beyond the buffer's own.
    private final class Scratch<Element> {
        let buffer: UnsafeMutableBufferPointer<Element>

        init(_ count: Int, _ value: Element) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: value)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        subscript(index: Int) -> Element {
            get { buffer[index] }
            set { buffer[index] = newValue }
        }
    }

    /// A start t of the last segment still in the running in `poissonRecursion`: F(t), the rates at which it can
    /// still win, and the end at which PELT's rule found it beaten (Int.max while it has not).
    private struct PoissonCandidate {
        var start: Int
        var best: Double
        var window: PoissonRateWindow
        var dominatedAt: Int
    }

    /// The mean of each segment of `values` between consecutive `boundaries`.
    public static func segmentMeans(_ values: [Double], boundaries: [Int]) -> [Double] {
        zip(boundaries, boundaries.dropFirst()).map { start, end in
            values[start..<end].reduce(0, +) / Double(end - start)
        }
    }
}
