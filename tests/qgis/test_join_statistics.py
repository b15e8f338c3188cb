"""territorialclusters:joinstatistics through processing.run: real names, exact expected pairs."""

import os
import shutil

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from ..conftest import ROOT, SAMPLE_DIR
from .helpers import as_layer, layer_digest, memory_layer, out_path, rows, run, sample_layer
from .test_rank_typology import LABELS, PAPER_CG, TABLE2

DATA = os.path.join(ROOT, "tests", "data")
TABLE1 = {
    "utf-8": os.path.join(SAMPLE_DIR, "aktobe_2015_table1_paper004_ru.csv"),  # the main job's
    "cp1251": os.path.join(DATA, "aktobe_2015_table1_paper004_ru_cp1251.csv"),
}
NAME = "Название административного района"
REGIONS = os.path.join(SAMPLE_DIR, "kaz_regions.gpkg")
# OSM region name → the statistics CSV's Region value
REGION_PAIRS = {
    "Abay Region": "Abai Region",
    "Akmola Region": "Akmola Region",
    "Aqtöbe region": "Aktobe Region",
    "Almaty Region": "Almaty Region",
    "Atyrau Region": "Atyrau Region",
    "West Kazakhstan Region": "West Kazakhstan Region",
    "Jambyl Region": "Jambyl Region",
    "Jetisu Region": "Jetisu Region",
    "Karaganda Region": "Karaganda Region",
    "Kostanay Region": "Kostanay Region",
    "Kyzylorda Region": "Kyzylorda Region",
    "Mangystau Region": "Mangystau Region",
    "Pavlodar Region": "Pavlodar Region",
    "North Kazakhstan Region": "North Kazakhstan Region",
    "Turkistan Region": "Turkistan Region",
    "Ulytau Region": "Ulytau Region",
    "East Kazakhstan Region": "East Kazakhstan Region",
    "Astana": "Astana city",
    "Almaty": "Almaty city",
}
# geoBoundaries district → the row of paper 004's Table 1 (Russian, as printed)
DISTRICT_PAIRS = {
    "Aqtobe": "Территория Актюбинской городской администрации",
    "Alginskiy": "Алгинский",
    "Aytekebiyskiy": "Айтекебийский",
    "Bayganinskiy": "Байганинский",
    "Kargalinskiy": "Каргалинский",
    "Khobdinskiy": "Хобдинский",
    "Martukskiy": "Мартукский",
    "Mugalzharskiy": "Мугалжарский",
    "Uilskiy": "Уилский",
    "Temirskiy": "Темирский",
    "Khromtauskiy": "Хромтауский",
    "Shalkarskiy": "Шалкарский",
    "Irgizskiy": "Иргизский",
}
OSM_NAMES = ["name", "name_ru", "local_name"]


def regions():
    layer = QgsVectorLayer(REGIONS + "|layername=regions", "regions", "ogr")
    assert layer.isValid()
    return layer


def statistics():
    layer = QgsVectorLayer(REGIONS + "|layername=indicators_2022", "stats", "ogr")
    assert layer.isValid()
    return layer


def name_table(names, values=None):
    values = values or [str(i) for i in range(len(names))]
    return memory_layer(
        [("Region", "string"), ("value", "string")], list(zip(names, values)), geometry="None", crs=None
    )


def districts_only():
    """The Aktobe districts with their names and geometry, without the indicator fields."""
    src = sample_layer()
    layer = memory_layer(
        [("district", "string"), ("name_en", "string"), ("name_ru", "string")],
        [(f["district"], f["name_en"], f["name_ru"]) for f in src.getFeatures()],
        geoms=[f.geometry() for f in src.getFeatures()],
        geometry="MultiPolygon",
        crs="EPSG:4326",
    )
    return layer


def join(params):
    p = {"OUTPUT": "TEMPORARY_OUTPUT", "MATCH_REPORT": "TEMPORARY_OUTPUT", "UNUSED_ROWS": "TEMPORARY_OUTPUT"}
    p.update(params)
    result, fb, ctx = run("joinstatistics", p)
    out = as_layer(result["OUTPUT"], ctx)
    report_layer = as_layer(result["MATCH_REPORT"], ctx)
    report = [dict(zip(f.fields().names(), f.attributes())) for f in report_layer.getFeatures()]
    unused = as_layer(result["UNUSED_ROWS"], ctx)
    return out, report, unused, fb, ctx


def test_osm_regions_take_the_19_statistics_rows(provider):
    out, report, unused, fb, _ = join(
        {"INPUT": regions(), "NAME_FIELDS": OSM_NAMES, "TABLE": statistics(), "TABLE_NAME_FIELD": "Region"}
    )
    got = rows(out, "name")
    assert len(got) == 20
    assert {k: v["match_name"] for k, v in got.items() if v["match_name"]} == REGION_PAIRS
    assert got["Shymkent"]["match_name"] is None and got["Shymkent"]["avg_salary_2"] is None
    assert got["Aqtöbe region"]["match_method"] == "transliterated"
    assert got["Astana"]["match_method"] == "normalized"
    assert got["Aqtöbe region"]["avg_salary_2"] == 274401  # a table column named like an input field
    assert unused.featureCount() == 0
    assert "19 of 20 districts matched (15 exact, 2 normalized, 2 transliterated); unmatched: Shymkent" in fb.text
    assert {r["status"] for r in report} == {"matched", "unmatched"}


def test_yearbook_stems_kazakh_forms_and_rows_left_over(provider):
    stats = {f["Region"]: f["Population"] for f in statistics().getFeatures()}
    variants = {
        "Aktobe Region": "Актюбинская",
        "Jetisu Region": "Жетісу",
        "Ulytau Region": "Ұлытау",
        "Turkistan Region": "Туркестанская ",
        "Astana city": "г. Астана",
    }
    names = [variants.get(n, n) for n in stats] + ["Южно-Казахстанская", "Республика Казахстан"]
    values = [str(v) for v in stats.values()] + ["2 930 000", "19 766 807"]
    out, report, unused, fb, _ = join(
        {"INPUT": regions(), "NAME_FIELDS": OSM_NAMES, "TABLE": name_table(names, values), "TABLE_NAME_FIELD": "Region"}
    )
    got = rows(out, "name")
    expected = {osm: variants.get(stat, stat) for osm, stat in REGION_PAIRS.items()}
    assert {k: v["match_name"] for k, v in got.items() if v["match_name"]} == expected
    assert {r["Region"]: r["value"] for r in rows(unused, "Region").values()} == {
        "Южно-Казахстанская": 2930000,
        "Республика Казахстан": 19766807,
    }
    assert got["Aqtöbe region"]["value"] == 928185 and got["Aqtöbe region"]["match_method"] == "normalized"
    assert got["Shymkent"]["value"] is None
    assert "unused table rows: Южно-Казахстанская, Республика Казахстан" in fb.text
    statuses = {r["table_name"]: r["status"] for r in report if r["table_name"]}
    assert statuses["Южно-Казахстанская"] == "unused" and statuses["г. Астана"] == "matched"


@pytest.mark.parametrize("encoding", list(TABLE1))
def test_paper004_table1_as_published_then_table2(provider, tmp_path, encoding):
    """Paper 004's stage 1 from the table as published: join, then the rank-score typology with
    the oblast's unused row as the reference reproduces Table 2."""
    path = os.path.join(str(tmp_path), "Таблица 1.csv")
    shutil.copy(TABLE1[encoding], path)
    joined_path, unused_path = out_path(tmp_path, "joined.gpkg"), out_path(tmp_path, "oblast.gpkg")
    out, report, unused, fb, _ = join(
        {
            "INPUT": districts_only(),
            "NAME_FIELDS": ["district", "name_en", "name_ru"],
            "TABLE": path,
            "TABLE_NAME_FIELD": NAME,
            "OUTPUT": joined_path,
            "UNUSED_ROWS": unused_path,
        }
    )
    got = rows(out, "district")
    assert {k: v["match_name"] for k, v in got.items()} == DISTRICT_PAIRS
    assert got["Aqtobe"]["match_method"] == "alias" and got["Alginskiy"]["match_method"] == "exact"
    assert "13 of 13 districts matched (12 exact, 1 alias); unused table rows: Актюбинская область" in fb.text
    assert ("windows-1251" if encoding == "cp1251" else "UTF-8") in fb.text
    fields = [f for f in out.fields().names() if f not in ("fid", "district", "name_en", "name_ru")][:5]
    aliases = [out.fields().field(f).alias() for f in fields]
    assert aliases[0] == "" and aliases[1].startswith("Интегральный индекс развития социально-производственной инфр")
    assert got["Aqtobe"][fields[0]] == 218 and got["Aqtobe"][fields[1]] == 4.0
    assert got["Aqtobe"][fields[2]] == pytest.approx(8809.8) and got["Irgizskiy"][fields[4]] == pytest.approx(-3.1)
    assert [out.fields().field(f).typeName().lower() for f in fields][3].startswith("int")
    oblast = list(unused.getFeatures())
    assert len(oblast) == 1 and oblast[0][NAME] == "Актюбинская область" and oblast[0][fields[2]] == 2040.1

    result, fb2, ctx = run(
        "ranktypology",
        {
            "INPUT": joined_path,
            "ID_FIELD": "district",
            "POSITIVE_FIELDS": fields,
            "REFERENCE": 3,
            "REFERENCE_TABLE": unused_path,
            "TIES": 0,
            "CLASS_BREAKS": "0;-2.5",
            "CLASS_LABELS": ";".join(LABELS),
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    typed = rows(as_layer(result["OUTPUT"], ctx), "district")
    for district, cg in PAPER_CG.items():
        assert typed[district]["complex_grade"] == pytest.approx(cg, abs=1e-9), district
    for cls_index, members in TABLE2.items():
        assert {d for d, r in typed.items() if r["class_index"] == cls_index} == members


def test_kazakh_district_names_through_the_shipped_aliases(provider):
    kazakh = [
        "Ақтөбе қаласы",
        "Алға ауданы",
        "Әйтеке би ауданы",
        "Байғанин ауданы",
        "Қарғалы ауданы",
        "Қобда ауданы",
        "Мәртөк ауданы",
        "Мұғалжар ауданы",
        "Ойыл ауданы",
        "Темір ауданы",
        "Хромтау ауданы",
        "Шалқар ауданы",
        "Ырғыз ауданы",
    ]
    out, report, unused, fb, _ = join(
        {
            "INPUT": districts_only(),
            "NAME_FIELDS": ["district"],
            "TABLE": name_table(kazakh),
            "TABLE_NAME_FIELD": "Region",
        }
    )
    got = rows(out, "district")
    assert [got[d]["match_name"] for d in DISTRICT_PAIRS] == kazakh
    assert got["Uilskiy"]["match_method"] == "alias" and got["Khobdinskiy"]["match_method"] == "alias"
    assert got["Temirskiy"]["match_method"] == "transliterated"


def test_user_aliases_duplicates_ambiguity_and_fuzzy(provider):
    districts = memory_layer(
        [("name", "string")], [("Kargaly",), ("Kargaly",), ("Temir",), ("Martuk",), ("Novoalekseevka",)]
    )
    table = name_table(["Kargaly", "Temir", "Temir", "Zzz", "Novoalexeyevka village", "Qqq"])
    aliases = memory_layer([("name", "string"), ("key", "string")], [("Zzz", "Martuk")], geometry="None", crs=None)
    out, report, unused, fb, _ = join(
        {
            "INPUT": districts,
            "NAME_FIELDS": ["name"],
            "TABLE": table,
            "TABLE_NAME_FIELD": "Region",
            "ALIASES": aliases,
            "MIN_SCORE": 0.7,
        }
    )
    by_status = sorted((r["district"] or "", r["table_name"], r["status"]) for r in report)
    assert by_status == sorted(
        [
            ("Kargaly", "Kargaly", "ambiguous"),
            ("Kargaly", "Kargaly", "ambiguous"),
            ("Kargaly | Kargaly", "Kargaly", "ambiguous"),
            ("Temir", "Temir | Temir", "ambiguous"),
            ("Temir", "Temir", "ambiguous"),
            ("Temir", "Temir", "ambiguous"),
            ("Martuk", "Zzz", "matched"),
            ("Novoalekseevka", "Novoalexeyevka village", "matched"),
            ("", "Qqq", "unused"),
        ]
    )
    got = {k: v["match_method"] for k, v in rows(out, "name").items()}
    assert got["Novoalekseevka"] == "fuzzy" and got["Martuk"] == "alias" and got["Temir"] is None
    assert "ambiguous" in fb.text


def test_numbers_cleaned_with_counts_and_text_kept(provider):
    table = memory_layer(
        [("name", "string"), ("2022.0", "string"), ("spaced", "string"), ("code", "string")],
        [("a", "1 234,5", "-", "A1"), ("b", "12,5", "(D)", "7"), ("c", "", "3", "8")],
        geometry="None",
        crs=None,
    )
    districts = memory_layer([("name", "string")], [("a",), ("b",), ("c",)])
    out, _, _, fb, _ = join({"INPUT": districts, "NAME_FIELDS": ["name"], "TABLE": table, "TABLE_NAME_FIELD": "name"})
    got = rows(out, "name")
    assert [got[k]["2022"] for k in "abc"] == [1234.5, 12.5, None]
    assert [got[k]["spaced"] for k in "abc"] == [None, None, 3]
    assert [got[k]["code"] for k in "abc"] == ["A1", "7", "8"]
    assert "Column '2022.0': 1 missing value(s)" in fb.text and "Column 'spaced': 2 missing value(s)" in fb.text
    assert "Column 'code' stays text: 'A1'" in fb.text


def test_csv_detection_bom_tab_and_errors(provider, tmp_path):
    tsv = os.path.join(str(tmp_path), "t.tsv")
    with open(tsv, "w", encoding="utf-8-sig") as fh:
        fh.write("name\tvalue\nг.Астана\t1,234.5\nAlmaty city\t2\n")
    out, _, _, fb, _ = join({"INPUT": regions(), "NAME_FIELDS": OSM_NAMES, "TABLE": tsv, "TABLE_NAME_FIELD": "name"})
    got = rows(out, "name")
    assert got["Astana"]["value"] == 1234.5 and got["Almaty"]["value"] == 2.0
    assert "separator '\\t'" in fb.text and "UTF-8" in fb.text
    with pytest.raises(QgsProcessingException, match="TABLE_NAME_FIELD"):
        run(
            "joinstatistics",
            {
                "INPUT": regions(),
                "NAME_FIELDS": ["name"],
                "TABLE": tsv,
                "TABLE_NAME_FIELD": "nope",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )
    with pytest.raises(QgsProcessingException, match="differ"):
        run(
            "joinstatistics",
            {
                "INPUT": regions(),
                "NAME_FIELDS": ["name"],
                "TABLE": tsv,
                "TABLE_NAME_FIELD": "name",
                "DECIMAL": 2,
                "THOUSANDS": 2,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


def test_inputs_unchanged_and_every_district_kept(provider):
    layer, table = regions(), statistics()
    before = layer_digest(layer), layer_digest(table)
    out, _, _, _, _ = join(
        {"INPUT": layer, "NAME_FIELDS": ["name"], "TABLE": table, "TABLE_NAME_FIELD": "Region", "MATCHING": [0]}
    )
    assert (layer_digest(layer), layer_digest(table)) == before
    assert out.featureCount() == 20 and all(f.hasGeometry() for f in out.getFeatures())
