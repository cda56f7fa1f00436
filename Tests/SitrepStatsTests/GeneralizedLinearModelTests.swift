import Numerics
import SitrepStats
import Testing

/// GLM fits against statsmodels 0.15 (Fixtures/reference.json, "glm"; see make_reference.py for the calls).
@Suite struct GeneralizedLinearModelTests {
    static let cases = Reference.shared.glm

    @Test(arguments: cases)
    func matchesStatsmodels(_ reference: Reference.GLMCase) throws {
        let family = try #require(GLMFamily(rawValue: reference.family))
        let fit = try GeneralizedLinearModel.fit(
            design: reference.design, response: reference.response, family: family, offset: reference.offset)
        let label = "\(reference.name) \(reference.family)"
        for (j, coefficient) in fit.coefficients.enumerated() {
            #expect(closeRelative(coefficient.estimate, reference.coefficients[j]), "\(label) β\(j)")
            #expect(closeRelative(coefficient.standardError, reference.se[j]), "\(label) se\(j)")
            #expect(closeRelative(coefficient.statistic, reference.statistic[j]), "\(label) z\(j)")
            #expect(pValueMatches(coefficient.pValue, reference.p[j]), "\(label) p\(j)")
            #expect(closeRelative(coefficient.confidenceInterval95.lower, reference.ci_low[j]), "\(label) lo\(j)")
            #expect(closeRelative(coefficient.confidenceInterval95.upper, reference.ci_high[j]), "\(label) hi\(j)")
        }
        #expect(closeRelative(fit.deviance, reference.deviance), "\(label) deviance")
        #expect(closeRelative(fit.pearsonChiSquare, reference.pearson_chi2), "\(label) Pearson χ²")
        #expect(closeRelative(fit.aic, reference.aic), "\(label) AIC")
        switch family {
        case .poisson: #expect(fit.scale == 1)
        case .quasiPoisson: #expect(closeRelative(fit.scale, reference.dispersion), "\(label) scale")
        case .negativeBinomial: #expect(closeRelative(try #require(fit.alpha), reference.dispersion), "\(label) α")
        }
        #expect(fit.iterations >= 1 && fit.iterations < 50)
    }

    @Test(arguments: Reference.shared.negbin_boundary)
    func negativeBinomialWithoutOverdispersionThrows(_ name: String) throws {
        // statsmodels' discrete NegativeBinomial runs α to 0 (or NaN) on these series: no interior maximum.
        let series = try #require(Self.cases.first { $0.name == name })
        let code = errorCode {
            try GeneralizedLinearModel.fit(design: series.design, response: series.response, family: .negativeBinomial)
        }
        #expect(code == GSLError.degenerateInput.code)
    }

    static let design: [[Double]] = (0..<6).map { [1, Double($0)] }

    /// Degenerate inputs: each must throw `degenerateInput` (or `badLength`), never return NaN.
    @Test(
        arguments: [
            ("all zeros (β₀ → −∞)", design, [0, 0, 0, 0, 0, 0], GLMFamily.poisson),
            ("a negative count", design, [1, 2, -1, 3, 2, 1], .poisson),
            ("n ≤ p", [[1, 0], [1, 1]], [1, 2], .poisson),
            ("collinear columns", design.map { $0 + [2 * $0[1]] }, [1, 2, 1, 3, 2, 1], .poisson),
            ("a constant series: Pearson χ² = 0", design.map { [$0[0]] }, [4, 4, 4, 4, 4, 4], .quasiPoisson),
            ("a NaN count", design, [1, 2, .nan, 3, 2, 1], .negativeBinomial),
        ] as [(String, [[Double]], [Double], GLMFamily)])
    func degenerateInputThrows(_ label: String, _ design: [[Double]], _ y: [Double], _ family: GLMFamily) {
        let code = errorCode { try GeneralizedLinearModel.fit(design: design, response: y, family: family) }
        #expect(code == GSLError.degenerateInput.code, "\(label)")
    }

    @Test func mismatchedLengthsThrowBadLength() {
        let code = errorCode {
            try GeneralizedLinearModel.fit(design: Self.design, response: [1, 2, 3], family: .poisson)
        }
        #expect(code == GSLError.badLength.code)
    }

    @Test func interceptOnlyPoissonIsTheLogMean() throws {
        // Closed form: with only an intercept the Poisson MLE is log(ȳ) and its SE is 1/√(nȳ).
        let y: [Double] = [2, 5, 3, 0, 4, 6, 1, 3]
        let fit = try GeneralizedLinearModel.fit(design: y.map { _ in [1] }, response: y, family: .poisson)
        #expect(closeRelative(fit.coefficients[0].estimate, (24.0 / 8).log, 1e-12))
        #expect(closeRelative(fit.coefficients[0].standardError, 1 / 24.0.squareRoot(), 1e-9))
    }

    /// An intercept-only NB2 fit profiles β out in closed form (β̂(α) = log ȳ at every α); a design of 2s is
    /// the same model (β̂ = log ȳ / 2) but goes through IRLS at every α of the search. Both give the same α̂ and
    /// the same mean, on a small-count baseline and on one with counts in the hundreds.
    @Test(arguments: [
        [3, 7, 2, 9, 4, 12, 1, 5, 6, 3, 8, 2, 10, 4, 0, 6] as [Double],
        [120, 340, 95, 410, 60, 280, 150, 500, 75, 230, 310, 45] as [Double],
    ])
    func interceptOnlyNegativeBinomialMatchesTheIRLSProfile(_ y: [Double]) throws {
        let closedForm = try GeneralizedLinearModel.fit(
            design: y.map { _ in [1] }, response: y, family: .negativeBinomial)
        let irls = try GeneralizedLinearModel.fit(design: y.map { _ in [2] }, response: y, family: .negativeBinomial)
        #expect(closeRelative(try #require(closedForm.alpha), try #require(irls.alpha), 1e-9))
        let mean = y.reduce(0, +) / Double(y.count)
        #expect(closeRelative(closedForm.coefficients[0].estimate, mean.log, 1e-10))
        #expect(closeRelative(2 * irls.coefficients[0].estimate, mean.log, 1e-10))
    }
}

extension Reference.GLMCase: CustomTestStringConvertible {
    var testDescription: String { "\(name) \(family)" }
}

extension Double {
    fileprivate var log: Double { Double.log(self) }
}
