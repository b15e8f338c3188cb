"""Ward clustering (core.clustering, core.dendrogram): scipy equality, numbering, hand values."""

import os
import sqlite3

import numpy as np
import pandas as pd
import pytest
from scipy.cluster.hierarchy import fcluster, linkage

from territorial_clusters.core import MethodError
from territorial_clusters.core import clustering as cl
from territorial_clusters.core import ward_tables as wt
from territorial_clusters.core import dendrogram as dg

from ..conftest import SAMPLE_DIR

KAZ_GPKG = os.path.join(SAMPLE_DIR, "kaz_regions.gpkg")
CONSTANT = "Population_Age_10_and_older"


def kaz_frame():
    """The sample's 20 regions × 17 indicators (NULL → NaN), indexed by OSM name."""
    with sqlite3.connect(KAZ_GPKG) as con:
        table = pd.read_sql("SELECT * FROM regions", con)
        header = pd.read_sql("SELECT * FROM indicators_2022 LIMIT 0", con)
    indicators = [c for c in header.columns if c not in ("fid", "Region")]
    assert len(indicators) == 17
    return table.set_index("name")[indicators].astype(float)


def partition(labels):
    """A clustering as a set of member sets (numbering ignored)."""
    groups = {}
    for key, c in labels.items():
        groups.setdefault(c, set()).add(key)
    return {frozenset(g) for g in groups.values()}


def reference_z(frame):
    """The z-scored matrix by hand: complete rows, constant column dropped, ddof = 1."""
    X = frame.dropna().drop(columns=[CONSTANT])
    return (X - X.mean()) / X.std(ddof=1)


# --- the sample: equality with scipy -------------------------------------------------------
def test_sample_preparation_policies():
    frame = kaz_frame()
    prep = cl.prepare(frame)
    assert prep.dropped == [CONSTANT]
    assert list(prep.excluded) == ["Shymkent"] and len(prep.excluded["Shymkent"]) == 17
    assert prep.standardized.shape == (19, 16)
    np.testing.assert_allclose(prep.standardized.std(ddof=1), 1.0)
    np.testing.assert_allclose(prep.standardized.mean(), 0.0, atol=1e-12)


@pytest.mark.parametrize("k", [2, 3, 6, 10, 15])
def test_equals_scipy_ward_on_the_z_scored_sample(k):
    frame = kaz_frame()
    Xz = reference_z(frame)
    Z = linkage(Xz.to_numpy(), method="ward")
    prep = cl.prepare(frame)
    result = cl.ward(prep.standardized, k=k)
    np.testing.assert_allclose(result.linkage[:, 2], Z[:, 2], rtol=1e-12)
    np.testing.assert_array_equal(result.linkage[:, 3], Z[:, 3])
    expected = dict(zip(Xz.index, fcluster(Z, k, criterion="maxclust")))
    assert partition(result.labels.to_dict()) == partition(expected)
    assert sorted(result.labels.unique()) == list(range(1, k + 1))
    # the same matrix in ID order gives scipy's linkage exactly
    Xs = Xz.sort_index(key=lambda s: s.str.casefold())
    np.testing.assert_allclose(result.linkage, linkage(Xs.to_numpy(), method="ward"), rtol=1e-12)


def test_height_cut_equals_fcluster_distance():
    frame = kaz_frame()
    Z = linkage(reference_z(frame).to_numpy(), method="ward")
    prep = cl.prepare(frame)
    for h in (2.0, 4.5, 6.0, 9.0):
        result = cl.ward(prep.standardized, height=h)
        expected = dict(zip(reference_z(frame).index, fcluster(Z, h, criterion="distance")))
        assert partition(result.labels.to_dict()) == partition(expected)
        assert result.k == len(set(expected.values()))
        assert result.cut_height == h


def test_population_sd_only_rescales_heights():
    """ddof = 1 (GeoDa, R's scale()); ddof = 0 multiplies every height by sqrt(n/(n-1))."""
    X = kaz_frame().dropna().drop(columns=[CONSTANT])
    z1 = cl.ward(cl.prepare(X).standardized, k=6)
    z0 = (X - X.mean()) / X.std(ddof=0)
    Z0 = linkage(z0.sort_index(key=lambda s: s.str.casefold()).to_numpy(), method="ward")
    n = len(X)
    np.testing.assert_allclose(Z0[:, 2], z1.linkage[:, 2] * np.sqrt(n / (n - 1)), rtol=1e-12)


# --- numbering and feature order -----------------------------------------------------------
def test_numbering_is_independent_of_row_order():
    frame = kaz_frame()
    base = cl.ward(cl.prepare(frame).standardized, k=6)
    base_sched = wt.schedule(base)
    rng = np.random.default_rng(3)
    for _ in range(5):
        shuffled = frame.iloc[rng.permutation(len(frame))]
        res = cl.ward(cl.prepare(shuffled).standardized, k=6)
        assert res.labels.to_dict() == base.labels.to_dict()
        pd.testing.assert_series_equal(res.distance, base.distance)
        pd.testing.assert_frame_equal(wt.schedule(res), base_sched)


def test_clusters_numbered_by_first_member_in_id_order():
    res = cl.ward(cl.prepare(kaz_frame()).standardized, k=6)
    first = {}
    for region, c in res.labels.items():  # labels are in ID order
        first.setdefault(c, region)
    assert list(first) == [1, 2, 3, 4, 5, 6]
    assert res.labels.index[0] == "Abay Region" and res.labels.iloc[0] == 1


def test_ties_are_broken_by_id_not_by_row_order():
    # a 4 × 4 grid: many equal distances
    pts = {f"p{i:02d}": (i % 4, i // 4) for i in range(16)}
    frame = pd.DataFrame(pts, index=["x", "y"]).T
    base = cl.ward(frame, k=5)
    rng = np.random.default_rng(0)
    for _ in range(10):
        res = cl.ward(frame.iloc[rng.permutation(16)], k=5)
        assert res.labels.to_dict() == base.labels.to_dict()


def test_id_order():
    assert [["10", "9", "100"][i] for i in cl.id_order(["10", "9", "100"])] == ["9", "10", "100"]
    ids = ["b", "A", "a", "C"]
    assert [ids[i] for i in cl.id_order(ids)] == ["A", "a", "b", "C"]
    ids = ["1", "1.0", "x"]
    assert [ids[i] for i in cl.id_order(ids)] == ["1", "1.0", "x"]


# --- a case by hand ------------------------------------------------------------------------
HAND = pd.DataFrame({"x": [0, 0, 10, 10, 13], "y": [0, 2, 10, 11, 10]}, index=["a", "b", "c", "d", "e"], dtype=float)


def test_hand_schedule_heights_and_distances():
    # raw values: c–d at 1, a–b at 2; e joins {c,d}: sqrt(2·2·1/3)·|(10,10.5) − (13,10)|;
    # last: sqrt(2·2·3/5)·|(0,1) − (11,31/3)|
    res = cl.ward(HAND, k=2)
    sched = wt.schedule(res)
    assert sched["step"].tolist() == [1, 2, 3, 4]
    assert sched["item_a"].tolist() == ["c", "a", "e", "step 2"]
    assert sched["item_b"].tolist() == ["d", "b", "step 1", "step 3"]
    assert sched["size"].tolist() == [2, 2, 3, 5]
    h3 = np.sqrt(4 / 3) * np.hypot(3, 0.5)
    h4 = np.sqrt(12 / 5) * np.hypot(11, 31 / 3 - 1)
    np.testing.assert_allclose(sched["height"], [1, 2, h3, h4])
    assert sched["cluster"].tolist() == [2, 1, 2, None]
    assert res.labels.to_dict() == {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}
    np.testing.assert_allclose(
        res.distance.to_numpy(), [1, 1, np.hypot(1, 1 / 3), np.hypot(1, 2 / 3), np.hypot(2, 1 / 3)]
    )
    assert h3 < res.cut_height < h4 and not res.tie_at_cut
    # cut at height 3: c–d and a–b kept, e alone
    res = cl.ward(HAND, height=3)
    assert res.k == 3 and res.labels.to_dict() == {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3}


def test_hand_profiles_raw_and_standardized():
    prep = cl.prepare(HAND, "zscore")
    res = cl.ward(prep.standardized, k=2)
    prof = wt.profiles(res, prep.raw, prep.standardized)
    assert prof.table["size"].tolist() == [2, 3]
    assert prof.table["members"].tolist() == ["a, b", "c, d, e"]
    assert prof.raw_means.loc[1].tolist() == [0.0, 1.0]
    np.testing.assert_allclose(prof.raw_means.loc[2], [11, 31 / 3])
    # x: mean 6.6, sample sd sqrt(151.2 / 4); y: mean 6.6, sd sqrt(107.2 / 4)
    sd_x, sd_y = np.sqrt(151.2 / 4), np.sqrt(107.2 / 4)
    np.testing.assert_allclose(prof.std_means.loc[1], [(0 - 6.6) / sd_x, (1 - 6.6) / sd_y])
    np.testing.assert_allclose(prof.std_means.loc[2], [(11 - 6.6) / sd_x, (31 / 3 - 6.6) / sd_y])
    np.testing.assert_allclose(prof.std_means.to_numpy(), res.centroids.to_numpy())


# --- standardizations ------------------------------------------------------------------------
def test_standardizations_by_hand():
    f = pd.DataFrame({"v": [1.0, 2, 3, 4, 100]})
    z, c, s = cl.standardize(f, "minmax")
    assert z["v"].tolist() == [0, 1 / 99, 2 / 99, 3 / 99, 1]
    z, c, s = cl.standardize(f, "robust")  # median 3, MAD 1
    assert c["v"] == 3 and s["v"] == pytest.approx(1.4826)
    assert z["v"].iloc[-1] == pytest.approx(97 / 1.4826)
    z, c, s = cl.standardize(f, "none")
    assert z.equals(f)
    z, c, s = cl.standardize(f, "zscore")
    assert s["v"] == pytest.approx(np.std([1, 2, 3, 4, 100], ddof=1))
    with pytest.raises(MethodError, match="median absolute deviation is 0"):
        cl.standardize(pd.DataFrame({"v": [1.0, 1, 1, 2]}), "robust")
    with pytest.raises(MethodError, match="Unknown standardization"):
        cl.standardize(f, "log")


# --- policies and errors ---------------------------------------------------------------------
def test_missing_rows_excluded_or_imputed():
    f = pd.DataFrame({"x": [1.0, 2, np.nan, 4, np.nan], "y": [1.0, 5, 2, np.nan, np.nan]}, index=list("abcde"))
    prep = cl.prepare(f)
    assert prep.excluded == {"c": ["x"], "d": ["y"], "e": ["x", "y"]}
    assert list(prep.raw.index) == ["a", "b"]
    prep = cl.prepare(f, impute=True)
    assert prep.imputed == {"c": ["x"], "d": ["y"]}
    assert prep.excluded == {"e": ["x", "y"]}  # no value at all: not imputed
    assert prep.raw.loc["c", "x"] == pytest.approx(7 / 3)  # mean of 1, 2, 4
    assert prep.raw.loc["d", "y"] == pytest.approx(8 / 3)  # mean of 1, 5, 2


def test_constant_indicator_dropped_even_with_float_noise():
    f = pd.DataFrame({"x": [1.0, 2, 3], "c": [0.1 + 0.2, 0.3, 0.3], "k": [5.0, 5, 5]})
    prep = cl.prepare(f)
    assert prep.dropped == ["c", "k"] and list(prep.standardized.columns) == ["x"]
    with pytest.raises(MethodError, match="Every indicator is constant"):
        cl.prepare(f[["c", "k"]])


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"k": 6}, "6 clusters asked for, but only 5 regions"),
        ({"k": 0}, "whole number"),
        ({}, "neither is set"),
        ({"k": 2, "height": 1.0}, "not both"),
        ({"height": -1.0}, "0 or more"),
    ],
)
def test_ward_errors(kwargs, message):
    with pytest.raises(MethodError, match=message):
        cl.ward(HAND, **kwargs)


def test_too_few_rows():
    with pytest.raises(MethodError, match="at least 2"):
        cl.ward(HAND.iloc[:1], k=1)
    f = pd.DataFrame({"x": [1.0, np.nan, np.nan], "y": [np.nan, 2.0, 3.0]}, index=list("abc"))
    with pytest.raises(MethodError, match="Only 0 region.*IMPUTE"):
        cl.prepare(f)
    with pytest.raises(MethodError, match="NULL for every region"):
        cl.prepare(pd.DataFrame({"x": [1.0, 2.0], "e": [np.nan, np.nan]}))


def test_k_equal_n_and_one():
    # exactly k clusters, also where fcluster(maxclust) gives fewer (n = 19, t = 19 → 17)
    res = cl.ward(cl.prepare(kaz_frame()).standardized, k=19)
    assert res.k == 19 and sorted(res.labels) == list(range(1, 20))
    res = cl.ward(HAND, k=5)
    assert res.labels.tolist() == [1, 2, 3, 4, 5] and (res.distance == 0).all()
    res = cl.ward(HAND, k=1)
    assert set(res.labels) == {1} and (res.node_cluster == 1).all()


# --- dendrogram ------------------------------------------------------------------------------
HEADERS = {"svg": b"<svg", "png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF-"}


@pytest.mark.parametrize("fmt", ["svg", "png", "pdf"])
def test_dendrogram_files(tmp_path, fmt):
    res = cl.ward(cl.prepare(kaz_frame()).standardized, k=6)
    path = str(tmp_path / f"sub dir/d.{fmt}")
    colors = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00"]
    assert dg.draw(res, path, colors, title="Sample") == 19
    with open(path, "rb") as fh:
        content = fh.read()
    assert len(content) > 1000
    if fmt == "svg":
        assert content.lstrip().startswith(b"<?xml") and HEADERS["svg"] in content[:2000]
        text = content.decode("utf-8")
        assert "Almaty Region" in text and "Shymkent" not in text  # labels kept as text
        assert "#e69f00" in text.lower()
    else:
        assert content.startswith(HEADERS[fmt])


def test_dendrogram_many_leaves_truncated(tmp_path):
    rng = np.random.default_rng(0)
    frame = pd.DataFrame(rng.normal(size=(400, 3)), index=[f"r{i}" for i in range(400)])
    res = cl.ward(frame, k=4)
    path = str(tmp_path / "big.png")
    assert dg.draw(res, path, ["#E69F00", "#56B4E9", "#009E73", "#0072B2"]) == dg.TRUNCATED_LEAVES
    assert os.path.getsize(path) > 1000


def test_dendrogram_bad_extension(tmp_path):
    with pytest.raises(MethodError, match=r"\.svg, \.png or \.pdf"):
        dg.file_format(str(tmp_path / "d.jpg"))
