internal import CGSL

/// Owns a `gsl_multifit_linear_workspace` (n observations, p parameters) and frees it on `deinit`.
struct GSLLinearWorkspace: ~Copyable {
    let pointer: UnsafeMutablePointer<gsl_multifit_linear_workspace>

    init(observations: Int, parameters: Int) {
        _ = GSL.handlerIsOff
        pointer = gsl_multifit_linear_alloc(observations, parameters)
    }

    deinit { gsl_multifit_linear_free(pointer) }
}

/// Owns a Brent–Dekker `gsl_root_fsolver` and frees it on `deinit`.
struct GSLRootSolver: ~Copyable {
    let pointer: UnsafeMutablePointer<gsl_root_fsolver>

    init() {
        _ = GSL.handlerIsOff
        pointer = gsl_root_fsolver_alloc(sitrep_gsl_root_fsolver_brent())
    }

    deinit { gsl_root_fsolver_free(pointer) }
}
