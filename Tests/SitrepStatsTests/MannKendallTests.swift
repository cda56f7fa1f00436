import Numerics
import SitrepStats
import Testing

/// Mann–Kendall and Sen's slope against pymannkendall 1.4.3 `original_test` (Fixtures/reference.json).
@Suite struct MannKendallTests {
    @Test(arguments: Reference.shared.mann_kendall)
    func matchesPymannkendall(_ reference: Reference.MannKendallCase) throws {
        let result = try MannKendall.test(reference.values)
        #expect(result.s == reference.s)
        #expect(closeRelative(result.varianceOfS, reference.var_s, 1e-12))
        #expect(closeRelative(result.tau, reference.tau, 1e-12))
        #expect(closeRelative(result.z, reference.z, 1e-12))
        #expect(pValueMatches(result.pValue, reference.p))
        #expect(closeRelative(result.sensSlope, reference.slope, 1e-12))
        #expect(closeRelative(result.intercept, reference.intercept, 1e-12))
    }

    @Test func handComputedSmallSeries() throws {
        // x = [1, 3, 2, 3]: pairs (1,3)+ (1,2)+ (1,3)+ (3,2)− (3,3)0 (2,3)+ → S = 3; one tie group of 2 values:
        // Var S = [4·3·13 − 2·1·9]/18 = 138/18; Z = (3 − 1)/√(138/18). Slopes 2, 0.5, 2/3, −1, 0, 1 → median 7/12.
        let result = try MannKendall.test([1, 3, 2, 3])
        #expect(result.s == 3)
        #expect(result.varianceOfS.isApproximatelyEqual(to: 138.0 / 18, relativeTolerance: 1e-15))
        #expect(result.z.isApproximatelyEqual(to: 2 / (138.0 / 18).squareRoot(), relativeTolerance: 1e-15))
        #expect(result.tau == 0.5)
        #expect(result.sensSlope.isApproximatelyEqual(to: 7.0 / 12, relativeTolerance: 1e-15))
    }

    @Test func constantSeriesHasNoTrendRatherThanNaN() throws {
        let result = try MannKendall.test([2, 2, 2, 2, 2])
        #expect(result.s == 0 && result.z == 0 && result.pValue == 1 && result.sensSlope == 0)
    }

    @Test func tooShortOrNaNThrows() {
        #expect(errorCode { try MannKendall.test([1, 2]) } == GSLError.degenerateInput.code)
        #expect(errorCode { try MannKendall.test([1, .nan, 2]) } == GSLError.degenerateInput.code)
    }
}

extension Reference.MannKendallCase: CustomTestStringConvertible {
    var testDescription: String { name }
}
