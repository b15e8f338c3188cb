"""territorialclusters:neighbours through processing.run and qgis_process: the table, the log,
the refusals; the table read back as a graph."""

import os
import subprocess

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
)

from territorial_clusters.core import graph
from territorial_clusters.layers import adjacency

from ..conftest import ROOT, SAMPLE_DIR
from .helpers import LogFeedback, as_layer, memory_layer, run

GEORGIA = os.path.join(SAMPLE_DIR, "georgia_cbp.gpkg") + "|layername=counties"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def table_rows(layer):
    return sorted((f["district"], f["neighbour"], f["weight"]) for f in layer.getFeatures())


def square(x0, y0, size=1000):
    x1, y1 = x0 + size, y0 + size
    return QgsGeometry.fromWkt(f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))")


def districts(crs="EPSG:32642"):
    """Ақтөбе | Қарғалы share an edge, Мұғалжар is 10 m from Қарғалы, Ырғыз far away."""
    geoms = [square(0, 0), square(1000, 0), square(2010, 0), square(9000, 9000)]
    names = [("Ақтөбе",), ("Қарғалы",), ("Мұғалжар",), ("Ырғыз",)]
    layer = memory_layer([("name", "string")], names, crs=crs, geoms=geoms)
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())
    return layer


def test_queen_table_and_log(provider):
    result, fb, ctx = run(
        "neighbours", {"INPUT": districts(), "ID_FIELD": "name", "METHOD": 0, "OUTPUT_TABLE": "TEMPORARY_OUTPUT"}
    )
    table = as_layer(result["OUTPUT_TABLE"], ctx)
    assert table.fields().names()[-3:] == ["district", "neighbour", "weight"]
    assert table_rows(table) == [("Ақтөбе", "Қарғалы", 1.0), ("Қарғалы", "Ақтөбе", 1.0)]
    assert "2 island(s) (districts without neighbours): Мұғалжар, Ырғыз." in fb.text
    assert "3 connected component(s)." in fb.text
    assert "neighbours per district: min 0, mean 0.50, max 1" in fb.text


def test_tolerance_joins_the_gap(provider):
    result, fb, ctx = run(
        "neighbours",
        {"INPUT": districts(), "ID_FIELD": "name", "METHOD": 1, "TOLERANCE": 20, "OUTPUT_TABLE": "TEMPORARY_OUTPUT"},
    )
    rows = table_rows(as_layer(result["OUTPUT_TABLE"], ctx))
    assert ("Қарғалы", "Мұғалжар", 1.0) in rows and ("Мұғалжар", "Қарғалы", 1.0) in rows and len(rows) == 4
    assert "1 island(s) (districts without neighbours): Ырғыз." in fb.text


def test_k_nearest_is_directed(provider):
    result, _, ctx = run(
        "neighbours",
        {"INPUT": districts(), "ID_FIELD": "name", "METHOD": 2, "K": 1, "OUTPUT_TABLE": "TEMPORARY_OUTPUT"},
    )
    rows = table_rows(as_layer(result["OUTPUT_TABLE"], ctx))
    # Ырғыз's nearest is Мұғалжар, but Мұғалжар's nearest is Қарғалы
    assert ("Ырғыз", "Мұғалжар", 1.0) in rows and ("Мұғалжар", "Ырғыз", 1.0) not in rows
    assert len(rows) == 4


def test_distance_band_needs_a_distance_and_a_crs(provider):
    with pytest.raises(QgsProcessingException, match=r"\[DISTANCE\]"):
        run("neighbours", {"INPUT": districts(), "ID_FIELD": "name", "METHOD": 3, "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="CRS"):
        run(
            "neighbours",
            {
                "INPUT": districts(crs=None),
                "ID_FIELD": "name",
                "METHOD": 3,
                "DISTANCE": 5000,
                "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
            },
        )
    # contiguity without a tolerance measures nothing: no CRS needed
    result, _, ctx = run(
        "neighbours", {"INPUT": districts(crs=None), "ID_FIELD": "name", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"}
    )
    assert len(table_rows(as_layer(result["OUTPUT_TABLE"], ctx))) == 2


def test_georgia_table_reads_back_as_the_graph(provider, tmp_path):
    out = os.path.join(str(tmp_path), "nb.gpkg")
    result, fb, ctx = run("neighbours", {"INPUT": GEORGIA, "ID_FIELD": "fips", "METHOD": 0, "OUTPUT_TABLE": out})
    table = as_layer(result["OUTPUT_TABLE"], ctx)
    assert table.featureCount() == 862
    layer = as_layer(GEORGIA)
    keys = [str(f["fips"]) for f in layer.getFeatures()]
    back = adjacency.graph_from_table(QgsProcessingFeatureSource(table, QgsProcessingContext()), keys, LogFeedback())
    direct = adjacency.district_graph(
        list(layer.getFeatures()), layer.crs(), 0, context=QgsProcessingContext(), feedback=LogFeedback()
    )
    assert back.i.tolist() == direct.i.tolist() and back.j.tolist() == direct.j.tolist()
    assert "1 connected component(s)." in fb.text and "min 1, mean 5.42, max 11" in fb.text
    assert graph.islands(back).size == 0


@pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process is not installed")
def test_runs_in_qgis_process(tmp_path):
    """qgis_process with a profile of its own holding this checkout as the plugin."""
    profile = os.path.join(str(tmp_path), "profiles", "default")
    plugins = os.path.join(profile, "python", "plugins")
    os.makedirs(plugins)
    os.symlink(ROOT, os.path.join(plugins, "territorial_clusters"))
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_OPTIONS_PATH",)}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path))
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "territorial_clusters"], capture_output=True, env=env)
    out = os.path.join(str(tmp_path), "nb.csv")
    args = [QGIS_PROCESS, "run", "territorialclusters:neighbours", "--"]
    args += [f"INPUT={GEORGIA}", "ID_FIELD=name", "METHOD=1", f"OUTPUT_TABLE={out}"]
    proc = subprocess.run(args, capture_output=True, text=True, env=env, cwd=str(tmp_path))
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    with open(out, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    assert lines[0].split(",")[-3:] == ["district", "neighbour", "weight"]
    assert len(lines) == 1 + 832  # Georgia's rook pairs, both ways
