"""Reliable quotients and dynamics quadrants (core.lq_reliability): the interval's coverage by
simulation, the limiting cases, paper 004's Martuk, the share test, the quadrants."""

import math

import numpy as np
import pandas as pd
import pytest

from territorial_clusters.core import MethodError
from territorial_clusters.core import localization as loc
from territorial_clusters.core import lq_reliability as rel

# Expected counts of a region: district A is half of the region (the nesting terms of the
# variance matter), D is small; industry "rare" has cells of about 20.
MEANS = pd.DataFrame(
    {"big": [3000.0, 800.0, 500.0, 100.0], "mid": [1500.0, 600.0, 900.0, 60.0], "rare": [40.0, 20.0, 30.0, 20.0]},
    index=["A", "B", "C", "D"],
)
DRAWS = 2000


def true_lq(means):
    m = means.to_numpy()
    return (m / m.sum(axis=1, keepdims=True)) / (m.sum(axis=0, keepdims=True) / m.sum())


def coverage(confidence, variance=None, seed=11):
    """Share of DRAWS Poisson tables whose interval holds the true LQ, per cell."""
    rng = np.random.default_rng(seed)
    truth = true_lq(MEANS)
    hits = np.zeros(MEANS.shape)
    for _ in range(DRAWS):
        counts = pd.DataFrame(rng.poisson(MEANS.to_numpy()).astype(float), index=MEANS.index, columns=MEANS.columns)
        r = loc.location_quotients(counts)
        if variance is None:
            low, high = rel.poisson_interval(r, confidence)
            low, high = low.to_numpy(), high.to_numpy()
        else:
            z = 1.959963984540054
            se = np.sqrt(variance(r))
            low, high = r.lq.to_numpy() * np.exp(-z * se), r.lq.to_numpy() * np.exp(z * se)
        hits += (low <= truth) & (truth <= high)
    return hits / DRAWS


def tolerance(p, draws=DRAWS, sds=4.0):
    """±4 binomial standard deviations of a coverage estimated from ``draws`` tables."""
    return sds * math.sqrt(p * (1 - p) / draws)


@pytest.mark.parametrize("confidence", [0.95, 0.80])
def test_poisson_interval_covers_the_true_lq_at_the_nominal_rate(confidence):
    cov = coverage(confidence)
    tol = tolerance(confidence)  # 0.019 at 95 %, 0.036 at 80 % for 2000 draws
    assert np.all(np.abs(cov - confidence) <= tol), (cov, tol)


def test_the_nesting_terms_are_needed():
    # The textbook variance of a ratio of two independent proportions (1/x_ij − 1/x_j + 1/X_i − 1/X)
    # ignores that district A is half of the region: its interval is far too wide there.
    def independent(r):
        a, b = r.values.to_numpy(), r.district_total.to_numpy()[:, None]
        c, X = r.industry_total.to_numpy()[None, :], r.region_total
        return 1 / a - 1 / b + 1 / c - 1 / X

    cov = coverage(0.95, variance=independent)
    assert cov[0, 0] > 0.95 + tolerance(0.95) and cov[0, 1] > 0.95 + tolerance(0.95)


def test_limiting_cases():
    # the district is the whole region → LQ = 1 exactly, a zero-width interval
    one = loc.location_quotients(pd.DataFrame({"a": [30.0], "b": [70.0]}, index=["only"]))
    low, high = rel.poisson_interval(one)
    assert low.to_numpy() == pytest.approx(1.0) and high.to_numpy() == pytest.approx(1.0)
    # a zero cell: LQ = 0, interval [0, −ln(0.025)·X/(x_j·X_i)]
    v = pd.DataFrame({"a": [0.0, 50.0], "b": [100.0, 50.0]}, index=["P", "Q"])
    r = loc.location_quotients(v)
    low, high = rel.poisson_interval(r)
    assert low.at["P", "a"] == 0 and high.at["P", "a"] == pytest.approx(-math.log(0.025) * 200 / (100 * 50))
    # a single cell of 100 counts in a huge region: se ≈ 1/√100, interval LQ·e^(±1.96·0.1)
    big = pd.DataFrame({"a": [100.0, 1e6], "b": [900.0, 9e6]}, index=["S", "R"])
    r = loc.location_quotients(big)
    low, high = rel.poisson_interval(r)
    se = math.sqrt(1 / 100 - 1 / 1000 - 1 / 1000100 + (2 * r.lq.at["S", "a"] - 1) / r.region_total)
    assert low.at["S", "a"] == pytest.approx(r.lq.at["S", "a"] * math.exp(-1.959963984540054 * se))
    assert high.at["S", "a"] == pytest.approx(r.lq.at["S", "a"] * math.exp(1.959963984540054 * se))


def test_martuk_gets_a_wide_interval_and_the_tiny_base_note():
    # Paper 004: Martuk makes 0.645 % of the oblast's output and all of its woodworking: LQ = 155.
    # As counts (10 workers of 1550), the quotient is far above 1 but known only within a factor ~3.
    v = pd.DataFrame({"wood": [10.0, 0.0], "other": [0.0, 1540.0]}, index=["Martuk", "Rest"])
    r = loc.location_quotients(v)
    assert r.lq.at["Martuk", "wood"] == pytest.approx(155.0)
    out = rel.reliability(r, rel.TEST_POISSON, 0.95)
    low, high = out.low.at["Martuk", "wood"], out.high.at["Martuk", "wood"]
    # Var(ln LQ) = 1/10 − 1/10 − 1/10 + 309/1550 = 0.09935…: 155·e^(±1.96·0.3152)
    assert low == pytest.approx(155 * math.exp(-1.959963984540054 * math.sqrt(0.1 - 0.1 - 0.1 + 309 / 1550)))
    assert (round(low, 1), round(high, 1)) == (83.6, 287.5)
    assert high / low > 3
    assert bool(out.significant.at["Martuk", "wood"]) is True
    text = [str(n) for n in out.notes]
    assert text[0].startswith("1 quotient(s) are 10 or more — tiny bases")
    assert text[1] == "  Martuk / wood: LQ 155.0, the district makes 0.65 % of the region's total, ceiling 155.0"
    # with 3 workers the interval is wider still (and still above 1)
    r3 = loc.location_quotients(pd.DataFrame({"wood": [3.0, 0.0], "other": [0.0, 462.0]}, index=["Martuk", "Rest"]))
    out3 = rel.reliability(r3, rel.TEST_POISSON, 0.95)
    assert out3.high.at["Martuk", "wood"] / out3.low.at["Martuk", "wood"] > high / low


def test_significance_needs_the_whole_interval_above_the_threshold():
    # LQ 1.2 on 12 counts is not significant; the same LQ on 1200 counts is
    small = loc.location_quotients(pd.DataFrame({"a": [12.0, 88.0], "b": [38.0, 362.0]}, index=["S", "R"]))
    large = loc.location_quotients(small.values * 100)
    assert small.lq.at["S", "a"] == pytest.approx(large.lq.at["S", "a"])
    assert small.lq.at["S", "a"] > 1.05
    assert bool(rel.reliability(small).significant.at["S", "a"]) is False
    assert bool(rel.reliability(large).significant.at["S", "a"]) is True


def test_fractional_counts_are_noted_and_tests_none_and_share():
    v = pd.DataFrame({"a": [1.5, 8.0], "b": [3.0, 40.0]}, index=["P", "Q"])
    r = loc.location_quotients(v)
    notes = [str(n) for n in rel.reliability(r, rel.TEST_POISSON).notes]
    assert notes[0].startswith("1 value(s) are not whole numbers (e.g. 1.5 for district 'P', industry 'a')")
    none = rel.reliability(r, rel.TEST_NONE)
    assert none.low.isna().all().all() and none.significant.isna().all().all()
    # share test: LQ ≥ 1 and the cell ≥ MIN_SHARE of the region's total (X = 52.5)
    share = rel.reliability(r, rel.TEST_SHARE, min_share=0.05)
    assert share.low.isna().all().all()
    # P/a: LQ (1.5/4.5)/(9.5/52.5) = 1.84, cell 1.5/52.5 = 2.9 % < 5 % → not reliable
    assert bool(share.significant.at["P", "a"]) is False
    assert bool(rel.reliability(r, rel.TEST_SHARE, min_share=0.02).significant.at["P", "a"]) is True
    assert bool(share.significant.at["Q", "a"]) is False  # LQ < 1
    with pytest.raises(MethodError, match=r"\[CONFIDENCE\]"):
        rel.reliability(r, rel.TEST_POISSON, confidence=1.0)
    with pytest.raises(MethodError, match=r"\[MIN_SHARE\]"):
        rel.reliability(r, rel.TEST_SHARE, min_share=2)


def test_quadrants_with_the_trend_tolerance():
    lq = pd.DataFrame({"x": [1.8, 1.8, 0.6, 0.6, 1.0, np.nan, 0.9]}, index=list("ABCDEFG"))
    change = pd.DataFrame({"x": [0.3, 0.05, 0.2, -0.1, 0.0500000001, 0.1, np.nan]}, index=list("ABCDEFG"))
    q = rel.quadrants(lq, change, threshold=1.0, tolerance=0.05)["x"].tolist()
    assert q == ["Star", "Mature", "Emerging", "Transforming", "Mature", None, None]
    q0 = rel.quadrants(lq, change, tolerance=0.0)["x"].tolist()
    assert q0[:5] == ["Star", "Star", "Emerging", "Transforming", "Star"]
    assert rel.quadrant_counts(rel.quadrants(lq, change)) == {"Star": 1, "Mature": 2, "Emerging": 1, "Transforming": 1}
