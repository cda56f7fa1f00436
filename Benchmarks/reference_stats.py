#!/usr/bin/env python3
"""Timings of the Python peers of Benchmarks/StatsBenchmarks on the same inputs (rebuilt bit for bit).

- Poisson GLM, 520 weekly points: statsmodels GLM(y, [1, t], Poisson()).fit() (default IRLS settings).
- PELT with the Poisson cost on 10,000 points: ruptures Pelt(custom_cost=CostPoisson(), min_size=2, jump=1)
  with pen = 2 log n (BIC for a one-parameter cost, as SitrepStats defines it). ruptures has no Poisson cost;
  CostPoisson below is SitrepStats' cost 2 (S - S log(S / m)) with O(1) prefix sums.

Prints the median of `timeit` repeats per call, and checks that both sides find the same change points.
Run: python3 reference_stats.py
"""
import math
import timeit

import numpy as np
import ruptures
import statsmodels
import statsmodels.api as sm
from ruptures.base import BaseCost

MASK = (1 << 64) - 1


class SplitMix:
    def __init__(self, seed):
        self.state = seed

    def uniform(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        z ^= z >> 31
        return (z >> 11) * 2.0 ** -53

    def poisson(self, lam):
        limit = math.exp(-lam)
        k = 0.0
        product = self.uniform()
        while product > limit:
            k += 1
            product *= self.uniform()
        return k


def weekly_counts():
    g = SplitMix(1)
    return np.array([g.poisson(math.exp(1.2 + 0.002 * t)) for t in range(520)])


def stepped_counts():
    g = SplitMix(2)
    rates = [3.0, 6.0, 2.0, 4.0]
    return np.array([g.poisson(rates[i // 2500]) for i in range(10_000)])


class CostPoisson(BaseCost):
    model = "poisson"
    min_size = 1

    def fit(self, signal):
        self.signal = signal.reshape(-1, 1) if signal.ndim == 1 else signal
        self.cumsum = np.concatenate([[0.0], np.cumsum(self.signal[:, 0])])
        return self

    def error(self, start, end):
        s = self.cumsum[end] - self.cumsum[start]
        return 2 * (s - s * math.log(s / (end - start))) if s > 0 else 0.0


def median_time(statement, number, repeat=7):
    return float(np.median(timeit.repeat(statement, number=number, repeat=repeat))) / number


def main():
    y = weekly_counts()
    X = np.column_stack([np.ones(len(y)), np.arange(len(y))])
    glm = lambda: sm.GLM(y, X, family=sm.families.Poisson()).fit()
    fit = glm()
    print(f"statsmodels {statsmodels.__version__} GLM Poisson 520 points: beta = {fit.params}, "
          f"median {median_time(glm, 200) * 1e6:.1f} us per fit")

    z = stepped_counts()
    pen = 2 * math.log(len(z))
    pelt = lambda: ruptures.Pelt(custom_cost=CostPoisson(), min_size=2, jump=1).fit(z).predict(pen=pen)
    bkps = pelt()
    print(f"ruptures {ruptures.__version__} Pelt Poisson cost 10,000 points: breakpoints {bkps[:-1]}, "
          f"median {median_time(pelt, 1, repeat=3) * 1e3:.1f} ms per fit")
    print(f"sums: weekly {y.sum():.0f}, stepped {z.sum():.0f}")


if __name__ == "__main__":
    main()
