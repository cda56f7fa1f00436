#!/usr/bin/env python3
"""Reference firing weeks for AlertEngineTests' track-record tests, from ruptures (1.1.x), independently of Sitrep.

- change_point_rise on Gao's step (2 events a week for 60 weeks, then 10 for 20): PELT with a Poisson cost
  (2(S - S log(S/m)) for a segment of m counts summing to S; ruptures has none built in, so it is a custom
  BaseCost here), minimum segment 4, BIC penalty 2 log n, on the last 104 weeks up to each week; the rule fires
  when the last change lies in the last 4 weeks and the last segment's mean is at least 1.5 times the one before.
- balance_of_force_shift on the engagement series of `engagements()` (the test's linear congruential
  sequence): PELT with the l2 cost, minimum segment 4, penalty 2 log n times the noise variance
  (MAD of the first differences / (Phi^-1(3/4) sqrt 2))^2; fires when the last change lies in the last 4 weeks.

Run: python3 Tests/SitrepReportTests/Fixtures/make_track_record_reference.py (pip install ruptures numpy).
"""
import math

import numpy as np
import ruptures as rpt
from ruptures.base import BaseCost


class PoissonCost(BaseCost):
    model = "poisson"
    min_size = 1

    def fit(self, signal):
        self.signal = np.asarray(signal, dtype=float).reshape(-1, 1)
        self.cumsum = np.concatenate([[0.0], np.cumsum(self.signal[:, 0])])
        return self

    def error(self, start, end):
        total, m = self.cumsum[end] - self.cumsum[start], end - start
        return 0.0 if total == 0 else 2 * (total - total * math.log(total / m))


def change_point_rise_weeks(counts):
    weeks = []
    for week in range(len(counts)):
        window = np.array(counts[max(0, week - 103):week + 1], dtype=float)
        if len(window) < 12 or not window.any():
            continue
        ends = rpt.Pelt(custom_cost=PoissonCost(), min_size=4, jump=1).fit(window).predict(pen=2 * math.log(len(window)))
        if len(ends) < 2 or ends[-2] < len(window) - 4:
            continue
        bounds = [0] + ends
        before, after = window[bounds[-3]:bounds[-2]].mean(), window[bounds[-2]:].mean()
        if after >= 1.5 * before and after > 0:
            weeks.append(week)
    return weeks


def engagements(count, choices, seed):
    state, out = seed, []
    for _ in range(count):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out.append(choices[(state >> 33) % len(choices)])
    return out


def balance_shift_weeks(initiated):
    index = [(k - (4 - k)) / 4 for k in initiated]
    weeks = []
    for week in range(len(index)):
        window = np.array(index[max(0, week - 103):week + 1])
        if len(window) < 12:
            continue
        differences = np.diff(window)
        mad = np.median(np.abs(differences - np.median(differences)))
        variance = (mad / (0.6744897501960817 * math.sqrt(2))) ** 2
        if variance == 0:
            continue
        ends = rpt.Pelt(model="l2", min_size=4, jump=1).fit(window).predict(pen=2 * math.log(len(window)) * variance)
        if len(ends) >= 2 and ends[-2] >= len(window) - 4:
            weeks.append(week)
    return weeks


print("change_point_rise, step 2 -> 10 at week 60:", change_point_rise_weeks([2] * 60 + [10] * 20))
low, high = engagements(60, [0, 1, 2], 8), engagements(60, [2, 3, 4], 7)
print("balance_of_force_shift, towards the insurgents:", balance_shift_weeks(low + high[:20]))
print("balance_of_force_shift, towards the state:", balance_shift_weeks(high + low[:20]))
