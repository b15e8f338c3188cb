"""The fault battery (issue 12): no run may shift, lose or corrupt a user's data.

Beside the bad-input battery (test_battery.py), over every algorithm that writes a layer:
* fields by name: GeoPackage inputs whose primary key is OBJECTID, has gaps, or sits in the
  middle of the table, whose district key is first, in the middle or last, written to a new
  file, a new layer of an existing GeoPackage, over the input's own layer, under a name with
  an apostrophe or in Cyrillic, over the input named in another case, with a custom CRS:
  every kept column equals the input's for the same district key, the computed column an
  independent computation, the other layers of the file are unchanged;
* SIGKILL of a child process at several moments while it writes 32,400 polygons: the
  GeoPackage passes PRAGMA integrity_check, its other layers are intact, the output is
  absent (or as before) or complete — never partial, never 0 rows;
* a full disk, a locked GeoPackage, a read-only folder: a clear error, nothing left behind,
  nothing of the user's deleted; a failing run beside a pre-existing .qml leaves it as it was.
"""

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from .helpers import run
from .test_battery import SPECS, run_alg

HERE = os.path.dirname(os.path.abspath(__file__))
# the algorithms (variants: the battery only) run over their own input; clusterstructure,
# whose outputs are links and centres drawn from a potential-clusters result, is left out
LAYER_ALGORITHMS = [
    a for a in SPECS if a != "exportmap" and "alg" not in SPECS[a] and SPECS[a].get("districts_out", True)
]
CUSTOM_CRS = "+proj=lcc +lat_0=45 +lon_0=65 +lat_1=42 +lat_2=52 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs"
N = 12


def _values(i):
    return {
        "id": "Район {}".format(i),
        "a": 10.0 + 3 * i,
        "b": 8.0 + (i * 7) % 11,
        "c": 1.0 + (i % 4),
        "class_index": i % 3,
        "typology_class": ["Favourable", "Less favourable", "Unfavourable"][i % 3],
    }


KINDS = [
    ("id", ogr.OFTString),
    ("a", ogr.OFTReal),
    ("b", ogr.OFTReal),
    ("c", ogr.OFTReal),
    ("class_index", ogr.OFTInteger),
    ("typology_class", ogr.OFTString),
]


def make_gpkg(path, layer="districts", fid="OBJECTID", key_at=0, gaps=False, n=N, crs=None, pk_in_middle=False):
    """A district GeoPackage layer: primary key ``fid``; the key column ``id`` at position
    ``key_at`` of the fields; ids with gaps; optionally the primary key column moved to the
    middle of the table (what tools other than GDAL write)."""
    ds = ogr.Open(path, 1) if os.path.exists(path) else ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    if crs:
        srs.ImportFromProj4(crs)
    else:
        srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    kinds = [k for k in KINDS if k[0] != "id"]
    kinds.insert(key_at if key_at >= 0 else len(kinds), KINDS[0])
    lyr = ds.CreateLayer(layer, srs, ogr.wkbPolygon, ["FID=" + fid, "SPATIAL_INDEX=NO"])
    for name, kind in kinds:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    scale = 1.0 if not crs else 50000.0
    lyr.StartTransaction()
    for i in range(n):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetFID(7 * i + 3 if gaps else i + 1)
        for k, v in _values(i).items():
            f.SetField(k, v)
        x, y = (i % 4) * scale, (i // 4) * scale
        s = 0.9 * scale
        f.SetGeometry(
            ogr.CreateGeometryFromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x, y, x + s, y + s))
        )
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    if pk_in_middle:
        con = sqlite3.connect(path)
        cols = [r[1] for r in con.execute('PRAGMA table_info("{}")'.format(layer))]
        others = [c for c in cols if c != fid]
        order = others[:2] + [fid] + others[2:]
        decl = {r[1]: r[2] for r in con.execute('PRAGMA table_info("{}")'.format(layer))}
        spec = ", ".join(
            '"{}" {}'.format(c, "INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL" if c == fid else decl[c]) for c in order
        )
        names = ", ".join('"{}"'.format(c) for c in order)
        with con:
            con.execute('CREATE TABLE tmp_reorder ({})'.format(spec))
            con.execute('INSERT INTO tmp_reorder ({0}) SELECT {0} FROM "{1}"'.format(names, layer))
            con.execute('DROP TABLE "{}"'.format(layer))
            con.execute('ALTER TABLE tmp_reorder RENAME TO "{}"'.format(layer))
        con.close()
    return "{}|layername={}".format(path, layer)


def rows_by_key(uri_or_layer, key="id"):
    layer = uri_or_layer if isinstance(uri_or_layer, QgsVectorLayer) else QgsVectorLayer(uri_or_layer, "o", "ogr")
    assert layer.isValid(), uri_or_layer
    out = {}
    for f in layer.getFeatures():
        out[f[key]] = {n: (None if isinstance(f[n], QVariant) else f[n]) for n in layer.fields().names()}
    return out, layer


def digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def other_layers(path, skip):
    ds = ogr.Open(path)
    out = {}
    for i in range(ds.GetLayerCount()):
        lyr = ds.GetLayer(i)
        if lyr.GetName().lower() in (skip.lower(), "layer_styles"):
            continue
        out[lyr.GetName()] = sorted((f.GetFID(), f.ExportToJson()) for f in lyr)
    return out


def integrity(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def leftovers(folder):
    return [n for n in os.listdir(folder) if n.startswith(".tc-partial-")]


# --- fields by name, every destination ------------------------------------------------------
INPUTS = {
    "OBJECTID key, district key first": dict(fid="OBJECTID", key_at=0),
    "gaps in the ids, district key last": dict(fid="fid", key_at=-1, gaps=True),
    "OBJECTID in the middle of the table, district key in the middle": dict(
        fid="OBJECTID", key_at=2, pk_in_middle=True, gaps=True
    ),
}
DESTINATIONS = [
    "new file",
    "new file, named layer",
    "new layer in existing",
    "over the input layer",
    "apostrophe name",
    "Cyrillic name",
    "input named in another case",
    "custom CRS",
]


def _destination(kind, tmp_path, input_kwargs):
    """(input uri, output value, output layer name or None, the input's GeoPackage)."""
    src = os.path.join(str(tmp_path), "in.gpkg")
    crs = CUSTOM_CRS if kind == "custom CRS" else None
    uri = make_gpkg(src, crs=crs, **input_kwargs)
    make_gpkg(src, layer="other", fid="fid", n=3)  # a layer that must stay as it was
    if kind == "new file":
        return uri, os.path.join(str(tmp_path), "new.gpkg"), None, src
    if kind == "new file, named layer":
        new = os.path.join(str(tmp_path), "named.gpkg")
        return uri, "ogr:dbname='{}' table=\"Районы O'Neil\" (geom)".format(new), "Районы O'Neil", src
    if kind == "input named in another case":
        uri = "{}|layername=DISTRICTS".format(src)
        return uri, "ogr:dbname='{}' table=\"districts\" (geom)".format(src), "districts", src
    name = {
        "new layer in existing": "result",
        "over the input layer": "districts",
        "apostrophe name": "Aktobe's result",
        "Cyrillic name": "Результат районы",
        "custom CRS": "result",
    }[kind]
    quoted = name.replace('"', '\\"')
    return uri, "ogr:dbname='{}' table=\"{}\" (geom)".format(src, quoted), name, src


@pytest.mark.parametrize("input_kind", list(INPUTS))
@pytest.mark.parametrize("dest_kind", DESTINATIONS)
def test_migration_fields_by_name_everywhere(provider, tmp_path, input_kind, dest_kind):
    uri, out, layer_name, src = _destination(dest_kind, tmp_path, INPUTS[input_kind])
    before, in_layer = rows_by_key(uri)
    in_crs = in_layer.crs()
    del in_layer
    others = other_layers(src, layer_name or "districts")
    result, _, _ = run(
        "migrationeffectiveness",
        {"INPUT": uri, "ID_FIELD": "id", "ARRIVALS_FIELD": "a", "DEPARTURES_FIELD": "b", "OUTPUT": out},
    )
    after, out_layer = rows_by_key(result["OUTPUT"])
    assert set(after) == set(before) and len(after) == N
    for key, old in before.items():
        new = after[key]
        for name, value in old.items():
            if name.lower() in ("fid", "objectid") and name not in new:
                continue
            assert new[name] == value, (key, name, new[name], value)
        a, b = old["a"], old["b"]
        assert new["net_migration"] == pytest.approx(a - b, abs=1e-12)
        assert new["migration_effectiveness"] == pytest.approx((a - b) / (a + b) * 100, rel=1e-12)
    assert out_layer.crs() == in_crs or out_layer.crs().toWkt() == in_crs.toWkt()
    if dest_kind == "new file, named layer":
        assert result["OUTPUT"].endswith("|layername=Районы O'Neil")
    elif dest_kind != "new file":
        assert other_layers(src, layer_name) == others, "another layer of the file changed"
        assert integrity(src) == "ok"
    assert not leftovers(str(tmp_path))


@pytest.mark.parametrize("input_kind", list(INPUTS))
@pytest.mark.parametrize("alg_id", LAYER_ALGORITHMS)
def test_every_algorithm_over_its_input_keeps_columns_by_name(provider, tmp_path, alg_id, input_kind):
    src = os.path.join(str(tmp_path), "in.gpkg")
    uri = make_gpkg(src, **INPUTS[input_kind])
    key = "TYPOLOGY" if alg_id == "potentialclusters" else "INPUT"
    params = SPECS[alg_id]["params"](uri)
    params[key] = uri
    if alg_id in ("potentialclusters", "clusterzones"):
        from .test_battery import lq_table

        params["LQ_TABLE"] = lq_table(ids=[_values(i)["id"] for i in range(N)])
    before, layer = rows_by_key(uri)
    del layer
    out_key = SPECS[alg_id].get("output", "OUTPUT")
    if not SPECS[alg_id].get("new_features"):
        params["OUTPUT"] = "ogr:dbname='{}' table=\"districts\" (geom)".format(src)
    else:  # an algorithm writing new features (a table, zones): beside its input, in the same GeoPackage
        params[out_key] = "ogr:dbname='{}' table=\"{}\"".format(src, alg_id)
    result, _, _ = run(alg_id, params)
    after, _ = rows_by_key("{}|layername=districts".format(src))
    assert set(after) == set(before)
    new_names = set(next(iter(after.values())))
    for k, old in before.items():
        for name, value in old.items():
            if name in new_names and name.lower() not in ("fid",) and name not in ("class_index", "typology_class"):
                assert after[k][name] == value, (alg_id, k, name)
    assert integrity(src) == "ok" and not leftovers(str(tmp_path))


def test_load_on_completion_follows_the_output_into_place(provider, tmp_path):
    src = os.path.join(str(tmp_path), "in.gpkg")
    uri = make_gpkg(src)
    out = os.path.join(str(tmp_path), "out.gpkg")
    context = QgsProcessingContext()
    definition = QgsProcessingOutputLayerDefinition(out, QgsProject.instance())
    definition.destinationName = "Migration"
    result, _, _ = run(
        "migrationeffectiveness",
        {"INPUT": uri, "ID_FIELD": "id", "ARRIVALS_FIELD": "a", "DEPARTURES_FIELD": "b", "OUTPUT": definition},
        context=context,
    )
    assert result["OUTPUT"].startswith(out)
    loads = context.layersToLoadOnCompletion()
    assert list(loads) == [result["OUTPUT"]]
    details = loads[result["OUTPUT"]]
    assert details.name == "Migration" and details.postProcessor() is not None
    assert QgsVectorLayer(result["OUTPUT"], "o", "ogr").featureCount() == N


def test_file_of_the_input_is_not_replaced(provider, tmp_path):
    src = os.path.join(str(tmp_path), "in.gpkg")
    uri = make_gpkg(src)
    before = digest(src)
    outcome, message, _, _ = run_alg("migrationeffectiveness", uri, tmp_path, output=src)
    assert outcome == "error" and "input" in message and "table=" in message, message
    assert digest(src) == before and not leftovers(str(tmp_path))


# --- a failing run, pre-existing files ------------------------------------------------------
@pytest.mark.parametrize("ext", ["gpkg", "shp"])
def test_failing_run_leaves_a_preexisting_qml_and_wal(provider, tmp_path, ext):
    from .test_battery import make_layer, recs

    qml = os.path.join(str(tmp_path), "out.qml")
    with open(qml, "w") as fh:
        fh.write("<qgis>the user's own style</qgis>")
    before = digest(qml)
    layer = make_layer(recs(id=["d0", "d0", "d2", "d3", "d4", "d5"]))  # duplicate keys: refused
    outcome, message, _, out = run_alg(
        "ranktypology", layer, tmp_path, output=os.path.join(str(tmp_path), "out." + ext)
    )
    assert outcome == "error" and "d0" in message
    assert digest(qml) == before and not os.path.exists(out) and not leftovers(str(tmp_path))


def test_replacing_a_geopackage_open_elsewhere_is_refused(provider, tmp_path):
    """A -wal beside the output: another program has the file open; it is neither replaced
    nor is its -wal touched."""
    out = os.path.join(str(tmp_path), "out.gpkg")
    make_gpkg(out)
    with open(out + "-wal", "wb") as fh:
        fh.write(b"not ours")
    before = digest(out), digest(out + "-wal")
    outcome, message, _, _ = run_alg(
        "migrationeffectiveness", make_gpkg(os.path.join(str(tmp_path), "in.gpkg")), tmp_path, output=out
    )
    assert outcome == "error" and "-wal" in message
    assert (digest(out), digest(out + "-wal")) == before and not leftovers(str(tmp_path))


def test_locked_geopackage(provider, tmp_path):
    src = os.path.join(str(tmp_path), "in.gpkg")
    uri = make_gpkg(src)
    dest = os.path.join(str(tmp_path), "dest.gpkg")
    make_gpkg(dest, layer="keep")
    before = digest(dest)
    # another program holds a write lock (GDAL waits ~5 s for it, then gives up)
    lock = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True)\n"
            "time.sleep(60)",
            dest,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert lock.stdout.readline().strip() == "locked"
        outcome, message, _, _ = run_alg(
            "migrationeffectiveness", uri, tmp_path, output="ogr:dbname='{}' table=\"result\" (geom)".format(dest)
        )
    finally:
        lock.kill()
        lock.wait()
    assert outcome == "error" and "locked" in message, message
    assert digest(dest) == before and not leftovers(str(tmp_path))


@pytest.fixture
def small_disk(tmp_path):
    """A folder on its own small tmpfs (root only), unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    folder = os.path.join(str(tmp_path), "disk")
    os.makedirs(folder)
    mounted = []

    def mount(size_kb, read_only=False):
        opts = "size={}k".format(size_kb) + (",ro" if read_only else "")
        if subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", folder]).returncode:
            pytest.skip("cannot mount a tmpfs here")
        mounted.append(folder)
        return folder

    yield mount
    for m in mounted:
        if subprocess.run(["umount", m]).returncode:
            subprocess.run(["umount", "-l", m])  # never leave a mount behind
            pytest.fail("{} was still in use after the run: a file handle was left open".format(m))


def test_full_disk_new_file(provider, tmp_path, small_disk):
    folder = small_disk(256)
    src = os.path.join(str(tmp_path), "in.gpkg")
    uri = make_gpkg(src, n=3000)
    keep = os.path.join(folder, "keep.txt")
    with open(keep, "w") as fh:
        fh.write("the user's file")
    outcome, message, _, out = run_alg("migrationeffectiveness", uri, tmp_path, output=os.path.join(folder, "out.gpkg"))
    assert outcome == "error", "a 256 kB disk cannot hold 3,000 polygons"
    assert "Traceback" not in message and not os.path.exists(out)
    assert os.listdir(folder) == ["keep.txt"] and open(keep).read() == "the user's file"


def test_full_disk_layer_into_existing_geopackage(provider, tmp_path, small_disk):
    """The private copy fits, the copy into the destination does not: the destination
    GeoPackage is left byte for byte as it was."""
    src = os.path.join(str(tmp_path), "in.gpkg")
    uri = make_gpkg(src, n=3000)
    probe = os.path.join(str(tmp_path), "probe.gpkg")
    run(
        "migrationeffectiveness",
        {"INPUT": uri, "ID_FIELD": "id", "ARRIVALS_FIELD": "a", "DEPARTURES_FIELD": "b", "OUTPUT": probe},
    )
    size = os.path.getsize(probe)
    dest_template = os.path.join(str(tmp_path), "dest.gpkg")
    make_gpkg(dest_template, layer="keep")
    folder = small_disk((os.path.getsize(dest_template) + size + size // 3) // 1024)
    dest = os.path.join(folder, "dest.gpkg")
    with open(dest_template, "rb") as a, open(dest, "wb") as b:
        b.write(a.read())
    before = digest(dest)
    outcome, message, _, _ = run_alg(
        "migrationeffectiveness", uri, tmp_path, output="ogr:dbname='{}' table=\"result\" (geom)".format(dest)
    )
    assert outcome == "error", "the destination should not have room for a second copy"
    assert "Traceback" not in message
    assert digest(dest) == before and sorted(os.listdir(folder)) == ["dest.gpkg"]


def test_read_only_folder(provider, tmp_path, small_disk):
    folder = small_disk(1024, read_only=True)
    uri = make_gpkg(os.path.join(str(tmp_path), "in.gpkg"))
    outcome, message, _, out = run_alg("migrationeffectiveness", uri, tmp_path, output=os.path.join(folder, "out.gpkg"))
    assert outcome == "error" and folder in message, message
    assert not os.path.exists(out)


def _chart_params(folder, output):
    from .test_localization import wide_params

    return wide_params(INDUSTRY_FIELDS_BASE=["m0", "f0", "c0"], CHART_FOLDER=folder, OUTPUT=output, OUTPUT_TABLE=None)


def test_charts_on_a_full_disk(provider, tmp_path, small_disk):
    """localizationcoefficient's bubble charts (CHART_FOLDER) on a disk too small for them:
    a clear error naming the chart, the user's file kept, no chart and no layer left."""
    from qgis.core import QgsProcessingException

    folder = small_disk(48)
    keep = os.path.join(folder, "keep.txt")
    with open(keep, "w") as fh:
        fh.write("the user's file")
    out = os.path.join(str(tmp_path), "lq.gpkg")
    with pytest.raises(QgsProcessingException, match=r"\[CHART_FOLDER\]: could not write the chart lq_chart_"):
        run("localizationcoefficient", _chart_params(folder, out))
    assert os.listdir(folder) == ["keep.txt"] and open(keep).read() == "the user's file"
    assert not os.path.exists(out) and not leftovers(str(tmp_path))


def test_charts_into_a_read_only_folder(provider, tmp_path, small_disk):
    from qgis.core import QgsProcessingException

    folder = small_disk(1024, read_only=True)
    out = os.path.join(str(tmp_path), "lq.gpkg")
    with pytest.raises(QgsProcessingException, match="not writable|Read-only"):
        run("localizationcoefficient", _chart_params(folder, out))
    assert os.listdir(folder) == [] and not os.path.exists(out)


# --- SIGKILL while writing -----------------------------------------------------------------
BIG = 32400


@pytest.fixture(scope="module")
def big_input(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    return make_gpkg(os.path.join(str(folder), "big.gpkg"), n=BIG, gaps=True)


def _run_child_and_kill(params, at_progress, delay):
    """Start the child, kill it with SIGKILL ``delay`` s after it reports ``at_progress``."""
    import time

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, os.path.join(HERE, "fault_child.py"), "migrationeffectiveness", json.dumps(params)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    killed = False
    for line in child.stdout:
        if line.startswith("P ") and float(line.split()[1]) >= at_progress:
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            killed = True
            break
        if line.startswith(("DONE", "ERROR")):
            break
    child.wait(timeout=120)
    return killed


MOMENTS = [(5, 0.0), (40, 0.0), (70, 0.0), (90, 0.0), (100, 0.0), (100, 0.05), (100, 0.15)]


@pytest.mark.parametrize("at_progress, delay", MOMENTS)
@pytest.mark.parametrize("dest_kind", ["new file", "new layer", "replace layer"])
def test_sigkill_while_writing(provider, tmp_path, big_input, at_progress, delay, dest_kind):
    dest = os.path.join(str(tmp_path), "dest.gpkg")
    if dest_kind == "new file":
        out = dest
    else:
        make_gpkg(dest, layer="keep", n=5)
        if dest_kind == "replace layer":
            make_gpkg(dest, layer="result", n=7)
        out = "ogr:dbname='{}' table=\"result\" (geom)".format(dest)
    others = other_layers(dest, "result") if os.path.exists(dest) else None
    params = {"INPUT": big_input, "ID_FIELD": "id", "ARRIVALS_FIELD": "a", "DEPARTURES_FIELD": "b", "OUTPUT": out}
    _run_child_and_kill(params, at_progress, delay)
    if dest_kind == "new file" and not os.path.exists(dest):
        return  # absent: fine (its private folder may remain, never under the output's name)
    con = sqlite3.connect(dest)  # read-write: rolls back a transaction the kill cut short
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    finally:
        con.close()
    if others is not None:
        assert other_layers(dest, "result") == others, "another layer changed"
    if "result" in tables or dest_kind == "new file":
        name = "result" if dest_kind != "new file" else "dest"
        count = QgsVectorLayer("{}|layername={}".format(dest, name), "o", "ogr").featureCount()
        expected = {BIG} | ({7} if dest_kind == "replace layer" else set())
        assert count in expected, "partial output: {} rows".format(count)
    else:
        assert dest_kind == "new layer"
