internal import CGSL

/// An ordinary least-squares fit y = Xβ + ε (`gsl_multifit_linear`, a QR/SVD solve).
///
/// The covariance is σ̂² (XᵀX)⁻¹ with σ̂² = RSS / (n − p), as statsmodels' `OLS(...).fit().cov_params()`.
public struct LinearFit: Sendable, Equatable {
    public var coefficients: [Double]
    /// p × p covariance matrix of the coefficients, row-major.
    public var covariance: [[Double]]
    public var residualSumOfSquares: Double
    public var degreesOfFreedom: Int

    public var standardErrors: [Double] { covariance.indices.map { covariance[$0][$0].squareRoot() } }

    /// Two-sided t-test p-values of each coefficient against 0 (n − p degrees of freedom).
    public var pValues: [Double] {
        zip(coefficients, standardErrors).map { estimate, se in
            Distributions.studentTwoSided(estimate / se, degreesOfFreedom: Double(degreesOfFreedom))
        }
    }

    /// Fits `y` on the columns of `design` (each row one observation).
    /// Throws `degenerateInput` when n ≤ p or the design is rank-deficient.
    public init(design: [[Double]], response y: [Double]) throws(GSLError) {
        let n = y.count
        let p = design.first?.count ?? 0
        guard design.count == n, p > 0, design.allSatisfy({ $0.count == p }) else {
            throw GSLError.badLength.with(message: "the design has \(design.count) rows for \(n) observations")
        }
        guard n > p else {
            throw GSLError.degenerateInput.with(message: "\(n) observations cannot fit \(p) coefficients with error")
        }
        let x = GSLMatrix(rows: n, columns: p)
        for i in 0..<n { for j in 0..<p { x[i, j] = design[i][j] } }
        let response = GSLVector(y)
        let beta = GSLVector(count: p)
        let cov = GSLMatrix(rows: p, columns: p)
        var chisq = 0.0
        var rank = 0
        let workspace = gsl_multifit_linear_alloc(n, p)!
        defer { gsl_multifit_linear_free(workspace) }
        // Relative tolerance for dropping singular values, as in gsl_multifit_linear_tsvd's documentation.
        try GSL.check(
            gsl_multifit_linear_tsvd(x.pointer, response.pointer, 1e-12, beta.pointer, cov.pointer, &chisq, &rank, workspace),
            "least squares")
        guard rank == p else {
            throw GSLError.degenerateInput.with(message: "the design has rank \(rank) < \(p) (a constant or collinear column)")
        }
        // gsl_multifit_linear_tsvd already scales the covariance by σ̂² = χ² / (n − rank).
        coefficients = beta.array
        covariance = (0..<p).map { i in (0..<p).map { j in cov[i, j] } }
        residualSumOfSquares = chisq
        degreesOfFreedom = n - p
    }
}
