// CGSL: the GNU Scientific Library as seen from Swift.
//
// This module has no stable API. Only SitrepStats imports it (`internal import CGSL`);
// no gsl_* name appears in a public Swift signature. C globals and macros that Swift
// cannot reach directly are wrapped here as `static inline` accessors.
#ifndef SITREP_CGSL_SHIM_H
#define SITREP_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_psi.h>
#include <gsl/gsl_vector.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_blas.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_roots.h>
#include <gsl/gsl_sf_log.h>

/// Turns GSL's abort-on-error handler off; returns the previous handler's address as an opaque flag.
static inline void sitrep_gsl_disable_abort(void) {
    gsl_set_error_handler_off();
}

/// GSL_SUCCESS as an int (the enum is anonymous in C).
static inline int sitrep_gsl_success(void) { return GSL_SUCCESS; }

/// The Brent–Dekker bracketing root solver type (a C global).
static inline const gsl_root_fsolver_type *sitrep_gsl_root_fsolver_brent(void) { return gsl_root_fsolver_brent; }

#endif
