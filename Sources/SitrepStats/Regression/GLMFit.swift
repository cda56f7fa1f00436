/// The result of `GeneralizedLinearModel.fit`: coefficients with Wald inference and goodness of fit.
public struct GLMFit: Sendable, Equatable {
    public var family: GLMFamily
    /// One estimate per column of the design, in column order.
    public var coefficients: [CoefficientEstimate]
    /// p × p covariance matrix of β̂, row-major: φ (XᵀWX)⁻¹ with the IRLS weights W at the converged fit.
    public var covariance: [[Double]]
    /// Fitted means μ̂ᵢ = exp(xᵢᵀβ̂ + offsetᵢ).
    public var fittedMeans: [Double]
    /// Deviance 2 Σ [ℓ(saturated) − ℓ(fit)]: Poisson 2 Σ yᵢ log(yᵢ/μᵢ) − (yᵢ − μᵢ); NB2
    /// 2 Σ yᵢ log(yᵢ/μᵢ) − (yᵢ + 1/α) log((1 + αyᵢ)/(1 + αμᵢ)) (y log y = 0 at y = 0).
    public var deviance: Double
    /// Pearson χ² = Σ (yᵢ − μᵢ)² / V(μᵢ).
    public var pearsonChiSquare: Double
    /// Maximised log-likelihood of the Poisson (also reported for quasi-Poisson) or NB2 model.
    public var logLikelihood: Double
    /// AIC = −2ℓ + 2k with k = p (Poisson: statsmodels GLM `aic`) or p + 1 (NB2, α counted: statsmodels discrete
    /// `NegativeBinomial(...).aic`). Quasi-Poisson has no likelihood; it reports QAIC = −2ℓ/φ + 2p with the Poisson
    /// ℓ (Burnham & Anderson; what statsmodels' GLM `aic` gives with `scale="X2"`).
    public var aic: Double
    /// The scale φ applied to the covariance: 1 for Poisson and NB2, Pearson χ² / (n − p) for quasi-Poisson.
    public var scale: Double
    /// NB2's α (`nil` for the Poisson families).
    public var alpha: Double?
    /// IRLS iterations of the final fit (for NB2, at the maximum-likelihood α, warm-started from the α search).
    public var iterations: Int
    /// n − p.
    public var residualDegreesOfFreedom: Int
    /// Whether statistics, p-values and intervals use Student's t with n − p degrees of freedom (quasi-Poisson)
    /// rather than the standard normal.
    public var usesStudentT: Bool

    /// Pearson χ² / (n − p): about 1 when the variance function fits, above 1 for overdispersion.
    public var pearsonDispersion: Double { pearsonChiSquare / Double(residualDegreesOfFreedom) }
}
