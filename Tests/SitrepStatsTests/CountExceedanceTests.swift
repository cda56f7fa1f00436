import Numerics
import Testing
import SitrepStats

/// Reference values from Fixtures/make_exceedance_reference.py (statsmodels 0.15.0 NegativeBinomial nb2 by
/// Newton to 1e-12, scipy 1.17.1 nbinom.sf / poisson.sf).
@Suite struct CountExceedanceTests {
    static let baseline: [Double] = [3, 7, 2, 9, 4, 12, 1, 5, 6, 3, 8, 2, 10, 4, 0, 6]

    @Test(arguments: [(5.0, 0.5010081340095267), (12.0, 0.053670523725920925), (20.0, 0.002066646116224179)])
    func negativeBinomialTail(count: Double, p: Double) throws {
        let result = try CountExceedance(count: count, baseline: Self.baseline)
        #expect(result.model == .negativeBinomial)
        #expect(result.baselineMean.isApproximatelyEqual(to: 5.125, relativeTolerance: 1e-12))
        #expect(try #require(result.alpha).isApproximatelyEqual(to: 0.26579928229853245, relativeTolerance: 1e-6))
        #expect(result.pValue.isApproximatelyEqual(to: p, relativeTolerance: 1e-5))
    }

    /// 2, 3, 2, 3, … has variance below its mean: no NB2 α > 0, so Poisson(2.5): P(Y ≥ 7) = 0.014187311990913347.
    @Test func underdispersedBaselineFallsBackToPoisson() throws {
        let result = try CountExceedance(count: 7, baseline: [2, 3, 2, 3, 2, 3, 2, 3])
        #expect(result.model == .poisson)
        #expect(result.pValue.isApproximatelyEqual(to: 0.014187311990913347, relativeTolerance: 1e-10))
    }

    @Test func emptyBaselineAndBadInput() throws {
        let zeros = Array(repeating: 0.0, count: 10)
        #expect(try CountExceedance(count: 0, baseline: zeros).pValue == 1)
        #expect(try CountExceedance(count: 2, baseline: zeros).pValue == 0)
        #expect(throws: GSLError.self) { try CountExceedance(count: 2, baseline: [1, 2, 3]) }
        #expect(throws: GSLError.self) { try CountExceedance(count: 2.5, baseline: zeros) }
    }
}
