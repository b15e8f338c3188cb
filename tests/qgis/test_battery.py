"""The bad-input battery (issue 8), run against every algorithm of the provider.

Each case is built once and applied to every algorithm it fits. For every run:
* the outcome is a result or a QgsProcessingException with a short, specific message —
  never a Python traceback, never the guard's "failed unexpectedly" (a bug);
* the input layer's fields, attributes and geometries are unchanged;
* a failed or cancelled run leaves no output file behind;
* numeric outputs hold no infinity.
Specific expectations (which cases must fail, which must pass, what the message names)
are asserted per case. A new algorithm of the provider fails `test_every_algorithm_is_covered`
until it has an entry in SPECS, so the battery covers it.

The outcome of every (case, algorithm) pair is written to out/battery.md — the
Reliability table of the README is made from it.
"""

import math
import os

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

from .helpers import layer_digest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
N = 6
IDS = [f"d{i}" for i in range(N)]
A = [10.0, 20.0, 35.0, 5.0, 15.0, 25.0]
B = [8.0, 25.0, 30.0, 6.0, 12.0, 20.0]
C = [3.0, 1.0, 4.0, 1.5, 5.0, 9.0]


def square(i, x0=58.0, y0=47.0, size=0.5):
    x = x0 + (i % 3) * size
    y = y0 + (i // 3) * size
    return QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))")


def make_layer(records=None, geoms=None, a_type=QVariant.Double, geometry="Polygon", crs="EPSG:4326", n=N):
    """The battery's district layer: id, a, b, c (numbers) + a typology (class_index, typology_class)."""
    uri = f"{geometry}?crs={crs}" if crs else geometry
    layer = QgsVectorLayer(uri, "battery", "memory")
    if not crs:
        layer.setCrs(QgsCoordinateReferenceSystem())  # memory layers default to EPSG:4326
    fields = [
        QgsField("id", QVariant.String),
        QgsField("a", a_type),
        QgsField("b", QVariant.Double),
        QgsField("c", QVariant.Double),
        QgsField("class_index", QVariant.Int),
        QgsField("typology_class", QVariant.String),
    ]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    if records is None:
        records = [
            (
                IDS[i % N] if n == N else f"d{i}",
                A[i % N] + i // N,
                B[i % N],
                C[i % N],
                i % 3,
                ["Favourable", "Less favourable", "Unfavourable"][i % 3],
            )
            for i in range(n)
        ]
    feats = []
    for i, rec in enumerate(records):
        f = QgsFeature(layer.fields())
        f.setAttributes(list(rec))
        if geoms is not None:
            if geoms[i] is not None:
                f.setGeometry(geoms[i])
        elif geometry == "Polygon":
            f.setGeometry(square(i % 9, x0=58.0 + 2 * (i // 9)))
        elif geometry == "Point":
            f.setGeometry(QgsGeometry.fromWkt(f"POINT({58 + i} 47)"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def table_layer(fields, rows, geometry="None", crs=None):
    layer = QgsVectorLayer(f"{geometry}?crs={crs}" if crs else geometry, "table", "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    feats = []
    for r in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes(list(r[0] if geometry != "None" else r))
        if geometry != "None":
            f.setGeometry(QgsGeometry.fromWkt(r[1]))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def capitals():
    return table_layer(
        [("name", QVariant.String)],
        [(("Astana",), "POINT(71.446 51.180)"), (("Almaty",), "POINT(76.929 43.257)")],
        geometry="Point",
        crs="EPSG:4326",
    )


def lq_table(ids=IDS):
    rows = []
    for i, d in enumerate(ids):
        rows.append((d, "Food industry", [2.5, 0.5, 1.2, 0.9, 3.0, 1.0][i % 6]))
        rows.append((d, "Machine building", [0.4, 1.8, 0.8, 1.1, 0.2, 1.0][i % 6]))
    return table_layer([("id", QVariant.String), ("industry", QVariant.String), ("lq", QVariant.Double)], rows)


def with_potential(layer):
    """The battery's layer with a cluster_potential field, as potentialclusters writes it
    (two industries shared by every district: two clusters). ``layer`` may be a URI."""
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "in", "ogr")
    out = QgsVectorLayer(
        "{}?{}".format(
            QgsWkbTypes.displayString(layer.wkbType()), "crs=" + layer.crs().authid() if layer.crs().isValid() else ""
        ),
        "potential",
        "memory",
    )
    if not layer.crs().isValid():
        out.setCrs(QgsCoordinateReferenceSystem())
    fields = QgsFields(layer.fields())
    fields.append(QgsField("cluster_potential", QVariant.String))
    out.dataProvider().addAttributes(list(fields))
    out.updateFields()
    feats = []
    for i, f in enumerate(layer.getFeatures()):
        g = QgsFeature(out.fields())
        g.setGeometry(f.geometry())
        g.setAttributes(
            f.attributes() + ["Food industry ({:.1f}), Machine building, tools ({:.1f})".format(2.0 + i, 1.5)]
        )
        feats.append(g)
    out.dataProvider().addFeatures(feats)
    return out


def stats_table():
    """A statistics table as published: names of the battery's districts and of the fault
    battery's ("Район 0" …), numbers as text with decimal commas, a missing-data marker."""
    names = IDS + ["Район {}".format(i) for i in range(12)]
    values = ["1 234,5", "-", "12,5"] * (len(names) // 3)
    return table_layer([("name", QVariant.String), ("value", QVariant.String)], list(zip(names, values)))


# Minimal valid parameters per algorithm; `numeric` names the fields the field cases spoil.
SPECS = {
    "ranktypology": dict(
        numeric=["a"],
        unique_id=True,
        params=lambda L: {"INPUT": L, "ID_FIELD": "id", "POSITIVE_FIELDS": ["a", "b"], "NEGATIVE_FIELDS": ["c"]},
    ),
    "localizationcoefficient": dict(
        numeric=["a"],
        unique_id=True,
        params=lambda L: {
            "INPUT": L,
            "ID_FIELD": "id",
            "INDUSTRY_FIELDS": ["a", "b", "c"],
            "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
            "LQ_TEST": 1,
            "CONFIDENCE": 0.9,
        },
    ),
    "specializationindices": dict(
        numeric=["a"],
        unique_id=True,
        params=lambda L: {
            "INPUT": L,
            "ID_FIELD": "id",
            "INDUSTRY_FIELDS": ["a", "b", "c"],
            "OUTPUT_INDUSTRIES": "TEMPORARY_OUTPUT",
        },
    ),
    "shiftshare": dict(
        numeric=["a"],
        unique_id=True,
        params=lambda L: {
            "INPUT": L,
            "ID_FIELD": "id",
            "INDUSTRY_FIELDS": ["a", "b"],
            "INDUSTRY_FIELDS_BASE": ["c", "class_index"],
            "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
        },
    ),
    "emissiondensity": dict(
        numeric=["a"],
        geometry=True,
        params=lambda L: {"INPUT": L, "ID_FIELD": "id", "EMISSIONS_FIELD": "a", "POPULATION_FIELD": "b"},
    ),
    "migrationeffectiveness": dict(
        numeric=["a"], params=lambda L: {"INPUT": L, "ID_FIELD": "id", "ARRIVALS_FIELD": "a", "DEPARTURES_FIELD": "b"}
    ),
    "growthtypology": dict(
        numeric=["a"], params=lambda L: {"INPUT": L, "ID_FIELD": "id", "START_FIELD": "b", "END_FIELD": "a", "YEARS": 5}
    ),
    "regionalaccessibility": dict(
        numeric=[], geometry=True, params=lambda L: {"INPUT": L, "ID_FIELD": "id", "CAPITALS": capitals()}
    ),
    "wardclustering": dict(
        numeric=["a"],
        unique_id=True,
        params=lambda L: {"INPUT": L, "ID_FIELD": "id", "FIELDS": ["a", "b", "c"], "N_CLUSTERS": 2},
    ),
    # the same with the spatial constraint: districts without geometry are islands (own clusters)
    "wardclustering queen": dict(
        alg="wardclustering",
        numeric=["a"],
        unique_id=True,
        params=lambda L: {
            "INPUT": L,
            "ID_FIELD": "id",
            "FIELDS": ["a", "b", "c"],
            "N_CLUSTERS": 3,
            "SPATIAL_CONSTRAINT": 1,
        },
    ),
    "exportmap": dict(
        numeric=[], output_ext="pdf", geometry=True, params=lambda L: {"INPUT": L, "TITLE": "Battery", "DPI": 48}
    ),
    "joinstatistics": dict(
        numeric=[],
        params=lambda L: {"INPUT": L, "NAME_FIELDS": ["id"], "TABLE": stats_table(), "TABLE_NAME_FIELD": "name"},
    ),
    "spatialautocorrelation": dict(
        numeric=["a"],
        unique_id=True,
        # a 20 km snapping tolerance: the fault tests' squares are 0.1° apart (the battery's touch)
        params=lambda L: {"INPUT": L, "ID_FIELD": "id", "FIELD": "a", "PERMUTATIONS": 99, "TOLERANCE": 20000},
    ),
    "clusterzones": dict(
        numeric=[],
        unique_id=True,
        key_field=None,  # the zones, not the districts
        new_features=True,
        params=lambda L: {"INPUT": L, "ID_FIELD": "id", "LQ_TABLE": lq_table(), "MEMBERS": "TEMPORARY_OUTPUT"},
    ),
    "neighbours": dict(
        numeric=[],
        unique_id=True,
        output="OUTPUT_TABLE",
        key_field="district",
        new_features=True,
        params=lambda L: {"INPUT": L, "ID_FIELD": "id", "METHOD": 0, "TOLERANCE": 0},
    ),
    "clusterstructure": dict(
        numeric=[],
        unique_id=True,
        districts_out=False,  # its outputs are links and centres, not the districts
        params=lambda L: {"INPUT": with_potential(L), "ID_FIELD": "id"},
    ),
    "potentialclusters": dict(
        numeric=[],
        unique_id=True,
        params=lambda L: {"TYPOLOGY": L, "ID_FIELD": "id", "LQ_TABLE": lq_table(), "LQ_ID_FIELD": "id"},
    ),
}


def input_key(alg_id):
    return "TYPOLOGY" if alg_id == "potentialclusters" else "INPUT"


def polygons_only(provider, alg_id):
    from qgis.core import QgsProcessing

    param = provider.algorithm(SPECS[alg_id].get("alg", alg_id)).parameterDefinition(input_key(alg_id))
    return list(param.dataTypes()) == [QgsProcessing.TypeVectorPolygon]


def bowtie(i):
    x = 58.0 + i
    return QgsGeometry.fromWkt(f"POLYGON(({x} 47,{x + 1} 48,{x + 1} 47,{x} 48,{x} 47))")


def recs(**change):
    """The standard records with one column replaced: change={'a': [values]} or {'id': [...]}."""
    cols = {
        "id": list(IDS),
        "a": list(A),
        "b": list(B),
        "c": list(C),
        "class_index": [i % 3 for i in range(N)],
        "typology_class": [["Favourable", "Less favourable", "Unfavourable"][i % 3] for i in range(N)],
    }
    cols.update(change)
    return list(zip(*[cols[k] for k in ["id", "a", "b", "c", "class_index", "typology_class"]]))


CYRILLIC = ["Ақтөбе", "Қарғалы", "Мұғалжар", "Хромтау", "Әйтеке би", "Ырғыз"]

# name -> (layer factory, kind): kind "field" applies only to algorithms with numeric fields,
# "id" to all with an ID field, "any" to all.
CASES = {
    "empty layer": (lambda: make_layer(records=[]), "any"),
    "single feature": (lambda: make_layer(records=recs()[:1]), "any"),
    "all NULL in one indicator": (lambda: make_layer(recs(a=[None] * N)), "field"),
    "NULL in some": (lambda: make_layer(recs(a=[None, 20.0, 35.0, None, 15.0, 25.0])), "field"),
    "text field": (lambda: make_layer(recs(a=["x"] * N), a_type=QVariant.String), "field"),
    "numbers as text '1 234,5'": (
        lambda: make_layer(recs(a=["1 234,5", "20", "35", "5", "15", "25"]), a_type=QVariant.String),
        "field",
    ),
    "date field": (
        lambda: make_layer(recs(a=[QDate(2020, 1, i + 1) for i in range(N)]), a_type=QVariant.Date),
        "field",
    ),
    "zero values": (lambda: make_layer(recs(a=[0.0] * N, b=[0.0] * N)), "field"),
    "negative values": (lambda: make_layer(recs(a=[-10.0, 20.0, 35.0, 5.0, 15.0, 25.0])), "field"),
    "NaN": (lambda: make_layer(recs(a=[float("nan"), 20.0, 35.0, 5.0, 15.0, 25.0])), "field"),
    "infinity": (lambda: make_layer(recs(a=[float("inf"), 20.0, 35.0, 5.0, 15.0, 25.0])), "field"),
    "1e300": (lambda: make_layer(recs(a=[1e300, 2e300, 3e300, 1e300, 5e299, 2.5e300])), "field"),
    "1e-300": (lambda: make_layer(recs(a=[1e-300, 2e-300, 3e-300, 1e-300, 5e-301, 2.5e-300])), "field"),
    "duplicate IDs": (lambda: make_layer(recs(id=["d0", "d0", "d2", "d3", "d4", "d5"])), "id"),
    "Cyrillic and Kazakh IDs": (lambda: make_layer(recs(id=CYRILLIC)), "any"),
    "invalid geometry": (lambda: make_layer(geoms=[bowtie(i) for i in range(N)]), "any"),
    "empty and null geometry": (
        lambda: make_layer(geoms=[QgsGeometry(), None] + [square(i) for i in range(2, N)]),
        "any",
    ),
    "multipart geometry": (
        lambda: make_layer(geoms=[QgsGeometry.collectGeometry([square(i), square(i + 3)]) for i in range(N)]),
        "any",
    ),
    "no CRS": (lambda: make_layer(crs=None), "any"),
    "islands (districts without neighbours)": (
        lambda: make_layer(geoms=[square(i) for i in (0, 1, 3, 4)] + [square(0, x0=70.0), square(0, x0=75.0)]),
        "any",
    ),
    "points instead of polygons": (lambda: make_layer(geometry="Point"), "any"),
}

# Cases that must end in a clear error, and what the message must name.
MUST_FAIL = {
    "text field": "'a'",
    "numbers as text '1 234,5'": "'a'",
    "date field": "'a'",
    "infinity": "a",
    "points instead of polygons": "polygon",  # where the input is declared as polygons only
}
# Cases every algorithm must complete.
MUST_PASS = {"Cyrillic and Kazakh IDs", "invalid geometry", "multipart geometry"}

OUTCOMES = {}


class Feedback(QgsProcessingFeedback):
    def __init__(self, cancel_at=None):
        super().__init__()
        self.lines = []
        self.cancel_at = cancel_at

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803
        self.lines.append(error)

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if self.cancel_at is not None and progress >= self.cancel_at:
            self.cancel()


def run_alg(alg_id, layer, tmp_path, feedback=None, output=None):
    import processing

    spec = SPECS[alg_id]
    params = spec["params"](layer)
    ext = spec.get("output_ext", "gpkg")
    out = output or os.path.join(str(tmp_path), f"{alg_id}.{ext}")
    params[spec.get("output", "OUTPUT")] = out
    feedback = feedback or Feedback()
    try:
        processing.run(
            "territorialclusters:" + spec.get("alg", alg_id), params, context=QgsProcessingContext(), feedback=feedback
        )
        return "ok", "", feedback, out
    except QgsProcessingException as e:
        return "error", str(e), feedback, out


def check_common(alg_id, outcome, message, feedback, out):
    log = "\n".join(feedback.lines)
    assert "Traceback" not in message and "Traceback" not in log, message or log
    assert "failed unexpectedly" not in message, message
    if outcome == "error":
        assert message.strip(), "an error needs a message"
        assert len(message) < 800, message
        assert not os.path.exists(out), f"a failed run left {out}"
    elif out.endswith(".gpkg") and os.path.exists(out):
        layer = QgsVectorLayer(out, "o", "ogr")
        for f in layer.getFeatures():
            for v in f.attributes():
                assert not (isinstance(v, float) and math.isinf(v)), f"infinite value in {out}"


def test_every_algorithm_is_covered(provider):
    ids = {
        a.name()
        for a in provider.algorithms()
        if not a.id().startswith("territorialclusters:model") and a.__class__.__name__ != "QgsProcessingModelAlgorithm"
    }
    ids = {i for i in ids if i in SPECS or " " not in i and i.islower()}
    assert ids <= set(SPECS), f"add battery SPECS for {sorted(ids - set(SPECS))}"


PAIRS = [
    (alg, case) for alg in SPECS for case, (_, kind) in CASES.items() if kind != "field" or SPECS[alg]["numeric"]
]  # field cases fit algorithms reading numbers


@pytest.mark.parametrize("alg_id, case", PAIRS)
def test_battery(provider, tmp_path, alg_id, case):
    factory, kind = CASES[case]
    spec = SPECS[alg_id]
    layer = factory()
    before = layer_digest(layer)
    outcome, message, feedback, out = run_alg(alg_id, layer, tmp_path)
    OUTCOMES[(case, alg_id)] = (outcome, message, feedback.lines)
    check_common(alg_id, outcome, message, feedback, out)
    assert layer_digest(layer) == before, "the input layer was modified"
    if case == "points instead of polygons" and not polygons_only(provider, alg_id):
        assert outcome == "ok", message  # any geometry is accepted: points must work
    elif case in MUST_FAIL:
        assert outcome == "error", f"{case} must be refused"
        assert MUST_FAIL[case] in message, message
    if case == "no CRS" and spec.get("geometry") and alg_id != "exportmap":
        assert outcome == "error" and "CRS" in message, message  # no planar degrees², ever
    if case in MUST_PASS:
        assert outcome == "ok", message
    if case.startswith("islands") and alg_id == "spatialautocorrelation":
        assert outcome == "ok", message  # islands never crash: class Island, named in the log
        got = {f["id"]: f["lisa_class"] for f in QgsVectorLayer(out, "o", "ogr").getFeatures()}
        assert got["d4"] == got["d5"] == "Island" and "d4" in "\n".join(feedback.lines)
    if case == "empty and null geometry" and alg_id == "wardclustering queen":
        assert outcome == "ok", message  # the two districts without geometry: islands, own clusters
        assert any("without neighbours" in line and "d0, d1" in line for line in feedback.lines), feedback.lines
    if case == "duplicate IDs" and spec.get("unique_id"):
        assert outcome == "error" and "d0" in message, message
    key = spec.get("key_field", "id") if spec.get("districts_out", True) else None
    if case == "Cyrillic and Kazakh IDs" and key and os.path.exists(out) and out.endswith(".gpkg"):
        got = {f[key] for f in QgsVectorLayer(out, "o", "ogr").getFeatures()}
        assert got == set(CYRILLIC)


@pytest.mark.parametrize("alg_id", list(SPECS))
def test_output_in_missing_folder(provider, tmp_path, alg_id):
    ext = SPECS[alg_id].get("output_ext", "gpkg")
    out = os.path.join(str(tmp_path), "no", "such", "folder", f"out.{ext}")
    outcome, message, feedback, _ = run_alg(alg_id, make_layer(), tmp_path, output=out)
    assert outcome == "error"
    check_common(alg_id, outcome, message, feedback, out)


@pytest.mark.parametrize("alg_id", list(SPECS))
def test_output_below_a_file(provider, tmp_path, alg_id):
    """An output path that cannot be created (its 'folder' is a file: as good as read-only, even for root)."""
    blocker = os.path.join(str(tmp_path), "file")
    open(blocker, "w").close()
    ext = SPECS[alg_id].get("output_ext", "gpkg")
    out = os.path.join(blocker, f"out.{ext}")
    outcome, message, feedback, _ = run_alg(alg_id, make_layer(), tmp_path, output=out)
    assert outcome == "error"
    check_common(alg_id, outcome, message, feedback, out)


@pytest.mark.parametrize("alg_id", list(SPECS))
def test_cancel_leaves_no_file(provider, tmp_path, alg_id):
    """Cancelling (as soon as progress is reported) stops the run; no partial output remains."""
    layer = make_layer(n=4500)
    before = layer_digest(layer)
    feedback = Feedback(cancel_at=1)
    outcome, message, feedback, out = run_alg(alg_id, layer, tmp_path, feedback=feedback)
    assert feedback.isCanceled()
    assert outcome == "error", "a cancelled run must not report success"
    check_common(alg_id, outcome, message, feedback, out)
    assert layer_digest(layer) == before


#: texts of core/ (the lead converts core's messages, issue 17) that still name a key alone
CORE_KEY_TEXTS = ("(without REFERENCE_TABLE: over the cells known in both periods)",)
#: algorithms whose modules other branches of issue 18 rework (export_map.py, ward_clustering.py):
#: their messages are converted there — remove them from here once merged
LABELS_PENDING: tuple = ()


def test_battery_messages_name_dialog_labels(provider):
    """Every message of the battery (errors and log lines) that names a parameter's key names
    it as the dialog does, «label» [KEY], so a desktop user finds it (after the battery ran)."""
    import re

    assert OUTCOMES, "run with the battery"
    bad = []
    for (case, alg_id), (_, message, lines) in OUTCOMES.items():
        alg = provider.algorithm(SPECS[alg_id].get("alg", alg_id))
        if alg_id in LABELS_PENDING:
            continue
        for text in [message, *lines]:
            if any(t in text for t in CORE_KEY_TEXTS) or text.startswith("Results:"):
                continue  # QGIS's own log of the results dict
            for param in alg.parameterDefinitions():
                key = param.name()
                if not re.search(r"(?<![\w\[]){}(?![\w\]])".format(re.escape(key)), text):
                    continue
                bad.append(f"{alg_id} / {case}: {key} without its label: {text[:160]}")
            for key in re.findall(r"\[([A-Z][A-Z_]+)\]", text):
                param = alg.parameterDefinition(key)
                if param is not None and param.description() not in text:
                    bad.append(f"{alg_id} / {case}: [{key}] without «{param.description()}»: {text[:160]}")
    assert not bad, "\n".join(sorted(set(bad))[:80])


def test_write_outcome_table():
    """Writes out/battery.md (what each algorithm does with each case), after the battery ran."""
    if not OUTCOMES:
        pytest.skip("battery not run in this session")
    algs = list(SPECS)
    lines = ["| case | " + " | ".join(algs) + " |", "|---|" + "---|" * len(algs)]
    for case in CASES:
        cells = []
        for alg in algs:
            got = OUTCOMES.get((case, alg))
            if got is None:
                cells.append("n/a")
            elif got[0] == "ok":
                warn = any(
                    w
                    for w in got[2]
                    if "NULL" in w or "no value" in w or "skipped" in w or "repaired" in w.lower() or "excluded" in w
                )
                cells.append("result + log" if warn else "result")
            else:
                cells.append("error")
        lines.append(f"| {case} | " + " | ".join(cells) + " |")
    os.makedirs(os.path.join(ROOT, "out"), exist_ok=True)
    with open(os.path.join(ROOT, "out", "battery.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n\n")
        for (case, alg), (outcome, message, _) in sorted(OUTCOMES.items()):
            if outcome == "error":
                fh.write(f"* {alg} / {case}: {message}\n")
    assert len(lines) == len(CASES) + 2
