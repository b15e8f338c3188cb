#!/usr/bin/env python3
"""Benchmarks: every algorithm timed against a QGIS-native baseline measured in the same run.

    .venv/bin/python bench/run.py            # full sizes (US counties x10 = 32,310 polygons, …)
    .venv/bin/python bench/run.py --quick    # small sizes, proves the script works (used by a test)
    .venv/bin/python bench/run.py --only ranktypology,wardclustering

Inputs are built from real geometry (../shared/data/us/us_counties_10m.topojson, its invalid
shapes kept) with seeded synthetic indicator values. Each case runs in its own process (so
its peak RSS is its own): best of 3 for the baseline and for the algorithm. The table is
printed and written to bench/results/latest.{csv,md} (not with --quick).
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
COUNTIES = os.path.join(SHARED, "us", "us_counties_10m.topojson")
N_IND = 10          # ranktypology indicators
N_WARD = 14         # Ward indicators (paper 003 has 14)
N_INDUSTRIES = 300  # long LQ table
CALC_INDUSTRIES = 5  # industries done the field-calculator way, scaled to N_INDUSTRIES

# --------------------------------------------------------------------------- inputs


def build_inputs(folder, replicate, n_counties, n_industries, seed=42):
    """Write bench.gpkg: `districts` (replicated counties), `counties` (one copy), `lq_long`, `wide`."""
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

    def polygons(name, copies, numeric):
        lyr = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon, ["SPATIAL_INDEX=NO"])
        lyr.CreateField(ogr.FieldDefn("geoid", ogr.OFTString))
        lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
        for col in numeric:
            lyr.CreateField(ogr.FieldDefn(col, ogr.OFTReal))
        n = len(shapes) * copies
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

    attrs = [f"ind_{i}" for i in range(N_IND)] + ["emissions", "population", "arrivals",
                                                   "departures", "value_start", "value_end"]
    polygons("districts", replicate, attrs)
    polygons("counties", 1, [f"w_{i}" for i in range(N_WARD)]
             + [f"x_{i}" for i in range(CALC_INDUSTRIES)])
    # long table: every county x every industry (some zeros, as in real statistics)
    lyr = ds.CreateLayer("lq_long", None, ogr.wkbNone)
    for name, kind in [("district", ogr.OFTString), ("industry", ogr.OFTString), ("value", ogr.OFTReal)]:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    vals = rng.lognormal(4, 1.5, (len(shapes), n_industries)).round(1)
    vals[rng.random(vals.shape) < 0.05] = 0.0
    lyr.StartTransaction()
    defn = lyr.GetLayerDefn()
    for i, (fips, _, _) in enumerate(shapes):
        for j in range(n_industries):
            f = ogr.Feature(defn)
            f.SetField(0, fips)
            f.SetField(1, f"industry {j:03d}")
            f.SetField(2, float(vals[i, j]))
            lyr.CreateFeature(f)
    lyr.CommitTransaction()
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
        "territorial_clusters", os.path.join(ROOT, "__init__.py"), submodule_search_locations=[ROOT])
    pkg = importlib.util.module_from_spec(spec)
    sys.modules["territorial_clusters"] = pkg
    spec.loader.exec_module(pkg)
    plugin = pkg.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def best_of(n, func):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        func()
        times.append(time.perf_counter() - t)
    return min(times)


def run_case(name, gpkg, work, repeats):
    app, plugin = start_qgis()
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    def layer(lname):
        return f"{gpkg}|layername={lname}"

    counter = [0]

    def out(ext="gpkg"):
        counter[0] += 1
        return os.path.join(work, f"{name}_{counter[0]}.{ext}")

    def alg(alg_id, params):
        def go():
            processing.run(alg_id, dict(params, **{k: out(v) for k, v in outputs(alg_id).items()}),
                           context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
        return go

    def save(lname):
        return lambda: processing.run("native:savefeatures", {"INPUT": layer(lname), "OUTPUT": out()},
                                      context=QgsProcessingContext(), feedback=QgsProcessingFeedback())

    districts = layer("districts")
    n_districts = QgsVectorLayer(districts, "d", "ogr").featureCount()
    n_counties = QgsVectorLayer(layer("counties"), "c", "ogr").featureCount()
    size = f"{n_districts} polygons"
    extra = {}
    if name == "ranktypology":
        base = save("districts")
        run = alg("territorialclusters:ranktypology", {
            "INPUT": districts, "ID_FIELD": "geoid",
            "POSITIVE_FIELDS": [f"ind_{i}" for i in range(N_IND - 2)],
            "NEGATIVE_FIELDS": [f"ind_{i}" for i in range(N_IND - 2, N_IND)]})
        size += f" x {N_IND} indicators"
    elif name == "emissiondensity":
        base = save("districts")
        run = alg("territorialclusters:emissiondensity", {
            "INPUT": districts, "EMISSIONS_FIELD": "emissions", "POPULATION_FIELD": "population"})
        size += " (ellipsoidal areas)"
    elif name == "migrationeffectiveness":
        base = save("districts")
        run = alg("territorialclusters:migrationeffectiveness", {
            "INPUT": districts, "ARRIVALS_FIELD": "arrivals", "DEPARTURES_FIELD": "departures"})
    elif name == "growthtypology":
        base = save("districts")
        run = alg("territorialclusters:growthtypology", {
            "INPUT": districts, "START_FIELD": "value_start", "END_FIELD": "value_end", "YEARS": 10})
    elif name == "localizationcoefficient":
        base = save("lq_long")
        n_rows = QgsVectorLayer(layer("lq_long"), "t", "ogr").featureCount()
        size = f"{n_counties} districts x {n_rows // max(n_counties, 1)} industries ({n_rows} rows)"
        run = alg("territorialclusters:localizationcoefficient", {
            "INPUT": layer("counties"), "ID_FIELD": "geoid", "TABLE": layer("lq_long"),
            "TABLE_ID_FIELD": "district", "TABLE_INDUSTRY_FIELD": "industry",
            "TABLE_VALUE_FIELD": "value"})
        # the way without the plugin: field calculator with aggregate expressions, per industry
        per_ind = field_calculator_route(processing, layer("counties"), out)
        extra["calc_route_s"] = per_ind * (n_rows // max(n_counties, 1))
    elif name == "wardclustering":
        import numpy as np
        from scipy.cluster.hierarchy import linkage
        from scipy.stats import zscore
        lyr = QgsVectorLayer(layer("counties"), "c", "ogr")
        cols = [f"w_{i}" for i in range(N_WARD)]
        matrix = np.array([[f[c] for c in cols] for f in lyr.getFeatures()], dtype=float)
        base = lambda: linkage(zscore(matrix, ddof=0), method="ward")  # noqa: E731
        size = f"{n_counties} regions x {N_WARD} indicators"
        run = alg("territorialclusters:wardclustering", {
            "INPUT": layer("counties"), "ID_FIELD": "geoid", "FIELDS": cols, "N_CLUSTERS": 6})
        extra["baseline"] = "bare scipy linkage(ward)"
    elif name == "exportmap":
        typology = os.path.join(work, "typology.gpkg")
        processing.run("territorialclusters:ranktypology", {
            "INPUT": layer("counties"), "ID_FIELD": "geoid",
            "POSITIVE_FIELDS": [f"w_{i}" for i in range(5)], "OUTPUT": typology},
            context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
        size = f"{n_counties} polygons to PDF"
        base = bare_layout_export(typology, out)
        run = alg("territorialclusters:exportmap", {"INPUT": typology, "TITLE": "Typology", "DPI": 150})
        extra["baseline"] = "bare QgsLayoutExporter of a one-map layout"
    else:
        raise SystemExit(f"unknown case {name}")
    base_s = best_of(repeats, base)
    alg_s = best_of(repeats, run)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    res = {"algorithm": name, "size": size, "seconds": alg_s, "baseline_seconds": base_s,
           "ratio": alg_s / base_s if base_s else float("nan"), "peak_rss_mb": rss_mb,
           "baseline": extra.get("baseline", "native:savefeatures (GeoPackage)")}
    if "calc_route_s" in extra:
        res["calc_route_seconds"] = extra["calc_route_s"]
    print("RESULT " + json.dumps(res))
    plugin.unload()


def field_calculator_route(processing, counties, out):
    """Seconds per industry of LQ by native:fieldcalculator with aggregate expressions."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    cols = [f"x_{i}" for i in range(CALC_INDUSTRIES)]
    total = " + ".join(f'"{c}"' for c in cols)
    start = time.perf_counter()
    current = counties
    for c in cols:
        expr = f'("{c}" / ({total})) / (sum("{c}") / sum({total}))'
        current = processing.run("native:fieldcalculator", {
            "INPUT": current, "FIELD_NAME": f"lq_{c}", "FIELD_TYPE": 0, "FIELD_LENGTH": 0,
            "FIELD_PRECISION": 0, "FORMULA": expr, "OUTPUT": out()},
            context=QgsProcessingContext(), feedback=QgsProcessingFeedback())["OUTPUT"]
    return (time.perf_counter() - start) / len(cols)


def bare_layout_export(path, out):
    from qgis.core import (QgsLayoutExporter, QgsLayoutItemMap, QgsLayoutPoint, QgsLayoutSize,
                           QgsPrintLayout, QgsProject, QgsUnitTypes, QgsVectorLayer)

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
        m.setExtent(lyr.extent())
        layout.addLayoutItem(m)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        QgsLayoutExporter(layout).exportToPdf(out("pdf"), settings)
    return go


def outputs(alg_id):
    return {"territorialclusters:localizationcoefficient": {"OUTPUT": "gpkg", "OUTPUT_TABLE": "gpkg"},
            "territorialclusters:exportmap": {"OUTPUT": "pdf"}}.get(alg_id, {"OUTPUT": "gpkg"})


# --------------------------------------------------------------------------- driver

CASES = ["ranktypology", "emissiondensity", "migrationeffectiveness", "growthtypology",
         "localizationcoefficient", "wardclustering", "exportmap"]


def available_cases():
    """Cases whose algorithm the provider has (asked in a child process)."""
    code = ("import sys; sys.argv=['x']; sys.path.insert(0, %r); import run as r; app, p = r.start_qgis();"
            "print('IDS ' + ' '.join(a.name() for a in p.provider.algorithms()))" % HERE)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=HERE)
    for line in proc.stdout.splitlines():
        if line.startswith("IDS "):
            return set(line[4:].split())
    sys.exit("could not list the provider's algorithms:\n" + proc.stderr[-2000:])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small inputs, 1 repeat, no results written")
    ap.add_argument("--only", default="", help="comma-separated cases")
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    ap.add_argument("--repeats", type=int, default=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.case:
        run_case(args.case, args.data, args.work, args.repeats)
        return 0

    replicate, n_counties, n_ind, repeats = (10, 10**9, N_INDUSTRIES, 3)
    if args.quick:
        replicate, n_counties, n_ind, repeats = (1, 150, 20, 1)
    have = available_cases()
    cases = [c for c in CASES if c in have]
    if args.only:
        cases = [c for c in cases if c in args.only.split(",")]
    missing = [c for c in CASES if c not in have]
    work = tempfile.mkdtemp(prefix="tc-bench-")
    try:
        t = time.perf_counter()
        gpkg, n = build_inputs(work, replicate, n_counties, n_ind)
        print(f"inputs: {n} counties x{replicate}, {n_ind} industries, built in "
              f"{time.perf_counter() - t:.1f}s", flush=True)
        results = []
        for case in cases:
            case_dir = os.path.join(work, case)
            os.makedirs(case_dir)
            proc = subprocess.run([sys.executable, os.path.abspath(__file__), "--case", case,
                                   "--data", gpkg, "--work", case_dir, "--repeats", str(repeats)],
                                  capture_output=True, text=True)
            lines = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
            if proc.returncode != 0 or not lines:
                print(f"{case}: FAILED\n{proc.stdout[-1500:]}\n{proc.stderr[-3000:]}", flush=True)
                results.append({"algorithm": case, "size": "", "seconds": float("nan"),
                                "baseline_seconds": float("nan"), "ratio": float("nan"),
                                "peak_rss_mb": float("nan"), "baseline": "FAILED"})
                continue
            res = json.loads(lines[-1][7:])
            results.append(res)
            print(f"{case}: {res['seconds']:.2f}s vs {res['baseline_seconds']:.2f}s "
                  f"(x{res['ratio']:.2f}), peak RSS {res['peak_rss_mb']:.0f} MB", flush=True)
        table = markdown(results)
        print()
        print(table)
        if missing:
            print(f"\nnot in the provider (skipped): {', '.join(missing)}")
        if not args.quick:
            write_results(results, table)
        failed = [r for r in results if r["baseline"] == "FAILED"]
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def markdown(results):
    head = "| algorithm | size | seconds | baseline | baseline seconds | ratio | peak RSS (MB) |\n|---|---|---|---|---|---|---|"
    rows = []
    for r in results:
        note = ""
        if "calc_route_seconds" in r:
            note = (f"; field-calculator route {r['calc_route_seconds']:.1f}s "
                    f"(x{r['calc_route_seconds'] / r['seconds']:.0f} slower)")
        rows.append(f"| {r['algorithm']} | {r['size']} | {r['seconds']:.2f} | {r['baseline']}{note} | "
                    f"{r['baseline_seconds']:.2f} | {r['ratio']:.2f} | {r['peak_rss_mb']:.0f} |")
    return "\n".join([head] + rows)


def write_results(results, table):
    import platform
    out = os.path.join(HERE, "results")
    os.makedirs(out, exist_ok=True)
    keys = ["algorithm", "size", "seconds", "baseline", "baseline_seconds", "ratio",
            "peak_rss_mb", "calc_route_seconds"]
    with open(os.path.join(out, "latest.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=keys, extrasaction="ignore")
        w.writeheader()
        for r in results:
            w.writerow(r)
    from qgis.core import Qgis
    machine = (f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
               f"QGIS {Qgis.QGIS_VERSION}, {time.strftime('%Y-%m-%d')}")
    with open(os.path.join(out, "latest.md"), "w", encoding="utf-8") as fh:
        fh.write(f"Machine: {machine}. Best of 3; ratio = seconds / baseline seconds.\n\n{table}\n")
    print(f"\nwritten: bench/results/latest.csv, latest.md ({machine})")


if __name__ == "__main__":
    sys.exit(main())
