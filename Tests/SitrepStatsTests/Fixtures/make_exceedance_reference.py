#!/usr/bin/env python3
"""Reference values for CountExceedanceTests: NB2 maximum likelihood on an intercept-only baseline
(statsmodels discrete NegativeBinomial, loglike_method="nb2") and the upper tail P(Y >= y) (scipy nbinom.sf).

Run: python3 make_exceedance_reference.py  (prints the values pasted into CountExceedanceTests.swift)
"""
import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from scipy.stats import nbinom, poisson

print("statsmodels", statsmodels.__version__, "scipy", scipy.__version__)
baseline = np.array([3, 7, 2, 9, 4, 12, 1, 5, 6, 3, 8, 2, 10, 4, 0, 6], dtype=float)
fit = sm.NegativeBinomial(baseline, np.ones((len(baseline), 1)), loglike_method="nb2").fit(disp=0, method="newton", tol=1e-12, maxiter=500)
mu, alpha = np.exp(fit.params[0]), fit.params[1]
n = 1 / alpha
for y in (5, 12, 20):
    print(f"mean={mu!r} alpha={alpha!r} y={y} p={nbinom.sf(y - 1, n, n / (n + mu))!r}")
quiet = np.array([2, 3, 2, 3, 2, 3, 2, 3], dtype=float)
print(f"poisson mean={quiet.mean()!r} y=7 p={poisson.sf(6, quiet.mean())!r}")
