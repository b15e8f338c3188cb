"""Name matching (core.names, core.transliterate, core.matching): every rule by hand, and the
real names of Kazakhstan's regions and of paper 004's Table 1."""

import csv
import os

import pytest

from territorial_clusters.core import MethodError, matching, names, transliterate
from territorial_clusters.core.names import Name, normalize

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("  Aktobe   Region ", Name("aktobe", "region")),  # case, spaces, status word
        ("Ақтөбе облысы", Name("ақтөбе", "region")),  # Kazakh "oblysy"
        ("Актюбинская область", Name("актюбин", "region")),  # Russian adjective → stem
        ("Актюбинская", Name("актюбин", "")),
        ("Туркестанская ", Name("туркестан", "")),
        ("г. Астана", Name("астана", "city")),
        ("г.Астана", Name("астана", "city")),
        ("Astana city", Name("astana", "city")),
        ("Алгинский район", Name("алгин", "district")),
        ("Алға ауданы", Name("алға", "district")),
        ("Alginskiy District", Name("algin", "district")),  # romanized adjective
        ("Aqtöbe oblast", Name("aqtöbe", "region")),
        ("Семёновский", Name("семенов", "")),  # ё → е
        ("Западно-Казахстанская", Name("западно казахстан", "")),  # punctuation → space
        ("Территория Актюбинской городской администрации", Name("актюбин", "city")),
        ("Республика Казахстан", Name("казахстан", "country")),
        ("Район", Name("район", "")),  # only a status word: kept
        ("Almaty city region", Name("almaty", "")),  # two kinds: not said
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


def test_nfc_composed_and_decomposed_letters_are_one():
    decomposed = "Aqto\u0308be"  # o + combining diaeresis
    assert normalize(decomposed) == normalize("Aqtöbe")


@pytest.mark.parametrize(
    "cyrillic, bgn, kaz2021, iso9",
    [
        ("ақтөбе", "aqtöbe", "aqtöbe", "aķtôbe"),
        ("жетісу", "zhetīsu", "jetısu", "žetìsu"),
        ("шымкент", "shymkent", "şymkent", "šymkent"),
        ("хромтау", "khromtau", "hromtau", "hromtau"),
        ("актюбинск", "aktyubinsk", "aktiubinsk", "aktûbinsk"),
        ("маңғыстау", "mangghystau", "mañğystau", "maṅġystau"),
    ],
)
def test_romanizations(cyrillic, bgn, kaz2021, iso9):
    assert transliterate.variants(cyrillic) == [bgn, kaz2021, iso9]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Aqtöbe", "Aktobe"),
        ("Ақтөбе", "Aktobe"),
        ("Жетісу", "Jetisu"),
        ("Жетысу", "Zhetysu"),
        ("Абай", "Abai"),
        ("Абай", "Abay"),
        ("Жамбыл", "Jambyl"),
        ("Жамбыл", "Zhambyl"),
        ("Қызылорда", "Kyzylorda"),
        ("Маңғыстау", "Mangystau"),
        ("Мангистау", "Mangystau"),
        ("Хромтауский", "Khromtauskiy"),
        ("Айтекебийский", "Aytekebiyskiy"),
        ("Әйтеке би", "Aytekebiy"),
        ("Шалкарский", "Shalkarskiy"),
        ("Новоалексеевка", "Novoalekseyevka"),
    ],
)
def test_transliterated_keys_meet(a, b):
    assert names.skeleton_keys(normalize(a)) & names.skeleton_keys(normalize(b))


def test_kinds():
    assert names.kinds_agree("city", "city") == 1 and names.kinds_agree("", "") == 1
    assert names.kinds_agree("city", "") == 0.95 and names.kinds_agree("city", "region") == 0


def test_shipped_aliases_keep_identities_and_changes_apart():
    aliases = matching.Aliases(names.shipped_aliases())
    for old in ("Nur-Sultan", "Нур-Султан", "Tselinograd", "г. Акмола", "Astana city", "г.Астана"):
        assert aliases.keys(old) == {"city:astana"}, old
    for old in ("Aktyubinsk", "Aqtöbe", "Актобе", "Территория Актюбинской городской администрации"):
        assert aliases.keys(old) == {"city:aktobe"}, old
    assert aliases.keys("Актюбинская область") == aliases.keys("Aktobe Region") == {"region:aktobe"}
    assert aliases.keys("Uralsk") == aliases.keys("Орал") == {"city:oral"}
    assert aliases.keys("Семипалатинск") == {"city:semey"}
    assert aliases.keys("Южно-Казахстанская область") == {"region:south-kazakhstan-until-2018"}
    assert aliases.keys("Туркестанская область") == {"region:turkistan"}
    assert aliases.keys("Akmola Region") == {"region:akmola"}
    assert aliases.keys("Ойыл ауданы") == aliases.keys("Uilskiy") == {"district:aktobe/uil"}


def test_alias_file_is_well_formed():
    with open(os.path.join(ROOT, "resources", "aliases", "kazakhstan.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["name"].strip() and r["key"].strip() for r in rows)
    keys = {}
    for r in rows:
        assert keys.setdefault(r["name"], r["key"]) == r["key"], "a name with two keys: " + r["name"]


def pairs(res, d_names, r_names):
    return {d_names[d][0]: r_names[r] for d, r in enumerate(res.row) if r is not None}


def test_stages_in_order_and_one_to_one():
    districts = [["Almaty"], ["Almaty Region"], ["Astana"], ["Aqtöbe region"]]
    rows = ["Almaty city", "Almaty Region", "г.Астана", "Aktobe Region", "Республика Казахстан"]
    res = matching.match(districts, rows)
    assert pairs(res, districts, rows) == {
        "Almaty": "Almaty city",
        "Almaty Region": "Almaty Region",
        "Astana": "г.Астана",
        "Aqtöbe region": "Aktobe Region",
    }
    assert res.method == ["normalized", "exact", "transliterated", "transliterated"]
    assert res.score == [0.95, 1.0, 0.95, 1.0]
    assert res.row_status == ["matched"] * 4 + ["unused"]
    assert res.counts() == {"exact": 1, "normalized": 1, "transliterated": 2}


def test_only_the_chosen_stages():
    res = matching.match([["Aqtöbe region"]], ["Aktobe Region"], stages=["exact", "normalized"])
    assert res.status == ["unmatched"] and res.row_status == ["unused"]
    with pytest.raises(MethodError, match="nonsense"):
        matching.match([["a"]], ["a"], stages=["nonsense"])


def test_alias_stage_prefers_the_same_kind():
    districts = [["Aqtobe", "г. Актобе"]]
    rows = ["Актюбинская область", "Территория Актюбинской городской администрации"]
    res = matching.match(districts, rows, aliases=matching.Aliases(names.shipped_aliases()))
    assert res.row == [1] and res.method == ["alias"] and res.row_status == ["unused", "matched"]


def test_duplicates_are_ambiguous_never_guessed():
    res = matching.match([["Kargaly"], ["Kargaly"], ["Temir"]], ["Kargaly", "Temir", "Temir"])
    assert res.status == ["ambiguous", "ambiguous", "ambiguous"] and res.row == [None] * 3
    assert res.tied == [[0], [0], [1, 2]] and res.row_tied == [[0, 1], [2], [2]]
    assert res.row_status == ["ambiguous"] * 3


def test_an_assignment_that_is_unique_is_not_ambiguous():
    # "Alga" fits both rows equally, but row 1 is the only one for "Alga District": no tie
    res = matching.match(
        [["Alga"], ["Alga District"]], ["Alga Region", "Alga District"], stages=["exact", "normalized"]
    )
    assert res.row == [0, 1] and res.status == ["matched", "matched"]
    assert res.method == ["normalized", "exact"]


def test_fuzzy_token_aware_with_threshold():
    districts = [["Novoalekseevka"], ["Khromtau"]]
    rows = ["Novoalexeyevka village", "Chromtau"]
    res = matching.match(districts, rows, min_score=0.7)
    assert res.row == [0, 1] and res.method == ["fuzzy", "fuzzy"]
    assert 0.7 <= res.score[0] < 0.9
    assert matching.match(districts, rows, min_score=0.95).row == [None, None]
    assert matching.token_similarity("nur sultan", "nursultan") == 1.0
    assert matching.name_similarity("Almaty city", "Almaty Region") == 0.0  # kinds differ


def test_null_names_take_no_part():
    res = matching.match([[None, "Temir"], [None, None]], [None, "Temir", ""])
    assert res.row == [1, None] and res.status == ["matched", "unmatched"]
    assert res.row_status == ["unused", "matched", "unused"]
