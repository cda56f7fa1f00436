#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The cost of one segment y[a..<b] in a penalised segmentation (lower is better).
public enum SegmentCost: String, Sendable, Hashable, CaseIterable {
    /// Poisson counts with a constant rate: −2 × the maximised log-likelihood without its log y! terms,
    /// 2(S − S log(S/m)) for a segment of m counts summing to S (0 when S = 0). One parameter per segment; least
    /// segment length 1. Counts must be ≥ 0. (ruptures has no Poisson cost; this one is tested against an
    /// exhaustive optimal partitioning.)
    case poisson
    /// Change in mean (ruptures "l2"): Σ (yᵢ − ȳ)² over the segment. One parameter; least length 1.
    case l2
    /// Change in mean and variance of a normal (ruptures "normal", v1.1.5 and later): m · log(σ̂² + 10⁻⁶) with σ̂²
    /// the segment's variance with divisor m; ruptures adds the 10⁻⁶ so that constant segments have a finite
    /// cost. Two parameters; least length 2.
    case normal

    /// Parameters fitted per segment (used by the BIC and MBIC penalties).
    public var parametersPerSegment: Int { self == .normal ? 2 : 1 }

    /// The shortest segment the cost allows (ruptures' `min_size` of the cost).
    public var minimumSegmentLength: Int { self == .normal ? 2 : 1 }
}

/// Segment costs. Poisson: O(1) from prefix sums (and, for whole counts, from tables of S log S and log m).
/// l2 and normal: the segment variance computed the way numpy's `var()` computes it (same summation order, same
/// roundings), so that the costs, and hence the near-ties between segmentations, are bit-for-bit those of
/// ruptures. That makes those two costs O(m) for a segment of m values.
struct SegmentCostTable {
    let cost: SegmentCost
    private let values: [Double]
    /// Σ of the first k values (Poisson cost).
    private let sums: [Double]
    /// Poisson cost on whole counts with a small total: S log S for S = 0, 1, …, total and log m for m = 0…n,
    /// so that 2(S − S log S + S log m) needs no logarithm. Empty otherwise.
    private let xLogX: [Double]
    private let logLength: [Double]

    /// Largest total count for which the S log S table is built (8 MiB).
    static let tableLimit = 1 << 20

    init(_ values: [Double], cost: SegmentCost) {
        self.cost = cost
        self.values = values
        var sums = [0.0]
        var xLogX: [Double] = []
        var logLength: [Double] = []
        if cost == .poisson {
            sums.reserveCapacity(values.count + 1)
            for value in values { sums.append(sums[sums.count - 1] + value) }
            let total = sums[sums.count - 1]
            if total <= Double(Self.tableLimit), values.allSatisfy({ $0 == $0.rounded() }) {
                xLogX = (0...Int(total)).map { $0 == 0 ? 0 : Double($0) * log(Double($0)) }
                logLength = (0...values.count).map { $0 == 0 ? 0 : log(Double($0)) }
            }
        }
        self.sums = sums
        self.xLogX = xLogX
        self.logLength = logLength
    }

    /// PELT's totals F(startᵢ) + (cost(startᵢ, end) + penalty) into `totals`, returning their minimum (the l2 and
    /// normal costs' recursion; the Poisson cost has its own, `PELT.poissonRecursion`).
    func totals(
        starts: UnsafeBufferPointer<Int>, startBests: UnsafeBufferPointer<Double>, end: Int, penalty: Double,
        into totals: UnsafeMutableBufferPointer<Double>
    ) -> Double {
        for index in starts.indices { totals[index] = startBests[index] + (self(starts[index], end) + penalty) }
        // Four running minima, so that the loop is not one chain of dependent comparisons.
        var minima = (Double.infinity, Double.infinity, Double.infinity, Double.infinity)
        var index = 0
        while index + 4 <= totals.count {
            minima.0 = min(minima.0, totals[index])
            minima.1 = min(minima.1, totals[index + 1])
            minima.2 = min(minima.2, totals[index + 2])
            minima.3 = min(minima.3, totals[index + 3])
            index += 4
        }
        while index < totals.count {
            minima.0 = min(minima.0, totals[index])
            index += 1
        }
        return min(min(minima.0, minima.1), min(minima.2, minima.3))
    }

    /// Σ y[start..<end] (Poisson cost only).
    @inline(__always)
    func sum(_ start: Int, _ end: Int) -> Double {
        sums.withUnsafeBufferPointer { $0[end] - $0[start] }
    }

    /// The cost of the segment start..<end.
    @inline(__always)
    func callAsFunction(_ start: Int, _ end: Int) -> Double {
        let m = Double(end - start)
        switch cost {
        case .poisson:
            let sum = self.sum(start, end)
            if !xLogX.isEmpty {
                let sLogS = xLogX.withUnsafeBufferPointer { $0[Int(sum)] }
                return 2 * (sum - sLogS + sum * logLength.withUnsafeBufferPointer { $0[end - start] })
            }
            return sum > 0 ? 2 * (sum - sum * log(sum / m)) : 0
        case .l2:
            return NumpyArithmetic.variance(values[start..<end]) * m
        case .normal:
            return log(NumpyArithmetic.variance(values[start..<end]) + 1e-6) * m
        }
    }
}

/// numpy's float64 reductions, reproduced operation for operation.
enum NumpyArithmetic {
    /// `numpy.add.reduce` of a contiguous float64 array: pairwise summation with blocks of up to 128 values,
    /// each summed with 8 interleaved accumulators (numpy's `DOUBLE_pairwise_sum`). Exact for up to 8192 values
    /// (beyond that numpy's buffered reduction splits the array first; the rounding may then differ slightly).
    static func sum(_ values: ArraySlice<Double>) -> Double {
        values.withUnsafeBufferPointer { pairwise($0.baseAddress!, $0.count) }
    }

    private static func pairwise(_ a: UnsafePointer<Double>, _ n: Int) -> Double {
        if n < 8 {
            var result = 0.0
            for i in 0..<n { result += a[i] }
            return result
        } else if n <= 128 {
            var r0 = a[0]
            var r1 = a[1]
            var r2 = a[2]
            var r3 = a[3]
            var r4 = a[4]
            var r5 = a[5]
            var r6 = a[6]
            var r7 = a[7]
            var i = 8
            while i < n - n % 8 {
                r0 += a[i]
                r1 += a[i + 1]
                r2 += a[i + 2]
                r3 += a[i + 3]
                r4 += a[i + 4]
                r5 += a[i + 5]
                r6 += a[i + 6]
                r7 += a[i + 7]
                i += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                result += a[i]
                i += 1
            }
            return result
        } else {
            var half = n / 2
            half -= half % 8
            return pairwise(a, half) + pairwise(a + half, n - half)
        }
    }

    /// `numpy.var` (divisor m): mean = sum / m; then the sum of (x − mean)² / m.
    static func variance(_ values: ArraySlice<Double>) -> Double {
        let m = Double(values.count)
        let mean = sum(values) / m
        let squares = values.map { ($0 - mean) * ($0 - mean) }
        return sum(squares[...]) / m
    }
}
