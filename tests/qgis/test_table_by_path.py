"""Tables given by path as CSV (issue 14): every algorithm that reads a table opens a CSV/TSV
path with detected types (and any encoding and separator), as the desktop does, through
TerritorialAlgorithm.table_source — from processing.run and from qgis_process."""

import csv
import os
import subprocess

import pytest
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsVectorLayer

from ..conftest import AKTOBE_GPKG, ROOT, SAMPLE_DIR
from .helpers import as_layer, out_path, rows, run
from .test_localization import georgia_params, outputs, same
from .test_potential_clusters import params as potential_params
from .test_rank_typology import PAPER_CG, TABLE2, paper_params

GEORGIA = os.path.join(SAMPLE_DIR, "georgia_cbp.gpkg")
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def write_csv(layer_path, path, encoding="utf-8-sig", delimiter=";"):
    """The layer's attribute table as a CSV the way a spreadsheet saves it (NULL → empty)."""
    layer = QgsVectorLayer(layer_path, "t", "ogr")
    assert layer.isValid(), layer_path
    names = [n for n in layer.fields().names() if n != "fid"]

    def text(v):
        if v is None or (hasattr(v, "isNull") and v.isNull()):
            return ""
        return str(v)

    with open(path, "w", newline="", encoding=encoding) as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(names)
        for f in layer.getFeatures():
            w.writerow([text(f[n]) for n in names])
    return path


def lq_outputs(params):
    result, fb, ctx = run("localizationcoefficient", params)
    return outputs(result, ctx, key="fips"), fb


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8-sig"])
def test_georgia_long_table_as_csv_gives_the_geopackage_lqs(provider, tmp_path, encoding):
    path = write_csv(f"{GEORGIA}|layername=cbp", str(tmp_path / "cbp.csv"), encoding=encoding)
    (wide_gpkg, long_gpkg), _ = lq_outputs(georgia_params())
    (wide_csv, long_csv), fb = lq_outputs(georgia_params(TABLE=path))
    assert len(long_csv) == len(long_gpkg) == 159 * 17
    for key, rec in long_gpkg.items():
        for field in ("value", "lq", "value_base", "lq_base", "trend"):
            assert same(long_csv[key][field], rec[field]), (key, field)
    for fips, rec in wide_gpkg.items():
        assert wide_csv[fips]["specializations"] == rec["specializations"]
        assert wide_csv[fips]["lq_construction"] == pytest.approx(rec["lq_construction"], rel=1e-12)
    assert "[TABLE] (2017): 118 row(s) have a NULL value" in fb.text


def test_two_csv_tables_and_a_feature_limit(provider, tmp_path):
    """TABLE_BASE by path too; a source definition over a CSV path keeps its feature limit."""
    year = {
        y: write_csv(f"{GEORGIA}|layername=cbp|subset=\"year\" = {y}", str(tmp_path / f"cbp{y}.csv"), delimiter=",")
        for y in (2017, 2021)
    }
    (_, long_gpkg), _ = lq_outputs(georgia_params())
    one_table = dict(TABLE_YEAR_FIELD="", BASE_YEAR=None, END_YEAR=None)
    (_, long_two), _ = lq_outputs(georgia_params(TABLE=year[2021], TABLE_BASE=year[2017], **one_table))
    assert set(long_two) == set(long_gpkg)
    for key, rec in long_gpkg.items():
        assert same(long_two[key]["lq"], rec["lq"]) and same(long_two[key]["lq_base"], rec["lq_base"]), key
    limited = QgsProcessingFeatureSourceDefinition(year[2021], False, 10)
    (wide, _), _ = lq_outputs(georgia_params(TABLE=limited, **one_table))
    assert sum(1 for r in wide.values() if r["district_total"]) < 159


def test_reference_table_as_csv_gives_table2(provider, tmp_path):
    path = write_csv(f"{AKTOBE_GPKG}|layername=oblast_reference", str(tmp_path / "oblast.csv"), encoding="cp1251")
    result, _, ctx = run("ranktypology", paper_params(REFERENCE_TABLE=path))
    got = rows(as_layer(result["OUTPUT"], ctx), "district")
    for district, cg in PAPER_CG.items():
        assert got[district]["complex_grade"] == pytest.approx(cg, abs=1e-9), district
    for cls_index, members in TABLE2.items():
        assert {d for d, r in got.items() if r["class_index"] == cls_index} == members


def test_potential_clusters_lq_table_as_csv(provider, tmp_path):
    typology = out_path(tmp_path, "typology.gpkg")
    run("ranktypology", paper_params(typology))
    path = write_csv(f"{AKTOBE_GPKG}|layername=lq_paper004_table3", str(tmp_path / "lq.csv"), delimiter="\t")
    expected = rows(as_layer(run("potentialclusters", potential_params(typology))[0]["OUTPUT"]), "district")
    result, _, ctx = run("potentialclusters", potential_params(typology, LQ_TABLE=path))
    got = rows(as_layer(result["OUTPUT"], ctx), "district")
    assert {d: r["cluster_potential"] for d, r in got.items()} == {
        d: r["cluster_potential"] for d, r in expected.items()
    }
    assert got["Khromtauskiy"]["cluster_potential"].startswith("Non-ferrous metallurgy (4.6)")


def _env():
    """qgis_process with the default profile (where scripts/install_plugin.sh links the plugin)."""
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_csv_by_path_from_qgis_process(provider, tmp_path):
    if not os.path.exists(QGIS_PROCESS):
        pytest.skip(f"{QGIS_PROCESS} is not installed")
    listed = subprocess.run([QGIS_PROCESS, "list"], capture_output=True, text=True, env=_env())
    if "territorialclusters:localizationcoefficient" not in listed.stdout:
        pytest.skip("the plugin is not installed for qgis_process (scripts/install_plugin.sh)")
    path = write_csv(f"{GEORGIA}|layername=cbp", str(tmp_path / "cbp.csv"), encoding="cp1251")
    table_out = out_path(tmp_path, "lq_table.gpkg")
    p = georgia_params(TABLE=path)
    args = [QGIS_PROCESS, "run", "territorialclusters:localizationcoefficient", "--"]
    args += [f"{k}={v}" for k, v in p.items() if k not in ("OUTPUT", "OUTPUT_TABLE")]
    args += [f"OUTPUT={out_path(tmp_path, 'lq.gpkg')}", f"OUTPUT_TABLE={table_out}"]
    proc = subprocess.run(args, capture_output=True, text=True, env=_env(), cwd=ROOT)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "is of type String" not in proc.stdout + proc.stderr
    (_, long_gpkg), _ = lq_outputs(georgia_params())
    got = {(r["fips"], r["industry"]): r for r in QgsVectorLayer(table_out, "t", "ogr").getFeatures()}
    assert len(got) == len(long_gpkg)
    for key, rec in long_gpkg.items():
        if rec["lq"] is not None:
            assert got[key]["lq"] == pytest.approx(rec["lq"], rel=1e-12), key
