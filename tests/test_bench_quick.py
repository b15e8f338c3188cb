"""bench/run.py --quick works end to end (issue 7): it exits 0 and prints a table row per
benchmarked algorithm. No timing is asserted — the quick sizes only prove the script runs."""

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench", "run.py")
ALGORITHMS = [
    "ranktypology",
    "emissiondensity",
    "migrationeffectiveness",
    "growthtypology",
    "localizationcoefficient",
    "wardclustering",
    "exportmap",
]


COUNTIES = os.path.join(os.path.dirname(ROOT), "shared", "data", "us", "us_counties_10m.topojson")


@pytest.mark.skipif(
    not os.path.exists(COUNTIES),
    reason="the bench's real geometry (../shared/data/us/us_counties_10m.topojson) is not here",
)
def test_bench_quick_runs():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, BENCH, "--quick"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=240
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| algorithm | size | seconds | baseline |")
    names = {line.split("|")[1].strip() for line in rows[1:]}
    for alg in ALGORITHMS:
        assert alg in names, f"no table row for {alg}:\n{proc.stdout[-3000:]}"
    assert "pyqgis copy floor" in names
    assert "localizationcoefficient + OUTPUT_TABLE" in names
    assert any("fieldcalculator $area" in line for line in rows)
    assert any("field-calculator route" in line for line in rows)
    assert "FAILED" not in proc.stdout
    # --quick never overwrites the published results
    assert "written: bench/results" not in proc.stdout
