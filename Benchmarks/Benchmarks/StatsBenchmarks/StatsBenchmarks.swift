import Benchmark
import SitrepStats

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Inputs shared with reference_timings.py, which rebuilds them bit for bit (same generator, same arithmetic).
enum BenchmarkInputs {
    /// splitmix64 → uniform doubles in [0, 1) (top 53 bits).
    struct SplitMix {
        var state: UInt64

        mutating func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) * 0x1p-53
        }

        /// Knuth's multiplication method: the number of uniforms whose running product stays above e^−λ.
        mutating func poisson(_ lambda: Double) -> Double {
            let limit = exp(-lambda)
            var k = 0.0
            var product = uniform()
            while product > limit {
                k += 1
                product *= uniform()
            }
            return k
        }
    }

    /// 520 weekly counts with log-mean 1.2 + 0.002 t (seed 1).
    static let weeklyCounts: [Double] = {
        var generator = SplitMix(state: 1)
        return (0..<520).map { generator.poisson(exp(1.2 + 0.002 * Double($0))) }
    }()

    /// 10,000 counts with rate 3, 6, 2, 4 in four equal blocks (seed 2).
    static let steppedCounts: [Double] = {
        var generator = SplitMix(state: 2)
        let rates: [Double] = [3, 6, 2, 4]
        return (0..<10_000).map { generator.poisson(rates[$0 / 2_500]) }
    }()
}

let benchmarks: @Sendable () -> Void = {
    let weekly = BenchmarkInputs.weeklyCounts
    let design = weekly.indices.map { [1, Double($0)] }
    let stepped = BenchmarkInputs.steppedCounts
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(5),
        maxIterations: 10_000)

    Benchmark("Poisson GLM, 520 weekly points", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try GeneralizedLinearModel.fit(design: design, response: weekly, family: .poisson))
        }
    }

    // The same change points as ruptures 1.1.10 with the Poisson cost on this input (reference_stats.py).
    let expected = [2501, 5001, 7498]
    let found = try? PELT.changePoints(stepped, cost: .poisson, penalty: .bic, minimumSegmentLength: 2).changePoints
    precondition(found == expected, "PELT found \(String(describing: found)), ruptures \(expected)")

    Benchmark("PELT Poisson cost, 10,000 points, BIC, min size 2", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try PELT.changePoints(stepped, cost: .poisson, penalty: .bic, minimumSegmentLength: 2))
        }
    }
}
