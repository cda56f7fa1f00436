internal import CGSL

/// Tail probabilities of the distributions used in tests (GSL `gsl_cdf_*`, accurate in the far tails
/// because upper tails are computed directly, not as 1 − CDF).
public enum Distributions {
    /// P(Z > z) for a standard normal Z.
    public static func normalUpperTail(_ z: Double) -> Double {
        _ = GSL.handlerIsOff
        return gsl_cdf_ugaussian_Q(z)
    }

    /// Two-sided p-value of a standard normal statistic: 2 P(Z > |z|).
    public static func normalTwoSided(_ z: Double) -> Double { 2 * normalUpperTail(abs(z)) }

    /// The standard normal quantile: z such that P(Z ≤ z) = p.
    public static func normalQuantile(_ p: Double) -> Double {
        _ = GSL.handlerIsOff
        return gsl_cdf_ugaussian_Pinv(p)
    }

    /// P(T > t) for Student's t with `degreesOfFreedom` (may be fractional, as in Welch's test).
    public static func studentUpperTail(_ t: Double, degreesOfFreedom: Double) -> Double {
        _ = GSL.handlerIsOff
        return gsl_cdf_tdist_Q(t, degreesOfFreedom)
    }

    /// Two-sided p-value of a t statistic: 2 P(T > |t|).
    public static func studentTwoSided(_ t: Double, degreesOfFreedom: Double) -> Double {
        2 * studentUpperTail(abs(t), degreesOfFreedom: degreesOfFreedom)
    }

    /// The t quantile: t such that P(T ≤ t) = p.
    public static func studentQuantile(_ p: Double, degreesOfFreedom: Double) -> Double {
        _ = GSL.handlerIsOff
        return gsl_cdf_tdist_Pinv(p, degreesOfFreedom)
    }

    /// P(X ≥ k) for X ~ Poisson(mean): the upper tail including k (`gsl_cdf_poisson_Q(k − 1)`).
    public static func poissonAtLeast(_ k: Int, mean: Double) -> Double {
        _ = GSL.handlerIsOff
        guard k > 0 else { return 1 }
        return gsl_cdf_poisson_Q(UInt32(k - 1), mean)
    }

    /// P(X ≤ k) for X ~ Poisson(mean).
    public static func poissonAtMost(_ k: Int, mean: Double) -> Double {
        _ = GSL.handlerIsOff
        guard k >= 0 else { return 0 }
        return gsl_cdf_poisson_P(UInt32(k), mean)
    }

    /// P(X ≥ k) for X negative binomial (NB2) with mean μ and dispersion α > 0, variance μ + αμ²:
    /// GSL's negative binomial with n = 1/α successes and success probability p = 1/(1 + αμ)
    /// (`gsl_cdf_negative_binomial_Q(k − 1, p, n)`; scipy's `nbinom.sf(k − 1, n, p)`).
    public static func negativeBinomialAtLeast(_ k: Int, mean: Double, alpha: Double) -> Double {
        _ = GSL.handlerIsOff
        guard k > 0 else { return 1 }
        let n = 1 / alpha
        return gsl_cdf_negative_binomial_Q(UInt32(k - 1), n / (n + mean), n)
    }
}
