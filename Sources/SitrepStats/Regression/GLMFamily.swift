/// The distribution family of a count regression, all with the log link log μᵢ = xᵢᵀβ + offsetᵢ.
public enum GLMFamily: String, Sendable, Hashable, CaseIterable {
    /// Poisson: Var(y) = μ, dispersion fixed at 1. Log-likelihood Σ yᵢ log μᵢ − μᵢ − log yᵢ!.
    case poisson
    /// Quasi-Poisson: the Poisson estimating equations (same β̂), Var(y) = φμ with
    /// φ = Pearson χ² / (n − p); standard errors are scaled by √φ and tests use Student's t with n − p degrees
    /// of freedom (statsmodels `GLM(..., Poisson()).fit(scale="X2", use_t=True)`, R's `quasipoisson`).
    case quasiPoisson = "quasipoisson"
    /// Negative binomial NB2: Var(y) = μ + αμ², with α estimated by maximum likelihood. Log-likelihood
    /// Σ log Γ(yᵢ + 1/α) − log Γ(1/α) − log yᵢ! + yᵢ log(αμᵢ / (1 + αμᵢ)) − log(1 + αμᵢ) / α.
    case negativeBinomial = "negbin"

    /// Variance function V(μ) for a given α (α is ignored by the Poisson families).
    func variance(_ mu: Double, alpha: Double) -> Double {
        self == .negativeBinomial ? mu + alpha * mu * mu : mu
    }
}
