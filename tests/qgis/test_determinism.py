"""Determinism (issue 8): the same input gives byte-identical outputs."""

import os

import pytest

from .helpers import file_digest, run, sample_layer
from ..conftest import SAMPLE_DIR

GEORGIA = os.path.join(SAMPLE_DIR, "georgia_cbp.gpkg")
KAZ = os.path.join(SAMPLE_DIR, "kaz_regions.gpkg")

CASES = {
    "ranktypology": lambda: {
        "INPUT": sample_layer(),
        "ID_FIELD": "district",
        "POSITIVE_FIELDS": ["density_2025", "infra_index", "industry_index", "n_spec_industries", "innovation_index"],
        "REFERENCE": 3,
        "REFERENCE_TABLE": sample_layer("oblast_reference"),
    },
    "localizationcoefficient": lambda: {
        "INPUT": f"{GEORGIA}|layername=counties",
        "ID_FIELD": "fips",
        "TABLE": f"{GEORGIA}|layername=cbp",
        "TABLE_ID_FIELD": "fips",
        "TABLE_INDUSTRY_FIELD": "sector",
        "TABLE_VALUE_FIELD": "employees_known",
        "TABLE_YEAR_FIELD": "year",
        "BASE_YEAR": 2017,
        "END_YEAR": 2021,
    },
    "wardclustering": lambda: {
        "INPUT": f"{KAZ}|layername=regions",
        "ID_FIELD": "name",
        "FIELDS": ["gdp_per_capita", "avg_salary", "life_expectancy", "unemployment-rate"],
        "N_CLUSTERS": 4,
    },
    "spatialautocorrelation": lambda: {  # the permutations' seed is a parameter (default GeoDa's)
        "INPUT": f"{KAZ}|layername=regions",
        "ID_FIELD": "name",
        "FIELD": "gdp_per_capita",
        "TOLERANCE": 100,
    },
}
TABLE_OUTPUTS = {
    "localizationcoefficient": "OUTPUT_TABLE",
    "wardclustering": "PROFILE_TABLE",
    "spatialautocorrelation": "GLOBAL_TABLE",
}


@pytest.mark.parametrize("alg_id", list(CASES))
def test_same_input_same_bytes(provider, tmp_path, alg_id):
    digests = []
    for attempt in range(2):
        params = CASES[alg_id]()
        params["OUTPUT"] = os.path.join(str(tmp_path), f"out{attempt}.csv")
        if alg_id in TABLE_OUTPUTS:
            params[TABLE_OUTPUTS[alg_id]] = os.path.join(str(tmp_path), f"table{attempt}.csv")
        run(alg_id, params)
        paths = [params["OUTPUT"]] + ([params[TABLE_OUTPUTS[alg_id]]] if alg_id in TABLE_OUTPUTS else [])
        for p in paths:
            assert os.path.getsize(p) > 100, p
        digests.append([file_digest(p) for p in paths])
    assert digests[0] == digests[1]
