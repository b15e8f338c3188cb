"""Shift-share analysis (core.shiftshare): hand computations of the classic (Dunn) and
Esteban-Marquillas forms, the identities, properties."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from territorial_clusters.core import MethodError
from territorial_clusters.core import shiftshare as ss

# Two districts, two industries. Reference = the districts: X⁰ = (40, 60), X¹ = (50, 70);
# G = 120/100 − 1 = 0.2, g_m = 0.25, g_f = 1/6. Homothetic x̂⁰ = x⁰_j · (0.4, 0.6).
#            x⁰  x¹ | actual national mix  competitive | x̂⁰  r     net  allocation hom.change
#   A  m     10  20 |   10     2      0.5    7.5       | 16  1      12    −4.5      16
#   A  f     30  30 |    0     6     −1     −5         | 24  0      −4    −1         0
#   B  m     30  30 |    0     6      1.5   −7.5       | 24  0      −6    −1.5       0
#   B  f     30  40 |   10     6     −1      5         | 36  1/3     6    −1        12
BASE = pd.DataFrame({"m": [10.0, 30.0], "f": [30.0, 30.0]}, index=["A", "B"])
END = pd.DataFrame({"m": [20.0, 30.0], "f": [30.0, 40.0]}, index=["A", "B"])
HAND = {
    "actual_change": [[10, 0], [0, 10]],
    "national_effect": [[2, 6], [6, 6]],
    "industry_mix": [[0.5, -1], [1.5, -1]],
    "competitive_effect": [[7.5, -5], [-7.5, 5]],
    "homothetic_change": [[16, 0], [0, 12]],
    "net_competitive": [[12, -4], [-6, 6]],
    "allocation_effect": [[-4.5, -1], [-1.5, -1]],
}


def test_classic_and_esteban_marquillas_by_hand():
    r = ss.shift_share(BASE, END)
    assert r.reference_growth == pytest.approx(0.2)
    assert r.industry_growth.tolist() == pytest.approx([0.25, 1 / 6])
    np.testing.assert_allclose(r.homothetic.to_numpy(), [[16, 24], [24, 36]])
    for name, cells in HAND.items():
        np.testing.assert_allclose(r.cells[name].to_numpy(), cells, atol=1e-12, err_msg=name)
        np.testing.assert_allclose(r.districts[name].to_numpy(), np.sum(cells, axis=1), atol=1e-12, err_msg=name)
    assert list(r.districts.columns) == list(ss.EFFECTS)
    # the districts are the reference: competitive and mix effects sum to 0 over the region
    assert r.districts["competitive_effect"].sum() == pytest.approx(0, abs=1e-12)
    assert r.districts["industry_mix"].sum() == pytest.approx(0, abs=1e-12)


def test_reference_table_by_hand():
    # a nation: X⁰ = (400, 600), X¹ = (440, 720) → G = 0.16, g = (0.1, 0.2)
    r = ss.shift_share(BASE, END, pd.Series({"m": 400.0, "f": 600.0}), pd.Series({"m": 440.0, "f": 720.0}))
    assert r.reference_growth == pytest.approx(0.16)
    c = {k: v.loc["A", "m"] for k, v in r.cells.items()}
    assert c["national_effect"] == pytest.approx(1.6)
    assert c["industry_mix"] == pytest.approx(-0.6)
    assert c["competitive_effect"] == pytest.approx(9.0)
    assert c["net_competitive"] == pytest.approx(16 * 0.9)
    assert c["allocation_effect"] == pytest.approx(-6 * 0.9)


def test_new_industry_and_absent_cells():
    base = BASE.assign(n=[0.0, 0.0])
    end = END.assign(n=[5.0, 0.0])  # A gets a new industry; B has it in neither period
    r = ss.shift_share(base, end)
    a = {k: v.loc["A", "n"] for k, v in r.cells.items()}
    assert (a["actual_change"], a["national_effect"], a["industry_mix"], a["competitive_effect"]) == (5, 0, 0, 5)
    assert np.isnan(a["net_competitive"]) and np.isnan(a["allocation_effect"])
    b = {k: v.loc["B", "n"] for k, v in r.cells.items()}
    assert (b["competitive_effect"], b["net_competitive"], b["allocation_effect"]) == (0, 0, 0)
    assert np.isnan(r.districts.loc["A", "net_competitive"])
    assert r.districts.loc["A", "competitive_effect"] == pytest.approx(2.5 + 5)
    assert any("new industries" in t for t, _ in r.notes)


def test_null_cell():
    base = BASE.copy()
    base.loc["B", "f"] = np.nan
    r = ss.shift_share(base, END)
    assert np.isnan(r.cells["competitive_effect"].loc["B", "f"])
    assert r.districts.loc["B"].isna().all()
    assert not np.isnan(r.districts.loc["A", "competitive_effect"])
    # the reference is the cells known in both periods: X⁰ = (40, 30), X¹ = (50, 30)
    assert r.reference_growth == pytest.approx(80 / 70 - 1)
    assert any("NULL value in one of the periods" in t and v["names"] == "B" for t, v in r.notes)


def test_refusals():
    with pytest.raises(MethodError, match="district 'A', industry 'm'"):
        ss.shift_share(BASE.assign(m=[-1.0, 30.0]), END)
    with pytest.raises(MethodError, match="base-period total is 0"):
        ss.shift_share(BASE * 0, END)
    with pytest.raises(MethodError, match="both periods"):
        ss.shift_share(BASE, END, reference_base=pd.Series({"m": 1.0, "f": 1.0}))
    with pytest.raises(MethodError, match="industry f"):
        ss.shift_share(BASE, END, pd.Series({"m": 400.0}), pd.Series({"m": 440.0, "f": 720.0}))


def frames(n_d, n_i):
    cell = st.floats(1e-3, 1e5, allow_nan=False) | st.just(0.0)
    mat = st.lists(st.lists(cell, min_size=n_i, max_size=n_i), min_size=n_d, max_size=n_d)
    cols = [f"i{k}" for k in range(n_i)]
    idx = [f"d{k}" for k in range(n_d)]
    return st.tuples(mat, mat).map(lambda m: (pd.DataFrame(m[0], idx, cols), pd.DataFrame(m[1], idx, cols)))


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 5).flatmap(lambda d: st.integers(1, 5).flatmap(lambda i: frames(d, i))), st.booleans())
def test_identities(pair, with_reference):
    base, end = pair
    if base.to_numpy().sum() <= 0:
        return
    ref = (base.sum() * 3 + 1, end.sum() * 2 + 1) if with_reference else (None, None)
    r = ss.shift_share(base, end, *ref)
    c = r.cells
    total = c["national_effect"] + c["industry_mix"] + c["competitive_effect"]
    defined = ~total.isna()
    scale = 1 + np.abs(end.to_numpy()) + np.abs(base.to_numpy())
    # the three classic effects sum to the actual change of every district × industry
    assert np.all(np.abs((total - c["actual_change"]).to_numpy()[defined]) <= 1e-9 * scale[defined])
    assert defined.to_numpy().all()  # no NULL input: every classic effect is defined
    # Esteban-Marquillas: net competitive + allocation = classic competitive, wherever defined
    em = c["net_competitive"] + c["allocation_effect"]
    ok = ~em.isna().to_numpy()
    assert np.all(
        np.abs((em - c["competitive_effect"]).to_numpy()[ok])
        <= 1e-7 * scale[ok] * (1 + np.abs(r.homothetic.to_numpy()[ok]))
    )
    assert (ok | ((base.to_numpy() == 0) & (end.to_numpy() > 0))).all()  # undefined only for new industries
