"""Moran's I and LISA (core.moran): hand cases, islands, NULLs, and esda 2.5.1 / libpysal 4.7
on real weights (the Georgia counties' queen contiguity, a rook lattice)."""

import os
import warnings
from types import SimpleNamespace

import numpy as np
import pytest
from scipy import sparse

from territorial_clusters.core import MethodError
from territorial_clusters.core import moran, moran_permutations

from ..conftest import SAMPLE_DIR

GEORGIA = os.path.join(SAMPLE_DIR, "georgia_cbp.gpkg")


def line(n=4, extra=0):
    """Districts 0 – 1 – … – n−1 on a line (both directions), plus ``extra`` islands."""
    i = np.r_[np.arange(n - 1), np.arange(1, n)]
    j = np.r_[np.arange(1, n), np.arange(n - 1)]
    return SimpleNamespace(n=n + extra, i=i, j=j, w=np.ones(len(i)))


def test_hand_line_of_four():
    # z = y − 2.5 = (−1.5, −0.5, 0.5, 1.5); Wz (row-standardised) = (−0.5, −0.5, 0.5, 0.5)
    r = moran.autocorrelation([1.0, 2.0, 3.0, 4.0], line(), permutations=0, names=list("abcd"))
    g = r.global_
    assert g.i == pytest.approx(2.0 / 5.0, abs=1e-15)  # Σ z·Wz / Σ z² · n/S0 = 2 / 5 · 4/4
    assert g.expected == pytest.approx(-1.0 / 3.0, abs=1e-15)
    # S0 = 4, S1 = 5.5, S2 = 17: (n²S1 − nS2 + 3S0²) / ((n−1)(n+1)S0²) − E[I]² = 68/240 − 1/9
    assert g.var_norm == pytest.approx(68.0 / 240.0 - 1.0 / 9.0, abs=1e-15)
    assert g.z_norm == pytest.approx((0.4 + 1.0 / 3.0) / np.sqrt(68.0 / 240.0 - 1.0 / 9.0), abs=1e-14)
    # I_i = (n−1) z_i (Wz)_i / Σ z² with z standardised: 3 · (0.75, 0.25, 0.25, 0.75) / 5
    np.testing.assert_allclose(r.local.i, [0.45, 0.15, 0.15, 0.45], atol=1e-15)
    assert [moran.QUADRANTS[q] for q in r.local.q] == ["LL", "LL", "HH", "HH"]
    assert np.isnan(g.p_sim) and np.isnan(r.local.p_sim).all()
    assert r.local.classes == [moran.NOT_SIGNIFICANT] * 4  # nothing tested without permutations


def test_hand_line_permutations_exact_distribution():
    """District 0 has one neighbour, drawn from the 3 others: I_0's 3 possible values are
    equally likely; with many draws the folded pseudo p tends to 1/3 or 2/3 folded."""
    r = moran.autocorrelation([1.0, 2.0, 3.0, 4.0], line(), permutations=9999, seed=1)
    # I_0 = 0.6 · z_0 · z_neighbour with z_0 = −1.5: neighbours 2, 3, 4 → 0.45, −0.45, −1.35.
    # Observed 0.45 is the largest: P(sim ≥ 0.45) = 1/3.
    assert r.local.p_sim[0] == pytest.approx(1 / 3, abs=0.02)
    assert r.local.p_sim[3] == pytest.approx(1 / 3, abs=0.02)


def test_island_and_null():
    # 0 – 1 – 2 – 3, district 4 without neighbours, district 5 NULL (neighbour of 3)
    nb = line(4, extra=2)
    nb.i = np.r_[nb.i, 3, 5]
    nb.j = np.r_[nb.j, 5, 3]
    nb.w = np.ones(len(nb.i))
    y = [1.0, 2.0, 3.0, 4.0, 10.0, np.nan]
    r = moran.autocorrelation(y, nb, permutations=99, seed=3, names=list("abcdef"))
    assert r.local.classes[4] == moran.ISLAND and r.local.classes[5] == moran.UNDEFINED
    assert r.local.i[4] == 0.0 and np.isnan(r.local.p_sim[4]) and np.isnan(r.local.z_sim[4])
    assert np.isnan(r.local.i[5]) and np.isnan(r.local.p_sim[5]) and r.local.q[5] == 0
    assert not r.local.significant[4:].any()
    assert r.islands.tolist() == [False] * 4 + [True, False]
    assert r.missing.tolist() == [False] * 5 + [True]
    assert r.global_.n == 5  # the NULL district is left out, the island counts
    # the island's value is in the mean; the NULL one's edge is dropped: the same as the 5 alone
    alone = moran.autocorrelation(y[:5], line(4, extra=1), permutations=99, seed=3)
    np.testing.assert_array_equal(alone.local.i, r.local.i[:5])
    assert alone.global_.i == r.global_.i
    texts = [t for t, _ in r.notes]
    assert any("Island" in t for t in texts) and any("Undefined" in t for t in texts)


def test_neighbour_with_null_becomes_island():
    nb = line(5)
    r = moran.autocorrelation([1.0, 2.0, 3.0, np.nan, 5.0], nb, permutations=19, seed=1)
    assert r.local.classes[3] == moran.UNDEFINED
    assert r.local.classes[4] == moran.ISLAND  # its only neighbour has no value


def test_refusals():
    with pytest.raises(MethodError, match="same value"):
        moran.autocorrelation([2.0] * 5, line(5))
    with pytest.raises(MethodError, match="at least 4"):
        moran.autocorrelation([1.0, 2.0, np.nan], line(3))
    with pytest.raises(MethodError, match="No two districts"):
        moran.autocorrelation([1.0, 2.0, 3.0, 4.0], SimpleNamespace(n=4, i=[], j=[], w=[]))
    with pytest.raises(MethodError, match="infinite"):
        moran.autocorrelation([1.0, 2.0, np.inf, 4.0], line())
    with pytest.raises(MethodError, match="graph has 4"):
        moran.autocorrelation([1.0, 2.0, 3.0, 4.0, 5.0], line())


def test_progress_and_cancel():
    seen = []
    moran.autocorrelation(np.arange(50.0), line(50), permutations=99, progress=seen.append)
    assert seen and seen == sorted(seen) and seen[-1] == pytest.approx(1.0) and 0 < seen[0]

    class Stop(Exception):
        pass

    def stop(_):
        raise Stop

    with pytest.raises(Stop):
        moran.autocorrelation(np.arange(50.0), line(50), permutations=99, progress=stop)


def test_seed_reproducible_and_chunking_invariant(monkeypatch):
    y = np.random.default_rng(2).normal(size=60)
    a = moran.autocorrelation(y, line(60), permutations=199, seed=11)
    b = moran.autocorrelation(y, line(60), permutations=199, seed=11)
    np.testing.assert_array_equal(a.local.p_sim, b.local.p_sim)
    monkeypatch.setattr(moran_permutations, "CHUNK_VALUES", 500)  # 2 rows a chunk, 2 permutations a chunk
    c = moran.autocorrelation(y, line(60), permutations=199, seed=11)
    np.testing.assert_array_equal(a.local.p_sim, c.local.p_sim)
    np.testing.assert_allclose(a.local.z_sim, c.local.z_sim, rtol=0, atol=1e-12)
    assert a.global_.p_sim == c.global_.p_sim


def test_significance_rules():
    p = np.array([0.001, 0.01, 0.04, 0.05, 0.2, np.nan])
    sig, cut = moran.significance(p, 0.05, 0)
    assert sig.tolist() == [True, True, True, True, False, False] and cut == 0.05
    sig, cut = moran.significance(p, 0.05, 2)
    assert cut == 0.01 and sig.tolist() == [True, True, False, False, False, False]  # 0.05 / 5 tested
    sig, cut = moran.significance(p, 0.05, 1)
    # BH: sorted p (0.001, 0.01, 0.04, 0.05, 0.2) against k·0.05/5 = 0.01, 0.02, 0.03, 0.04, 0.05:
    # the largest k with p_(k) < k·α/n is 2 → cut-off 0.02
    assert cut == pytest.approx(0.02) and sig.tolist() == [True, True, False, False, False, False]


# --- against esda / libpysal ---------------------------------------------------------------


@pytest.fixture(scope="module")
def esda():
    pytest.importorskip("libpysal", reason="libpysal (tests only) not installed")
    return pytest.importorskip("esda", reason="esda 2.5.1 (tests only) not installed")


@pytest.fixture(scope="module")
def georgia(esda):
    gpd = pytest.importorskip("geopandas", reason="geopandas (tests only) not installed")
    from libpysal.weights import Queen

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = gpd.read_file(GEORGIA, layer="counties")
        w = Queen.from_dataframe(df)
    rng = np.random.default_rng(20)
    # a spatially trended variable (west–east) with noise, continuous (no ties)
    y = ((df.geometry.bounds["minx"] + df.geometry.bounds["maxx"]) / 2).to_numpy() + rng.normal(0, 0.6, len(df))
    return w, y


@pytest.fixture(scope="module")
def lattice(esda):
    from libpysal.weights import lat2W

    w = lat2W(12, 9, rook=True)
    y = np.random.default_rng(5).gamma(2.0, 3.0, w.n) + np.repeat(np.arange(12), 9) * 0.8  # a north–south trend
    return w, y


def assert_same_pseudo_p(ours, theirs, permutations=999):
    """esda's own draws reproduced: the pseudo p-values are equal, except where a draw
    gives back the observed neighbour set (a tie, e.g. one in ~200 districts of 3 neighbours
    among 108 with 999 draws), where esda's BLAS dot product and our sum may round the tie
    apart: then they differ by one draw, 1/(permutations + 1)."""
    ours, theirs = np.asarray(ours), np.asarray(theirs)
    differ = ours != theirs
    assert differ.sum() <= max(1, 0.01 * len(ours)), np.flatnonzero(differ)
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1.0 / (permutations + 1) + 1e-12)


def graph_of(w):
    """A Neighbours-like object from a libpysal W (binary, both directions)."""
    coo = sparse.coo_matrix(w.sparse)
    return SimpleNamespace(n=w.n, i=coo.row, j=coo.col, w=np.ones(coo.nnz))


@pytest.mark.parametrize("case", ["georgia", "lattice"])
def test_global_equals_esda(request, esda, case):
    w, y = request.getfixturevalue(case)
    seed = 42
    np.random.seed(seed)  # esda's Moran draws with numpy's global RandomState
    ref = esda.Moran(y, w, transformation="r", permutations=999)
    got = moran.global_moran(y, moran.row_standardise(moran.weights(graph_of(w))), 999, seed)
    for ours, theirs in [
        (got.i, ref.I),
        (got.expected, ref.EI),
        (got.var_norm, ref.VI_norm),
        (got.var_rand, ref.VI_rand),
        (got.z_norm, ref.z_norm),
        (got.z_rand, ref.z_rand),
        (got.p_norm, ref.p_norm),
        (got.p_rand, ref.p_rand),
    ]:
        assert ours == pytest.approx(theirs, rel=0, abs=1e-12)
    assert got.p_sim == ref.p_sim  # the same draws: exactly esda's pseudo p
    assert got.i > 0.2  # the variables are spatially trended: the test has something to find


@pytest.mark.parametrize("case", ["georgia", "lattice"])
def test_local_equals_esda(request, esda, case):
    w, y = request.getfixturevalue(case)
    ref = esda.Moran_Local(y, w, transformation="r", permutations=999, seed=7)
    r = moran.autocorrelation(y, graph_of(w), permutations=999, seed=7)
    np.testing.assert_allclose(r.local.i, ref.Is, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(r.local.q, ref.q)
    assert_same_pseudo_p(r.local.p_sim, ref.p_sim)
    np.testing.assert_allclose(r.local.z_sim, ref.z_sim, rtol=0, atol=1e-10)
    assert (r.local.p_sim <= 0.05).sum() >= 5
    # classes: quadrant where p ≤ 0.05, as esda's p_sim and q say
    expected = [moran.QUADRANT_CLASS[q] if p <= 0.05 else moran.NOT_SIGNIFICANT for q, p in zip(ref.q, r.local.p_sim)]
    assert r.local.classes == expected


def test_local_other_seed_within_permutation_error(esda, georgia):
    """Different draws: the pseudo p-values differ by permutation error only
    (sd √(p(1−p)/999) ≤ 0.016; allowed 5 sd)."""
    w, y = georgia
    ref = esda.Moran_Local(y, w, transformation="r", permutations=999, seed=1)
    r = moran.autocorrelation(y, graph_of(w), permutations=999, seed=2)
    assert not np.array_equal(r.local.p_sim, ref.p_sim)
    p = ref.p_sim
    assert (np.abs(r.local.p_sim - p) <= 5 * np.sqrt(p * (1 - p) / 999) + 2e-3).all()


def test_fdr_equals_esda(esda, georgia):
    w, y = georgia
    ref = esda.Moran_Local(y, w, transformation="r", permutations=999, seed=3)
    for alpha in (0.01, 0.05, 0.1):
        assert moran.fdr(ref.p_sim, alpha) == esda.fdr(ref.p_sim, alpha)
    rng = np.random.default_rng(0)
    for _ in range(20):
        p = np.r_[rng.uniform(0, 0.01, rng.integers(0, 20)), rng.uniform(0, 1, 80)]
        assert moran.fdr(p, 0.05) == esda.fdr(p, 0.05)
    r = moran.autocorrelation(y, graph_of(w), permutations=999, seed=3, correction=1)
    assert r.local.cutoff == esda.fdr(ref.p_sim, 0.05)
    assert r.local.significant.tolist() == (ref.p_sim < esda.fdr(ref.p_sim, 0.05)).tolist()
    b = moran.autocorrelation(y, graph_of(w), permutations=999, seed=3, correction=2)
    assert b.local.cutoff == 0.05 / w.n and b.local.significant.sum() <= r.local.significant.sum()


def test_islands_equal_esda_where_esda_is_right(esda, georgia):
    """A graph with islands: the global statistics and the Ii equal esda's; esda gives
    islands a pseudo p of 0.001 (esda #167), we give none and the class Island."""
    w, y = georgia
    from libpysal.weights import W

    neighbours = {k: list(v) for k, v in w.neighbors.items()}
    cut = [w.id_order[0], w.id_order[10]]
    for k in cut:
        for other in neighbours[k]:
            neighbours[other] = [x for x in neighbours[other] if x != k]
        neighbours[k] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wi = W(neighbours, id_order=w.id_order)
        np.random.seed(9)
        ref = esda.Moran(y, wi, transformation="r", permutations=99)
        loc = esda.Moran_Local(y, wi, transformation="r", permutations=99, seed=9)
    r = moran.autocorrelation(y, graph_of(wi), permutations=99, seed=9)
    assert r.global_.i == pytest.approx(ref.I, abs=1e-12)
    assert r.global_.z_rand == pytest.approx(ref.z_rand, abs=1e-12)
    assert r.global_.p_sim == ref.p_sim
    np.testing.assert_allclose(r.local.i, loc.Is, atol=1e-12)
    isl = r.islands
    assert isl.sum() == 2 and [r.local.classes[k] for k in np.flatnonzero(isl)] == [moran.ISLAND] * 2
    assert_same_pseudo_p(r.local.p_sim[~isl], loc.p_sim[~isl], 99)
    assert np.isnan(r.local.p_sim[isl]).all()


def test_null_equals_esda_on_the_subset(esda, georgia):
    w, y = georgia
    from libpysal.weights import w_subset

    y = y.copy()
    drop = [3, 50, 120]
    y[drop] = np.nan
    keep = [k for k in range(w.n) if k not in drop]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ws = w_subset(w, [w.id_order[k] for k in keep])
        loc = esda.Moran_Local(y[keep], ws, transformation="r", permutations=999, seed=4)
    r = moran.autocorrelation(y, graph_of(w), permutations=999, seed=4)
    np.testing.assert_allclose(r.local.i[keep], loc.Is, atol=1e-12)
    assert_same_pseudo_p(r.local.p_sim[keep], loc.p_sim)
    assert [r.local.classes[k] for k in drop] == [moran.UNDEFINED] * 3


def test_scale_free_and_plot_coordinates():
    """Moran's I does not depend on the unit: 1e300 and 1e-300 give the numbers of 1…4
    (scaled by a power of 2, exactly); the plot's coordinates are z and W z."""
    y = np.array([1.0, 2.0, 3.0, 4.0, 2.5, 0.5])
    ref = moran.autocorrelation(y, line(6), permutations=49, seed=1)
    for scale in (1e300, 1e-300, 3.0):
        got = moran.autocorrelation(y * scale, line(6), permutations=49, seed=1)
        assert got.global_.i == pytest.approx(ref.global_.i, rel=1e-12)
        np.testing.assert_allclose(got.local.i, ref.local.i, rtol=1e-12)
        np.testing.assert_array_equal(got.local.p_sim, ref.local.p_sim)
    z = (y - y.mean()) / y.std()
    np.testing.assert_allclose(ref.local.z, z, atol=1e-15)
    np.testing.assert_allclose(ref.local.lag[1], (z[0] + z[2]) / 2, atol=1e-15)
    np.testing.assert_allclose(ref.local.lag[0], z[1], atol=1e-15)


def test_complete_graph_has_no_variance():
    """Every district neighbours every other: I = E[I] = −1/(n−1) whatever the values; the
    variances are 0 and z, p undefined (NaN → NULL), never infinite."""
    n = 4
    i, j = np.nonzero(~np.eye(n, dtype=bool))
    r = moran.autocorrelation([1.0, 5.0, 2.0, 7.0], SimpleNamespace(n=n, i=i, j=j, w=None), permutations=19)
    assert r.global_.i == pytest.approx(-1 / 3, abs=1e-12)
    assert np.isnan(r.global_.z_norm) and np.isnan(r.global_.p_norm) and np.isnan(r.global_.z_rand)
