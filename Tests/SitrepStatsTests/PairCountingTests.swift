import Testing

@testable import SitrepStats

/// The O(n log n) counts and the selected median slope against the O(n²) definitions, on series with ties.
@Suite struct PairCountingTests {
    static func series(_ n: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<n).map { index in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double((state >> 33) % 7) + Double(index % 5) * 0.5  // few distinct values: many ties
        }
    }

    @Test(arguments: [(2, 1 as UInt64), (3, 2), (17, 3), (200, 4), (401, 5), (3001, 6)])
    func matchesBruteForce(n: Int, seed: UInt64) {
        let x = Self.series(n, seed: seed)
        var notAbove = 0, below = 0
        var slopes: [Double] = []
        for i in 0..<n {
            for j in (i + 1)..<n {
                if x[j] <= x[i] { notAbove += 1 }
                if x[j] < x[i] { below += 1 }
                slopes.append((x[j] - x[i]) / Double(j - i))
            }
        }
        slopes.sort()
        let m = slopes.count
        let median = m % 2 == 1 ? slopes[m / 2] : (slopes[m / 2 - 1] + slopes[m / 2]) / 2
        let counts = PairCounting.pairCounts(x, sorted: x.sorted())
        #expect(counts.notAbove == notAbove)
        #expect(counts.below == below)
        #expect(abs(PairCounting.medianSlope(x) - median) <= 1e-12 * max(1, abs(median)))
        #expect(
            abs(PairCounting.orderedSlope(x, rank: m / 2 + 1) - slopes[m / 2]) <= 1e-12 * max(1, abs(slopes[m / 2])))
    }

    /// 10,000 points: what `sitrep fit` meets, in O(n) memory.
    @Test func longSeries() throws {
        let x = (0..<10_000).map { Double($0 % 13) + Double($0) * 0.01 }
        let result = try MannKendall.test(x)
        #expect(result.n == 10_000)
        #expect(abs(result.sensSlope - 0.01) < 0.01)
    }

    /// The bracketed selection (sample, bisection, listing, quickselect) returns the brute-force order
    /// statistics exactly, at the median and away from it, on a series with many tied slopes.
    @Test(arguments: [0.1, 0.5, 0.9])
    func bracketedSelectionMatchesSorting(quantile: Double) {
        let x = Self.series(1_200, seed: 9)
        var slopes: [Double] = []
        for i in x.indices {
            for j in (i + 1)..<x.count { slopes.append((x[j] - x[i]) / Double(j - i)) }
        }
        slopes.sort()
        let rank = Int(quantile * Double(slopes.count))
        let (lower, upper) = PairCounting.orderedSlopes(x, ranks: rank)
        #expect(lower == slopes[rank - 1])
        #expect(upper == slopes[rank])
    }

    /// Quickselect with a three-way partition, on values with heavy ties.
    @Test func selectFindsEveryRank() {
        let values = (0..<500).map { Double(($0 * 7919) % 11) }
        let sorted = values.sorted()
        for rank in stride(from: 0, to: values.count, by: 37) {
            var work = values
            #expect(PairCounting.select(&work, rank: rank) == sorted[rank])
            #expect(work[..<rank].allSatisfy { $0 <= sorted[rank] } && work[rank...].allSatisfy { $0 >= sorted[rank] })
        }
    }
}
