#!/usr/bin/env python3
"""Rebuild the bundled samples in resources/sample/ from ../shared/data (developers only).

The plugin and its tests use the committed files in resources/sample/; this script
documents exactly how they were made. Run: /usr/bin/python3 scripts/build_samples.py
"""

import csv
import os
import shutil
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
INDICATORS = [
    ("density_2025", "population density 2025 forecast, persons/km²"),
    ("infra_index", "integral index of social-production infrastructure, points"),
    ("industry_index", "industrial development index"),
    ("n_spec_industries", "number of specialization industries"),
    ("innovation_index", "integral index of innovation activity and investment attractiveness, points"),
]


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
    desc = (
        "13 districts of Aktobe oblast with the 5 integral indicators of paper 004, Table 1 "
        "(Imashev; Department of statistics of Aktobe oblast, 2014–2015). Boundaries: " + GEOBOUNDARIES
    )
    lyr = ds.CreateLayer(
        "districts", wgs84(), ogr.wkbMultiPolygon, ["DESCRIPTION=" + desc, "IDENTIFIER=Aktobe districts (paper 004)"]
    )
    add_fields(
        lyr,
        [
            ("district", ogr.OFTString),
            ("name_en", ogr.OFTString),
            ("name_ru", ogr.OFTString),
            ("shape_id", ogr.OFTString),
        ]
        + [(n, ogr.OFTReal) for n, _ in INDICATORS],
    )
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
    ref = ds.CreateLayer(
        "oblast_reference",
        None,
        ogr.wkbNone,
        [
            "DESCRIPTION=The oblast's own row of paper 004, Table 1 (reference values; "
            "the count indicator holds the oblast total, 13, as printed)."
        ],
    )
    add_fields(
        ref,
        [("district", ogr.OFTString), ("name_en", ogr.OFTString), ("name_ru", ogr.OFTString)]
        + [(n, ogr.OFTReal) for n, _ in INDICATORS],
    )
    f = ogr.Feature(ref.GetLayerDefn())
    for i, name in enumerate(["district", "name_en", "name_ru"]):
        f.SetField(name, OBLAST[i])
    for (name, _), value in zip(INDICATORS, OBLAST[3:]):
        f.SetField(name, float(value))
    ref.CreateFeature(f)
    lq = ds.CreateLayer(
        "lq_paper004_table3",
        None,
        ogr.wkbNone,
        [
            "DESCRIPTION=Published localization coefficients of paper 004, Table 3 "
            "(district = geoBoundaries shapeName, industry, lq)."
        ],
    )
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
KAZ_NAME_MAP = {
    "Abay Region": "Abai Region",
    "Aqtöbe region": "Aktobe Region",
    "Astana": "Astana city",
    "Almaty": "Almaty city",
}
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
    lyr = ds.CreateLayer(
        "regions",
        wgs84(),
        ogr.wkbMultiPolygon,
        [
            "DESCRIPTION=20 regions of Kazakhstan (17 oblasts + Astana, Almaty, Shymkent). Boundaries: "
            "(c) OpenStreetMap contributors, ODbL 1.0. Indicators about 2022: Bureau of National Statistics "
            "of Kazakhstan (compiled by open-data-kazakhstan); Shymkent has no statistics row (NULL).",
            "IDENTIFIER=Kazakhstan regions 2022",
        ],
    )
    add_fields(
        lyr,
        [("name", ogr.OFTString), ("name_ru", ogr.OFTString), ("local_name", ogr.OFTString), ("region", ogr.OFTString)]
        + [(c, ogr.OFTReal) for c in ind_fields],
    )
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
    tab = ds.CreateLayer(
        "indicators_2022",
        None,
        ogr.wkbNone,
        [
            "DESCRIPTION=kaz_regions_indicators_2022.csv as published (19 regions; Bureau of National "
            "Statistics of Kazakhstan via open-data-kazakhstan). Region names differ slightly from OSM's."
        ],
    )
    add_fields(tab, [("Region", ogr.OFTString)] + [(c, ogr.OFTReal) for c in ind_fields])
    for name, row in stats.items():
        out = ogr.Feature(tab.GetLayerDefn())
        out.SetField("Region", name)
        for c in ind_fields:
            if row[c] != "":
                out.SetField(c, float(row[c]))
        tab.CreateFeature(out)
    cap = ds.CreateLayer(
        "capitals",
        wgs84(),
        ogr.wkbPoint,
        ["DESCRIPTION=Astana and Almaty city centres (for regional accessibility, paper 003 P9)."],
    )
    add_fields(cap, [("name", ogr.OFTString), ("name_ru", ogr.OFTString)])
    for name, name_ru, lon, lat in CAPITALS:
        out = ogr.Feature(cap.GetLayerDefn())
        out.SetField("name", name)
        out.SetField("name_ru", name_ru)
        out.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({lon} {lat})"))
        cap.CreateFeature(out)
    ds = None
    print("wrote", path)


# 2-digit NAICS sector titles (2017 NAICS; CBP's 99 = industries not classified). The
# hyphenated sectors 31-33, 44-45 and 48-49 are absent from the Georgia files.
NAICS2 = {
    "11": "Agriculture, Forestry, Fishing and Hunting",
    "21": "Mining, Quarrying, and Oil and Gas Extraction",
    "22": "Utilities",
    "23": "Construction",
    "31-33": "Manufacturing",
    "42": "Wholesale Trade",
    "44-45": "Retail Trade",
    "48-49": "Transportation and Warehousing",
    "51": "Information",
    "52": "Finance and Insurance",
    "53": "Real Estate and Rental and Leasing",
    "54": "Professional, Scientific, and Technical Services",
    "55": "Management of Companies and Enterprises",
    "56": "Administrative and Support and Waste Management and Remediation Services",
    "61": "Educational Services",
    "62": "Health Care and Social Assistance",
    "71": "Arts, Entertainment, and Recreation",
    "72": "Accommodation and Food Services",
    "81": "Other Services (except Public Administration)",
    "92": "Public Administration",
    "99": "Industries not classified",
}
CBP_CREDIT = "U.S. Census Bureau, County Business Patterns (public domain)"
US_ATLAS = "us-atlas 3.0.1 (ISC licence, Mike Bostock) from U.S. Census Bureau cartographic boundaries (public domain)"


def build_georgia_cbp():
    """Georgia's 159 counties + CBP employment by 2-digit NAICS sector, 2017 and 2021."""
    path = os.path.join(SAMPLE, "georgia_cbp.gpkg")
    if os.path.exists(path):
        os.remove(path)
    src = ogr.Open(os.path.join(SHARED, "us", "us_counties_10m.topojson"))
    shapes = {}
    for f in src.GetLayerByName("counties"):
        fips = f.GetField("id")
        if fips and len(fips) == 5 and fips.startswith("13"):
            shapes[fips] = (f.GetField("name"), f.GetGeometryRef().Clone())
    assert len(shapes) == 159, len(shapes)
    records = []
    for year in (2017, 2021):
        name = os.path.join(SHARED, "us", f"us_cbp_georgia_{year}_naics2.csv")
        with open(name, encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                records.append((year, rec))
    fips_in_cbp = {rec["Fips"].zfill(5) for _, rec in records}
    assert fips_in_cbp == set(shapes), sorted(fips_in_cbp ^ set(shapes))
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    lyr = ds.CreateLayer(
        "counties",
        wgs84(),
        ogr.wkbMultiPolygon,
        [
            "DESCRIPTION=Georgia's 159 counties (fips = 5-digit state+county FIPS code, name). "
            "Boundaries: " + US_ATLAS + ". Employment by sector is in the table cbp: " + CBP_CREDIT + ".",
            "IDENTIFIER=Georgia counties",
        ],
    )
    add_fields(lyr, [("fips", ogr.OFTString), ("name", ogr.OFTString)])
    for fips in sorted(shapes):
        name, geom = shapes[fips]
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("fips", fips)
        f.SetField("name", name)
        f.SetGeometry(ogr.ForceToMultiPolygon(geom))
        lyr.CreateFeature(f)
    tab = ds.CreateLayer(
        "cbp",
        None,
        ogr.wkbNone,
        [
            "DESCRIPTION=" + CBP_CREDIT + ": establishments, mid-March employees and annual payroll "
            "($1,000) by 2-digit NAICS sector for Georgia's 159 counties, 2017 and 2021 (one row per "
            "fips, year, naics). Manufacturing (31-33), Retail Trade (44-45) and Transportation and "
            "Warehousing (48-49) are absent from the source files, so county totals are sums of the "
            "other sectors. Cells with 1-2 establishments are suppressed (no row). Trap: in 2017, 118 "
            "suppressed cells are stored as employees = 0 (with payroll = 0 although the sector has 3+ "
            "establishments); employees_known holds employees with those cells set to NULL (unknown).",
            "IDENTIFIER=County Business Patterns, Georgia, 2017 and 2021",
        ],
    )
    add_fields(
        tab,
        [
            ("fips", ogr.OFTString),
            ("year", ogr.OFTInteger),
            ("naics", ogr.OFTString),
            ("sector", ogr.OFTString),
            ("establishments", ogr.OFTInteger),
            ("employees", ogr.OFTInteger),
            ("payroll", ogr.OFTInteger),
            ("employees_known", ogr.OFTInteger),
        ],
    )
    suppressed = {2017: 0, 2021: 0}
    ds.StartTransaction()
    for year, rec in records:
        f = ogr.Feature(tab.GetLayerDefn())
        naics = rec["Naics"]
        f.SetField("fips", rec["Fips"].zfill(5))
        f.SetField("year", year)
        f.SetField("naics", naics)
        f.SetField("sector", NAICS2[naics])
        est, emp, pay = (int(rec[k]) for k in ("Establishments", "Employees", "Payroll"))
        f.SetField("establishments", est)
        f.SetField("employees", emp)
        f.SetField("payroll", pay)
        if emp == 0 and pay == 0 and est > 0:
            suppressed[year] += 1
            f.SetFieldNull("employees_known")
        else:
            f.SetField("employees_known", emp)
        tab.CreateFeature(f)
    ds.CommitTransaction()
    assert suppressed == {2017: 118, 2021: 0}, suppressed
    ds = None
    print("wrote", path, f"({len(records)} CBP rows; suppressed cells stored as 0: {suppressed})")


def copy_table1():
    """Paper 004's Table 1 as published (Russian, semicolons, decimal commas): the main job's
    first step joins it to the districts (territorialclusters:joinstatistics)."""
    name = "aktobe_2015_table1_paper004_ru.csv"
    shutil.copyfile(os.path.join(SHARED, "kazakhstan", name), os.path.join(SAMPLE, name))
    print("wrote", os.path.join(SAMPLE, name))


if __name__ == "__main__":
    os.makedirs(SAMPLE, exist_ok=True)
    build_aktobe()
    copy_table1()
    build_kazakhstan_regions()
    build_georgia_cbp()
