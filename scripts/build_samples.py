#!/usr/bin/env python3
"""Rebuild the bundled samples in resources/sample/ from ../shared/data (developers only).

The plugin and its tests use the committed files in resources/sample/; this script
documents exactly how they were made. Run: /usr/bin/python3 scripts/build_samples.py
"""
import csv
import os
import sys

from osgeo import ogr, osr

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
SAMPLE = os.path.join(ROOT, "resources", "sample")

GEOBOUNDARIES = "geoBoundaries (Runfola et al. 2020), www.geoboundaries.org — ADM2 of Kazakhstan, open licence"

# Paper 004, Table 1 (Aktobe oblast, 2014–2015), keyed by geoBoundaries shapeName.
# name_en, name_ru, density 2025, infrastructure, industry, n specialization industries, innovation
AKTOBE = [
    ("Aqtobe", "Aktobe city", "г. Актобе", 218, 4.0, 8809.8, 10, 1.1),
    ("Alginskiy", "Alga", "Алгинский", 6.3, 1.1, 347.7, 1, -2.1),
    ("Aytekebiyskiy", "Aitekebi", "Айтекебийский", 0.7, 0.1, 42.4, 0, -3.2),
    ("Bayganinskiy", "Baiganin", "Байганинский", 0.4, -1.4, 2767.8, 2, -0.8),
    ("Kargalinskiy", "Kargaly", "Каргалинский", 3.3, 0.9, 160, 0, -3.6),
    ("Khobdinskiy", "Khobda", "Хобдинский", 1.2, -0.1, 93.9, 2, -2.3),
    ("Martukskiy", "Martuk", "Мартукский", 5.1, 1.5, 176.7, 2, -2.5),
    ("Mugalzharskiy", "Mugalzhar", "Мугалжарский", 2.6, 2.2, 6779.9, 3, 1.3),
    ("Uilskiy", "Uil", "Уилский", 1.6, -1.3, 129.1, 0, -3.6),
    ("Temirskiy", "Temir", "Темирский", 3.3, -0.6, 4742.4, 1, -0.9),
    ("Khromtauskiy", "Khromtau", "Хромтауский", 3.3, 1.3, 8960.6, 1, -1.8),
    ("Shalkarskiy", "Shalkar", "Шалкарский", 0.8, -0.4, 231.2, 2, -1.4),
    ("Irgizskiy", "Irgiz", "Иргизский", 0.4, -2.4, 20.9, 0, -3.1),
]
OBLAST = ("Aktobe oblast", "Aktobe oblast", "Актюбинская область", 3, 1, 2040.1, 13, 1)
INDICATORS = [("density_2025", "population density 2025 forecast, persons/km²"),
              ("infra_index", "integral index of social-production infrastructure, points"),
              ("industry_index", "industrial development index"),
              ("n_spec_industries", "number of specialization industries"),
              ("innovation_index", "integral index of innovation activity and investment attractiveness, points")]


def wgs84():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def add_fields(layer, specs):
    for name, kind in specs:
        layer.CreateField(ogr.FieldDefn(name, kind))


def build_aktobe():
    path = os.path.join(SAMPLE, "aktobe_districts.gpkg")
    if os.path.exists(path):
        os.remove(path)
    src = ogr.Open(os.path.join(SHARED, "kazakhstan", "kaz_districts_adm2_geoboundaries.geojson"))
    src_layer = src.GetLayer(0)
    shapes = {}
    for f in src_layer:
        name = f.GetField("shapeName")
        if name in {r[0] for r in AKTOBE}:
            if name in shapes:
                sys.exit(f"two shapes named {name}")
            shapes[name] = (f.GetField("shapeID"), f.GetGeometryRef().Clone())
    assert len(shapes) == 13, sorted(shapes)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    desc = ("13 districts of Aktobe oblast with the 5 integral indicators of paper 004, Table 1 "
            "(Imashev; Department of statistics of Aktobe oblast, 2014–2015). Boundaries: " + GEOBOUNDARIES)
    lyr = ds.CreateLayer("districts", wgs84(), ogr.wkbMultiPolygon,
                         ["DESCRIPTION=" + desc, "IDENTIFIER=Aktobe districts (paper 004)"])
    add_fields(lyr, [("district", ogr.OFTString), ("name_en", ogr.OFTString),
                     ("name_ru", ogr.OFTString), ("shape_id", ogr.OFTString)]
               + [(n, ogr.OFTReal) for n, _ in INDICATORS])
    for row in AKTOBE:
        f = ogr.Feature(lyr.GetLayerDefn())
        shape_id, geom = shapes[row[0]]
        for i, name in enumerate(["district", "name_en", "name_ru"]):
            f.SetField(name, row[i])
        f.SetField("shape_id", shape_id)
        for (name, _), value in zip(INDICATORS, row[3:]):
            f.SetField(name, float(value))
        f.SetGeometry(ogr.ForceToMultiPolygon(geom))
        lyr.CreateFeature(f)
    ref = ds.CreateLayer("oblast_reference", None, ogr.wkbNone,
                         ["DESCRIPTION=The oblast's own row of paper 004, Table 1 (reference values; "
                          "the count indicator holds the oblast total, 13, as printed)."])
    add_fields(ref, [("district", ogr.OFTString), ("name_en", ogr.OFTString), ("name_ru", ogr.OFTString)]
               + [(n, ogr.OFTReal) for n, _ in INDICATORS])
    f = ogr.Feature(ref.GetLayerDefn())
    for i, name in enumerate(["district", "name_en", "name_ru"]):
        f.SetField(name, OBLAST[i])
    for (name, _), value in zip(INDICATORS, OBLAST[3:]):
        f.SetField(name, float(value))
    ref.CreateFeature(f)
    lq = ds.CreateLayer("lq_paper004_table3", None, ogr.wkbNone,
                        ["DESCRIPTION=Published localization coefficients of paper 004, Table 3 "
                         "(district = geoBoundaries shapeName, industry, lq)."])
    add_fields(lq, [("district", ogr.OFTString), ("industry", ogr.OFTString), ("lq", ogr.OFTReal)])
    with open(os.path.join(SHARED, "kazakhstan", "aktobe_2015_lq_paper004_table3.csv"), encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            f = ogr.Feature(lq.GetLayerDefn())
            f.SetField("district", rec["district"])
            f.SetField("industry", rec["industry"])
            f.SetField("lq", float(rec["lq"]))
            lq.CreateFeature(f)
    ds = None
    print("wrote", path)


# OSM region name -> the statistics file's region name (Shymkent has no row there).
KAZ_NAME_MAP = {"Abay Region": "Abai Region", "Aqtöbe region": "Aktobe Region",
                "Astana": "Astana city", "Almaty": "Almaty city"}
# Capitals for regional accessibility (paper 003, P9): city centres, WGS 84 lon/lat.
CAPITALS = [("Astana", "Астана", 71.4460, 51.1801), ("Almaty", "Алматы", 76.9286, 43.2567)]


def build_kazakhstan_regions():
    path = os.path.join(SAMPLE, "kaz_regions.gpkg")
    if os.path.exists(path):
        os.remove(path)
    with open(os.path.join(SHARED, "kazakhstan", "kaz_regions_indicators_2022.csv"), encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        ind_fields = [c for c in reader.fieldnames if c not in ("ID", "Region")]
        stats = {r["Region"]: r for r in reader}
    src = ogr.Open(os.path.join(SHARED, "kazakhstan", "kaz_regions_osm.geojson"))
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    lyr = ds.CreateLayer("regions", wgs84(), ogr.wkbMultiPolygon, [
        "DESCRIPTION=20 regions of Kazakhstan (17 oblasts + Astana, Almaty, Shymkent). Boundaries: "
        "(c) OpenStreetMap contributors, ODbL 1.0. Indicators about 2022: Bureau of National Statistics "
        "of Kazakhstan (compiled by open-data-kazakhstan); Shymkent has no statistics row (NULL).",
        "IDENTIFIER=Kazakhstan regions 2022"])
    add_fields(lyr, [("name", ogr.OFTString), ("name_ru", ogr.OFTString), ("local_name", ogr.OFTString),
                     ("region", ogr.OFTString)] + [(c, ogr.OFTReal) for c in ind_fields])
    matched = 0
    for f in src.GetLayer(0):
        name = f.GetField("name")
        out = ogr.Feature(lyr.GetLayerDefn())
        out.SetField("name", name)
        out.SetField("name_ru", f.GetField("name_ru"))
        out.SetField("local_name", f.GetField("local_name"))
        row = stats.get(KAZ_NAME_MAP.get(name, name))
        if row is not None:
            matched += 1
            out.SetField("region", row["Region"])
            for c in ind_fields:
                if row[c] != "":
                    out.SetField(c, float(row[c]))
        out.SetGeometry(ogr.ForceToMultiPolygon(f.GetGeometryRef().Clone()))
        lyr.CreateFeature(out)
    assert matched == 19, matched
    tab = ds.CreateLayer("indicators_2022", None, ogr.wkbNone, [
        "DESCRIPTION=kaz_regions_indicators_2022.csv as published (19 regions; Bureau of National "
        "Statistics of Kazakhstan via open-data-kazakhstan). Region names differ slightly from OSM's."])
    add_fields(tab, [("Region", ogr.OFTString)] + [(c, ogr.OFTReal) for c in ind_fields])
    for name, row in stats.items():
        out = ogr.Feature(tab.GetLayerDefn())
        out.SetField("Region", name)
        for c in ind_fields:
            if row[c] != "":
                out.SetField(c, float(row[c]))
        tab.CreateFeature(out)
    cap = ds.CreateLayer("capitals", wgs84(), ogr.wkbPoint, [
        "DESCRIPTION=Astana and Almaty city centres (for regional accessibility, paper 003 P9)."])
    add_fields(cap, [("name", ogr.OFTString), ("name_ru", ogr.OFTString)])
    for name, name_ru, lon, lat in CAPITALS:
        out = ogr.Feature(cap.GetLayerDefn())
        out.SetField("name", name)
        out.SetField("name_ru", name_ru)
        out.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})"))
        cap.CreateFeature(out)
    ds = None
    print("wrote", path)


if __name__ == "__main__":
    os.makedirs(SAMPLE, exist_ok=True)
    build_aktobe()
    build_kazakhstan_regions()
