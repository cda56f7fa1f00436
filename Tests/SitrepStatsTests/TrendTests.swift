import Numerics
import SitrepStats
import Testing

/// `trend(of:model:)`: the count models are GLM fits with the design [1, t] (statsmodels fixtures); the normal
/// model is OLS (statsmodels `OLS`).
@Suite struct TrendTests {
    @Test(arguments: Reference.shared.glm.filter { $0.name != "design_offset" })
    func countTrendIsTheGLMSlopeAsPercent(_ reference: Reference.GLMCase) throws {
        let model = try #require(TrendModel(rawValue: reference.family))
        let estimate = try trend(of: reference.response, model: model)
        let b = reference.coefficients[1]
        #expect(closeRelative(estimate.slope.estimate, b))
        #expect(closeRelative(estimate.slope.standardError, reference.se[1]))
        #expect(closeRelative(estimate.percentPerPeriod, 100 * Double.expMinusOne(b)))
        #expect(
            closeRelative(estimate.percentConfidenceInterval95.lower, 100 * Double.expMinusOne(reference.ci_low[1])))
        #expect(
            closeRelative(estimate.percentConfidenceInterval95.upper, 100 * Double.expMinusOne(reference.ci_high[1])))
        let n = Double(reference.response.count)
        // Pearson χ² / (n − p) under the family's variance function (NB2: μ + αμ²), from statsmodels' pearson_chi2.
        #expect(closeRelative(estimate.dispersion, reference.pearson_chi2 / (n - 2)))
    }

    @Test(arguments: Reference.shared.ols.indices)
    func normalTrendMatchesOLS(_ index: Int) throws {
        let reference = Reference.shared.ols[index]
        let estimate = try trend(of: reference.values, model: .normal)
        let mean = reference.values.reduce(0, +) / Double(reference.values.count)
        for (j, coefficient) in [estimate.intercept, estimate.slope].enumerated() {
            #expect(closeRelative(coefficient.estimate, reference.coefficients[j]))
            #expect(closeRelative(coefficient.standardError, reference.se[j]))
            #expect(pValueMatches(coefficient.pValue, reference.p[j]))
        }
        #expect(closeRelative(estimate.percentPerPeriod, 100 * reference.coefficients[1] / mean))
        #expect(closeRelative(estimate.dispersion, reference.scale))
    }

    @Test func degenerateSeriesThrow() {
        #expect(errorCode { try trend(of: [0, 0, 0, 0, 0], model: .poisson) } == GSLError.degenerateInput.code)
        #expect(errorCode { try trend(of: [3, 3, 3, 3], model: .normal) } == GSLError.degenerateInput.code)
        #expect(errorCode { try trend(of: [3, 4], model: .poisson) } == GSLError.degenerateInput.code)
        #expect(errorCode { try trend(of: [3, -1, 4], model: .poisson) } == GSLError.degenerateInput.code)
    }
}
