#!/usr/bin/env python3
"""Reference values for SitrepStatsTests, computed by the standard Python implementations.

Run from this folder:  python3 make_reference.py   (writes reference.json next to it)

Every series is generated here with a fixed seed and stored in the JSON with the values, so the Swift tests
never need Python. Library versions are recorded under "versions".

Conventions matched by SitrepStats (see its doc comments):
- Poisson GLM: statsmodels GLM(family=Poisson()).fit(tol=1e-13) (IRLS run to full precision).
- quasi-Poisson: the same fit with scale='X2' (Pearson chi2 / (n - p)) and use_t=True (t with n - p df).
- NB2: alpha = the maximum-likelihood estimate of discrete NegativeBinomial(loglike_method='nb2')
  (Newton, tol 1e-12); coefficients, SEs and p-values of GLM(family=NegativeBinomial(alpha=alpha_hat)); AIC of
  the discrete model (counts alpha as a parameter).
- Mann-Kendall: pymannkendall.original_test.
- PELT l2 / normal: ruptures.Pelt(model, min_size, jump=1).fit(y).predict(pen), final n dropped.
- Poisson rate test: statsmodels test_poisson_2indep(method='exact-cond'); rate-ratio CI as R's poisson.test:
  Clopper-Pearson of scipy.stats.binomtest(x1, x1 + x2, t1 / (t1 + t2)).proportion_ci('exact'), mapped by
  p -> p / (1 - p) * t2 / t1.
- Normal trend: statsmodels OLS(y, [1, t]).fit().
- Welch: scipy.stats.ttest_ind(equal_var=False).
- Benjamini-Hochberg: statsmodels multipletests(method='fdr_bh').
"""
import json
import warnings

import numpy as np
import pymannkendall
import ruptures
import scipy
import statsmodels
import statsmodels.api as sm
from importlib.metadata import version
from scipy import stats
from statsmodels.discrete.discrete_model import NegativeBinomial
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.rates import test_poisson_2indep

warnings.simplefilter("ignore")
rng = np.random.default_rng(20251001)


def counts_series():
    n = 104
    t = np.arange(n)
    series = {}
    series["trend_up"] = rng.poisson(np.exp(1.0 + 0.012 * t)).astype(float)
    series["trend_down"] = rng.poisson(np.exp(2.5 - 0.01 * t[:78])).astype(float)
    series["step"] = np.concatenate([rng.poisson(3.0, 30), rng.poisson(8.0, 30)]).astype(float)
    series["two_steps"] = np.concatenate([rng.poisson(2.0, 40), rng.poisson(6.0, 25), rng.poisson(1.0, 35)]).astype(float)
    series["zeros"] = rng.poisson(0.3, 52).astype(float)
    mu = np.exp(1.5 + 0.006 * np.arange(156))
    alpha = 0.6
    series["overdispersed"] = rng.negative_binomial(1 / alpha, 1 / (1 + alpha * mu)).astype(float)
    series["ties"] = rng.integers(0, 4, 40).astype(float)
    series["short"] = np.array([3.0, 5.0, 4.0, 8.0, 7.0, 9.0])
    return series


def nb2_mle(y, X, off=None):
    """The discrete NegativeBinomial(nb2) MLE: BFGS from the Poisson estimates and alpha = 0.1, then Newton
    (tol 1e-12) from there. statsmodels' Newton from its default start returns NaN on some series that do have an
    interior maximum (trend_up), hence the BFGS stage."""
    poisson = sm.GLM(y, X, family=sm.families.Poisson(), offset=off).fit(tol=1e-13)
    model = NegativeBinomial(y, X, loglike_method="nb2", offset=off)
    rough = model.fit(start_params=np.r_[poisson.params, 0.1], method="bfgs", maxiter=5000, gtol=1e-10, disp=0)
    return model.fit(start_params=rough.params, method="newton", maxiter=300, tol=1e-12, disp=0)


def is_boundary(y):
    """NB2's likelihood has no interior maximum in alpha: BFGS runs alpha to (nearly) 0 or Newton fails."""
    X = np.column_stack([np.ones(len(y)), np.arange(len(y))])
    alpha = nb2_mle(y, X).params[-1]
    return bool(not np.isfinite(alpha) or alpha < 1e-6)


def glm_case(name, y, design, family, offset=None):
    X = np.asarray(design, dtype=float)
    off = None if offset is None else np.asarray(offset, dtype=float)
    case = {"name": name, "family": family, "response": y.tolist(), "design": X.tolist(),
            "offset": None if off is None else off.tolist()}
    if family == "poisson":
        res = sm.GLM(y, X, family=sm.families.Poisson(), offset=off).fit(tol=1e-13, maxiter=200)
        case["aic"] = float(res.aic)
        case["dispersion"] = 1.0
    elif family == "quasipoisson":
        res = sm.GLM(y, X, family=sm.families.Poisson(), offset=off).fit(tol=1e-13, maxiter=200, scale="X2",
                                                                      use_t=True)
        case["aic"] = float(res.aic)
        case["dispersion"] = float(res.scale)
    else:
        nb = nb2_mle(y, X, off)
        alpha = float(nb.params[-1])
        res = sm.GLM(y, X, family=sm.families.NegativeBinomial(alpha=alpha), offset=off).fit(tol=1e-13, maxiter=200)
        case["alpha"] = alpha
        case["aic"] = float(nb.aic)
        case["dispersion"] = alpha
        case["nb_discrete_coefficients"] = nb.params[:-1].tolist()
    ci = np.asarray(res.conf_int(alpha=0.05))
    case.update({
        "coefficients": res.params.tolist(), "se": res.bse.tolist(), "statistic": res.tvalues.tolist(),
        "p": res.pvalues.tolist(), "ci_low": ci[:, 0].tolist(), "ci_high": ci[:, 1].tolist(),
        "deviance": float(res.deviance), "pearson_chi2": float(res.pearson_chi2),
    })
    return case


def mad_sigma2(y):
    d = np.diff(y)
    s = np.median(np.abs(d - np.median(d))) / (0.6744897501960817 * np.sqrt(2.0))
    return float(s * s)


def main():
    series = counts_series()
    glm = []
    for name, y in series.items():
        n = len(y)
        design = np.column_stack([np.ones(n), np.arange(n)])
        for family in ["poisson", "quasipoisson", "negbin"]:
            if family == "negbin" and is_boundary(y):
                # Under- or equi-dispersed: the NB2 likelihood has no interior maximum in alpha (statsmodels
                # returns NaN); SitrepStats throws instead. The tests check that on these series.
                continue
            glm.append(glm_case(name, y, design, family))
    boundary = [name for name, y in series.items() if is_boundary(y)]
    # Any design matrix, with an offset: intercept, trend, a step dummy; log exposure as offset.
    y = series["two_steps"]
    n = len(y)
    design = np.column_stack([np.ones(n), np.arange(n) / 10.0, (np.arange(n) >= 40).astype(float)])
    exposure = 5.0 + (np.arange(n) % 7)
    for family in ["poisson", "quasipoisson", "negbin"]:
        glm.append(glm_case("design_offset", y, design, family, offset=np.log(exposure)))

    mk = []
    for name, y in series.items():
        r = pymannkendall.original_test(y)
        mk.append({"name": name, "values": y.tolist(), "tau": float(r.Tau), "s": float(r.s), "var_s": float(r.var_s),
                   "z": float(r.z), "p": float(r.p), "slope": float(r.slope), "intercept": float(r.intercept)})
    real = np.concatenate([rng.normal(0.0, 1.0, 50), rng.normal(2.5, 1.0, 40), rng.normal(0.5, 3.0, 60)])
    mk.append({"name": "real_valued", "values": real.tolist(), **{
        k: float(v) for k, v in zip(["tau", "s", "var_s", "z", "p", "slope", "intercept"],
                                    (lambda r: [r.Tau, r.s, r.var_s, r.z, r.p, r.slope, r.intercept])(
                                        pymannkendall.original_test(real)))}})

    pelt = []
    signals = dict(series)
    signals["real_valued"] = real
    for name, y in signals.items():
        n = len(y)
        for model, k in (("l2", 1), ("normal", 2)):
            for min_size in (1, 2, 5):
                pens = [("number", 3.0), ("number", 10.0), ("bic", None), ("mbic", None)]
                for kind, value in pens:
                    scale = mad_sigma2(y) if model == "l2" else 1.0
                    if kind == "bic":
                        pen = (k + 1) * np.log(n) * scale
                    elif kind == "mbic":
                        pen = (k + 2) * np.log(n) * scale
                    else:
                        pen = value
                    if pen <= 0:
                        continue
                    algo = ruptures.Pelt(model=model, min_size=min_size, jump=1).fit(np.asarray(y, dtype=float))
                    bkps = algo.predict(pen=pen)
                    pelt.append({"name": name, "values": list(map(float, y)), "cost": model, "min_size": min_size,
                                 "penalty_kind": kind, "penalty": float(pen), "breakpoints": [int(b) for b in bkps[:-1]]})

    rate = []
    for x1, t1, x2, t2 in [(30, 52.0, 12, 52.0), (5, 10.0, 9, 30.0), (0, 4.0, 7, 4.0), (120, 26.0, 95, 26.0),
                           (3, 1.0, 3, 1.0), (17, 13.0, 40, 52.0)]:
        r = test_poisson_2indep(x1, t1, x2, t2, method="exact-cond")
        b = stats.binomtest(x1, x1 + x2, t1 / (t1 + t2))
        ci = b.proportion_ci(confidence_level=0.95, method="exact")
        to_ratio = lambda p: (p / (1 - p) * t2 / t1) if p < 1 else float("inf")
        rate.append({"x1": x1, "t1": t1, "x2": x2, "t2": t2, "p": float(r.pvalue), "ratio": (x1 / t1) / (x2 / t2),
                     "ci_low": to_ratio(ci.low), "ci_high": to_ratio(ci.high) if ci.high < 1 else None})

    welch = []
    for a, b in [(rng.normal(5, 1, 12), rng.normal(6, 3, 20)), (rng.poisson(4, 26), rng.poisson(5, 26)),
                 (np.array([1.0, 2.0, 3.0]), np.array([2.0, 4.0, 9.0, 12.0]))]:
        r = stats.ttest_ind(a, b, equal_var=False)
        welch.append({"a": list(map(float, a)), "b": list(map(float, b)), "t": float(r.statistic), "df": float(r.df),
                      "p": float(r.pvalue)})

    bh = []
    for p in [[0.01, 0.04, 0.03, 0.005, 0.2, 0.5, 0.04], rng.uniform(0, 0.1, 15).tolist(), [0.9, 0.95, 1.0]]:
        rej, adj, _, _ = multipletests(p, alpha=0.05, method="fdr_bh")
        bh.append({"p": list(map(float, p)), "adjusted": adj.tolist(), "rejected": rej.tolist()})

    ols = []
    for name, y in (("trend_up", series["trend_up"]), ("real_valued", real)):
        X = np.column_stack([np.ones(len(y)), np.arange(len(y))])
        res = sm.OLS(y, X).fit()
        ci = np.asarray(res.conf_int(alpha=0.05))
        ols.append({"name": name, "values": list(map(float, y)), "coefficients": res.params.tolist(),
                    "se": res.bse.tolist(), "p": res.pvalues.tolist(), "ci_low": ci[:, 0].tolist(),
                    "ci_high": ci[:, 1].tolist(), "scale": float(res.scale)})

    out = {
        "versions": {"python": __import__("sys").version.split()[0], "numpy": np.__version__,
                     "scipy": scipy.__version__, "statsmodels": statsmodels.__version__,
                     "ruptures": ruptures.__version__, "pymannkendall": version("pymannkendall")},
        "glm": glm, "negbin_boundary": boundary, "mann_kendall": mk, "pelt": pelt, "rate_test": rate, "welch": welch, "bh": bh, "ols": ols,
    }
    with open("reference.json", "w") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
