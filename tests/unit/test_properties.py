"""Property-based tests (hypothesis) of the location quotient and Ward clustering (issue 8)."""

import numpy as np
import pandas as pd
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from territorial_clusters.core import clustering, localization, pivot

matrices = st.tuples(st.integers(2, 8), st.integers(2, 6)).flatmap(
    lambda s: arrays(np.float64, s, elements=st.floats(1, 1e6, allow_nan=False).map(lambda v: round(v, 1)))
)


def frame(m):
    return pd.DataFrame(m, index=[f"d{i}" for i in range(m.shape[0])], columns=[f"i{j}" for j in range(m.shape[1])])


@settings(max_examples=60, deadline=None)
@given(matrices, st.floats(1e-3, 1e3))
def test_lq_unchanged_by_scaling_all_values(m, factor):
    a = localization.location_quotients(frame(m)).lq
    b = localization.location_quotients(frame(m * factor)).lq
    np.testing.assert_allclose(a.to_numpy(), b.to_numpy(), rtol=1e-9)


@settings(max_examples=60, deadline=None)
@given(matrices)
def test_lq_weighted_mean_is_one_and_wide_equals_long(m):
    wide = frame(m)
    res = localization.location_quotients(wide)
    weights = wide.sum(axis=1) / wide.to_numpy().sum()
    np.testing.assert_allclose((res.lq.mul(weights, axis=0)).sum(axis=0).to_numpy(), 1.0, rtol=1e-9)
    long = wide.stack().reset_index()
    long.columns = ["district", "industry", "value"]
    piv = pivot.pivot_long(
        list(wide.index),
        long["district"].tolist(),
        long["industry"].tolist(),
        long["value"].tolist(),
        industry_order=list(wide.columns),
    )
    from_long = localization.location_quotients(piv.values).lq
    np.testing.assert_array_equal(from_long.to_numpy(), res.lq.to_numpy())


ward_data = st.tuples(st.integers(4, 14), st.integers(2, 4)).flatmap(
    lambda s: arrays(
        np.float64, s, elements=st.floats(-50, 50, allow_nan=False).map(lambda v: round(v, 3)), unique=True
    )
)


def no_near_ties(heights):
    """Merges of (nearly) equal height may come in either order: the properties hold up to them."""
    h = np.sort(np.asarray(heights))
    return len(h) < 2 or bool(np.all(np.diff(h) > 1e-6 * max(1.0, h[-1])))


def ward_labels(m, order, k=3):
    ids = [f"r{i:02d}" for i in range(m.shape[0])]
    df = pd.DataFrame(m, index=ids).iloc[order]
    prep = clustering.prepare(df, "zscore")
    res = clustering.ward(prep.standardized, k=min(k, len(prep.standardized)))
    return res.labels.to_dict(), res.linkage[:, 2]


@settings(max_examples=60, deadline=None)
@given(ward_data, st.randoms(use_true_random=False))
def test_ward_invariant_to_feature_order(m, rnd):
    # distinct rows, so merge order is not decided by ties
    m = m + np.arange(m.shape[0])[:, None] * 1e-3
    order = list(range(m.shape[0]))
    shuffled = order[:]
    rnd.shuffle(shuffled)
    try:
        a, ha = ward_labels(m, order)
    except Exception as e:  # constant columns everywhere etc. are refused, not mis-clustered
        assert "constant" in str(e).lower() or "indicator" in str(e).lower()
        return
    assume(no_near_ties(ha))
    b, hb = ward_labels(m, shuffled)
    assert a == b
    np.testing.assert_allclose(ha, hb, rtol=1e-12)


@settings(max_examples=60, deadline=None)
@given(ward_data, st.floats(0.01, 100))
def test_ward_invariant_to_uniform_rescaling_of_standardized_columns(m, factor):
    m = m + np.arange(m.shape[0])[:, None] * 1e-3
    ids = [f"r{i:02d}" for i in range(m.shape[0])]
    try:
        prep = clustering.prepare(pd.DataFrame(m, index=ids), "zscore")
    except Exception:
        return
    k = min(3, len(prep.standardized))
    a = clustering.ward(prep.standardized, k=k)
    assume(no_near_ties(a.linkage[:, 2]))
    b = clustering.ward(prep.standardized * factor, k=k)
    assert a.labels.to_dict() == b.labels.to_dict()
    np.testing.assert_allclose(b.linkage[:, 2], a.linkage[:, 2] * factor, rtol=1e-9)
