"""The indicator algorithms (emission density, migration effectiveness, growth-rate typology,
regional accessibility) through processing.run, on hand computations and on the real samples."""

import math
import os

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from ..conftest import SAMPLE_DIR
from .helpers import as_layer, layer_digest, memory_layer, out_path, rows, rule_labels, run, sample_layer

KAZ_GPKG = os.path.join(SAMPLE_DIR, "kaz_regions.gpkg")
# paper 004: "Площадь территории Актюбинской области составляет 300,6 тыс. кв. км"
AKTOBE_AREA_KM2 = 300.6e3
ASTANA_ALMATY_KM = 970.0
LEGEND_TITLE = "territorialclusters/legend_title"
BOWTIE = "POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))"  # self-intersecting: planar signed area 0


def kaz(name="regions"):
    layer = QgsVectorLayer(f"{KAZ_GPKG}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def reproject(layer, crs):
    import processing

    return processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


@pytest.fixture(scope="module")
def regions():
    return kaz()


@pytest.fixture(scope="module")
def regions_utm(provider, regions):
    return reproject(regions, "EPSG:32642")  # UTM 42N, metres


def emission_params(layer, **kw):
    p = {
        "INPUT": layer,
        "ID_FIELD": "name",
        "EMISSIONS_FIELD": "air_pollution_index",
        "POPULATION_FIELD": "Population",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    p.update(kw)
    return p


def test_provider_has_the_four_algorithms(provider):
    ids = {a.id() for a in provider.algorithms()}
    for alg in ("emissiondensity", "migrationeffectiveness", "growthtypology", "regionalaccessibility"):
        assert f"territorialclusters:{alg}" in ids


# --- emission density -------------------------------------------------------------------


def test_aktobe_oblast_area_from_its_13_districts(provider):
    # the districts sample has no emissions: any two positive fields do for the areas
    result, fb, ctx = run(
        "emissiondensity",
        {
            "INPUT": sample_layer(),
            "ID_FIELD": "district",
            "EMISSIONS_FIELD": "industry_index",
            "POPULATION_FIELD": "density_2025",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "district")
    assert len(got) == 13
    total = sum(r["area_km2"] for r in got.values())
    assert total == pytest.approx(AKTOBE_AREA_KM2, rel=0.01)  # 301 690 km²
    assert "ellipsoidal (WGS84)" in fb.text


def test_aktobe_region_polygon_area_and_hand_computed_density(provider, regions):
    result, fb, ctx = run("emissiondensity", emission_params(regions))
    got = rows(as_layer(result["OUTPUT"], ctx), "name")
    akt = got["Aqtöbe region"]
    assert akt["area_km2"] == pytest.approx(AKTOBE_AREA_KM2, rel=0.01)  # 300 959 km²
    # hand computation: A = 136.5 thousand t, N = 928 185
    assert akt["air_pollution_index"] == 136.5 and akt["Population"] == 928185
    assert akt["emission_density"] == pytest.approx(136.5 / math.sqrt(akt["area_km2"] * 928185), rel=1e-12)
    assert akt["emission_density"] == pytest.approx(2.583e-4, rel=1e-3)
    assert akt["emission_per_km2"] == pytest.approx(136.5 / akt["area_km2"], rel=1e-12)
    assert akt["emission_per_capita"] == pytest.approx(136.5 / 928185, rel=1e-12)


def _equal_area_km2(layer):
    """Independent reference: planar areas in an equal-area projection of the WGS84
    ellipsoid (EPSG:6933, NSIDC EASE-Grid 2.0)."""
    ease = reproject(layer, "EPSG:6933")
    return {f["name"]: f.geometry().area() / 1e6 for f in ease.getFeatures()}


def test_emission_density_all_regions_against_independent_areas(provider, regions):
    reference = _equal_area_km2(regions)
    result, fb, ctx = run("emissiondensity", emission_params(regions))
    got = rows(as_layer(result["OUTPUT"], ctx), "name")
    assert len(got) == 20
    for name, r in got.items():
        assert r["area_km2"] == pytest.approx(reference[name], rel=1e-3), name
        if name == "Shymkent":
            continue
        a, n = r["air_pollution_index"], r["Population"]
        s = reference[name]
        assert r["emission_density"] == pytest.approx(a / math.sqrt(s * n), rel=1e-3), name
    assert len(reference) == 20


def test_pyproj_geodesic_area_reference(provider, regions):
    pyproj = pytest.importorskip("pyproj")
    geod = pyproj.Geod(ellps="WGS84")
    result, fb, ctx = run("emissiondensity", emission_params(regions))
    got = rows(as_layer(result["OUTPUT"], ctx), "name")
    for f in regions.getFeatures():
        total = 0.0
        for poly in f.geometry().asMultiPolygon():
            for k, ring in enumerate(poly):
                area, _ = geod.polygon_area_perimeter([p.x() for p in ring], [p.y() for p in ring])
                total += abs(area) if k == 0 else -abs(area)
        assert got[f["name"]]["area_km2"] == pytest.approx(total / 1e6, rel=1e-6), f["name"]


def test_geographic_and_projected_crs_give_the_same_areas(provider, regions, regions_utm):
    assert regions_utm.crs().authid() == "EPSG:32642"
    r1, _, c1 = run("emissiondensity", emission_params(regions))
    r2, _, c2 = run("emissiondensity", emission_params(regions_utm))
    geo = rows(as_layer(r1["OUTPUT"], c1), "name")
    utm = rows(as_layer(r2["OUTPUT"], c2), "name")
    for name in geo:
        assert utm[name]["area_km2"] == pytest.approx(geo[name]["area_km2"], rel=1e-3), name
    # the planar area of the UTM layer would be wrong by several % far from its zone
    east = next(f for f in regions_utm.getFeatures() if f["name"] == "East Kazakhstan Region")
    assert abs(east.geometry().area() / 1e6 / geo["East Kazakhstan Region"]["area_km2"] - 1) > 0.01


def test_shymkent_null_logged_and_styled_lower_is_better(provider, regions):
    before = layer_digest(regions)
    result, fb, ctx = run("emissiondensity", emission_params(regions))
    layer = as_layer(result["OUTPUT"], ctx)
    shym = rows(layer, "name")["Shymkent"]
    assert shym["emission_density"] is None and shym["emission_per_capita"] is None
    assert shym["area_km2"] == pytest.approx(1164.8, abs=0.1)  # the area is still measured
    assert "Shymkent: no emissions value (NULL); no population value (NULL)" in fb.text
    assert layer_digest(regions) == before
    # Shymkent is drawn, grey, as "No data": the graduated classes became rules + a NULL rule
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = renderer.rootRule().children()
    assert rules[-1].label() == "No data" and rules[-1].filterExpression() == '"emission_density" IS NULL'
    classes = rules[:-1]
    lightness = [r.symbol().color().lightness() for r in classes]
    assert lightness == sorted(lightness, reverse=True) and lightness[0] > lightness[-1]
    assert "lower is better" in layer.customProperty(LEGEND_TITLE)
    assert "0.00236" in classes[-1].label()  # Pavlodar, legible precision
    labels = rule_labels(layer, renderer, "name")  # every region in exactly one class
    assert labels["Shymkent"] == "No data"
    assert list(labels.values()).count("No data") == 1


def test_literal_formula_area_field_and_zero_population(provider):
    layer = memory_layer(
        [("id", "string"), ("a", "double"), ("n", "double"), ("s", "double")],
        [("x", 36, 9, 4), ("zero", 10, 0, 2), ("y", 8, 2, None)],
    )
    result, fb, ctx = run(
        "emissiondensity",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "EMISSIONS_FIELD": "a",
            "POPULATION_FIELD": "n",
            "AREA_FIELD": "s",
            "FORMULA": 1,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "id")
    assert got["x"]["emission_density"] == 1 and got["x"]["area_km2"] == 4
    assert got["zero"]["emission_density"] is None and got["zero"]["emission_per_km2"] == 5
    assert got["y"]["emission_density"] is None and got["y"]["emission_per_capita"] == 4
    assert "zero: population is 0" in fb.text and "y: no area" in fb.text
    assert "from the field 's'" in fb.text
    result, fb, ctx = run(
        "emissiondensity",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "EMISSIONS_FIELD": "a",
            "POPULATION_FIELD": "n",
            "AREA_FIELD": "s",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert rows(as_layer(result["OUTPUT"], ctx), "id")["x"]["emission_density"] == 6


def test_invalid_geometry_repaired_for_area_with_log(provider):
    bowtie = QgsGeometry.fromWkt(BOWTIE)
    assert not bowtie.isGeosValid()
    square = QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))")
    layer = memory_layer(
        [("id", "string"), ("a", "double"), ("n", "double")], [("bow", 1, 1), ("square", 1, 1)], geoms=[bowtie, square]
    )
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    result, fb, ctx = run(
        "emissiondensity",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "EMISSIONS_FIELD": "a",
            "POPULATION_FIELD": "n",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
        context=context,
    )
    out = as_layer(result["OUTPUT"], ctx)
    got = rows(out, "id")
    # the bowtie's two triangles make half of the 1°×1° square (≈ 12 300 km² at the equator)
    assert got["square"]["area_km2"] == pytest.approx(12308, rel=1e-3)
    assert got["bow"]["area_km2"] == pytest.approx(got["square"]["area_km2"] / 2, rel=1e-3)
    assert "bow: invalid geometry repaired (makeValid)" in fb.text
    # the output keeps the original geometry
    bow_out = next(f for f in out.getFeatures() if f["id"] == "bow")
    assert bow_out.geometry().asWkt(0) == bowtie.asWkt(0)


def test_emission_density_without_id_field_names_features_by_id(provider):
    layer = memory_layer([("a", "double"), ("n", "double")], [(1, None), (1, 1)])
    result, fb, ctx = run(
        "emissiondensity",
        {"INPUT": layer, "EMISSIONS_FIELD": "a", "POPULATION_FIELD": "n", "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert "feature 1: no population value (NULL)" in fb.text


def test_emission_density_persisted_style_in_geopackage(provider, regions, tmp_path):
    path = out_path(tmp_path)
    run("emissiondensity", emission_params(regions, OUTPUT=path))
    reopened = QgsVectorLayer(path, "reopened", "ogr")
    assert reopened.renderer().type() == "RuleRenderer"  # Shymkent is NULL: a "No data" rule
    assert rule_labels(reopened, reopened.renderer(), "name")["Shymkent"] == "No data"
    assert reopened.featureCount() == 20
    # without NULLs the style stays a plain graduated renderer
    pick = QgsVectorLayer(f"{path}|layername=out", "x", "ogr")
    pick.setSubsetString("\"name\" <> 'Shymkent'")
    path2 = out_path(tmp_path, "no_null.gpkg")
    run("emissiondensity", emission_params(pick, OUTPUT=path2))
    reopened = QgsVectorLayer(path2, "reopened", "ogr")
    assert reopened.renderer().type() == "graduatedSymbol"
    assert reopened.renderer().classAttribute() == "emission_density"
    assert reopened.featureCount() == 19


# --- migration effectiveness ------------------------------------------------------------

MIGRATION = [("in", 300, 100), ("out", 100, 300), ("none", 0, 0), ("only_out", 0, 50), ("unknown", None, 20)]


def migration_layer(geoms=None):
    return memory_layer([("id", "string"), ("arr", "int"), ("dep", "int")], MIGRATION, geoms=geoms)


def test_migration_effectiveness_both_formulas(provider):
    layer = migration_layer()
    before = layer_digest(layer)
    result, fb, ctx = run(
        "migrationeffectiveness",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "ARRIVALS_FIELD": "arr",
            "DEPARTURES_FIELD": "dep",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out = as_layer(result["OUTPUT"], ctx)
    got = rows(out, "id")
    assert [got[k]["migration_effectiveness"] for k in ("in", "out", "only_out")] == [50, -50, -100]
    assert got["in"]["net_migration"] == 200 and got["in"]["migration_turnover"] == 400
    assert got["none"]["migration_effectiveness"] is None and got["none"]["net_migration"] == 0
    assert got["unknown"]["net_migration"] is None
    assert "none: no migration at all" in fb.text and "unknown: no arrivals value" in fb.text
    assert layer_digest(layer) == before
    # style: diverging, with a class boundary at 0, red for losses; the two districts
    # without a value ("none", "unknown") drawn grey as "No data"
    renderer = out.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    rules = renderer.rootRule().children()
    assert [r.label() for r in rules] == [
        "≤ -50.0",
        "-50.0 – -25.0",
        "-25.0 – 0.0",
        "0.0 – 25.0",
        "25.0 – 50.0",
        "> 50.0",
        "No data",
    ]
    assert '"migration_effectiveness" <= 0 ' in rules[2].filterExpression() + " "
    first, last = rules[0].symbol().color(), rules[-2].symbol().color()
    assert first.red() > first.blue() and last.blue() > last.red()
    # (a value on a bound goes to the lower class, as in QGIS's graduated renderer: -50)
    assert rule_labels(out, renderer, "id") == {
        "in": "25.0 – 50.0",
        "out": "≤ -50.0",
        "only_out": "≤ -50.0",
        "none": "No data",
        "unknown": "No data",
    }
    # paper 000 as printed: (I − O) / I
    result, fb, ctx = run(
        "migrationeffectiveness",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "ARRIVALS_FIELD": "arr",
            "DEPARTURES_FIELD": "dep",
            "FORMULA": 1,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "id")
    assert got["in"]["migration_effectiveness"] == pytest.approx(200 / 3)
    assert got["out"]["migration_effectiveness"] == -200
    assert got["only_out"]["migration_effectiveness"] is None
    assert "only_out: no arrivals (0)" in fb.text


def test_migration_accepts_invalid_geometries_and_tables(provider):
    bowtie = QgsGeometry.fromWkt(BOWTIE)
    layer = migration_layer(geoms=[bowtie] * len(MIGRATION))
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    result, fb, ctx = run(
        "migrationeffectiveness",
        {"INPUT": layer, "ARRIVALS_FIELD": "arr", "DEPARTURES_FIELD": "dep", "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context,
    )
    assert as_layer(result["OUTPUT"], ctx).featureCount() == len(MIGRATION)
    table = memory_layer(
        [("id", "string"), ("arr", "double"), ("dep", "double")], [("a", 3, 1)], geometry="None", crs=None
    )
    result, fb, ctx = run(
        "migrationeffectiveness",
        {"INPUT": table, "ARRIVALS_FIELD": "arr", "DEPARTURES_FIELD": "dep", "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert rows(as_layer(result["OUTPUT"], ctx), "id")["a"]["migration_effectiveness"] == 50


# --- growth-rate typology ---------------------------------------------------------------

GROWTH = [  # (id, 1997, 2004, 2011): region 1000 → 1200 = 120 %
    ("high", 100, 110, 132),
    ("above", 100, 105, 120),
    ("below", 100, 50, 108),
    ("low", 100, 100, 100),
    ("big", 500, 600, 620),
    ("zero", 0, 10, 20),
    ("gap", None, 1, 5),
]


def growth_layer(geoms=None):
    return memory_layer(
        [("id", "string"), ("y1997", "double"), ("y2004", "double"), ("y2011", "double")], GROWTH, geoms=geoms
    )


PAPER_LABELS = ["High growth rate", "Above-average growth rate", "Below-average growth rate", "Low growth rate"]


def test_growth_typology_paper000_classes_by_hand(provider):
    layer = growth_layer()
    before = layer_digest(layer)
    result, fb, ctx = run(
        "growthtypology",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "START_FIELD": "y1997",
            "END_FIELD": "y2011",
            "YEARS": 14,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    out = as_layer(result["OUTPUT"], ctx)
    got = rows(out, "id")
    # regional index: (132 + 120 + 108 + 100 + 620 + 20) / (100·4 + 500 + 0) = 1100 / 900
    region = 1100 / 900 * 100
    assert f"{region:.2f}" in fb.text and "over 6 districts" in fb.text
    assert got["high"]["growth_index"] == pytest.approx(132)
    assert got["high"]["relative_growth"] == pytest.approx(132 / region * 100)
    assert got["high"]["annual_rate"] == pytest.approx((1.32 ** (1 / 14) - 1) * 100)
    assert got["low"]["annual_rate"] == 0
    classes = {k: got[k]["growth_class"] for k in got}
    # relative: high 108.0, above 98.2, below 88.4, low 81.8, big 101.5
    assert classes == {
        "high": "Above-average growth rate",
        "above": "Below-average growth rate",
        "below": "Low growth rate",
        "low": "Low growth rate",
        "big": "Above-average growth rate",
        "zero": None,
        "gap": None,
    }
    assert "zero: start value is 0" in fb.text and "gap: no start value" in fb.text
    assert layer_digest(layer) == before
    renderer = out.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "growth_class"
    assert [c.label() for c in renderer.categories()][:4] == PAPER_LABELS


def test_growth_typology_exact_boundaries_and_series(provider):
    # region 400 → 400 = 100 %: relative growth = growth index; the breaks 110/100/90 are inclusive
    layer = memory_layer(
        [("id", "string"), ("a", "double"), ("b", "double"), ("c", "double")],
        [("h", 100, 0, 110), ("aa", 100, 0, 100), ("ba", 100, 0, 90), ("l", 100, 0, 100)],
    )
    result, fb, ctx = run(
        "growthtypology",
        {"INPUT": layer, "ID_FIELD": "id", "SERIES_FIELDS": ["a", "b", "c"], "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "id")
    assert got["h"]["growth_class"] == "High growth rate"
    assert got["aa"]["growth_class"] == "Above-average growth rate"
    assert got["ba"]["growth_class"] == "Below-average growth rate"
    assert (
        got["h"]["annual_rate"] is None
        and "No «Span in years, for the average annual rate (e.g. 14 for 1997–2011)» [YEARS] given" in fb.text
    )
    assert "start = 'a', end = 'c'" in fb.text  # the middle field (zeros) is not used
    result, fb, ctx = run(
        "growthtypology",
        {
            "INPUT": layer,
            "ID_FIELD": "id",
            "START_FIELD": "a",
            "END_FIELD": "c",
            "CLASS_BREAKS": "100",
            "CLASS_LABELS": "Growing;Not growing",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "id")
    assert [got[k]["growth_class"] for k in ("h", "aa", "ba")] == ["Growing", "Growing", "Not growing"]


def test_growth_accepts_invalid_geometries(provider):
    layer = growth_layer(geoms=[QgsGeometry.fromWkt(BOWTIE)] * len(GROWTH))
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    result, fb, ctx = run(
        "growthtypology",
        {"INPUT": layer, "START_FIELD": "y1997", "END_FIELD": "y2011", "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context,
    )
    assert as_layer(result["OUTPUT"], ctx).featureCount() == len(GROWTH)


# --- regional accessibility ---------------------------------------------------------------


def accessibility_params(layer, **kw):
    p = {"INPUT": layer, "ID_FIELD": "name", "CAPITALS": kaz("capitals"), "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def test_astana_almaty_distance_with_centres_joined_by_key(provider, regions):
    capitals = kaz("capitals")
    result, fb, ctx = run(
        "regionalaccessibility", accessibility_params(regions, CENTERS=capitals, CENTERS_KEY_FIELD="name")
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "name")
    # the capitals layer doubles as the centres of the regions Astana and Almaty
    astana, almaty = got["Astana"], got["Almaty"]
    assert astana["dist_a_km"] == 0 and almaty["dist_b_km"] == 0
    assert astana["dist_b_km"] == pytest.approx(ASTANA_ALMATY_KM, rel=0.01)  # 973.2 km
    assert almaty["dist_a_km"] == pytest.approx(astana["dist_b_km"], rel=1e-12)
    assert astana["accessibility"] == 1 and almaty["accessibility"] == 1
    assert "A = Astana, B = Almaty; distance between them 973.2 km" in fb.text
    # every other region has no centre in the layer: NULL and named in the log
    assert got["Karaganda Region"]["accessibility"] is None
    assert "Karaganda Region: no regional centre" in fb.text
    assert (
        "No centre (with a point) in «Regional centres (empty: a point on each polygon's surface)» "
        "[CENTERS] for 18 region(s)" in fb.text
    )
    pyproj = pytest.importorskip("pyproj")
    pts = [f.geometry().asPoint() for f in capitals.getFeatures()]
    ref = pyproj.Geod(ellps="WGS84").inv(pts[0].x(), pts[0].y(), pts[1].x(), pts[1].y())[2] / 1000
    assert astana["dist_b_km"] == pytest.approx(ref, rel=1e-6)


def test_default_centres_and_projected_crs_give_the_same_distances(provider, regions, regions_utm):
    before = layer_digest(regions)
    r1, fb, c1 = run("regionalaccessibility", accessibility_params(regions))
    geo = rows(as_layer(r1["OUTPUT"], c1), "name")
    assert layer_digest(regions) == before
    assert len(geo) == 20 and all(r["accessibility"] >= 1 for r in geo.values())
    # a point on Astana's polygon lies a few km from the city centre: ≈ 1
    assert geo["Astana"]["accessibility"] == pytest.approx(1, abs=0.01)
    assert geo["Karaganda Region"]["accessibility"] < geo["Mangystau Region"]["accessibility"]
    capitals_utm = reproject(kaz("capitals"), "EPSG:32642")
    r2, fb2, c2 = run("regionalaccessibility", accessibility_params(regions_utm, CAPITALS=capitals_utm))
    utm = rows(as_layer(r2["OUTPUT"], c2), "name")
    for name, r in geo.items():
        for field in ("dist_a_km", "dist_b_km", "accessibility"):
            assert utm[name][field] == pytest.approx(r[field], rel=1e-3, abs=0.05), (name, field)
    assert "distance between them 973.2 km" in fb2.text
    renderer = as_layer(r1["OUTPUT"], c1).renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "accessibility"


def test_accessibility_centre_inside_repaired_polygon(provider):
    # bowtie around (0.5, 0.5); capitals at (0, 10) and (0, -10): dAB ≈ 2 211 km
    capitals = memory_layer(
        [("name", "string")],
        [("North",), ("South",)],
        geometry="Point",
        geoms=[QgsGeometry.fromPointXY(QgsPointXY(0, 10)), QgsGeometry.fromPointXY(QgsPointXY(0, -10))],
    )
    layer = memory_layer([("id", "string")], [("bow",)], geoms=[QgsGeometry.fromWkt(BOWTIE)])
    result, fb, ctx = run(
        "regionalaccessibility", {"INPUT": layer, "ID_FIELD": "id", "CAPITALS": capitals, "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    got = rows(as_layer(result["OUTPUT"], ctx), "id")["bow"]
    assert 1 < got["accessibility"] < 1.001  # close to the meridian between the capitals
    assert "bow: invalid geometry repaired (makeValid) for the regional centre" in fb.text


@pytest.mark.parametrize("n_capitals", [1, 3])
def test_capitals_must_be_exactly_two(provider, regions, n_capitals):
    capitals = memory_layer(
        [("name", "string")],
        [(str(i),) for i in range(n_capitals)],
        geometry="Point",
        geoms=[QgsGeometry.fromPointXY(QgsPointXY(70 + i, 50)) for i in range(n_capitals)],
    )
    with pytest.raises(QgsProcessingException, match=f"exactly two points.*has {n_capitals}"):
        run("regionalaccessibility", accessibility_params(regions, CAPITALS=capitals))


def test_accessibility_bad_centres(provider, regions):
    capitals = kaz("capitals")
    with pytest.raises(QgsProcessingException, match="CENTERS_KEY_FIELD"):
        run("regionalaccessibility", accessibility_params(regions, CENTERS=capitals))
    same = memory_layer(
        [("name", "string")],
        [("Astana",), ("Astana",)],
        geometry="Point",
        geoms=[QgsGeometry.fromPointXY(QgsPointXY(71, 51))] * 2,
    )
    with pytest.raises(QgsProcessingException, match="'Astana' appears twice"):
        run("regionalaccessibility", accessibility_params(regions, CENTERS=same, CENTERS_KEY_FIELD="name"))
    with pytest.raises(QgsProcessingException, match="same place"):
        run("regionalaccessibility", accessibility_params(regions, CAPITALS=same))


# --- bad inputs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "alg, params, message",
    [
        ("emissiondensity", {"EMISSIONS_FIELD": "a", "POPULATION_FIELD": "n"}, r"Negative population for x \(-5\)"),
        (
            "emissiondensity",
            {"EMISSIONS_FIELD": "a", "POPULATION_FIELD": "p", "AREA_FIELD": "s"},
            r"Negative area for y",
        ),
        ("emissiondensity", {"EMISSIONS_FIELD": "t", "POPULATION_FIELD": "n"}, "'t' is of type"),
        ("migrationeffectiveness", {"ARRIVALS_FIELD": "a", "DEPARTURES_FIELD": "a"}, "same field"),
        ("migrationeffectiveness", {"ARRIVALS_FIELD": "n", "DEPARTURES_FIELD": "a"}, "Negative arrivals for x"),
        ("growthtypology", {}, r"choose «Value at the start» \[START_FIELD\] and «Value at the end» \[END_FIELD\]"),
        ("growthtypology", {"START_FIELD": "a", "END_FIELD": "p", "SERIES_FIELDS": ["a", "p"]}, "not both"),
        ("growthtypology", {"SERIES_FIELDS": ["a"]}, "at least two fields"),
        ("growthtypology", {"START_FIELD": "a", "END_FIELD": "p", "YEARS": 0}, r"\[YEARS\] must be a positive"),
        ("growthtypology", {"START_FIELD": "a", "END_FIELD": "p", "CLASS_BREAKS": "90;100"}, "decrease"),
        (
            "growthtypology",
            {"START_FIELD": "a", "END_FIELD": "p", "CLASS_LABELS": "A;B"},
            "2 class labels given for 4 classes",
        ),
        ("growthtypology", {"START_FIELD": "a", "END_FIELD": "n"}, "Negative end value for x"),
    ],
)
def test_bad_inputs_give_clear_errors(provider, alg, params, message):
    layer = memory_layer(
        [("id", "string"), ("a", "double"), ("n", "double"), ("s", "double"), ("p", "double"), ("t", "string")],
        [("x", 1, -5, 2, 4, "1"), ("y", 2, 3, -1, 6, "2")],
    )
    p = {"INPUT": layer, "ID_FIELD": "id", "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(params)
    with pytest.raises(QgsProcessingException, match=message):
        run(alg, p)


def test_empty_layer_refused(provider):
    layer = memory_layer([("a", "double"), ("n", "double")], [])
    with pytest.raises(QgsProcessingException, match="no features"):
        run(
            "emissiondensity",
            {"INPUT": layer, "EMISSIONS_FIELD": "a", "POPULATION_FIELD": "n", "OUTPUT": "TEMPORARY_OUTPUT"},
        )


def test_layer_without_crs_needs_area_field(provider):
    layer = memory_layer([("a", "double"), ("n", "double"), ("s", "double")], [(1, 1, 2)])
    layer.setCrs(QgsCoordinateReferenceSystem())
    assert not layer.crs().isValid()
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run(
            "emissiondensity",
            {"INPUT": layer, "EMISSIONS_FIELD": "a", "POPULATION_FIELD": "n", "OUTPUT": "TEMPORARY_OUTPUT"},
        )
    result, fb, ctx = run(
        "emissiondensity",
        {
            "INPUT": layer,
            "EMISSIONS_FIELD": "a",
            "POPULATION_FIELD": "n",
            "AREA_FIELD": "s",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert next(as_layer(result["OUTPUT"], ctx).getFeatures())["emission_per_km2"] == 0.5
