internal import CGSL

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Log-link count regression (Poisson, quasi-Poisson, negative binomial NB2) fitted by IRLS on GSL.
///
/// The model is log E[yᵢ] = xᵢᵀβ + offsetᵢ. β̂ maximises the family's likelihood (quasi-Poisson: the Poisson
/// one); IRLS stops when every coefficient changes by at most 10⁻¹⁰ · (1 + |βⱼ|) in a step (not on the
/// deviance). The covariance is φ (XᵀWX)⁻¹ with wᵢ = μᵢ / (1 + αμᵢ) (expected information), φ = 1 except for
/// quasi-Poisson (Pearson χ² / (n − p)).
///
/// Agreement (tested to 10⁻⁶ relative on coefficients and standard errors against statsmodels 0.15):
/// - `.poisson` = `sm.GLM(y, X, family=Poisson(), offset=o).fit()`;
/// - `.quasiPoisson` = the same with `fit(scale="X2", use_t=True)`;
/// - `.negativeBinomial`: α̂ and β̂ = the maximum-likelihood estimates of the discrete
///   `NegativeBinomial(y, X, loglike_method="nb2", offset=o)`; standard errors, statistics and p-values =
///   `sm.GLM(y, X, family=NegativeBinomial(alpha=α̂), offset=o).fit()` (α treated as known, as R's `glm.nb` does);
///   AIC counts α (the discrete model's `aic`); quasi-Poisson reports QAIC = −2ℓ/φ + 2p (statsmodels' `aic`).
public enum GeneralizedLinearModel {
    /// Fits `response` on the columns of `design` (one row per observation; include a column of ones for an
    /// intercept), with an optional `offset` (e.g. log exposure) added to the linear predictor.
    ///
    /// Throws `GSLError.degenerateInput` for: ragged or empty input, non-finite values, a negative count, all
    /// counts zero, n ≤ p, a rank-deficient design, or (NB2) counts that are not overdispersed;
    /// `GSLError.failed` / `.maximumIterations` when IRLS diverges or does not converge.
    public static func fit(
        design: [[Double]], response: [Double], family: GLMFamily, offset: [Double]? = nil
    ) throws(GSLError) -> GLMFit {
        let n = response.count
        let p = design.first?.count ?? 0
        guard design.count == n, p > 0, design.allSatisfy({ $0.count == p }) else {
            throw GSLError.badLength.with(
                message: "the design has \(design.count) rows of \(p) columns for \(n) observations (all rows must "
                    + "have the same number of columns, at least 1)")
        }
        let offset = offset ?? Array(repeating: 0, count: n)
        guard offset.count == n else {
            throw GSLError.badLength.with(message: "the offset has \(offset.count) values for \(n) observations")
        }
        guard n > p else {
            throw GSLError.degenerateInput.with(message: "\(n) observations cannot fit \(p) coefficients (need n > p)")
        }
        for (i, value) in response.enumerated() {
            guard value.isFinite, value >= 0 else {
                throw GSLError.degenerateInput.with(
                    message: "observation \(i) is \(value): a count model needs finite counts ≥ 0")
            }
        }
        guard design.allSatisfy({ $0.allSatisfy(\.isFinite) }), offset.allSatisfy(\.isFinite) else {
            throw GSLError.degenerateInput.with(message: "the design or the offset holds a NaN or infinite value")
        }
        guard response.contains(where: { $0 > 0 }) else {
            throw GSLError.degenerateInput.with(
                message: "all \(n) counts are zero: the log-linear model has no finite estimate")
        }

        let alpha: Double
        let irls: IRLS.Result
        if family == .negativeBinomial {
            (alpha, irls) = try NegativeBinomialAlpha.maximumLikelihood(
                design: design, response: response, offset: offset)
        } else {
            alpha = 0
            irls = try IRLS.fit(design: design, response: response, offset: offset, alpha: 0, start: nil)
        }
        return try assemble(irls, family: family, alpha: alpha, response: response, parameters: p)
    }

    private static func assemble(
        _ irls: IRLS.Result, family: GLMFamily, alpha: Double, response y: [Double], parameters p: Int
    ) throws(GSLError) -> GLMFit {
        let n = y.count
        let mu = irls.mu
        var deviance = 0.0
        var pearson = 0.0
        var logLikelihood = 0.0
        for (yi, mi) in zip(y, mu) {
            let ylogy = yi > 0 ? yi * log(yi / mi) : 0
            pearson += (yi - mi) * (yi - mi) / family.variance(mi, alpha: alpha)
            if family == .negativeBinomial {
                let r = 1 / alpha
                deviance += 2 * (ylogy - (yi + r) * log1p(alpha * yi) + (yi + r) * log1p(alpha * mi))
                logLikelihood +=
                    gsl_sf_lngamma(yi + r) - gsl_sf_lngamma(r) - gsl_sf_lngamma(yi + 1)
                    + (yi > 0 ? yi * log(alpha * mi / (1 + alpha * mi)) : 0) - r * log1p(alpha * mi)
            } else {
                deviance += 2 * (ylogy - (yi - mi))
                logLikelihood += (yi > 0 ? yi * log(mi) : 0) - mi - gsl_sf_lngamma(yi + 1)
            }
        }
        let residualDF = n - p
        let scale = family == .quasiPoisson ? pearson / Double(residualDF) : 1
        guard scale > 1e-12, scale.isFinite else {
            throw GSLError.degenerateInput.with(
                message: "the counts equal their fitted means (Pearson χ² / (n − p) = \(scale) ≤ 1e-12): "
                    + "no dispersion to estimate")
        }
        let usesT = family == .quasiPoisson
        let quantile =
            usesT
            ? Distributions.studentQuantile(0.975, degreesOfFreedom: Double(residualDF))
            : Distributions.normalQuantile(0.975)
        let covariance = irls.unscaledCovariance.map { row in row.map { $0 * scale } }
        var coefficients: [CoefficientEstimate] = []
        for j in 0..<p {
            let estimate = irls.beta[j]
            let se = covariance[j][j].squareRoot()
            guard se.isFinite, se > 0 else {
                throw GSLError.degenerateInput.with(message: "coefficient \(j) has standard error \(se)")
            }
            let statistic = estimate / se
            let pValue =
                usesT
                ? Distributions.studentTwoSided(statistic, degreesOfFreedom: Double(residualDF))
                : Distributions.normalTwoSided(statistic)
            coefficients.append(
                CoefficientEstimate(
                    estimate: estimate, standardError: se, statistic: statistic, pValue: pValue,
                    confidenceInterval95: ConfidenceInterval(
                        lower: estimate - quantile * se, upper: estimate + quantile * se)))
        }
        let k = family == .negativeBinomial ? p + 1 : p
        return GLMFit(
            family: family, coefficients: coefficients, covariance: covariance, fittedMeans: mu, deviance: deviance,
            pearsonChiSquare: pearson, logLikelihood: logLikelihood, aic: -2 * logLikelihood / scale + 2 * Double(k),
            scale: scale, alpha: family == .negativeBinomial ? alpha : nil, iterations: irls.iterations,
            residualDegreesOfFreedom: residualDF, usesStudentT: usesT)
    }
}
