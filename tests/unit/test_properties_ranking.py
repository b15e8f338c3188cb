"""Property-based tests (hypothesis) of the rank-score method."""

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from territorial_clusters.core import ranking

values = st.lists(
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False).map(lambda v: round(v, 2)), min_size=2, max_size=25
)
ties = st.sampled_from(ranking.TIE_METHODS)


def frame(vals):
    return pd.DataFrame({"x": vals}, index=[f"d{i}" for i in range(len(vals))])


@settings(max_examples=100, deadline=None)
@given(values, st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: round(v, 2)), ties, st.data())
def test_improving_a_value_never_lowers_the_grade(vals, ref, tie, data):
    i = data.draw(st.integers(0, len(vals) - 1))
    bump = data.draw(st.floats(0.01, 1e6))
    before = ranking.rank_score(frame(vals), pd.Series({"x": ref}), ties=tie).grades["x"].iloc[i]
    better = list(vals)
    better[i] = vals[i] + bump
    after = ranking.rank_score(frame(better), pd.Series({"x": ref}), ties=tie).grades["x"].iloc[i]
    assert after >= before


@settings(max_examples=100, deadline=None)
@given(values, st.floats(-1e6, 1e6, allow_nan=False).map(lambda v: round(v, 2)), ties)
def test_negative_indicator_equals_negated_positive(vals, ref, tie):
    pos = ranking.rank_score(frame(vals), pd.Series({"x": ref}), ties=tie)
    neg = ranking.rank_score(frame([-v for v in vals]), pd.Series({"x": -ref}), negative=["x"], ties=tie)
    np.testing.assert_array_equal(pos.grades["x"].to_numpy(), neg.grades["x"].to_numpy())


@settings(max_examples=100, deadline=None)
@given(values, ties, st.data())
def test_a_district_equal_to_the_reference_grades_zero(vals, tie, data):
    i = data.draw(st.integers(0, len(vals) - 1))
    res = ranking.rank_score(frame(vals), pd.Series({"x": vals[i]}), ties=tie)
    assert res.grades["x"].iloc[i] == 0


@settings(max_examples=100, deadline=None)
@given(values, ties)
def test_tied_districts_share_a_grade_and_order_is_kept(vals, tie):
    res = ranking.rank_score(frame(vals), pd.Series({"x": 0.0}), ties=tie)
    g = res.grades["x"].to_numpy()
    v = np.asarray(vals)
    for a in range(len(v)):
        for b in range(len(v)):
            if v[a] == v[b]:
                assert g[a] == g[b]
            elif v[a] > v[b]:
                assert g[a] > g[b]
    if tie == "dense":  # dense grades are consecutive integers over the distinct values
        distinct = np.unique(np.append(v, 0.0))
        assert len(np.unique(g)) == len(np.unique(v))
        assert g.max() - g.min() <= len(distinct) - 1


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.lists(st.floats(-100, 100, allow_nan=False).map(lambda v: round(v, 1)), min_size=3, max_size=3),
        min_size=2,
        max_size=15,
    ),
    ties,
)
def test_deterministic(rows, tie):
    data = pd.DataFrame(rows, columns=["a", "b", "c"], index=[f"d{i}" for i in range(len(rows))])
    ref = ranking.reference_values(data, "mean")
    r1 = ranking.rank_score(data, ref, negative=["b"], ties=tie)
    r2 = ranking.rank_score(data.copy(), ref.copy(), negative=["b"], ties=tie)
    pd.testing.assert_frame_equal(r1.grades, r2.grades)
    pd.testing.assert_series_equal(r1.complex_grade, r2.complex_grade)
