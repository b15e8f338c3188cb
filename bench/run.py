#!/usr/bin/env python3
"""Benchmarks: every algorithm timed against QGIS-native baselines measured in the same run.

    .venv/bin/python bench/run.py            # full sizes (US counties x10 = 32,310 polygons, …)
    .venv/bin/python bench/run.py --quick    # small sizes, proves the script works (used by a test)
    .venv/bin/python bench/run.py --only ranktypology,wardclustering
    .venv/bin/python bench/run.py --sparse   # long LQ table with ~70 % of the pairs (like CBP)

Inputs are built from real geometry (../shared/data/us/us_counties_10m.topojson, its invalid
shapes kept) with seeded synthetic indicator values. Each case runs in its own process (so
its peak RSS is its own). In a case every timed function runs once to warm up (file cache,
imports), then the algorithm and its baselines take turns, best of 5 each (interleaved, so a
busy spell of the machine hits both sides alike). The table is printed and written to
bench/results/latest.{csv,md} (not with --quick). See bench/README.md for what each baseline
means.
"""

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import islice

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
COUNTIES = os.path.join(SHARED, "us", "us_counties_10m.topojson")
N_IND = 10  # ranktypology indicators
N_WARD = 14  # Ward indicators (paper 003 has 14)
N_WARD_TRACTS = 4  # Ward at the scale of census tracts (issue 15): 32,310 regions x 4 indicators
N_INDUSTRIES = 300  # long LQ table
CALC_INDUSTRIES = 5  # industries done the field-calculator way, scaled to N_INDUSTRIES
#: Timed runs per function, best kept. The issue asks for best of 3; on the 2-core VM the
#: benchmark was written on, single runs vary by ±30 % from one minute to the next, and 3
#: runs were not enough to make two identical workloads agree — 5 interleaved runs are.
REPEATS = 5
SAVE = "native:savefeatures (GeoPackage)"
SHAPED = "native:savefeatures of the algorithm's output (same fields, C++ copy)"

#: Targets of issue 7: (algorithm, baseline prefix) → (largest ratio, text).
TARGETS = [
    ("ranktypology", SAVE, 1.3, "≤ 1.3× savefeatures"),
    ("emissiondensity", SAVE, 1.3, "≤ 1.3× savefeatures"),
    (
        "emissiondensity",
        "native:fieldcalculator $area",
        1.3,
        "≤ 1.3× QGIS's own ellipsoidal-area step (not in the issue: its floor when areas are measured)",
    ),
    ("emissiondensity (areas from AREA_FIELD)", SAVE, 1.3, "≤ 1.3× savefeatures"),
    ("migrationeffectiveness", SAVE, 1.3, "≤ 1.3× savefeatures"),
    ("growthtypology", SAVE, 1.3, "≤ 1.3× savefeatures"),
    ("localizationcoefficient", "native:savefeatures of the long table", 2.0, "≤ 2.0× the table copy"),
    ("localizationcoefficient + OUTPUT_TABLE", "native:savefeatures of the long table", 2.0, "≤ 2.0× the table copy"),
    (
        "localizationcoefficient",
        "field-calculator route",
        0.1,
        "≥ 10× faster than the field-calculator route (ratio ≤ 0.1)",
    ),
    ("wardclustering", "bare scipy", 2.0, "≤ 2× bare scipy"),
    ("neighbours", "libpysal", 1.0, "≤ 1.0× libpysal Queen.from_dataframe (issue 15; copies side by side)"),
    ("spatialautocorrelation LISA (core.moran.local_moran)", "esda Moran_Local", 1.0, "≤ 1.0× esda Moran_Local"),
]
RSS_LIMIT_MB = 1536

# --------------------------------------------------------------------------- inputs


def build_inputs(folder, replicate, n_counties, n_industries, seed=42, sparse=False):
    """Write bench.gpkg: `districts` (replicated counties), `counties` (one copy), the long LQ
    table `lq_long` and the same numbers in wide form on the counties, `lq_wide`."""
    import numpy as np
    from osgeo import ogr, osr

    rng = np.random.default_rng(seed)
    path = os.path.join(folder, "bench.gpkg")
    src = ogr.Open(COUNTIES)
    if src is None:
        sys.exit(f"cannot read {COUNTIES}")
    shapes = []
    for f in src.GetLayerByName("counties"):
        g = f.GetGeometryRef()
        if g is None:
            continue
        shapes.append((f.GetField("id") or str(f.GetFID()), f.GetField("name"), g.ExportToWkb()))
    shapes = shapes[:n_counties]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)

    def polygons(name, copies, numeric, values=None):
        lyr = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon, ["SPATIAL_INDEX=NO"])
        lyr.CreateField(ogr.FieldDefn("geoid", ogr.OFTString))
        lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        for col in numeric:
            lyr.CreateField(ogr.FieldDefn(col, ogr.OFTReal))
        n = len(shapes) * copies
        if values is None:
            values = {c: rng.lognormal(3, 1, n).round(3) for c in numeric}
            # departures ~ arrivals, end ~ start, so indicators look real
            if "departures" in values:
                values["departures"] = (values["arrivals"] * rng.uniform(0.6, 1.4, n)).round(3)
            if "value_end" in values:
                values["value_end"] = (values["value_start"] * rng.uniform(0.7, 1.6, n)).round(3)
        lyr.StartTransaction()
        defn = lyr.GetLayerDefn()
        k = 0
        for copy in range(copies):
            for fips, cname, wkb in shapes:
                f = ogr.Feature(defn)
                f.SetField("geoid", f"{fips}_{copy}" if copies > 1 else fips)
                f.SetField("name", cname)
                for c in numeric:
                    f.SetField(c, float(values[c][k]))
                f.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(wkb)))
                lyr.CreateFeature(f)
                k += 1
        lyr.CommitTransaction()

    attrs = [f"ind_{i}" for i in range(N_IND)] + [
        "emissions",
        "population",
        "arrivals",
        "departures",
        "value_start",
        "value_end",
        "area_published",
    ]
    polygons("districts", replicate, attrs)
    polygons("counties", 1, [f"w_{i}" for i in range(N_WARD)])
    # long table: every county x every industry (some zeros, as in real statistics); with
    # --sparse about 30 % of the pairs have no row (a missing row counts as 0)
    vals = rng.lognormal(4, 1.5, (len(shapes), n_industries)).round(1)
    vals[rng.random(vals.shape) < 0.05] = 0.0
    present = rng.random(vals.shape) > 0.3 if sparse else np.ones(vals.shape, dtype=bool)
    lyr = ds.CreateLayer("lq_long", None, ogr.wkbNone)
    for name, kind in [("district", ogr.OFTString), ("industry", ogr.OFTString), ("value", ogr.OFTReal)]:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    lyr.StartTransaction()
    defn = lyr.GetLayerDefn()
    for i, (fips, _, _) in enumerate(shapes):
        for j in np.flatnonzero(present[i]):
            f = ogr.Feature(defn)
            f.SetField(0, fips)
            f.SetField(1, f"industry {j:03d}")
            f.SetField(2, float(vals[i, j]))
            lyr.CreateFeature(f)
    lyr.CommitTransaction()
    # the same numbers in wide form (a field per industry), for the field-calculator route
    wide = {f"x_{j:03d}": np.where(present[:, j], vals[:, j], 0.0) for j in range(n_industries)}
    polygons("lq_wide", 1, list(wide), wide)
    ds = None
    return path, len(shapes)


# --------------------------------------------------------------------------- one case (child process)


def start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "territorial_clusters", os.path.join(ROOT, "__init__.py"), submodule_search_locations=[ROOT]
    )
    pkg = importlib.util.module_from_spec(spec)
    sys.modules["territorial_clusters"] = pkg
    spec.loader.exec_module(pkg)
    plugin = pkg.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def best_of(functions, repeats, warmup):
    """{name: best seconds}: each function once to warm up, then all in turn, ``repeats`` rounds.
    A function returning a number has timed itself (an extrapolation): that number counts.
    A function marked ``once`` (minutes long, far from the others) runs a single time."""
    if warmup:
        for func in functions.values():
            if not getattr(func, "once", False):
                func()
    times = {name: [] for name in functions}
    for round_ in range(repeats):
        for name, func in functions.items():
            if round_ and getattr(func, "once", False):
                continue
            t = time.perf_counter()
            own = func()
            took = time.perf_counter() - t
            times[name].append(own if isinstance(own, float) else took)
    return {name: min(ts) for name, ts in times.items()}


def run_case(name, gpkg, work, repeats, warmup):
    app, plugin = start_qgis()
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    def layer(lname):
        return f"{gpkg}|layername={lname}"

    counter = [0]

    def out(ext="gpkg"):
        counter[0] += 1
        return os.path.join(work, f"{name}_{counter[0]}.{ext}")

    def alg(alg_id, params, outputs=("OUTPUT",), ext="gpkg"):
        def go():
            processing.run(
                alg_id,
                dict(params, **{k: out(ext) for k in outputs}),
                context=QgsProcessingContext(),
                feedback=QgsProcessingFeedback(),
            )

        return go

    def save(lname):
        return save_uri(layer(lname))

    def save_uri(uri):
        return lambda: processing.run(
            "native:savefeatures",
            {"INPUT": uri, "OUTPUT": out()},
            context=QgsProcessingContext(),
            feedback=QgsProcessingFeedback(),
        )

    def output_shaped(alg_id, params):
        """savefeatures of the algorithm's own output: the I/O floor for a layer of that shape
        (the input's fields plus the new ones), read and written by QGIS in C++."""
        path = os.path.join(work, "output_shaped.gpkg")
        processing.run(
            alg_id, dict(params, OUTPUT=path), context=QgsProcessingContext(), feedback=QgsProcessingFeedback()
        )
        return save_uri(path)

    districts = layer("districts")
    n_districts = QgsVectorLayer(districts, "d", "ogr").featureCount()
    n_counties = QgsVectorLayer(layer("counties"), "c", "ogr").featureCount()
    n_rows = QgsVectorLayer(layer("lq_long"), "t", "ogr").featureCount()
    n_ind = QgsVectorLayer(layer("lq_wide"), "w", "ogr").fields().count() - 3  # fid, geoid, name
    poly = f"{n_districts} polygons"
    table = f"{n_counties} districts x {n_ind} industries ({n_rows} rows)"
    rows = []  # (algorithm, size, timed name, baseline text, timed baseline name)
    if name == "pyqgiscopy":
        funcs = {
            "floor": pyqgis_copy(layer("districts"), out),
            "save": save("districts"),
            "floor_t": pyqgis_copy(layer("lq_long"), out),
            "save_t": save("lq_long"),
        }
        rows += [
            ("pyqgis copy floor", poly, "floor", SAVE, "save"),
            (
                "pyqgis copy floor (long table)",
                f"{n_rows} rows",
                "floor_t",
                "native:savefeatures of the long table",
                "save_t",
            ),
        ]
    elif name == "ranktypology":
        params = {
            "INPUT": districts,
            "ID_FIELD": "geoid",
            "POSITIVE_FIELDS": [f"ind_{i}" for i in range(N_IND - 2)],
            "NEGATIVE_FIELDS": [f"ind_{i}" for i in range(N_IND - 2, N_IND)],
        }
        funcs = {
            "alg": alg("territorialclusters:ranktypology", params),
            "save": save("districts"),
            "shaped": output_shaped("territorialclusters:ranktypology", params),
        }
        size = f"{poly} x {N_IND} indicators"
        rows += [("ranktypology", size, "alg", SAVE, "save"), ("ranktypology", size, "alg", SHAPED, "shaped")]
    elif name == "emissiondensity":
        params = {"INPUT": districts, "EMISSIONS_FIELD": "emissions", "POPULATION_FIELD": "population"}
        funcs = {
            "alg": alg("territorialclusters:emissiondensity", params),
            "save": save("districts"),
            "alg_field": alg("territorialclusters:emissiondensity", dict(params, AREA_FIELD="area_published")),
            "area": area_calculator(processing, districts, out),
            "shaped": output_shaped("territorialclusters:emissiondensity", params),
        }
        size = f"{poly} (ellipsoidal areas)"
        rows += [
            ("emissiondensity", size, "alg", SAVE, "save"),
            ("emissiondensity", size, "alg", "native:fieldcalculator $area (ellipsoid WGS84)", "area"),
            ("emissiondensity", size, "alg", SHAPED, "shaped"),
            ("emissiondensity (areas from AREA_FIELD)", poly, "alg_field", SAVE, "save"),
        ]
    elif name == "migrationeffectiveness":
        params = {"INPUT": districts, "ARRIVALS_FIELD": "arrivals", "DEPARTURES_FIELD": "departures"}
        funcs = {
            "alg": alg("territorialclusters:migrationeffectiveness", params),
            "save": save("districts"),
            "shaped": output_shaped("territorialclusters:migrationeffectiveness", params),
        }
        rows += [
            ("migrationeffectiveness", poly, "alg", SAVE, "save"),
            ("migrationeffectiveness", poly, "alg", SHAPED, "shaped"),
        ]
    elif name == "growthtypology":
        params = {"INPUT": districts, "START_FIELD": "value_start", "END_FIELD": "value_end", "YEARS": 10}
        funcs = {
            "alg": alg("territorialclusters:growthtypology", params),
            "save": save("districts"),
            "shaped": output_shaped("territorialclusters:growthtypology", params),
        }
        rows += [("growthtypology", poly, "alg", SAVE, "save"), ("growthtypology", poly, "alg", SHAPED, "shaped")]
    elif name == "localizationcoefficient":
        params = {
            "INPUT": layer("counties"),
            "ID_FIELD": "geoid",
            "TABLE": layer("lq_long"),
            "TABLE_ID_FIELD": "district",
            "TABLE_INDUSTRY_FIELD": "industry",
            "TABLE_VALUE_FIELD": "value",
        }
        lq_id = "territorialclusters:localizationcoefficient"
        route = field_calculator_route(processing, layer("lq_wide"), n_ind)
        funcs = {
            "lq": alg(lq_id, params),
            "lq_table": alg(lq_id, params, ("OUTPUT", "OUTPUT_TABLE")),
            "copy": save("lq_long"),
            "route": route,
        }
        copy = "native:savefeatures of the long table"
        rows += [
            ("localizationcoefficient", table, "lq", copy, "copy"),
            ("localizationcoefficient + OUTPUT_TABLE", table, "lq_table", copy, "copy"),
            (
                "localizationcoefficient",
                table,
                "lq",
                f"field-calculator route on the wide form ({CALC_INDUSTRIES} industries timed, "
                f"x{n_ind // CALC_INDUSTRIES})",
                "route",
            ),
        ]
    elif name == "wardclustering":
        import numpy as np
        from scipy.cluster.hierarchy import linkage
        from scipy.stats import zscore

        lyr = QgsVectorLayer(layer("counties"), "c", "ogr")
        cols = [f"w_{i}" for i in range(N_WARD)]
        matrix = np.array([[f[c] for c in cols] for f in lyr.getFeatures()], dtype=float)
        funcs = {
            "alg": alg(
                "territorialclusters:wardclustering",
                {"INPUT": layer("counties"), "ID_FIELD": "geoid", "FIELDS": cols, "N_CLUSTERS": 6},
            ),
            "scipy": lambda: linkage(zscore(matrix, ddof=0), method="ward"),
        }
        rows.append(
            (
                "wardclustering",
                f"{n_counties} regions x {N_WARD} indicators",
                "alg",
                "bare scipy linkage(ward)",
                "scipy",
            )
        )
    elif name == "spatialautocorrelation":
        import numpy as np

        try:
            import esda
            from libpysal.weights import W
        except ImportError:
            print("SKIP spatialautocorrelation: esda/libpysal (the reference, tests only) not installed", flush=True)
            plugin.unload()
            return
        from territorial_clusters.core import moran
        from territorial_clusters.layers import adjacency

        lyr = QgsVectorLayer(layer("counties"), "c", "ogr")
        feats = list(lyr.getFeatures())
        y = np.array([f["w_0"] for f in feats], dtype=float)
        nb = adjacency.district_graph(
            feats, lyr.crs(), adjacency.QUEEN, 0.0, context=QgsProcessingContext(), feedback=QgsProcessingFeedback()
        )
        wr = moran.row_standardise(moran.weights(nb))
        neighbours = {r: [] for r in range(len(y))}
        for a, b in zip(nb.i.tolist(), nb.j.tolist()):
            neighbours[a].append(b)
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            w = W(neighbours, silence_warnings=True)

        def esda_local():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                esda.Moran_Local(y, w, transformation="r", permutations=999, seed=1)

        funcs = {
            "core": lambda: moran.local_moran(y, wr, 999, 1),
            "alg": alg(
                "territorialclusters:spatialautocorrelation",
                {"INPUT": layer("counties"), "ID_FIELD": "geoid", "FIELD": "w_0", "PERMUTATIONS": 999},
            ),
            "esda": esda_local,
        }
        size = f"{n_counties} counties, queen, 999 permutations"
        base = "esda Moran_Local (same weights, 999 permutations, no numba)"
        rows += [
            ("spatialautocorrelation LISA (core.moran.local_moran)", size, "core", base, "esda"),
            ("spatialautocorrelation (whole algorithm: graph, global + local, output)", size, "alg", base, "esda"),
        ]
    elif name == "wardtracts":
        import numpy as np

        lyr = QgsVectorLayer(districts, "d", "ogr")
        cols = [f"ind_{i}" for i in range(N_WARD_TRACTS)]
        matrix = np.array([[f[c] for c in cols] for f in lyr.getFeatures()], dtype=float)
        scipy_rss = {}
        funcs = {
            "alg": alg(
                "territorialclusters:wardclustering",
                {"INPUT": districts, "ID_FIELD": "geoid", "FIELDS": cols, "N_CLUSTERS": 6},
            ),
            "scipy": scipy_in_child(matrix, os.path.join(work, "matrix.npy"), scipy_rss),
        }
        funcs["alg"].once = funcs["scipy"].once = True  # tens of seconds each: one run
        rows.append(("wardclustering (census tracts)", f"{n_districts} regions x {N_WARD_TRACTS} indicators", "alg"))
    elif name == "exportmap":
        typology = os.path.join(work, "typology.gpkg")
        processing.run(
            "territorialclusters:ranktypology",
            {
                "INPUT": layer("counties"),
                "ID_FIELD": "geoid",
                "POSITIVE_FIELDS": [f"w_{i}" for i in range(5)],
                "OUTPUT": typology,
            },
            context=QgsProcessingContext(),
            feedback=QgsProcessingFeedback(),
        )
        funcs = {
            "alg": alg(
                "territorialclusters:exportmap", {"INPUT": typology, "TITLE": "Typology", "DPI": 150}, ext="pdf"
            ),
            "bare": bare_layout_export(typology, out),
            "same": bare_layout_export(typology, out, like_the_plugin=True),
        }
        size = f"{n_counties} polygons to PDF"
        rows += [
            ("exportmap", size, "alg", "bare QgsLayoutExporter of a one-map layout", "bare"),
            ("exportmap", size, "alg", "the same, in the plugin's map CRS and PDF settings", "same"),
        ]
    elif name == "neighbours":
        import geopandas as gpd
        from libpysal.weights import Queen

        tiled = tiled_copies(gpkg, work, copies=n_districts // n_counties)
        frames = {}
        for key, uri_path, lname in (("stacked", gpkg, "districts"), ("tiled", tiled, "tiled")):
            frame = gpd.read_file(uri_path, layer=lname)  # in memory before the clock starts
            frames[key] = frame[~frame.geometry.is_empty]  # libpysal cannot take the empty shape

        funcs = {
            "alg_tiled": alg(
                "territorialclusters:neighbours",
                {"INPUT": f"{tiled}|layername=tiled", "ID_FIELD": "geoid", "METHOD": 0},
                outputs=("OUTPUT_TABLE",),
            ),
            "queen_tiled": lambda: Queen.from_dataframe(frames["tiled"]),
            "alg": alg(
                "territorialclusters:neighbours",
                {"INPUT": districts, "ID_FIELD": "geoid", "METHOD": 0},
                outputs=("OUTPUT_TABLE",),
            ),
            "queen": lambda: Queen.from_dataframe(frames["stacked"]),
        }
        base = "libpysal Queen.from_dataframe (GeoDataFrame already in memory)"
        rows += [
            ("neighbours", f"{poly}, side by side (queen, table written)", "alg_tiled", base, "queen_tiled"),
            ("neighbours (stacked copies)", f"{poly}, 10 stacked copies (queen, table written)", "alg", base, "queen"),
        ]
    else:
        raise SystemExit(f"unknown case {name}")
    best = best_of(funcs, repeats, warmup)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if name == "wardtracts":
        baseline = "bare scipy linkage(ward) on the same matrix, in its own process (peak RSS {:.0f} MB)"
        rows = [row + (baseline.format(scipy_rss.get("mb", float("nan"))), "scipy") for row in rows]
    for algorithm, size, timed, baseline, base_name in rows:
        alg_s, base_s = best[timed], best[base_name]
        res = {
            "algorithm": algorithm,
            "size": size,
            "seconds": alg_s,
            "baseline": baseline,
            "baseline_seconds": base_s,
            "ratio": alg_s / base_s if base_s else float("nan"),
            "peak_rss_mb": rss_mb,
        }
        print("RESULT " + json.dumps(res), flush=True)
    plugin.unload()


def scipy_in_child(matrix, path, rss):
    """scipy's ``linkage(zscore(X), "ward")`` on ``matrix`` in a child process (its n² distance
    matrix must not count in the case's peak RSS): returns the child's own seconds and puts
    its peak RSS (MB, VmHWM: ru_maxrss would keep the parent's across exec) in ``rss["mb"]``."""
    import numpy as np

    np.save(path, matrix)
    code = (
        "import json, sys, time\n"
        "import numpy as np\n"
        "from scipy.cluster.hierarchy import linkage\n"
        "from scipy.stats import zscore\n"
        "X = zscore(np.load(sys.argv[1]), ddof=1)\n"
        "t = time.perf_counter()\n"
        "linkage(X, method='ward')\n"
        "took = time.perf_counter() - t\n"
        "hwm = [line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM')]\n"
        "print(json.dumps([took, int(hwm[0]) / 1024 if hwm else float('nan')]))\n"
    )

    def go():
        proc = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"scipy's linkage failed (rc {proc.returncode}): {proc.stderr[-500:]}")
        took, mb = json.loads(proc.stdout.strip().splitlines()[-1])
        rss["mb"] = max(rss.get("mb", 0.0), mb)
        return float(took)

    return go


def tiled_copies(gpkg, work, copies):
    """The counties copied ``copies`` times side by side (each copy shifted 400 units east,
    no CRS): 32,310 polygons whose neighbours are a real map's, unlike the stacked copies of
    `districts` (where every polygon also touches its 9 identical copies: 2.2 M pairs)."""
    from osgeo import ogr

    path = os.path.join(work, "tiled.gpkg")
    src_ds = ogr.Open(gpkg)  # kept: its layer dies with it
    src = src_ds.GetLayerByName("counties")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("tiled", None, ogr.wkbMultiPolygon, ["SPATIAL_INDEX=NO"])
    lyr.CreateField(ogr.FieldDefn("geoid", ogr.OFTString))
    lyr.StartTransaction()
    for copy in range(copies):
        src.ResetReading()
        for f in src:
            g = f.GetGeometryRef()
            if g is None:
                continue
            g = g.Clone()
            for k in range(g.GetGeometryCount()):
                part = g.GetGeometryRef(k)
                for r in range(part.GetGeometryCount()):
                    ring = part.GetGeometryRef(r)
                    for v in range(ring.GetPointCount()):
                        ring.SetPoint_2D(v, ring.GetX(v) + 400.0 * copy, ring.GetY(v))
            out = ogr.Feature(lyr.GetLayerDefn())
            out.SetField("geoid", f"{f.GetField('geoid')}_{copy}")
            out.SetGeometry(g)
            lyr.CreateFeature(out)
    lyr.CommitTransaction()
    ds = src_ds = None
    return path


def pyqgis_copy(uri, out):
    """The floor for pure Python: iterate the layer, addFeatures to a GeoPackage sink, nothing
    changed (features taken in chunks by C-level loops, as the plugin's reader does)."""
    from qgis.core import QgsFeatureSink, QgsProcessingContext, QgsProcessingUtils, QgsVectorLayer

    def go():
        context = QgsProcessingContext()
        src = QgsVectorLayer(uri, "src", "ogr")
        sink, _ = QgsProcessingUtils.createFeatureSink(out(), context, src.fields(), src.wkbType(), src.crs())
        it = src.getFeatures()
        while True:
            chunk = list(islice(it, 2000))
            if not chunk:
                break
            sink.addFeatures(chunk, QgsFeatureSink.FastInsert)
        sink.flushBuffer()
        del sink

    return go


def area_calculator(processing, uri, out):
    """native:fieldcalculator with the ellipsoidal $area (km²) on WGS84: QGIS's own way to the
    emission density's most expensive input."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def go():
        context = QgsProcessingContext()
        context.setEllipsoid("WGS84")
        processing.run(
            "native:fieldcalculator",
            {
                "INPUT": uri,
                "FIELD_NAME": "area_km2",
                "FIELD_TYPE": 0,
                "FIELD_LENGTH": 0,
                "FIELD_PRECISION": 0,
                "FORMULA": "$area / 1000000",
                "OUTPUT": out(),
            },
            context=context,
            feedback=QgsProcessingFeedback(),
        )

    return go


def field_calculator_route(processing, wide, n_ind):
    """LQ the way a user would do it without the plugin, on the wide form (a field per
    industry): one native:fieldcalculator for the district total, then one per industry with
    QGIS aggregate expressions, chained through temporary layers as in a model.
    CALC_INDUSTRIES industries are timed and scaled to ``n_ind``; the total step counts once.
    Conservative (favours the route): the later steps would copy ever wider layers, and the
    pivot of the long table to the wide form is not counted."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def calc(context, layer, name, formula):
        return processing.run(
            "native:fieldcalculator",
            {
                "INPUT": layer,
                "FIELD_NAME": name,
                "FIELD_TYPE": 0,
                "FIELD_LENGTH": 0,
                "FIELD_PRECISION": 0,
                "FORMULA": formula,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            context=context,
            feedback=QgsProcessingFeedback(),
        )["OUTPUT"]

    def go():
        context = QgsProcessingContext()
        t0 = time.perf_counter()
        current = calc(context, wide, "total", " + ".join(f'"x_{j:03d}"' for j in range(n_ind)))
        t1 = time.perf_counter()
        k = min(CALC_INDUSTRIES, n_ind)
        for j in range(k):
            current = calc(
                context, current, f"lq_{j:03d}", f'("x_{j:03d}" / "total") / (sum("x_{j:03d}") / sum("total"))'
            )
        t2 = time.perf_counter()
        return (t1 - t0) + (t2 - t1) / k * n_ind  # seconds for all n_ind industries

    go.once = True  # ~1000× the plugin's time: one run says enough
    return go


def bare_layout_export(path, out, like_the_plugin=False):
    """A one-map layout exported to PDF (the layer opens with the style stored in its file).
    ``like_the_plugin``: drawn in the map CRS exportmap picks (an equal-area projection for a
    layer in degrees) with exportmap's PDF settings (vector output, text as text, metadata),
    but without its legend, scale bar, north arrow and text."""
    from qgis.core import (
        QgsCoordinateTransform,
        QgsLayoutExporter,
        QgsLayoutItemMap,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsRenderContext,
        QgsUnitTypes,
        QgsVectorLayer,
    )

    def go():
        project = QgsProject()
        lyr = QgsVectorLayer(path, "t", "ogr")
        project.addMapLayer(lyr)
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        m = QgsLayoutItemMap(layout)
        m.attemptMove(QgsLayoutPoint(10, 10, QgsUnitTypes.LayoutMillimeters))
        m.attemptResize(QgsLayoutSize(277, 190, QgsUnitTypes.LayoutMillimeters))
        m.setLayers([lyr])
        extent = lyr.extent()
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        if like_the_plugin:
            from territorial_clusters.maps.layouts import auto_map_crs

            crs, _ = auto_map_crs(lyr.crs(), extent)
            m.setCrs(crs)
            extent = QgsCoordinateTransform(lyr.crs(), crs, project.transformContext()).transformBoundingBox(extent)
            settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
            settings.forceVectorOutput = True
            settings.rasterizeWholeImage = False
            settings.exportMetadata = True
            settings.simplifyGeometries = True
        m.setExtent(extent)
        layout.addLayoutItem(m)
        QgsLayoutExporter(layout).exportToPdf(out("pdf"), settings)

    return go


# --------------------------------------------------------------------------- driver

#: case → the provider algorithm it needs (None: always available)
CASES = {
    "pyqgiscopy": None,
    "ranktypology": "ranktypology",
    "emissiondensity": "emissiondensity",
    "migrationeffectiveness": "migrationeffectiveness",
    "growthtypology": "growthtypology",
    "localizationcoefficient": "localizationcoefficient",
    "wardclustering": "wardclustering",
    "wardtracts": "wardclustering",
    "exportmap": "exportmap",
    "neighbours": "neighbours",
    "spatialautocorrelation": "spatialautocorrelation",
}
#: Python packages a case's baseline needs (the case is skipped without them)
CASE_NEEDS = {"neighbours": ("libpysal", "geopandas"), "spatialautocorrelation": ("esda", "libpysal")}


def available_cases():
    """Cases whose algorithm the provider has (asked in a child process)."""
    code = (
        "import sys; sys.argv=['x']; sys.path.insert(0, %r); import run as r; app, p = r.start_qgis();"
        "print('IDS ' + ' '.join(a.name() for a in p.provider.algorithms()))" % HERE
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=HERE)
    for line in proc.stdout.splitlines():
        if line.startswith("IDS "):
            have = set(line[4:].split())
            import importlib.util

            def can(case):
                return all(importlib.util.find_spec(p) is not None for p in CASE_NEEDS.get(case, ()))

            return [c for c, a in CASES.items() if (a is None or a in have) and can(c)]
    sys.exit("could not list the provider's algorithms:\n" + proc.stderr[-2000:])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small inputs, 1 run, no results written")
    ap.add_argument("--only", default="", help="comma-separated cases")
    ap.add_argument("--sparse", action="store_true", help="long LQ table with ~70%% of the (district, industry) pairs")
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    ap.add_argument(
        "--repeats", type=int, default=REPEATS, help=f"timed runs of each function, best kept (default {REPEATS})"
    )
    ap.add_argument("--no-warmup", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.case:
        run_case(args.case, args.data, args.work, args.repeats, not args.no_warmup)
        return 0

    replicate, n_counties, n_ind, repeats = (10, 10**9, N_INDUSTRIES, args.repeats)
    if args.quick:
        replicate, n_counties, n_ind, repeats = (1, 150, 20, 1)
    cases = available_cases()
    missing = [c for c in CASES if c not in cases]
    if args.only:
        cases = [c for c in cases if c in args.only.split(",")]
    work = tempfile.mkdtemp(prefix="tc-bench-")
    try:
        t = time.perf_counter()
        gpkg, n = build_inputs(work, replicate, n_counties, n_ind, sparse=args.sparse)
        print(
            f"inputs: {n} counties x{replicate}, {n_ind} industries{' (sparse)' if args.sparse else ''}, "
            f"built in {time.perf_counter() - t:.1f}s",
            flush=True,
        )
        results = []
        for case in cases:
            case_dir = os.path.join(work, case)
            os.makedirs(case_dir)
            cmd = [
                sys.executable,
                os.path.abspath(__file__),
                "--case",
                case,
                "--data",
                gpkg,
                "--work",
                case_dir,
                "--repeats",
                str(repeats),
            ]
            if args.quick:
                cmd.append("--no-warmup")
            proc = subprocess.run(cmd, capture_output=True, text=True)
            lines = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
            if proc.returncode != 0 or not lines:
                print(f"{case}: FAILED\n{proc.stdout[-1500:]}\n{proc.stderr[-3000:]}", flush=True)
                results.append(
                    {
                        "algorithm": case,
                        "size": "",
                        "seconds": float("nan"),
                        "baseline_seconds": float("nan"),
                        "ratio": float("nan"),
                        "peak_rss_mb": float("nan"),
                        "baseline": "FAILED",
                    }
                )
                continue
            for line in lines:
                res = json.loads(line[7:])
                results.append(res)
                print(
                    f"{res['algorithm']}: {res['seconds']:.2f}s vs {res['baseline_seconds']:.2f}s "
                    f"{res['baseline']} (x{ratio_text(res['ratio'])}), peak RSS "
                    f"{res['peak_rss_mb']:.0f} MB",
                    flush=True,
                )
            shutil.rmtree(case_dir, ignore_errors=True)
        table = markdown(results)
        summary = targets(results)
        print()
        print(table)
        print()
        print("\n".join(summary))
        if args.quick:
            print("(--quick: inputs too small and one cold run each — the ratios mean nothing)")
        if missing:
            print(f"\nnot in the provider (skipped): {', '.join(missing)}")
        if not args.quick and not args.only:
            write_results(results, table, summary, args.sparse, repeats)
        failed = [r for r in results if r["baseline"] == "FAILED"]
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def ratio_text(ratio):
    """0.0015 stays readable (a plain .2f would print 0.00)."""
    return f"{ratio:.2f}" if not ratio == ratio or ratio >= 0.1 else f"{ratio:.2g}"


def markdown(results):
    head = (
        "| algorithm | size | seconds | baseline | baseline seconds | ratio | peak RSS (MB) |\n"
        "|---|---|---|---|---|---|---|"
    )
    rows = []
    for r in results:
        rows.append(
            f"| {r['algorithm']} | {r['size']} | {r['seconds']:.2f} | {r['baseline']} | "
            f"{r['baseline_seconds']:.2f} | {ratio_text(r['ratio'])} | "
            f"{r['peak_rss_mb']:.0f} |"
        )
    return "\n".join([head] + rows)


def targets(results):
    """One line per target of issue 7: met or not, with the measured ratio."""
    lines = ["Targets (issue 7):"]
    for algorithm, baseline, limit, text in TARGETS:
        got = [r for r in results if r["algorithm"] == algorithm and r["baseline"].startswith(baseline)]
        if not got:
            continue
        ratio = got[0]["ratio"]
        faster = (
            f" ({1 / ratio:.1f}× faster)"
            if 0.1 < ratio < 1
            else f" ({1 / ratio:.0f}× faster)"
            if 0 < ratio <= 0.1
            else ""
        )
        lines.append(
            f"- {algorithm} vs {baseline}: x{ratio_text(ratio)}{faster} — target {text}: "
            f"{'met' if ratio <= limit else 'NOT met'}"
        )
    rss = [r["peak_rss_mb"] for r in results if r["peak_rss_mb"] == r["peak_rss_mb"]]
    if rss:
        lines.append(
            f"- peak RSS: largest {max(rss):.0f} MB — target < {RSS_LIMIT_MB} MB for all: "
            f"{'met' if max(rss) < RSS_LIMIT_MB else 'NOT met'}"
        )
    return lines


def write_results(results, table, summary, sparse, repeats):
    import platform

    out = os.path.join(HERE, "results")
    os.makedirs(out, exist_ok=True)
    keys = ["algorithm", "size", "seconds", "baseline", "baseline_seconds", "ratio", "peak_rss_mb"]
    name = "latest_sparse" if sparse else "latest"
    with open(os.path.join(out, f"{name}.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=keys, extrasaction="ignore")
        w.writeheader()
        for r in results:
            w.writerow(r)
    from qgis.core import Qgis
    from osgeo import gdal

    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}, {time.strftime('%Y-%m-%d')}"
    )
    with open(os.path.join(out, f"{name}.md"), "w", encoding="utf-8") as fh:
        fh.write(
            f"Machine: {machine}. Best of {repeats} after a warm-up run, algorithm and "
            f"baselines interleaved (the field-calculator route: one run); ratio = seconds / "
            f"baseline seconds.\n\n{table}\n\n" + "\n".join(summary) + "\n"
        )
    print(f"\nwritten: bench/results/{name}.csv, {name}.md ({machine})")


if __name__ == "__main__":
    sys.exit(main())
