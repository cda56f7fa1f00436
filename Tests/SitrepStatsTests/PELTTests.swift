import Numerics
import SitrepStats
import Testing

/// PELT against ruptures 1.1.10 `Pelt(model, min_size, jump=1).fit(y).predict(pen)` (Fixtures/reference.json),
/// and the Poisson cost against an exhaustive and an unpruned optimal partitioning written here.
@Suite struct PELTTests {
    @Test(arguments: Reference.shared.pelt)
    func matchesRuptures(_ reference: Reference.PELTCase) throws {
        let cost = try #require(SegmentCost(rawValue: reference.cost))
        let penalty: Penalty =
            switch reference.penalty_kind {
            case "bic": .bic
            case "mbic": .mbic
            default: .value(reference.penalty)
            }
        let result = try PELT.changePoints(
            reference.values, cost: cost, penalty: penalty, minimumSegmentLength: reference.min_size)
        #expect(result.changePoints == reference.breakpoints)
        #expect(closeRelative(result.penalty, reference.penalty, 1e-12), "the resolved BIC/MBIC penalty")
    }

    /// The best objective over every segmentation with segments ≥ `minimum` long (2^(n−1) of them).
    static func exhaustive(_ y: [Double], minimum: Int, penalty: Double) -> (points: [Int], objective: Double) {
        let n = y.count
        func cost(_ a: Int, _ b: Int) -> Double {
            let sum = y[a..<b].reduce(0, +)
            return sum > 0 ? 2 * (sum - sum * Double.log(sum / Double(b - a))) : 0
        }
        var best: (points: [Int], objective: Double) = ([], .infinity)
        for mask in 0..<(1 << (n - 1)) {
            let points = (1..<n).filter { mask & (1 << ($0 - 1)) != 0 }
            let bounds = [0] + points + [n]
            guard zip(bounds, bounds.dropFirst()).allSatisfy({ $1 - $0 >= minimum }) else { continue }
            let objective =
                zip(bounds, bounds.dropFirst()).map { cost($0, $1) }.reduce(0, +)
                + penalty * Double(points.count)
            if objective < best.objective - 1e-9 { best = (points, objective) }
        }
        return best
    }

    static let poissonSeries: [[Double]] = [
        [0, 1, 0, 2, 1, 7, 9, 6, 8, 1, 0, 2, 1],
        [3, 4, 2, 3, 12, 14, 11, 13, 12, 3, 2, 4, 3, 2],
        [0, 0, 0, 0, 5, 0, 0, 0, 6, 7, 5, 0],
        [5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
        [1, 0, 3, 2, 0, 1, 2, 9, 4, 8],
    ]

    @Test(arguments: poissonSeries, [1, 2, 3])
    func poissonCostEqualsExhaustiveOptimalPartitioning(_ y: [Double], minimum: Int) throws {
        for penalty in [1.0, 2 * Double.log(Double(y.count)), 8.0] {
            let result = try PELT.changePoints(
                y, cost: .poisson, penalty: .value(penalty), minimumSegmentLength: minimum)
            let brute = Self.exhaustive(y, minimum: minimum, penalty: penalty)
            #expect(result.changePoints == brute.points, "penalty \(penalty)")
            #expect(result.objective.isApproximatelyEqual(to: brute.objective, absoluteTolerance: 1e-9))
        }
    }

    /// F(s) = min over admissible t (t = 0 or m ≤ t ≤ s − m) of F(t) + cost(t, s) + penalty, with no pruning
    /// (O(n²)), ties to the smallest t: the optimal partitioning that PELT's pruning must not change. The cost is
    /// 2(S − S log S + S log m) and the total F(t) + (cost + penalty), the roundings of Sitrep's table of S log S
    /// and log m for whole counts, so that segmentations with equal objectives (common with small penalties) tie
    /// the same way here and there.
    static func unpruned(_ y: [Double], minimum m: Int, penalty: Double) -> (points: [Int], objective: Double) {
        let n = y.count
        var sums = [0.0]
        for value in y { sums.append(sums[sums.count - 1] + value) }
        func cost(_ a: Int, _ b: Int) -> Double {
            let sum = sums[b] - sums[a]
            let sumLogSum = sum == 0 ? 0 : sum * Double.log(sum)
            return 2 * (sum - sumLogSum + sum * Double.log(Double(b - a)))
        }
        var best = [0.0] + [Double](repeating: .infinity, count: n)
        var previous = [Int](repeating: 0, count: n + 1)
        for end in m...n {
            for start in 0...(end - m) where start == 0 || start >= m {
                let total = best[start] + (cost(start, end) + penalty)
                if total < best[end] { (best[end], previous[end]) = (total, start) }
            }
        }
        var points: [Int] = []
        var end = n
        while previous[end] > 0 {
            end = previous[end]
            points.append(end)
        }
        return (points.reversed(), best[n] - penalty)
    }

    /// Counts from a fixed SplitMix64 stream: Poisson draws (by inversion) whose rate jumps at random rows, some
    /// rates near 0, so that long stretches, short segments and runs of zeros all occur.
    static func switchingCounts(seed: UInt64, count: Int) -> [Double] {
        var state = seed
        func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / 0x1p53
        }
        var rate = 4.0
        return (0..<count).map { _ in
            if uniform() < 0.04 { rate = uniform() < 0.2 ? 0.3 * uniform() : 15 * uniform() }
            var (k, probability) = (0.0, Double.exp(-rate))
            var cumulative = probability
            let u = uniform()
            while u > cumulative, k < 200 {
                k += 1
                probability *= rate / k
                cumulative += probability
            }
            return k
        }
    }

    @Test(arguments: 1...6)
    func poissonCostEqualsUnprunedOptimalPartitioning(minimum: Int) throws {
        for seed in UInt64(1)...40 {
            let y = Self.switchingCounts(seed: seed, count: 150 + Int(seed) * 5)
            for penalty in [0.1, 0.5, 2.0, 2 * Double.log(Double(y.count)), 20, 100] {
                let result = try PELT.changePoints(
                    y, cost: .poisson, penalty: .value(penalty), minimumSegmentLength: minimum)
                let optimal = Self.unpruned(y, minimum: minimum, penalty: penalty)
                #expect(result.changePoints == optimal.points, "seed \(seed), penalty \(penalty)")
                #expect(result.objective.isApproximatelyEqual(to: optimal.objective, relativeTolerance: 1e-12))
            }
        }
    }

    @Test func poissonBICIsTwoLogN() throws {
        // BIC for a 1-parameter cost: (1 + 1) log n.
        let y: [Double] = [2, 3, 1, 2, 9, 8, 10, 9]
        let result = try PELT.changePoints(y, cost: .poisson, penalty: .bic)
        #expect(result.penalty.isApproximatelyEqual(to: 2 * Double.log(8), relativeTolerance: 1e-15))
        #expect(result.changePoints == [4])
        #expect(PELT.segmentMeans(y, boundaries: result.boundaries) == [2, 9])
    }

    @Test func invalidInputThrows() {
        #expect(
            errorCode { try PELT.changePoints([1, -2, 3], cost: .poisson, penalty: .bic) }
                == GSLError.degenerateInput.code)
        #expect(
            errorCode { try PELT.changePoints([1, 2], cost: .l2, penalty: .value(1), minimumSegmentLength: 3) }
                == GSLError.degenerateInput.code)
        #expect(
            errorCode { try PELT.changePoints([1, 2, 3], cost: .l2, penalty: .value(0)) }
                == GSLError.degenerateInput.code)
        // A constant series has zero MAD of differences: no noise scale for the l2 BIC.
        #expect(
            errorCode { try PELT.changePoints([4, 4, 4, 4], cost: .l2, penalty: .bic) } == GSLError.degenerateInput.code
        )
    }
}

/// The one-sided Poisson CUSUM, checked by hand.
@Suite struct PoissonCUSUMTests {
    @Test func handComputedPath() throws {
        // k = 2, h = 5: S = max(0, S + x − 2) → 0, 1, 0, 3, 7 (alarm, restart), 1, 5 (alarm).
        let cusum = try PoissonCUSUM(referenceValue: 2, decisionInterval: 5)
        let result = try cusum.run([1, 3, 1, 5, 6, 3, 6])
        #expect(result.statistics == [0, 1, 0, 3, 7, 1, 5])
        #expect(result.alarms == [4, 6])
    }

    @Test func referenceValueFromMeans() throws {
        // Lucas (1985): k = (μ₁ − μ₀)/(log μ₁ − log μ₀) = 2 / log 2 for μ₀ = 2, μ₁ = 4.
        let cusum = try PoissonCUSUM(inControlMean: 2, outOfControlMean: 4, decisionInterval: 4)
        #expect(cusum.referenceValue.isApproximatelyEqual(to: 2 / Double.log(2), relativeTolerance: 1e-15))
        #expect(
            errorCode { try PoissonCUSUM(inControlMean: 3, outOfControlMean: 2, decisionInterval: 4) }
                == GSLError.invalidArgument.code)
        #expect(errorCode { try cusum.run([1, -1]) } == GSLError.degenerateInput.code)
    }
}

extension Reference.PELTCase: CustomTestStringConvertible {
    var testDescription: String { "\(name) \(cost) min \(min_size) \(penalty_kind) \(penalty)" }
}
